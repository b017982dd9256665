"""Pencairan: pay an approved loan out.  Before anything is posted the dialog shows
principal − provisi − administrasi − withheld = the cash to count out, and the first
installment; after posting it offers the disbursement slip and the kartu angsuran."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import OperationalError

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.money import format_rupiah
from coopdesk.domain.terbilang import terbilang
from coopdesk.services import loans
from coopdesk.services.ledger import PostedEntry
from coopdesk.ui import messages
from coopdesk.ui.context import UiContext
from coopdesk.ui.documents import DocumentPanel
from coopdesk.ui.loan_labels import months_text, rate_text
from coopdesk.ui.loan_queries import LoanSummary, summary
from coopdesk.ui.loan_widgets import LiveErrors, field_box, render_disbursement_slip, render_loan_card
from coopdesk.ui.style import set_primary
from coopdesk.ui.widgets import DateEdit, ErrorLabel, banner, format_date, hint, page_title


class LoanDisbursementDialog(QDialog):
    disbursed = Signal(str)  # voucher

    def __init__(self, ui: UiContext, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self._number = number
        self.entry: PostedEntry | None = None
        self.documents: list[DocumentPanel] = []
        with ui.app.reading() as session:
            self.loan: LoanSummary = summary(session, number, ui.app.today())
            self._withheld_name = ""
            if self.loan.withheld:
                from coopdesk.services.loan_products import by_code

                product = by_code(session, self.loan.product_code)
                self._withheld_name = product.withheld_product or ""
        self.setWindowTitle(self.tr("Disbursement"))
        self.setMinimumWidth(600)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._form_page())
        self.stack.addWidget(self._done_page())
        QVBoxLayout(self).addWidget(self.stack)
        self.refresh()
        self.day.setFocus()

    def _form_page(self) -> QWidget:
        page = QWidget()
        loan = self.loan
        self.day = DateEdit(max(self._ui.app.today(), loan.approved_on or loan.applied_on))
        general = ErrorLabel()
        self.errors = LiveErrors(general)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Loan"), QLabel(f"<b>{loan.number}</b> · {loan.product_name}"))
        form.addRow(self.tr("Member"), QLabel(f"<b>{loan.member_number} · {loan.member_name}</b>"))
        form.addRow(self.tr("Terms"), QLabel(f"{months_text(loan.term)} · "
                                             f"{rate_text(loan.rate, loan.rate_per, loan.method, self._ui.lang)}"))
        form.addRow(self.tr("Approved"), QLabel(self.tr("{date} by {user}").format(
            date=format_date(loan.approved_on), user=loan.approved_by or "-")))
        day_error = ErrorLabel()
        form.addRow(self.tr("Disbursement date"), field_box(self.day, day_error))
        self.errors.add("date", self.day, day_error)

        # The calculation, laid out as the slip prints it.
        self.calc = QGridLayout()
        self.calc.setHorizontalSpacing(18)
        lines: list[tuple[str, int, bool]] = [(self.tr("Principal"), loan.principal, False)]
        if loan.provisi:
            lines.append((self.tr("− Provisi"), -loan.provisi, False))
        if loan.admin_fee:
            lines.append((self.tr("− Administrasi"), -loan.admin_fee, False))
        if loan.withheld:
            lines.append((self.tr("− Withheld into {product}").format(product=self._withheld_name), -loan.withheld,
                          False))
        for row, (label, amount, _bold) in enumerate(lines):
            self.calc.addWidget(QLabel(label), row, 0)
            value = QLabel(format_rupiah(amount))
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.calc.addWidget(value, row, 1)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        self.calc.addWidget(rule, len(lines), 0, 1, 2)
        cash_label = QLabel(self.tr("= Cash to pay the member"))
        cash_label.setStyleSheet("font-weight: bold;")
        self.cash = QLabel(format_rupiah(loan.cash_paid))
        self.cash.setObjectName("bigAmount")
        self.cash.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.calc.addWidget(cash_label, len(lines) + 1, 0)
        self.calc.addWidget(self.cash, len(lines) + 1, 1)
        self.cash_words = QLabel(terbilang(loan.cash_paid))
        self.cash_words.setObjectName("amountWords")
        self.cash_words.setWordWrap(True)
        calc_box = QFrame()
        calc_box.setObjectName("card")
        calc_layout = QVBoxLayout(calc_box)
        calc_layout.addLayout(self.calc)
        calc_layout.addWidget(self.cash_words)
        self.first_due = hint("")

        self.submit_button = QPushButton(self.tr("Pay out {amount}").format(amount=format_rupiah(loan.cash_paid)))
        set_primary(self.submit_button)
        self.submit_button.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setDefault(True)  # paying money out is a deliberate click
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(cancel)

        layout = QVBoxLayout(page)
        layout.addWidget(page_title(self.tr("Pay out loan {number}").format(number=loan.number)))
        layout.addLayout(form)
        layout.addWidget(calc_box)
        layout.addWidget(self.first_due)
        layout.addWidget(general)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.day.dateChanged.connect(self.refresh)
        QWidget.setTabOrder(self.day, self.submit_button)
        QWidget.setTabOrder(self.submit_button, cancel)
        return page

    def refresh(self) -> None:
        """The first and last due dates follow the disbursement date."""
        self.errors.clear()
        loan = self.loan
        try:
            with self._ui.app.reading() as session:
                plan = loans.loan_schedule(loans.by_number(session, loan.number), self.day.value())
        except ValidationError as exc:
            self.errors.show_quietly(exc)
            return
        first, last = plan.installments[0], plan.installments[-1]
        self.first_due.setText(self.tr("First installment {amount} due on {first}; the last on {last}. Entry: Dr 1141 "
                                       "Piutang Pinjaman {principal}, Cr Kas {cash}, fees to income.").format(
            amount=format_rupiah(first.total), first=format_date(first.due_date), last=format_date(last.due_date),
            principal=format_rupiah(loan.principal), cash=format_rupiah(loan.cash_paid)))

    def submit(self) -> None:
        self.errors.clear()
        loan = self.loan
        question = self.tr("Pay {amount} in cash to {member} for loan {number}?").format(
            amount=format_rupiah(loan.cash_paid), member=f"{loan.member_number} · {loan.member_name}",
            number=loan.number)
        if not messages.confirm(self, self.tr("Disbursement"), question, self.tr("Pay out")):
            return
        try:
            self.entry = loans.disburse(self._ui.app, loan.number, self.day.value())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except OperationalError as exc:
            messages.environment_error(self, exc)
            return
        self._show_done(self.entry)

    def _done_page(self) -> QWidget:
        page = QWidget()
        self.done_banner = banner("okBanner")
        self.done_amount = QLabel()
        self.done_amount.setObjectName("bigAmount")
        self.done_words = QLabel()
        self.done_words.setObjectName("amountWords")
        self.done_words.setWordWrap(True)
        self.done_holder = QVBoxLayout()
        self.close_button = QPushButton(self.tr("Done"))
        set_primary(self.close_button)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(page)
        layout.addWidget(page_title(self.tr("Loan paid out")))
        layout.addWidget(self.done_banner)
        layout.addWidget(self.done_amount)
        layout.addWidget(self.done_words)
        layout.addLayout(self.done_holder)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _show_done(self, entry: PostedEntry) -> None:
        loan = self.loan
        self.done_banner.setText(self.tr("Voucher {voucher} posted on {date}: loan {number} is running. Have the "
                                         "member sign the disbursement slip.").format(
            voucher=entry.voucher, date=format_date(entry.date), number=loan.number))
        self.done_amount.setText(self.tr("Cash paid: {amount}").format(amount=format_rupiah(loan.cash_paid)))
        self.done_words.setText(terbilang(loan.cash_paid))
        ctx, lang, number = self._ui.app, self._ui.lang, loan.number
        day: date = entry.date
        slip_path = self._ui.receipt_path(entry.voucher)
        card_path = self._ui.receipt_path(f"kartu-{number}")
        self.documents = [
            DocumentPanel(self._ui, self.tr("Disbursement slip (bukti pencairan)"),
                          lambda: render_disbursement_slip(ctx, number, slip_path, lang)),
            DocumentPanel(self._ui, self.tr("Installment card (kartu angsuran)"),
                          lambda: render_loan_card(ctx, number, day, card_path, lang)),
        ]
        for panel in self.documents:
            self.done_holder.addWidget(panel)
            panel.start()
        self.stack.setCurrentIndex(1)
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.disbursed.emit(entry.voucher)
