"""Kas opname: count the notes and coins in the cash box, compare with the books, and, if the
treasurer decides to, post the difference with a reason.

The book figure is the balance of the cash account (1110 Kas unless the ``cash_account``
setting says otherwise) including every entry dated on or before the count's date.  A count
is saved (insert-only, audited) whether or not it is adjusted; an adjustment is one JU entry:

- shortage (counted < books): Dr 5280 Beban Usaha Lain-lain / Cr Kas
- surplus (counted > books): Dr Kas / Cr 4290 Pendapatan Lain-lain

A count with no difference posts nothing, even when an adjustment was asked for.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.db.models import CashCount, JournalEntry, User
from coopdesk.domain.errors import NotFoundError, ValidationError
from coopdesk.domain.journal import JournalType, LineSpec
from coopdesk.domain.money import format_rupiah
from coopdesk.services import audit, ledger, settings
from coopdesk.services.context import AppContext

SHORTAGE_ACCOUNT = "5280"
SURPLUS_ACCOUNT = "4290"
DEFAULT_CASH = "1110"
MAX_PIECES = 1_000_000  # of one denomination: more is a typing slip

Kind = Literal["note", "coin"]


@dataclass(frozen=True)
class Denomination:
    kind: Kind
    value: int

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.value}"


# Rupiah in circulation (Bank Indonesia): notes and coins, largest first.
DENOMINATIONS: tuple[Denomination, ...] = (
    *(Denomination("note", v) for v in (100_000, 50_000, 20_000, 10_000, 5_000, 2_000, 1_000)),
    *(Denomination("coin", v) for v in (1_000, 500, 200, 100)),
)
_BY_KEY = {d.key: d for d in DENOMINATIONS}


def parse_denomination(text: str, field: str = "count") -> Denomination:
    """``100000``, ``100.000`` or ``note:100000``; ``500`` (only a coin); ``1000`` is the note and
    ``coin1000`` / ``coin:1000`` the coin."""
    raw = str(text).strip().lower().replace(".", "")
    kind: str | None = None
    for prefix, name in (("note:", "note"), ("coin:", "coin"), ("note", "note"), ("coin", "coin")):
        if raw.startswith(prefix):
            kind, raw = name, raw[len(prefix):]
            break
    if not raw.isdigit():
        raise ValidationError(field, "is not a Rupiah note or coin: {value}", value=text)
    value = int(raw)
    kinds = (kind,) if kind else ("note", "coin")
    for k in kinds:
        found = _BY_KEY.get(f"{k}:{value}")
        if found is not None:
            return found
    raise ValidationError(field, "is not a Rupiah note or coin: {value}", value=text)


def parse_count(text: str, field: str = "count") -> tuple[Denomination, int]:
    """``100000=12`` → (the Rp 100.000 note, 12)."""
    denomination, sep, pieces = str(text).partition("=")
    if not sep:
        raise ValidationError(field, "must be written DENOMINATION=PIECES, e.g. 100000=12 (got {value})", value=text)
    return parse_denomination(denomination, field), _pieces(pieces.strip(), field)


def _pieces(value: object, field: str) -> int:
    if isinstance(value, bool):
        raise ValidationError(field, "must be a whole number of pieces (got {value})", value=value)
    if isinstance(value, str):
        if not value.strip().isdigit():
            raise ValidationError(field, "must be a whole number of pieces (got {value})", value=value)
        value = int(value.strip())
    if not isinstance(value, int) or value < 0:
        raise ValidationError(field, "must be a whole number of pieces (got {value})", value=value)
    if value > MAX_PIECES:
        raise ValidationError(field, "is implausibly large: {value}", value=value)
    return value


def normalise(counts: Mapping[str, int]) -> dict[str, int]:
    """Counts keyed ``note:100000`` / ``coin:500`` in the standard order, zeros left out;
    unknown keys and bad numbers refused."""
    clean: dict[str, int] = {}
    for key, pieces in counts.items():
        if key not in _BY_KEY:
            raise ValidationError("count", "is not a Rupiah note or coin: {value}", value=key)
        clean[key] = clean.get(key, 0) + _pieces(pieces, "count")
    return {d.key: clean[d.key] for d in DENOMINATIONS if clean.get(d.key)}


def counted_total(counts: Mapping[str, int]) -> int:
    return sum(_BY_KEY[key].value * pieces for key, pieces in counts.items())


def cash_account(session: Session) -> str:
    return settings.get(session, "cash_account") or DEFAULT_CASH


@dataclass(frozen=True)
class CountResult:
    """A count against the books.  ``number`` and the vouchers are set once it is saved."""

    day: date
    counts: dict[str, int]
    counted: int
    book_balance: int
    account: str
    number: str | None = None
    reason: str = ""
    adjustment_voucher: str | None = None

    @property
    def difference(self) -> int:
        """Counted minus books: negative is a shortage (kurang), positive a surplus (lebih)."""
        return self.counted - self.book_balance


def compare(session: Session, day: date, counts: Mapping[str, int]) -> CountResult:
    """The live figures for a count (nothing is saved): what the dialog shows while typing."""
    clean = normalise(counts)
    account = cash_account(session)
    return CountResult(day, clean, counted_total(clean), ledger.account_balance(session, account, day), account)


def adjustment_lines(difference: int, account: str, memo: str) -> list[LineSpec]:
    if difference < 0:
        return [LineSpec(SHORTAGE_ACCOUNT, debit=-difference, memo=memo), LineSpec(account, credit=-difference)]
    return [LineSpec(account, debit=difference), LineSpec(SURPLUS_ACCOUNT, credit=difference, memo=memo)]


def record(ctx: AppContext, day: date, counts: Mapping[str, int], *, adjust: bool = False,
           reason: str = "") -> CountResult:
    """Save a count; with ``adjust`` also post its difference (a reason is then required)."""
    reason = str(reason or "").strip()
    with ctx.transaction() as session:
        user = ctx.actor(session)
        if day > ctx.today():
            raise ValidationError("date", "is after today ({today})", today=ctx.today().isoformat())
        ledger.check_open_date(session, day)
        result = compare(session, day, counts)
        difference = result.difference
        if adjust and difference and not reason:
            raise ValidationError("reason", "is required to post the difference")
        year = day.year
        seq = session.scalar(select(func.count()).select_from(CashCount)
                             .where(CashCount.number.like(f"KO-{year}-%"))) or 0
        number = f"KO-{year}-{seq + 1:04d}"
        entry = None
        if adjust and difference:
            memo = f"Selisih kas opname {number}: {reason}"
            entry = ledger.post_entry(session, user, journal_type=JournalType.GENERAL, day=day, memo=memo,
                                      lines=adjustment_lines(difference, result.account, memo),
                                      source="cash_count.adjustment", created_at=ctx.now())
        session.add(CashCount(number=number, date=day, counts=json.dumps(result.counts), counted_total=result.counted,
                              book_balance=result.book_balance, difference=difference, reason=reason,
                              adjustment_entry_id=entry.id if entry is not None else None, user_id=user.id,
                              created_at=ctx.now()))
        session.flush()
        audit.record(session, user, ctx.now(), "cash.count", "cash_count", number,
                     f"dihitung {format_rupiah(result.counted)}, buku {format_rupiah(result.book_balance)}, "
                     f"selisih {format_rupiah(difference)}" + (f", {entry.voucher}" if entry is not None else ""))
        return CountResult(day, result.counts, result.counted, result.book_balance, result.account, number, reason,
                           entry.voucher if entry is not None else None)


@dataclass(frozen=True)
class SavedCount:
    """A saved count as read back (for the berita acara and the list)."""

    result: CountResult
    counted_by: str
    created_at: datetime


def by_number(session: Session, number: str) -> SavedCount:
    row = session.scalar(select(CashCount).where(CashCount.number == str(number).strip().upper()))
    if row is None:
        raise NotFoundError("count", "no cash count {number}", number=number)
    return _saved(session, row)


def _saved(session: Session, row: CashCount) -> SavedCount:
    entry = session.get(JournalEntry, row.adjustment_entry_id) if row.adjustment_entry_id else None
    user = session.get(User, row.user_id)
    counts = {k: int(v) for k, v in json.loads(row.counts).items()}
    result = CountResult(row.date, counts, row.counted_total, row.book_balance, cash_account(session), row.number,
                         row.reason, entry.voucher if entry is not None else None)
    return SavedCount(result, user.name if user is not None else "", row.created_at)


def recent(session: Session, limit: int = 50) -> list[SavedCount]:
    return [_saved(session, r) for r in session.scalars(select(CashCount).order_by(CashCount.id.desc()).limit(limit))]
