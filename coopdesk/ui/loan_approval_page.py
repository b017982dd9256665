"""The approval queue: applications waiting for approval and approved loans waiting to be
paid out.  A loan is approved by a different user from the one who entered it (the
services refuse otherwise; the refusal is shown here), and a related-party loan also by a
pengawas."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from coopdesk.db.models import User
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.money import format_rupiah
from coopdesk.services import loans
from coopdesk.ui import messages
from coopdesk.ui.context import UiContext
from coopdesk.ui.error_texts import translate_error
from coopdesk.ui.labels import role_label
from coopdesk.ui.loan_action_dialogs import RejectDialog
from coopdesk.ui.loan_disbursement_dialog import LoanDisbursementDialog
from coopdesk.ui.loan_labels import months_text, rate_text
from coopdesk.ui.loan_models import Col, StyledRowsModel
from coopdesk.ui.loan_queries import LoanSummary, related_party_cap, waiting
from coopdesk.ui.loan_widgets import DocumentsDialog, fit_header_columns, render_loan_card
from coopdesk.ui.style import set_primary, setup_table
from coopdesk.ui.widgets import banner, format_date, hint, set_tone


@dataclass(frozen=True)
class _Queue:
    rows: list[LoanSummary]
    role: str
    cap: int


class LoanApprovalPage(QWidget):
    loan_opened = Signal(str)
    changed = Signal()
    counted = Signal(int)  # how many loans wait (for the tab's title)

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self.dialog: QDialog | None = None
        self.loading = False
        self._cap = 0
        self.role = ""
        self.who = hint("")
        self.model = StyledRowsModel([
            Col(self.tr("Applied"), lambda r: r.applied_on, "date"),
            Col(self.tr("Loan"), lambda r: r.number),
            Col(self.tr("Member"), lambda r: r.member_name, show=lambda r: f"{r.member_number} · {r.member_name}"),
            Col(self.tr("Principal"), lambda r: r.principal, "money"),
            Col(self.tr("Term"), lambda r: r.term, "center", show=lambda r: months_text(r.term)),
            Col(self.tr("Installment"), lambda r: r.first_installment, "money"),
            Col(self.tr("Entered by"), lambda r: r.entered_by),
            Col(self.tr("Waiting for"), lambda r: self._stage(r)),
        ], self)
        self.model.set_colours(lambda r, c: ("#fff4d6", "#7a4f00") if c == 7 and r.related_party else
                               ("#e3f4e8", "#14532d") if c == 7 and r.status == "approved" else (None, None))
        self.table = setup_table(QTableView(), self.model, stretch=2)
        fit_header_columns(self.table, {0: 90, 1: 118, 3: 118, 4: 80, 5: 110, 6: 80, 7: 245})
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setObjectName("hint")
        self.warning = banner("banner")
        self.warning.hide()
        self.message = banner("badBanner")
        self.message.hide()
        self.approve_button = QPushButton(self.tr("Approve"))
        set_primary(self.approve_button)
        self.reject_button = QPushButton(self.tr("Reject…"))
        self.disburse_button = QPushButton(self.tr("Pay out…"))
        set_primary(self.disburse_button)
        self.open_button = QPushButton(self.tr("Open loan"))
        self.print_button = QPushButton(self.tr("Print schedule (simulation)"))
        buttons = QHBoxLayout()
        for button in (self.approve_button, self.reject_button, self.disburse_button, self.open_button,
                       self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.warning)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _i: self._open())
        self.approve_button.clicked.connect(self.approve)
        self.reject_button.clicked.connect(self.open_reject)
        self.disburse_button.clicked.connect(self.open_disbursement)
        self.open_button.clicked.connect(self._open)
        self.print_button.clicked.connect(self.print_simulation)
        self._selection_changed()

    def _stage(self, r: LoanSummary) -> str:
        if r.status == "approved":
            return self.tr("Paying out")
        if r.waiting_for_supervisor:
            return self.tr("Approval by the pengawas")
        if r.related_party:
            return self.tr("Approval (pengurus + pengawas)")
        return self.tr("Approval")

    # --- loading ---
    def activate(self) -> None:
        self.reload()

    def reload(self, then_select: str | None = None) -> None:
        ctx, day = self._ui.app, self._ui.app.today()
        keep = then_select or (self.selected().number if self.selected() else None)

        def load() -> _Queue:
            with ctx.reading() as session:
                role = ""
                if ctx.user_name is not None:
                    role = session.scalar(select(User.role).where(User.name == ctx.user_name)) or ""
                return _Queue(waiting(session, day), role, related_party_cap(session, day))

        self.loading = True
        self._ui.worker.submit(load, lambda q: self._loaded(q, keep), owner=self,
                               label=self.tr("Reading the applications…"))

    def _loaded(self, queue: _Queue, keep: str | None) -> None:
        self.loading = False
        self._cap = queue.cap
        self.role = queue.role
        user = self._ui.app.user_name or "admin"
        who = self.tr("You are working as {user}").format(user=user)
        if queue.role:
            who += f" ({role_label(queue.role)})"
        self.who.setText(who + ". " + self.tr("An application is approved by another user than the one who entered "
                                             "it; a related-party loan also by a pengawas. To approve as someone "
                                             "else, start CoopDesk as that user."))
        self.model.set_rows(queue.rows)
        self.counted.emit(len(queue.rows))
        row = next((i for i, r in enumerate(queue.rows) if r.number == keep), 0 if queue.rows else None)
        if row is not None:
            self.table.selectRow(row)
        self._selection_changed()

    def selected(self) -> LoanSummary | None:
        index = self.table.currentIndex()
        return self.model.row_value(index.row()) if index.isValid() else None

    def select_number(self, number: str) -> bool:
        for i, row in enumerate(self.model.rows):
            if row.number == number:
                self.table.selectRow(i)
                return True
        return False

    def _selection_changed(self) -> None:
        r = self.selected()
        for button in (self.approve_button, self.reject_button, self.disburse_button, self.open_button,
                       self.print_button):
            button.setEnabled(r is not None)
        if r is None:
            self.details.setText(self.tr("No application is waiting.") if not self.loading else "")
            self.warning.hide()
            return
        self.approve_button.setVisible(r.status == "applied")
        self.disburse_button.setVisible(r.status == "approved")
        lang = self._ui.lang
        parts = [f"<b>{r.number}</b> · {r.product_name} · {rate_text(r.rate, r.rate_per, r.method, lang)}",
                 self.tr("Purpose: {purpose}").format(purpose=r.purpose or "-")]
        collateral = r.collateral or "-"
        if r.collateral_value:
            collateral += f" ({format_rupiah(r.collateral_value)})"
        parts.append(self.tr("Collateral: {collateral}").format(collateral=collateral))
        parts.append(self.tr("Cash to pay out: {principal} − fees {fees} = <b>{cash}</b>").format(
            principal=format_rupiah(r.principal), fees=format_rupiah(r.provisi + r.admin_fee + r.withheld),
            cash=format_rupiah(r.cash_paid)))
        if r.approved_by:
            parts.append(self.tr("Approved by {user} on {date}").format(user=r.approved_by,
                                                                       date=format_date(r.approved_on)))
        self.details.setText(" · ".join(parts).replace("Rp ", "Rp\u00a0"))  # an amount never breaks
        if r.related_party:
            if r.principal > self._cap:
                text = self.tr("Related-party loan of {amount}: above the limit of 10% of own capital ({cap}). "
                               "It needs the approval of both the pengurus and the pengawas.").format(
                    amount=format_rupiah(r.principal), cap=format_rupiah(self._cap))
                set_tone(self.warning, "badBanner")
            else:
                text = self.tr("Related-party loan (pengurus, pengawas, their families or businesses): it needs the "
                               "approval of both the pengurus and the pengawas. The limit is 10% of own capital "
                               "({cap}).").format(cap=format_rupiah(self._cap))
                set_tone(self.warning, "banner")
            self.warning.setText(text)
            self.warning.show()
        else:
            self.warning.hide()

    # --- actions ---
    def _open(self) -> None:
        r = self.selected()
        if r is not None:
            self.loan_opened.emit(r.number)

    def approve(self) -> str | None:
        r = self.selected()
        if r is None:
            return None
        self.message.hide()
        try:
            status = loans.approve(self._ui.app, r.number, max(self._ui.app.today(), r.applied_on))
        except ValidationError as exc:
            self.show_message(self.tr("{number} cannot be approved: {reason}").format(
                number=r.number, reason=translate_error(exc)), bad=True)
            return None
        except OperationalError as exc:
            messages.environment_error(self, exc)
            return None
        if status == "approved":
            self.show_message(self.tr("{number} is approved; it can now be paid out.").format(number=r.number))
        else:
            self.show_message(self.tr("{number} has the pengurus approval; the pengawas must approve it too.").format(
                number=r.number))
        self.changed.emit()
        self.reload(then_select=r.number)
        return status

    def show_message(self, text: str, bad: bool = False) -> None:
        self.message.setText(text)
        set_tone(self.message, "badBanner" if bad else "okBanner")
        self.message.show()

    def open_reject(self) -> RejectDialog | None:
        r = self.selected()
        if r is None:
            return None
        dialog = RejectDialog(self._ui, r, self)
        dialog.saved.connect(lambda number: self._done(self.tr("{number} is rejected.").format(number=number)))
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_disbursement(self) -> LoanDisbursementDialog | None:
        r = self.selected()
        if r is None or r.status != "approved":
            return None
        dialog = LoanDisbursementDialog(self._ui, r.number, self)
        number = r.number
        dialog.disbursed.connect(lambda voucher: self._done(self.tr("{number} is paid out with voucher "
                                                                    "{voucher}.").format(number=number,
                                                                                         voucher=voucher)))
        self.dialog = dialog
        dialog.open()
        return dialog

    def print_simulation(self) -> DocumentsDialog | None:
        r = self.selected()
        if r is None:
            return None
        ctx, lang, number, day = self._ui.app, self._ui.lang, r.number, r.applied_on
        path = self._ui.receipt_path(f"simulasi-{number}")
        title = self.tr("Schedule simulation {number}").format(number=number)
        dialog = DocumentsDialog(self._ui, title, [(title, lambda: render_loan_card(ctx, number, day, path, lang),
                                                    True)], self)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _done(self, text: str) -> None:
        self.show_message(text)
        self.changed.emit()
        self.reload()
