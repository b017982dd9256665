"""Loan products in Settings: the terms the cooperative offers, listed, added and changed.

A change applies to applications made from then on: a loan keeps the terms it was given.
"""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import OperationalError

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.loan_schedule import MAX_TERM_MONTHS, ROUNDING_UNITS, LoanTerms, Method, RatePer, schedule
from coopdesk.domain.money import format_rupiah, parse_percent, parse_rupiah, round_rupiah
from coopdesk.services import loan_products, savings
from coopdesk.services.loan_products import DEFAULT_PRODUCT, LoanProductInput
from coopdesk.ui import messages
from coopdesk.ui.context import UiContext
from coopdesk.ui.loan_labels import (
    ALLOCATION_ORDERS,
    METHODS,
    OVERPAYMENTS,
    PAYOFF_RULES,
    PENALTY_RULES,
    RATE_PERS,
    method_label,
    order_label,
    overpayment_label,
    payoff_label,
    penalty_label,
    per_label,
    percent_text,
)
from coopdesk.ui.loan_models import Col, StyledRowsModel
from coopdesk.ui.loan_widgets import LiveErrors, fit_header_columns
from coopdesk.ui.style import set_primary, setup_table
from coopdesk.ui.widgets import ErrorLabel, hint

_EXAMPLE_PRINCIPAL = 10_000_000


def _pct(text: str, field: str) -> Decimal:
    return Decimal(0) if not text.strip() else parse_percent(text, field)


def _pct_text(value: Decimal, lang: str) -> str:
    return percent_text(value, lang).removesuffix("%") if value else ""


