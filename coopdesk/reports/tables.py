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
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table

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

