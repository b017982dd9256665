"""One member: profile, balances per product, savings history, wajib arrears, and the
actions a clerk takes at the counter (deposit, withdrawal, exit, profile correction)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.db.models import Member
from coopdesk.domain.members import MemberStatus
from coopdesk.domain.money import format_rupiah
from coopdesk.services import savings
from coopdesk.services.members import by_number
from coopdesk.services.savings import Arrears, Movement
from coopdesk.ui import loan_queries
from coopdesk.ui.context import UiContext
from coopdesk.ui.documents import DocumentPanel, render_exit_statement, render_receipt
from coopdesk.ui.exit_dialog import ExitDialog
from coopdesk.ui.labels import gender_label, kind_label, status_label
from coopdesk.ui.loan_application_dialog import LoanApplicationDialog
from coopdesk.ui.loan_labels import CLASS_COLOURS, class_label, class_short, days_text, loan_status_label
from coopdesk.ui.loan_models import Col, StyledRowsModel
from coopdesk.ui.loan_queries import LoanSummary
from coopdesk.ui.loan_widgets import fit_header_columns
from coopdesk.ui.member_dialog import MemberDialog
from coopdesk.ui.models import Column, RowsModel
from coopdesk.ui.savings_dialog import SavingsDialog
from coopdesk.ui.style import fit_columns, set_primary, setup_table
from coopdesk.ui.widgets import format_date, hint, page_title, set_tone

# Movements that were cash over the counter and so have a receipt to reprint.
_RECEIPT_KINDS = ("deposit", "withdrawal", "exit")


@dataclass(frozen=True)
class HistoryRow:
    date: date
    product: str
    kind: str
    amount: int
    voucher: str
    balance: int
    code: str


class _Card(QFrame):
    """A balance in large figures."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.setObjectName("card")
        self.value = QLabel("-")
        self.value.setObjectName("cardValue")
        caption = QLabel(title)
        caption.setObjectName("cardTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(caption)
        layout.addWidget(self.value)


class MemberPage(QWidget):
    back = Signal()
    changed = Signal()  # something was posted: other views may refresh
    loan_opened = Signal(str)  # a loan number: open the loan's page

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self.number: str | None = None
        self.dialog: QDialog | None = None
        self.document: DocumentPanel | None = None
        self._history: list[HistoryRow] = []

        self.back_button = QPushButton(self.tr("← Members (Esc)"))
        self.back_button.setFlat(True)
        self.title = page_title("")
        self.status = QLabel()
        self.deposit_button = QPushButton(self.tr("Deposit (F2)"))
        self.withdraw_button = QPushButton(self.tr("Withdraw (F3)"))
        set_primary(self.deposit_button)
        self.loan_button = QPushButton(self.tr("Apply for a loan…"))
        self.edit_button = QPushButton(self.tr("Edit profile"))
        self.exit_button = QPushButton(self.tr("End membership…"))

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.status)
        head.addStretch(1)
        for button in (self.deposit_button, self.withdraw_button, self.loan_button, self.edit_button,
                       self.exit_button):
            head.addWidget(button)

        # Profile on the left, balances and arrears on the right.
        self.profile = QFormLayout()
        self.profile.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self._profile_labels: dict[str, QLabel] = {}
        for key, label in (("nik", self.tr("NIK")), ("gender", self.tr("Gender")),
                           ("birth", self.tr("Born")), ("address", self.tr("Address")),
                           ("phone", self.tr("Phone")), ("occupation", self.tr("Occupation")),
                           ("joined", self.tr("Joined"))):
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self._profile_labels[key] = value
            self.profile.addRow(label, value)
        profile_box = QGroupBox(self.tr("Profile"))
        profile_box.setLayout(self.profile)

        self.cards = {"pokok": _Card(self.tr("Simpanan pokok")), "wajib": _Card(self.tr("Simpanan wajib")),
                      "sukarela": _Card(self.tr("Simpanan sukarela")), "total": _Card(self.tr("Total savings"))}
        grid = QGridLayout()
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, i // 2, i % 2)
        self.arrears = QLabel()
        self.arrears.setWordWrap(True)
        self.loan_arrears = QLabel()
        self.loan_arrears.setWordWrap(True)
        self.loan_arrears.hide()
        balances_box = QGroupBox(self.tr("Savings"))
        right = QVBoxLayout(balances_box)
        right.addLayout(grid)
        right.addWidget(self.arrears)
        right.addWidget(self.loan_arrears)

        top = QHBoxLayout()
        top.addWidget(profile_box, 1)
        top.addWidget(balances_box, 1)

        self.history_model = RowsModel([
            Column(self.tr("Date"), lambda r: r.date, "date"),
            Column(self.tr("Product"), lambda r: r.product),
            Column(self.tr("Transaction"), lambda r: kind_label(r.kind)),
            Column(self.tr("Amount"), lambda r: r.amount, "money"),
            Column(self.tr("Voucher"), lambda r: r.voucher),
            Column(self.tr("Balance of product"), lambda r: r.balance, "money"),
        ], self)
        self.history = setup_table(QTableView(), self.history_model, stretch=2)
        fit_columns(self.history, {0: 100, 1: 160, 3: 130, 4: 150, 5: 150})
        self.filter = QComboBox()
        self.reprint_button = QPushButton(self.tr("Print receipt again"))
        self.reprint_button.setEnabled(False)
        history_head = QHBoxLayout()
        history_title = QLabel(self.tr("Savings history"))
        history_title.setStyleSheet("font-weight: bold;")
        history_head.addWidget(history_title)
        history_head.addStretch(1)
        history_head.addWidget(QLabel(self.tr("Show")))
        history_head.addWidget(self.filter)
        history_head.addWidget(self.reprint_button)

        savings_tab = QWidget()
        savings_layout = QVBoxLayout(savings_tab)
        savings_layout.addLayout(history_head)
        savings_layout.addWidget(self.history, 1)

        self.loans_model = StyledRowsModel([
            Col(self.tr("Loan"), lambda r: r.number),
            Col(self.tr("Product"), lambda r: r.product_name),
            Col(self.tr("Applied"), lambda r: r.applied_on, "date"),
            Col(self.tr("Status"), lambda r: r.status, show=lambda r: loan_status_label(r.status)),
            Col(self.tr("Principal"), lambda r: r.principal, "money"),
            Col(self.tr("Outstanding"), lambda r: r.outstanding, "money",
                show=lambda r: format_rupiah(r.outstanding) if r.running else ""),
            Col(self.tr("Days late"), lambda r: r.dpd, "count",
                show=lambda r: days_text(r.dpd) if r.dpd else ("0" if r.running else "")),
            Col(self.tr("Class"), lambda r: r.collectibility,
                show=lambda r: class_short(r.collectibility) if r.collectibility else ""),
        ], self)
        self.loans_model.set_colours(lambda r, c: CLASS_COLOURS[r.collectibility]
                                     if c == 7 and r.collectibility is not None else (None, None))
        self.loans_model.set_muted(lambda r: r.status in ("rejected", "cancelled", "paid_off"))
        self.loans = setup_table(QTableView(), self.loans_model, stretch=1)
        fit_header_columns(self.loans, {0: 130, 2: 96, 3: 170, 4: 130, 5: 130, 6: 100, 7: 120})
        loans_tab = QWidget()
        loans_layout = QVBoxLayout(loans_tab)
        loans_layout.addWidget(hint(self.tr("Enter or a double click opens the loan: schedule, payments, "
                                            "repayment at the teller.")))
        loans_layout.addWidget(self.loans, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(savings_tab, self.tr("Savings history"))
        self.tabs.addTab(loans_tab, self.tr("Loans"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(head)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self.back_button.clicked.connect(self.back)
        self.deposit_button.clicked.connect(lambda: self.open_savings_dialog("deposit"))
        self.withdraw_button.clicked.connect(lambda: self.open_savings_dialog("withdraw"))
        self.loan_button.clicked.connect(self.open_loan_application)
        self.loans.activated.connect(self._open_loan_index)
        self.edit_button.clicked.connect(self.open_edit_dialog)
        self.exit_button.clicked.connect(self.open_exit_dialog)
        self.filter.currentIndexChanged.connect(self._apply_filter)
        self.history.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.reprint_button.clicked.connect(self.reprint)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.back.emit)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, activated=lambda: self.open_savings_dialog("deposit"))
        QShortcut(QKeySequence(Qt.Key.Key_F3), self, activated=lambda: self.open_savings_dialog("withdraw"))

    # --- loading ---
    def show_member(self, number: str) -> None:
        self.number = number
        self.reload()
        self.deposit_button.setFocus()

    def reload(self) -> None:
        if self.number is None:
            return
        with self._ui.app.reading() as session:
            member = by_number(session, self.number)
            names = {p.code: p.name for p in savings.products(session)}
            balances = savings.balances(session, member.id)
            movements = savings.history(session, member.id)
            owed = savings.arrears(session, member.id)
            member_loans = loan_queries.member_loans(session, member.id, self._ui.app.today())
        self._show_profile(member)
        self._show_balances(balances, owed)
        self._show_loans(member_loans)
        self._history = [self._row(m, names) for m in movements]
        current = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All products"), None)
        for code, name in names.items():
            self.filter.addItem(name, code)
        self.filter.setCurrentIndex(max(0, self.filter.findData(current)))
        self.filter.blockSignals(False)
        self._apply_filter()

    @staticmethod
    def _row(m: Movement, names: dict[str, str]) -> HistoryRow:
        return HistoryRow(m.date, names.get(m.product, m.product), m.kind, m.amount, m.voucher, m.balance, m.product)

    def _show_profile(self, member: Member) -> None:
        self.title.setText(f"{member.number} · {member.name}")
        active = member.status == MemberStatus.ACTIVE.value
        if active:
            self.status.setText(status_label(member.status))
            set_tone(self.status, "badge")
        else:
            self.status.setText(self.tr("{status} since {date}").format(
                status=status_label(member.status), date=format_date(member.status_date)))
            set_tone(self.status, "badgeOff")
        born = ", ".join(x for x in (member.birth_place, format_date(member.birth_date)) if x)
        values = {"nik": member.nik, "gender": gender_label(member.gender), "birth": born or "-",
                  "address": member.address or "-", "phone": member.phone or "-",
                  "occupation": member.occupation or "-", "joined": format_date(member.joined)}
        for key, value in values.items():
            self._profile_labels[key].setText(value)
        for button in (self.deposit_button, self.withdraw_button, self.loan_button):
            button.setEnabled(active)
        self.exit_button.setText(self.tr("End membership…") if active else self.tr("Settlement statement"))

    def _show_balances(self, balances: dict[str, int], owed: Arrears) -> None:
        for code, card in self.cards.items():
            amount = sum(balances.values()) if code == "total" else balances.get(code, 0)
            card.value.setText(format_rupiah(amount))
        if not self.deposit_button.isEnabled():  # a former member: no more wajib is billed
            self.arrears.setText(self.tr("Membership has ended; balances are what remained after the settlement."))
            set_tone(self.arrears, "hint")
        elif owed.months:
            months = ", ".join(period for period, _ in owed.months)
            self.arrears.setText(self.tr("<b>Wajib arrears:</b> {count} month(s), {amount} ({months})").format(
                count=len(owed.months), amount=format_rupiah(owed.total), months=months))
            set_tone(self.arrears, "banner")
        else:
            self.arrears.setText(self.tr("No wajib arrears."))
            set_tone(self.arrears, "hint")

    def _show_loans(self, rows: list[LoanSummary]) -> None:
        self.loans_model.set_rows(rows)
        running = [r for r in rows if r.running]
        title = self.tr("Loans")
        self.tabs.setTabText(1, f"{title} ({len(running)})" if running else title)
        late = [r for r in running if r.dpd > 0]
        waiting = [r for r in rows if r.status in ("applied", "approved")]
        parts = []
        if running:
            parts.append(self.tr("<b>Loans:</b> {count} running, outstanding {amount}.").format(
                count=len(running), amount=format_rupiah(sum(r.outstanding for r in running))))
        for r in late:
            assert r.collectibility is not None
            parts.append(self.tr("{number} is {days} late ({cls}).").format(
                number=r.number, days=days_text(r.dpd), cls=class_label(r.collectibility)))
        if waiting:
            parts.append(self.tr("{count} application(s) waiting.").format(count=len(waiting)))
        self.loan_arrears.setText(" ".join(parts))
        self.loan_arrears.setVisible(bool(parts))
        set_tone(self.loan_arrears, "badBanner" if late else "hint")

    def _open_loan_index(self, index: QModelIndex) -> None:
        row = self.loans_model.row_value(index.row())
        if row is not None:
            self.loan_opened.emit(row.number)

    def open_loan_application(self) -> LoanApplicationDialog | None:
        if self.number is None or not self.deposit_button.isEnabled():
            return None
        dialog = LoanApplicationDialog(self._ui, self.number, self)
        dialog.applied.connect(self._posted)
        dialog.open_loan.connect(self.loan_opened)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _apply_filter(self) -> None:
        code = self.filter.currentData()
        rows = [r for r in self._history if code is None or r.code == code]
        self.history_model.set_rows(rows)
        self.history.scrollToBottom()  # newest last, as in a passbook
        self._selection_changed()

    def _selected(self) -> HistoryRow | None:
        index = self.history.currentIndex()
        return self.history_model.row_value(index.row()) if index.isValid() else None

    def _selection_changed(self) -> None:
        row = self._selected()
        self.reprint_button.setEnabled(row is not None and row.kind in _RECEIPT_KINDS)

    # --- actions ---
    def open_savings_dialog(self, mode: str) -> SavingsDialog | None:
        if self.number is None or not self.deposit_button.isEnabled():
            return None
        dialog = SavingsDialog(self._ui, self.number, "deposit" if mode == "deposit" else "withdraw", self)
        dialog.posted.connect(self._posted)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_edit_dialog(self) -> MemberDialog | None:
        if self.number is None:
            return None
        dialog = MemberDialog(self._ui, self.number, self)
        dialog.accepted.connect(self.reload)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_exit_dialog(self) -> ExitDialog | None:
        if self.number is None:
            return None
        if not self.deposit_button.isEnabled():  # already left: show the statement instead
            self._document(self.tr("Settlement statement"), f"keluar-{self.number}", "statement")
            return None
        dialog = ExitDialog(self._ui, self.number, self)
        dialog.exited.connect(self._posted)
        self.dialog = dialog
        dialog.open()
        return dialog

    def reprint(self) -> None:
        row = self._selected()
        if row is not None:
            self._document(self.tr("Receipt {voucher}").format(voucher=row.voucher), row.voucher, "receipt")

    def _document(self, title: str, name: str, kind: str) -> None:
        """Make the PDF in the background and offer it in a small dialog."""
        ctx, lang, number, path = self._ui.app, self._ui.lang, self.number or "", self._ui.receipt_path(name)
        if kind == "receipt":
            def render() -> Path:
                return render_receipt(ctx, name, path, lang)
        else:
            def render() -> Path:
                return render_exit_statement(ctx, number, path, lang)
        dialog = QDialog(self)
        dialog.setWindowTitle(title)
        dialog.setMinimumWidth(460)
        panel = DocumentPanel(self._ui, title, render)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(dialog.accept)
        layout = QVBoxLayout(dialog)
        layout.addWidget(panel)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.document = panel
        self.dialog = dialog
        panel.start()
        dialog.open()

    def _posted(self, _key: str) -> None:
        self.reload()
        self.changed.emit()
