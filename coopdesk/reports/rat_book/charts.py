"""The RAT book's charts, drawn with reportlab.graphics (vector, embedded fonts, no extra
library): grouped bars over the years, a pie of the collectibility classes, budget against
actual.

Amounts on an axis are written the way treasurers write them ("250 rb", "1,5 jt", "2 M");
the exact Rupiah are in the table next to every chart.  Sizes are for an A4 column of text
(about 17 cm): labels at 7-8 pt stay readable when printed.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from coopdesk.reports import pdf_style as ps

# Muted, print-friendly colours that stay apart in greyscale as well (dark, mid, light).
PALETTE = [colors.HexColor(c) for c in ("#1f3a5f", "#7fa7cf", "#c98b2b", "#6b8f4e", "#a33b3b", "#8c8c8c")]
CLASS_COLOURS = [colors.HexColor(c) for c in ("#4f7f4a", "#d7b33d", "#d07a2c", "#a33b3b")]

_UNITS = {
    "id": ((10**12, "T"), (10**9, "M"), (10**6, "jt"), (10**3, "rb")),
    "en": ((10**12, "tn"), (10**9, "bn"), (10**6, "M"), (10**3, "k")),
}


def short_rupiah(amount: float, lang: str = "id") -> str:
    """``1_500_000`` → ``"1,5 jt"``, ``2_000_000_000`` → ``"2 M"``, ``250_000`` → ``"250 rb"``
    (English ``"1.5 M"``, ``"2 bn"``, ``"250 k"``).  The same rule as the home page's charts."""
    sign = "-" if amount < 0 else ""
    value = abs(amount)
    for unit, suffix in _UNITS.get(lang, _UNITS["id"]):
        if value >= unit:
            scaled = value / unit
            text = f"{scaled:.1f}".rstrip("0").rstrip(".") if scaled < 100 else f"{scaled:.0f}"
            return f"{sign}{text.replace('.', ',') if lang == 'id' else text} {suffix}"
    return f"{sign}{value:.0f}"


def count_label(value: float, lang: str = "id") -> str:
    return f"{round(value):,}".replace(",", "." if lang == "id" else ",")


def nice_step(top: float, count: int = 5) -> float:
    """A round step (1, 2, 2,5 or 5 times a power of ten) giving about ``count`` ticks up to ``top``."""
    if top <= 0:
        return 1.0
    raw = top / count
    magnitude = 10 ** math.floor(math.log10(raw))
    return float(next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw))


def _title(drawing: Drawing, text: str, width: float, height: float) -> None:
    ps.register_fonts()
    drawing.add(String(width / 2, height - 11, text, fontName=ps.FONT_BOLD, fontSize=9, textAnchor="middle",
                       fillColor=ps.INK))


def bar_chart(title: str, categories: Sequence[str], series: Sequence[tuple[str, Sequence[int]]], *,
              width: float, height: float = 170, money: bool = True, lang: str = "id",
              colours: Sequence[colors.Color] | None = None) -> Drawing:
    """Grouped vertical bars: one group per category (a year), one bar per series (L / P,
    pokok / wajib / sukarela), a legend under the chart."""
    ps.register_fonts()
    drawing = Drawing(width, height)
    _title(drawing, title, width, height)
    chart = VerticalBarChart()
    legend_h = 16 if len(series) > 1 else 0
    chart.x, chart.y = 46, 20 + legend_h
    chart.width, chart.height = width - chart.x - 10, height - chart.y - 24
    data = [[max(int(v), 0) for v in values] for _, values in series]
    chart.data = data
    top = max((v for row in data for v in row), default=0)
    step = nice_step(top)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(step * math.ceil(top / step), step) if top else step
    chart.valueAxis.valueStep = step
    fmt: Callable[[float], str] = (lambda v: short_rupiah(v, lang)) if money else (lambda v: count_label(v, lang))
    chart.valueAxis.labelTextFormat = fmt
    chart.valueAxis.labels.fontName = ps.FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e7ec")
    chart.valueAxis.strokeColor = colors.HexColor("#c5ccd6")
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.labels.fontName = ps.FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = colors.HexColor("#c5ccd6")
    chart.groupSpacing = 8
    chart.barSpacing = 1.5
    chart.bars.strokeColor = None
    colours = list(colours or PALETTE)
    for i in range(len(series)):
        chart.bars[i].fillColor = colours[i % len(colours)]
    # The value above each bar when there is room (few bars): the reader need not guess from the axis.
    if len(categories) * len(series) <= 15:
        chart.barLabelFormat = lambda v: fmt(v) if v else ""
        chart.barLabels.fontName = ps.FONT
        chart.barLabels.fontSize = 6.2
        chart.barLabels.fillColor = ps.MUTED
        chart.barLabels.nudge = 5
    drawing.add(chart)
    if len(series) > 1:
        legend = Legend()
        legend.x, legend.y = chart.x, 3
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.deltax = 0
        legend.dxTextSpace = 4
        legend.dx = legend.dy = 7
        legend.fontName = ps.FONT
        legend.fontSize = 7.5
        legend.boxAnchor = "sw"
        legend.strokeWidth = 0
        legend.colorNamePairs = [(colours[i % len(colours)], name) for i, (name, _) in enumerate(series)]
        legend.autoXPadding = 14
        drawing.add(legend)
    return drawing


def pie_chart(title: str, slices: Sequence[tuple[str, int]], *, width: float, height: float = 170,
              lang: str = "id", empty_text: str = "") -> Drawing:
    """A pie of the outstanding per collectibility class, the percentages in the legend."""
    ps.register_fonts()
    drawing = Drawing(width, height)
    _title(drawing, title, width, height)
    total = sum(max(v, 0) for _, v in slices)
    if total <= 0:
        drawing.add(String(width / 2, height / 2, empty_text, fontName=ps.FONT, fontSize=8, textAnchor="middle",
                           fillColor=ps.MUTED))
        return drawing
    size = min(height - 36, width / 2 - 20)
    pie = Pie()
    pie.x, pie.y = width / 2 - size - 10, (height - 18 - size) / 2
    pie.width = pie.height = size
    pie.data = [max(v, 0) for _, v in slices]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.8
    pie.startAngle = 90
    pie.direction = "clockwise"
    for i in range(len(slices)):
        pie.slices[i].fillColor = CLASS_COLOURS[i % len(CLASS_COLOURS)]
    drawing.add(pie)
    legend = Legend()
    legend.x, legend.y = width / 2 + 10, pie.y + size / 2 + 10 * len(slices) / 2
    legend.alignment = "right"
    legend.fontName = ps.FONT
    legend.fontSize = 8
    legend.dx = legend.dy = 8
    legend.deltay = 12
    legend.columnMaximum = 10
    legend.strokeWidth = 0
    sep = "," if lang == "id" else "."

    def pct(v: int) -> str:
        return f"{v * 100 / total:.1f}".replace(".", sep) + "%"

    legend.colorNamePairs = [(CLASS_COLOURS[i % len(CLASS_COLOURS)], f"{name}: {pct(v)} ({short_rupiah(v, lang)})")
                             for i, (name, v) in enumerate(slices)]
    drawing.add(legend)
    return drawing