class LoanProductDialog(QDialog):
    """Add a loan product, or change one (``product`` given: its code cannot change)."""

    def __init__(self, ui: UiContext, product: LoanProductInput | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self._product = product
        self.code_saved: str | None = None
        self.setWindowTitle(self.tr("Change loan product") if product else self.tr("New loan product"))
        self.setMinimumWidth(1040)
        start = product or replace(DEFAULT_PRODUCT, code="", name="")
        lang = ui.lang

        self.code = QLineEdit(start.code)
        self.code.setEnabled(product is None)
        self.code.setMaxLength(20)
        self.code.setMaximumWidth(160)
        self.name = QLineEdit(start.name)
        self.method = QComboBox()
        for code in METHODS:
            self.method.addItem(method_label(code), code)
        self.rate = QLineEdit(percent_text(start.rate, lang).removesuffix("%"))
        self.rate.setMaximumWidth(90)
        self.per = QComboBox()
        for code in RATE_PERS:
            self.per.addItem(per_label(code), code)
        self.term_min = QSpinBox()
        self.term_max = QSpinBox()
        for spin in (self.term_min, self.term_max):
            spin.setRange(0, MAX_TERM_MONTHS)
            spin.setSuffix(self.tr(" months"))
            spin.setMinimumWidth(120)
        self.term_min.setValue(start.term_min)
        self.term_max.setValue(start.term_max)
        self.rounding = QComboBox()
        for unit in ROUNDING_UNITS:
            self.rounding.addItem(format_rupiah(unit), unit)
        self.collateral_required = QCheckBox(self.tr("Collateral (agunan) is required"))
        self.collateral_required.setChecked(start.collateral_required)

        self.provisi = QLineEdit(_pct_text(start.provisi_pct, lang))
        self.admin_pct = QLineEdit(_pct_text(start.admin_pct, lang))
        self.admin_fixed = QLineEdit(format_rupiah(start.admin_fixed, prefix=False) if start.admin_fixed else "")
        self.withheld = QLineEdit(_pct_text(start.withheld_pct, lang))
        for edit in (self.provisi, self.admin_pct, self.withheld):
            edit.setMaximumWidth(90)
            edit.setPlaceholderText("0")
        self.admin_fixed.setMaximumWidth(140)
        self.admin_fixed.setPlaceholderText("0")
        self.withheld_product = QComboBox()
        self.withheld_product.addItem(self.tr("— nothing withheld —"), None)
        for code, name in self._savings_products():
            self.withheld_product.addItem(name, code)

        self.penalty = QComboBox()
        for code in PENALTY_RULES:
            self.penalty.addItem(penalty_label(code), code)
        self.penalty_value = QLineEdit()
        self.penalty_value.setMaximumWidth(110)
        self.penalty_unit = QLabel()
        self.grace = QSpinBox()
        self.grace.setRange(0, 365)
        self.grace.setSuffix(self.tr(" days"))
        self.grace.setValue(start.grace_days)
        self.grace.setMaximumWidth(140)
        self.order = QComboBox()
        for code in ALLOCATION_ORDERS:
            self.order.addItem(order_label(code), code)
        self.overpayment = QComboBox()
        for code in OVERPAYMENTS:
            self.overpayment.addItem(overpayment_label(code), code)
        self.payoff = QComboBox()
        for code in PAYOFF_RULES:
            self.payoff.addItem(payoff_label(code), code)
        for combo, value in ((self.method, start.method), (self.per, start.rate_per), (self.rounding, start.rounding),
                             (self.withheld_product, start.withheld_product), (self.penalty, start.penalty_rule),
                             (self.order, start.allocation_order), (self.overpayment, start.overpayment),
                             (self.payoff, start.payoff_rule)):
            index = combo.findData(value)
            if index < 0 and combo is self.order:  # an order typed on the command line: keep it
                combo.addItem(str(value), value)
                index = combo.count() - 1
            combo.setCurrentIndex(max(index, 0))
        self.penalty_value.setText(self._penalty_text(start.penalty_rule, start.penalty_value))

        general = ErrorLabel()
        self.errors = LiveErrors(general)
        self.example = hint("")

        terms = QFormLayout()
        self._row(terms, "code", self.tr("Code"), self.code)
        self._row(terms, "name", self.tr("Name"), self.name)
        self._row(terms, "method", self.tr("Method"), self.method)
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.rate)
        rate_row.addWidget(QLabel("%"))
        rate_row.addWidget(self.per)
        rate_row.addStretch(1)
        self._row(terms, "rate", self.tr("Interest rate"), rate_row, self.rate, also=("per",))
        term_row = QHBoxLayout()
        term_row.addWidget(self.term_min)
        term_row.addWidget(QLabel(self.tr("to")))
        term_row.addWidget(self.term_max)
        term_row.addStretch(1)
        self._row(terms, "term", self.tr("Term allowed"), term_row, self.term_min)
        self._row(terms, "rounding", self.tr("Round installments up to"), self.rounding)
        terms.addRow("", self.collateral_required)
        terms_box = QGroupBox(self.tr("Terms"))
        terms_box.setLayout(terms)

        fees = QFormLayout()
        self._row(fees, "provisi", self.tr("Provisi (% of principal)"), self.provisi)
        admin_row = QHBoxLayout()
        admin_row.addWidget(self.admin_pct)
        admin_row.addWidget(QLabel(self.tr("% and/or Rp")))
        admin_row.addWidget(self.admin_fixed)
        admin_row.addStretch(1)
        self._row(fees, "admin", self.tr("Administrasi"), admin_row, self.admin_pct)
        withheld_row = QHBoxLayout()
        withheld_row.addWidget(self.withheld)
        withheld_row.addWidget(QLabel(self.tr("% into")))
        withheld_row.addWidget(self.withheld_product, 1)
        self._row(fees, "withheld", self.tr("Withheld savings"), withheld_row, self.withheld,
                  also=("withheld_product",))
        fees.addRow("", hint(self.tr("Fees and withheld savings are taken from the cash paid out.")))
        fees_box = QGroupBox(self.tr("At disbursement"))
        fees_box.setLayout(fees)

        rules = QFormLayout()
        penalty_row = QHBoxLayout()
        penalty_row.addWidget(self.penalty_value)
        penalty_row.addWidget(self.penalty_unit)
        penalty_row.addStretch(1)
        rules.addRow(self.tr("Late penalty (denda)"), self.penalty)
        self._row(rules, "penalty", self.tr("Penalty"), penalty_row, self.penalty_value)
        self._row(rules, "grace", self.tr("Grace period"), self.grace)
        self._row(rules, "allocation order", self.tr("A payment pays"), self.order)
        self._row(rules, "overpayment", self.tr("Overpayment"), self.overpayment)
        self._row(rules, "payoff", self.tr("Early payoff charges"), self.payoff)
        rules_box = QGroupBox(self.tr("Repayments"))
        rules_box.setLayout(rules)

        self.save_button = QPushButton(self.tr("Save"))
        set_primary(self.save_button)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.example, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)

        grid = QGridLayout()
        grid.addWidget(terms_box, 0, 0, 2, 1)
        grid.addWidget(fees_box, 0, 1)
        grid.addWidget(rules_box, 1, 1)
        grid.setColumnStretch(0, 4)
        grid.setColumnStretch(1, 5)
        layout = QVBoxLayout(self)
        if product is not None:
            layout.addWidget(hint(self.tr("Changes apply to applications made from now on; loans already applied "
                                          "for keep their terms.")))
        layout.addLayout(grid)
        layout.addWidget(general)
        layout.addLayout(buttons)

        for edit in (self.rate, self.provisi, self.admin_pct, self.admin_fixed, self.withheld, self.penalty_value):
            edit.textChanged.connect(self._update_example)
        for combo in (self.method, self.per, self.rounding):
            combo.currentIndexChanged.connect(self._update_example)
        self.penalty.currentIndexChanged.connect(self._penalty_changed)
        self._penalty_changed()
        self._update_example()
        (self.name if product else self.code).setFocus()

    def _savings_products(self) -> list[tuple[str, str]]:
        with self._ui.app.reading() as session:
            return [(p.code, p.name) for p in savings.products(session)]

    def _row(self, form: QFormLayout, field: str, label: str, content: QWidget | QHBoxLayout,
             focus: QWidget | None = None, also: tuple[str, ...] = ()) -> None:
        error = ErrorLabel()
        box = QVBoxLayout()
        box.setSpacing(1)
        if isinstance(content, QWidget):
            box.addWidget(content)
        else:
            box.addLayout(content)
        box.addWidget(error)
        form.addRow(label, box)
        widget = focus or content
        assert isinstance(widget, QWidget)
        self.errors.add(field, widget, error)
        for other in also:
            self.errors.add(other, widget, error)

    def _penalty_text(self, rule: str, value: Decimal) -> str:
        if rule == "none" or not value:
            return ""
        if rule == "fixed_day":
            return format_rupiah(int(value), prefix=False)
        return percent_text(value, self._ui.lang).removesuffix("%")

    def _penalty_changed(self) -> None:
        rule = self.penalty.currentData()
        self.penalty_value.setEnabled(rule != "none")
        self.grace.setEnabled(rule != "none")
        self.penalty_unit.setText({"pct_day": "%", "pct_month": "%", "fixed_day": "Rp"}.get(rule, ""))

    # --- reading the form ---
    def data(self) -> LoanProductInput:
        """The product as typed; a ValidationError names the field that cannot be read."""
        rule = self.penalty.currentData()
        penalty_text = self.penalty_value.text()
        if rule == "none":
            penalty = Decimal(0)
        elif rule == "fixed_day":
            penalty = Decimal(parse_rupiah(penalty_text, "penalty", allow_zero=True)) if penalty_text.strip() \
                else Decimal(0)
        else:
            penalty = _pct(penalty_text, "penalty")
        admin_fixed = parse_rupiah(self.admin_fixed.text(), "admin", allow_zero=True) \
            if self.admin_fixed.text().strip() else 0
        withheld = _pct(self.withheld.text(), "withheld")
        return LoanProductInput(
            code=self.code.text().strip(), name=self.name.text().strip(), method=self.method.currentData(),
            rate=parse_percent(self.rate.text(), "rate") if self.rate.text().strip() else Decimal(-1),
            rate_per=self.per.currentData(), term_min=self.term_min.value(), term_max=self.term_max.value(),
            rounding=self.rounding.currentData(), provisi_pct=_pct(self.provisi.text(), "provisi"),
            admin_pct=_pct(self.admin_pct.text(), "admin"), admin_fixed=admin_fixed, withheld_pct=withheld,
            withheld_product=self.withheld_product.currentData() if withheld else None,
            penalty_rule=rule, penalty_value=penalty, grace_days=self.grace.value() if rule != "none" else 0,
            allocation_order=self.order.currentData(), overpayment=self.overpayment.currentData(),
            payoff_rule=self.payoff.currentData(), collateral_required=self.collateral_required.isChecked())

    def _update_example(self) -> None:
        """What a loan of Rp 10.000.000 over 12 months would look like: a check on the figures typed."""
        try:
            data = self.data()
            plan = schedule(LoanTerms(_EXAMPLE_PRINCIPAL, 12, data.rate, Method(data.method), RatePer(data.rate_per),
                                      data.rounding, date(2025, 1, 1)))
        except (ValidationError, ValueError):
            self.example.setText("")
            return
        pct = Decimal(_EXAMPLE_PRINCIPAL) / 100
        fees = round_rupiah(pct * data.provisi_pct) + data.admin_fixed + round_rupiah(pct * data.admin_pct) + \
            round_rupiah(pct * data.withheld_pct)
        self.example.setText(self.tr("Example: {principal} over 12 months → first installment {installment}, "
                                     "total interest {interest}, cash paid out {cash}.").format(
            principal=format_rupiah(_EXAMPLE_PRINCIPAL), installment=format_rupiah(plan.installments[0].total),
            interest=format_rupiah(plan.total_interest), cash=format_rupiah(_EXAMPLE_PRINCIPAL - fees)))

    def submit(self) -> None:
        self.errors.clear()
        try:
            data = self.data()
            if data.rate < 0:
                raise ValidationError("rate", "is required")
            if self._product is None:
                self.code_saved = loan_products.add(self._ui.app, data)
            else:
                loan_products.update(self._ui.app, self._product.code, data)
                self.code_saved = self._product.code
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except OperationalError as exc:
            messages.environment_error(self, exc)
            return
        self.accept()


