"""Daftar aset tetap: every asset held on a day with its cost, the depreciation booked on it up
to that day, and its book value; as data, an A4-landscape PDF and an Excel sheet.

Accumulated depreciation is read from the depreciation postings of entries dated on or before
the day (what the books say, so the totals agree with 13xx on the trial balance), not from
the schedule; "this month" is the schedule's figure for the day's month.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph
from sqlalchemy.orm import Session

from coopdesk.domain.calendar import Month
from coopdesk.domain.depreciation import AssetCategory
from coopdesk.domain.money import format_rupiah
from coopdesk.reports import pdf_style as ps
from coopdesk.reports import xlsx_style as xs
from coopdesk.reports.tables import Column, Row, grid
from coopdesk.services import fixed_assets


@dataclass(frozen=True)
class AssetRow:
    number: str
    name: str
    category: AssetCategory
    acquired_on: date
    cost: int
    life_months: int
    residual: int
    monthly: int  # the schedule's depreciation for the day's month (0 for land or when done)
    accumulated: int  # booked up to the day
    disposed_on: date | None

    @property
    def book_value(self) -> int:
        return self.cost - self.accumulated


@dataclass(frozen=True)
class AssetRegister:
    coop: ps.CoopInfo
    as_of: date
    rows: tuple[AssetRow, ...]
    printed_at: datetime

    @property
    def cost(self) -> int:
        return sum(r.cost for r in self.rows)

    @property
    def accumulated(self) -> int:
        return sum(r.accumulated for r in self.rows)

    @property
    def book_value(self) -> int:
        return sum(r.book_value for r in self.rows)

    def as_json(self) -> dict[str, object]:
        return {"date": self.as_of, "assets": [
            {"number": r.number, "name": r.name, "category": r.category.value, "acquired_on": r.acquired_on,
             "cost": r.cost, "life_months": r.life_months, "residual": r.residual, "monthly": r.monthly,
             "accumulated": r.accumulated, "book_value": r.book_value} for r in self.rows],
            "cost": self.cost, "accumulated": self.accumulated, "book_value": self.book_value}


def asset_register(session: Session, as_of: date, *, printed_at: datetime | None = None) -> AssetRegister:
    """Assets acquired on or before ``as_of`` and not disposed of by then."""
    booked = fixed_assets.accumulated_booked(session, as_of)
    month = Month.of(as_of)
    rows = []
    for a in fixed_assets.all_assets(session):
        if a.acquired_on > as_of or (a.disposed_on is not None and a.disposed_on <= as_of):
            continue
        monthly = next((r.amount for r in fixed_assets.schedule_of(a) if r.month == month), 0)
        rows.append(AssetRow(a.number, a.name, AssetCategory(a.category), a.acquired_on, a.cost,
                             a.useful_life_months, a.residual_value, monthly, booked.get(a.id, 0), a.disposed_on))
    return AssetRegister(ps.coop_info(session), as_of, tuple(rows), printed_at or datetime.now())


CATEGORY_NAMES = {
    "id": {AssetCategory.LAND: "Tanah", AssetCategory.BUILDING: "Bangunan", AssetCategory.VEHICLE: "Kendaraan",
           AssetCategory.EQUIPMENT: "Inventaris"},
    "en": {AssetCategory.LAND: "Land", AssetCategory.BUILDING: "Building", AssetCategory.VEHICLE: "Vehicle",
           AssetCategory.EQUIPMENT: "Equipment"},
}

_LABELS: dict[str, dict[str, str]] = {
    "id": {
        "title": "DAFTAR ASET TETAP", "as_of": "Per {date}", "no": "No.", "number": "No. Aset", "name": "Nama Aset",
        "category": "Kelompok", "acquired": "Tgl. Perolehan", "life": "Umur (bln)", "cost": "Harga Perolehan",
        "residual": "Nilai Sisa", "monthly": "Penyusutan Bulan Ini", "accumulated": "Akumulasi Penyusutan",
        "book": "Nilai Buku", "total": "JUMLAH", "nothing": "Tidak ada aset tetap pada tanggal ini.",
        "note": "Penyusutan garis lurus per bulan: (harga perolehan - nilai sisa) / umur manfaat; bulan terakhir "
                "menampung sisa pembulatan. Aset disusutkan untuk setiap bulan yang tanggal 15-nya aset dimiliki "
                "koperasi. Tanah tidak disusutkan. Akumulasi = penyusutan yang sudah dibukukan s.d. tanggal ini.",
        "printed": "Dicetak {when} · CoopDesk", "sheet": "Aset Tetap",
    },
    "en": {
        "title": "FIXED ASSET REGISTER", "as_of": "As of {date}", "no": "No.", "number": "Asset no.",
        "name": "Asset", "category": "Category", "acquired": "Acquired", "life": "Life (months)", "cost": "Cost",
        "residual": "Residual value", "monthly": "This month", "accumulated": "Accumulated depreciation",
        "book": "Book value", "total": "TOTAL", "nothing": "No fixed assets on this day.",
        "note": "Straight-line monthly depreciation: (cost - residual value) / useful life; the last month takes "
                "the rounding remainder. An asset is depreciated for every month in which the cooperative owns it "
                "on the 15th. Land is not depreciated. Accumulated = depreciation booked up to this day.",
        "printed": "Printed {when} · CoopDesk", "sheet": "Fixed assets",
    },
}


def _money(amount: int) -> str:
    return format_rupiah(amount, prefix=False)


def render_asset_register_pdf(data: AssetRegister, path: Path, lang: str = "id") -> Path:
    ps.check_lang(lang)
    path = ps.ensure_parent(Path(path))
    L = _LABELS[lang]
    names = CATEGORY_NAMES[lang]
    margin = 11 * mm
    note = L["printed"].format(when=ps.format_datetime(data.printed_at, lang))
    doc = ps.document(path, landscape(A4), margins=(margin, margin, 11 * mm, 15 * mm),
                      on_page=ps.footer(note, page_numbers=True, lang=lang),
                      title=f"{L['title']} {data.as_of.isoformat()}", author=data.coop.name, subject=L["title"])
    width = doc.width
    story: list[Any] = ps.list_heading(data.coop, lang, width, L["title"],
                                       L["as_of"].format(date=ps.format_date(data.as_of, lang)))
    if not data.rows:
        story.append(Paragraph(ps.text(L["nothing"]), ps.style("nothing", 10, space_before=8)))
        doc.build(story)
        return path
    columns = [Column(L["no"], "RIGHT"), Column(L["number"]), Column(L["name"], wrap=True), Column(L["category"]),
               Column(L["acquired"]), Column(L["life"], "CENTER"), Column(L["cost"], "RIGHT"),
               Column(L["residual"], "RIGHT"), Column(L["monthly"], "RIGHT"), Column(L["accumulated"], "RIGHT"),
               Column(L["book"], "RIGHT")]
    rows = [Row([str(i), r.number, r.name, names[r.category], ps.format_date(r.acquired_on, lang),
                 str(r.life_months) if r.life_months else "-", _money(r.cost), _money(r.residual), _money(r.monthly),
                 _money(r.accumulated), _money(r.book_value)]) for i, r in enumerate(data.rows, start=1)]
    rows.append(Row(["", "", L["total"], "", "", "", _money(data.cost), "",
                     _money(sum(r.monthly for r in data.rows)), _money(data.accumulated), _money(data.book_value)],
                    "total"))
    story.append(grid(columns, rows, width, size=8, min_size=6.5))
    story.append(Paragraph(ps.text(L["note"]), ps.style("note", 7.5, color=ps.MUTED, space_before=5)))
    doc.build(story)
    return path


def write_asset_register_xlsx(data: AssetRegister, path: Path, lang: str = "id") -> Path:
    ps.check_lang(lang)
    path = xs.ensure_target(Path(path))
    L = _LABELS[lang]
    names = CATEGORY_NAMES[lang]
    workbook = xs.new_workbook()
    ws = workbook.active
    ws.title = L["sheet"]
    start = xs.title_block(ws, [f"{L['title']} · {data.coop.name}",
                                L["as_of"].format(date=ps.format_date(data.as_of, lang))])
    columns = [
        xs.XColumn(L["no"], "int", 5, align="center"), xs.XColumn(L["number"], "text", 10),
        xs.XColumn(L["name"], "text", 32), xs.XColumn(L["category"], "text", 13),
        xs.XColumn(L["acquired"], "date", 13), xs.XColumn(L["life"], "int", 10, align="center"),
        xs.XColumn(L["cost"], "rupiah", 17, total=True), xs.XColumn(L["residual"], "rupiah", 14),
        xs.XColumn(L["monthly"], "rupiah", 15, total=True), xs.XColumn(L["accumulated"], "rupiah", 18, total=True),
        xs.XColumn(L["book"], "rupiah", 17, total=True),
    ]
    values = [[i, r.number, r.name, names[r.category], r.acquired_on, r.life_months, r.cost, r.residual, r.monthly,
               r.accumulated, r.book_value] for i, r in enumerate(data.rows, start=1)]
    header, _ = xs.table(ws, start, columns, values, totals_label=L["total"], label_column=3)
    xs.page_setup(ws, landscape=True, header_row=header)
    return xs.save(workbook, path)
