"""Everyday cash entries: paying an expense, receiving other income, moving money between the
cash box and the bank.  Each is one ordinary balanced journal entry (quick forms for the
cases a treasurer meets every day, so nobody has to know which side is the debit).

Cash and bank accounts are the asset accounts numbered 111x (kas) and 112x (bank, deposito)
in the Kemenkop chart: 1110, 1121 and 1122 by default, and any sub-account a cooperative
adds in the same ranges (e.g. 1111 Kas Kecil, 1123 Bank BRI).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.db.models import Account
from coopdesk.domain.accounts import AccountKind
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.journal import JournalType, LineSpec
from coopdesk.services import ledger, settings
from coopdesk.services.context import AppContext
from coopdesk.services.ledger import PostedEntry

CASH_PREFIXES = ("111", "112")
DEFAULT_CASH = "1110"
# A module-level table so tests/gui/test_translations.py finds both templates to translate.
_NOT_OF_KIND = {
    AccountKind.EXPENSE: "account {code} is not an expense account",
    AccountKind.INCOME: "account {code} is not an income account",
}


@dataclass(frozen=True)
class AccountOption:
    """An account offered in a form's picker."""

    code: str
    name: str


def is_cash_or_bank(account: Account) -> bool:
    return account.kind == AccountKind.ASSET.value and account.code.startswith(CASH_PREFIXES)


def cash_accounts(session: Session) -> list[AccountOption]:
    """Active, postable cash and bank accounts in code order (the cash book's choices)."""
    rows = session.scalars(select(Account).where(Account.active, Account.postable).order_by(Account.code))
    return [AccountOption(a.code, a.name) for a in rows if is_cash_or_bank(a)]


def accounts_of_kind(session: Session, kind: AccountKind) -> list[AccountOption]:
    """Active, postable accounts of one kind (expense or income), in code order."""
    rows = session.scalars(select(Account).where(Account.active, Account.postable, Account.kind == kind.value)
                           .order_by(Account.code))
    return [AccountOption(a.code, a.name) for a in rows]


def cash_account_code(session: Session) -> str:
    """The cash box: the ``cash_account`` setting (1110 unless changed)."""
    return settings.get(session, "cash_account") or DEFAULT_CASH


def _usable(session: Session, code: str, field: str) -> Account:
    account = ledger.account_by_code(session, str(code).strip(), field)
    if not account.active:
        raise ValidationError(field, "account {code} is inactive", code=account.code)
    if not account.postable:
        raise ValidationError(field, "account {code} is a heading; post to one of its sub-accounts",
                              code=account.code)
    return account


def _cash(session: Session, code: str, field: str) -> Account:
    account = _usable(session, code, field)
    if not is_cash_or_bank(account):
        raise ValidationError(field, "account {code} is not a cash or bank account", code=account.code)
    return account


def _of_kind(session: Session, code: str, field: str, kind: AccountKind) -> Account:
    account = _usable(session, code, field)
    if account.kind != kind.value:
        raise ValidationError(field, _NOT_OF_KIND[kind], code=account.code)
    return account


def _check_amount(amount: int) -> None:
    # bool is an int in Python; True must not post Rp 1.
    if not isinstance(amount, int) or isinstance(amount, bool):
        raise ValidationError("amount", "must be whole Rupiah")
    if amount <= 0:
        raise ValidationError("amount", "must be more than zero")


def _check_memo(memo: str) -> str:
    if not str(memo or "").strip():
        raise ValidationError("memo", "is required")
    return str(memo).strip()


def cash_expense(ctx: AppContext, day: date | None, account_code: str, amount: int, memo: str,
                 cash_account: str = DEFAULT_CASH) -> PostedEntry:
    """Pay an expense from the cash box (or a bank account): Dr expense / Cr cash, voucher BKK."""
    _check_amount(amount)
    memo = _check_memo(memo)
    day = day or ctx.today()
    with ctx.transaction() as session:
        user = ctx.actor(session)
        expense = _of_kind(session, account_code, "account", AccountKind.EXPENSE)
        cash = _cash(session, cash_account, "from")
        entry = ledger.post_entry(
            session, user, journal_type=JournalType.CASH_OUT, day=day, memo=memo,
            lines=[LineSpec(expense.code, debit=amount), LineSpec(cash.code, credit=amount)],
            source="cash.expense", created_at=ctx.now(),
        )
        return ledger.summary(entry)


def cash_income(ctx: AppContext, day: date | None, account_code: str, amount: int, memo: str,
                cash_account: str = DEFAULT_CASH) -> PostedEntry:
    """Receive other income into the cash box (or a bank account): Dr cash / Cr income, voucher BKM."""
    _check_amount(amount)
    memo = _check_memo(memo)
    day = day or ctx.today()
    with ctx.transaction() as session:
        user = ctx.actor(session)
        income = _of_kind(session, account_code, "account", AccountKind.INCOME)
        cash = _cash(session, cash_account, "to")
        entry = ledger.post_entry(
            session, user, journal_type=JournalType.CASH_IN, day=day, memo=memo,
            lines=[LineSpec(cash.code, debit=amount), LineSpec(income.code, credit=amount)],
            source="cash.income", created_at=ctx.now(),
        )
        return ledger.summary(entry)


def transfer_type(from_code: str, to_code: str, cash_box: str) -> JournalType:
    """Which voucher series a transfer gets.

    The series follow the cash box, because the kasir signs BKK/BKM vouchers and the cash
    count (kas opname) is checked against them: money taken out of the box to the bank is
    a bukti kas keluar (BKK); money fetched from the bank into the box a bukti kas masuk
    (BKM).  A move between two bank accounts (giro to deposito) never passes the box: it is
    booked as a general-journal entry (JU) on the bank's slip, as the treasurer does any
    other bank entry; JM stays for what the app itself posts at month end.
    """
    if from_code == cash_box:
        return JournalType.CASH_OUT
    if to_code == cash_box:
        return JournalType.CASH_IN
    return JournalType.GENERAL


def transfer(ctx: AppContext, day: date | None, from_code: str, to_code: str, amount: int,
             memo: str) -> PostedEntry:
    """Move money between cash and bank accounts: Dr ``to_code`` / Cr ``from_code``."""
    _check_amount(amount)
    memo = _check_memo(memo)
    day = day or ctx.today()
    with ctx.transaction() as session:
        user = ctx.actor(session)
        source = _cash(session, from_code, "from")
        target = _cash(session, to_code, "to")
        if source.code == target.code:
            raise ValidationError("to", "must be a different account from {code}", code=source.code)
        entry = ledger.post_entry(
            session, user, journal_type=transfer_type(source.code, target.code, cash_account_code(session)),
            day=day, memo=memo,
            lines=[LineSpec(target.code, debit=amount), LineSpec(source.code, credit=amount)],
            source="cash.transfer", created_at=ctx.now(),
        )
        return ledger.summary(entry)
