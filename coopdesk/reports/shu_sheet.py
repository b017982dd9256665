"""The SHU working sheet (Perhitungan Pembagian SHU): the allocation of the year's SHU over the
posts of the bylaws, and per member the bases, the exact shares, the whole Rupiah given and the
residue, as an A4-landscape PDF and an Excel sheet.

The RAT book (reports/rat_book) takes :func:`allocation_story` for its SHU chapter and
:func:`shu_list_story` for the per-member annex.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from coopdesk.domain.money import format_rupiah
from coopdesk.domain.shu import FUND, JASA_MODAL, JASA_USAHA, RESERVE
from coopdesk.reports import pdf_style as ps
from coopdesk.reports import xlsx_style as xs
from coopdesk.reports.tables import Column, PagedTable, Row, grid
from coopdesk.services.shu import ShuSheet

_T: dict[str, dict[str, str]] = {
    "id": {
        "title": "PERHITUNGAN PEMBAGIAN SHU", "year": "Tahun Buku {year}", "sheet": "SHU {year}",
        "list_title": "DAFTAR PEMBAGIAN SHU ANGGOTA", "allocation": "Pembagian SHU menurut AD/ART",
        "post": "Pos", "percent": "%", "account": "Akun", "by_table": "Menurut tabel", "posted": "Dibukukan",
        "total": "JUMLAH", "shu": "SHU tahun {year}", "member_part": "SHU dari anggota",
        "nonmember_part": "SHU dari non-anggota", "to_members": "Dibagikan kepada anggota",
        "members": "Anggota penerima", "no": "No.", "number": "No. Anggota", "name": "Nama",
        "capital": "Modal (simpanan)", "business": "Jasa pinjaman dibayar",
        "business_principal": "Pinjaman dicairkan",
        "jm": "Jasa Modal", "ju": "Jasa Usaha", "exact": "tepat", "rounded": "dibulatkan", "residue": "selisih",
        "total_member": "Jumlah SHU",
        "kind_reserve": "cadangan", "kind_jasa_modal": "jasa modal", "kind_jasa_usaha": "jasa usaha",
        "kind_fund": "dana",
        "basis_year_end": "Modal = simpanan pokok + wajib{sukarela} per 31 Desember {year}.",
        "basis_average": "Modal = rata-rata saldo akhir 12 bulan simpanan pokok + wajib{sukarela} tahun {year} "
                         "(bulan sebelum masuk dan sesudah keluar dihitung 0).",
        "sukarela": " + sukarela",
        "business_interest": "Jasa usaha menurut jasa pinjaman (bunga) yang dibayar anggota selama {year}.",
        "business_principal_note": "Jasa usaha menurut pokok pinjaman yang dicairkan kepada anggota selama {year}.",
        "member_rule": "Hanya SHU dari anggota yang dibagikan kepada anggota: SHU × partisipasi neto anggota "
                       "{member_net} / (partisipasi neto anggota + hasil usaha non-anggota {nonmember_net}). "
                       "Bagian non-anggota dari jasa modal dan jasa usaha ({extra}) ditambahkan ke cadangan.",
        "rounding": "Pembulatan ke rupiah penuh dengan sisa terbesar: jumlah bagian anggota sama persis dengan "
                    "dana jasa modal dan jasa usaha; selisih = dibulatkan − tepat (selalu kurang dari Rp 1).",
        "undistributed": "Tidak ada anggota dengan dasar pembagian: {amount} tetap di cadangan.",
        "loss": "Tahun {year} tidak menghasilkan SHU ({shu}): tidak ada yang dibagikan.",
        "nobody": "Tidak ada anggota dengan modal atau transaksi pada tahun ini.",
        "posted_note": "Dibukukan {voucher} tanggal RAT {date}",
        "paid_note": "; dibayarkan {voucher} ({mode}) kepada {count} anggota.",
        "left_cash": "{n} mantan anggota tunai",
        "unpaid_note": "; bagian anggota belum dibayarkan (di akun 2121).",
        "changed": "PERHATIAN: pengaturan SHU diubah setelah pembagian dibukukan; lembar ini tidak lagi sama dengan "
                   "yang dibukukan.",
        "mode_cash": "tunai", "mode_sukarela": "ke simpanan sukarela",
        "printed": "Dicetak {when} · CoopDesk",
    },
    "en": {
        "title": "SHU DISTRIBUTION WORKING SHEET", "year": "Financial year {year}", "sheet": "SHU {year}",
        "list_title": "MEMBERS' SHU LIST", "allocation": "Allocation of the SHU by the bylaws",
        "post": "Post", "percent": "%", "account": "Account", "by_table": "By the table", "posted": "Posted",
        "total": "TOTAL", "shu": "SHU {year}", "member_part": "SHU from members",
        "nonmember_part": "SHU from non-members", "to_members": "Shared to members",
        "members": "Members receiving", "no": "No.", "number": "Member no.", "name": "Name",
        "capital": "Capital (savings)", "business": "Loan interest paid", "business_principal": "Loans disbursed",
        "jm": "Jasa Modal", "ju": "Jasa Usaha", "exact": "exact", "rounded": "rounded", "residue": "residue",
        "total_member": "Total SHU",
        "kind_reserve": "reserve", "kind_jasa_modal": "jasa modal", "kind_jasa_usaha": "jasa usaha",
        "kind_fund": "fund",
        "basis_year_end": "Capital = simpanan pokok + wajib{sukarela} at 31 December {year}.",
        "basis_average": "Capital = average of the 12 month-end balances of pokok + wajib{sukarela} in {year} "
                         "(months before joining and after leaving count 0).",
        "sukarela": " + sukarela",
        "business_interest": "Jasa usaha by the loan interest the member paid in {year}.",
        "business_principal_note": "Jasa usaha by the loan principal disbursed to the member in {year}.",
        "member_rule": "Only SHU from members is shared to members: SHU × net member participation {member_net} / "
                       "(net member participation + result with non-members {nonmember_net}). The non-members' "
                       "part of jasa modal and jasa usaha ({extra}) is added to the reserve.",
        "rounding": "Whole Rupiah by largest remainder: the members' shares add up exactly to the jasa modal and "
                    "jasa usaha pools; residue = rounded − exact (always under Rp 1).",
        "undistributed": "No member has a basis for sharing: {amount} stays in the reserve.",
        "loss": "{year} produced no SHU ({shu}): nothing is shared.",
        "nobody": "No member had capital or business in the year.",
        "posted_note": "Posted {voucher} on the RAT date {date}",
        "paid_note": "; paid {voucher} ({mode}) to {count} members.",
        "left_cash": "{n} former members in cash",
        "unpaid_note": "; the members' shares are not paid yet (held in 2121).",
        "changed": "WARNING: the SHU settings were changed after the allocation was posted; this sheet no longer "
                   "matches what was posted.",
        "mode_cash": "cash", "mode_sukarela": "to simpanan sukarela",
        "printed": "Printed {when} · CoopDesk",
    },
}
KINDS = (RESERVE, JASA_MODAL, JASA_USAHA, FUND)
_CENT = Decimal("0.01")
_XLSX_PLACES = Decimal("0.0001")
DECIMAL_FORMAT = "#,##0.00"


def labels(lang: str = "id") -> dict[str, str]:
    return _T[ps.check_lang(lang)]


def money(amount: int) -> str:
    return format_rupiah(amount, prefix=False)


def decimal_text(value: int | Decimal, places: Decimal = _CENT) -> str:
    """533333.3333… → "533.333,33" (Indonesian grouping, two decimals); whole numbers stay whole."""
    if isinstance(value, int) or value == value.to_integral_value():
        return money(int(value))
    q = value.quantize(places, rounding=ROUND_HALF_UP)
    sign = "-" if q < 0 else ""
    whole, _, frac = f"{abs(q):f}".partition(".")
    return f"{sign}{money(int(whole))},{frac}"


def residue_text(value: Decimal) -> str:
    if value == 0:
        return "0"
    text = decimal_text(value)
    return text if text.startswith("-") else f"+{text}"


def business_title(sheet: ShuSheet, lang: str = "id") -> str:
    t = labels(lang)
    return t["business_principal"] if sheet.business_basis == "principal" else t["business"]


def notes(sheet: ShuSheet, lang: str = "id") -> list[str]:
    """The rules as applied, for under the tables (and the panel)."""
    t = labels(lang)
    if sheet.shu <= 0:
        return [t["loss"].format(year=sheet.year, shu=format_rupiah(sheet.shu))]
    sukarela = t["sukarela"] if sheet.capital_includes_sukarela else ""
    out = [t["basis_average" if sheet.capital_basis == "average" else "basis_year_end"].format(
               sukarela=sukarela, year=sheet.year),
           t["business_principal_note" if sheet.business_basis == "principal" else "business_interest"].format(
               year=sheet.year)]
    if sheet.nonmember_part:
        extra = sum(p.amount for p in sheet.pools if p.post.kind in (JASA_MODAL, JASA_USAHA)) \
            - sheet.jasa_modal_pool - sheet.jasa_usaha_pool
        out.append(t["member_rule"].format(member_net=format_rupiah(sheet.member_net),
                                           nonmember_net=format_rupiah(sheet.nonmember_net),
                                           extra=format_rupiah(extra)))
    out.append(t["rounding"])
    left = sheet.undistributed_jasa_modal + sheet.undistributed_jasa_usaha
    if left:
        out.append(t["undistributed"].format(amount=format_rupiah(left)))
    d = sheet.distribution
    if d is not None:
        line = t["posted_note"].format(voucher=d.allocation_voucher, date=ps.format_date(d.rat_date, lang))
        if d.payout_voucher:
            mode = t[f"mode_{d.pay_mode}"] if d.pay_mode in ("cash", "sukarela") else d.pay_mode
            if d.pay_mode == "sukarela" and d.cash_members:
                mode += "; " + t["left_cash"].format(n=d.cash_members)
            line += t["paid_note"].format(voucher=d.payout_voucher, mode=mode, count=d.paid_members)
        elif not d.pay_mode:
            line += t["unpaid_note"]
        out.append(line)
        if sheet.settings_changed:
            out.append(t["changed"])
    return out


def post_label(name: str, kind: str, lang: str = "id") -> str:
    """The post's name, with its kind in brackets unless the name says it already."""
    word = labels(lang)["kind_" + kind]
    return name if word.casefold() in name.casefold() else f"{name} ({word})"


