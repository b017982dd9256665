"""SHU of a closed year: the working sheet (allocation, per-member jasa modal and jasa usaha) and
posting it after the members' meeting (RAT).

The rules (DOMAIN.md §2 and §6; the help text in the app and the CLI says the same):

* **Which SHU.**  Only a closed year is shared: its SHU is what the closing entry put into 3180
  SHU Tahun Berjalan (the income statement's SHU after tax for the year; the two are equal).
  A loss (SHU ≤ 0) shares nothing.
* **Members' part.**  Only SHU that comes from business with members is shared out to members
  (DOMAIN.md §2).  The income statement separates *partisipasi neto anggota* (member_net) from
  the result of business with non-members (nonmember_net); the members' part of the SHU is

      member_part = SHU × member_net / (member_net + nonmember_net)

  in whole Rupiah (half up), between 0 and the SHU.  No profitable business with non-members
  (nonmember_net ≤ 0): the whole SHU is the members' part; no positive member_net while
  non-members earned something: the members' part is 0.
* **Allocation.**  The allocation table from the settings (``shu_allocation``, from the bylaws)
  splits the whole SHU over its posts (largest remainder, domain.shu.split_pools).  The two
  member pools (jasa modal, jasa usaha) are then scaled to the members' part:
  pool × member_part / SHU (whole Rupiah, half up); what that takes off the two pools (the
  non-members' share of them) is added to the reserve post (cadangan), the first post of kind
  ``reserve`` in the table.  So is a member pool nobody can receive because every member's
  basis is 0 (no capital at all, or no interest paid by anyone): it stays in the cooperative as
  reserve.  A table without a reserve post leaves both in 3170 SHU Tahun Lalu Belum Dibagi.
* **Bases.**  Capital (jasa modal): the member's simpanan pokok + wajib (setting
  ``shu_capital_sukarela`` = "1": + sukarela) at 31 December (``shu_capital_basis`` =
  "year_end"), or the average of the twelve month-end balances ("average"): a member who joined
  during the year counts 0 for the month ends before joining and one who left counts 0 for the
  month ends after leaving (their balance is 0 then).  Business (jasa usaha): the loan interest
  (jasa pinjaman) the member paid in the year, net of reversed payments (``shu_business_basis``
  = "interest"), or the principal of loans disbursed to the member in the year ("principal").
  Members with neither capital nor business are not on the sheet.
* **Posting** (after the RAT approved it, dated the RAT day, which is after 31 December): one
  memorial entry Dr 3180 the SHU / Cr each post's account its amount (source
  ``shu_allocation``), then, at once or later, paying the members in one entry (source
  ``shu_payout``): Dr 2121 what the members get / Cr cash (setting ``cash_account``) or Cr their
  simpanan sukarela (2111, with the savings rows).  A member who has left is paid in cash even
  when sukarela is chosen: a closed membership has no savings left to credit.  One payment row
  per member and year (unique): running it twice pays nobody twice.  The settings the allocation
  was computed with are kept (year_texts, kind ``shu_settings``): paying later with changed
  settings is refused, as the shares would no longer be those the RAT approved.  Neither entry
  can be reversed (corrections refuses), and a year whose SHU is posted cannot be re-opened.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from coopdesk.db.models import (
    Account,
    JournalEntry,
    JournalLine,
    Loan,
    LoanTransaction,
    Member,
    SavingsProduct,
    SavingsTransaction,
    ShuDistribution,
    ShuMemberPayment,
    YearText,
)
from coopdesk.domain.calendar import Month
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.journal import JournalType, LineSpec
from coopdesk.domain.members import MemberStatus
from coopdesk.domain.money import format_rupiah
from coopdesk.domain.savings import SavingsKind
from coopdesk.domain.shu import (
    CAPITAL_KINDS,
    DEFAULT_ALLOCATION,
    JASA_MODAL,
    JASA_USAHA,
    MONTHS_IN_YEAR,
    RESERVE,
    AllocationPost,
    MemberShare,
    PoolShare,
    average_monthly_capital,
    member_shu,
    parse_allocation,
    split_pools,
    undistributed,
)
from coopdesk.domain.statement_groups import ReportGroup, report_group
from coopdesk.services import audit, ledger, settings, year_end
from coopdesk.services.context import AppContext

ALLOCATION_SOURCE = "shu_allocation"
PAYOUT_SOURCE = "shu_payout"
SOURCES = (ALLOCATION_SOURCE, PAYOUT_SOURCE)
SHU_ACCOUNT = "3180"
MEMBERS_ACCOUNT = "2121"  # Dana SHU Anggota: the members' shares until paid
UNSHARED_ACCOUNT = "3170"  # SHU Tahun Lalu Belum Dibagi: when the table has no reserve post
PAY_MODES = ("cash", "sukarela")
SETTINGS_KIND = "shu_settings"  # year_texts: the SHU settings the posted allocation was computed with
SETTING_KEYS = ("shu_allocation", "shu_capital_basis", "shu_capital_sukarela", "shu_business_basis")
AUDIT_TYPE = "shu"
POST_ACTION = "shu.post"
PAY_ACTION = "shu.pay"


@dataclass(frozen=True)
class ShuRow:
    """One member on the working sheet."""

    member_id: int
    number: str
    name: str
    capital: int | Decimal  # basis for jasa modal (Decimal when the monthly average is used)
    business: int  # basis for jasa usaha (interest paid, or principal disbursed)
    jasa_modal: MemberShare
    jasa_usaha: MemberShare
    total: int  # jasa_modal.rounded + jasa_usaha.rounded
    left: bool = False  # no longer an active member (paid in cash)


@dataclass(frozen=True)
class AllocationLine:
    """What one post of the allocation table receives when posted (the credit of the entry)."""

    name: str
    percent: Decimal
    account: str
    kind: str
    table_amount: int  # the post's share of the whole SHU by the table
    amount: int  # what is credited: member pools scaled to the members' part, the reserve plus the rest


@dataclass(frozen=True)
class DistributionInfo:
    rat_date: date
    pay_mode: str  # "cash" or "sukarela" as chosen (members who had left are paid in cash), "" not paid yet
    allocation_voucher: str
    payout_voucher: str | None
    paid_members: int
    paid_total: int
    cash_members: int = 0  # of paid_members, those paid in cash (with "sukarela": members who had left)


@dataclass(frozen=True)
class ShuSheet:
    year: int
    shu: int  # the closed year's SHU (what closing put into 3180)
    member_part: int  # SHU from business with members: only this is shared to members
    nonmember_part: int
    pools: list[PoolShare]  # the whole SHU over the table's posts, table order
    rows: list[ShuRow]  # every member with capital or business in the year, by member number
    jasa_modal_pool: int  # the members' jasa modal pool (scaled to the members' part)
    jasa_usaha_pool: int
    undistributed_jasa_modal: int  # the pool when every capital basis is 0 (goes to the reserve)
    undistributed_jasa_usaha: int
    capital_basis: str  # "year_end" or "average"
    business_basis: str  # "interest" or "principal"
    capital_includes_sukarela: bool
    distribution: DistributionInfo | None = None
    member_net: int = 0  # from the income statement, to show how the members' part was found
    nonmember_net: int = 0
    lines: list[AllocationLine] = field(default_factory=list)  # what posting credits, table order
    # Posted already, but the allocation table or bases were changed since: the sheet no longer
    # shows what was posted (paying is refused until they are restored).
    settings_changed: bool = False

    def total_to_members(self) -> int:
        return sum(r.total for r in self.rows)

    @property
    def total_capital(self) -> int | Decimal:
        return sum((r.capital for r in self.rows), 0)

    @property
    def total_business(self) -> int:
        return sum(r.business for r in self.rows)

    @property
    def to_reserve_extra(self) -> int:
        """What the reserve gets on top of its table share: the non-members' part of the member
        pools and any member pool nobody could receive."""
        return sum(l.amount - l.table_amount for l in self.lines if l.kind not in (JASA_MODAL, JASA_USAHA))

    def as_json(self) -> dict[str, object]:
        def share(s: MemberShare) -> dict[str, object]:
            return {"exact": str(s.exact), "rounded": s.rounded, "residue": str(s.residue)}

        d = self.distribution
        return {
            "year": self.year, "shu": self.shu, "member_part": self.member_part,
            "nonmember_part": self.nonmember_part, "member_net": self.member_net, "nonmember_net": self.nonmember_net,
            "capital_basis": self.capital_basis, "business_basis": self.business_basis,
            "capital_includes_sukarela": self.capital_includes_sukarela,
            "jasa_modal_pool": self.jasa_modal_pool, "jasa_usaha_pool": self.jasa_usaha_pool,
            "undistributed_jasa_modal": self.undistributed_jasa_modal,
            "undistributed_jasa_usaha": self.undistributed_jasa_usaha,
            "total_to_members": self.total_to_members(),
            "allocation": [{"name": l.name, "percent": str(l.percent), "account": l.account, "kind": l.kind,
                            "table_amount": l.table_amount, "amount": l.amount} for l in self.lines],
            "members": [{"number": r.number, "name": r.name, "capital": str(r.capital), "business": r.business,
                         "jasa_modal": share(r.jasa_modal), "jasa_usaha": share(r.jasa_usaha), "total": r.total,
                         "left": r.left} for r in self.rows],
            "distribution": None if d is None else {
                "rat_date": d.rat_date.isoformat(), "pay_mode": d.pay_mode, "allocation_voucher": d.allocation_voucher,
                "payout_voucher": d.payout_voucher, "paid_members": d.paid_members, "paid_total": d.paid_total},
        }


@dataclass(frozen=True)
class PostResult:
    year: int
    shu: int
    allocation_voucher: str | None  # None when only the payout was done now
    payout_voucher: str | None  # None when members are paid later
    pay_mode: str  # "cash", "sukarela" or ""
    paid_members: int
    paid_total: int

    def as_json(self) -> dict[str, object]:
        return {"year": self.year, "shu": self.shu, "allocation_voucher": self.allocation_voucher,
                "payout_voucher": self.payout_voucher, "pay_mode": self.pay_mode,
                "paid_members": self.paid_members, "paid_total": self.paid_total}


# --- the working sheet -----------------------------------------------------------------------


def _year_shu(session: Session, year: int) -> int:
    entry = year_end.closing_entry(session, year)
    if entry is None:
        return 0
    net = session.scalar(
        select(func.coalesce(func.sum(JournalLine.credit - JournalLine.debit), 0))
        .join(Account, JournalLine.account_id == Account.id)
        .where(JournalLine.entry_id == entry.id, Account.code == SHU_ACCOUNT))
    return int(net or 0)


def participation_nets(session: Session, year: int) -> tuple[int, int]:
    """(member_net, nonmember_net) of the year as the income statement shows them: partisipasi
    neto anggota and the result of business with non-members (closing entries left out)."""
    groups = {a.code: report_group(a.kind, a.participation)
              for a in session.scalars(select(Account).where(Account.kind.in_(("income", "expense"))))}
    nets = {ReportGroup.MEMBER: 0, ReportGroup.NONMEMBER: 0}
    for code, debit_minus_credit in year_end.year_sums(session, year).items():
        group = groups.get(code)
        if group in nets:
            nets[group] -= debit_minus_credit  # income is a credit, cost a debit: credit − debit
    return nets[ReportGroup.MEMBER], nets[ReportGroup.NONMEMBER]


def member_part_of(shu: int, member_net: int, nonmember_net: int) -> int:
    """The members' part of the SHU (module docstring): SHU × member_net / (member_net +
    nonmember_net), whole Rupiah half up, between 0 and the SHU."""
    if shu <= 0:
        return 0
    if nonmember_net <= 0:
        return shu
    if member_net <= 0:
        return 0
    total = member_net + nonmember_net
    return max(0, min(shu, (2 * shu * member_net + total) // (2 * total)))


def _scaled(amount: int, member_part: int, shu: int) -> int:
    return amount if member_part >= shu else (2 * amount * member_part + shu) // (2 * shu)


def _capital_kinds(include_sukarela: bool) -> tuple[str, ...]:
    kinds = (*CAPITAL_KINDS, SavingsKind.SUKARELA) if include_sukarela else CAPITAL_KINDS
    return tuple(k.value for k in kinds)


def capital_at_year_end(session: Session, year: int, include_sukarela: bool) -> dict[int, int]:
    """Member id → pokok + wajib (+ sukarela) at 31 December, one grouped query."""
    rows = session.execute(
        select(SavingsTransaction.member_id, func.sum(SavingsTransaction.amount))
        .join(SavingsProduct, SavingsTransaction.product_id == SavingsProduct.id)
        .where(SavingsProduct.kind.in_(_capital_kinds(include_sukarela)), SavingsTransaction.date <= date(year, 12, 31))
        .group_by(SavingsTransaction.member_id)).all()
    return {mid: max(int(total or 0), 0) for mid, total in rows if total}


def capital_average(session: Session, year: int, include_sukarela: bool) -> dict[int, Decimal]:
    """Member id → average of the twelve month-end balances of pokok + wajib (+ sukarela): one
    grouped query with a column per month end."""
    ends = [Month(year, m).last_day for m in range(1, MONTHS_IN_YEAR + 1)]
    columns = [func.sum(case((SavingsTransaction.date <= end, SavingsTransaction.amount), else_=0)) for end in ends]
    rows = session.execute(
        select(SavingsTransaction.member_id, *columns)
        .join(SavingsProduct, SavingsTransaction.product_id == SavingsProduct.id)
        .where(SavingsProduct.kind.in_(_capital_kinds(include_sukarela)), SavingsTransaction.date <= ends[-1])
        .group_by(SavingsTransaction.member_id)).all()
    result = {}
    for mid, *balances in rows:
        months = [max(int(b or 0), 0) for b in balances]
        if any(months):
            result[mid] = average_monthly_capital(months)
    return result


def interest_paid(session: Session, year: int) -> dict[int, int]:
    """Member id → loan interest paid in the year: every loan row's interest dated in the year
    (repayments, payoffs, exit netting; reversals are negative rows), one grouped query."""
    rows = session.execute(
        select(Loan.member_id, func.sum(LoanTransaction.interest))
        .join(Loan, LoanTransaction.loan_id == Loan.id)
        .where(LoanTransaction.date >= date(year, 1, 1), LoanTransaction.date <= date(year, 12, 31))
        .group_by(Loan.member_id)).all()
    return {mid: int(total) for mid, total in rows if total and total > 0}


def principal_disbursed(session: Session, year: int) -> dict[int, int]:
    """Member id → principal of the loans disbursed in the year (a disbursement reversed within
    the year does not count)."""
    end = date(year, 12, 31)
    cancelled = and_(Loan.status == "cancelled", Loan.closed_on <= end)
    rows = session.execute(
        select(Loan.member_id, func.sum(Loan.principal))
        .where(Loan.disbursed_on >= date(year, 1, 1), Loan.disbursed_on <= end, ~cancelled)
        .group_by(Loan.member_id)).all()
    return {mid: int(total) for mid, total in rows if total and total > 0}


def allocation_table(session: Session) -> tuple[AllocationPost, ...]:
    return parse_allocation(settings.get(session, "shu_allocation"))


def allocation_table_default() -> tuple[AllocationPost, ...]:
    return DEFAULT_ALLOCATION


def _lines(posts: list[PoolShare], jm_pool: int, ju_pool: int, to_reserve: int) -> list[AllocationLine]:
    reserve_at = next((i for i, p in enumerate(posts) if p.post.kind == RESERVE), None)
    out = []
    for i, p in enumerate(posts):
        amount = {JASA_MODAL: jm_pool, JASA_USAHA: ju_pool}.get(p.post.kind, p.amount)
        if i == reserve_at:
            amount += to_reserve
        out.append(AllocationLine(p.post.name, p.post.percent, p.post.account, p.post.kind, p.amount, amount))
    if reserve_at is None and to_reserve:
        out.append(AllocationLine("SHU belum dibagi", Decimal(0), UNSHARED_ACCOUNT, RESERVE, 0, to_reserve))
    return out


def compute(session: Session, year: int) -> ShuSheet:
    """The working sheet of a closed year (ValidationError on ``"year"`` when it is not closed)."""
    year = year_end.check_year(year)
    if not year_end.is_closed(session, year):
        raise ValidationError("year", "{year} is not closed yet: close the books first", year=year)
    shu = _year_shu(session, year)
    member_net, nonmember_net = participation_nets(session, year)
    member_part = member_part_of(shu, member_net, nonmember_net)
    posts = allocation_table(session)
    pools = split_pools(shu, posts)
    jm_table = next(p.amount for p in pools if p.post.kind == JASA_MODAL)
    ju_table = next(p.amount for p in pools if p.post.kind == JASA_USAHA)
    jm_pool, ju_pool = _scaled(jm_table, member_part, shu), _scaled(ju_table, member_part, shu)

    capital_basis = settings.get(session, "shu_capital_basis")
    business_basis = settings.get(session, "shu_business_basis")
    with_sukarela = settings.get(session, "shu_capital_sukarela") == "1"
    capital: dict[int, int] | dict[int, Decimal] = (
        capital_average(session, year, with_sukarela) if capital_basis == "average"
        else capital_at_year_end(session, year, with_sukarela))
    business = (principal_disbursed(session, year) if business_basis == "principal"
                else interest_paid(session, year))
    ids = set(capital) | set(business)
    info: dict[int, tuple[int, str, str, str]] = {}
    if ids:
        # Chunked: SQLite allows a limited number of bound parameters per statement.
        id_list = sorted(ids)
        for start in range(0, len(id_list), 5000):
            chunk = id_list[start:start + 5000]
            for mid, seq, number, name, status in session.execute(
                    select(Member.id, Member.seq, Member.number, Member.name, Member.status)
                    .where(Member.id.in_(chunk))).all():
                info[mid] = (seq, number, name, status)
    by_seq = {info[mid][0]: mid for mid in ids}
    shares = member_shu(jm_pool, ju_pool, {info[m][0]: capital.get(m, 0) for m in ids},
                        {info[m][0]: business.get(m, 0) for m in ids})
    rows = []
    for seq, s in shares.items():  # ascending member sequence = member number order
        mid = by_seq[seq]
        _, number, name, status = info[mid]
        rows.append(ShuRow(mid, number, name, capital.get(mid, 0), business.get(mid, 0), s.jasa_modal, s.jasa_usaha,
                           s.total, status != MemberStatus.ACTIVE.value))
    und_jm = undistributed(jm_pool, {r.member_id: r.jasa_modal for r in rows})
    und_ju = undistributed(ju_pool, {r.member_id: r.jasa_usaha for r in rows})
    to_reserve = (jm_table - jm_pool) + (ju_table - ju_pool) + und_jm + und_ju
    lines = _lines(pools, jm_pool - und_jm, ju_pool - und_ju, to_reserve)
    posted = distribution(session, year)
    changed = posted is not None and (
        _posted_credits(session, posted) != sorted((l.account, l.amount) for l in lines if l.amount > 0)
        or _settings_used(session, year) not in (None, _settings_now(session)))
    return ShuSheet(year, shu, member_part, shu - member_part if shu > 0 else 0, pools, rows, jm_pool, ju_pool,
                    und_jm, und_ju, capital_basis, business_basis, with_sukarela, _distribution_info(session, year),
                    member_net, nonmember_net, lines, changed)


def _settings_now(session: Session) -> str:
    return json.dumps({key: settings.get(session, key) for key in SETTING_KEYS}, sort_keys=True)


def _settings_used(session: Session, year: int) -> str | None:
    return session.scalar(select(YearText.text).where(YearText.year == year, YearText.kind == SETTINGS_KIND))


def _posted_credits(session: Session, row: ShuDistribution) -> list[tuple[str, int]]:
    """(account, amount) of each credit of the allocation entry, sorted."""
    return sorted((code, int(credit)) for code, credit in session.execute(
        select(Account.code, JournalLine.credit).join(Account, JournalLine.account_id == Account.id)
        .where(JournalLine.entry_id == row.allocation_entry_id, JournalLine.credit > 0)).all())


def distribution(session: Session, year: int) -> ShuDistribution | None:
    return session.get(ShuDistribution, year)


def _distribution_info(session: Session, year: int) -> DistributionInfo | None:
    row = distribution(session, year)
    if row is None:
        return None
    allocation = session.get(JournalEntry, row.allocation_entry_id)
    payout = session.get(JournalEntry, row.payout_entry_id) if row.payout_entry_id else None
    count, total, cash = session.execute(
        select(func.count(ShuMemberPayment.id), func.coalesce(func.sum(ShuMemberPayment.amount), 0),
               func.coalesce(func.sum(case((ShuMemberPayment.pay_mode == "cash", 1), else_=0)), 0))
        .where(ShuMemberPayment.year == year)).one()
    return DistributionInfo(row.rat_date, row.pay_mode, allocation.voucher if allocation else "",
                            payout.voucher if payout else None, int(count), int(total or 0), int(cash or 0))


def payments(session: Session, year: int) -> dict[int, ShuMemberPayment]:
    """Member id → the member's SHU payment of the year (for the slips: how it was paid)."""
    return {p.member_id: p for p in session.scalars(select(ShuMemberPayment).where(ShuMemberPayment.year == year))}


