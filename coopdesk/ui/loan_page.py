"""One loan: who, what terms, where it stands today (outstanding, days late, class), its
schedule with each installment's state, the transactions posted on it, and what can be
done next (pay, pay off, print the card, write off, recover; or approve, reject, pay out).

A posted transaction is corrected by reversal in the Journal page, never here.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import OperationalError

from coopdesk.domain.errors import CoopDeskError, ValidationError
from coopdesk.domain.money import format_rupiah
from coopdesk.services import loans
from coopdesk.ui import messages
from coopdesk.ui.context import UiContext
from coopdesk.ui.documents import render_receipt
from coopdesk.ui.error_texts import translate_error
from coopdesk.ui.loan_action_dialogs import RecoveryDialog, RejectDialog, WriteOffDialog
from coopdesk.ui.loan_disbursement_dialog import LoanDisbursementDialog
from coopdesk.ui.loan_labels import (
    CLASS_COLOURS,
    INSTALLMENT_COLOURS,
    class_label,
    days_text,
    installment_label,
    loan_status_label,
    months_text,
    rate_text,
    transaction_label,
)
from coopdesk.ui.loan_models import Col, StyledRowsModel
from coopdesk.ui.loan_queries import HistoryRow, LoanDetail, LoanSummary, ScheduleRow, detail
from coopdesk.ui.loan_repayment_dialog import LoanRepaymentDialog
from coopdesk.ui.loan_widgets import (
    DocumentsDialog,
    FigureCard,
    colour_label,
    fit_header_columns,
    render_disbursement_slip,
    render_loan_card,
)
from coopdesk.ui.style import set_primary, setup_table
from coopdesk.ui.widgets import banner, format_date, hint, page_title, set_tone

_RECEIPT_KINDS = ("repayment", "payoff", "exit")
_STATUS_TONES = {"disbursed": "badge", "applied": "banner", "approved": "banner"}


class LoanPage(QWidget):
    back = Signal()
    member_opened = Signal(str)
    changed = Signal()  # something was posted: other views may refresh

    def __init__(self, ui: UiContext, back_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self.number: str | None = None
        self.loan: LoanDetail | None = None
        self.dialog: QDialog | None = None

        self.back_button = QPushButton(back_text or self.tr("← Back (Esc)"))
        self.back_button.setFlat(True)
        self.title = page_title("")
        self.member_button = QPushButton()
        self.member_button.setFlat(True)
        self.member_button.setToolTip(self.tr("Open the member's page"))
        self.member_button.setStyleSheet("QPushButton { color: #2d5286; text-decoration: underline; }")
        self.status = QLabel()
        self.class_badge = QLabel()

        self.pay_button = QPushButton(self.tr("Pay installment (F2)"))
        set_primary(self.pay_button)
        self.payoff_button = QPushButton(self.tr("Pay off (lunasi)…"))
        self.card_button = QPushButton(self.tr("Print installment card"))
        self.write_off_button = QPushButton(self.tr("Write off…"))
        self.recovery_button = QPushButton(self.tr("Receive recovery…"))
        self.approve_button = QPushButton(self.tr("Approve"))
        set_primary(self.approve_button)
        self.reject_button = QPushButton(self.tr("Reject…"))
        self.disburse_button = QPushButton(self.tr("Pay out…"))
        set_primary(self.disburse_button)
        self._actions = (self.approve_button, self.reject_button, self.disburse_button, self.pay_button,
                         self.payoff_button, self.recovery_button, self.card_button, self.write_off_button)

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.member_button)
        head.addWidget(self.status)
        head.addWidget(self.class_badge)
        head.addStretch(1)
        actions = QHBoxLayout()
        for button in self._actions:
            actions.addWidget(button)
        actions.addStretch(1)

        self.message = banner("badBanner")
        self.message.hide()

        self.cards = {"principal": FigureCard(self.tr("Principal")),
                      "outstanding": FigureCard(self.tr("Outstanding principal")),
                      "due": FigureCard(self.tr("To pay today")),
                      "dpd": FigureCard(self.tr("Days past due")),
                      "class": FigureCard(self.tr("Collectibility"))}
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card, 1)

        self.details: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(3)
        fields = (("member", self.tr("Member")), ("product", self.tr("Product")), ("terms", self.tr("Terms")),
                  ("installment", self.tr("Installment")), ("purpose", self.tr("Purpose")),
                  ("collateral", self.tr("Collateral")), ("applied", self.tr("Applied")),
                  ("approved", self.tr("Approved")), ("disbursed", self.tr("Paid out")),
                  ("fees", self.tr("Fees")), ("closed", self.tr("Closed")), ("note", self.tr("Note")))
        for i, (key, caption) in enumerate(fields):
            label = QLabel(caption)
            label.setObjectName("cardTitle")
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details[key] = value
            row, col = i % 6, (i // 6) * 2
            grid.addWidget(label, row, col, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, col + 1)
            self.details[f"{key}_caption"] = label
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        details_box = QWidget()
        details_box.setObjectName("details")
        details_box.setLayout(grid)

        self.schedule_model = StyledRowsModel([
            Col(self.tr("No."), lambda r: r.no, "count"),
            Col(self.tr("Due date"), lambda r: r.due_date, "date",
                show=lambda r: format_date(r.due_date) if isinstance(r.due_date, date) else r.due_date),
            Col(self.tr("Principal"), lambda r: r.principal, "money"),
            Col(self.tr("Interest"), lambda r: r.interest, "money"),
            Col(self.tr("Installment"), lambda r: r.total, "money"),
            Col(self.tr("Paid"), lambda r: r.paid, "money", blank_zero=True),
            Col(self.tr("Paid on"), lambda r: r.paid_on, "date"),
            Col(self.tr("Scheduled balance"), lambda r: r.outstanding, "money"),
            Col(self.tr("State"), lambda r: r.state or "", show=lambda r: installment_label(r.state) if r.state
                else ""),
        ], self)
        self.schedule_model.set_colours(self._schedule_colours)
        self.schedule = setup_table(QTableView(), self.schedule_model)
        fit_header_columns(self.schedule, {0: 40, 1: 96, 2: 110, 3: 100, 4: 110, 5: 110, 6: 96, 7: 130})
        self.schedule.horizontalHeader().setSectionResizeMode(8, QHeaderView.ResizeMode.Stretch)

        self.history_model = StyledRowsModel([
            Col(self.tr("Date"), lambda r: r.date, "date"),
            Col(self.tr("Voucher"), lambda r: r.voucher),
            Col(self.tr("Transaction"), lambda r: r.kind, show=lambda r: transaction_label(r.kind) + (
                self.tr(" (reversed)") if r.reversed else "")),
            Col(self.tr("Principal"), lambda r: r.principal, "money", blank_zero=True),
            Col(self.tr("Interest"), lambda r: r.interest, "money", blank_zero=True),
            Col(self.tr("Denda"), lambda r: r.denda, "money", blank_zero=True),
            Col(self.tr("Cash in / out"), lambda r: -r.amount if r.kind.endswith("disbursement") else r.amount,
                "money", blank_zero=True),
        ], self)
        self.history_model.set_muted(lambda r: r.reversed or r.kind.startswith("rev-"))
        self.history = setup_table(QTableView(), self.history_model, stretch=2)
        fit_header_columns(self.history, {0: 96, 1: 150, 3: 130, 4: 120, 5: 100, 6: 130})
        self.reprint_button = QPushButton(self.tr("Print again"))
        self.reprint_button.setEnabled(False)
        history_page = QWidget()
        history_layout = QVBoxLayout(history_page)
        history_tools = QHBoxLayout()
        history_tools.addWidget(hint(self.tr("A wrong transaction is corrected by reversing its voucher in the "
                                             "Journal page (Koreksi).")), 1)
        history_tools.addWidget(self.reprint_button)
        history_layout.addLayout(history_tools)
        history_layout.addWidget(self.history, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.schedule, self.tr("Schedule"))
        self.tabs.addTab(history_page, self.tr("Transactions"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(head)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addLayout(cards)
        layout.addWidget(details_box)
        layout.addWidget(self.tabs, 1)

        self.back_button.clicked.connect(self.back)
        self.member_button.clicked.connect(lambda: self.member_opened.emit(self.loan.summary.member_number)
                                           if self.loan else None)
        self.pay_button.clicked.connect(lambda: self.open_repayment(False))
        self.payoff_button.clicked.connect(lambda: self.open_repayment(True))
        self.card_button.clicked.connect(self.print_card)
        self.write_off_button.clicked.connect(self.open_write_off)
        self.recovery_button.clicked.connect(self.open_recovery)
        self.approve_button.clicked.connect(self.approve)
        self.reject_button.clicked.connect(self.open_reject)
        self.disburse_button.clicked.connect(self.open_disbursement)
        self.reprint_button.clicked.connect(self.reprint)
        self.history.selectionModel().currentRowChanged.connect(self._history_selection)
        self.history.activated.connect(lambda _index: self.reprint())
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.back.emit)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, activated=lambda: self.open_repayment(False))

    # --- loading ---
    def show_loan(self, number: str) -> None:
        self.number = number
        self.message.hide()
        self.reload()
        self.tabs.setCurrentIndex(0)
        for button in self._actions:
            if button.isVisible() and button.objectName() == "primary":
                button.setFocus()
                break

    def activate(self) -> None:
        self.reload()

    def reload(self) -> None:
        if self.number is None:
            return
        with self._ui.app.reading() as session:
            self.loan = detail(session, self.number, self._ui.app.today())
        self._show(self.loan)

    def _show(self, d: LoanDetail) -> None:
        s = d.summary
        lang = self._ui.lang
        self.title.setText(s.number)
        self.member_button.setText(f"{s.member_number} · {s.member_name}")
        self.status.setText(loan_status_label(s.status))
        set_tone(self.status, _STATUS_TONES.get(s.status, "badgeOff"))
        if s.collectibility is not None:
            self.class_badge.setText(class_label(s.collectibility))
            colour_label(self.class_badge, CLASS_COLOURS[s.collectibility])
            self.class_badge.show()
        else:
            self.class_badge.hide()

        running = s.status == "disbursed"
        self.cards["principal"].set(format_rupiah(s.principal), months_text(s.term))
        if s.disbursed_on is None:  # an application: what the member would pay and receive
            self._captions(self.tr("Installment"), self.tr("Fees and withheld"), self.tr("Cash to pay out"),
                           self.tr("Stage"))
            self.cards["outstanding"].set(format_rupiah(s.first_installment), self.tr("a month"))
            self.cards["due"].set(format_rupiah(s.provisi + s.admin_fee + s.withheld))
            self.cards["dpd"].set(format_rupiah(s.cash_paid) if s.status != "rejected" else "-")
            self.cards["class"].set(loan_status_label(s.status), self._stage(s))
        else:
            self._captions(self.tr("Outstanding principal"), self.tr("To pay today"), self.tr("Days past due"),
                           self.tr("Collectibility"))
            self.cards["outstanding"].set(format_rupiah(s.outstanding),
                                          self.tr("written off {amount}").format(amount=format_rupiah(d.written_off))
                                          if d.written_off else "")
            if running and s.due is not None:
                late = s.due.installments_late
                note = self.tr("{n} installment(s) late, denda {denda}").format(
                    n=late, denda=format_rupiah(s.due.denda)) if late else self.tr("nothing overdue")
                self.cards["due"].set(format_rupiah(s.due.total), note,
                                      CLASS_COLOURS[s.collectibility] if late and s.collectibility else (None, None))
                self.cards["dpd"].set(days_text(s.dpd) if s.dpd else self.tr("not late"),
                                      self.tr("since {date}").format(date=format_date(s.due.oldest_unpaid_due))
                                      if s.dpd and s.due.oldest_unpaid_due else "")
                assert s.collectibility is not None
                self.cards["class"].set(class_label(s.collectibility),
                                        self.tr("allowance {amount}").format(amount=format_rupiah(s.allowance)),
                                        CLASS_COLOURS[s.collectibility])
            else:
                for key in ("due", "dpd", "class"):
                    self.cards[key].set("-")

        self.details["member"].setText(f"{s.member_number} · {s.member_name}" + (f" · {s.member_phone}"
                                                                               if s.member_phone else ""))
        self.details["product"].setText(f"{s.product_code} · {s.product_name}")
        self.details["terms"].setText(f"{months_text(s.term)} · {rate_text(s.rate, s.rate_per, s.method, lang)}")
        first = format_rupiah(s.first_installment)
        self.details["installment"].setText(self.tr("{amount} a month").format(amount=first)
                                            if s.first_installment else "-")
        self.details["purpose"].setText(s.purpose or "-")
        collateral = s.collateral or "-"
        if s.collateral_value:
            collateral += f" ({format_rupiah(s.collateral_value)})"
        self.details["collateral"].setText(collateral)
        self.details["applied"].setText(self.tr("{date} by {user}").format(date=format_date(s.applied_on),
                                                                           user=s.entered_by or "-"))
        approved = "-"
        if s.approved_by:
            approved = self.tr("by {user} (pengurus)").format(user=s.approved_by)
            if s.approved_on:
                approved = f"{format_date(s.approved_on)} " + approved
        if s.approved_by_supervisor:
            approved += self.tr(", {user} (pengawas)").format(user=s.approved_by_supervisor)
        if s.waiting_for_supervisor:
            approved += self.tr("; waiting for the pengawas")
        self.details["approved"].setText(approved)
        disbursed = "-"
        if s.disbursed_on:
            voucher = next((h.voucher for h in d.history if h.kind == "disbursement"), "")
            disbursed = f"{format_date(s.disbursed_on)} · {voucher}"
        self.details["disbursed"].setText(disbursed)
        fees = [self.tr("provisi {amount}").format(amount=format_rupiah(s.provisi))] if s.provisi else []
        if s.admin_fee:
            fees.append(self.tr("admin {amount}").format(amount=format_rupiah(s.admin_fee)))
        if s.withheld:
            fees.append(self.tr("withheld {amount}").format(amount=format_rupiah(s.withheld)))
        fees_text = ", ".join(fees) or self.tr("none")
        self.details["fees"].setText(self.tr("{fees} → cash {cash}").format(fees=fees_text,
                                                                            cash=format_rupiah(s.cash_paid)))
        closed = "-"
        if s.closed_on:
            closed = f"{format_date(s.closed_on)} · {loan_status_label(s.status)}"
        self.details["closed"].setText(closed)
        notes = []
        if s.related_party:
            notes.append(self.tr("Related-party loan: needs the approval of both the pengurus and the pengawas.")
                         if s.status == "applied" else
                         self.tr("Related-party loan: approved by the pengurus and the pengawas."))
        if s.rejected_reason:
            notes.append(self.tr("Rejected: {reason}").format(reason=s.rejected_reason))
        if d.written_off:
            notes.append(self.tr("Recovered after write-off: {amount} of {written}.").format(
                amount=format_rupiah(d.recovered), written=format_rupiah(d.written_off)))
        if d.denda_paid:
            notes.append(self.tr("Denda paid so far: {amount}.").format(amount=format_rupiah(d.denda_paid)))
        self.details["note"].setText(" ".join(notes) or "-")

        for column in (5, 6, 8):  # paid, paid on, state: nothing to show on a simulation
            self.schedule.setColumnHidden(column, d.simulation)
        self.schedule_model.set_rows(d.schedule, total=_ScheduleTotal(self.tr("Total"), d.schedule)
                                     if d.schedule else None)
        self.tabs.setTabText(0, self.tr("Schedule (simulation)") if d.simulation and d.schedule else
                             self.tr("Schedule"))
        self.history_model.set_rows(d.history)
        self.tabs.setTabText(1, self.tr("Transactions ({n})").format(n=len(d.history)))
        self._history_selection()

        status = s.status
        self.approve_button.setVisible(status == "applied")
        self.reject_button.setVisible(status in ("applied", "approved"))
        self.disburse_button.setVisible(status == "approved")
        self.pay_button.setVisible(running)
        self.payoff_button.setVisible(running)
        self.write_off_button.setVisible(running)
        self.recovery_button.setVisible(status == "written_off" and d.recovered < d.written_off)
        self.card_button.setVisible(status not in ("rejected", "cancelled"))
        self.card_button.setText(self.tr("Print schedule (simulation)") if d.simulation else
                                 self.tr("Print installment card"))

    def _captions(self, *captions: str) -> None:
        for key, caption in zip(("outstanding", "due", "dpd", "class"), captions, strict=True):
            self.cards[key].caption.setText(caption)

    def _stage(self, s: LoanSummary) -> str:
        if s.status == "approved":
            return self.tr("to pay out")
        if s.status == "applied":
            return self.tr("waiting for the pengawas") if s.waiting_for_supervisor else \
                self.tr("waiting for approval by another user")
        return ""

    @staticmethod
    def _schedule_colours(row: ScheduleRow, column: int) -> tuple[str | None, str | None]:
        if row.state is None:
            return None, None
        background, text = INSTALLMENT_COLOURS.get(row.state, (None, None))
        return (background, text) if column == 8 else (None, text if row.state.startswith("terlambat") else None)

    # --- history ---
    def _selected_history(self) -> HistoryRow | None:
        index = self.history.currentIndex()
        return self.history_model.row_value(index.row()) if index.isValid() else None

    def _history_selection(self) -> None:
        row = self._selected_history()
        self.reprint_button.setEnabled(row is not None and row.kind in (*_RECEIPT_KINDS, "disbursement"))

    def reprint(self) -> DocumentsDialog | None:
        row = self._selected_history()
        if row is None or self.loan is None:
            return None
        ctx, lang, voucher, number = self._ui.app, self._ui.lang, row.voucher, self.loan.summary.number
        path = self._ui.receipt_path(voucher)
        if row.kind == "disbursement":
            title = self.tr("Disbursement slip {voucher}").format(voucher=voucher)
            render = lambda: render_disbursement_slip(ctx, number, path, lang)  # noqa: E731
        elif row.kind in _RECEIPT_KINDS:
            title = self.tr("Receipt {voucher}").format(voucher=voucher)
            render = lambda: render_receipt(ctx, voucher, path, lang)  # noqa: E731
        else:
            return None
        return self._documents(title, [(title, render, True)])

    def print_card(self) -> DocumentsDialog | None:
        if self.loan is None:
            return None
        s = self.loan.summary
        ctx, lang, number, day = self._ui.app, self._ui.lang, s.number, self._ui.app.today()
        if self.loan.simulation:
            path: Path = self._ui.receipt_path(f"simulasi-{number}")
            title = self.tr("Schedule simulation {number}").format(number=number)
            day = s.applied_on
        else:
            path = self._ui.receipt_path(f"kartu-{number}")
            title = self.tr("Installment card {number}").format(number=number)
        return self._documents(title, [(title, lambda: render_loan_card(ctx, number, day, path, lang), True)])

    def _documents(self, title: str, documents: list) -> DocumentsDialog:  # type: ignore[type-arg]
        dialog = DocumentsDialog(self._ui, title, documents, self)
        self.dialog = dialog
        dialog.open()
        return dialog

    # --- actions ---
    def open_repayment(self, payoff: bool = False) -> LoanRepaymentDialog | None:
        if self.loan is None or self.loan.summary.status != "disbursed":
            return None
        dialog = LoanRepaymentDialog(self._ui, self.loan.summary.number, payoff, self)
        dialog.posted.connect(self._posted)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_disbursement(self) -> LoanDisbursementDialog | None:
        if self.loan is None or self.loan.summary.status != "approved":
            return None
        dialog = LoanDisbursementDialog(self._ui, self.loan.summary.number, self)
        dialog.disbursed.connect(self._posted)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_write_off(self) -> WriteOffDialog | None:
        if self.loan is None or self.loan.summary.status != "disbursed":
            return None
        dialog = WriteOffDialog(self._ui, self.loan.summary, self)
        dialog.saved.connect(self._posted)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_recovery(self) -> RecoveryDialog | None:
        if self.loan is None or self.loan.summary.status != "written_off":
            return None
        dialog = RecoveryDialog(self._ui, self.loan.summary, self.loan.written_off - self.loan.recovered, self)
        dialog.saved.connect(self._posted)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_reject(self) -> RejectDialog | None:
        if self.loan is None or self.loan.summary.status not in ("applied", "approved"):
            return None
        dialog = RejectDialog(self._ui, self.loan.summary, self)
        dialog.saved.connect(self._posted)
        self.dialog = dialog
        dialog.open()
        return dialog

    def approve(self) -> str | None:
        """Approve as the signed-in user; a refusal (the same user who entered it) is shown here."""
        if self.loan is None:
            return None
        self.message.hide()
        try:
            status = loans.approve(self._ui.app, self.loan.summary.number, self._ui.app.today())
        except ValidationError as exc:
            self.message.setText(self.tr("{number} cannot be approved: {reason}").format(
                number=self.loan.summary.number, reason=translate_error(exc)))
            set_tone(self.message, "badBanner")
            self.message.show()
            return None
        except OperationalError as exc:
            messages.environment_error(self, exc)
            return None
        except CoopDeskError as exc:  # pragma: no cover - defensive
            self.message.setText(str(exc))
            self.message.show()
            return None
        self._posted("")
        self.message.setText(self.tr("Approved by {user}.").format(user=self._ui.app.user_name or "admin") + " " + (
            self.tr("It can now be paid out.") if status == "approved" else
            self.tr("A related-party loan also needs the pengawas's approval.")))
        set_tone(self.message, "okBanner")
        self.message.show()
        return status

    def _posted(self, _voucher: str) -> None:
        self.reload()
        self.changed.emit()


class _ScheduleTotal:
    def __init__(self, label: str, rows: tuple[ScheduleRow, ...]) -> None:
        self.no = ""
        self.due_date = label
        self.principal = sum(r.principal for r in rows)
        self.interest = sum(r.interest for r in rows)
        self.total = self.principal + self.interest
        self.paid = sum(r.paid for r in rows)
        self.paid_on = None
        self.outstanding = None
        self.state = None