def percent_text(value: Decimal) -> str:
    return f"{value.normalize():f}".replace(".", ",")


# --- PDF ------------------------------------------------------------------------------------


def summary_rows(sheet: ShuSheet, lang: str = "id") -> list[tuple[str, str]]:
    t = labels(lang)
    return [
        (t["shu"].format(year=sheet.year), format_rupiah(sheet.shu)),
        (t["member_part"], format_rupiah(sheet.member_part)),
        (t["nonmember_part"], format_rupiah(sheet.nonmember_part)),
        (t["to_members"], format_rupiah(sheet.total_to_members())),
        (t["members"], str(sum(1 for r in sheet.rows if r.total > 0))),
    ]


def allocation_story(sheet: ShuSheet, coop: ps.CoopInfo, width: float, lang: str = "id") -> list[Flowable]:
    """The SHU and its members' part, the allocation table (post, %, account, by the table,
    posted) and the rules as applied: the SHU chapter of the RAT book, the top of the sheet."""
    t = labels(lang)
    story: list[Flowable] = [ps.label_table(summary_rows(sheet, lang), (62 * mm, 60 * mm)), Spacer(1, 6)]
    story.append(Paragraph(ps.text(t["allocation"]), ps.style("alloc-head", 10, bold=True, space_after=3)))
    columns = [Column(t["post"], wrap=True), Column(t["percent"], "RIGHT"), Column(t["account"], "CENTER"),
               Column(t["by_table"], "RIGHT"), Column(t["posted"], "RIGHT")]
    rows = [Row([post_label(l.name, l.kind, lang), percent_text(l.percent) if l.percent else "", l.account,
                 money(l.table_amount), money(l.amount)]) for l in sheet.lines]
    rows.append(Row([t["total"], "100", "", money(sum(l.table_amount for l in sheet.lines)),
                     money(sum(l.amount for l in sheet.lines))], "total"))
    story.append(grid(columns, rows, min(width, 175 * mm), size=8.5))
    for note in notes(sheet, lang):
        story.append(Paragraph(ps.text(note), ps.style("shu-note", 7.5, color=ps.MUTED, space_before=3)))
    return story


