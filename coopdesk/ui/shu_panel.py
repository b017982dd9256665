"""The SHU working sheet of a closed year: allocation, members' part, per-member shares
(sortable, searchable), exports, slips and posting after the RAT."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopDeskError, ValidationError
from coopdesk.domain.money import format_rupiah
from coopdesk.domain.shu import FUND, JASA_MODAL, JASA_USAHA, RESERVE
from coopdesk.reports.shu_sheet import notes
from coopdesk.services import shu
from coopdesk.services.shu import ShuSheet
from coopdesk.ui.context import UiContext
from coopdesk.ui.error_texts import translate_error
from coopdesk.ui.loan_widgets import DocumentsDialog, document_path
from coopdesk.ui.shu_dialogs import PostShuDialog
from coopdesk.ui.shu_models import AllocationModel, MemberFilter, ShuSheetModel
from coopdesk.ui.style import fit_columns, set_primary, setup_table
from coopdesk.ui.widgets import banner, hint, page_title, set_tone


def render_sheet(ui: UiContext, sheet: ShuSheet, path: Path) -> Path:
    """The working sheet as PDF or xlsx (by the suffix); runs on the worker."""
    from coopdesk.reports import pdf_style as ps
    from coopdesk.reports.shu_sheet import render_shu_sheet_pdf, write_shu_sheet_xlsx

    with ui.app.reading() as session:
        coop = ps.coop_info(session)
    if path.suffix == ".xlsx":
        return write_shu_sheet_xlsx(sheet, coop, path, ui.lang)
    return render_shu_sheet_pdf(sheet, coop, path, ui.lang, printed_at=ui.app.now())


def render_slips(ui: UiContext, sheet: ShuSheet, path: Path, per_page: bool = False) -> Path:
    from coopdesk.reports import pdf_style as ps
    from coopdesk.reports.shu_slips import render_shu_slips_pdf

    with ui.app.reading() as session:
        coop = ps.coop_info(session)
        modes = {mid: p.pay_mode for mid, p in shu.payments(session, sheet.year).items()}
    return render_shu_slips_pdf(sheet, coop, path, ui.lang, per_page=per_page, pay_modes=modes,
                                printed_at=ui.app.now())


class ShuPanel(QWidget):
    posted = Signal(int)  # the year, after the SHU was posted or paid

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self.year: int | None = None
        self.sheet: ShuSheet | None = None
        self.loading = False
        self.dialog: DocumentsDialog | PostShuDialog | None = None

        self.title = page_title(self.tr("SHU"))
        self.status = banner("banner")
        self.status.hide()
        self.message = QLabel()
        self.message.setObjectName("banner")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.allocation_model = AllocationModel(self._kind_label, self)
        self.allocation = setup_table(QTableView(), self.allocation_model, stretch=0)
        fit_columns(self.allocation, {1: 60, 2: 80, 3: 150, 4: 150})
        self.allocation.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.notes = hint("")

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search member number or name"))
        self.search.setClearButtonEnabled(True)
        self.export_xlsx = QPushButton(self.tr("Export Excel"))
        self.export_pdf = QPushButton(self.tr("Export PDF"))
        self.slips_button = QPushButton(self.tr("Print slips (PDF)"))
        self.post_button = QPushButton(self.tr("Posting SHU…"))
        set_primary(self.post_button)
        self.model = ShuSheetModel(self)
        self.proxy = MemberFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = setup_table(QTableView(), self.proxy, stretch=1)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        fit_columns(self.table, {0: 60, 2: 110, 3: 105, 4: 100, 5: 62, 6: 110, 7: 105, 8: 100, 9: 62, 10: 115})
        self.totals = QLabel()
        self.totals.setObjectName("sectionTitle")

        content = QWidget()
        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        for button in (self.export_xlsx, self.export_pdf, self.slips_button, self.post_button):
            tools.addWidget(button)
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.summary)
        left.addWidget(self.notes)
        left.addStretch(1)
        top.addLayout(left, 2)
        top.addWidget(self.allocation, 3)
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(top)
        body.addLayout(tools)
        body.addWidget(self.table, 1)
        body.addWidget(self.totals)
        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        closed_page = QWidget()
        closed_layout = QVBoxLayout(closed_page)
        closed_layout.addWidget(self.message)
        closed_layout.addStretch(1)
        self.stack.addWidget(closed_page)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.stack, 1)

        self.search.textChanged.connect(self._search)
        self.export_xlsx.clicked.connect(lambda: self.export(".xlsx"))
        self.export_pdf.clicked.connect(lambda: self.export(".pdf"))
        self.slips_button.clicked.connect(self.print_slips)
        self.post_button.clicked.connect(self.open_post_dialog)
        self._set_enabled(False)

    def _kind_label(self, kind: str) -> str:
        return {RESERVE: self.tr("reserve"), JASA_MODAL: self.tr("to members by capital"),
                JASA_USAHA: self.tr("to members by business"), FUND: self.tr("fund")}.get(kind, kind)

    def _set_enabled(self, on: bool) -> None:
        for button in (self.export_xlsx, self.export_pdf, self.slips_button):
            button.setEnabled(on)
        d = self.sheet.distribution if self.sheet is not None else None
        self.post_button.setEnabled(on and self.sheet is not None and self.sheet.shu > 0
                                    and (d is None or not d.pay_mode))
        self.post_button.setText(self.tr("Pay the members…") if d is not None and not d.pay_mode
                                 else self.tr("Posting SHU…"))

    # --- loading ---
    def set_year(self, year: int) -> None:
        self.year = year
        self.title.setText(self.tr("SHU {year}").format(year=year))
        self.reload()

    def reload(self) -> None:
        if self.year is None:
            return
        ctx, year = self._ui.app, self.year

        def load() -> ShuSheet:
            with ctx.reading() as session:
                return shu.compute(session, year)

        self.loading = True
        self._set_enabled(False)
        self._ui.worker.submit(load, self._loaded, on_error=self._failed, owner=self,
                               label=self.tr("Computing the SHU…"))

    def _failed(self, exc: CoopDeskError) -> None:
        self.loading = False
        self.sheet = None
        self.model.set_rows([])
        self.allocation_model.set_rows([])
        self.status.hide()
        text = translate_error(exc) if isinstance(exc, ValidationError) else str(exc)
        if isinstance(exc, ValidationError) and exc.field == "year" and "not closed" in exc.template:
            text = self.tr("The books of {year} are not closed yet. SHU is shared only from a closed year: run the "
                           "year-end checklist and close {year} first.").format(year=self.year)
        self.message.setText(text)
        self.stack.setCurrentIndex(1)
        self._set_enabled(False)

    def _loaded(self, sheet: ShuSheet) -> None:
        self.loading = False
        self.sheet = sheet
        self.stack.setCurrentIndex(0)
        self.allocation_model.set_rows(sheet.lines)
        frame = 2 * self.allocation.frameWidth()
        self.allocation.setFixedHeight(self.allocation.horizontalHeader().sizeHint().height()
                                       + self.allocation.verticalHeader().length() + frame + 2)
        self.model.set_business_title(self.tr("Principal disbursed") if sheet.business_basis == "principal"
                                      else self.tr("Interest paid"))
        self.model.set_rows(sheet.rows)
        self.summary.setText(self.tr(
            "SHU {year}: <b>{shu}</b><br>from business with members: <b>{member}</b>; with non-members: {nonmember}"
            "<br>Jasa modal pool {jm} · Jasa usaha pool {ju}").format(
            year=sheet.year, shu=format_rupiah(sheet.shu), member=format_rupiah(sheet.member_part),
            nonmember=format_rupiah(sheet.nonmember_part), jm=format_rupiah(sheet.jasa_modal_pool),
            ju=format_rupiah(sheet.jasa_usaha_pool)))
        self.notes.setText("\n".join(notes(sheet, self._ui.lang)))
        self._update_totals()
        self._show_status(sheet)
        self._set_enabled(True)

    def _show_status(self, sheet: ShuSheet) -> None:
        d = sheet.distribution
        self.status.show()
        if sheet.shu <= 0:
            self.status.setText(self.tr("{year} closed without SHU ({shu}): there is nothing to share.").format(
                year=sheet.year, shu=format_rupiah(sheet.shu)))
            set_tone(self.status, "badBanner")
        elif d is None:
            self.status.setText(self.tr("Not posted yet. After the RAT approves the allocation, use "
                                        "\"Posting SHU\"."))
            set_tone(self.status, "banner")
        elif sheet.settings_changed:
            self.status.setText(self.tr("Posted {voucher} (RAT {date}), but the SHU settings were changed since: "
                                        "this sheet is not what was posted. Restore the settings.").format(
                voucher=d.allocation_voucher, date=d.rat_date.strftime("%d/%m/%Y")))
            set_tone(self.status, "badBanner")
        elif not d.pay_mode:
            self.status.setText(self.tr("Posted {voucher} (RAT {date}); the members are not paid yet.").format(
                voucher=d.allocation_voucher, date=d.rat_date.strftime("%d/%m/%Y")))
            set_tone(self.status, "banner")
        else:
            mode = self.tr("in cash") if d.pay_mode == "cash" else self.tr("to simpanan sukarela")
            if d.pay_mode == "sukarela" and d.cash_members:
                mode += self.tr(" ({n} former members in cash)").format(n=d.cash_members)
            self.status.setText(self.tr("Posted {voucher} (RAT {date}); paid {payout} {mode}: {count} members, "
                                        "{amount}.").format(
                voucher=d.allocation_voucher, date=d.rat_date.strftime("%d/%m/%Y"), payout=d.payout_voucher or "-",
                mode=mode, count=d.paid_members, amount=format_rupiah(d.paid_total)))
            set_tone(self.status, "okBanner")

    def _search(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_totals()

    def _update_totals(self) -> None:
        if self.sheet is None:
            self.totals.setText("")
            return
        shown = [self.model.row_value(self.proxy.mapToSource(self.proxy.index(i, 0)).row())
                 for i in range(self.proxy.rowCount())]
        rows = [r for r in shown if r is not None]
        left = self.tr(" · grey: former members (paid in cash)") if any(r.left for r in rows) else ""
        self.totals.setText(self.tr("{shown} of {count} members · jasa modal {jm} · jasa usaha {ju} · total {total}")
                            .format(shown=len(rows), count=len(self.sheet.rows),
                                    jm=format_rupiah(sum(r.jasa_modal.rounded for r in rows)),
                                    ju=format_rupiah(sum(r.jasa_usaha.rounded for r in rows)),
                                    total=format_rupiah(sum(r.total for r in rows))) + left)

    def visible_rows(self) -> list[tuple[str, str]]:
        """(number, name) as shown, in the view's order (for tests)."""
        return [(str(self.proxy.index(i, 0).data()), str(self.proxy.index(i, 1).data()))
                for i in range(self.proxy.rowCount())]

    # --- files ---
    def export(self, suffix: str) -> DocumentsDialog | None:
        sheet = self.sheet
        if sheet is None:
            return None
        ui = self._ui
        path = document_path(ui, f"perhitungan-shu-{sheet.year}", suffix)
        title = self.tr("SHU working sheet {year}").format(year=sheet.year)
        name = title + (" (Excel)" if suffix == ".xlsx" else " (PDF)")
        dialog = DocumentsDialog(ui, title, [(name, lambda: render_sheet(ui, sheet, path), suffix == ".pdf")], self)
        self.dialog = dialog
        dialog.open()
        return dialog

    def print_slips(self) -> DocumentsDialog | None:
        sheet = self.sheet
        if sheet is None:
            return None
        ui = self._ui
        path = document_path(ui, f"slip-shu-{sheet.year}", ".pdf")
        title = self.tr("SHU slips {year}").format(year=sheet.year)
        dialog = DocumentsDialog(ui, title, [(title, lambda: render_slips(ui, sheet, path), True)], self)
        self.dialog = dialog
        dialog.open()
        return dialog

    # --- posting ---
    def open_post_dialog(self) -> PostShuDialog | None:
        if self.sheet is None:
            return None
        dialog = PostShuDialog(self._ui, self.sheet, self)
        dialog.posted.connect(self._posted)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _posted(self, _result: object) -> None:
        if self.year is not None:
            self.posted.emit(self.year)
        self.reload()
