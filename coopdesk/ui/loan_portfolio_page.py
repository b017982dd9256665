"""Kualitas pinjaman: the portfolio on any day.  Collectibility per class with the allowance
(PPAP) each needs, NPL with its Juknis 15/2021 score, aging of arrears, allowance needed
against allowance booked, and the arrears list for the collectors (sortable; Enter or a
double click opens the loan).  Computed on the worker from the same report functions the
PDF and Excel use, so the screen and the paper agree."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.loan_quality import Collectibility
from coopdesk.domain.money import format_rupiah
from coopdesk.reports.arrears_export import ArrearsList, ArrearsRow, arrears_list
from coopdesk.reports.portfolio_report import PortfolioReport, dpd_range, percent, portfolio_report
from coopdesk.ui.context import UiContext
from coopdesk.ui.loan_labels import (
    CLASS_COLOURS,
    CLASS_SEVERITY,
    NPL_COLOURS,
    bucket_label,
    class_label,
    class_short,
    days_text,
    npl_label,
    percent_text,
)
from coopdesk.ui.loan_models import SORT_ROLE, Col, StyledRowsModel
from coopdesk.ui.loan_widgets import (
    DocumentsDialog,
    FigureCard,
    document_path,
    fit_header_columns,
    render_arrears,
    render_portfolio,
)
from coopdesk.ui.style import setup_table
from coopdesk.ui.widgets import DateEdit, format_date, hint


@dataclass(frozen=True)
class PortfolioData:
    report: PortfolioReport
    arrears: ArrearsList


@dataclass(frozen=True)
class _ClassRow:
    cls: Collectibility | None
    label: str
    dpd: str
    count: int
    outstanding: int
    share: str
    rate: Decimal | None
    allowance: int


@dataclass(frozen=True)
class _AgingRow:
    bucket: str
    count: int
    outstanding: int
    share: str


class LoanPortfolioPage(QWidget):
    loan_opened = Signal(str)

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self.data: PortfolioData | None = None
        self.dialog: QDialog | None = None
        self.loading = False
        lang = ui.lang
        self.day = DateEdit(ui.app.today())
        self.show_button = QPushButton(self.tr("Show"))
        self.arrears_pdf = QPushButton(self.tr("Arrears list: PDF"))
        self.arrears_xlsx = QPushButton(self.tr("Excel"))
        self.report_pdf = QPushButton(self.tr("Quality report: PDF"))
        self.report_xlsx = QPushButton(self.tr("Excel"))
        self.arrears_xlsx.setToolTip(self.tr("The arrears list as an Excel workbook"))
        self.report_xlsx.setToolTip(self.tr("The portfolio quality report as an Excel workbook"))

        self.cards = {"loans": FigureCard(self.tr("Running loans")), "npl": FigureCard(self.tr("NPL")),
                      "needed": FigureCard(self.tr("Allowance needed (PPAPWD)")),
                      "booked": FigureCard(self.tr("Allowance booked (1149)")),
                      "difference": FigureCard(self.tr("Allowance difference"))}

        self.class_model = StyledRowsModel([
            Col(self.tr("Class"), lambda r: r.label),
            Col(self.tr("Days late"), lambda r: r.dpd),
            Col(self.tr("Loans"), lambda r: r.count, "count"),
            Col(self.tr("Outstanding"), lambda r: r.outstanding, "money"),
            Col(self.tr("Share"), lambda r: r.share, "count"),
            Col(self.tr("Allowance rate"), lambda r: r.rate, "count",
                show=lambda r: percent_text(r.rate, lang) if r.rate is not None else ""),
            Col(self.tr("Allowance needed"), lambda r: r.allowance, "money"),
        ], self)
        self.class_model.set_colours(lambda r, c: CLASS_COLOURS[r.cls] if c == 0 and r.cls else (None, None))
        self.classes = setup_table(QTableView(), self.class_model, stretch=0)
        fit_header_columns(self.classes, {1: 110, 2: 70, 3: 150, 4: 80, 5: 110, 6: 150})
        self._fix_height(self.classes, 5)

        self.aging_model = StyledRowsModel([
            Col(self.tr("Days overdue"), lambda r: r.bucket),
            Col(self.tr("Loans"), lambda r: r.count, "count"),
            Col(self.tr("Outstanding"), lambda r: r.outstanding, "money"),
            Col(self.tr("Share"), lambda r: r.share, "count"),
        ], self)
        self.aging = setup_table(QTableView(), self.aging_model, stretch=0)
        fit_header_columns(self.aging, {1: 70, 2: 150, 3: 80})
        self._fix_height(self.aging, 7)

        self.arrears_model = StyledRowsModel([
            Col(self.tr("Member"), lambda r: r.member_name, show=lambda r: f"{r.member_number} · {r.member_name}"),
            Col(self.tr("Phone"), lambda r: r.phone),
            Col(self.tr("Loan"), lambda r: r.loan_number),
            Col(self.tr("Late"), lambda r: r.installments_late, "count",
                show=lambda r: self.tr("{n} inst.").format(n=r.installments_late)),
            Col(self.tr("Amount due"), lambda r: r.amount_due, "money"),
            Col(self.tr("Days late"), lambda r: r.dpd, "count", show=lambda r: days_text(r.dpd)),
            Col(self.tr("Class"), lambda r: CLASS_SEVERITY[r.collectibility],
                show=lambda r: class_short(r.collectibility)),
            Col(self.tr("Outstanding"), lambda r: r.outstanding, "money"),
        ], self)
        self.arrears_model.set_colours(lambda r, c: CLASS_COLOURS[r.collectibility] if c == 6 else (None, None))
        self.arrears_model.set_tooltip(lambda r: self.tr("Overdue installments {overdue} + denda {denda}; oldest due "
                                                         "{date}").format(overdue=format_rupiah(r.overdue),
                                                                          denda=format_rupiah(r.denda),
                                                                          date=format_date(r.oldest_due)))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.arrears_model)
        self.proxy.setSortRole(SORT_ROLE)
        self.arrears = setup_table(QTableView(), self.proxy, stretch=0)
        self.arrears.setSortingEnabled(True)
        self.arrears.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # the latest first, as the collectors work
        fit_header_columns(self.arrears, {1: 112, 2: 118, 3: 96, 4: 120, 5: 90, 6: 110, 7: 118})
        self.arrears_title = QLabel(self.tr("Arrears list"))
        self.arrears_title.setObjectName("sectionTitle")
        self.npl_note = hint("")
        self.npl_note.setTextFormat(Qt.TextFormat.RichText)
        self.allowance_note = hint("")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Position at the end of")))
        top.addWidget(self.day)
        top.addWidget(self.show_button)
        top.addStretch(1)
        for button in (self.arrears_pdf, self.arrears_xlsx):
            top.addWidget(button)
        top.addSpacing(12)
        for button in (self.report_pdf, self.report_xlsx):
            top.addWidget(button)
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card, 1)

        quality = QWidget()
        quality_layout = QVBoxLayout(quality)
        class_title = QLabel(self.tr("Collectibility and allowance (PPAP)"))
        class_title.setObjectName("sectionTitle")
        aging_title = QLabel(self.tr("Aging of arrears"))
        aging_title.setObjectName("sectionTitle")
        aging_column = QVBoxLayout()
        aging_column.addWidget(aging_title)
        aging_column.addWidget(self.aging)
        aging_column.addStretch(1)
        notes_column = QVBoxLayout()
        notes_column.addWidget(self.npl_note)
        notes_column.addWidget(self.allowance_note)
        notes_column.addStretch(1)
        lower = QHBoxLayout()
        lower.addLayout(aging_column, 1)
        lower.addSpacing(16)
        lower.addLayout(notes_column, 1)
        quality_layout.addWidget(class_title)
        quality_layout.addWidget(self.classes)
        quality_layout.addLayout(lower, 1)

        arrears_page = QWidget()
        arrears_layout = QVBoxLayout(arrears_page)
        arrears_layout.addWidget(self.arrears_title)
        arrears_layout.addWidget(self.arrears, 1)
        arrears_layout.addWidget(hint(self.tr("Click a title to sort; Enter opens the loan.")))

        self.tabs = QTabWidget()
        self.tabs.addTab(arrears_page, self.tr("Arrears list"))
        self.tabs.addTab(quality, self.tr("Collectibility and aging"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(cards)
        layout.addWidget(self.tabs, 1)

        self.show_button.clicked.connect(self.reload)
        self.day.dateChanged.connect(self.reload)
        self.arrears.activated.connect(self._open_index)
        self.arrears_pdf.clicked.connect(lambda: self.export("arrears", ".pdf"))
        self.arrears_xlsx.clicked.connect(lambda: self.export("arrears", ".xlsx"))
        self.report_pdf.clicked.connect(lambda: self.export("portfolio", ".pdf"))
        self.report_xlsx.clicked.connect(lambda: self.export("portfolio", ".xlsx"))

    @staticmethod
    def _fix_height(view: QTableView, rows: int) -> None:
        header = max(view.horizontalHeader().sizeHint().height(), view.fontMetrics().height() + 12)
        height = header + rows * view.verticalHeader().defaultSectionSize() + 4
        view.setFixedHeight(height)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    # --- loading ---
    def activate(self) -> None:
        self.reload()

    def reload(self) -> None:
        ctx, day = self._ui.app, self.day.value()

        def load() -> PortfolioData:
            with ctx.reading() as session:
                now = ctx.now()
                return PortfolioData(portfolio_report(session, day, printed_at=now),
                                     arrears_list(session, day, printed_at=now))

        self.loading = True
        self.show_button.setEnabled(False)
        self._ui.worker.submit(load, self._loaded, owner=self, label=self.tr("Going through the loans…"))

    def _loaded(self, data: PortfolioData) -> None:
        self.loading = False
        self.show_button.setEnabled(True)
        self.data = data
        report, lang = data.report, self._ui.lang
        total = report.outstanding
        self.cards["loans"].set(format_rupiah(total), self.tr("outstanding of {n} loan(s)").format(n=report.count))
        label = report.npl_label
        self.cards["npl"].set(percent(report.npl, lang), npl_label(label), NPL_COLOURS.get(label, (None, None)))
        self.cards["needed"].set(format_rupiah(report.allowance_needed))
        self.cards["booked"].set(format_rupiah(report.allowance_booked))
        difference = report.allowance_difference
        if difference > 0:
            caption, note = self.tr("Allowance short"), self.tr("month end books it (Dr 5290 / Cr 1149)")
        elif difference < 0:
            caption, note = self.tr("Allowance in excess"), self.tr("month end releases it (Dr 1149 / Cr 5290)")
        else:
            caption, note = self.tr("Allowance difference"), self.tr("none: booked as needed")
        self.cards["difference"].caption.setText(caption)
        self.cards["difference"].set(format_rupiah(abs(difference)), note)
        self.npl_note.setText(self.tr("<b>NPL</b> = (Kurang Lancar + Diragukan + Macet) ÷ outstanding = {bad} ÷ "
                                      "{total} = <b>{ratio}</b>, {label}.<br>Juknis 15/2021: ≤ 5% healthy · 5–10% "
                                      "fairly healthy · 10–15% less healthy · > 15% unhealthy.").format(
            bad=format_rupiah(report.non_performing), total=format_rupiah(total), ratio=percent(report.npl, lang),
            label=npl_label(label)))
        self.allowance_note.setText(self.tr("Allowance: Lancar on the whole outstanding, the other classes on the "
                                            "outstanding less the collateral value. Month end books the difference "
                                            "between what is needed and what is on account 1149."))

        def share(amount: int) -> str:
            return percent(Decimal(amount) / Decimal(total), lang, 1) if total else "–"

        classes = [_ClassRow(c.collectibility, class_label(c.collectibility), dpd_range(c.collectibility, report.rules,
                                                                                       lang),
                             c.count, c.outstanding, share(c.outstanding), c.rate, c.allowance)
                   for c in report.classes]
        self.class_model.set_rows(classes, total=_ClassRow(None, self.tr("Total"), "", report.count, total,
                                                           share(total), None, report.allowance_needed))
        aging = [_AgingRow(bucket_label(a.bucket), a.count, a.outstanding, share(a.outstanding)) for a in report.aging]
        self.aging_model.set_rows(aging)
        rows = list(data.arrears.rows)
        self.arrears_model.set_rows(rows)
        self.arrears_title.setText(self.tr("On {date}: loans late {n} of {running}, to collect {amount}").format(
            date=format_date(report.as_of), n=len(rows), running=report.count,
            amount=format_rupiah(data.arrears.amount_due)))
        self.tabs.setTabText(0, self.tr("Arrears list ({n})").format(n=len(rows)))
        if rows:
            self.arrears.selectRow(0)

    # --- the arrears list ---
    def row_at(self, row: int) -> ArrearsRow | None:
        source = self.proxy.mapToSource(self.proxy.index(row, 0))
        return self.arrears_model.row_value(source.row())

    def _open_index(self, index: QModelIndex) -> None:
        row = self.row_at(index.row())
        if row is not None:
            self.loan_opened.emit(row.loan_number)

    # --- print and export ---
    def export(self, what: str, suffix: str) -> DocumentsDialog:
        ctx, lang, day = self._ui.app, self._ui.lang, self.day.value()
        stamp = day.isoformat()
        if what == "arrears":
            path = document_path(self._ui, f"tunggakan-{stamp}", suffix)
            title = self.tr("Arrears list on {date}").format(date=format_date(day))
            render = lambda: render_arrears(ctx, day, path, lang)  # noqa: E731
        else:
            path = document_path(self._ui, f"kualitas-pinjaman-{stamp}", suffix)
            title = self.tr("Portfolio quality on {date}").format(date=format_date(day))
            render = lambda: render_portfolio(ctx, day, path, lang)  # noqa: E731
        name = title + (" (Excel)" if suffix == ".xlsx" else " (PDF)")
        dialog = DocumentsDialog(self._ui, title, [(name, render, suffix == ".pdf")], self)
        self.dialog = dialog
        dialog.open()
        return dialog