def _member_table(sheet: ShuSheet, width: float, lang: str, detail: bool) -> Flowable:
    t = labels(lang)
    jm, ju = t["jm"], t["ju"]
    if detail:
        titles = [t["no"], t["number"], t["name"], t["capital"], f"{jm} {t['exact']}", f"{jm} {t['rounded']}",
                  t["residue"], business_title(sheet, lang), f"{ju} {t['exact']}", f"{ju} {t['rounded']}",
                  t["residue"], t["total_member"]]
        rows = [[str(i), r.number, r.name, decimal_text(r.capital), decimal_text(r.jasa_modal.exact),
                 money(r.jasa_modal.rounded), residue_text(r.jasa_modal.residue), money(r.business),
                 decimal_text(r.jasa_usaha.exact), money(r.jasa_usaha.rounded), residue_text(r.jasa_usaha.residue),
                 money(r.total)] for i, r in enumerate(sheet.rows, start=1)]
        total = ["", "", t["total"], decimal_text(sheet.total_capital), "",
                 money(sum(r.jasa_modal.rounded for r in sheet.rows)), "", money(sheet.total_business), "",
                 money(sum(r.jasa_usaha.rounded for r in sheet.rows)), "", money(sheet.total_to_members())]
    else:
        titles = [t["no"], t["number"], t["name"], t["capital"], jm, business_title(sheet, lang), ju,
                  t["total_member"]]
        rows = [[str(i), r.number, r.name, decimal_text(r.capital), money(r.jasa_modal.rounded), money(r.business),
                 money(r.jasa_usaha.rounded), money(r.total)] for i, r in enumerate(sheet.rows, start=1)]
        total = ["", "", t["total"], decimal_text(sheet.total_capital), money(sum(r.jasa_modal.rounded
                                                                                 for r in sheet.rows)),
                 money(sheet.total_business), money(sum(r.jasa_usaha.rounded for r in sheet.rows)),
                 money(sheet.total_to_members())]
    kinds = ["data"] * len(rows) + ["total"]
    return PagedTable(titles, [*rows, total], kinds, width, memo_column=2, first_figure=3)


