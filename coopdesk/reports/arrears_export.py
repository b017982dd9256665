"""Daftar tunggakan: the loans with something overdue on a day, for the collectors.

Who to visit or call (member, phone), which loan, how many installments are late, what to
collect today (overdue principal and interest plus denda), how many days late and the
collectibility class.  Read from :func:`coopdesk.services.loan_portfolio.arrears`, so the
list matches the loan page and the portfolio report.  As a landscape A4 PDF grouped by class
(worst first, each sorted by days late) and as an Excel sheet.
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

from coopdesk.domain.loan_quality import Collectibility
from coopdesk.domain.money import format_rupiah
from coopdesk.reports import pdf_style as ps
from coopdesk.reports import xlsx_style as xs
from coopdesk.reports.tables import Column, Row, grid
from coopdesk.services.loan_portfolio import arrears, running_loans

# Worst first: the collectors start with the loans closest to a loss.
CLASS_ORDER = (Collectibility.MACET, Collectibility.DIRAGUKAN, Collectibility.KURANG_LANCAR, Collectibility.LANCAR)


@dataclass(frozen=True)
class ArrearsRow:
    member_number: str
    member_name: str
    phone: str
    loan_number: str
    installments_late: int
    oldest_due: date | None
    dpd: int
    collectibility: Collectibility
    overdue: int  # principal + interest of installments due and unpaid
    denda: int
    outstanding: int  # all principal still owed

    @property
    def amount_due(self) -> int:
        """What to collect today: overdue installments plus denda."""
        return self.overdue + self.denda


@dataclass(frozen=True)
class ArrearsList:
    coop: ps.CoopInfo
    as_of: date
    rows: tuple[ArrearsRow, ...]  # latest first (most days late), as the service sorts them
    running: int  # loans running on the day, late or not
    printed_at: datetime

    @property
    def amount_due(self) -> int:
        return sum(r.amount_due for r in self.rows)

    @property
    def outstanding(self) -> int:
        return sum(r.outstanding for r in self.rows)

    def by_class(self) -> list[tuple[Collectibility, list[ArrearsRow]]]:
        return [(c, [r for r in self.rows if r.collectibility is c]) for c in CLASS_ORDER
                if any(r.collectibility is c for r in self.rows)]


def arrears_list(session: Session, as_of: date, *, printed_at: datetime | None = None) -> ArrearsList:
    rows = tuple(
        ArrearsRow(r.member_number, r.member_name, r.phone, r.number, r.position.due.installments_late,
                   r.position.due.oldest_unpaid_due, r.position.dpd, r.position.collectibility,
                   r.position.due.principal + r.position.due.interest, r.position.due.denda, r.position.outstanding)
        for r in arrears(session, as_of)
    )
    return ArrearsList(ps.coop_info(session), as_of, rows, len(running_loans(session, as_of)),
                       printed_at or datetime.now())


CLASS_NAMES = {
    "id": {c: c.label for c in Collectibility},
    "en": {Collectibility.LANCAR: "Lancar (pass)", Collectibility.KURANG_LANCAR: "Kurang Lancar (substandard)",
           Collectibility.DIRAGUKAN: "Diragukan (doubtful)", Collectibility.MACET: "Macet (loss)"},
}

_LABELS: dict[str, dict[str, str]] = {
    "id": {
        "title": "DAFTAR TUNGGAKAN PINJAMAN", "as_of": "Per {date}",
        "summary": "{late} dari {running} pinjaman berjalan menunggak; jumlah yang harus ditagih {amount}.",
        "nothing": "Tidak ada pinjaman yang menunggak pada tanggal ini.",
        "no": "No.", "member_number": "No. Anggota", "name": "Nama Anggota", "phone": "Telepon",
        "loan": "No. Pinjaman", "late": "Angsuran Terlambat", "oldest": "Jatuh Tempo Tertua",
        "overdue": "Tunggakan Pokok + Bunga", "denda": "Denda", "due": "Jumlah Ditagih", "dpd": "Hari Terlambat",
        "class": "Kolektibilitas", "outstanding": "Sisa Pokok",
        "group": "{name}: {n} pinjaman", "group_one": "{name}: 1 pinjaman", "subtotal": "Jumlah {name}",
        "total": "JUMLAH",
        "note": "Jumlah ditagih = angsuran (pokok + bunga) yang sudah jatuh tempo dan belum dibayar, ditambah denda "
                "sampai tanggal laporan. Hari terlambat dihitung dari jatuh tempo angsuran tertua yang belum lunas.",
        "printed": "Dicetak {when} · CoopDesk", "sheet": "Tunggakan",
    },
    "en": {
        "title": "LOAN ARREARS LIST", "as_of": "As of {date}",
        "summary": "{late} of {running} running loans are in arrears; amount to collect {amount}.",
        "nothing": "No loan is in arrears on this day.",
        "no": "No.", "member_number": "Member no.", "name": "Member name", "phone": "Phone",
        "loan": "Loan no.", "late": "Installments late", "oldest": "Oldest due date",
        "overdue": "Overdue principal + interest", "denda": "Late penalty", "due": "Amount to collect",
        "dpd": "Days late", "class": "Collectibility", "outstanding": "Outstanding principal",
        "group": "{name}: {n} loans", "group_one": "{name}: 1 loan", "subtotal": "Total {name}", "total": "TOTAL",
        "note": "Amount to collect = installments (principal + interest) due and unpaid, plus late penalty up to "
                "the report date. Days late count from the due date of the oldest unpaid installment.",
        "printed": "Printed {when} · CoopDesk", "sheet": "Arrears",
    },
}


def _money(amount: int) -> str:
    return format_rupiah(amount, prefix=False)


def render_arrears_pdf(data: ArrearsList, path: Path, lang: str = "id") -> Path:
    """The collection list on landscape A4, grouped by class, with subtotals and totals."""
    ps.check_lang(lang)
    path = ps.ensure_parent(Path(path))
    L = _LABELS[lang]
    names = CLASS_NAMES[lang]
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
    story.append(Paragraph(ps.text(L["summary"].format(late=len(data.rows), running=data.running,
                                                       amount=format_rupiah(data.amount_due))),
                           ps.style("summary", 9.5, space_after=6)))
    columns = [Column(L["no"], "RIGHT"), Column(L["member_number"]), Column(L["name"], wrap=True),
               Column(L["phone"]), Column(L["loan"]), Column(L["late"], "CENTER"), Column(L["oldest"]),
               Column(L["dpd"], "RIGHT"), Column(L["class"]), Column(L["overdue"], "RIGHT"),
               Column(L["denda"], "RIGHT"), Column(L["due"], "RIGHT"), Column(L["outstanding"], "RIGHT")]
    rows: list[Row] = []
    n = 0
    for cls, group in data.by_class():
        group_title = L["group_one" if len(group) == 1 else "group"].format(name=names[cls], n=len(group))
        rows.append(Row([group_title] + [""] * (len(columns) - 1), "group"))
        for r in group:
            n += 1
            rows.append(Row([str(n), r.member_number, r.member_name, r.phone, r.loan_number, str(r.installments_late),
                             ps.format_date(r.oldest_due, lang) if r.oldest_due else "", str(r.dpd), names[cls],
                             _money(r.overdue), _money(r.denda), _money(r.amount_due), _money(r.outstanding)]))
        rows.append(Row(["", "", L["subtotal"].format(name=names[cls]), "", "", "", "", "", "",
                         _money(sum(r.overdue for r in group)), _money(sum(r.denda for r in group)),
                         _money(sum(r.amount_due for r in group)), _money(sum(r.outstanding for r in group))],
                        "subtotal"))
    rows.append(Row(["", "", L["total"], "", "", str(sum(r.installments_late for r in data.rows)), "", "", "",
                     _money(sum(r.overdue for r in data.rows)), _money(sum(r.denda for r in data.rows)),
                     _money(data.amount_due), _money(data.outstanding)], "total"))
    story.append(grid(columns, rows, width, size=8, min_size=6.5))
    story.append(Paragraph(ps.text(L["note"]), ps.style("note", 7.5, color=ps.MUTED, space_before=5)))
    doc.build(story)
    return path


def write_arrears_sheet(ws: Any, data: ArrearsList, lang: str = "id") -> None:
    """The list on one worksheet: one row per loan, latest first, with a totals row."""
    L = _LABELS[lang]
    names = CLASS_NAMES[lang]
    ws.title = L["sheet"]
    start = xs.title_block(ws, [f"{L['title']} · {data.coop.name}",
                                L["as_of"].format(date=ps.format_date(data.as_of, lang)),
                                L["summary"].format(late=len(data.rows), running=data.running,
                                                    amount=format_rupiah(data.amount_due))])
    columns = [
        xs.XColumn(L["no"], "int", 5, align="center"), xs.XColumn(L["member_number"], "text", 12),
        xs.XColumn(L["name"], "text", 34), xs.XColumn(L["phone"], "text", 16), xs.XColumn(L["loan"], "text", 16),
        xs.XColumn(L["late"], "int", 11, total=True, align="center"), xs.XColumn(L["oldest"], "date", 13),
        xs.XColumn(L["dpd"], "int", 10, align="center"), xs.XColumn(L["class"], "text", 16),
        xs.XColumn(L["overdue"], "rupiah", 17, total=True), xs.XColumn(L["denda"], "rupiah", 14, total=True),
        xs.XColumn(L["due"], "rupiah", 17, total=True), xs.XColumn(L["outstanding"], "rupiah", 17, total=True),
    ]
    values = [[i, r.member_number, r.member_name, r.phone, r.loan_number, r.installments_late, r.oldest_due, r.dpd,
               names[r.collectibility], r.overdue, r.denda, r.amount_due, r.outstanding]
              for i, r in enumerate(data.rows, start=1)]
    header, _ = xs.table(ws, start, columns, values, totals_label=L["total"], label_column=3)
    xs.page_setup(ws, landscape=True, header_row=header)


def write_arrears_xlsx(data: ArrearsList, path: Path, lang: str = "id") -> Path:
    ps.check_lang(lang)
    path = xs.ensure_target(Path(path))
    workbook = xs.new_workbook()
    write_arrears_sheet(workbook.active, data, lang)
    return xs.save(workbook, path)
