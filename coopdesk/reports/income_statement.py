"""Laporan Perhitungan Hasil Usaha: the cooperative income statement for a period, with the
same period a year earlier.

The layout separates business with members (partisipasi anggota) from business with
non-members, as the cooperative format asks: only the SHU that comes from members is shared
out to members.  Where an account sits is its group (coopdesk/domain/statement_groups.py).
Year-closing entries are left out, so a closed year still shows what it earned.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from coopdesk.domain.statement_groups import ReportGroup
from coopdesk.reports.ledger_sums import AccountInfo, DailyTotals, Sums, chart
from coopdesk.reports.statement import LineBuilder, LineKind, Period, Statement, language

_T = {
    "id": {
        "title": "Laporan Perhitungan Hasil Usaha",
        "member": "PARTISIPASI ANGGOTA", "member_income": "Partisipasi bruto anggota",
        "total_member_income": "Jumlah partisipasi bruto anggota", "member_cost": "Beban pokok (jasa simpanan)",
        "total_member_cost": "Jumlah beban pokok", "member_net": "Partisipasi neto anggota",
        "nonmember": "BISNIS DENGAN NON-ANGGOTA", "nonmember_income": "Pendapatan dari non-anggota",
        "nonmember_cost": "Beban pokok non-anggota", "nonmember_net": "Laba bisnis dengan non-anggota",
        "gross": "SISA HASIL USAHA KOTOR",
        "operating": "BEBAN USAHA", "total_operating": "Jumlah beban usaha",
        "cooperative": "BEBAN PERKOPERASIAN", "total_cooperative": "Jumlah beban perkoperasian",
        "operating_result": "SHU USAHA",
        "other": "PENDAPATAN DAN BEBAN LAIN-LAIN", "other_income": "Pendapatan lain-lain",
        "other_cost": "Beban lain-lain", "other_net": "Jumlah pendapatan (beban) lain-lain",
        "before_tax": "SHU SEBELUM PAJAK", "tax": "Pajak penghasilan", "after_tax": "SHU SETELAH PAJAK",
    },
    "en": {
        "title": "Statement of Operating Results (SHU)",
        "member": "MEMBER PARTICIPATION", "member_income": "Gross member participation",
        "total_member_income": "Total gross member participation", "member_cost": "Cost of member services",
        "total_member_cost": "Total cost of member services", "member_net": "Net member participation",
        "nonmember": "BUSINESS WITH NON-MEMBERS", "nonmember_income": "Income from non-members",
        "nonmember_cost": "Cost of non-member business", "nonmember_net": "Result of business with non-members",
        "gross": "GROSS OPERATING RESULT",
        "operating": "OPERATING EXPENSES", "total_operating": "Total operating expenses",
        "cooperative": "COOPERATIVE EXPENSES", "total_cooperative": "Total cooperative expenses",
        "operating_result": "RESULT FROM OPERATIONS",
        "other": "OTHER INCOME AND EXPENSES", "other_income": "Other income",
        "other_cost": "Other expenses", "other_net": "Total other income (expenses)",
        "before_tax": "SHU BEFORE TAX", "tax": "Income tax", "after_tax": "SHU AFTER TAX",
    },
}


def income_statement(session: Session, period: Period, lang: str = "id",
                     daily: DailyTotals | None = None) -> Statement:
    if period.start is None:
        raise ValueError("an income statement needs a start date")
    t = _T[language(lang)]
    previous_period = period.year_earlier()
    accounts = chart(session)
    daily = daily or DailyTotals(session, period.end)
    now = daily.sums(start=period.start, end=period.end, include_closing=False)
    before = daily.sums(start=previous_period.start, end=previous_period.end, include_closing=False)
    b = LineBuilder()

    def members(kind: str, group: ReportGroup) -> list[AccountInfo]:
        return [i for i in accounts.values() if i.kind == kind and i.group is group]

    def lines(infos: list[AccountInfo], level: int = 2) -> tuple[int, int, tuple[str, ...]]:
        """Account lines, each positive on its normal side; returns their totals."""
        total = total_before = 0
        for info in infos:
            s, p = now.get(info.code, Sums()), before.get(info.code, Sums())
            amount, previous = (s.net_credit, p.net_credit) if info.kind == "income" else (s.net_debit, p.net_debit)
            if amount or previous:
                b.add(f"acct:{info.code}", info.name, LineKind.ACCOUNT, amount, previous, (info.code,), level)
            total += amount
            total_before += previous
        return total, total_before, tuple(i.code for i in infos)

    def subtotal(key: str, figures: tuple[int, int, tuple[str, ...]], kind: LineKind = LineKind.SUBTOTAL,
                 level: int = 1) -> tuple[int, int, tuple[str, ...]]:
        b.add(key, t[key], kind, figures[0], figures[1], figures[2], level)
        return figures

    def minus(a: tuple[int, int, tuple[str, ...]], c: tuple[int, int, tuple[str, ...]]) -> tuple[int, int,
                                                                                                  tuple[str, ...]]:
        return a[0] - c[0], a[1] - c[1], a[2] + c[2]

    def plus(a: tuple[int, int, tuple[str, ...]], c: tuple[int, int, tuple[str, ...]]) -> tuple[int, int,
                                                                                                 tuple[str, ...]]:
        return a[0] + c[0], a[1] + c[1], a[2] + c[2]

    b.heading("h:member", t["member"])
    b.heading("h:member_income", t["member_income"], level=1)
    member_income = subtotal("total_member_income", lines(members("income", ReportGroup.MEMBER)))
    b.heading("h:member_cost", t["member_cost"], level=1)
    member_cost = subtotal("total_member_cost", lines(members("expense", ReportGroup.MEMBER)))
    member_net = subtotal("member_net", minus(member_income, member_cost), level=0)

    b.heading("h:nonmember", t["nonmember"])
    nonmember_income = lines(members("income", ReportGroup.NONMEMBER))
    nonmember_cost = lines(members("expense", ReportGroup.NONMEMBER))
    nonmember_net = subtotal("nonmember_net", minus(nonmember_income, nonmember_cost), level=0)
    gross = subtotal("gross", plus(member_net, nonmember_net), LineKind.TOTAL, level=0)

    b.heading("h:operating", t["operating"])
    operating = subtotal("total_operating", lines(members("expense", ReportGroup.OPERATING)))
    b.heading("h:cooperative", t["cooperative"])
    cooperative = subtotal("total_cooperative", lines(members("expense", ReportGroup.COOPERATIVE)))
    result = subtotal("operating_result", minus(minus(gross, operating), cooperative), LineKind.TOTAL, level=0)

    b.heading("h:other", t["other"])
    other_income = lines(members("income", ReportGroup.OTHER))
    other_cost = lines(members("expense", ReportGroup.OTHER))
    other = subtotal("other_net", minus(other_income, other_cost))
    before_tax = subtotal("before_tax", plus(result, other), LineKind.TOTAL, level=0)
    tax = lines(members("expense", ReportGroup.TAX), level=1)
    subtotal("after_tax", minus(before_tax, tax), LineKind.TOTAL, level=0)
    return Statement("income_statement", t["title"], lang, period, previous_period, b.lines)


def shu_for_period(session: Session, period: Period) -> int:
    """SHU after tax of a period: the figure the income statement ends with."""
    return income_statement(session, period).amount("after_tax")
