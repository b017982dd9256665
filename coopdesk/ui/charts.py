"""Two small charts for the home page, drawn with QPainter (no chart library to install or
ship): a line chart of monthly balances and a horizontal stacked bar of shares.

Both are plain widgets fed plain values; hovering shows the exact figures in a tooltip and
a click emits ``clicked`` (the page decides where that leads).  Amounts on an axis are in
the short form treasurers write ("250 rb", "1,5 jt", "2 M"); exact Rupiah are in the tooltips.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from coopdesk.domain.money import format_rupiah

INK = QColor("#1f3a5f")
MUTED = QColor("#5b6572")
GRID = QColor("#e3e7ec")
AXIS = QColor("#c5ccd6")

_UNITS = {
    "id": ((10**12, "T"), (10**9, "M"), (10**6, "jt"), (10**3, "rb")),
    "en": ((10**12, "tn"), (10**9, "bn"), (10**6, "M"), (10**3, "k")),
}


def short_rupiah(amount: float, lang: str = "id") -> str:
    """``1_500_000`` → ``"1,5 jt"``, ``2_000_000_000`` → ``"2 M"``, ``250_000`` → ``"250 rb"``
    (English: ``"1.5 M"``, ``"2 bn"``, ``"250 k"``).  For axes, where exact Rupiah do not fit."""
    sign = "-" if amount < 0 else ""
    value = abs(amount)
    for unit, suffix in _UNITS.get(lang, _UNITS["id"]):
        if value >= unit:
            scaled = value / unit
            text = f"{scaled:.1f}".rstrip("0").rstrip(".") if scaled < 100 else f"{scaled:.0f}"
            return f"{sign}{text.replace('.', ',') if lang == 'id' else text} {suffix}"
    return f"{sign}{value:.0f}"


def nice_ticks(top: float, count: int = 4) -> list[float]:
    """0 and round steps (1, 2, 2,5 or 5 times a power of ten) up to at least ``top``."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return [step * i for i in range(math.ceil(top / step - 1e-9) + 1)]


@dataclass(frozen=True)
class Series:
    name: str
    colour: str
    values: tuple[int, ...]


