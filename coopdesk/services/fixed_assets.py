"""Fixed assets (aset tetap): registering one, its monthly depreciation, and disposing of it.

- Bought now: Dr the category's asset account / Cr Kas (1110) or Bank (1121), a BKK entry.
- Owned before the books started ("opening"): Dr asset / Cr its accumulated depreciation up
  to the books' start / Cr 3190 Saldo Awal for the rest, dated the books' start (JM).
- Month end posts one JM entry, Dr 5270 / Cr the accumulated-depreciation accounts, for every
  month due and not yet posted (a late-registered asset catches up), recorded per asset and
  month so nothing is ever posted twice.
- Disposal: the months still due up to the disposal (JM), then one entry taking cost and
  accumulated depreciation off the books, proceeds to Kas/Bank, a gain to 4290 or a loss to
  5280 (BKM when money was received, JM when the asset was scrapped for nothing).

The schedule and its first-month rule are in :mod:`coopdesk.domain.depreciation`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.db.models import DepreciationPosting, FixedAsset, JournalEntry, User
from coopdesk.domain.calendar import Month
from coopdesk.domain.depreciation import (
    ACCOUNTS,
    DEPRECIATION_EXPENSE,
    AssetCategory,
    ScheduleRow,
    check_terms,
    depreciates,
    due_months,
    last_month_before_disposal,
    parse_category,
    straight_line,
)
from coopdesk.domain.errors import NotFoundError, ValidationError
from coopdesk.domain.journal import JournalType, LineSpec
from coopdesk.domain.money import format_rupiah
from coopdesk.services import audit, ledger, settings
from coopdesk.services.context import AppContext

CASH = "1110"
BANK = "1121"
OPENING = "opening"
PAID_FROM = (CASH, BANK, OPENING)
OPENING_EQUITY = "3190"
GAIN_ACCOUNT = "4290"
LOSS_ACCOUNT = "5280"
MONTH_END_SOURCE = "month_end.depreciation"


@dataclass(frozen=True)
class AssetInput:
    name: str
    category: str
    cost: int
    acquired_on: date
    life_months: int
    residual: int = 0
    paid_from: str = CASH  # 1110, 1121 or "opening"


@dataclass(frozen=True)
class Registered:
    number: str
    voucher: str
    opening_accumulated: int = 0  # depreciation of the months before the books started


@dataclass(frozen=True)
class DepreciationLine:
    asset_number: str
    asset_name: str
    month: str
    amount: int


@dataclass
class MonthDepreciation:
    period: str
    voucher: str | None = None
    lines: list[DepreciationLine] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(line.amount for line in self.lines)


@dataclass(frozen=True)
class Disposal:
    number: str
    day: date
    cost: int
    accumulated: int
    proceeds: int
    depreciation_voucher: str | None  # the months still due, posted first
    voucher: str

    @property
    def book_value(self) -> int:
        return self.cost - self.accumulated

    @property
    def gain(self) -> int:
        """Proceeds over book value; negative is a loss."""
        return self.proceeds - self.book_value


def schedule_of(asset: FixedAsset) -> list[ScheduleRow]:
    return straight_line(asset.cost, asset.residual_value, asset.useful_life_months, asset.acquired_on,
                         AssetCategory(asset.category))


def by_number(session: Session, number: str) -> FixedAsset:
    asset = session.scalar(select(FixedAsset).where(FixedAsset.number == str(number).strip().upper()))
    if asset is None:
        raise NotFoundError("asset", "no fixed asset {number}", number=number)
    return asset


def posted_months(session: Session, asset_id: int) -> dict[str, int]:
    return dict(session.execute(select(DepreciationPosting.month, DepreciationPosting.amount)
                                .where(DepreciationPosting.asset_id == asset_id)).tuples().all())


def _check_input(data: AssetInput) -> tuple[str, AssetCategory, int]:
    """Every field, before anything is written: (name, category, life in months)."""
    name = str(data.name or "").strip()
    if not name:
        raise ValidationError("name", "is required")
    if len(name) > 120:
        raise ValidationError("name", "is too long (at most 120 characters)")
    category = parse_category(data.category)
    life = 0 if not depreciates(category) else data.life_months
    check_terms(data.cost, data.residual, life, category)
    if data.paid_from not in PAID_FROM:
        raise ValidationError("paid_from", "must be 1110 (Kas), 1121 (Bank) or opening (got {value})",
                              value=data.paid_from)
    return name, category, life


def _next_number(session: Session) -> str:
    seq = session.scalar(select(func.count()).select_from(FixedAsset)) or 0
    return f"AT-{seq + 1:04d}"


def register(ctx: AppContext, data: AssetInput) -> Registered:
    """Put an asset on the books; returns its number and the voucher of the entry."""
    name, category, life = _check_input(data)
    accounts = ACCOUNTS[category]
    with ctx.transaction() as session:
        user = ctx.actor(session)
        if data.acquired_on > ctx.today():
            raise ValidationError("date", "is after today ({today})", today=ctx.today().isoformat())
        schedule = straight_line(data.cost, data.residual, life, data.acquired_on, category)
        opening_rows: list[ScheduleRow] = []
        if data.paid_from == OPENING:
            start = settings.books_start(session)
            if start is None or data.acquired_on > start:
                raise ValidationError("paid_from", "only an asset bought before the books start ({start}) can be "
                                      "entered as already owned", start=start.isoformat() if start else "-")
            day = start
            opening_rows = [r for r in schedule if r.month < Month.of(start) and r.amount]
            accumulated = sum(r.amount for r in opening_rows)
            lines = [LineSpec(accounts.asset, debit=data.cost, memo=name)]
            if accumulated:
                assert accounts.accumulated is not None
                lines.append(LineSpec(accounts.accumulated, credit=accumulated, memo=name))
            if data.cost - accumulated:
                lines.append(LineSpec(OPENING_EQUITY, credit=data.cost - accumulated, memo=name))
            journal, memo, source = JournalType.MEMORIAL, f"Saldo awal aset tetap: {name}", "assets.opening"
        else:
            day = data.acquired_on
            lines = [LineSpec(accounts.asset, debit=data.cost, memo=name),
                     LineSpec(data.paid_from, credit=data.cost, memo=name)]
            journal, memo, source = JournalType.CASH_OUT, f"Pembelian aset tetap: {name}", "assets.acquisition"
        entry = ledger.post_entry(session, user, journal_type=journal, day=day, memo=memo, lines=lines,
                                  source=source, created_at=ctx.now())
        asset = FixedAsset(
            number=_next_number(session), name=name, category=category.value, cost=data.cost,
            acquired_on=data.acquired_on, useful_life_months=life, residual_value=data.residual,
            paid_from=data.paid_from, acquisition_entry_id=entry.id, disposal_proceeds=0, created_by=user.id,
            created_at=ctx.now())
        session.add(asset)
        session.flush()
        session.add_all([DepreciationPosting(asset_id=asset.id, month=str(r.month), amount=r.amount,
                                             entry_id=entry.id) for r in opening_rows])
        audit.record(session, user, ctx.now(), "asset.register", "asset", asset.number,
                     f"{name}, {category.value}, {format_rupiah(data.cost)}, {life} bln")
        return Registered(asset.number, entry.voucher, sum(r.amount for r in opening_rows))


def _post_depreciation(ctx: AppContext, session: Session, user: User, due: list[tuple[FixedAsset, ScheduleRow]],
                       day: date, memo: str, source: str) -> JournalEntry | None:
    """One JM entry for the rows given, and a posting row per asset and month."""
    due = [(a, r) for a, r in due if r.amount > 0]
    if not due:
        return None
    per_account: dict[str, int] = defaultdict(int)
    for asset, row in due:
        account = ACCOUNTS[AssetCategory(asset.category)].accumulated
        assert account is not None
        per_account[account] += row.amount
    total = sum(per_account.values())
    lines = [LineSpec(DEPRECIATION_EXPENSE, debit=total, memo=memo)]
    lines += [LineSpec(code, credit=amount) for code, amount in sorted(per_account.items())]
    entry = ledger.post_entry(session, user, journal_type=JournalType.MEMORIAL, day=day, memo=memo, lines=lines,
                              source=source, created_at=ctx.now())
    session.add_all([DepreciationPosting(asset_id=a.id, month=str(r.month), amount=r.amount, entry_id=entry.id)
                     for a, r in due])
    session.flush()
    return entry


def due_through(session: Session, through: Month) -> list[tuple[FixedAsset, ScheduleRow]]:
    """Every month of depreciation due up to ``through`` and not yet posted, oldest first."""
    assets = list(session.scalars(
        select(FixedAsset).where(FixedAsset.category != AssetCategory.LAND.value,
                                 FixedAsset.cancelled_entry_id.is_(None),
                                 FixedAsset.acquired_on <= through.last_day).order_by(FixedAsset.number)))
    if not assets:
        return []
    posted = set(session.execute(select(DepreciationPosting.asset_id, DepreciationPosting.month)
                                 .where(DepreciationPosting.asset_id.in_([a.id for a in assets]))).tuples())
    due = [(a, r) for a in assets for r in due_months(schedule_of(a), through, a.disposed_on)
           if (a.id, str(r.month)) not in posted and r.amount > 0]
    return sorted(due, key=lambda pair: (pair[1].month, pair[0].number))


def post_month_depreciation(ctx: AppContext, session: Session, month: Month) -> MonthDepreciation:
    """Month end's part: depreciation of every asset due up to ``month`` (called in its transaction)."""
    due = due_through(session, month)
    result = MonthDepreciation(str(month))
    if not due:
        return result
    entry = _post_depreciation(ctx, session, ctx.actor(session), due, month.last_day,
                               f"Penyusutan aset tetap bulan {month}", MONTH_END_SOURCE)
    result.voucher = entry.voucher if entry is not None else None
    result.lines = [DepreciationLine(a.number, a.name, str(r.month), r.amount) for a, r in due]
    return result


