"""Per-member SHU slips to hand out at the RAT: three slips per A4 page with cut lines (or one
page per member), each with the letterhead, the year, the member, jasa modal and jasa usaha with
their bases, the total in figures and in words, how it is paid, and room to sign.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from coopdesk.domain.money import format_rupiah
from coopdesk.domain.terbilang import terbilang
from coopdesk.reports import pdf_style as ps
from coopdesk.reports.shu_sheet import business_title, decimal_text
from coopdesk.services.shu import ShuRow, ShuSheet

_T = {
    "id": {
        "title": "SLIP PEMBAGIAN SHU", "year": "Tahun Buku {year}", "number": "No. Anggota", "name": "Nama",
        "capital": "Modal (simpanan)", "jm": "Jasa Modal", "ju": "Jasa Usaha", "total": "Jumlah SHU",
        "words": "Terbilang", "paid": "Dibayar", "cash": "tunai", "sukarela": "dikreditkan ke simpanan sukarela",
        "unpaid": "belum dibayar", "not_posted": "menunggu keputusan RAT", "receiver": "Yang menerima,",
        "treasurer": "Bendahara,", "rat": "RAT tanggal {date}", "cut": "✂ gunting di sini",
        "printed": "Dicetak {when} · CoopDesk", "nobody": "Tidak ada anggota yang menerima SHU.",
    },
    "en": {
        "title": "SHU SLIP", "year": "Financial year {year}", "number": "Member no.", "name": "Name",
        "capital": "Capital (savings)", "jm": "Jasa Modal", "ju": "Jasa Usaha", "total": "Total SHU",
        "words": "In words", "paid": "Paid", "cash": "in cash", "sukarela": "credited to simpanan sukarela",
        "unpaid": "not paid yet", "not_posted": "awaiting the RAT's decision", "receiver": "Received by,",
        "treasurer": "Treasurer,", "rat": "RAT on {date}", "cut": "✂ cut here",
        "printed": "Printed {when} · CoopDesk", "nobody": "No member receives SHU.",
    },
}
SLIPS_PER_PAGE = 3
_DASH = colors.HexColor("#888888")


def _how_paid(sheet: ShuSheet, row: ShuRow, modes: Mapping[int, str], lang: str) -> str:
    t = _T[lang]
    mode = modes.get(row.member_id)
    if mode in ("cash", "sukarela"):
        return t[mode]
    if sheet.distribution is None:
        return t["not_posted"]
    return t["unpaid"]


def _slip(sheet: ShuSheet, row: ShuRow, coop: ps.CoopInfo, modes: Mapping[int, str], width: float,
          lang: str) -> list[Flowable]:
    t = _T[lang]
    title_w = 70 * mm
    right = [Paragraph(ps.text(t["title"]), ps.style("slip-title", 11.5, bold=True, align=TA_RIGHT)),
             Paragraph(ps.text(t["year"].format(year=sheet.year)), ps.style("slip-year", 9, align=TA_RIGHT))]
    if sheet.distribution is not None:
        right.append(Paragraph(ps.text(t["rat"].format(date=ps.format_date(sheet.distribution.rat_date, lang))),
                               ps.style("slip-rat", 8, align=TA_RIGHT, color=ps.MUTED)))
    head = Table([[ps.letterhead_lines(coop, lang, name_size=11.5, width=width - title_w - 6), right]],
                 colWidths=[width - title_w, title_w])
    head.setStyle(ps.table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    label_w = 34 * mm
    value_w = width - label_w - 8
    figures = _figures(sheet, row, value_w, lang)
    words = Table([[Paragraph(ps.text(terbilang(row.total)), ps.style("slip-words", 9))]], colWidths=[value_w])
    words.setStyle(ps.table_style([("BACKGROUND", (0, 0), (-1, -1), ps.SHADE), ("BOX", (0, 0), (-1, -1), 0.4, ps.MUTED),
                                   ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    rows: list[tuple[str, Flowable | str]] = [
        (t["number"], row.number),
        (t["name"], Paragraph(f"<b>{ps.text(row.name)}</b>", ps.style("slip-name", 9.5))),
        ("SHU", figures),
        (t["words"], words),
        (t["paid"], _how_paid(sheet, row, modes, lang)),
    ]
    body = ps.label_table(rows, (label_w, width - label_w), size=8.5, padding=1.8, middle=(3,))
    sign_w = 120 * mm
    block = ps.signature_block([ps.Signer(t["receiver"], row.name), ps.Signer(t["treasurer"])], sign_w,
                               space=30, size=8)
    signs = Table([["", block]], colWidths=[width - sign_w, sign_w])
    signs.setStyle(ps.table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [head, Spacer(1, 2), _rule(width, 1.0, ps.RULE), Spacer(1, 3), body, Spacer(1, 4), signs]


def _figures(sheet: ShuSheet, row: ShuRow, width: float, lang: str) -> Table:
    """Jasa modal and jasa usaha with the basis each was shared on, and the total."""
    t = _T[lang]
    small = ps.style("slip-basis", 8, color=ps.MUTED)
    data = [
        [t["jm"], Paragraph(ps.text(f"{t['capital']} Rp {decimal_text(row.capital)}"), small),
         format_rupiah(row.jasa_modal.rounded)],
        [t["ju"], Paragraph(ps.text(f"{business_title(sheet, lang)} {format_rupiah(row.business)}"), small),
         format_rupiah(row.jasa_usaha.rounded)],
        [t["total"], "", Paragraph(f"<b>{format_rupiah(row.total)}</b>", ps.style("slip-total", 11.5, leading=14,
                                                                               align=TA_RIGHT))],
    ]
    table = Table(data, colWidths=[28 * mm, width - 28 * mm - 36 * mm, 36 * mm], hAlign="LEFT")
    table.setStyle(ps.table_style([
        ("FONTSIZE", (0, 0), (-1, -1), 8.5), ("ALIGN", (2, 0), (2, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
        ("LINEBELOW", (0, 1), (-1, 1), 0.5, ps.MUTED), ("FONTNAME", (0, 2), (0, 2), ps.FONT_BOLD)]))
    return table


def _rule(width: float, thickness: float, color: Any, dash: Sequence[float] | None = None) -> Table:
    line = Table([[""]], colWidths=[width], rowHeights=[thickness + 1])
    commands: list[tuple[Any, ...]] = [("LINEABOVE", (0, 0), (-1, -1), thickness, color, None, dash)]
    line.setStyle(ps.table_style([*commands, ("TOPPADDING", (0, 0), (-1, -1), 0),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return line


def _cut(width: float, lang: str) -> list[Flowable]:
    return [_rule(width, 0.6, _DASH, (3, 3)),
            Paragraph(ps.text(_T[lang]["cut"]), ps.style("cut", 6.5, color=_DASH, align=TA_RIGHT))]


def render_shu_slips_pdf(sheet: ShuSheet, coop: ps.CoopInfo, path: Path, lang: str = "id", *,
                         per_page: bool = False, pay_modes: Mapping[int, str] | None = None,
                         numbers: Sequence[str] | None = None, printed_at: datetime | None = None) -> Path:
    """A slip for every member whose SHU is more than Rp 0 (or only ``numbers``), by member number.

    ``pay_modes`` maps member id to "cash" or "sukarela" as paid (services.shu.payments);
    ``per_page`` prints one slip per A4 page instead of three with cut lines between them.
    """
    t = _T[ps.check_lang(lang)]
    path = ps.ensure_parent(Path(path))
    modes = pay_modes or {}
    wanted = {n.strip() for n in numbers} if numbers else None
    rows = [r for r in sheet.rows if r.total > 0 and (wanted is None or r.number in wanted)]
    margin = 12 * mm
    note = t["printed"].format(when=ps.format_datetime(printed_at or datetime.now(), lang))
    doc = ps.document(path, A4, margins=(margin, margin, 10 * mm, 12 * mm), on_page=ps.footer(note, lang=lang),
                      title=f"{t['title']} {sheet.year}", author=coop.name, subject=t["title"])
    width = doc.width
    slot = (doc.height - 2) / SLIPS_PER_PAGE  # each slip's share of the page, cut line included
    story: list[Any] = []
    if not rows:
        story.append(Paragraph(ps.text(t["nobody"]), ps.style("nobody", 10)))
    for i, row in enumerate(rows):
        slip = _slip(sheet, row, coop, modes, width, lang)
        if per_page:
            story += slip
            if i < len(rows) - 1:
                story.append(PageBreak())
            continue
        # A fixed-height box per slip, so the cut lines fall at the same place on every page.
        last_on_page = i % SLIPS_PER_PAGE == SLIPS_PER_PAGE - 1 or i == len(rows) - 1
        box = Table([[slip]], colWidths=[width], rowHeights=[slot - (0 if last_on_page else 14)])
        box.setStyle(ps.table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                     ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 4),
                                     ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        story.append(box)
        if not last_on_page:
            story += _cut(width, lang)
    doc.build(story)
    return path
