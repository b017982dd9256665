"""Laporan Perubahan Ekuitas for a period, with the same period a year earlier.

One block per equity component: balance at the start, additions, reductions, balance at the
end.  The SHU accounts (3170 SHU Tahun Lalu, 3180 SHU Tahun Berjalan) and the results not yet
closed into them form one component, "Sisa Hasil Usaha": closing a year moves figures within
it and changes nothing here, and its growth from operations is exactly the SHU of the income
statement (taken from the income statement, not computed a second way).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from coopdesk.reports.balance_sheet import CURRENT_SHU_ACCOUNT, PRIOR_SHU_ACCOUNT, balance_sheet, equity_amounts
from coopdesk.reports.income_statement import income_statement
from coopdesk.reports.ledger_sums import DailyTotals, Sums, chart
from coopdesk.reports.statement import Check, LineBuilder, LineKind, Period, Statement, day_before, language

_T = {
    "id": {
        "title": "Laporan Perubahan Ekuitas", "opening": "Saldo awal periode", "additions": "Penambahan",
        "reductions": "Pengurangan", "closing": "Saldo akhir periode", "shu": "Sisa Hasil Usaha",
        "shu_period": "SHU periode berjalan", "shu_other": "Pembagian SHU dan perubahan lain",
        "opening_equity": "JUMLAH EKUITAS AWAL PERIODE", "closing_equity": "JUMLAH EKUITAS AKHIR PERIODE",
        "check": "Ekuitas akhir = jumlah ekuitas di Laporan Posisi Keuangan",
    },
    "en": {
        "title": "Statement of Changes in Equity", "opening": "Balance at the beginning", "additions": "Additions",
        "reductions": "Reductions", "closing": "Balance at the end", "shu": "Operating results (SHU)",
        "shu_period": "SHU for the period", "shu_other": "SHU distributed and other changes",
        "opening_equity": "TOTAL EQUITY AT THE BEGINNING", "closing_equity": "TOTAL EQUITY AT THE END",
        "check": "Closing equity = total equity in the statement of financial position",
    },
}


def equity_changes(session: Session, period: Period, lang: str = "id",
                   daily: DailyTotals | None = None) -> Statement:
    if period.start is None:
        raise ValueError("a statement of changes in equity needs a start date")
    t = _T[language(lang)]
    previous_period = period.year_earlier()
    assert previous_period.start is not None
    accounts = chart(session)
    shu_codes = (PRIOR_SHU_ACCOUNT, CURRENT_SHU_ACCOUNT)
    pnl_codes = tuple(c for c, i in accounts.items() if i.kind in ("income", "expense"))
    daily = daily or DailyTotals(session, period.end)
    opening = (equity_amounts(session, day_before(period.start), daily),
               equity_amounts(session, day_before(previous_period.start), daily))
    closing = (equity_amounts(session, period.end, daily), equity_amounts(session, previous_period.end, daily))
    moves = (daily.sums(start=period.start, end=period.end),
             daily.sums(start=previous_period.start, end=previous_period.end))
    results = income_statement(session, period, lang, daily)
    shu = (results.amount("after_tax"), results.line("after_tax").previous or 0)
    b = LineBuilder()
    for code, info in accounts.items():
        if info.kind != "equity" or code in shu_codes:
            continue
        figures = [(o.get(code, 0), c.get(code, 0), m.get(code, Sums()))
                   for o, c, m in zip(opening, closing, moves, strict=True)]
        if not any(o or c or m.debit or m.credit for o, c, m in figures):
            continue
        (o0, c0, m0), (o1, c1, m1) = figures
        b.heading(f"h:{code}", info.name)
        b.add(f"opening:{code}", t["opening"], LineKind.ACCOUNT, o0, o1, (code,), 1, "balance")
        b.add(f"additions:{code}", t["additions"], LineKind.ACCOUNT, m0.credit, m1.credit, (code,), 1)
        b.add(f"reductions:{code}", t["reductions"], LineKind.ACCOUNT, -m0.debit, -m1.debit, (code,), 1)
        b.add(f"closing:{code}", t["closing"], LineKind.SUBTOTAL, c0, c1, (code,), 1, "balance")

    def shu_component(figs: tuple[dict[str, int], ...]) -> tuple[int, int]:
        return figs[0].get(PRIOR_SHU_ACCOUNT, 0) + figs[0].get(CURRENT_SHU_ACCOUNT, 0), \
            figs[1].get(PRIOR_SHU_ACCOUNT, 0) + figs[1].get(CURRENT_SHU_ACCOUNT, 0)

    shu_open, shu_close = shu_component(opening), shu_component(closing)
    drill = shu_codes + pnl_codes
    b.heading("h:shu", t["shu"])
    b.add("opening:shu", t["opening"], LineKind.ACCOUNT, shu_open[0], shu_open[1], drill, 1, "balance")
    b.add("shu_period", t["shu_period"], LineKind.ACCOUNT, shu[0], shu[1], pnl_codes, 1)
    b.add("shu_other", t["shu_other"], LineKind.ACCOUNT, shu_close[0] - shu_open[0] - shu[0],
          shu_close[1] - shu_open[1] - shu[1], shu_codes, 1)
    b.add("closing:shu", t["closing"], LineKind.SUBTOTAL, shu_close[0], shu_close[1], drill, 1, "balance")
    equity_codes = tuple(c for c, i in accounts.items() if i.kind == "equity") + pnl_codes
    b.add("opening_equity", t["opening_equity"], LineKind.TOTAL, sum(opening[0].values()), sum(opening[1].values()),
          equity_codes, basis="balance")
    end = b.add("closing_equity", t["closing_equity"], LineKind.TOTAL, sum(closing[0].values()),
                sum(closing[1].values()), equity_codes, basis="balance")
    position = balance_sheet(session, period.end, lang, daily)
    checks = [Check(t["check"], end.amount or 0, position.amount("total_equity"))]
    return Statement("equity_changes", t["title"], lang, period, previous_period, b.lines, checks)
