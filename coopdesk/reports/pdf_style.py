"""What every printed CoopDesk document shares: fonts, dates, letterhead, signatures, footer.

The documents are for Indonesian cooperatives, so the defaults are Indonesian: dates as
"2 Januari 2025", times as "09.00", amounts as "Rp 1.250.000".  English labels exist for
cooperatives that want them (``lang="en"``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy.orm import Session

from coopdesk.domain.errors import ValidationError
from coopdesk.resources import resource
from coopdesk.services import settings

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
LANGS = ("id", "en")

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#333333")
SHADE = colors.HexColor("#f0f0f0")
ALERT = colors.HexColor("#b00020")

_MONTHS = {
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}

_fonts_registered = False


def register_fonts() -> None:
    """Register DejaVu Sans from resources/fonts once per process.

    A TrueType font is embedded (subset) in every PDF, so the receipt looks the same on the
    clerk's PC, the member's phone and the print shop; reportlab's built-in Helvetica is
    neither embedded nor able to draw every character a member's name may contain.
    """
    global _fonts_registered
    if _fonts_registered:
        return
    pdfmetrics.registerFont(TTFont(FONT, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    # No oblique face ships with the app: map italic onto the upright faces so <i> in a
    # paragraph cannot make reportlab fail looking for a font that is not there.
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    _fonts_registered = True


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValidationError("lang", "must be id or en (got {value})", value=lang)
    return lang


def format_date(day: date, lang: str = "id") -> str:
    """``date(2025, 1, 2)`` → ``"2 Januari 2025"`` (``"2 January 2025"`` in English)."""
    return f"{day.day} {_MONTHS[lang][day.month - 1]} {day.year}"


def format_datetime(moment: datetime, lang: str = "id") -> str:
    """Indonesian writes the time with a dot (``09.00``), English with a colon."""
    sep = "." if lang == "id" else ":"
    return f"{format_date(moment.date(), lang)} {moment.hour:02d}{sep}{moment.minute:02d}"


def text(value: object) -> str:
    """Escape user data (names, addresses, memos) for a reportlab Paragraph, which reads markup."""
    return escape(str(value))


@dataclass(frozen=True)
class CoopInfo:
    """The letterhead: who issues the document."""

    name: str
    address: str = ""
    phone: str = ""
    legal_number: str = ""  # nomor badan hukum, printed when the cooperative has set it
    city: str = ""  # the town written before the date above signatures ("Semarang, 30 Juni 2025")


def coop_info(session: Session) -> CoopInfo:
    return CoopInfo(
        name=settings.get(session, "coop_name"),
        address=settings.get(session, "coop_address"),
        phone=settings.get(session, "coop_phone"),
        legal_number=settings.get(session, "coop_legal_number"),
        city=settings.get(session, "coop_city"),
    )


def style(name: str, size: float = 9, *, bold: bool = False, align: int = TA_LEFT, color: Any = INK,
          leading: float | None = None, space_before: float = 0, space_after: float = 0) -> ParagraphStyle:
    register_fonts()
    return ParagraphStyle(
        name, fontName=FONT_BOLD if bold else FONT, fontSize=size, leading=leading or size * 1.25,
        alignment=align, textColor=color, spaceBefore=space_before, spaceAfter=space_after,
    )


def fitting_size(value: str, width: float, size: float, minimum: float, *, bold: bool = True) -> float:
    """The largest font size from ``size`` down to ``minimum`` at which ``value`` fits on one
    line of ``width``: a long cooperative name or title shrinks a little rather than
    breaking over two lines (below ``minimum`` it wraps)."""
    register_fonts()
    font = FONT_BOLD if bold else FONT
    while size > minimum and stringWidth(value, font, size) > width:
        size -= 0.5
    return size


def letterhead_lines(coop: CoopInfo, lang: str, *, align: int = TA_LEFT, name_size: float = 13,
                     width: float | None = None) -> list[Paragraph]:
    """Cooperative name in bold with its address, phone and legal number below it."""
    labels = {"id": ("Telp.", "Badan Hukum No."), "en": ("Phone", "Legal entity no.")}[lang]
    small = style("coop-detail", 8, align=align, color=MUTED)
    name = coop.name or "-"
    if width is not None:
        name_size = fitting_size(name, width, name_size, name_size * 0.78)
    lines = [Paragraph(text(name), style("coop-name", name_size, bold=True, align=align))]
    if coop.address:
        lines.append(Paragraph(text(coop.address), small))
    details = []
    if coop.phone:
        details.append(f"{labels[0]} {text(coop.phone)}")
    if coop.legal_number:
        details.append(f"{labels[1]} {text(coop.legal_number)}")
    if details:
        lines.append(Paragraph(" · ".join(details), small))
    return lines


def list_heading(coop: CoopInfo, lang: str, width: float, title: str, subtitle: str, *,
                 bold_line: str = "") -> list[Flowable]:
    """The top of a register or list (arrears, cash book, asset register): centred
    letterhead, a rule, the title, optionally a bold line (the account), and the date or period."""
    story: list[Flowable] = list(letterhead_lines(coop, lang, align=TA_CENTER, name_size=13, width=width))
    story += [Spacer(1, 2), HRFlowable(width="100%", thickness=1.2, color=RULE, spaceAfter=6),
              Paragraph(text(title), style("title", 12.5, bold=True, align=TA_CENTER))]
    if bold_line:
        story.append(Paragraph(text(bold_line), style("bold-line", 10, bold=True, align=TA_CENTER)))
    story.append(Paragraph(text(subtitle), style("subtitle", 10, align=TA_CENTER, space_after=6)))
    return story


def label_table(rows: Sequence[tuple[str, Flowable | str]], widths: tuple[float, float], *,
                size: float = 9.5, padding: float = 2.5, middle: Sequence[int] = ()) -> Table:
    """Two columns "Label : value", the way Indonesian forms list their fields.

    ``middle`` lists rows whose label is centred on a taller value (a big amount, a boxed
    terbilang) instead of hanging at its top."""
    label_style = style("label", size, color=MUTED)
    value_style = style("value", size)
    data = [
        [Paragraph(text(label), label_style), Paragraph(":", label_style),
         value if isinstance(value, Flowable) else Paragraph(text(value), value_style)]
        for label, value in rows
    ]
    table = Table(data, colWidths=[widths[0], 8, widths[1] - 8], hAlign="LEFT")
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
        *[("VALIGN", (0, i), (-1, i), "MIDDLE") for i in middle],
    ]))
    return table


def value_width(widths: tuple[float, float]) -> float:
    """Room for a flowable in the value column of :func:`label_table`."""
    return widths[1] - 8


@dataclass(frozen=True)
class Signer:
    """One signature column: who signs (caption) and the name typed under the line, if known."""

    caption: str
    name: str = ""
    above: str = ""  # e.g. "Yang menerima," above the caption


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A TableStyle whose plain-string cells (even empty ones) use DejaVu: reportlab's
    default Helvetica would otherwise be referenced, unembedded, in every PDF."""
    register_fonts()
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def signature_block(signers: Sequence[Signer], width: float, *, space: float = 42, size: float = 8.5) -> Table:
    """Signature columns with room to sign and the name in brackets under it.

    An unknown name is left as a dotted line so it can be written by hand, as on the paper
    forms cooperatives used before.
    """
    centre = style("sign", size, align=TA_CENTER)
    top = [Paragraph(text(s.above), centre) if s.above else "" for s in signers]
    captions = [Paragraph(text(s.caption), style("sign-caption", size, align=TA_CENTER)) for s in signers]
    names = [Paragraph(f"( {text(s.name)} )" if s.name else "( " + "." * 34 + " )", centre) for s in signers]
    has_above = any(s.above for s in signers)
    data = ([top] if has_above else []) + [captions, [""] * len(signers), names]
    gap_row = 2 if has_above else 1
    table = Table(data, colWidths=[width / len(signers)] * len(signers),
                  rowHeights=[None] * gap_row + [space, None])
    table.setStyle(table_style([
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return table


def footer(note: str, *, page_numbers: bool = False, lang: str = "id") -> Callable[[Canvas, Any], None]:
    """A page callback drawing a small grey line at the foot of each page (who printed it, when)."""
    page_word = {"id": "Halaman", "en": "Page"}[lang]

    def draw(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 6.5)
        canvas.setFillColor(MUTED)
        y = doc.bottomMargin - 14
        canvas.drawString(doc.leftMargin, y, note)
        if page_numbers:
            canvas.drawRightString(doc.leftMargin + doc.width, y, f"{page_word} {canvas.getPageNumber()}")
        canvas.restoreState()

    return draw


def document(path: Path, pagesize: tuple[float, float], *, margins: tuple[float, float, float, float],
             on_page: Callable[[Canvas, Any], None], title: str, author: str, subject: str) -> BaseDocTemplate:
    """A one-frame document whose frame has no inner padding, so ``doc.width`` is exactly the
    width flowables get and tables line up with the rules (SimpleDocTemplate pads 6 pt).

    ``margins`` is (left, right, top, bottom).  The canvas starts in DejaVu so no PDF
    refers to a non-embedded standard font.
    """
    register_fonts()
    left, right_m, top, bottom = margins
    doc = BaseDocTemplate(
        str(path), pagesize=pagesize, leftMargin=left, rightMargin=right_m, topMargin=top, bottomMargin=bottom,
        title=title, author=author, subject=subject, creator="CoopDesk", initialFontName=FONT,
    )
    frame = Frame(left, bottom, doc.width, doc.height, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    return doc


def right(text_value: str, size: float = 9, *, bold: bool = False) -> Paragraph:
    return Paragraph(text(text_value), style("right", size, bold=bold, align=TA_RIGHT))


def ensure_parent(path: Path) -> Path:
    """Refuse early, with a field name, a target folder that does not exist."""
    path = Path(path)
    if not path.parent.is_dir():
        raise ValidationError("pdf", "folder {folder} does not exist", folder=str(path.parent))
    return path
