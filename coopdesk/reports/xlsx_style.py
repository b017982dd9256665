"""What the Excel exports share: a title block, a bold frozen header row, Rupiah cells that
stay numbers, totals as SUM formulas, sane column widths.

Amounts are written as ``int`` (whole Rupiah) with the number format ``"Rp" #,##0``, so the
treasurer can add, filter and chart them; rates are ``Decimal`` fractions shown as percent.
Nothing is written as a float.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from coopdesk.domain.errors import ValidationError

RUPIAH = '"Rp" #,##0'
PERCENT = "0.00%"
PERCENT_SHORT = "0.0%"
DATE = "dd/mm/yyyy"  # day first, as Indonesians write it
INTEGER = "0"

Kind = Literal["text", "rupiah", "int", "date", "percent"]
_FORMATS = {"rupiah": RUPIAH, "int": INTEGER, "date": DATE, "percent": PERCENT_SHORT}

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=13)
MUTED = Font(color="555555", size=9)
HEADER_FILL = PatternFill("solid", fgColor="E8E8E8")
TOTAL_BORDER = Border(top=Side(style="thin"), bottom=Side(style="double"))
HEADER_BORDER = Border(bottom=Side(style="thin"))


@dataclass(frozen=True)
class XColumn:
    title: str
    kind: Kind = "text"
    width: float = 12  # in Excel's character units
    total: bool = False  # a SUM in the totals row
    align: str | None = None  # "center" for small counts next to text; default: numbers right, text left


def ensure_target(path: Path) -> Path:
    """Refuse early, with a field name, a target folder that does not exist."""
    path = Path(path)
    if not path.parent.is_dir():
        raise ValidationError("xlsx", "folder {folder} does not exist", folder=str(path.parent))
    return path


def title_block(ws: Worksheet, lines: Sequence[str]) -> int:
    """Title lines at the top (the first bold and larger); returns the next free row, one
    blank row after them."""
    for i, line in enumerate(lines, start=1):
        cell = ws.cell(row=i, column=1, value=line)
        cell.font = TITLE if i == 1 else MUTED
    return len(lines) + 2


def table(ws: Worksheet, first_row: int, columns: Sequence[XColumn], rows: Sequence[Sequence[Any]], *,
          totals_label: str | None = None, label_column: int = 1, freeze: bool = True,
          autofilter: bool = True, set_widths: bool = True) -> tuple[int, int | None]:
    """A header row, the data rows and, when ``totals_label`` is given, a totals row with a
    SUM over each column marked ``total``.  Returns (header row, totals row or None).
    ``set_widths=False`` keeps the widths of a table above in the same columns."""
    header = first_row
    for c, col in enumerate(columns, start=1):
        cell = ws.cell(row=header, column=c, value=col.title)
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.border = HEADER_BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal=_horizontal(col))
        if set_widths:
            ws.column_dimensions[get_column_letter(c)].width = col.width
    for r, values in enumerate(rows, start=header + 1):
        for c, (col, value) in enumerate(zip(columns, values, strict=True), start=1):
            cell = ws.cell(row=r, column=c, value=value)
            if col.kind in _FORMATS:
                cell.number_format = _FORMATS[col.kind]
            if col.align:
                cell.alignment = Alignment(horizontal=col.align)
    last = header + len(rows)
    totals = None
    if totals_label is not None:
        totals = last + 1
        ws.cell(row=totals, column=label_column, value=totals_label)
        for c, col in enumerate(columns, start=1):
            cell = ws.cell(row=totals, column=c)
            if col.total:
                letter = get_column_letter(c)
                cell.value = f"=SUM({letter}{header + 1}:{letter}{last})" if rows else 0
                cell.number_format = _FORMATS.get(col.kind, "General")
            cell.font = BOLD
            cell.border = TOTAL_BORDER
    if freeze:
        ws.freeze_panes = ws.cell(row=header + 1, column=1)
    if autofilter and rows:
        ws.auto_filter.ref = f"A{header}:{get_column_letter(len(columns))}{last}"
    ws.row_dimensions[header].height = 30
    return header, totals


def _horizontal(col: XColumn) -> str:
    if col.align:
        return col.align
    return "right" if col.kind in ("rupiah", "int", "percent") else "left"


def new_workbook() -> Workbook:
    workbook = Workbook()
    workbook.properties.creator = "CoopDesk"
    return workbook


def save(workbook: Workbook, path: Path) -> Path:
    path = ensure_target(Path(path))
    workbook.save(str(path))
    return path


def page_setup(ws: Worksheet, *, landscape: bool = True, header_row: int | None = None) -> None:
    """Print on A4, fitted to the page width, the header row repeated on every page."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if header_row is not None:
        ws.print_title_rows = f"{header_row}:{header_row}"