def month_depreciation(session: Session, month: Month) -> MonthDepreciation:
    """What month end posted for ``month`` (to show a month already run)."""
    result = MonthDepreciation(str(month))
    entry = session.scalar(select(JournalEntry).where(JournalEntry.source == MONTH_END_SOURCE,
                                                      JournalEntry.date == month.last_day).order_by(JournalEntry.id))
    if entry is None:
        return result
    result.voucher = entry.voucher
    result.lines = [DepreciationLine(a.number, a.name, p.month, p.amount) for p, a in session.execute(
        select(DepreciationPosting, FixedAsset).join(FixedAsset, DepreciationPosting.asset_id == FixedAsset.id)
        .where(DepreciationPosting.entry_id == entry.id).order_by(DepreciationPosting.month, FixedAsset.number)
    ).tuples()]
    return result


def dispose(ctx: AppContext, number: str, day: date, proceeds: int = 0, to: str = CASH) -> Disposal:
    """Sell or scrap an asset: depreciation up to the disposal first, then the disposal entry."""
    if not isinstance(proceeds, int) or isinstance(proceeds, bool):
        raise ValidationError("proceeds", "must be whole Rupiah")
    if proceeds < 0:
        raise ValidationError("proceeds", "must not be negative (got {value})", value=proceeds)
    if to not in (CASH, BANK):
        raise ValidationError("to", "must be 1110 (Kas) or 1121 (Bank) (got {value})", value=to)
    with ctx.transaction() as session:
        user = ctx.actor(session)
        asset = by_number(session, number)
        if asset.cancelled_entry_id is not None:
            raise ValidationError("asset", "{number} was cancelled (its purchase entry was reversed)",
                                  number=asset.number)
        if asset.disposed_on is not None:
            raise ValidationError("asset", "{number} was already disposed of on {date}", number=asset.number,
                                  date=asset.disposed_on.isoformat())
        if day < asset.acquired_on:
            raise ValidationError("date", "is before the asset was acquired ({date})",
                                  date=asset.acquired_on.isoformat())
        if day > ctx.today():
            raise ValidationError("date", "is after today ({today})", today=ctx.today().isoformat())
        ledger.check_open_date(session, day)
        posted = posted_months(session, asset.id)
        last = last_month_before_disposal(day)
        later = sorted(m for m in posted if Month.parse(m) > last)
        if later:
            raise ValidationError("date", "depreciation of {number} is already posted for {month}, after this date; "
                                  "the disposal must be dated later", number=asset.number, month=later[-1])
        due = [(asset, r) for r in due_months(schedule_of(asset), last) if str(r.month) not in posted and r.amount]
        name = asset.name
        dep_entry = _post_depreciation(ctx, session, user, due, day,
                                       f"Penyusutan aset tetap {asset.number} s.d. pelepasan", "assets.depreciation")
        accumulated = sum(posted.values()) + sum(r.amount for _, r in due)
        accounts = ACCOUNTS[AssetCategory(asset.category)]
        book_value = asset.cost - accumulated
        gain = proceeds - book_value
        lines: list[LineSpec] = []
        if proceeds:
            lines.append(LineSpec(to, debit=proceeds, memo=name))
        if accumulated:
            assert accounts.accumulated is not None
            lines.append(LineSpec(accounts.accumulated, debit=accumulated, memo=name))
        if gain < 0:
            lines.append(LineSpec(LOSS_ACCOUNT, debit=-gain, memo=f"Rugi pelepasan {name}"))
        lines.append(LineSpec(accounts.asset, credit=asset.cost, memo=name))
        if gain > 0:
            lines.append(LineSpec(GAIN_ACCOUNT, credit=gain, memo=f"Laba pelepasan {name}"))
        entry = ledger.post_entry(
            session, user, journal_type=JournalType.CASH_IN if proceeds else JournalType.MEMORIAL, day=day,
            memo=f"Pelepasan aset tetap {asset.number}: {name}", lines=lines, source="assets.disposal",
            created_at=ctx.now())
        asset.disposed_on = day
        asset.disposal_proceeds = proceeds
        asset.disposal_entry_id = entry.id
        audit.record(session, user, ctx.now(), "asset.dispose", "asset", asset.number,
                     f"{day.isoformat()}, {format_rupiah(proceeds)}")
        return Disposal(asset.number, day, asset.cost, accumulated, proceeds,
                        dep_entry.voucher if dep_entry is not None else None, entry.voucher)


