"""Laporan Posisi Keuangan (statement of financial position) at a date, with the same date a
year earlier.  Under SAK EP the old name "Neraca" is retired (Permenkop UKM 2/2024).

Income and expense accounts not yet closed into 3180 are shown where they belong in equity:
this year's result as "SHU Tahun Berjalan", results of earlier years whose books were not
closed next to 3170 "SHU Tahun Lalu Belum Dibagi".  That way the statement balances at any
date, before and after the year is closed, and closing changes no total.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from coopdesk.reports.ledger_sums import AccountInfo, DailyTotals, Sums, chart
from coopdesk.reports.statement import Check, LineBuilder, LineKind, Period, Statement, language

PRIOR_SHU_ACCOUNT = "3170"
CURRENT_SHU_ACCOUNT = "3180"

_T = {
    "id": {
        "title": "Laporan Posisi Keuangan", "assets": "ASET", "current_assets": "Aset Lancar",
        "noncurrent_assets": "Aset Tidak Lancar", "total_current_assets": "Jumlah Aset Lancar",
        "total_noncurrent_assets": "Jumlah Aset Tidak Lancar", "total_assets": "JUMLAH ASET",
        "liabilities": "LIABILITAS", "current_liabilities": "Liabilitas Jangka Pendek",
        "longterm_liabilities": "Liabilitas Jangka Panjang",
        "total_current_liabilities": "Jumlah Liabilitas Jangka Pendek",
        "total_longterm_liabilities": "Jumlah Liabilitas Jangka Panjang", "total_liabilities": "JUMLAH LIABILITAS",
        "equity": "EKUITAS", "total_equity": "JUMLAH EKUITAS",
        "total_liabilities_equity": "JUMLAH LIABILITAS DAN EKUITAS",
        "check": "Aset = Liabilitas + Ekuitas",
        "unclosed": "termasuk SHU tahun lalu yang belum ditutup",
    },
    "en": {
        "title": "Statement of Financial Position", "assets": "ASSETS", "current_assets": "Current assets",
        "noncurrent_assets": "Non-current assets", "total_current_assets": "Total current assets",
        "total_noncurrent_assets": "Total non-current assets", "total_assets": "TOTAL ASSETS",
        "liabilities": "LIABILITIES", "current_liabilities": "Current liabilities",
        "longterm_liabilities": "Long-term liabilities", "total_current_liabilities": "Total current liabilities",
        "total_longterm_liabilities": "Total long-term liabilities", "total_liabilities": "TOTAL LIABILITIES",
        "equity": "EQUITY", "total_equity": "TOTAL EQUITY",
        "total_liabilities_equity": "TOTAL LIABILITIES AND EQUITY",
        "check": "Assets = liabilities + equity",
        "unclosed": "includes results of earlier years not yet closed",
    },
}


class _Position:
    """Presentation amounts at one date: assets debit-positive (contra-assets negative),
    liabilities and equity credit-positive; unclosed results folded into 3170/3180."""

    def __init__(self, daily: DailyTotals, accounts: dict[str, AccountInfo], as_of: date) -> None:
        totals = daily.sums(end=as_of)
        before_year = daily.sums(end=date(as_of.year - 1, 12, 31))
        self.amounts: dict[str, int] = {}
        for code, info in accounts.items():
            if info.kind in ("asset", "contra_asset"):
                self.amounts[code] = totals.get(code, Sums()).net_debit
            elif info.kind in ("liability", "equity"):
                self.amounts[code] = totals.get(code, Sums()).net_credit
        self.result_to_date = _result(accounts, totals)
        self.result_before_year = _result(accounts, before_year)
        self.amounts[PRIOR_SHU_ACCOUNT] = self.amounts.get(PRIOR_SHU_ACCOUNT, 0) + self.result_before_year
        self.amounts[CURRENT_SHU_ACCOUNT] = (
            self.amounts.get(CURRENT_SHU_ACCOUNT, 0) + self.result_to_date - self.result_before_year
        )


def _result(accounts: dict[str, AccountInfo], totals: dict[str, Sums]) -> int:
    """Income less expenses still sitting in the income and expense accounts."""
    result = 0
    for code, s in totals.items():
        info = accounts.get(code)
        if info is not None and info.kind in ("income", "expense"):
            result += s.net_credit
    return result


def equity_amounts(session: Session, as_of: date, daily: DailyTotals | None = None) -> dict[str, int]:
    """Each equity account's figure as the statement shows it (with unclosed results folded in).
    The statement of changes in equity reads the same figures."""
    accounts = chart(session)
    position = _Position(daily or DailyTotals(session, as_of), accounts, as_of)
    return {code: position.amounts.get(code, 0) for code, info in accounts.items() if info.kind == "equity"}


def balance_sheet(session: Session, as_of: date, lang: str = "id", daily: DailyTotals | None = None) -> Statement:
    t = _T[language(lang)]
    period = Period(None, as_of)
    previous_period = period.year_earlier()
    accounts = chart(session)
    daily = daily or DailyTotals(session, as_of)
    now = _Position(daily, accounts, as_of)
    before = _Position(daily, accounts, previous_period.end)
    pnl_codes = tuple(c for c, i in accounts.items() if i.kind in ("income", "expense"))
    b = LineBuilder()

    def section(codes: list[str], always: tuple[str, ...] = ()) -> tuple[int, int]:
        total = total_before = 0
        for code in codes:
            amount, previous = now.amounts.get(code, 0), before.amounts.get(code, 0)
            if not amount and not previous and code not in always:
                continue
            drill = (code, *pnl_codes) if code in (PRIOR_SHU_ACCOUNT, CURRENT_SHU_ACCOUNT) else (code,)
            label = accounts[code].name
            if code == PRIOR_SHU_ACCOUNT and (now.result_before_year or before.result_before_year):
                label = f"{label} ({t['unclosed']})"
            b.add(f"acct:{code}", label, LineKind.ACCOUNT, amount, previous, drill, level=2, basis="balance")
            total += amount
            total_before += previous
        return total, total_before

    def group(heading: str, total_key: str, codes: list[str], always: tuple[str, ...] = ()) -> tuple[int, int]:
        b.heading(f"h:{total_key}", t[heading], level=1)
        amount, previous = section(codes, always)
        b.add(total_key, t[total_key], LineKind.SUBTOTAL, amount, previous, tuple(codes), level=1, basis="balance")
        return amount, previous

    assets = [c for c, i in accounts.items() if i.kind in ("asset", "contra_asset")]
    b.heading("h:assets", t["assets"])
    ca = group("current_assets", "total_current_assets", [c for c in assets if c.startswith("11")])
    nca = group("noncurrent_assets", "total_noncurrent_assets", [c for c in assets if not c.startswith("11")])
    total_assets = b.add("total_assets", t["total_assets"], LineKind.TOTAL, ca[0] + nca[0], ca[1] + nca[1],
                         tuple(assets), basis="balance")

    liabilities = [c for c, i in accounts.items() if i.kind == "liability"]
    b.heading("h:liabilities", t["liabilities"])
    cl = group("current_liabilities", "total_current_liabilities", [c for c in liabilities if c.startswith("21")])
    ll = group("longterm_liabilities", "total_longterm_liabilities",
               [c for c in liabilities if not c.startswith("21")])
    b.add("total_liabilities", t["total_liabilities"], LineKind.SUBTOTAL, cl[0] + ll[0], cl[1] + ll[1],
          tuple(liabilities), basis="balance")

    equity = [c for c, i in accounts.items() if i.kind == "equity"]
    b.heading("h:equity", t["equity"])
    eq = section(equity, always=(CURRENT_SHU_ACCOUNT,))
    b.add("total_equity", t["total_equity"], LineKind.SUBTOTAL, eq[0], eq[1], tuple(equity) + pnl_codes,
          basis="balance")
    total_le = b.add("total_liabilities_equity", t["total_liabilities_equity"], LineKind.TOTAL,
                     cl[0] + ll[0] + eq[0], cl[1] + ll[1] + eq[1], basis="balance")
    checks = [Check(t["check"], total_assets.amount or 0, total_le.amount or 0),
              Check(t["check"], total_assets.previous or 0, total_le.previous or 0)]
    return Statement("balance_sheet", t["title"], lang, period, previous_period, b.lines, checks)