def shu_list_story(sheet: ShuSheet, coop: ps.CoopInfo, width: float, lang: str = "id", *,
                   detail: bool = False) -> list[Flowable]:
    """The per-member list (number, name, capital, jasa modal, business, jasa usaha, total; with
    ``detail`` also the exact shares and residues) as one paged table: the RAT book's annex."""
    t = labels(lang)
    if not sheet.rows:
        return [Paragraph(ps.text(t["nobody"]), ps.style("nobody", 10, space_before=6))]
    return [_member_table(sheet, width, lang, detail)]


def render_shu_sheet_pdf(sheet: ShuSheet, coop: ps.CoopInfo, path: Path, lang: str = "id", *,
                         printed_at: datetime | None = None) -> Path:
    """The working sheet: letterhead, allocation on top, then every member with exact, rounded
    and residue of both shares."""
    t = labels(lang)
    path = ps.ensure_parent(Path(path))
    margin = 10 * mm
    note = t["printed"].format(when=ps.format_datetime(printed_at or datetime.now(), lang))
    title = t["title"]
    doc = ps.document(path, landscape(A4), margins=(margin, margin, 10 * mm, 14 * mm),
                      on_page=ps.footer(note, page_numbers=True, lang=lang),
                      title=f"{title} {sheet.year}", author=coop.name, subject=title)
    story: list[Any] = ps.list_heading(coop, lang, doc.width, title, t["year"].format(year=sheet.year))
    story += allocation_story(sheet, coop, doc.width, lang)
    story.append(Spacer(1, 8))
    story.append(Paragraph(ps.text(t["list_title"]), ps.style("list-head", 10, bold=True, space_after=3)))
    story += shu_list_story(sheet, coop, doc.width, lang, detail=True)
    doc.build(story)
    return path


# --- Excel ----------------------------------------------------------------------------------


def _exact(value: int | Decimal) -> int | Decimal:
    """A number Excel can hold: whole stays int, else 4 decimals (as a Decimal, never a float)."""
    if isinstance(value, int):
        return value
    return int(value) if value == value.to_integral_value() else value.quantize(_XLSX_PLACES, ROUND_HALF_UP)