# --- posting ---------------------------------------------------------------------------------


def _check_accounts(session: Session, codes: list[str]) -> None:
    found = {a.code: a for a in session.scalars(select(Account).where(Account.code.in_(codes)))}
    for code in codes:
        account = found.get(code)
        if account is None:
            raise ValidationError("allocation", "account {code} is not in the chart of accounts", code=code)
        if not account.active or not account.postable:
            raise ValidationError("allocation", "account {code} cannot take postings (inactive or a heading)",
                                  code=code)


def _sukarela_product(session: Session) -> SavingsProduct:
    product = session.scalar(select(SavingsProduct).where(
        SavingsProduct.kind == SavingsKind.SUKARELA.value, SavingsProduct.active).order_by(SavingsProduct.id).limit(1))
    if product is None:
        raise ValidationError("pay", "there is no simpanan sukarela product to credit; pay in cash")
    return product


def _payout(ctx: AppContext, session: Session, sheet: ShuSheet, pay: str, day: date) -> tuple[str | None, int, int]:
    """Pay every member's share in one entry; returns (voucher, members paid, total)."""
    year = sheet.year
    already = session.scalar(select(func.count(ShuMemberPayment.id)).where(ShuMemberPayment.year == year))
    if already:
        raise ValidationError("pay", "the SHU of {year} has already been paid to {count} members",
                              year=year, count=already)
    paid = [r for r in sheet.rows if r.total > 0]
    if not paid:
        return None, 0, 0
    user = ctx.actor(session)
    cash = settings.get(session, "cash_account")
    total = sum(r.total for r in paid)
    # The member pools were credited to their posts' accounts (2121 by default): paid out from there.
    accounts = {kind: next(l.account for l in sheet.lines if l.kind == kind) for kind in (JASA_MODAL, JASA_USAHA)}
    owed = {accounts[JASA_MODAL]: 0, accounts[JASA_USAHA]: 0}
    owed[accounts[JASA_MODAL]] += sum(r.jasa_modal.rounded for r in paid)
    owed[accounts[JASA_USAHA]] += sum(r.jasa_usaha.rounded for r in paid)
    lines = [LineSpec(code, debit=amount, memo=f"SHU {year} dibayarkan kepada {len(paid)} anggota")
             for code, amount in owed.items() if amount]
    cash_rows = [r for r in paid if pay == "cash" or r.left]
    credited = [r for r in paid if pay == "sukarela" and not r.left]
    product = _sukarela_product(session) if credited else None
    if cash_rows:
        _check_accounts(session, [cash])
        lines.append(LineSpec(cash, credit=sum(r.total for r in cash_rows), memo=f"SHU {year} tunai"))
    if product is not None:
        lines += [LineSpec(product.account_code, credit=r.total, member_id=r.member_id, memo=f"SHU {year}")
                  for r in credited]
    entry = ledger.post_entry(
        session, user, journal_type=JournalType.MEMORIAL, day=day, memo=f"Pembayaran SHU tahun {year} kepada anggota",
        lines=lines, source=PAYOUT_SOURCE, created_at=ctx.now())
    if product is not None:
        session.execute(SavingsTransaction.__table__.insert(), [
            {"member_id": r.member_id, "product_id": product.id, "date": day, "amount": r.total, "kind": "shu",
             "entry_id": entry.id} for r in credited])
    mode = {r.member_id: "cash" for r in cash_rows} | {r.member_id: "sukarela" for r in credited}
    session.execute(ShuMemberPayment.__table__.insert(), [
        {"year": year, "member_id": r.member_id, "jasa_modal": r.jasa_modal.rounded, "jasa_usaha": r.jasa_usaha.rounded,
         "amount": r.total, "pay_mode": mode[r.member_id], "entry_id": entry.id} for r in paid])
    return entry.voucher, len(paid), total


