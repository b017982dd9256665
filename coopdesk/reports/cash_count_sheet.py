"""Berita acara kas opname: the signed record of a cash count.

One A4 page: the cooperative's letterhead, the count's number and date, the notes and coins
counted (pieces and value of each), the counted total in figures and words, the cash account's
balance in the books on that day, the difference (kurang / lebih) with its reason, and whether
it was posted.  Signed by the kasir who counted and the bendahara, witnessed by the pengawas.
Read back from the saved count, so a reprint shows what was recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, Paragraph, Spacer, Table
from sqlalchemy.orm import Session

from coopdesk.domain.money import format_rupiah
from coopdesk.domain.terbilang import terbilang
from coopdesk.reports import pdf_style as ps
from coopdesk.reports.receipt import words_box
from coopdesk.services import cash_count
from coopdesk.services.cash_count import DENOMINATIONS, CountResult


@dataclass(frozen=True)
class CashCountSheet:
    coop: ps.CoopInfo
    count: CountResult
    counted_by: str
    saved_at: datetime
    printed_at: datetime


def cash_count_sheet(session: Session, number: str, *, printed_at: datetime | None = None) -> CashCountSheet:
    saved = cash_count.by_number(session, number)
    return CashCountSheet(ps.coop_info(session), saved.result, saved.counted_by, saved.created_at,
                          printed_at or datetime.now())


_WEEKDAYS = {"id": ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"],
             "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]}

_LABELS: dict[str, dict[str, str]] = {
    "id": {
        "title": "BERITA ACARA PEMERIKSAAN KAS (KAS OPNAME)", "number": "Nomor: {number}",
        "intro": "Pada hari ini, {weekday} tanggal {date}, telah dilakukan penghitungan uang tunai yang ada di kas "
                 "{coop} dengan hasil sebagai berikut:",
        "no": "No.", "denomination": "Pecahan", "kind": "Jenis", "pieces": "Jumlah", "value": "Nilai",
        "note": "Uang kertas", "coin": "Uang logam", "unit_note": "lembar", "unit_coin": "keping",
        "total_notes": "Jumlah uang kertas", "total_coins": "Jumlah uang logam",
        "counted": "Jumlah uang tunai menurut penghitungan", "words": "Terbilang",
        "books": "Saldo kas menurut buku (akun {account}) per {date}",
        "difference": "Selisih", "short": "{amount} (kurang)", "over": "{amount} (lebih)", "none": "Tidak ada selisih",
        "reason": "Penjelasan selisih", "posted": "Selisih dibukukan dengan bukti {voucher}.",
        "not_posted": "Selisih belum dibukukan.",
        "closing": "Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.",
        "cashier": "Kasir", "treasurer": "Bendahara", "supervisor": "Pengawas", "counted_by": "Yang menghitung,",
        "checked_by": "Yang memeriksa,", "known_by": "Mengetahui,",
        "printed": "Dicetak {when} · disimpan oleh {user} {saved} · CoopDesk",
    },
    "en": {
        "title": "CASH COUNT REPORT (KAS OPNAME)", "number": "No. {number}",
        "intro": "Today, {weekday} {date}, the cash held by {coop} was counted, with the following result:",
        "no": "No.", "denomination": "Denomination", "kind": "Kind", "pieces": "Pieces", "value": "Value",
        "note": "Note", "coin": "Coin", "unit_note": "notes", "unit_coin": "coins",
        "total_notes": "Total notes", "total_coins": "Total coins",
        "counted": "Cash counted", "words": "In words",
        "books": "Cash balance in the books (account {account}) on {date}",
        "difference": "Difference", "short": "{amount} (short)", "over": "{amount} (over)", "none": "No difference",
        "reason": "Explanation", "posted": "The difference was posted with voucher {voucher}.",
        "not_posted": "The difference has not been posted.",
        "closing": "This report was made truthfully, to be used as required.",
        "cashier": "Cashier", "treasurer": "Treasurer", "supervisor": "Supervisor", "counted_by": "Counted by,",
        "checked_by": "Checked by,", "known_by": "Witnessed by,",
        "printed": "Printed {when} · saved by {user} {saved} · CoopDesk",
    },
}


def difference_text(difference: int, lang: str = "id") -> str:
    L = _LABELS[lang]
    if difference < 0:
        return L["short"].format(amount=format_rupiah(-difference))
    if difference > 0:
        return L["over"].format(amount=format_rupiah(difference))
    return L["none"]


def render_cash_count_pdf(sheet: CashCountSheet, path: Path, lang: str = "id") -> Path:
    ps.check_lang(lang)
    path = ps.ensure_parent(Path(path))
    L = _LABELS[lang]
    count = sheet.count
    margin = 18 * mm
    note = L["printed"].format(when=ps.format_datetime(sheet.printed_at, lang), user=sheet.counted_by or "-",
                               saved=ps.format_datetime(sheet.saved_at, lang))
    doc = ps.document(path, A4, margins=(margin, margin, 15 * mm, 18 * mm), on_page=ps.footer(note, lang=lang),
                      title=f"{L['title']} {count.number}", author=sheet.coop.name, subject=count.number or "")
    width = doc.width
    story: list[Any] = ps.letterhead_lines(sheet.coop, lang, align=TA_CENTER, name_size=14, width=width)
    story += [Spacer(1, 3), HRFlowable(width="100%", thickness=1.4, color=ps.RULE, spaceAfter=8),
              Paragraph(ps.text(L["title"]), ps.style("title", 13, bold=True, align=TA_CENTER)),
              Paragraph(ps.text(L["number"].format(number=count.number or "-")),
                        ps.style("number", 10, align=TA_CENTER, space_after=10)),
              Paragraph(ps.text(L["intro"].format(weekday=_WEEKDAYS[lang][count.day.weekday()],
                                                  date=ps.format_date(count.day, lang), coop=sheet.coop.name or "-")),
                        ps.style("intro", 10, leading=14, space_after=8)),
              _denomination_table(count, lang, width), Spacer(1, 10),
              _summary(count, lang, width), Spacer(1, 10),
              Paragraph(ps.text(L["closing"]), ps.style("closing", 10, leading=14, space_after=6)),
              Paragraph(ps.format_date(count.day, lang), ps.style("place", 10, align=TA_CENTER, space_after=6)),
              ps.signature_block([ps.Signer(L["cashier"], sheet.counted_by, above=L["counted_by"]),
                                  ps.Signer(L["treasurer"], above=L["checked_by"]),
                                  ps.Signer(L["supervisor"], above=L["known_by"])], width, space=48, size=9.5)]
    doc.build(story)
    return path


def _denomination_table(count: CountResult, lang: str, width: float) -> Table:
    """Every denomination, counted or not, so a blank line is seen as "none" rather than missed."""
    L = _LABELS[lang]
    data: list[list[Any]] = [[L["no"], L["denomination"], L["kind"], L["pieces"], L["value"]]]
    totals = {"note": 0, "coin": 0}
    for i, d in enumerate(DENOMINATIONS, start=1):
        pieces = count.counts.get(d.key, 0)
        totals[d.kind] += pieces * d.value
        unit = L["unit_note"] if d.kind == "note" else L["unit_coin"]
        data.append([str(i), format_rupiah(d.value), L[d.kind], f"{pieces} {unit}" if pieces else "-",
                     format_rupiah(pieces * d.value) if pieces else "-"])
    data.append(["", L["total_notes"], "", "", format_rupiah(totals["note"])])
    data.append(["", L["total_coins"], "", "", format_rupiah(totals["coin"])])
    data.append(["", L["counted"], "", "", format_rupiah(count.counted)])
    n = len(DENOMINATIONS)
    widths = [12 * mm, 38 * mm, 34 * mm, 34 * mm]
    table = Table(data, colWidths=[*widths, width - sum(widths)], repeatRows=1)
    table.setStyle(ps.table_style([
        ("FONTSIZE", (0, 0), (-1, -1), 9.5),
        ("FONTNAME", (0, 0), (-1, 0), ps.FONT_BOLD),
        ("BACKGROUND", (0, 0), (-1, 0), ps.SHADE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, ps.RULE), ("LINEBELOW", (0, 0), (-1, 0), 0.8, ps.RULE),
        ("LINEBELOW", (0, 1), (-1, n), 0.25, ps.colors.HexColor("#c8c8c8")),
        ("ALIGN", (0, 0), (0, -1), "RIGHT"), ("ALIGN", (1, 1), (1, n), "RIGHT"),
        ("ALIGN", (3, 0), (-1, -1), "RIGHT"),
        ("SPAN", (1, n + 1), (3, n + 1)), ("SPAN", (1, n + 2), (3, n + 2)), ("SPAN", (1, n + 3), (3, n + 3)),
        ("LINEABOVE", (0, n + 1), (-1, n + 1), 0.5, ps.MUTED),
        ("FONTNAME", (0, n + 3), (-1, n + 3), ps.FONT_BOLD),
        ("LINEABOVE", (0, n + 3), (-1, n + 3), 0.8, ps.RULE), ("LINEBELOW", (0, n + 3), (-1, n + 3), 0.8, ps.RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
    ]))
    return table


def _summary(count: CountResult, lang: str, width: float) -> Table:
    L = _LABELS[lang]
    widths = (92 * mm, width - 92 * mm)
    diff = difference_text(count.difference, lang)
    colour = ps.ALERT if count.difference < 0 else ps.INK
    rows: list[tuple[str, object]] = [
        (L["counted"], Paragraph(f"<b>{format_rupiah(count.counted)}</b>", ps.style("counted", 11))),
        (L["words"], words_box(terbilang(count.counted), ps.value_width(widths), 9.5)),
        (L["books"].format(account=count.account, date=ps.format_date(count.day, lang)),
         Paragraph(format_rupiah(count.book_balance), ps.style("books", 10.5))),
        (L["difference"], Paragraph(f"<b>{ps.text(diff)}</b>", ps.style("diff", 10.5, color=colour))),
    ]
    if count.difference:
        rows.append((L["reason"], count.reason or "-"))
        rows.append(("", L["posted"].format(voucher=count.adjustment_voucher) if count.adjustment_voucher
                     else L["not_posted"]))
    return ps.label_table(rows, widths, size=10, padding=3, middle=(0, 1))
