"""Property-based test of the whole savings ledger (hypothesis state machine).

Any sequence of registrations, deposits (each product), withdrawals, reversals, month ends and
exits, on a real database, keeps:
- the trial balance balanced (total debit == total credit), and every entry balanced;
- each savings control account (3110, 3120, 2111) equal to the sum of the members' balances;
- every member's end-of-day balance of every product at or above zero;
- voucher numbers gapless per series;
and an operation the books refuse changes nothing at all.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import create_engine, func, select, text

from coopdesk.db.models import JournalEntry, JournalLine, SavingsProduct, SavingsTransaction
from coopdesk.db.schema import Database, open_database
from coopdesk.domain.errors import ValidationError
from coopdesk.reports.trial_balance import trial_balance
from coopdesk.services import corrections, ledger, member_exit, members, month_end, savings
from coopdesk.services.books import BooksSetup, init_books
from coopdesk.services.context import AppContext
from coopdesk.services.members import MemberInput

from .helpers import nik, snapshot

PG_URL = os.environ.get("COOPDESK_TEST_PG_URL", "")
START = date(2025, 1, 1)
TODAY = date(2025, 12, 31)
days = st.integers(0, 364).map(lambda n: START + timedelta(days=n))
early_days = st.integers(0, 150).map(lambda n: START + timedelta(days=n))
amounts = st.one_of(
    st.integers(1, 2_000_000),
    st.sampled_from([50_000, 100_000, 1_000_000, 10_000_000, 96_000_000, 120_000_000]),
)


def books_machine(open_books: Callable[[], tuple[Database, Callable[[], None]]]) -> type[RuleBasedStateMachine]:
    class Books(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.db, self.cleanup = open_books()
            self.ctx = AppContext(self.db, today=lambda: TODAY, now=lambda: datetime(2025, 12, 31, 9, 0))
            self.numbers: list[str] = []
            self.joined: dict[str, date] = {}
            self.active: set[str] = set()
            self.vouchers: list[str] = []

        def teardown(self) -> None:
            self.db.dispose()
            self.cleanup()

        def attempt(self, label: str, action: Callable[[], Any]) -> Any:
            """Run one operation; if the books refuse it, nothing at all may have changed."""
            before = snapshot(self.db)
            try:
                result = action()
            except ValidationError as exc:
                event(f"{label}: refused ({exc.field})")
                assert snapshot(self.db) == before, "a refused operation changed the database"
                return None
            event(f"{label}: done")
            return result

        @initialize(basis=st.sampled_from(["lowest", "average"]), first=early_days, second=early_days)
        def open_books_with_two_members(self, basis: str, first: date, second: date) -> None:
            with self.ctx.transaction() as session:
                product = session.scalar(select(SavingsProduct).where(SavingsProduct.code == "sukarela"))
                assert product is not None
                product.interest_basis = basis
            self.add_member(first, False)
            self.add_member(second, True)

        def add_member(self, joined: date, female: bool) -> None:
            serial = len(self.numbers) + 1
            number = members.register(self.ctx, MemberInput(f"Anggota {serial}", nik(serial, female),
                                                            "P" if female else "L", joined))
            self.numbers.append(number)
            self.joined[number] = joined
            self.active.add(number)

        @staticmethod
        def rarely(data: st.DataObject) -> bool:
            """True about one time in five (hypothesis leans towards small numbers: 0 is the common case)."""
            return data.draw(st.integers(0, 4)) == 4

        def pick_member(self, data: st.DataObject) -> str:
            """Mostly an active member (most operations then go through), sometimes anyone."""
            active = sorted(self.active)
            if active and not self.rarely(data):
                return data.draw(st.sampled_from(active))
            return data.draw(st.sampled_from(self.numbers))

        def pick_day(self, data: st.DataObject, number: str, earliest: date | None = None) -> date:
            """Mostly a day from ``earliest`` (default: the member's joining) on, sometimes any day of 2025."""
            earliest = max(earliest or self.joined[number], self.joined[number])
            if self.rarely(data):
                return data.draw(days)
            return earliest + timedelta(days=data.draw(st.integers(0, (TODAY - earliest).days)))

        def sukarela(self, number: str) -> tuple[int, date | None]:
            """Sukarela balance and the day of the last sukarela movement."""
            with self.ctx.reading() as session:
                member = members.by_number(session, number)
                product = savings.product_by_code(session, "sukarela")
                last = session.scalar(select(func.max(SavingsTransaction.date)).where(
                    SavingsTransaction.member_id == member.id, SavingsTransaction.product_id == product.id))
                return savings.balance(session, member.id, product.id), last

        # -- operations ------------------------------------------------------------------
        @rule(joined=early_days, female=st.booleans())
        def register(self, joined: date, female: bool) -> None:
            self.add_member(joined, female)

        @rule(data=st.data(), product=st.sampled_from(["pokok", "wajib", "sukarela", "sukarela"]), amount=amounts)
        def deposit(self, data: st.DataObject, product: str, amount: int) -> None:
            number = self.pick_member(data)
            day = self.pick_day(data, number)
            posted = self.attempt("deposit", lambda: savings.deposit(self.ctx, number, product, amount, day))
            if posted:
                self.vouchers.append(posted.voucher)

        @rule(data=st.data())
        def withdraw(self, data: st.DataObject) -> None:
            savers = [n for n in sorted(self.active) if self.sukarela(n)[0] > 0]
            if savers and not self.rarely(data):
                number = data.draw(st.sampled_from(savers))
                balance, last = self.sukarela(number)
                amount = data.draw(st.integers(1, balance))
                day = self.pick_day(data, number, last)
            elif self.rarely(data):  # anything at all, mostly refused
                number = self.pick_member(data)
                amount = data.draw(amounts)
                day = self.pick_day(data, number)
            else:
                return
            posted = self.attempt("withdraw", lambda: savings.withdraw(self.ctx, number, "sukarela", amount, day))
            if posted:
                self.vouchers.append(posted.voucher)

        @precondition(lambda self: self.vouchers)
        @rule(data=st.data(), later=st.integers(0, 90))
        def reverse(self, data: st.DataObject, later: int) -> None:
            voucher = data.draw(st.sampled_from(self.vouchers))
            with self.ctx.reading() as session:
                original = ledger.entry_by_voucher(session, voucher).date
            day = min(original + timedelta(days=later), TODAY)
            posted = self.attempt("reverse", lambda: corrections.reverse(self.ctx, voucher, "koreksi", day))
            if posted:
                self.vouchers.append(posted.voucher)
                # Reversing an exit makes the member active again.
                self.active = {m.number for m in members.search(self.ctx) if m.status == "aktif"}

        @precondition(lambda self: len(self.vouchers) >= 2)
        @rule(month=st.integers(1, 12))
        def run_month_end(self, month: int) -> None:
            result = self.attempt("month end", lambda: month_end.run(self.ctx, f"2025-{month:02d}"))
            if result and result.voucher and not result.already_done:
                self.vouchers.append(result.voucher)

        @precondition(lambda self: len(self.active) >= 2)
        @rule(data=st.data(), reason=st.sampled_from(["keluar", "meninggal", "diberhentikan"]))
        def leave(self, data: st.DataObject, reason: str) -> None:
            if not self.rarely(data):  # leaving is final: keep it rarer than the daily operations
                return
            number = self.pick_member(data)
            day = self.pick_day(data, number)
            result = self.attempt("exit", lambda: member_exit.exit_member(self.ctx, number, day, reason))
            if result is not None:
                self.active.discard(number)
                if result.voucher:
                    self.vouchers.append(result.voucher)

        # -- what must always hold ------------------------------------------------------------
        @invariant()
        def trial_balance_balances(self) -> None:
            with self.ctx.reading() as session:
                tb = trial_balance(session, TODAY)
                assert tb.total_debit == tb.total_credit
                unbalanced = session.execute(
                    select(JournalLine.entry_id).group_by(JournalLine.entry_id)
                    .having(func.sum(JournalLine.debit) != func.sum(JournalLine.credit))).all()
                assert unbalanced == []

        @invariant()
        def control_accounts_equal_members_balances(self) -> None:
            with self.ctx.reading() as session:
                members_total = savings.control_totals(session)
                for code in ("3110", "3120", "2111"):
                    assert -ledger.account_balance(session, code) == members_total.get(code, 0), code

        @invariant()
        def no_balance_ever_negative(self) -> None:
            with self.ctx.reading() as session:
                rows = session.execute(
                    select(SavingsTransaction.member_id, SavingsTransaction.product_id, SavingsTransaction.date,
                           func.sum(SavingsTransaction.amount))
                    .group_by(SavingsTransaction.member_id, SavingsTransaction.product_id, SavingsTransaction.date)
                    .order_by(SavingsTransaction.member_id, SavingsTransaction.product_id, SavingsTransaction.date)
                ).all()
            running: dict[tuple[int, int], int] = {}
            for member_id, product_id, day, amount in rows:
                key = (member_id, product_id)
                running[key] = running.get(key, 0) + int(amount)
                assert running[key] >= 0, f"member {member_id} product {product_id} below zero on {day}"

        @invariant()
        def members_who_left_hold_nothing(self) -> None:
            """The exit settlement paid everything out; nothing may land on the account afterwards."""
            with self.ctx.reading() as session:
                for number in set(self.numbers) - self.active:
                    member = members.by_number(session, number)
                    assert member.status != "aktif"
                    assert set(savings.balances(session, member.id).values()) == {0}, number

        @invariant()
        def vouchers_gapless(self) -> None:
            with self.ctx.reading() as session:
                series: dict[tuple[str, int], list[int]] = {}
                for jt, year, seq in session.execute(select(JournalEntry.journal_type, JournalEntry.year,
                                                            JournalEntry.seq)):
                    series.setdefault((jt, year), []).append(seq)
            for key, seqs in series.items():
                assert sorted(seqs) == list(range(1, len(seqs) + 1)), key

    return Books


def _initialised_copy(template: Path, folder: Path) -> Path:
    """The migrated template with the books of a cooperative created in it."""
    path = folder / "books.db"
    shutil.copy(template, path)
    db = open_database(str(path))
    init_books(db, BooksSetup("KSP Properti", START))
    db.dispose()
    return path


def test_savings_ledger_properties_sqlite(sqlite_template: Path, tmp_path: Path) -> None:
    books = _initialised_copy(sqlite_template, tmp_path)

    def open_books() -> tuple[Database, Callable[[], None]]:
        folder = Path(tempfile.mkdtemp(prefix="coopdesk-prop-"))
        shutil.copy(books, folder / "books.db")
        return open_database(str(folder / "books.db")), lambda: shutil.rmtree(folder, ignore_errors=True)

    run_state_machine_as_test(books_machine(open_books), settings=settings(
        max_examples=30, stateful_step_count=30, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))


@pytest.fixture
def pg_books_template() -> Iterator[str]:
    """A PostgreSQL database holding initialised books, to be cloned (CREATE DATABASE ... TEMPLATE)."""
    if not PG_URL:
        if os.environ.get("COOPDESK_REQUIRE_PG") == "1":
            pytest.fail("COOPDESK_REQUIRE_PG=1 but COOPDESK_TEST_PG_URL is not set")
        pytest.skip("no COOPDESK_TEST_PG_URL")
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    name = f"tmpl_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    db = open_database(PG_URL.rsplit("/", 1)[0] + f"/{name}")
    init_books(db, BooksSetup("KSP Properti", START))
    db.dispose()
    try:
        yield name
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.mark.postgresql
def test_savings_ledger_properties_postgresql(pg_books_template: str) -> None:
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")

    def open_books() -> tuple[Database, Callable[[], None]]:
        name = f"prop_{uuid.uuid4().hex[:10]}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{pg_books_template}"'))

        def drop() -> None:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))

        return open_database(PG_URL.rsplit("/", 1)[0] + f"/{name}"), drop

    try:
        run_state_machine_as_test(books_machine(open_books), settings=settings(
            max_examples=6, stateful_step_count=20, deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))
    finally:
        admin.dispose()