def _check_pay(pay: str | None) -> str:
    pay = (pay or "").strip().lower()
    if pay and pay not in PAY_MODES:
        raise ValidationError("pay", "must be cash or sukarela (got {value})", value=pay)
    return pay


def post(ctx: AppContext, year: int, rat_date: date, pay: str | None = None,
         pay_date: date | None = None) -> PostResult:
    """Post the SHU of a closed year as the RAT approved it, and pay the members (``pay``
    "cash" or "sukarela") or leave their shares in 2121 to pay later (``pay`` None).

    Paying later: call again with ``pay``; only the payout is posted then, dated ``pay_date``
    (default today).  Everything else on a year already posted is refused.
    """
    year = year_end.check_year(year)
    pay = _check_pay(pay)
    with ctx.transaction() as session:
        user = ctx.actor(session)
        existing = distribution(session, year)
        if existing is not None:
            if existing.pay_mode or not pay:
                allocation = session.get(JournalEntry, existing.allocation_entry_id)
                raise ValidationError("year", "the SHU of {year} was already posted ({voucher}, RAT {date})",
                                      year=year, voucher=allocation.voucher if allocation else "-",
                                      date=existing.rat_date.isoformat())
            day = pay_date or ctx.today()
            if day < existing.rat_date:
                raise ValidationError("pay_date", "is before the RAT ({date})", date=existing.rat_date.isoformat())
            sheet = compute(session, year)
            if sheet.settings_changed:
                raise ValidationError("pay", "the SHU settings changed after the allocation {voucher} was posted; "
                                             "restore them to pay the members as the RAT approved",
                                      voucher=sheet.distribution.allocation_voucher if sheet.distribution else "-")
            voucher, count, total = _payout(ctx, session, sheet, pay, day)
            existing.pay_mode = pay
            existing.payout_entry_id = session.scalar(select(JournalEntry.id).where(JournalEntry.voucher == voucher))
            audit.record(session, user, ctx.now(), PAY_ACTION, AUDIT_TYPE, str(year),
                         f"{voucher or '-'}: {count} anggota, {format_rupiah(total)}, {pay}")
            return PostResult(year, sheet.shu, None, voucher, pay, count, total)
        if rat_date <= date(year, 12, 31):
            raise ValidationError("rat_date", "must be after the end of {year}: the RAT approves a closed year",
                                  year=year)
        if rat_date > ctx.today():
            raise ValidationError("rat_date", "is in the future ({date}): post after the RAT was held",
                                  date=rat_date.isoformat())
        sheet = compute(session, year)
        if sheet.shu <= 0:
            raise ValidationError("year", "{year} has no SHU to share (the year's result is {shu})",
                                  year=year, shu=format_rupiah(sheet.shu))
        credits = [l for l in sheet.lines if l.amount > 0]
        _check_accounts(session, sorted({SHU_ACCOUNT} | {l.account for l in credits}))
        lines = [LineSpec(SHU_ACCOUNT, debit=sheet.shu, memo=f"SHU tahun {year}")]
        lines += [LineSpec(l.account, credit=l.amount, memo=l.name) for l in credits]
        entry = ledger.post_entry(
            session, user, journal_type=JournalType.MEMORIAL, day=rat_date,
            memo=f"Pembagian SHU tahun {year} (RAT {rat_date.isoformat()})", lines=lines,
            source=ALLOCATION_SOURCE, created_at=ctx.now())
        payout_voucher, count, total = None, 0, 0
        if pay:
            payout_voucher, count, total = _payout(ctx, session, sheet, pay, pay_date or rat_date)
        payout_id = (session.scalar(select(JournalEntry.id).where(JournalEntry.voucher == payout_voucher))
                     if payout_voucher else None)
        # What the members' shares were computed with: paying later must pay the same shares.
        session.add(YearText(year=year, kind=SETTINGS_KIND, text=_settings_now(session), updated_at=ctx.now(),
                             user_id=user.id))
        session.add(ShuDistribution(year=year, rat_date=rat_date, shu=sheet.shu, allocation_entry_id=entry.id,
                                    pay_mode=pay, payout_entry_id=payout_id, user_id=user.id, created_at=ctx.now()))
        audit.record(session, user, ctx.now(), POST_ACTION, AUDIT_TYPE, str(year),
                     f"{entry.voucher}: SHU {format_rupiah(sheet.shu)}, RAT {rat_date.isoformat()}"
                     + (f"; {payout_voucher or '-'}: {count} anggota, {format_rupiah(total)}, {pay}" if pay else ""))
        session.flush()
        return PostResult(year, sheet.shu, entry.voucher, payout_voucher, pay, count, total)
