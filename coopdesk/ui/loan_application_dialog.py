"""Loan application (permohonan pinjaman) with a live schedule preview.

The preview is computed while the clerk types by domain.loan_schedule.schedule, the same
function that fixes the schedule at disbursement, and the fees by services.loans.fees_for,
the same function that posts them: what the member is shown is what will be booked.
Terms that cannot be lent are refused next to the field that makes them impossible.
"""

from __future__ import annotations

import itertools
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import OperationalError

from coopdesk.db.models import Loan
from coopdesk.domain.errors import CoopDeskError, ValidationError
from coopdesk.domain.loan_schedule import MAX_TERM_MONTHS, LoanTerms, Method, RatePer, Schedule, schedule
from coopdesk.domain.members import MemberStatus
from coopdesk.domain.money import format_rupiah, parse_rupiah
from coopdesk.services import loan_products, loans, members
from coopdesk.services.loan_products import DEFAULT_PRODUCT
from coopdesk.services.loans import Application, Fees
from coopdesk.ui import messages
from coopdesk.ui.context import UiContext
from coopdesk.ui.documents import DocumentPanel
from coopdesk.ui.loan_labels import method_label, months_text, per_label, percent_text
from coopdesk.ui.loan_models import Col, StyledRowsModel
from coopdesk.ui.loan_widgets import LiveErrors, field_box, fit_header_columns, render_loan_card
from coopdesk.ui.style import set_primary, setup_table
from coopdesk.ui.widgets import AmountEdit, DateEdit, ErrorLabel, banner, format_date, hint, page_title, set_tone


class _Product:
    """What the form needs of a loan product (a plain value, read once)."""

    def __init__(self, row: object) -> None:
        for name in ("id", "code", "name", "method", "rate", "rate_per", "term_min", "term_max", "rounding",
                     "provisi_pct", "admin_pct", "admin_fixed", "withheld_pct", "withheld_product",
                     "collateral_required"):
            setattr(self, name, getattr(row, name))


