"""Beranda: the cooperative at a glance.  Loans first (outstanding, NPL coloured by its Juknis
band, loans late, installments due this week), then members and savings, cash, bank and the
month's result, and two charts: savings and loans over twelve months, and the loan book split
by collectibility.  A bad portfolio also gets a banner at the top, so it cannot be missed.

Every tile opens its list: the page emits ``navigate(target)`` and the main window goes there.
Targets: ``loans``, ``portfolio``, ``loans:late``, ``loans:due_week``, ``members``,
``members:arrears``, ``ledger:<account>`` (a savings control account), ``cashbook:<account>``,
``statements:income``.

The figures are computed on the worker (reports.dashboard: about 3 s at 20.000 members);
while they load, the last ones stay on screen.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopDeskError, ValidationError
from coopdesk.domain.loan_quality import Collectibility
from coopdesk.domain.money import format_rupiah
from coopdesk.reports.dashboard import Dashboard, dashboard
from coopdesk.reports.portfolio_report import percent
from coopdesk.ui.charts import Series, Share, ShareBar, TrendChart
from coopdesk.ui.context import UiContext
from coopdesk.ui.error_texts import error_with_field
from coopdesk.ui.loan_labels import CLASS_COLOURS, NPL_COLOURS, class_short, npl_label
from coopdesk.ui.widgets import banner, format_date, hint, page_title, set_tone

SAVINGS_COLOUR = "#2d5286"
LOANS_COLOUR = "#d9822b"
# Chart shades of the class colours (loan_labels.CLASS_COLOURS: calm green, amber, orange,
# red): the pastel backgrounds the tables use would vanish as areas on a white page.
CLASS_FILLS = {
    Collectibility.LANCAR: "#4a9d63",
    Collectibility.KURANG_LANCAR: "#e0a526",
    Collectibility.DIRAGUKAN: "#e0712a",
    Collectibility.MACET: "#c0392b",
}
ALERT_INK = CLASS_COLOURS[Collectibility.MACET][1]


class FitLabel(QLabel):
    """A figure in large bold type that shrinks (down to ``minimum`` points) rather than be
    cut off when a narrow tile meets a long amount (Rp 66.799.760.000)."""

    def __init__(self, size: float = 15, minimum: float = 9, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._size, self._minimum = size, minimum
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._fit()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _font(self, size: float) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(size)
        font.setBold(True)
        return font

    def _fit(self) -> None:
        size, width = self._size, max(self.width(), 40)
        while size > self._minimum and QFontMetrics(self._font(size)).horizontalAdvance(self.text()) > width:
            size -= 0.5
        self.setFont(self._font(size))
        self.setFixedHeight(QFontMetrics(self._font(self._size)).height() + 2)


class Tile(QFrame):
    """One figure: caption, the figure in large type, a line under it; the whole tile is a
    button (click, or Tab to it and press Enter or Space) that opens the figure's list."""

    clicked = Signal(str)

    def __init__(self, caption: str, target: str, tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.target = target
        self.caption = QLabel(caption)
        self.caption.setObjectName("tileCaption")
        self.caption.setWordWrap(True)
        self.value = FitLabel()
        self.value.setObjectName("tileValue")
        self.value.setText("…")
        self.note = QLabel(" ")
        self.note.setObjectName("tileNote")
        self.note.setWordWrap(True)
        for label in (self.caption, self.value, self.note):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 7)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.setToolTip(tooltip)
        self.setAccessibleName(caption)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.colours: tuple[str | None, str | None] = (None, None)
        self._style()

    def minimumSizeHint(self) -> QSize:
        return QSize(130, super().minimumSizeHint().height())

    def set(self, value: str, note: str = "", colours: tuple[str | None, str | None] = (None, None),
            ink: str | None = None) -> None:
        """``colours`` (background, text) tint the whole tile (NPL band); ``ink`` only the figure."""
        self.value.setText(value)
        self.note.setText(note or " ")
        self.colours = colours if colours != (None, None) else (None, ink)
        self._style()

    def _style(self) -> None:
        background, ink = self.colours
        border = ink if background else "#dde2e8"
        self.setStyleSheet(
            f"QFrame#tile {{ background: {background or 'white'}; border: 1px solid {border}; border-radius: 6px; }}"
            f"QFrame#tile:hover {{ border: 1px solid #2d5286; }}"
            f"QFrame#tile:focus {{ border: 2px solid #2d5286; }}"
            f"QLabel#tileCaption {{ color: {ink if background else '#5b6572'}; }}"
            f"QLabel#tileValue {{ color: {ink or '#1f3a5f'}; }}"
            f"QLabel#tileNote {{ color: {ink if background else '#5b6572'}; }}")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit(self.target)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.target)
            return
        super().keyPressEvent(event)


