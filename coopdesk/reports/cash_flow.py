"""Laporan Arus Kas for a period, by the DIRECT method, with the same period a year earlier.

Why direct: a cooperative's cash moves through its cash book, and a member reading the RAT
book understands "angsuran pokok diterima Rp 410 jt, pinjaman disalurkan Rp 520 jt" far better
than an indirect reconciliation from SHU.  SAK EP allows either method.

How: every entry that touches cash or bank is taken apart; each of its other lines is a
receipt (credit) or a payment (debit) of the activity its account belongs to.  The other lines
of an entry add up to exactly its cash movement, so the statement reconciles to the cash and
bank balances to the Rupiah (shown as a check).  Entries between cash accounts only (cash
to bank) are not flows.  An entry that touches fixed assets or investments is investing as a
whole, so a disposal's proceeds are not split into a book value and a gain.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from coopdesk.db.models import Account, JournalEntry, JournalLine
from coopdesk.domain.statement_groups import ReportGroup
from coopdesk.reports.ledger_sums import AccountInfo, DailyTotals, chart
from coopdesk.reports.statement import Check, LineBuilder, LineKind, Period, Statement, day_before, language

DEPOSITS_ACCOUNT = "1122"  # deposito: placed for months, so an investment, not cash


def is_cash(code: str) -> bool:
    """Kas (111x) and bank current/savings accounts (112x except deposito) are cash."""
    return code[:3] in ("111", "112") and code != DEPOSITS_ACCOUNT


def _is_investment(code: str) -> bool:
    return code.startswith("12") or code == DEPOSITS_ACCOUNT


def _is_fixed_asset(code: str) -> bool:
    return code.startswith("13")


@dataclass(frozen=True)
class _Flow:
    activity: str  # operating / investing / financing
    inflow: str  # line key for receipts
    outflow: str  # line key for payments (same as inflow for a net line)


OPERATING, INVESTING, FINANCING = "operating", "investing", "financing"
_ACTIVITY_LINES = {
    OPERATING: ["member_income", "other_income", "loans_repaid", "loans_disbursed", "savings_in", "savings_out",
                "member_cost", "expenses", "tax", "other_operating"],
    INVESTING: ["assets_sold", "assets_bought", "investments"],
    FINANCING: ["capital_in", "capital_out", "grants", "borrowings", "shu_paid", "opening"],
}

_T = {
    "id": {
        "title": "Laporan Arus Kas",
        OPERATING: "ARUS KAS DARI AKTIVITAS OPERASI", INVESTING: "ARUS KAS DARI AKTIVITAS INVESTASI",
        FINANCING: "ARUS KAS DARI AKTIVITAS PENDANAAN",
        "member_income": "Penerimaan jasa pinjaman, provisi, administrasi dan denda",
        "other_income": "Penerimaan pendapatan lain-lain",
        "loans_repaid": "Penerimaan angsuran pokok pinjaman", "loans_disbursed": "Pinjaman yang disalurkan",
        "savings_in": "Penerimaan simpanan sukarela dan berjangka",
        "savings_out": "Penarikan simpanan sukarela dan berjangka",
        "member_cost": "Pembayaran jasa simpanan", "expenses": "Pembayaran beban usaha dan perkoperasian",
        "tax": "Pembayaran pajak", "other_operating": "Perubahan aset dan liabilitas operasi lainnya",
        "assets_sold": "Penerimaan dari pelepasan aset tetap", "assets_bought": "Pembelian aset tetap",
        "investments": "Penempatan / pencairan deposito dan penyertaan",
        "capital_in": "Penerimaan simpanan pokok dan wajib", "capital_out": "Pengembalian simpanan pokok dan wajib",
        "grants": "Penerimaan hibah", "borrowings": "Penerimaan (pembayaran) pinjaman bank dan LPDB",
        "shu_paid": "Pembayaran SHU dan dana-dana", "opening": "Saldo awal pembukuan yang dipindahkan",
        "net_operating": "Arus kas bersih dari aktivitas operasi",
        "net_investing": "Arus kas bersih dari aktivitas investasi",
        "net_financing": "Arus kas bersih dari aktivitas pendanaan",
        "net_change": "KENAIKAN (PENURUNAN) BERSIH KAS DAN SETARA KAS",
        "opening_cash": "Kas dan setara kas awal periode", "closing_cash": "KAS DAN SETARA KAS AKHIR PERIODE",
        "check": "Kas awal + arus kas bersih = saldo kas dan bank di buku",
        "method": "Disusun dengan metode langsung: setiap penerimaan dan pengeluaran kas dan bank "
                  "digolongkan menurut akun lawannya. Kas dan setara kas: kas dan rekening bank (giro/tabungan); "
                  "deposito dicatat sebagai investasi.",
    },
    "en": {
        "title": "Statement of Cash Flows",
        OPERATING: "CASH FLOWS FROM OPERATING ACTIVITIES", INVESTING: "CASH FLOWS FROM INVESTING ACTIVITIES",
        FINANCING: "CASH FLOWS FROM FINANCING ACTIVITIES",
        "member_income": "Loan interest, provision, administration and penalties received",
        "other_income": "Other income received",
        "loans_repaid": "Loan principal repaid by members", "loans_disbursed": "Loans disbursed",
        "savings_in": "Voluntary and time savings received", "savings_out": "Voluntary and time savings withdrawn",
        "member_cost": "Interest paid on savings", "expenses": "Operating and cooperative expenses paid",
        "tax": "Taxes paid", "other_operating": "Change in other operating assets and liabilities",
        "assets_sold": "Proceeds from disposal of fixed assets", "assets_bought": "Purchase of fixed assets",
        "investments": "Time deposits and investments placed / withdrawn",
        "capital_in": "Principal and compulsory savings received",
        "capital_out": "Principal and compulsory savings repaid",
        "grants": "Grants received", "borrowings": "Bank and LPDB borrowings received (repaid)",
        "shu_paid": "SHU and funds paid out", "opening": "Opening balances brought into the books",
        "net_operating": "Net cash from operating activities", "net_investing": "Net cash from investing activities",
        "net_financing": "Net cash from financing activities",
        "net_change": "NET INCREASE (DECREASE) IN CASH AND CASH EQUIVALENTS",
        "opening_cash": "Cash and cash equivalents at the beginning",
        "closing_cash": "CASH AND CASH EQUIVALENTS AT THE END",
        "check": "Opening cash + net cash flow = cash and bank in the books",
        "method": "Prepared by the direct method: every cash and bank receipt and payment is classified by the "
                  "account on the other side of its entry. Cash and cash equivalents: cash and bank current or "
                  "savings accounts; time deposits are investments.",
    },
}


def classify(info: AccountInfo, fixed_asset_entry: bool) -> _Flow:
    """The activity and line a non-cash line of a cash entry belongs to."""
    code = info.code
    if fixed_asset_entry:
        return _Flow(INVESTING, "assets_sold", "assets_bought")
    if _is_investment(code):
        return _Flow(INVESTING, "investments", "investments")
    if info.kind == "income":
        key = "member_income" if info.group is ReportGroup.MEMBER else "other_income"
        return _Flow(OPERATING, key, key)
    if info.kind == "expense":
        if info.group is ReportGroup.MEMBER:
            return _Flow(OPERATING, "member_cost", "member_cost")
        if info.group is ReportGroup.TAX:
            return _Flow(OPERATING, "tax", "tax")
        return _Flow(OPERATING, "expenses", "expenses")
    if code.startswith("114"):
        return _Flow(OPERATING, "loans_repaid", "loans_disbursed")
    if code in ("2111", "2112"):
        return _Flow(OPERATING, "savings_in", "savings_out")
    if code == "2140":
        return _Flow(OPERATING, "tax", "tax")
    if code in ("3110", "3120"):
        return _Flow(FINANCING, "capital_in", "capital_out")
    if code == "3150":
        return _Flow(FINANCING, "grants", "grants")
    if code == "3190":
        return _Flow(FINANCING, "opening", "opening")
    if code.startswith("212") or code.startswith(("316", "317", "318")):
        return _Flow(FINANCING, "shu_paid", "shu_paid")
    if info.kind == "liability" and (not code.startswith("21") or code == "2150"):
        return _Flow(FINANCING, "borrowings", "borrowings")
    if info.kind == "equity":
        return _Flow(FINANCING, "shu_paid", "shu_paid")
    return _Flow(OPERATING, "other_operating", "other_operating")


def _flows(session: Session, accounts: dict[str, AccountInfo], start: date, end: date) -> dict[str, int]:
    ids = session.execute(select(Account.id, Account.code)).all()
    cash_ids = [a_id for a_id, code in ids if is_cash(code)]
    fixed_ids = [a_id for a_id, code in ids if _is_fixed_asset(code)]
    codes = dict(ids)
    # Entries are picked by date (index), those touching cash by an IN over the
    # (account, entry) covering index: one pass, 0,9 s for a year of 640.000 lines where a
    # correlated EXISTS per line took 3 s.
    cash_entries = select(JournalLine.entry_id).where(JournalLine.account_id.in_(cash_ids))
    fixed = JournalEntry.id.in_(select(JournalLine.entry_id).where(JournalLine.account_id.in_(fixed_ids)))
    fixed_flag = case((fixed, 1), else_=0).label("fixed")
    rows = session.execute(
        select(JournalLine.account_id, fixed_flag, func.sum(JournalLine.debit), func.sum(JournalLine.credit))
        .select_from(JournalEntry)
        .join(JournalLine, JournalLine.entry_id == JournalEntry.id)
        .where(JournalEntry.date >= start, JournalEntry.date <= end, JournalEntry.id.in_(cash_entries),
               JournalLine.account_id.not_in(cash_ids))
        .group_by(JournalLine.account_id, fixed_flag)
    ).all()
    result: dict[str, int] = {}
    for account_id, is_fixed, debit, credit in rows:
        flow = classify(accounts[codes[account_id]], bool(is_fixed))
        result[flow.inflow] = result.get(flow.inflow, 0) + int(credit or 0)
        result[flow.outflow] = result.get(flow.outflow, 0) - int(debit or 0)
    return result


def cash_balance(daily: DailyTotals, as_of: date) -> int:
    return sum(s.net_debit for code, s in daily.sums(end=as_of).items() if is_cash(code))


def cash_flow(session: Session, period: Period, lang: str = "id", daily: DailyTotals | None = None) -> Statement:
    if period.start is None:
        raise ValueError("a cash flow statement needs a start date")
    t = _T[language(lang)]
    previous_period = period.year_earlier()
    assert previous_period.start is not None
    accounts = chart(session)
    daily = daily or DailyTotals(session, period.end)
    now = _flows(session, accounts, period.start, period.end)
    before = _flows(session, accounts, previous_period.start, previous_period.end)
    cash_codes = tuple(c for c in accounts if is_cash(c))
    b = LineBuilder()
    net = [0, 0]
    for activity, keys in _ACTIVITY_LINES.items():
        b.heading(f"h:{activity}", t[activity])
        total = [0, 0]
        for key in keys:
            amount, previous = now.get(key, 0), before.get(key, 0)
            if amount or previous:
                b.add(key, t[key], LineKind.ACCOUNT, amount, previous, cash_codes, level=1)
            total[0] += amount
            total[1] += previous
        b.add(f"net_{activity}", t[f"net_{activity}"], LineKind.SUBTOTAL, total[0], total[1], cash_codes)
        net[0] += total[0]
        net[1] += total[1]
    b.add("net_change", t["net_change"], LineKind.TOTAL, net[0], net[1], cash_codes)
    opening = (cash_balance(daily, day_before(period.start)),
               cash_balance(daily, day_before(previous_period.start)))
    b.add("opening_cash", t["opening_cash"], LineKind.SUBTOTAL, opening[0], opening[1], cash_codes, basis="balance")
    closing = b.add("closing_cash", t["closing_cash"], LineKind.TOTAL, opening[0] + net[0], opening[1] + net[1],
                    cash_codes, basis="balance")
    checks = [Check(t["check"], closing.amount or 0, cash_balance(daily, period.end)),
              Check(t["check"], closing.previous or 0, cash_balance(daily, previous_period.end))]
    return Statement("cash_flow", t["title"], lang, period, previous_period, b.lines, checks, [t["method"]])