class TrendChart(QWidget):
    """Lines of monthly balances, one per series, with a legend and a Rupiah axis."""

    clicked = Signal()

    def __init__(self, lang: str = "id", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.labels: list[str] = []
        self.tips: list[str] = []  # what a month's tooltip says (month name with year)
        self.series: list[Series] = []
        self.empty_text = ""
        self.setMouseTracking(True)
        self.setMinimumSize(360, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(560, 240)

    def set_data(self, labels: Sequence[str], series: Sequence[Series], tips: Sequence[str] | None = None) -> None:
        self.labels = list(labels)
        self.tips = list(tips) if tips is not None else list(labels)
        self.series = list(series)
        self.update()

    # --- geometry ---
    def _plot(self) -> QRectF:
        fm = self.fontMetrics()
        left = max(fm.horizontalAdvance(short_rupiah(t, self._lang)) for t in self._ticks()) + 14
        top = fm.height() + 16  # the legend
        bottom = fm.height() * 2 + 8  # month and year labels
        return QRectF(left, top, max(10, self.width() - left - 12), max(10, self.height() - top - bottom))

    def _ticks(self) -> list[float]:
        top = max((v for s in self.series for v in s.values), default=0)
        return nice_ticks(float(top))

    def _x(self, plot: QRectF, i: int) -> float:
        n = max(len(self.labels), 1)
        return plot.left() + plot.width() * (i + 0.5) / n

    def _index_at(self, x: float) -> int | None:
        if not self.labels:
            return None
        plot = self._plot()
        i = int((x - plot.left()) / (plot.width() / len(self.labels)))
        return i if 0 <= i < len(self.labels) else None

    # --- painting ---
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot, ticks = self._plot(), self._ticks()
        top = ticks[-1] or 1.0
        fm = self.fontMetrics()

        def y(value: float) -> float:
            return plot.bottom() - plot.height() * value / top

        for tick in ticks:
            p.setPen(QPen(GRID if tick else AXIS, 1))
            p.drawLine(QPointF(plot.left(), y(tick)), QPointF(plot.right(), y(tick)))
            p.setPen(MUTED)
            label = short_rupiah(tick, self._lang)
            p.drawText(QRectF(0, y(tick) - fm.height() / 2, plot.left() - 8, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        slot = plot.width() / max(len(self.labels), 1)
        for i, label in enumerate(self.labels):
            month, _, year = label.partition("\n")
            x = self._x(plot, i)
            p.setPen(MUTED)
            p.drawText(QRectF(x - slot / 2, plot.bottom() + 4, slot, fm.height()), Qt.AlignmentFlag.AlignHCenter,
                       month)
            if year:
                p.drawText(QRectF(x - slot, plot.bottom() + 4 + fm.height(), slot * 2, fm.height()),
                           Qt.AlignmentFlag.AlignHCenter, year)
        for s in self.series:
            colour = QColor(s.colour)
            points = [QPointF(self._x(plot, i), y(v)) for i, v in enumerate(s.values)]
            if not points:
                continue
            area = QPainterPath(QPointF(points[0].x(), plot.bottom()))
            for point in points:
                area.lineTo(point)
            area.lineTo(QPointF(points[-1].x(), plot.bottom()))
            fill = QColor(colour)
            fill.setAlpha(28)
            p.fillPath(area, fill)
            p.setPen(QPen(colour, 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
            p.drawPolyline(points)
            p.setBrush(colour)
            for point in points:
                p.drawEllipse(point, 3, 3)
            p.setBrush(Qt.BrushStyle.NoBrush)
        x = plot.left()
        for s in self.series:  # legend
            p.setPen(QPen(QColor(s.colour), 3))
            mid = 4 + fm.height() / 2
            p.drawLine(QPointF(x, mid), QPointF(x + 18, mid))
            p.setPen(INK)
            p.drawText(QPointF(x + 24, 4 + fm.ascent()), s.name)
            x += 24 + fm.horizontalAdvance(s.name) + 22
        if self.empty_text and not any(v for s in self.series for v in s.values):
            p.setPen(MUTED)
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.empty_text)
        p.end()

    # --- interaction ---
    def tooltip_at(self, x: float) -> str:
        i = self._index_at(x)
        if i is None:
            return ""
        lines = [f"<b>{self.tips[i]}</b>"]
        lines += [f"{s.name}: {format_rupiah(s.values[i])}" for s in self.series if i < len(s.values)]
        return "<br>".join(lines)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        text = self.tooltip_at(event.position().x())
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()


@dataclass(frozen=True)
class Share:
    label: str
    amount: int
    detail: str  # e.g. "2 pinjaman"
    fill: str  # segment colour
    badge: tuple[str | None, str | None] = (None, None)  # (background, text) of the label


class ShareBar(QWidget):
    """A horizontal bar split by amount, with a legend line per part: colour, name, detail,
    amount and share of the whole."""

    clicked = Signal()

    def __init__(self, lang: str = "id", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.shares: list[Share] = []
        self.empty_text = ""
        self.setMouseTracking(True)
        self.setMinimumSize(260, 190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(360, 200)

    def set_data(self, shares: Sequence[Share]) -> None:
        self.shares = list(shares)
        self.update()

    @property
    def total(self) -> int:
        return sum(s.amount for s in self.shares)

    def percent(self, amount: int) -> str:
        if not self.total:
            return "–"
        text = f"{100 * amount / self.total:.1f}%"
        return text.replace(".", ",") if self._lang == "id" else text

    def _bar(self) -> QRectF:
        return QRectF(0, 2, max(10, self.width() - 1), 26)

    def _segments(self) -> list[tuple[QRectF, Share]]:
        bar, total = self._bar(), self.total
        out, x = [], bar.left()
        for s in self.shares:
            if total and s.amount > 0:
                width = bar.width() * s.amount / total
                out.append((QRectF(x, bar.top(), width, bar.height()), s))
                x += width
        return out

    def _legend_columns(self) -> tuple[float, float, bool]:
        """(left edge of the amount column, width of the detail column, detail on the same line).

        Columns from the right: share, amount, detail; the names (badges) on the left.  When
        the detail does not fit between them it goes under the name instead."""
        fm = self.fontMetrics()
        pct_width = fm.horizontalAdvance("100,0%") + 4
        amount_width = max((fm.horizontalAdvance(format_rupiah(s.amount)) for s in self.shares), default=0) + 12
        detail_width = max((fm.horizontalAdvance(s.detail) for s in self.shares), default=0) + 12
        badge_width = max((fm.horizontalAdvance(s.label) for s in self.shares), default=0) + 12
        amount_left = self.width() - 1 - pct_width - amount_width
        return amount_left, detail_width, 18 + badge_width + 8 + detail_width <= amount_left

    def _legend_step(self) -> float:
        fm = self.fontMetrics()
        return fm.height() + 9 + (0 if self._legend_columns()[2] else fm.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        bar = self._bar()
        clip = QPainterPath()
        clip.addRoundedRect(bar, 5, 5)
        p.fillPath(clip, QColor("#eceff3"))
        p.setClipPath(clip)
        for rect, s in self._segments():
            p.fillRect(rect, QColor(s.fill))
            pct = self.percent(s.amount)
            if p.fontMetrics().horizontalAdvance(pct) + 8 < rect.width():
                p.setPen(QColor("white"))
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, pct)
        p.setClipping(False)
        if not self.total and self.empty_text:
            p.setPen(MUTED)
            p.drawText(bar, Qt.AlignmentFlag.AlignCenter, self.empty_text)
        fm = self.fontMetrics()
        row = fm.height() + 9
        y = bar.bottom() + 10
        amount_left, detail_width, inline = self._legend_columns()
        step = self._legend_step()
        right = self.width() - 1
        pct_width = fm.horizontalAdvance("100,0%") + 4
        amount_width = right - pct_width - amount_left
        for s in self.shares:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(s.fill))
            p.drawRoundedRect(QRectF(0, y + 4, 12, row - 11), 2, 2)
            background, ink = s.badge
            label_rect = QRectF(18, y, fm.horizontalAdvance(s.label) + 12, row - 3)
            if background:
                p.setBrush(QColor(background))
                p.drawRoundedRect(label_rect, 7, 7)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QColor(ink) if ink else INK)
            p.drawText(label_rect, Qt.AlignmentFlag.AlignCenter, s.label)
            p.setPen(MUTED)
            if inline:
                p.drawText(QRectF(amount_left - detail_width, y, detail_width, row - 3),
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, s.detail)
            else:
                p.drawText(QRectF(24, y + row - 3, max(10, amount_left - 24), fm.height()),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, s.detail)
            p.drawText(QRectF(right - pct_width, y, pct_width, row - 3),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.percent(s.amount))
            p.setPen(INK)
            p.drawText(QRectF(amount_left, y, amount_width, row - 3),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, format_rupiah(s.amount))
            y += step
        p.end()

    def tooltip_at(self, x: float, y: float) -> str:
        for rect, s in self._segments():
            if rect.contains(QPointF(x, y)):
                return f"<b>{s.label}</b><br>{format_rupiah(s.amount)} · {s.detail} · {self.percent(s.amount)}"
        top, step = self._bar().bottom() + 10, self._legend_step()
        i = int((y - top) // step) if y >= top else -1
        if 0 <= i < len(self.shares):  # a legend line
            s = self.shares[i]
            return f"<b>{s.label}</b><br>{format_rupiah(s.amount)} · {s.detail} · {self.percent(s.amount)}"
        return ""

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        text = self.tooltip_at(event.position().x(), event.position().y())
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