class LoanProductsPanel(QWidget):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self.dialog: LoanProductDialog | None = None
        lang = ui.lang
        self.model = StyledRowsModel([
            Col(self.tr("Code"), lambda p: p.code),
            Col(self.tr("Name"), lambda p: p.name),
            Col(self.tr("Interest"), lambda p: p.rate, show=lambda p: self.tr("{rate} {per}, {method}; installments "
                                                                             "rounded up to {unit}").format(
                rate=percent_text(p.rate, lang), per=per_label(p.rate_per), method=method_label(p.method).lower(),
                unit=format_rupiah(p.rounding))),
            Col(self.tr("Term"), lambda p: p.term_max, show=lambda p: self.tr("{min}–{max} months").format(
                min=p.term_min, max=p.term_max)),
            Col(self.tr("Fees"), lambda p: self._fees_text(p)),
            Col(self.tr("Late penalty"), lambda p: self._penalty_text(p)),
            Col(self.tr("Collateral"), lambda p: self.tr("required") if p.collateral_required else self.tr("optional")),
        ], self)
        self.table = setup_table(QTableView(), self.model, stretch=1)
        self.table.setWordWrap(True)  # a few products: their terms may take two lines
        fit_header_columns(self.table, {0: 90, 2: 210, 3: 90, 4: 220, 5: 200, 6: 90})
        self.model.modelReset.connect(self.table.resizeRowsToContents)
        self.add_button = QPushButton(self.tr("New loan product…"))
        self.edit_button = QPushButton(self.tr("Change…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("The loan products the cooperative offers. A change applies to applications "
                                      "made from then on; loans already applied for keep the terms they were given. "
                                      "Interest is income when it is paid (cash basis).")))
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self.open_add)
        self.edit_button.clicked.connect(self.open_edit)
        self.table.activated.connect(lambda _index: self.open_edit())
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self._selection_changed()

    def _fees_text(self, p: LoanProductInput) -> str:
        lang = self._ui.lang
        parts = []
        if p.provisi_pct:
            parts.append(self.tr("provisi {pct}").format(pct=percent_text(p.provisi_pct, lang)))
        if p.admin_pct or p.admin_fixed:
            amounts = [x for x in (percent_text(p.admin_pct, lang) if p.admin_pct else "",
                                   format_rupiah(p.admin_fixed) if p.admin_fixed else "") if x]
            parts.append(self.tr("admin {amount}").format(amount=" + ".join(amounts)))
        if p.withheld_pct:
            parts.append(self.tr("withheld {pct}").format(pct=percent_text(p.withheld_pct, lang)))
        return ", ".join(parts) or self.tr("none")

    def _penalty_text(self, p: LoanProductInput) -> str:
        lang = self._ui.lang
        if p.penalty_rule == "none":
            return self.tr("none")
        if p.penalty_rule == "fixed_day":
            amount = self.tr("{amount} per day").format(amount=format_rupiah(int(p.penalty_value)))
        elif p.penalty_rule == "pct_day":
            amount = self.tr("{pct} per day").format(pct=percent_text(p.penalty_value, lang))
        else:
            amount = self.tr("{pct} per month").format(pct=percent_text(p.penalty_value, lang))
        if p.grace_days:
            amount = self.tr("{amount} after {days} days").format(amount=amount, days=p.grace_days)
        return amount

    def reload(self) -> None:
        current = self.selected()
        products = [LoanProductInput(**{f.name: getattr(p, f.name) for f in fields(LoanProductInput)})
                    for p in loan_products.all_products(self._ui.app)]
        self.model.set_rows(products)
        if current is not None:
            self.select_code(current.code)
        elif products:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> LoanProductInput | None:
        index = self.table.currentIndex()
        return self.model.row_value(index.row()) if index.isValid() else None

    def select_code(self, code: str) -> None:
        for i, row in enumerate(self.model.rows):
            if row.code == code:
                self.table.selectRow(i)
                return

    def _selection_changed(self) -> None:
        self.edit_button.setEnabled(self.selected() is not None)

    def open_add(self) -> LoanProductDialog:
        return self._open(LoanProductDialog(self._ui, None, self))

    def open_edit(self) -> LoanProductDialog | None:
        row = self.selected()
        return self._open(LoanProductDialog(self._ui, row, self)) if row else None

    def _open(self, dialog: LoanProductDialog) -> LoanProductDialog:
        def saved() -> None:
            self.reload()
            if dialog.code_saved:
                self.select_code(dialog.code_saved)

        dialog.accepted.connect(saved)
        self.dialog = dialog
        dialog.open()
        return dialog
