"""Angsuran at the teller: what is due today, how the amount the member hands over will be
split, then the posting and the receipt.  Usable with the keyboard alone: the amount has
the focus, Enter posts, Esc cancels.

The split shown is services.loan_repayments.preview, which calls the same allocation as
the posting; "Lunasi" (early payoff) shows and posts loan_repayments.settle's allocation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import OperationalError

from coopdesk.db.models import LoanProduct
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.loan_payments import Allocation, Due, InstallmentState
from coopdesk.domain.money import format_rupiah
from coopdesk.domain.terbilang import terbilang
from coopdesk.services import loan_repayments, loans
from coopdesk.services.loan_repayments import RepaymentResult
from coopdesk.ui import messages
from coopdesk.ui.context import UiContext
from coopdesk.ui.documents import DocumentPanel, render_receipt
from coopdesk.ui.loan_labels import payoff_label
from coopdesk.ui.loan_models import Col, StyledRowsModel
from coopdesk.ui.loan_queries import LoanSummary, summary
from coopdesk.ui.loan_widgets import LiveErrors, field_box, fit_header_columns
from coopdesk.ui.style import set_primary, setup_table
from coopdesk.ui.widgets import AmountEdit, DateEdit, ErrorLabel, banner, format_date, hint, page_title


@dataclass(frozen=True)
class SplitRow:
    """One installment touched by the payment."""

    no: int | str
    due_date: date | str | None  # the total row says "Total" here
    denda: int
    interest: int
    principal: int
    waived: int
    left: int  # principal + interest + denda still owed on it afterwards

    @property
    def total(self) -> int:
        return self.denda + self.interest + self.principal


class LoanRepaymentDialog(QDialog):
    posted = Signal(str)  # voucher

    def __init__(self, ui: UiContext, number: str, payoff: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self._number = number
        self.result: RepaymentResult | None = None
        self.receipt: DocumentPanel | None = None
        self.due: Due | None = None
        self.payoff_allocation: Allocation | None = None
        self.allocation: Allocation | None = None
        self._states: list[InstallmentState] = []
        self._suggested = ""
        with ui.app.reading() as session:
            self.loan: LoanSummary = summary(session, number, ui.app.today())
            product = session.get(LoanProduct, loans.by_number(session, number).product_id)
            self._payoff_rule = product.payoff_rule if product else "current_period"
        self.setWindowTitle(self.tr("Loan repayment"))
        self.setMinimumSize(940, 660)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._form_page())
        self.stack.addWidget(self._done_page())
        QVBoxLayout(self).addWidget(self.stack)
        if payoff:
            self.payoff_mode.setChecked(True)
        self.reload_due()
        self.amount.setFocus()

    # --- the form ---
    def _form_page(self) -> QWidget:
        page = QWidget()
        loan = self.loan
        self.day = DateEdit(self._ui.app.today())
        self.amount = AmountEdit()
        self.repay_mode = QRadioButton(self.tr("Pay installments"))
        self.payoff_mode = QRadioButton(self.tr("Pay off the whole loan (lunasi)"))
        self.repay_mode.setChecked(True)
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.repay_mode)
        self.modes.addButton(self.payoff_mode)

        # What is due on the day.
        self.due_labels = {key: QLabel() for key in ("late", "principal", "interest", "denda", "total", "outstanding",
                                                      "payoff")}
        for key, label in self.due_labels.items():
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if key in ("total", "payoff"):
                label.setStyleSheet("font-weight: bold;")
        self.due_title = QGroupBox()
        due_form = QFormLayout(self.due_title)
        due_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        for key, caption in (("late", self.tr("Installments late")), ("principal", self.tr("Principal due")),
                             ("interest", self.tr("Interest due")), ("denda", self.tr("Late penalty (denda)")),
                             ("total", self.tr("Total due")), ("outstanding", self.tr("Outstanding principal")),
                             ("payoff", self.tr("To pay off today"))):
            due_form.addRow(caption, self.due_labels[key])
        self.payoff_note = hint(self.tr("Early payoff charges: {rule}.").format(rule=payoff_label(self._payoff_rule)))
        due_form.addRow(self.payoff_note)

        general = ErrorLabel()
        self.errors = LiveErrors(general)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Loan"), QLabel(f"<b>{loan.number}</b> · {loan.product_name}"))
        form.addRow(self.tr("Member"), QLabel(f"<b>{loan.member_number} · {loan.member_name}</b>"))
        modes = QVBoxLayout()
        modes.addWidget(self.repay_mode)
        modes.addWidget(self.payoff_mode)
        form.addRow(self.tr("Payment"), modes)
        for field, label, widget in (("amount", self.tr("Amount received (Rp)"), self.amount),
                                     ("date", self.tr("Date"), self.day)):
            error = ErrorLabel()
            form.addRow(label, field_box(widget, error))
            self.errors.add(field, widget, error)
        self.errors.add("loan", self.amount, general)

        self.split_model = StyledRowsModel([
            Col(self.tr("Installment"), lambda r: r.no, "count"),
            Col(self.tr("Due date"), lambda r: r.due_date, "date",
                show=lambda r: format_date(r.due_date) if isinstance(r.due_date, date) else r.due_date or ""),
            Col(self.tr("Denda"), lambda r: r.denda, "money", blank_zero=True),
            Col(self.tr("Interest"), lambda r: r.interest, "money", blank_zero=True),
            Col(self.tr("Principal"), lambda r: r.principal, "money", blank_zero=True),
            Col(self.tr("Paid now"), lambda r: r.total, "money"),
            Col(self.tr("Still owed after"), lambda r: r.left, "money",
                show=lambda r: "" if not isinstance(r.due_date, date) else self.tr("nothing: paid") if r.left == 0
                else format_rupiah(r.left)),
        ], self)
        self.split_model.set_colours(lambda r, _c: ("#e3f4e8", "#14532d") if r.left == 0 and
                                     isinstance(r.due_date, date) else (None, None))
        self.split = setup_table(QTableView(), self.split_model)
        fit_header_columns(self.split, {0: 80, 1: 96})
        for column in range(2, 7):
            self.split.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.split_summary = QLabel()
        self.split_summary.setWordWrap(True)

        self.submit_button = QPushButton(self.tr("Save payment"))
        set_primary(self.submit_button)
        self.submit_button.setDefault(True)
        self.submit_button.setAutoDefault(True)
        self.submit_button.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(cancel)

        top = QHBoxLayout()
        top.addLayout(form, 3)
        top.addWidget(self.due_title, 2)
        split_title = QLabel(self.tr("How the amount is split"))
        split_title.setObjectName("sectionTitle")
        layout = QVBoxLayout(page)
        layout.addWidget(page_title(self.tr("Loan repayment")))
        layout.addLayout(top)
        layout.addWidget(split_title)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.split_summary)
        layout.addWidget(general)
        layout.addLayout(buttons)

        self.amount.changed.connect(self.refresh_split)
        self.day.dateChanged.connect(self.reload_due)
        self.payoff_mode.toggled.connect(self._mode_changed)
        QWidget.setTabOrder(self.amount.edit, self.day)
        QWidget.setTabOrder(self.day, self.submit_button)
        QWidget.setTabOrder(self.submit_button, cancel)
        QWidget.setTabOrder(cancel, self.repay_mode)
        return page

    @property
    def paying_off(self) -> bool:
        return self.payoff_mode.isChecked()

    def reload_due(self) -> None:
        """What is owed on the chosen day, and what paying it all off would take."""
        day = self.day.value()
        self.errors.clear()
        try:
            self.due = loan_repayments.due_today(self._ui.app, self._number, day)
            self.payoff_allocation = loan_repayments.payoff_amount(self._ui.app, self._number, day)
            with self._ui.app.reading() as session:
                loan = loans.by_number(session, self._number)
                self._states = loans.installment_states(session, [loan.id]).get(loan.id, [])
                self._penalty = loans.penalty_of(session, loan)
        except ValidationError as exc:
            self.errors.show_quietly(exc)
            self.split_model.set_rows([])
            self.submit_button.setEnabled(False)
            return
        self.submit_button.setEnabled(True)
        due = self.due
        self.due_title.setTitle(self.tr("Due on {date}").format(date=format_date(day)))
        self.due_labels["late"].setText(str(due.installments_late))
        for key, value in (("principal", due.principal), ("interest", due.interest), ("denda", due.denda),
                           ("total", due.total), ("outstanding", due.outstanding_principal),
                           ("payoff", self.payoff_allocation.amount)):
            self.due_labels[key].setText(format_rupiah(value))
        self.due_labels["late"].setStyleSheet("color: #8c1d18; font-weight: bold;" if due.installments_late else "")
        self._suggest()
        self.refresh_split()

    def _next_installment(self) -> int:
        day = self.day.value()
        for s in self._states:
            if s.unpaid(day) > 0:
                return s.unpaid(day) + s.denda_due(day, self._penalty)
        return 0

    def _suggest(self) -> None:
        if self.paying_off:
            suggestion = self.payoff_allocation.amount if self.payoff_allocation else 0
        else:
            suggestion = self.due.total if self.due and self.due.total else self._next_installment()
        # Replace the amount only if the clerk has not typed one of their own.
        if self.paying_off or self.amount.text().strip() in ("", self._suggested):
            self.amount.set_value(suggestion or None)
            self._suggested = self.amount.text()

    def _mode_changed(self) -> None:
        self.amount.edit.setReadOnly(self.paying_off)
        self.submit_button.setText(self.tr("Pay off the loan") if self.paying_off else self.tr("Save payment"))
        if not self.paying_off:
            self._suggested = self.amount.text()  # back to the installments: suggest again
        self._suggest()
        self.refresh_split()
        self.amount.setFocus()

    def refresh_split(self) -> None:
        """The live split of the amount over the installments."""
        if self.due is None:
            return
        day = self.day.value()
        self.errors.clear()
        if self.paying_off:
            allocation = self.payoff_allocation
        else:
            if not self.amount.text().strip():
                self.split_model.set_rows([])
                self.split_summary.setText(self.tr("Type the amount the member pays."))
                return
            try:
                allocation = loan_repayments.preview(self._ui.app, self._number, self.amount.value(), day)
            except ValidationError as exc:
                self.errors.show_quietly(exc, fallback="amount")
                self.split_model.set_rows([])
                self.split_summary.setText("")
                return
        assert allocation is not None
        self.allocation = allocation
        by_no = {s.no: s for s in self._states}
        rows = []
        for part in allocation.parts:
            state = by_no.get(part.installment_no)
            left = 0
            if state is not None:
                left = state.unpaid(day) + state.denda_due(day, self._penalty) - part.principal - part.interest \
                    - part.denda - part.waived_interest
            rows.append(SplitRow(part.installment_no, state.due_date if state else None, part.denda, part.interest,
                                 part.principal, part.waived_interest, max(left, 0)))
        total = SplitRow("", self.tr("Total"), allocation.denda, allocation.interest, allocation.principal,
                         allocation.waived_interest, 0)
        self.split_model.set_rows(rows, total=total)
        outstanding_after = self.due.outstanding_principal - allocation.principal
        text = self.tr("Denda {denda} + interest {interest} + principal {principal} = <b>{total}</b>. Outstanding "
                       "principal afterwards: <b>{after}</b>.").format(
            denda=format_rupiah(allocation.denda), interest=format_rupiah(allocation.interest),
            principal=format_rupiah(allocation.principal),
            total=format_rupiah(allocation.denda + allocation.interest + allocation.principal),
            after=format_rupiah(outstanding_after))
        if allocation.to_sukarela:
            text += " " + self.tr("{amount} more than is due goes to the member's simpanan sukarela.").format(
                amount=format_rupiah(allocation.to_sukarela))
        if allocation.waived_interest:
            text += " " + self.tr("Interest not charged for paying off early: {amount}.").format(
                amount=format_rupiah(allocation.waived_interest))
        self.split_summary.setText(text)

    def submit(self) -> None:
        self.errors.clear()
        day = self.day.value()
        try:
            if self.paying_off:
                self.result = loan_repayments.settle(self._ui.app, self._number, day)
            else:
                self.result = loan_repayments.repay(self._ui.app, self._number, self.amount.value(), day)
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except OperationalError as exc:
            messages.environment_error(self, exc)
            return
        self._show_done(self.result, day)

    # --- after posting ---
    def _done_page(self) -> QWidget:
        page = QWidget()
        self.done_banner = banner("okBanner")
        self.done_amount = QLabel()
        self.done_amount.setObjectName("bigAmount")
        self.done_words = QLabel()
        self.done_words.setObjectName("amountWords")
        self.done_words.setWordWrap(True)
        self.done_split = QLabel()
        self.done_split.setWordWrap(True)
        self.done_holder = QVBoxLayout()
        self.close_button = QPushButton(self.tr("Done"))
        set_primary(self.close_button)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(page)
        layout.addWidget(page_title(self.tr("Payment saved")))
        layout.addWidget(self.done_banner)
        layout.addWidget(self.done_amount)
        layout.addWidget(self.done_words)
        layout.addWidget(self.done_split)
        layout.addLayout(self.done_holder)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _show_done(self, result: RepaymentResult, day: date) -> None:
        a = result.allocation
        amount = a.amount
        text = self.tr("Voucher {voucher} posted on {date} for loan {number}.").format(
            voucher=result.voucher, date=format_date(day), number=self._number)
        if result.paid_off:
            text += " " + self.tr("The loan is now paid off (lunas).")
        self.done_banner.setText(text)
        self.done_amount.setText(format_rupiah(amount))
        self.done_words.setText(terbilang(amount))
        self.done_split.setText(self.tr("Denda {denda} · interest {interest} · principal {principal}").format(
            denda=format_rupiah(a.denda), interest=format_rupiah(a.interest), principal=format_rupiah(a.principal))
            + (" · " + self.tr("to sukarela {amount}").format(amount=format_rupiah(a.to_sukarela))
               if a.to_sukarela else ""))
        ctx, lang, voucher = self._ui.app, self._ui.lang, result.voucher
        path = self._ui.receipt_path(voucher)
        self.receipt = DocumentPanel(self._ui, self.tr("Receipt for the member"),
                                     lambda: render_receipt(ctx, voucher, path, lang))
        self.done_holder.addWidget(self.receipt)
        self.stack.setCurrentIndex(1)
        self.setMinimumSize(560, 320)
        self.resize(620, 380)
        self.submit_button.setDefault(False)
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.receipt.start()
        self.posted.emit(result.voucher)
