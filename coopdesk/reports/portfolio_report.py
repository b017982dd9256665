"""Laporan kualitas pinjaman: the portfolio on a day, for the treasurer, the board and the RAT.

Collectibility (count, outstanding, allowance rate, allowance needed per class), NPL with its
Juknis 15/2021 score, aging of arrears, and the allowance needed (PPAPWD) against what is
booked on 1149.  Read from :func:`coopdesk.services.loan_portfolio.portfolio`, so it matches
the portfolio page and what month end posts.  As an A4 PDF page and as Excel sheets (the
summary, and every running loan so the figures can be checked).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, KeepTogether, Paragraph, Spacer, Table
from sqlalchemy.orm import Session

from coopdesk.domain.loan_quality import AGING_BUCKETS, Collectibility, QualityRules
from coopdesk.domain.money import format_rupiah
from coopdesk.reports import pdf_style as ps
from coopdesk.reports import xlsx_style as xs
from coopdesk.reports.arrears_export import CLASS_NAMES
from coopdesk.reports.loan_card import percent_text
from coopdesk.reports.tables import Column, Row, grid
from coopdesk.services.loan_portfolio import portfolio
from coopdesk.services.loans import ALLOWANCE_ACCOUNT, quality_rules

CLASS_ORDER = (Collectibility.LANCAR, Collectibility.KURANG_LANCAR, Collectibility.DIRAGUKAN, Collectibility.MACET)


@dataclass(frozen=True)
class ClassLine:
    collectibility: Collectibility
    count: int
    outstanding: int
    rate: Decimal  # allowance rate, percent
    allowance: int  # needed, whole Rupiah


@dataclass(frozen=True)
class AgingLine:
    bucket: str  # a name from domain.loan_quality.AGING_BUCKETS
    count: int
    outstanding: int


@dataclass(frozen=True)
class PortfolioLoan:
    member_number: str
    member_name: str
    loan_number: str
    disbursed_on: date
    principal: int
    outstanding: int
    dpd: int
    collectibility: Collectibility
    allowance: int


@dataclass(frozen=True)
class PortfolioReport:
    coop: ps.CoopInfo
    as_of: date
    rules: QualityRules
    classes: tuple[ClassLine, ...]
    aging: tuple[AgingLine, ...]
    npl: Decimal  # fraction
    npl_label: str  # Juknis 15/2021 score: sehat, cukup sehat, kurang sehat, tidak sehat
    allowance_booked: int
    loans: tuple[PortfolioLoan, ...]
    printed_at: datetime

    @property
    def count(self) -> int:
        return sum(c.count for c in self.classes)

    @property
    def outstanding(self) -> int:
        return sum(c.outstanding for c in self.classes)

    @property
    def non_performing(self) -> int:
        return sum(c.outstanding for c in self.classes if c.collectibility.non_performing)

    @property
    def allowance_needed(self) -> int:
        return sum(c.allowance for c in self.classes)

    @property
    def allowance_difference(self) -> int:
        """Positive: more allowance to book (Dr 5290 / Cr 1149); negative: to release."""
        return self.allowance_needed - self.allowance_booked


def portfolio_report(session: Session, as_of: date, *, printed_at: datetime | None = None) -> PortfolioReport:
    book = portfolio(session, as_of)
    rules = quality_rules(session)
    classes = tuple(
        ClassLine(c, book.count_by_class.get(c, 0), book.outstanding_by_class.get(c, 0), rules.rate(c),
                  sum(r.position.allowance for r in book.rows if r.position.collectibility is c))
        for c in CLASS_ORDER)
    aging = tuple(AgingLine(name, *book.aging.get(name, (0, 0))) for name, _, _ in AGING_BUCKETS)
    loans = tuple(
        PortfolioLoan(r.member_number, r.member_name, r.number, r.disbursed_on, r.principal, r.position.outstanding,
                      r.position.dpd, r.position.collectibility, r.position.allowance)
        for r in book.rows)
    return PortfolioReport(ps.coop_info(session), as_of, rules, classes, aging, book.npl, book.npl_label,
                           book.allowance_booked, loans, printed_at or datetime.now())


def dpd_range(cls: Collectibility, rules: QualityRules, lang: str) -> str:
    days = "hari" if lang == "id" else "days"
    if cls is Collectibility.LANCAR:
        return f"0\u2013{rules.lancar_max} {days}"
    if cls is Collectibility.KURANG_LANCAR:
        return f"{rules.lancar_max + 1}\u2013{rules.kurang_lancar_max} {days}"
    if cls is Collectibility.DIRAGUKAN:
        return f"{rules.kurang_lancar_max + 1}\u2013{rules.diragukan_max} {days}"
    return f"> {rules.diragukan_max} {days}"


def bucket_name(bucket: str, lang: str) -> str:
    if bucket == "current":
        return "Tidak menunggak" if lang == "id" else "Not overdue"
    days = "hari" if lang == "id" else "days"
    if bucket.startswith(">"):
        return f"> {bucket[1:]} {days}"
    low, high = bucket.split("-")
    return f"{low}\u2013{high} {days}"


def percent(fraction: Decimal, lang: str, places: int = 2) -> str:
    value = (fraction * 100).quantize(Decimal(1).scaleb(-places))
    text = f"{value:.{places}f}"
    return (text.replace(".", ",") if lang == "id" else text) + "%"


_NPL_LABELS_EN = {"sehat": "healthy", "cukup sehat": "fairly healthy", "kurang sehat": "less healthy",
                  "tidak sehat": "unhealthy"}

_LABELS: dict[str, dict[str, str]] = {
    "id": {
        "title": "LAPORAN KUALITAS PINJAMAN", "as_of": "Per {date}",
        "lead": "{n} pinjaman berjalan, sisa pokok {amount}.",
        "quality": "1. Kolektibilitas dan penyisihan (PPAP)", "class": "Kolektibilitas", "dpd": "Hari Terlambat",
        "count": "Jumlah Pinjaman", "outstanding": "Sisa Pokok", "share": "% Sisa Pokok", "rate": "Tarif PPAP",
        "basis": "Dasar", "basis_outstanding": "sisa pokok", "basis_net": "sisa pokok \u2212 agunan",
        "allowance": "PPAP Wajib Dibentuk", "total": "Jumlah",
        "npl": "2. Non-Performing Loan (NPL)",
        "npl_formula": "NPL = (Kurang Lancar + Diragukan + Macet) \u00f7 sisa pokok = {bad} \u00f7 {total} = "
                       "<b>{ratio}</b>, nilai <b>{label}</b>",
        "npl_scale": "Skala Juknis 15/2021: \u2264 5% sehat \u00b7 > 5\u201310% cukup sehat \u00b7 > 10\u201315% "
                     "kurang sehat \u00b7 > 15% tidak sehat.",
        "aging": "3. Umur tunggakan", "bucket": "Umur Tunggakan",
        "reserve": "4. PPAP wajib dibentuk dibandingkan PPAP yang sudah dibukukan",
        "needed": "PPAP wajib dibentuk (PPAPWD)", "booked": "PPAP sudah dibentuk (saldo akun {account})",
        "short": "Kurang dibentuk", "excess": "Lebih dibentuk", "even": "Selisih",
        "short_note": "Tutup bulan membukukan kekurangan ini (Dr 5290 Beban Penyisihan / Cr {account}).",
        "excess_note": "Tutup bulan mengembalikan kelebihan ini (Dr {account} / Cr 5290).",
        "no_loans": "Tidak ada pinjaman berjalan pada tanggal ini.",
        "prepared": "Dibuat oleh,", "treasurer": "Bendahara", "acknowledged": "Mengetahui,", "chair": "Ketua",
        "printed": "Dicetak {when} · CoopDesk",
        "sheet": "Kualitas Pinjaman", "sheet_loans": "Daftar Pinjaman",
        "member_number": "No. Anggota", "member_name": "Nama Anggota", "loan": "No. Pinjaman",
        "disbursed": "Tanggal Cair", "principal": "Pokok Awal", "npl_short": "NPL", "npl_score": "Nilai",
        "no": "No.",
    },
    "en": {
        "title": "LOAN PORTFOLIO QUALITY REPORT", "as_of": "As of {date}",
        "lead": "{n} running loans, outstanding principal {amount}.",
        "quality": "1. Collectibility and loan-loss allowance (PPAP)", "class": "Collectibility",
        "dpd": "Days past due", "count": "Loans", "outstanding": "Outstanding", "share": "% of outstanding",
        "rate": "Allowance rate", "basis": "Basis", "basis_outstanding": "outstanding",
        "basis_net": "outstanding \u2212 collateral", "allowance": "Allowance needed", "total": "Total",
        "npl": "2. Non-performing loans (NPL)",
        "npl_formula": "NPL = (Kurang Lancar + Diragukan + Macet) \u00f7 outstanding = {bad} \u00f7 {total} = "
                       "<b>{ratio}</b>, score <b>{label}</b>",
        "npl_scale": "Juknis 15/2021 scale: \u2264 5% healthy \u00b7 > 5\u201310% fairly healthy \u00b7 "
                     "> 10\u201315% less healthy \u00b7 > 15% unhealthy.",
        "aging": "3. Aging of arrears", "bucket": "Days overdue",
        "reserve": "4. Allowance needed against allowance booked",
        "needed": "Allowance needed (PPAPWD)", "booked": "Allowance booked (balance of account {account})",
        "short": "Short by", "excess": "In excess by", "even": "Difference",
        "short_note": "Month end books the shortfall (Dr 5290 allowance expense / Cr {account}).",
        "excess_note": "Month end releases the excess (Dr {account} / Cr 5290).",
        "no_loans": "No loans are running on this day.",
        "prepared": "Prepared by,", "treasurer": "Treasurer", "acknowledged": "Acknowledged,", "chair": "Chair",
        "printed": "Printed {when} · CoopDesk",
        "sheet": "Portfolio quality", "sheet_loans": "Loans",
        "member_number": "Member no.", "member_name": "Member name", "loan": "Loan no.",
        "disbursed": "Disbursed", "principal": "Principal", "npl_short": "NPL", "npl_score": "Score",
        "no": "No.",
    },
}


def npl_label_text(report: PortfolioReport, lang: str) -> str:
    return report.npl_label if lang == "id" else _NPL_LABELS_EN.get(report.npl_label, report.npl_label)


def _money(amount: int) -> str:
    return format_rupiah(amount, prefix=False)


def _share(part: int, whole: int, lang: str) -> str:
    return percent(Decimal(part) / Decimal(whole), lang, 1) if whole else "\u2013"


def render_portfolio_pdf(report: PortfolioReport, path: Path, lang: str = "id") -> Path:
    """The report as one A4 portrait page."""
    ps.check_lang(lang)
    path = ps.ensure_parent(Path(path))
    L = _LABELS[lang]
    names = CLASS_NAMES[lang]
    margin = 15 * mm
    note = L["printed"].format(when=ps.format_datetime(report.printed_at, lang))
    doc = ps.document(path, A4, margins=(margin, margin, 13 * mm, 16 * mm),
                      on_page=ps.footer(note, page_numbers=True, lang=lang),
                      title=f"{L['title']} {report.as_of.isoformat()}", author=report.coop.name, subject=L["title"])
    width = doc.width
    story: list[Any] = ps.letterhead_lines(report.coop, lang, align=TA_CENTER, name_size=14, width=width)
    story += [Spacer(1, 3), HRFlowable(width="100%", thickness=1.6, color=ps.RULE, spaceAfter=1.2),
              HRFlowable(width="100%", thickness=0.5, color=ps.RULE, spaceAfter=8),
              Paragraph(ps.text(L["title"]), ps.style("title", 12.5, bold=True, align=TA_CENTER)),
              Paragraph(ps.text(L["as_of"].format(date=ps.format_date(report.as_of, lang))),
                        ps.style("asof", 10, align=TA_CENTER, space_after=8))]
    if not report.count:
        story.append(Paragraph(ps.text(L["no_loans"]), ps.style("none", 10, space_after=6)))
    else:
        story.append(Paragraph(ps.text(L["lead"].format(n=report.count, amount=format_rupiah(report.outstanding))),
                               ps.style("lead", 10, space_after=4)))
    section = ps.style("section", 10.5, bold=True, space_before=10, space_after=4)

    story.append(Paragraph(ps.text(L["quality"]), section))
    columns = [Column(L["class"], wrap=True), Column(L["dpd"]), Column(L["count"], "RIGHT"),
               Column(L["outstanding"], "RIGHT"), Column(L["share"], "RIGHT"), Column(L["rate"], "RIGHT"),
               Column(L["basis"]), Column(L["allowance"], "RIGHT")]
    rows = [Row([names[c.collectibility], dpd_range(c.collectibility, report.rules, lang), str(c.count),
                 _money(c.outstanding), _share(c.outstanding, report.outstanding, lang),
                 f"{percent_text(c.rate, lang)}%",
                 L["basis_outstanding"] if c.collectibility is Collectibility.LANCAR else L["basis_net"],
                 _money(c.allowance)],
                color=ps.ALERT if c.collectibility.non_performing and c.count else None)
            for c in report.classes]
    rows.append(Row([L["total"], "", str(report.count), _money(report.outstanding),
                     _share(report.outstanding, report.outstanding, lang), "", "", _money(report.allowance_needed)],
                    "total"))
    story.append(grid(columns, rows, width, size=8.5, padding=3.5))

    story.append(Paragraph(ps.text(L["npl"]), section))
    label = npl_label_text(report, lang)
    formula = L["npl_formula"].format(bad=ps.text(format_rupiah(report.non_performing)),
                                      total=ps.text(format_rupiah(report.outstanding)),
                                      ratio=percent(report.npl, lang), label=ps.text(label))
    npl_color = ps.INK if report.npl_label in ("sehat",) else ps.ALERT
    story += [Paragraph(formula, ps.style("npl", 9.5, color=npl_color)),
              Paragraph(ps.text(L["npl_scale"]), ps.style("scale", 8, color=ps.MUTED, space_before=2))]

    story.append(Paragraph(ps.text(L["aging"]), section))
    aging_cols = [Column(L["bucket"]), Column(L["count"], "RIGHT"), Column(L["outstanding"], "RIGHT"),
                  Column(L["share"], "RIGHT")]
    aging_rows = [Row([bucket_name(a.bucket, lang), str(a.count), _money(a.outstanding),
                       _share(a.outstanding, report.outstanding, lang)]) for a in report.aging]
    aging_rows.append(Row([L["total"], str(sum(a.count for a in report.aging)),
                           _money(sum(a.outstanding for a in report.aging)),
                           _share(report.outstanding, report.outstanding, lang)], "total"))
    story.append(grid(aging_cols, aging_rows, width * 0.62, size=8.5, padding=4))

    story.append(Paragraph(ps.text(L["reserve"]), section))
    story.append(_reserve_table(report, lang, width * 0.75))
    story.append(Spacer(1, 20))
    story.append(KeepTogether([
        Paragraph(ps.format_date(report.as_of, lang), ps.style("place", 9.5, align=TA_RIGHT)),
        Spacer(1, 4),
        ps.signature_block([ps.Signer(L["treasurer"], above=L["prepared"]),
                            ps.Signer(L["chair"], above=L["acknowledged"])], width, space=46, size=9),
    ]))
    doc.build(story)
    return path


def _reserve_table(report: PortfolioReport, lang: str, width: float) -> Any:
    L = _LABELS[lang]
    size = 9.5
    difference = report.allowance_difference
    key = "short" if difference > 0 else "excess" if difference < 0 else "even"
    rows = [
        [Paragraph(ps.text(L["needed"]), ps.style("r", size)), ps.right(format_rupiah(report.allowance_needed), size)],
        [Paragraph(ps.text(L["booked"].format(account=ALLOWANCE_ACCOUNT)), ps.style("r", size)),
         ps.right(format_rupiah(report.allowance_booked), size)],
        [Paragraph(f"<b>{ps.text(L[key])}</b>", ps.style("r", size)),
         ps.right(format_rupiah(abs(difference)), size, bold=True)],
    ]
    table = Table(rows, colWidths=[width * 0.7, width * 0.3], hAlign="LEFT")
    table.setStyle(ps.table_style([("LINEABOVE", (0, -1), (-1, -1), 0.8, ps.RULE),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
    if difference == 0:
        return table
    note = L["short_note" if difference > 0 else "excess_note"].format(account=ALLOWANCE_ACCOUNT)
    return KeepTogether([table, Paragraph(ps.text(note), ps.style("rn", 8, color=ps.MUTED, space_before=3))])


# --- Excel ------------------------------------------------------------------------------------

def write_portfolio_sheets(workbook: Any, report: PortfolioReport, lang: str = "id") -> None:
    """The summary on the first sheet, every running loan on the second."""
    L = _LABELS[lang]
    names = CLASS_NAMES[lang]
    ws = workbook.active
    ws.title = L["sheet"]
    row = xs.title_block(ws, [f"{L['title']} · {report.coop.name}",
                              L["as_of"].format(date=ps.format_date(report.as_of, lang))])
    ws.cell(row=row, column=1, value=L["quality"]).font = xs.BOLD
    columns = [xs.XColumn(L["class"], "text", 28), xs.XColumn(L["dpd"], "text", 15),
               xs.XColumn(L["count"], "int", 11, total=True), xs.XColumn(L["outstanding"], "rupiah", 18, total=True),
               xs.XColumn(L["share"], "percent", 13), xs.XColumn(L["rate"], "percent", 13),
               xs.XColumn(L["basis"], "text", 22), xs.XColumn(L["allowance"], "rupiah", 18, total=True)]
    values = [[names[c.collectibility], dpd_range(c.collectibility, report.rules, lang), c.count, c.outstanding,
               Decimal(c.outstanding) / Decimal(report.outstanding) if report.outstanding else Decimal(0),
               c.rate / 100, L["basis_outstanding"] if c.collectibility is Collectibility.LANCAR else L["basis_net"],
               c.allowance] for c in report.classes]
    header, totals = xs.table(ws, row + 1, columns, values, totals_label=L["total"], autofilter=False)
    assert totals is not None
    row = totals + 2
    ws.cell(row=row, column=1, value=L["npl"]).font = xs.BOLD
    ws.cell(row=row + 1, column=1, value=L["npl_short"])
    npl = ws.cell(row=row + 1, column=2, value=report.npl)
    npl.number_format = xs.PERCENT
    npl.font = xs.BOLD
    ws.cell(row=row + 2, column=1, value=L["npl_score"])
    ws.cell(row=row + 2, column=2, value=npl_label_text(report, lang)).font = xs.BOLD
    ws.cell(row=row + 3, column=1, value=L["npl_scale"]).font = xs.MUTED
    row += 5
    ws.cell(row=row, column=1, value=L["aging"]).font = xs.BOLD
    aging_cols = [xs.XColumn(L["bucket"], "text", 28), xs.XColumn("", "text", 15),
                  xs.XColumn(L["count"], "int", 11, total=True),
                  xs.XColumn(L["outstanding"], "rupiah", 18, total=True), xs.XColumn(L["share"], "percent", 12)]
    aging_values = [[bucket_name(a.bucket, lang), "", a.count, a.outstanding,
                     Decimal(a.outstanding) / Decimal(report.outstanding) if report.outstanding else Decimal(0)]
                    for a in report.aging]
    # Count, outstanding and share in the same columns as in the class table above.
    _, aging_totals = xs.table(ws, row + 1, aging_cols, aging_values, totals_label=L["total"], freeze=False,
                               autofilter=False, set_widths=False)
    assert aging_totals is not None
    row = aging_totals + 2
    ws.cell(row=row, column=1, value=L["reserve"]).font = xs.BOLD
    needed_row, booked_row, diff_row = row + 1, row + 2, row + 3
    ws.cell(row=needed_row, column=1, value=L["needed"])
    ws.cell(row=needed_row, column=4, value=report.allowance_needed).number_format = xs.RUPIAH
    ws.cell(row=booked_row, column=1, value=L["booked"].format(account=ALLOWANCE_ACCOUNT))
    ws.cell(row=booked_row, column=4, value=report.allowance_booked).number_format = xs.RUPIAH
    ws.cell(row=diff_row, column=1, value=f"{L['short']} (+) / {L['excess']} (\u2212)").font = xs.BOLD
    diff = ws.cell(row=diff_row, column=4, value=f"=D{needed_row}-D{booked_row}")
    diff.number_format = xs.RUPIAH
    diff.font = xs.BOLD
    diff.border = xs.TOTAL_BORDER
    ws.freeze_panes = ws.cell(row=header + 1, column=1)
    xs.page_setup(ws, landscape=False)

    detail = workbook.create_sheet(L["sheet_loans"])
    start = xs.title_block(detail, [f"{L['sheet_loans']} · {report.coop.name}",
                                    L["as_of"].format(date=ps.format_date(report.as_of, lang))])
    loan_cols = [xs.XColumn(L["no"], "int", 5, align="center"), xs.XColumn(L["member_number"], "text", 12),
                 xs.XColumn(L["member_name"], "text", 34), xs.XColumn(L["loan"], "text", 16),
                 xs.XColumn(L["disbursed"], "date", 13), xs.XColumn(L["principal"], "rupiah", 17, total=True),
                 xs.XColumn(L["outstanding"], "rupiah", 17, total=True),
                 xs.XColumn(L["dpd"], "int", 10, align="center"), xs.XColumn(L["class"], "text", 16),
                 xs.XColumn(L["allowance"], "rupiah", 17, total=True)]
    loan_values = [[i, r.member_number, r.member_name, r.loan_number, r.disbursed_on, r.principal, r.outstanding,
                    r.dpd, names[r.collectibility], r.allowance] for i, r in enumerate(report.loans, start=1)]
    detail_header, _ = xs.table(detail, start, loan_cols, loan_values, totals_label=L["total"], label_column=3)
    xs.page_setup(detail, landscape=True, header_row=detail_header)


def write_portfolio_xlsx(report: PortfolioReport, path: Path, lang: str = "id") -> Path:
    ps.check_lang(lang)
    path = xs.ensure_target(Path(path))
    workbook = xs.new_workbook()
    write_portfolio_sheets(workbook, report, lang)
    return xs.save(workbook, path)