def write_shu_sheet(ws: Worksheet, sheet: ShuSheet, coop: ps.CoopInfo, lang: str = "id") -> dict[str, int]:
    """Fill ``ws`` with the working sheet; returns the rows of the two tables' headers and totals
    (keys alloc_header, alloc_total, header, total)."""
    t = labels(lang)
    start = xs.title_block(ws, [f"{t['title']} · {coop.name}", t["year"].format(year=sheet.year)])
    # The allocation sits above the member table, in its columns: account in B (No. Anggota),
    # the post in C (Nama, the wide one), then %, by the table and posted in D..F.
    for i, (label, _) in enumerate(summary_rows(sheet, lang)):
        ws.cell(row=start + i, column=1, value=label)
    values: Sequence[int] = [sheet.shu, sheet.member_part, sheet.nonmember_part, sheet.total_to_members()]
    for i, amount in enumerate(values):
        ws.cell(row=start + i, column=4, value=amount).number_format = xs.RUPIAH
    ws.cell(row=start + 4, column=4, value=sum(1 for r in sheet.rows if r.total > 0))
    row = start + 6
    ws.cell(row=row, column=1, value=t["allocation"]).font = Font(bold=True)
    alloc_header = row + 1
    for c, title in ((2, t["account"]), (3, t["post"]), (4, t["percent"]), (5, t["by_table"]), (6, t["posted"])):
        cell = ws.cell(row=alloc_header, column=c, value=title)
        cell.font, cell.fill, cell.border = xs.BOLD, xs.HEADER_FILL, xs.HEADER_BORDER
        cell.alignment = Alignment(horizontal="left" if c < 4 else "right")
    for i, l in enumerate(sheet.lines, start=alloc_header + 1):
        ws.cell(row=i, column=2, value=l.account)
        ws.cell(row=i, column=3, value=post_label(l.name, l.kind, lang))
        ws.cell(row=i, column=4, value=l.percent if l.percent else None)
        ws.cell(row=i, column=5, value=l.table_amount).number_format = xs.RUPIAH
        ws.cell(row=i, column=6, value=l.amount).number_format = xs.RUPIAH
    alloc_total = alloc_header + len(sheet.lines) + 1
    ws.cell(row=alloc_total, column=3, value=t["total"])
    for c in (4, 5, 6):
        letter = "DEF"[c - 4]
        cell = ws.cell(row=alloc_total, column=c, value=f"=SUM({letter}{alloc_header + 1}:{letter}{alloc_total - 1})")
        if c > 4:
            cell.number_format = xs.RUPIAH
    for c in range(2, 7):
        ws.cell(row=alloc_total, column=c).font = xs.BOLD
        ws.cell(row=alloc_total, column=c).border = xs.TOTAL_BORDER
    row = alloc_total + 1
    for note in notes(sheet, lang):
        row += 1
        ws.cell(row=row, column=1, value=note).font = xs.MUTED
    row += 2
    ws.cell(row=row, column=1, value=t["list_title"]).font = Font(bold=True)
    jm, ju = t["jm"], t["ju"]
    columns = [
        xs.XColumn(t["no"], "int", 6, align="center"), xs.XColumn(t["number"], "text", 12),
        xs.XColumn(t["name"], "text", 28), xs.XColumn(t["capital"], "rupiah", 16, total=True),
        xs.XColumn(f"{jm} {t['exact']}", "text", 15, total=True), xs.XColumn(f"{jm} {t['rounded']}", "rupiah", 15,
                                                                            total=True),
        xs.XColumn(t["residue"], "text", 10, total=True), xs.XColumn(business_title(sheet, lang), "rupiah", 17,
                                                                     total=True),
        xs.XColumn(f"{ju} {t['exact']}", "text", 15, total=True), xs.XColumn(f"{ju} {t['rounded']}", "rupiah", 15,
                                                                            total=True),
        xs.XColumn(t["residue"], "text", 10, total=True), xs.XColumn(t["total_member"], "rupiah", 16, total=True),
    ]
    rows = [[i, r.number, r.name, _exact(r.capital), _exact(r.jasa_modal.exact), r.jasa_modal.rounded,
             _exact(r.jasa_modal.residue), r.business, _exact(r.jasa_usaha.exact), r.jasa_usaha.rounded,
             _exact(r.jasa_usaha.residue), r.total] for i, r in enumerate(sheet.rows, start=1)]
    header, total = xs.table(ws, row + 1, columns, rows, totals_label=t["total"], label_column=3)
    decimal_columns = (4, 5, 7, 9, 11) if sheet.capital_basis == "average" else (5, 7, 9, 11)
    for r in range(header + 1, (total or header) + 1):
        for c in decimal_columns:
            ws.cell(row=r, column=c).number_format = DECIMAL_FORMAT
    xs.page_setup(ws, landscape=True, header_row=header)
    return {"alloc_header": alloc_header, "alloc_total": alloc_total, "header": header, "total": total or 0}


def write_shu_sheet_xlsx(sheet: ShuSheet, coop: ps.CoopInfo, path: Path, lang: str = "id") -> Path:
    path = xs.ensure_target(Path(path))
    workbook = xs.new_workbook()
    ws = workbook.active
    ws.title = labels(lang)["sheet"].format(year=sheet.year)
    write_shu_sheet(ws, sheet, coop, lang)
    return xs.save(workbook, path)