def all_assets(session: Session) -> list[FixedAsset]:
    """Every asset ever on the books (cancelled ones left out), by number."""
    return list(session.scalars(select(FixedAsset).where(FixedAsset.cancelled_entry_id.is_(None))
                                .order_by(FixedAsset.number)))


def accumulated_booked(session: Session, as_of: date) -> dict[int, int]:
    """Per asset: depreciation booked by entries dated on or before ``as_of``."""
    return {asset_id: int(total) for asset_id, total in session.execute(
        select(DepreciationPosting.asset_id, func.sum(DepreciationPosting.amount))
        .join(JournalEntry, DepreciationPosting.entry_id == JournalEntry.id)
        .where(JournalEntry.date <= as_of).group_by(DepreciationPosting.asset_id)).tuples()}


# --- reversals (services/corrections.py calls these for the sources below) ------------------

def undo_acquisition(session: Session, original: JournalEntry, reversal: JournalEntry) -> None:
    """An asset entered by mistake: reversing its purchase (or opening) entry takes it off the
    register.  Refused once month end has depreciated it or it was disposed of: those entries
    follow from the asset and would be left without it."""
    asset = session.scalar(select(FixedAsset).where(FixedAsset.acquisition_entry_id == original.id))
    if asset is None:
        return
    if asset.disposed_on is not None:
        raise ValidationError("voucher", "{number} was disposed of; reverse the disposal first", number=asset.number)
    later = session.scalar(select(func.count()).select_from(DepreciationPosting).where(
        DepreciationPosting.asset_id == asset.id, DepreciationPosting.entry_id != original.id))
    if later:
        raise ValidationError("voucher", "{number} has depreciation posted by month end; it cannot be cancelled",
                              number=asset.number)
    asset.cancelled_entry_id = reversal.id


def undo_disposal(session: Session, original: JournalEntry, reversal: JournalEntry) -> None:
    """A disposal reversed: the asset is back on the register; month end depreciates it again
    from the first month not yet posted."""
    asset = session.scalar(select(FixedAsset).where(FixedAsset.disposal_entry_id == original.id))
    if asset is None:
        return
    asset.disposed_on = None
    asset.disposal_proceeds = 0
    asset.disposal_entry_id = None


def refuse_reversal(session: Session, original: JournalEntry, reversal: JournalEntry) -> None:
    """Depreciation follows the schedule month by month and is never reversed by hand."""
    raise ValidationError("voucher", "{voucher} is depreciation of fixed assets; it follows the schedule and cannot "
                          "be reversed", voucher=original.voucher)


# What services/corrections.py SUBLEDGER_UNDO should list for the entries this module posts.
UNDO_BY_SOURCE = {
    "assets.acquisition": undo_acquisition,
    "assets.opening": undo_acquisition,
    "assets.disposal": undo_disposal,
    "assets.depreciation": refuse_reversal,
    MONTH_END_SOURCE: refuse_reversal,
}
