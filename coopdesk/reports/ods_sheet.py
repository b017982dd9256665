"""The annual figures the Ministry's Online Data System (ODS) asks for, on one xlsx sheet.

Every figure comes from the module that shows it elsewhere (membership and lending from the RAT
book's data, assets and capital from the balance sheet, SHU from the income statement, the RAT
date from the year texts), so the ODS sheet cannot disagree with the RAT book.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from openpyxl.styles import Alignment
from sqlalchemy.orm import Session

from coopdesk.reports import xlsx_style as xs
from coopdesk.reports.balance_sheet import balance_sheet
from coopdesk.reports.income_statement import income_statement
from coopdesk.reports.pdf_style import CoopInfo
from coopdesk.reports.rat_book import data
from coopdesk.reports.statement import Period
from coopdesk.services import organisation, settings, year_texts

MISSING = {"id": "belum diisi", "en": "not filled in"}
OFFICER_ROLES = ("employee", "manager", "pengurus", "pengawas")


@dataclass(frozen=True)
class OdsFigures:
    year: int
    name: str
    address: str
    legal_number: str
    legal_date: date | None
    nik: str
    members: dict[str, int]  # active members at 31 Dec by gender
    officers: dict[str, dict[str, int]]  # role -> gender -> serving on 31 Dec
    total_assets: int
    own_capital: int  # modal sendiri: the equity total
    outside_capital: int  # modal luar: the liabilities total
    business_volume: int  # principal of the loans disbursed in the year
    shu: int
    rat_held: bool
    rat_date: date | None
    missing: list[str] = field(default_factory=list)  # settings keys not filled in


def ods_figures(session: Session, year: int) -> OdsFigures:
    end = date(year, 12, 31)
    members = data.membership(session, [year])[0].end
    sheet = balance_sheet(session, end)
    pnl = income_statement(session, Period(date(year, 1, 1), end))
    volume = data.loans(session, [year])[0]
    conf = settings.get_all(session)
    legal_date: date | None = None
    try:
        legal_date = date.fromisoformat(conf.get("coop_legal_date", "")) if conf.get("coop_legal_date") else None
    except ValueError:
        legal_date = None
    missing = [k for k in ("coop_name", "coop_address", "coop_legal_number", "coop_legal_date", "coop_nik")
               if not (conf.get(k) or "").strip()]
    rat = year_texts.rat_date(session, year)
    counts = organisation.counts_by_gender(session, end)
    return OdsFigures(
        year=year, name=conf.get("coop_name", ""), address=conf.get("coop_address", ""),
        legal_number=conf.get("coop_legal_number", ""), legal_date=legal_date, nik=conf.get("coop_nik", ""),
        members={g: int(members.get(g, 0)) for g in ("L", "P")},
        officers={r: dict(counts.get(r, {"L": 0, "P": 0})) for r in OFFICER_ROLES},
        total_assets=sheet.amount("total_assets"), own_capital=sheet.amount("total_equity"),
        outside_capital=sheet.amount("total_liabilities"), business_volume=volume.disbursed_principal,
        shu=pnl.amount("after_tax"), rat_held=rat is not None, rat_date=rat, missing=missing)


_LABELS = {
    "id": {
        "title": "Data ODS (Online Data System) Koperasi Tahun {year}", "name": "Nama koperasi",
        "address": "Alamat", "legal_number": "Nomor badan hukum", "legal_date": "Tanggal badan hukum",
        "nik": "NIK koperasi", "members_L": "Anggota aktif laki-laki", "members_P": "Anggota aktif perempuan",
        "members": "Jumlah anggota aktif", "employee": "Karyawan", "manager": "Manajer", "pengurus": "Pengurus",
        "pengawas": "Pengawas", "L": "laki-laki", "P": "perempuan", "total_assets": "Total aset",
        "own_capital": "Modal sendiri", "outside_capital": "Modal luar", "business_volume": "Volume usaha",
        "shu": "SHU tahun berjalan", "rat_held": "RAT dilaksanakan", "rat_date": "Tanggal RAT",
        "yes": "Ya", "no": "Tidak", "label": "Uraian", "value": "Nilai", "source": "Sumber",
        "s_settings": "Pengaturan > Koperasi", "s_members": "Data anggota, aktif per 31 Desember",
        "s_officers": "Pengurus & karyawan yang menjabat per 31 Desember",
        "s_bs": "Neraca per 31 Desember", "s_volume": "Pokok pinjaman yang dicairkan dalam tahun",
        "s_is": "Laporan laba rugi (SHU setelah pajak)", "s_rat": "Tanggal RAT di Tutup Buku & RAT",
        "missing": "Belum diisi (Pengaturan > Koperasi): {items}",
    },
    "en": {
        "title": "ODS (Online Data System) figures {year}", "name": "Cooperative name",
        "address": "Address", "legal_number": "Legal entity number", "legal_date": "Legal entity date",
        "nik": "NIK koperasi", "members_L": "Active members, male", "members_P": "Active members, female",
        "members": "Active members", "employee": "Employees", "manager": "Managers", "pengurus": "Board (pengurus)",
        "pengawas": "Supervisors (pengawas)", "L": "male", "P": "female", "total_assets": "Total assets",
        "own_capital": "Own capital", "outside_capital": "Outside capital", "business_volume": "Business volume",
        "shu": "SHU of the year", "rat_held": "RAT held", "rat_date": "RAT date",
        "yes": "Yes", "no": "No", "label": "Item", "value": "Value", "source": "Source",
        "s_settings": "Settings > Cooperative", "s_members": "Members, active on 31 December",
        "s_officers": "Officers and staff serving on 31 December",
        "s_bs": "Balance sheet at 31 December", "s_volume": "Principal of the loans disbursed in the year",
        "s_is": "Income statement (SHU after tax)", "s_rat": "RAT date in Year end & RAT",
        "missing": "Not filled in (Settings > Cooperative): {items}",
    },
}


def rows(f: OdsFigures, lang: str = "id") -> list[tuple[str, object, str, str]]:
    """(label, value, kind, source) in the order the ODS form asks."""
    t = _LABELS["en" if lang == "en" else "id"]
    gap = MISSING["en" if lang == "en" else "id"]

    def text(value: str) -> str:
        return value.strip() or gap

    out: list[tuple[str, object, str, str]] = [
        (t["name"], text(f.name), "text", t["s_settings"]),
        (t["address"], text(f.address), "text", t["s_settings"]),
        (t["legal_number"], text(f.legal_number), "text", t["s_settings"]),
        (t["legal_date"], f.legal_date or gap, "date" if f.legal_date else "text", t["s_settings"]),
        (t["nik"], text(f.nik), "text", t["s_settings"]),
        (t["members_L"], f.members["L"], "int", t["s_members"]),
        (t["members_P"], f.members["P"], "int", t["s_members"]),
        (t["members"], f.members["L"] + f.members["P"], "int", t["s_members"]),
    ]
    for role in OFFICER_ROLES:
        for g in ("L", "P"):
            out.append((f"{t[role]} {t[g]}", f.officers[role][g], "int", t["s_officers"]))
    out += [
        (t["total_assets"], f.total_assets, "rupiah", t["s_bs"]),
        (t["own_capital"], f.own_capital, "rupiah", t["s_bs"]),
        (t["outside_capital"], f.outside_capital, "rupiah", t["s_bs"]),
        (t["business_volume"], f.business_volume, "rupiah", t["s_volume"]),
        (t["shu"], f.shu, "rupiah", t["s_is"]),
        (t["rat_held"], t["yes"] if f.rat_held else t["no"], "text", t["s_rat"]),
        (t["rat_date"], f.rat_date or "-", "date" if f.rat_date else "text", t["s_rat"]),
    ]
    return out


def write_ods_xlsx(figures: OdsFigures, path: Path | str, coop: CoopInfo | None = None, lang: str = "id") -> Path:
    t = _LABELS["en" if lang == "en" else "id"]
    target = xs.ensure_target(Path(path))
    wb = xs.new_workbook()
    ws = wb.active
    ws.title = "ODS"
    name = (coop.name if coop is not None else figures.name) or figures.name
    ws.cell(row=1, column=1, value=t["title"].format(year=figures.year)).font = xs.TITLE
    ws.cell(row=2, column=1, value=name)
    header = 4
    for col, key in enumerate(("label", "value", "source"), start=1):
        cell = ws.cell(row=header, column=col, value=t[key])
        cell.font, cell.fill, cell.border = xs.BOLD, xs.HEADER_FILL, xs.HEADER_BORDER
    for i, (label, value, kind, source) in enumerate(rows(figures, lang), start=header + 1):
        ws.cell(row=i, column=1, value=label)
        cell = ws.cell(row=i, column=2, value=value)
        cell.alignment = Alignment(horizontal="left" if kind == "text" else "right")
        if kind in ("rupiah", "int", "date"):
            cell.number_format = {"rupiah": xs.RUPIAH, "int": "#,##0", "date": xs.DATE}[kind]
        ws.cell(row=i, column=3, value=source).font = xs.MUTED
    last = header + len(rows(figures, lang))
    if figures.missing:
        ws.cell(row=last + 2, column=1, value=t["missing"].format(items=", ".join(figures.missing))).font = xs.BOLD
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["C"].width = 46
    return xs.save(wb, target)
