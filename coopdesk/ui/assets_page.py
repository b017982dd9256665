"""Aset tetap: the register of fixed assets on a day (cost, accumulated depreciation booked,
book value), with adding and disposing of an asset and the register as PDF / Excel.  Read on
the worker from the same report function the printed register uses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from coopdesk.domain.money import format_rupiah
from coopdesk.reports.asset_register import AssetRegister, AssetRow, asset_register
from coopdesk.services.context import AppContext
from coopdesk.ui.asset_dialogs import AddAssetDialog, DisposeAssetDialog, category_label, convention_text
from coopdesk.ui.context import UiContext
from coopdesk.ui.loan_widgets import DocumentsDialog, document_path, fit_header_columns
from coopdesk.ui.models import Column, RowsModel
from coopdesk.ui.style import set_primary, setup_table
from coopdesk.ui.widgets import DateEdit, banner, format_date, hint, page_title


def render_register(ctx: AppContext, day_iso: str, path: Path, lang: str, kind: str) -> Path:
    """The register as a PDF or workbook (runs on the worker thread)."""
    from datetime import date

    from coopdesk.reports.asset_register import render_asset_register_pdf, write_asset_register_xlsx

    with ctx.reading() as session:
        data = asset_register(session, date.fromisoformat(day_iso))
    if kind == "xlsx":
        return write_asset_register_xlsx(data, path, lang)
    return render_asset_register_pdf(data, path, lang)


class AssetsPage(QWidget):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self.data: AssetRegister | None = None
        self.loading = False
        self.dialog: QDialog | None = None
        self.day = DateEdit(ui.app.today())
        self.show_button = QPushButton(self.tr("Show"))
        self.add_button = QPushButton(self.tr("Add asset…"))
        set_primary(self.add_button)
        self.dispose_button = QPushButton(self.tr("Dispose…"))
        self.dispose_button.setEnabled(False)
        self.pdf_button = QPushButton(self.tr("Register: PDF"))
        self.xlsx_button = QPushButton(self.tr("Excel"))
        self.status = banner("okBanner")
        self.status.hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.model = RowsModel([
            Column(self.tr("Number"), lambda r: r.number),
            Column(self.tr("Asset"), lambda r: r.name),
            Column(self.tr("Category"), lambda r: category_label(r.category) if r.number else ""),
            Column(self.tr("Acquired"), lambda r: r.acquired_on if r.number else None, "date"),
            Column(self.tr("Life (months)"), lambda r: r.life_months or None, "count"),
            Column(self.tr("Cost"), lambda r: r.cost, "money"),
            Column(self.tr("This month"), lambda r: r.monthly, "money", blank_zero=True),
            Column(self.tr("Accumulated depreciation"), lambda r: r.accumulated, "money"),
            Column(self.tr("Book value"), lambda r: r.book_value, "money"),
        ], self)
        self.table = setup_table(QTableView(), self.model, stretch=1)
        fit_header_columns(self.table, {0: 70, 2: 80, 3: 80, 4: 60, 5: 115, 6: 95, 7: 120, 8: 115})

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Assets held on")))
        top.addWidget(self.day)
        top.addWidget(self.show_button)
        top.addStretch(1)
        top.addWidget(self.add_button)
        top.addWidget(self.dispose_button)
        top.addWidget(self.pdf_button)
        top.addWidget(self.xlsx_button)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Fixed assets")))
        layout.addWidget(hint(convention_text()))
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

        self.show_button.clicked.connect(self.reload)
        self.add_button.clicked.connect(self.add_asset)
        self.dispose_button.clicked.connect(self.dispose_selected)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.dispose_selected())

    def activate(self) -> None:
        self.reload()

    def reload(self) -> None:
        if self.loading:
            return
        day, ctx = self.day.value(), self._ui.app

        def load() -> AssetRegister:
            with ctx.reading() as session:
                return asset_register(session, day)

        self.loading = True
        self.show_button.setEnabled(False)
        self._ui.worker.submit(load, self._loaded, owner=self, label=self.tr("Reading the fixed assets…"))

    def _loaded(self, data: AssetRegister) -> None:
        self.loading = False
        self.show_button.setEnabled(True)
        self.data = data
        total = AssetRow("", self.tr("Total"), data.rows[0].category, data.as_of, data.cost, 0, 0,
                         sum(r.monthly for r in data.rows), data.accumulated, None) if data.rows else None
        self.model.set_rows(list(data.rows), total=total)
        self.summary.setText(self.tr("{count} assets on {date}: cost {cost} · accumulated depreciation {acc} · book "
                                     "value {book}").format(count=len(data.rows), date=format_date(data.as_of),
                                                            cost=format_rupiah(data.cost),
                                                            acc=format_rupiah(data.accumulated),
                                                            book=format_rupiah(data.book_value))
                             if data.rows else self.tr("No fixed assets on {date}.").format(
                                 date=format_date(data.as_of)))
        self._selection_changed()

    def selected(self) -> AssetRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = self.model.row_value(rows[0].row())
        return row if isinstance(row, AssetRow) else None

    def _selection_changed(self) -> None:
        self.dispose_button.setEnabled(self.selected() is not None)

    def select_number(self, number: str) -> bool:
        for i, row in enumerate(self.model.rows):
            if row.number == number:
                self.table.selectRow(i)
                return True
        return False

    def add_asset(self) -> None:
        dialog = AddAssetDialog(self._ui, self)
        self.dialog = dialog
        dialog.saved.connect(lambda number: self._saved(self.tr("Asset {number} added.").format(number=number)))
        dialog.open()

    def dispose_selected(self) -> None:
        asset = self.selected()
        if asset is None:
            return
        dialog = DisposeAssetDialog(self._ui, asset, self)
        self.dialog = dialog
        dialog.saved.connect(lambda voucher: self._saved(self.tr("{number} disposed of with voucher {voucher}.")
                                                         .format(number=asset.number, voucher=voucher)))
        dialog.open()

    def _saved(self, message: str) -> None:
        self.status.setText(message)
        self.status.show()
        self.reload()

    def export(self, kind: str) -> None:
        ctx, lang, day = self._ui.app, self._ui.lang, self.day.value()
        suffix = ".xlsx" if kind == "xlsx" else ".pdf"
        path = document_path(self._ui, f"aset-tetap-{day.isoformat()}", suffix)
        title = self.tr("Fixed asset register")
        dialog = DocumentsDialog(self._ui, title, [(title, lambda: render_register(ctx, day.isoformat(), path, lang,
                                                                                  kind), kind == "pdf")], self)
        self.dialog = dialog
        dialog.open()
