"""Dialogs of the fixed-asset page: register an asset (with its depreciation previewed from the
same schedule function month end posts with), and dispose of one (with the gain or loss
worked out before anything is posted)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import OperationalError

from coopdesk.domain.calendar import Month
from coopdesk.domain.depreciation import (
    MAX_LIFE_MONTHS,
    AssetCategory,
    accumulated_at,
    depreciates,
    last_month_before_disposal,
    straight_line,
)
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.money import format_rupiah, parse_rupiah
from coopdesk.reports.asset_register import AssetRow
from coopdesk.services import fixed_assets
from coopdesk.services.fixed_assets import AssetInput
from coopdesk.ui import messages
from coopdesk.ui.context import UiContext
from coopdesk.ui.loan_widgets import LiveErrors, field_box
from coopdesk.ui.widgets import AmountEdit, DateEdit, ErrorLabel, hint, page_title, submit_row


# The context "Assets" is written out in each call: lupdate reads only a literal context.
def category_label(category: AssetCategory) -> str:
    names = {
        AssetCategory.BUILDING: QCoreApplication.translate("Assets", "Building (bangunan)"),
        AssetCategory.VEHICLE: QCoreApplication.translate("Assets", "Vehicle (kendaraan)"),
        AssetCategory.EQUIPMENT: QCoreApplication.translate("Assets", "Equipment (inventaris)"),
        AssetCategory.LAND: QCoreApplication.translate("Assets", "Land (tanah)"),
    }
    return names[category]


def convention_text() -> str:
    """The depreciation rule, as the help text says it (same words as domain/depreciation.py)."""
    return QCoreApplication.translate(
        "Assets", "Straight-line depreciation, posted by month end: (cost - residual value) / useful life each "
        "month; the last month takes the rounding remainder. An asset is depreciated for every month in which the "
        "cooperative owns it on the 15th: bought on the 1st to the 15th, from that month; on the 16th or later, "
        "from the next month. Land is not depreciated.")


def month_text(month: Month) -> str:
    return f"{QLocale().standaloneMonthName(month.month)} {month.year}"


def _optional_amount(edit: AmountEdit, field: str) -> int:
    """An amount that may be left empty (meaning 0)."""
    return parse_rupiah(edit.text() or "0", field, allow_zero=True)


class AddAssetDialog(QDialog):
    """Register an asset: bought from Kas or Bank now, or already owned when the books started."""

    saved = Signal(str)  # the asset's number

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self.number: str | None = None
        self.setWindowTitle(self.tr("Add fixed asset"))
        self.setMinimumWidth(620)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Laptop for the teller, Honda Vario motorbike"))
        self.category = QComboBox()
        for category in (AssetCategory.EQUIPMENT, AssetCategory.VEHICLE, AssetCategory.BUILDING, AssetCategory.LAND):
            self.category.addItem(category_label(category), category.value)
        self.cost = AmountEdit()
        self.day = DateEdit(ui.app.today())
        self.life = QSpinBox()
        self.life.setRange(1, MAX_LIFE_MONTHS)
        self.life.setValue(48)
        self.life.setSuffix(self.tr(" months"))
        self.life.setMaximumWidth(160)
        self.life_hint = QLabel()
        self.life_hint.setObjectName("hint")
        self.residual = AmountEdit()
        self.paid_from = QComboBox()
        self.paid_from.addItem(self.tr("Paid from Kas (1110)"), fixed_assets.CASH)
        self.paid_from.addItem(self.tr("Paid from Bank (1121)"), fixed_assets.BANK)
        self.paid_from.addItem(self.tr("Already owned when the books started (Saldo Awal 3190)"),
                               fixed_assets.OPENING)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setObjectName("okBanner")

        general = ErrorLabel()
        self.errors = LiveErrors(general)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        rows: tuple[tuple[str, str, QWidget, tuple[QWidget, ...]], ...] = (
            ("name", self.tr("Name"), self.name, ()),
            ("category", self.tr("Category"), self.category, ()),
            ("cost", self.tr("Cost (Rp)"), self.cost, ()),
            ("date", self.tr("Acquired on"), self.day, ()),
            ("life", self.tr("Useful life"), self.life, (self.life_hint,)),
            ("residual", self.tr("Residual value (Rp)"), self.residual, ()),
            ("paid_from", self.tr("Paid from"), self.paid_from, ()),
        )
        self._labels: dict[str, QLabel] = {}
        for field, label, widget, extra in rows:
            error = ErrorLabel()
            caption = QLabel(label)
            self._labels[field] = caption
            form.addRow(caption, field_box(widget, error, *extra))
            self.errors.add(field, widget, error)
        self.submit_button, buttons = submit_row(self, self.tr("Save asset"))
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Add fixed asset")))
        layout.addWidget(hint(convention_text()))
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(general)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.category.currentIndexChanged.connect(self._changed)
        self.cost.changed.connect(self._changed)
        self.residual.changed.connect(self._changed)
        self.life.valueChanged.connect(self._changed)
        self.day.dateChanged.connect(self._changed)
        self._changed()
        self.name.setFocus()

    def _category(self) -> AssetCategory:
        return AssetCategory(self.category.currentData())

    def _changed(self) -> None:
        """Keep the form and the preview in step with what is typed (nothing is saved)."""
        land = not depreciates(self._category())
        for field in ("life", "residual"):
            self._labels[field].setVisible(not land)
        self.life.setVisible(not land)
        self.life_hint.setVisible(not land)
        self.residual.setVisible(not land)
        years, months = divmod(self.life.value(), 12)
        self.life_hint.setText(self.tr("{years} years {months} months").format(years=years, months=months)
                               if months else self.tr("{years} years").format(years=years))
        self.preview.setText(self._preview_text(land))
        self.adjustSize()

    def _preview_text(self, land: bool) -> str:
        if land:
            return self.tr("Land is not depreciated: it stays on the books at its cost.")
        cost = self.cost.peek()
        if cost is None:
            return self.tr("Type the cost to see the monthly depreciation.")
        try:
            residual = _optional_amount(self.residual, "residual")
            rows = straight_line(cost, residual, self.life.value(), self.day.value(), self._category())
        except ValidationError:
            return self.tr("These figures give no depreciation schedule; check the cost, residual value and life.")
        first, last = rows[0], rows[-1]
        return self.tr("Depreciation {amount} a month from {first} to {last} (last month {final}); "
                       "{total} in all.").format(amount=format_rupiah(first.amount), first=month_text(first.month),
                                                 last=month_text(last.month), final=format_rupiah(last.amount),
                                                 total=format_rupiah(last.accumulated))

    def submit(self) -> None:
        self.errors.clear()
        try:
            land = not depreciates(self._category())
            data = AssetInput(name=self.name.text(), category=self.category.currentData(),
                              cost=self.cost.value("cost"), acquired_on=self.day.value(),
                              life_months=0 if land else self.life.value(),
                              residual=0 if land else _optional_amount(self.residual, "residual"),
                              paid_from=self.paid_from.currentData())
            done = fixed_assets.register(self._ui.app, data)
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except OperationalError as exc:
            messages.environment_error(self, exc)
            return
        self.number = done.number
        self.saved.emit(done.number)
        self.accept()


class DisposeAssetDialog(QDialog):
    """Sell or scrap an asset; the figures of the disposal entry are shown before it is posted."""

    saved = Signal(str)  # the disposal voucher

    def __init__(self, ui: UiContext, asset: AssetRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self._asset = asset
        self.voucher: str | None = None
        self.setWindowTitle(self.tr("Dispose of asset"))
        self.setMinimumWidth(600)
        self.day = DateEdit(ui.app.today())
        self.proceeds = AmountEdit()
        self.to = QComboBox()
        self.to.addItem(self.tr("Kas (1110)"), fixed_assets.CASH)
        self.to.addItem(self.tr("Bank (1121)"), fixed_assets.BANK)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setObjectName("banner")
        general = ErrorLabel()
        self.errors = LiveErrors(general)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Asset"), QLabel(f"<b>{asset.number}</b> · {asset.name}"))
        form.addRow(self.tr("Cost"), QLabel(format_rupiah(asset.cost)))
        for field, label, widget in (("date", self.tr("Date"), self.day),
                                     ("proceeds", self.tr("Money received (Rp)"), self.proceeds),
                                     ("to", self.tr("Received into"), self.to)):
            error = ErrorLabel()
            form.addRow(label, field_box(widget, error))
            self.errors.add(field, widget, error)
        self.submit_button, buttons = submit_row(self, self.tr("Dispose"))
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Dispose of {number}").format(number=asset.number)))
        layout.addWidget(hint(self.tr("Depreciation still due up to the disposal is posted first (a month counts "
                                      "when the asset is still owned on its 15th). Then the cost and the "
                                      "accumulated depreciation leave the books; money received goes to Kas or "
                                      "Bank; a gain is booked to 4290, a loss to 5280. Leave the money received "
                                      "empty for an asset scrapped for nothing.")))
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addWidget(general)
        layout.addLayout(buttons)
        self.day.dateChanged.connect(self._changed)
        self.proceeds.changed.connect(self._changed)
        self._changed()
        self.proceeds.setFocus()

    def figures(self, day: date, proceeds: int) -> tuple[int, int, int]:
        """(accumulated, book value, gain) on ``day``: the schedule up to the last month counted."""
        a = self._asset
        rows = straight_line(a.cost, a.residual, a.life_months, a.acquired_on, a.category)
        accumulated = accumulated_at(rows, last_month_before_disposal(day))
        return accumulated, a.cost - accumulated, proceeds - (a.cost - accumulated)

    def _changed(self) -> None:
        proceeds = self.proceeds.peek() or 0
        accumulated, book, gain = self.figures(self.day.value(), proceeds)
        if gain > 0:
            outcome = self.tr("gain {amount} (to 4290)").format(amount=format_rupiah(gain))
        elif gain < 0:
            outcome = self.tr("loss {amount} (to 5280)").format(amount=format_rupiah(-gain))
        else:
            outcome = self.tr("no gain or loss")
        self.outcome.setText(self.tr("Accumulated depreciation {accumulated} · book value {book} · {outcome}").format(
            accumulated=format_rupiah(accumulated), book=format_rupiah(book), outcome=outcome))

    def submit(self) -> None:
        self.errors.clear()
        try:
            proceeds = _optional_amount(self.proceeds, "proceeds")
        except ValidationError as exc:
            self.errors.show(exc)
            return
        question = self.tr("Dispose of {number} ({name})? This cannot be undone.").format(
            number=self._asset.number, name=self._asset.name)
        if not messages.confirm(self, self.tr("Dispose of asset"), question, self.tr("Dispose")):
            return
        try:
            done = fixed_assets.dispose(self._ui.app, self._asset.number, self.day.value(), proceeds,
                                        self.to.currentData())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except OperationalError as exc:
            messages.environment_error(self, exc)
            return
        self.voucher = done.voucher
        self.saved.emit(done.voucher)
        self.accept()