class LoanApplicationDialog(QDialog):
    applied = Signal(str)  # the new loan's number
    open_loan = Signal(str)

    def __init__(self, ui: UiContext, member: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self._member_fixed = member
        self.number: str | None = None
        self.plan: Schedule | None = None
        self.fees: Fees | None = None
        self.document: DocumentPanel | None = None
        self.setWindowTitle(self.tr("Loan application"))
        self.setMinimumSize(1120, 660)
        products = [_Product(p) for p in loan_products.all_products(ui.app) if p.active]
        # The cooperative's general loan first: it is the one usually asked for.
        self._products = sorted(products, key=lambda p: p.code != DEFAULT_PRODUCT.code)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._form_page())
        self.stack.addWidget(self._done_page())
        QVBoxLayout(self).addWidget(self.stack)
        self._member_changed()
        self._product_changed()
        (self.principal if member else self.member).setFocus()

    # --- the form ---
    def _form_page(self) -> QWidget:
        page = QWidget()
        self.member = QLineEdit(self._member_fixed or "")
        self.member.setPlaceholderText(self.tr("Member number"))
        self.member.setMaximumWidth(200)
        self.member_info = QLabel()
        self.member_info.setWordWrap(True)
        if self._member_fixed:
            self.member.hide()
        self.product = QComboBox()
        for p in self._products:
            self.product.addItem(f"{p.code} · {p.name}", p.code)
        self.product_info = hint("")
        self.principal = AmountEdit()
        self.term = QSpinBox()
        self.term.setRange(1, MAX_TERM_MONTHS)
        self.term.setSuffix(self.tr(" months"))
        self.term.setMaximumWidth(140)
        self.term.setValue(12)
        self.day = DateEdit(self._ui.app.today())
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(self.tr("e.g. modal usaha warung, biaya sekolah"))
        self.collateral = QLineEdit()
        self.collateral.setPlaceholderText(self.tr("e.g. BPKB motor Honda Beat 2019"))
        self.collateral_value = QLineEdit()
        self.collateral_value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.collateral_value.setPlaceholderText("0")
        self.collateral_value.setMaximumWidth(200)
        self.related = QCheckBox(self.tr("Related party"))
        self.related_info = hint(self.tr("Pengurus, pengawas, their families or businesses: the loan needs the "
                                         "approval of both the pengurus and the pengawas, and should not exceed 10% "
                                         "of own capital."))

        general = ErrorLabel()
        self.errors = LiveErrors(general)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        rows: tuple[tuple[str, str, QWidget, tuple[QWidget, ...]], ...] = (
            ("member", self.tr("Member"), self.member, (self.member_info,)),
            ("product", self.tr("Loan product"), self.product, (self.product_info,)),
            ("principal", self.tr("Principal (Rp)"), self.principal, ()),
            ("term", self.tr("Term"), self.term, ()),
            ("date", self.tr("Application date"), self.day, ()),
            ("purpose", self.tr("Purpose"), self.purpose, ()),
            ("collateral", self.tr("Collateral"), self.collateral, ()),
            ("collateral_value", self.tr("Collateral value (Rp)"), self.collateral_value, ()),
        )
        self.error_labels: dict[str, ErrorLabel] = {}
        for field, label, widget, extra in rows:
            error = ErrorLabel()
            form.addRow(label, field_box(widget, error, *extra))
            self.errors.add(field, widget, error)
            self.error_labels[field] = error
        for other in ("rounding", "rate", "method", "per"):  # the product's terms: shown under the product
            self.errors.add(other, self.product, self.error_labels["product"])
        form.addRow("", self.related)
        form.addRow("", self.related_info)

        self.submit_button = QPushButton(self.tr("Save application"))
        set_primary(self.submit_button)
        self.submit_button.setDefault(True)
        self.submit_button.setAutoDefault(True)
        self.submit_button.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(page_title(self.tr("Loan application")))
        left.addLayout(form)
        left.addWidget(general)
        left.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(cancel)
        left.addLayout(buttons)
        left_widget = QWidget()
        left_widget.setLayout(left)
        left_widget.setFixedWidth(470)

        # The preview: what the member will pay each month and receive in cash.
        self.preview_model = StyledRowsModel([
            Col(self.tr("No."), lambda r: r.no, "count"),
            Col(self.tr("Due date"), lambda r: r.due_date, "date",
                show=lambda r: format_date(r.due_date) if isinstance(r.due_date, date) else r.due_date),
            Col(self.tr("Principal"), lambda r: r.principal, "money"),
            Col(self.tr("Interest"), lambda r: r.interest, "money"),
            Col(self.tr("Installment"), lambda r: r.total, "money"),
            Col(self.tr("Outstanding"), lambda r: r.outstanding, "money"),
        ], self)
        self.preview = setup_table(QTableView(), self.preview_model, stretch=None)
        fit_header_columns(self.preview, {0: 44, 1: 96})
        for column in range(2, 6):  # the four amounts share the width
            self.preview.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.preview_note = hint("")
        self.figures = {key: QLabel() for key in ("installment", "last", "interest", "repaid", "principal", "provisi",
                                                   "admin", "withheld", "cash")}
        for _key, label in self.figures.items():
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.figures["cash"].setObjectName("bigAmount")
        self.figures["installment"].setStyleSheet("font-weight: bold;")
        self.withheld_caption = QLabel(self.tr("Withheld into savings"))
        self.provisi_caption = QLabel(self.tr("Provisi"))
        self.admin_caption = QLabel(self.tr("Administrasi"))
        self.installment_caption = QLabel(self.tr("Monthly installment"))
        self.last_caption = QLabel(self.tr("Last installment"))
        pays = QFormLayout()
        pays.addRow(self.installment_caption, self.figures["installment"])
        pays.addRow(self.last_caption, self.figures["last"])
        pays.addRow(self.tr("Total interest"), self.figures["interest"])
        pays.addRow(self.tr("Total to repay"), self.figures["repaid"])
        gets = QFormLayout()
        gets.addRow(self.tr("Principal"), self.figures["principal"])
        gets.addRow(self.provisi_caption, self.figures["provisi"])
        gets.addRow(self.admin_caption, self.figures["admin"])
        gets.addRow(self.withheld_caption, self.figures["withheld"])
        gets.addRow(self.tr("Cash paid out"), self.figures["cash"])
        pays_box = QGroupBox(self.tr("The member repays"))
        pays_box.setLayout(pays)
        gets_box = QGroupBox(self.tr("At disbursement"))
        gets_box.setLayout(gets)
        figures = QHBoxLayout()
        figures.addWidget(pays_box, 1)
        figures.addWidget(gets_box, 1)
        right = QVBoxLayout()
        title = QLabel(self.tr("Schedule preview"))
        title.setObjectName("sectionTitle")
        right.addWidget(title)
        right.addLayout(figures)
        right.addWidget(self.preview, 1)
        right.addWidget(self.preview_note)

        layout = QHBoxLayout(page)
        layout.addWidget(left_widget)
        layout.addLayout(right, 1)

        self.member.textChanged.connect(self._member_changed)
        self.product.currentIndexChanged.connect(self._product_changed)
        self.principal.changed.connect(self.refresh_preview)
        self.term.valueChanged.connect(self.refresh_preview)
        self.day.dateChanged.connect(self.refresh_preview)
        order = [self.member, self.product, self.principal.edit, self.term, self.day, self.purpose, self.collateral,
                 self.collateral_value, self.related, self.submit_button, cancel]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        return page

    def _current_product(self) -> _Product | None:
        code = self.product.currentData()
        return next((p for p in self._products if p.code == code), None)

    def _member_changed(self) -> None:
        number = self.member.text().strip()
        if not number:
            self.member_info.setText("")
            return
        try:
            with self._ui.app.reading() as session:
                found = members.by_number(session, number)
                name, status, phone = found.name, found.status, found.phone
        except CoopDeskError:
            self.member_info.setText(self.tr("No member with this number."))
            set_tone(self.member_info, "fieldError")
            return
        set_tone(self.member_info, "memberInfo")
        text = f"<b>{number} · {name}</b>" + (f" · {phone}" if phone else "")
        if status != MemberStatus.ACTIVE.value:
            text += " · " + self.tr("no longer an active member")
        self.member_info.setText(text)

    def _product_changed(self) -> None:
        p = self._current_product()
        if p is None:
            self.product_info.setText(self.tr("There is no loan product. Add one in Settings → Loan products."))
            self.submit_button.setEnabled(False)
            return
        lang = self._ui.lang
        parts = [f"{method_label(p.method)} {percent_text(p.rate, lang)} {per_label(p.rate_per)}",
                 self.tr("{min}–{max} months").format(min=p.term_min, max=p.term_max)]
        if p.rounding > 1:
            parts.append(self.tr("installments rounded up to {unit}").format(unit=format_rupiah(p.rounding)))
        if p.collateral_required:
            parts.append(self.tr("collateral required"))
        self.product_info.setText(" · ".join(parts))
        self.refresh_preview()

    # --- the live preview ---
    def refresh_preview(self) -> None:
        self.plan = None
        self.fees = None
        p = self._current_product()
        self.errors.clear()
        if p is None:
            return
        if not self.principal.text().strip():
            self._show_plan(None, None)
            self.preview_note.setText(self.tr("Type the principal to see the installments."))
            return
        try:
            principal = self.principal.value("principal")
            term = self.term.value()
            if not p.term_min <= term <= p.term_max:
                raise ValidationError("term", "must be {min} to {max} months for {product}", min=p.term_min,
                                      max=p.term_max, product=p.name)
            plan = schedule(LoanTerms(principal, term, p.rate, Method(p.method), RatePer(p.rate_per), p.rounding,
                                      self.day.value()))
            with self._ui.app.reading() as session:
                fees = loans.fees_for(session, Loan(product_id=p.id, principal=principal))
            if fees.cash_paid(principal) <= 0:
                raise ValidationError("principal", "is too small: fees and withheld amounts take all of it")
        except ValidationError as exc:
            self.errors.show_quietly(exc, fallback="product")
            self._show_plan(None, None)
            self.preview_note.setText(self.tr("These terms cannot be lent; see the message next to the field."))
            return
        self.plan, self.fees = plan, fees
        self._show_plan(plan, fees)

    def _show_plan(self, plan: Schedule | None, fees: Fees | None) -> None:
        if plan is None or fees is None:
            self.preview_model.set_rows([])
            for label in self.figures.values():
                label.setText("-")
            return
        rows = list(plan.installments)
        total = _Total(self.tr("Total"), plan.total_principal, plan.total_interest)
        self.preview_model.set_rows(rows, total=total)
        first, last = rows[0].total, rows[-1].total
        equal = all(r.total == first for r in rows[:-1])
        self.installment_caption.setText(self.tr("Monthly installment") if equal else self.tr("First installment"))
        self.figures["installment"].setText(format_rupiah(first))
        self.figures["last"].setText(format_rupiah(last))
        self.last_caption.setVisible(last != first)
        self.figures["last"].setVisible(last != first)
        self.figures["interest"].setText(format_rupiah(plan.total_interest))
        self.figures["repaid"].setText(format_rupiah(plan.total))
        p = self._current_product()
        assert p is not None
        lang = self._ui.lang
        self.provisi_caption.setText(self.tr("Provisi ({pct})").format(pct=percent_text(p.provisi_pct, lang)))
        self.figures["provisi"].setText(format_rupiah(-fees.provisi) if fees.provisi else format_rupiah(0))
        self.figures["admin"].setText(format_rupiah(-fees.admin) if fees.admin else format_rupiah(0))
        self.figures["withheld"].setText(format_rupiah(-fees.withheld) if fees.withheld else format_rupiah(0))
        self.withheld_caption.setVisible(bool(p.withheld_pct))
        self.figures["withheld"].setVisible(bool(p.withheld_pct))
        self.figures["principal"].setText(format_rupiah(plan.terms.principal))
        self.figures["cash"].setText(format_rupiah(fees.cash_paid(plan.terms.principal)))
        self.preview_note.setText(self.tr("Due dates are counted from the application date here; at disbursement "
                                          "they are fixed one month after the day the money is paid out, with the "
                                          "same installments."))

    # --- saving ---
    def submit(self) -> None:
        self.errors.clear()
        p = self._current_product()
        try:
            number = self.member.text().strip()
            if not number:
                raise ValidationError("member", "is required")
            principal = self.principal.value("principal")
            value_text = self.collateral_value.text().strip()
            collateral_value = parse_rupiah(value_text, "collateral_value", allow_zero=True) if value_text else 0
            self.number = loans.apply(self._ui.app, Application(
                member=number, product=p.code if p else "", principal=principal, term=self.term.value(),
                applied_on=self.day.value(), purpose=self.purpose.text(), collateral=self.collateral.text(),
                collateral_value=collateral_value, related_party=self.related.isChecked()))
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except OperationalError as exc:
            messages.environment_error(self, exc)
            return
        self._show_done(self.number, self.day.value())

    # --- after saving ---
    def _done_page(self) -> QWidget:
        page = QWidget()
        self.done_banner = banner("okBanner")
        self.done_next = hint("")
        self.done_holder = QVBoxLayout()
        self.open_button = QPushButton(self.tr("Open the loan"))
        self.open_button.clicked.connect(self._open_loan)
        self.close_button = QPushButton(self.tr("Done"))
        set_primary(self.close_button)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(page)
        layout.addWidget(page_title(self.tr("Application saved")))
        layout.addWidget(self.done_banner)
        layout.addWidget(self.done_next)
        layout.addLayout(self.done_holder)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _show_done(self, number: str, applied_on: date) -> None:
        member = self.member_info.text()
        self.done_banner.setText(self.tr("Application {number} is saved: {principal} over {term} for {member}.").format(
            number=number, principal=format_rupiah(self.principal.value("principal")),
            term=months_text(self.term.value()), member=member))
        self.done_next.setText(self.tr("Next: another user (not {user}) approves it on the Loans page, then the "
                                       "money is paid out there. The schedule below is a simulation for the "
                                       "member to take home.").format(user=self._ui.app.user_name or "admin"))
        ctx, lang, path = self._ui.app, self._ui.lang, self._ui.receipt_path(f"simulasi-{number}")
        self.document = DocumentPanel(self._ui, self.tr("Schedule simulation (kartu angsuran)"),
                                      lambda: render_loan_card(ctx, number, applied_on, path, lang))
        self.done_holder.addWidget(self.document)
        self.document.start()
        self.stack.setCurrentIndex(1)
        self.setMinimumSize(560, 300)
        self.resize(640, 340)
        self.submit_button.setDefault(False)
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.applied.emit(number)

    def _open_loan(self) -> None:
        if self.number:
            self.accept()
            self.open_loan.emit(self.number)


class _Total:
    """The total row of the preview."""

    def __init__(self, label: str, principal: int, interest: int) -> None:
        self.no = ""
        self.due_date = label
        self.principal = principal
        self.interest = interest
        self.total = principal + interest
        self.outstanding = None