class DashboardPage(QWidget):
    navigate = Signal(str)

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self.data: Dashboard | None = None
        self.loading = False
        self.loaded_at: datetime | None = None
        lang = ui.lang

        self.title = page_title(self.tr("Home"))
        self.day_label = hint("")
        self.status = hint("")
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Add up the figures again (F5)"))
        self.refresh_button.setShortcut("F5")
        self.alert = banner("badBanner")
        self.alert.setTextFormat(Qt.TextFormat.RichText)
        self.alert.hide()

        self.tiles: dict[str, Tile] = {}

        def tile(key: str, caption: str, target: str, tooltip: str) -> Tile:
            t = Tile(caption, target, tooltip)
            t.clicked.connect(self.navigate)
            self.tiles[key] = t
            return t

        loans_row = [
            tile("loans", self.tr("Loans outstanding"), "loans",
                 self.tr("Principal still owed on all running loans (account 1141). Click for the loan list.")),
            tile("npl", self.tr("NPL (non-performing loans)"), "portfolio",
                 self.tr("(Kurang Lancar + Diragukan + Macet) ÷ outstanding. Juknis 15/2021: ≤ 5% healthy, 5–10% "
                         "fairly healthy, 10–15% less healthy, > 15% unhealthy. Click for the loan quality page.")),
            tile("late", self.tr("Loans late"), "loans:late",
                 self.tr("Loans with an installment past its due date, and what to collect on them today "
                         "(overdue installments and denda). Click for the arrears list.")),
            tile("due", self.tr("Due in the next 7 days"), "loans:due_week",
                 self.tr("Loans with an installment falling due from today to six days from now, not paid yet. "
                         "Click for the list.")),
        ]
        member_row = [
            tile("members", self.tr("Active members"), "members",
                 self.tr("Members with status active today; who joined and who left since 1 January. "
                         "Click for the member list.")),
            tile("arrears", self.tr("Wajib arrears"), "members:arrears",
                 self.tr("Active members who owe simpanan wajib for months already billed by month end, and the "
                         "total they owe. Click for the list.")),
            tile("pokok", "Simpanan Pokok", "ledger:3110", ""),
            tile("wajib", "Simpanan Wajib", "ledger:3120", ""),
            tile("sukarela", "Simpanan Sukarela", "ledger:2111", ""),
        ]
        money_row = [
            tile("cash", self.tr("Cash"), "cashbook:1110",
                 self.tr("Cash on hand according to the books. Click for the cash book.")),
            tile("bank", self.tr("Bank"), "cashbook:1121",
                 self.tr("Bank accounts and deposits (1121 + 1122). Click for the bank book.")),
            tile("income", self.tr("Income this month"), "statements:income",
                 self.tr("All income accounts from the 1st of this month to today. Click for the income statement.")),
            tile("expense", self.tr("Expenses this month"), "statements:income",
                 self.tr("All expense accounts from the 1st of this month to today, including interest on savings "
                         "and the loan allowance booked at month end. Click for the income statement.")),
        ]
        self.loans_title = self._section(self.tr("Loans"))
        self.members_title = self._section(self.tr("Members and savings"))
        self.money_title = self._section(self.tr("Cash and this month"))

        self.trend = TrendChart(lang)
        self.trend.empty_text = self.tr("Nothing posted yet")
        self.split = ShareBar(lang)
        self.split.empty_text = self.tr("No running loans")
        self.split.clicked.connect(lambda: self.navigate.emit("portfolio"))
        self.trend_title = self._section(self.tr("Savings and loans outstanding, last 12 months"))
        self.split_title = self._section(self.tr("Loans by collectibility"))

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.day_label)
        header.addLayout(titles, 1)
        header.addWidget(self.status)
        header.addWidget(self.refresh_button)

        body = QWidget()
        body.setObjectName("dashboardBody")
        body.setStyleSheet("QWidget#dashboardBody { background: transparent; }")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 4, 0)
        column.setSpacing(5)
        column.addWidget(self.alert)
        for title, row in ((self.loans_title, loans_row), (self.members_title, member_row),
                           (self.money_title, money_row)):
            column.addWidget(title)
            line = QHBoxLayout()
            line.setSpacing(10)
            for t in row:
                line.addWidget(t, 1)
            column.addLayout(line)
        charts = QHBoxLayout()
        charts.setSpacing(10)
        charts.addWidget(self._box(self.trend_title, self.trend), 3)
        charts.addWidget(self._box(self.split_title, self.split), 2)
        column.addSpacing(4)
        column.addLayout(charts, 1)

        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.viewport().setAutoFillBackground(False)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)

        self.refresh_button.clicked.connect(self.reload)
        self.alert.linkActivated.connect(self.navigate)

    @staticmethod
    def _section(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("sectionTitle")
        return label

    @staticmethod
    def _box(title: QLabel, *widgets: QWidget) -> QFrame:
        frame = QFrame()
        frame.setObjectName("card")
        box = QVBoxLayout(frame)
        box.setContentsMargins(12, 6, 12, 10)
        title.setStyleSheet("margin-top: 0px;")
        box.addWidget(title)
        for w in widgets:
            box.addWidget(w, 1 if isinstance(w, TrendChart | ShareBar) else 0)
        return frame

    # --- loading ---
    def activate(self) -> None:
        self.reload()

    def reload(self) -> None:
        if self.loading:  # one refresh at a time: the worker is shared with every page
            return
        ctx, today = self._ui.app, self._ui.app.today()

        def load() -> Dashboard:
            with ctx.reading() as session:
                return dashboard(session, today)

        self.loading = True
        self.refresh_button.setEnabled(False)
        self.status.setText(self.tr("Updating the figures…"))
        # No progress dialog: the last figures stay readable while the new ones are added up.
        self._ui.worker.submit(load, self._loaded, on_error=self._failed, owner=self)

    def _failed(self, exc: CoopDeskError) -> None:
        self.loading = False
        self.refresh_button.setEnabled(True)
        self.status.setText(error_with_field(exc) if isinstance(exc, ValidationError) else str(exc))

    def _loaded(self, d: Dashboard) -> None:
        self.loading = False
        self.refresh_button.setEnabled(True)
        self.data = d
        self.loaded_at = self._ui.app.now()
        self.status.setText(self.tr("Figures of {time}").format(time=self.loaded_at.strftime(
            "%H.%M" if self._ui.lang == "id" else "%H:%M")))
        self.title.setText(d.coop_name or "CoopDesk")
        self.day_label.setText(long_date(d.today))
        self._show_loans(d)
        self._show_members(d)
        self._show_money(d)
        self._show_charts(d)

    def _count(self, n: int) -> str:
        return f"{n:,}".replace(",", ".") if self._ui.lang == "id" else f"{n:,}"

    def _show_loans(self, d: Dashboard) -> None:
        lang = self._ui.lang
        self.tiles["loans"].set(format_rupiah(d.loans_outstanding),
                                self.tr("{n} running loan(s)").format(n=self._count(d.loans_count)))
        band = NPL_COLOURS.get(d.npl_label, (None, None)) if d.loans_count else (None, None)
        self.tiles["npl"].set(percent(d.npl, lang), npl_label(d.npl_label) if d.loans_count else
                              self.tr("no running loans"), band)
        self.tiles["late"].set(self._count(d.late_count),
                               self.tr("{amount} to collect").format(amount=format_rupiah(d.late_amount))
                               if d.late_count else self.tr("none: every installment paid on time"),
                               ink=ALERT_INK if d.late_count else None)
        self.tiles["due"].set(self._count(d.due_count),
                              self.tr("{amount} until {date}").format(amount=format_rupiah(d.due_amount),
                                                                      date=format_date(d.due_until)))
        bad = d.loans_count and d.npl_label in ("kurang sehat", "tidak sehat")
        watch = d.loans_count and d.npl_label == "cukup sehat"
        if bad or watch:
            set_tone(self.alert, "badBanner" if bad else "banner")
            self.alert.setText(self.tr(
                "<b>Loan quality: {label}.</b> NPL {npl}: {bad} of {total} outstanding is Kurang Lancar, "
                "Diragukan or Macet. {late} loan(s) late with {amount} to collect. "
                "<a href=\"loans:late\">Open the arrears list</a>").format(
                label=npl_label(d.npl_label), npl=percent(d.npl, lang), bad=format_rupiah(d.non_performing),
                total=format_rupiah(d.loans_outstanding), late=self._count(d.late_count),
                amount=format_rupiah(d.late_amount)))
            self.alert.show()
        else:
            self.alert.hide()

    def _show_members(self, d: Dashboard) -> None:
        self.members_title.setText(self.tr("Members and savings · all savings {amount}").format(
            amount=format_rupiah(d.savings_total)))
        self.tiles["members"].set(self._count(d.members_active),
                                  self.tr("{joined} joined, {left} left this year").format(
                                      joined=self._count(d.members_joined), left=self._count(d.members_left)))
        self.tiles["arrears"].set(self._count(d.arrears_members),
                                  self.tr("members owe {amount}").format(amount=format_rupiah(d.arrears_amount)),
                                  ink=ALERT_INK if d.arrears_members else None)
        for figure in d.savings:
            t = self.tiles.get(figure.code)
            if t is None:
                continue
            t.caption.setText(figure.name)
            t.target = f"ledger:{figure.account}"
            share = percent(Decimal(figure.balance) / Decimal(d.savings_total), self._ui.lang, 1) \
                if d.savings_total else "–"
            t.set(format_rupiah(figure.balance), self.tr("{share} of all savings").format(share=share))
            t.setToolTip(self.tr("What the members hold as {name} (account {account}). Click for the "
                                 "account's ledger.").format(name=figure.name, account=figure.account))

    def _show_money(self, d: Dashboard) -> None:
        month = QLocale().toString(QDate(d.today.year, d.today.month, 1), "MMMM yyyy")
        self.money_title.setText(self.tr("Cash and {month}").format(month=month))
        self.tiles["cash"].target = f"cashbook:{d.cash_account}"
        self.tiles["cash"].set(format_rupiah(d.cash), self.tr("account {code}").format(code=d.cash_account),
                               ink=ALERT_INK if d.cash < 0 else None)
        self.tiles["bank"].set(format_rupiah(d.bank), self.tr("accounts 1121 + 1122"))
        period = self.tr("1 to {date}").format(date=format_date(d.today))
        self.tiles["income"].set(format_rupiah(d.income_month), period)
        result = d.month_result
        self.tiles["expense"].set(format_rupiah(d.expense_month), self.tr("result so far {amount}").format(
            amount=format_rupiah(result)))

    def _show_charts(self, d: Dashboard) -> None:
        locale = QLocale()
        labels, tips = [], []
        for i, point in enumerate(d.trend):
            name = locale.monthName(point.month.month, QLocale.FormatType.ShortFormat)
            year = str(point.month.year) if i == 0 or point.month.month == 1 else ""
            labels.append(f"{name}\n{year}" if year else name)
            when = locale.toString(QDate(point.day.year, point.day.month, point.day.day), "d MMMM yyyy")
            tips.append(when)
        self.trend.set_data(labels, [
            Series(self.tr("Members' savings"), SAVINGS_COLOUR, tuple(p.savings for p in d.trend)),
            Series(self.tr("Loans outstanding"), LOANS_COLOUR, tuple(p.loans for p in d.trend)),
        ], tips)
        self.split.set_data([
            Share(class_short(c.collectibility), c.outstanding,
                  self.tr("{n} loan(s)").format(n=self._count(c.count)), CLASS_FILLS[c.collectibility],
                  CLASS_COLOURS[c.collectibility])
            for c in d.classes])


def long_date(day: date) -> str:
    """``"Kamis, 20 November 2025"`` in the app's language (the default locale follows it)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd, d MMMM yyyy")
