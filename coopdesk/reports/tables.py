"""Ruled tables of figures for the A4 documents (kartu angsuran, arrears list, portfolio).

Columns are as wide as what they hold: figures and dates never wrap (a wrapped amount is
misread), the font shrinks a little when a wide loan needs it, and one text column (the
member's name) takes what room is left and wraps when it must.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from coopdesk.reports import pdf_style as ps

Align = Literal["LEFT", "RIGHT", "CENTER"]
RowKind = Literal["data", "group", "subtotal", "total"]

HAIRLINE = colors.HexColor("#c8c8c8")  # between data rows: light, not competing with the figures

_ALIGN = {"LEFT": TA_LEFT, "RIGHT": TA_RIGHT, "CENTER": TA_CENTER}


@dataclass(frozen=True)
class Column:
    title: str
    align: Align = "LEFT"
    wrap: bool = False  # takes the spare width and wraps (a name); figures never wrap


@dataclass(frozen=True)
class Row:
    cells: Sequence[str]
    kind: RowKind = "data"
    color: Any = None  # text colour of the whole row (red for a late installment)


def _cell_width(value: str, size: float, bold: bool) -> float:
    return stringWidth(value, ps.FONT_BOLD if bold else ps.FONT, size)


def _natural(columns: Sequence[Column], rows: Sequence[Row], size: float, padding: float) -> list[float]:
    """Each column's width without wrapping; a header may wrap at its spaces, so it counts
    with its longest word only; a wrapping column counts with a modest minimum."""
    widths = []
    for i, col in enumerate(columns):
        head = max((_cell_width(w, size, True) for w in col.title.split()), default=0)
        body = [_cell_width(r.cells[i], size, r.kind != "data") for r in rows if r.kind != "group"]
        need = max([head, *body]) if not col.wrap else max(head, min(max(body, default=0), 40 * 72 / 25.4))
        widths.append(need + 2 * padding + 0.5)
    return widths


def grid(columns: Sequence[Column], rows: Sequence[Row], width: float, *, size: float = 8, min_size: float = 6.5,
         padding: float = 2.5, repeat_header: bool = True) -> Table:
    """A table with a shaded header row, light rules, bold subtotal / total rows and
    group rows spanning the whole width (e.g. "Macet: 3 pinjaman")."""
    ps.register_fonts()
    while size > min_size and sum(_natural(columns, rows, size, padding)) > width:
        size -= 0.25
    natural = _natural(columns, rows, size, padding)
    spare = width - sum(natural)
    wrapping = [i for i, c in enumerate(columns) if c.wrap]
    widths = list(natural)
    if spare >= 0:
        # The wrapping column first grows to hold its longest value on one line; what is
        # left is spread over every column, so figures get air between them.
        for i in wrapping:
            longest = max((_cell_width(r.cells[i], size, r.kind != "data") for r in rows if r.kind != "group"),
                          default=0) + 2 * padding + 0.5
            grow = min(max(longest - widths[i], 0), spare)
            widths[i] += grow
            spare -= grow
        widths = [w + spare / len(widths) for w in widths]
    else:
        # Still too wide at the smallest size: the wrapping column gives up the difference.
        for i in wrapping:
            widths[i] = max(widths[i] + spare, 18 * 72 / 25.4)
    head_styles = {a: ps.style(f"grid-head-{a}", size, bold=True, align=_ALIGN[a], leading=size * 1.15)
                   for a in _ALIGN}
    data: list[list[Any]] = [[Paragraph(ps.text(c.title), head_styles[c.align]) for c in columns]]
    commands: list[tuple[Any, ...]] = [
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), size * 1.2),
        ("BACKGROUND", (0, 0), (-1, 0), ps.SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ps.RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, ps.RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
    ]
    for i, col in enumerate(columns):
        commands.append(("ALIGN", (i, 1), (i, -1), col.align))
    for r, row in enumerate(rows, start=1):
        if row.kind == "group":
            data.append([Paragraph(f"<b>{ps.text(row.cells[0])}</b>", ps.style("grid-group", size))]
                        + [""] * (len(columns) - 1))
            commands += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), ps.SHADE),
                         ("TOPPADDING", (0, r), (-1, r), 4)]
            continue
        cells: list[Any] = []
        bold = row.kind != "data"
        for col, value in zip(columns, row.cells, strict=True):
            if col.wrap:
                cell_style = ps.style(f"grid-wrap-{int(bold)}", size, bold=bold, leading=size * 1.15,
                                      color=row.color or ps.INK)
                cells.append(Paragraph(ps.text(value), cell_style))
            else:
                cells.append(value)
        data.append(cells)
        if row.color is not None:
            commands.append(("TEXTCOLOR", (0, r), (-1, r), row.color))
        if bold:
            commands.append(("FONTNAME", (0, r), (-1, r), ps.FONT_BOLD))
        if row.kind == "subtotal":
            commands.append(("LINEABOVE", (0, r), (-1, r), 0.5, ps.MUTED))
        elif row.kind == "total":
            commands += [("LINEABOVE", (0, r), (-1, r), 0.8, ps.RULE), ("LINEBELOW", (0, r), (-1, r), 0.8, ps.RULE),
                         ("TOPPADDING", (0, r), (-1, r), 3), ("BOTTOMPADDING", (0, r), (-1, r), 3.5)]
        else:
            commands.append(("LINEBELOW", (0, r), (-1, r), 0.25, HAIRLINE))
    table = Table(data, colWidths=widths, repeatRows=1 if repeat_header else 0, hAlign="LEFT")
    table.setStyle(ps.table_style(commands))
    return table


class PagedTable(Flowable):
    """A long ruled table (a year of Kas is 300.000 lines) laid out one page at a time.

    reportlab splits a Table by copying what is left of it, page after page: a month of a
    big cooperative's Kas (30.000 lines) took seven minutes.  Here every row's height is
    known in advance (the description is wrapped once, to the column width), so each page
    takes the rows that fit and draws them as a small table under the repeated header; the
    rest waits for the next page without being copied.  The last three rows (the last line,
    the totals and the closing balance) never go to a page on their own.
    """

    SIZE, LEADING, TOP, BOTTOM, PAD = 7.5, 9.0, 1.6, 2.2, 2.5

    def __init__(self, titles: Sequence[str], rows: Sequence[Sequence[str]], kinds: Sequence[str], width: float, *,
                 memo_column: int | tuple[int, ...], first_figure: int, start: int = 0, layout: Any = None) -> None:
        super().__init__()
        self.titles, self.rows, self.kinds, self.width = titles, rows, kinds, width
        # The columns that wrap (the description; a cash book also the counter-account)
        # share the width the other columns leave.
        self.memo_column = memo_column
        self.wrapping = (memo_column,) if isinstance(memo_column, int) else tuple(memo_column)
        self.first_figure, self.start = first_figure, start
        self.layout = layout or self._layout()
        self._fits: Any = None

    def _layout(self) -> dict[str, Any]:
        ps.register_fonts()
        size, pad = self.SIZE, self.PAD
        widths = []
        for c, title in enumerate(self.titles):
            head = max(stringWidth(w, ps.FONT_BOLD, size) for w in title.split())
            body = 0.0 if c in self.wrapping else max(
                (stringWidth(r[c], ps.FONT_BOLD if k != "data" else ps.FONT, size)
                 for r, k in zip(self.rows, self.kinds, strict=True)), default=0)
            widths.append(max(head, body) + 2 * pad + 0.5)
        fixed = sum(w for c, w in enumerate(widths) if c not in self.wrapping)
        spare = max(self.width - fixed, 30 * mm * len(self.wrapping))
        for c in self.wrapping:  # the first wrapping column (the description) gets the larger share
            share = 1.0 if len(self.wrapping) == 1 else 0.6 if c == self.wrapping[0] else 0.4 / (len(self.wrapping) - 1)
            widths[c] = spare * share
        wrapped: dict[int, list[list[str]]] = {
            c: [simpleSplit(r[c], ps.FONT_BOLD if k != "data" else ps.FONT, size, widths[c] - 2 * pad) or [""]
                for r, k in zip(self.rows, self.kinds, strict=True)]
            for c in self.wrapping}
        heights = [max(len(wrapped[c][i]) for c in self.wrapping) * self.LEADING + self.TOP + self.BOTTOM
                   for i in range(len(self.rows))]
        heads = [simpleSplit(t, ps.FONT_BOLD, size, w - 2 * pad) for t, w in zip(self.titles, widths, strict=True)]
        header = max(len(h) for h in heads) * self.LEADING + self.TOP + self.BOTTOM + 1
        suffix = [0.0] * (len(heights) + 1)  # height of rows i.. to the end
        for i in range(len(heights) - 1, -1, -1):
            suffix[i] = suffix[i + 1] + heights[i]
        return {"widths": widths, "wrapped": {c: ["\n".join(m) for m in lines] for c, lines in wrapped.items()},
                "heights": heights, "header": header, "heads": ["\n".join(h) for h in heads], "suffix": suffix}

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.layout["header"] + self.layout["suffix"][self.start]

    def _take(self, height: float) -> int:
        """How many rows from ``start`` fit in ``height`` under the header."""
        heights = self.layout["heights"]
        room, end = height - self.layout["header"], self.start
        while end < len(heights) and room >= heights[end]:
            room -= heights[end]
            end += 1
        if end < len(heights):  # not the last page: leave the last three rows together
            end = min(end, len(heights) - 3)
        return max(end, self.start)

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        end = self._take(availHeight)
        if end == self.start:
            return []
        if end >= len(self.rows):
            return [self._table(self.start, end)]
        rest = PagedTable(self.titles, self.rows, self.kinds, self.width, memo_column=self.memo_column,
                          first_figure=self.first_figure, start=end, layout=self.layout)
        return [self._table(self.start, end), rest]

    def draw(self) -> None:
        table = self._table(self.start, len(self.rows))
        table.wrapOn(self.canv, self.width, self.layout["header"] + self.layout["suffix"][self.start])
        table.drawOn(self.canv, 0, 0)

    def _table(self, start: int, end: int) -> Table:
        lay = self.layout
        data = [lay["heads"]]
        for i in range(start, end):
            cells = list(self.rows[i])
            for c in self.wrapping:
                cells[c] = lay["wrapped"][c][i]
            data.append(cells)
        commands: list[tuple[Any, ...]] = [
            ("FONTSIZE", (0, 0), (-1, -1), self.SIZE), ("LEADING", (0, 0), (-1, -1), self.LEADING),
            ("FONTNAME", (0, 0), (-1, 0), ps.FONT_BOLD),
            ("BACKGROUND", (0, 0), (-1, 0), ps.SHADE),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, ps.RULE), ("LINEBELOW", (0, 0), (-1, 0), 0.8, ps.RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("ALIGN", (self.first_figure, 0), (-1, -1), "RIGHT"),
            ("TOPPADDING", (0, 0), (-1, -1), self.TOP), ("BOTTOMPADDING", (0, 0), (-1, -1), self.BOTTOM),
            ("LEFTPADDING", (0, 0), (-1, -1), self.PAD), ("RIGHTPADDING", (0, 0), (-1, -1), self.PAD),
        ]
        for r, i in enumerate(range(start, end), start=1):
            kind = self.kinds[i]
            if kind == "data":
                commands.append(("LINEBELOW", (0, r), (-1, r), 0.25, HAIRLINE))
                continue
            commands.append(("FONTNAME", (0, r), (-1, r), ps.FONT_BOLD))
            if kind == "subtotal":
                commands.append(("LINEABOVE", (0, r), (-1, r), 0.5, ps.MUTED))
            else:
                commands += [("LINEABOVE", (0, r), (-1, r), 0.8, ps.RULE), ("LINEBELOW", (0, r), (-1, r), 0.8, ps.RULE)]
        heights = [lay["header"], *lay["heights"][start:end]]
        table = Table(data, colWidths=lay["widths"], rowHeights=heights, hAlign="LEFT")
        table.setStyle(ps.table_style(commands))
        return table
