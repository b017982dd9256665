"""A hypothesis state machine over loan operations on a real database: apply, approve (by the
right and the wrong user), disburse, repay random amounts, pay off, reverse a loan voucher,
write off and recover, let time pass, run month end, and a member leaving with loans.

After every step:
- the trial balance is zero and every entry balanced;
- 1141 equals the outstanding principal of the running loans (on the current day and later);
- 1149 is what the portfolio says is booked, and right after a month end it is what was needed;
- the savings control accounts equal the members' balances;
- no installment is ever paid beyond what was scheduled, nor below zero;
- a loan's status agrees with what is left on it;
and an operation the books refuse changes nothing at all.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import Decimal
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
from sqlalchemy import create_engine, select, text

from coopdesk.db.models import Loan, LoanInstallment
from coopdesk.db.schema import Database, open_database
from coopdesk.domain.calendar import Month
from coopdesk.domain.errors import ValidationError
from coopdesk.services import corrections, ledger, loan_repayments, loans, member_exit, members, month_end
from coopdesk.services.books import BooksSetup, init_books
from coopdesk.services.loan_portfolio import portfolio

from .helpers import LATER, books_hold, context, new_product, saver, snapshot, staff

TALLY: Counter[str] = Counter()  # what the runs did (printed with pytest -s)
PG_URL = os.environ.get("COOPDESK_TEST_PG_URL", "")
START = date(2025, 1, 10)
END = date(2027, 6, 30)
PRODUCTS = ["UMUM", "ANU", "MEN"]
MAX_LOANS = 6  # a few loans with a long history rather than many new ones
principals = st.one_of(st.sampled_from([1_000_000, 5_000_000, 12_000_000, 50_000_000]),
                       st.integers(1_000_000, 100_000_000))


def prepare(db: Database) -> None:
    """Books with staff, two more loan products and three members with savings."""
    init_books(db, BooksSetup("KSP Properti", date(2025, 1, 1)))
    ctx = context(db)
    staff(ctx)
    # anuitas, unit 500, 2% a month of the overdue amount, all remaining interest on early payoff
    new_product(ctx, "ANU", method="anuitas", rate=Decimal("18"), rate_per="year", rounding=500,
                provisi_pct=Decimal("0.5"), penalty_rule="pct_month", penalty_value=Decimal(2), grace_days=0,
                payoff_rule="full_interest", term_max=36)
    # menurun, Rp 1.000 a day late, overpayment to sukarela, 1% withheld into sukarela
    new_product(ctx, "MEN", method="menurun", rate=Decimal("1.25"), rounding=100, withheld_pct=Decimal(1),
                withheld_product="sukarela", penalty_rule="fixed_day", penalty_value=Decimal(1000), grace_days=5,
                overpayment="sukarela", term_max=36)
    saver(ctx, "Budi Santoso", sukarela=30_000_000)
    saver(ctx, "Siti Aminah", sukarela=1_000_000)
    saver(ctx, "Agus Salim")


def loan_machine(open_books: Callable[[], tuple[Database, Callable[[], None]]]) -> type[RuleBasedStateMachine]:
    class Loans(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.db, self.cleanup = open_books()
            self.ctx = context(self.db)
            self.ketua = context(self.db, "ketua")
            self.members = ["00001", "00002", "00003"]  # prepare() registered them
            self.active = set(self.members)
            self.today = START
            self.loans: list[str] = []
            self.vouchers: list[str] = []  # loan vouchers, newest last
            self.next_month = Month(2025, 1)

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
                TALLY[f"{label}: refused ({exc.field})"] += 1
                if os.environ.get("LOANS_DEBUG"):
                    TALLY[f"{label}: {exc.message[:60]}"] += 1
                assert snapshot(self.db) == before, f"a refused {label} changed the database"
                return None
            event(f"{label}: done")
            TALLY[f"{label}: done"] += 1
            return result

        @staticmethod
        def rarely(data: st.DataObject) -> bool:
            """True about one time in ten (hypothesis favours 0 and the largest value: not those)."""
            return data.draw(st.sampled_from(range(10))) == 7

        def status(self, number: str) -> str:
            with self.ctx.reading() as session:
                return loans.by_number(session, number).status

        def with_status(self, *statuses: str) -> list[str]:
            with self.ctx.reading() as session:
                return list(session.scalars(select(Loan.number).where(Loan.status.in_(statuses)).order_by(Loan.id)))

        def pick(self, data: st.DataObject, *statuses: str) -> str | None:
            """Mostly a loan in one of ``statuses``, sometimes any loan (mostly refused then)."""
            wanted = self.with_status(*statuses)
            if wanted and not self.rarely(data):
                return data.draw(st.sampled_from(wanted))
            return data.draw(st.sampled_from(self.loans)) if self.loans and self.rarely(data) else None

        @initialize(member=st.sampled_from(["00001", "00002"]), principal=principals)
        def first_loan(self, member: str, principal: int) -> None:
            number = loans.apply(self.ctx, loans.Application(member, "UMUM", principal, 12, START))
            self.loans.append(number)
            loans.approve(self.ketua, number, START)
            self.vouchers.append(loans.disburse(self.ctx, number, START).voucher)

        # -- operations --------------------------------------------------------------------
        @precondition(lambda self: len(self.loans) < MAX_LOANS)
        @rule(data=st.data(), product=st.sampled_from(PRODUCTS), principal=principals, term=st.integers(1, 36))
        def apply(self, data: st.DataObject, product: str, principal: int, term: int) -> None:
            # mostly an active member, sometimes one who left (refused)
            pool = sorted(self.active) if self.active and not self.rarely(data) else self.members
            member = data.draw(st.sampled_from(pool))
            number = self.attempt("apply", lambda: loans.apply(
                self.ctx, loans.Application(member, product, principal, term, self.today)))
            if number:
                self.loans.append(number)

        @precondition(lambda self: len(self.loans) < MAX_LOANS)
        @rule(data=st.data(), product=st.sampled_from(PRODUCTS), principal=principals, term=st.integers(1, 36))
        def lend(self, data: st.DataObject, product: str, principal: int, term: int) -> None:
            """Apply, approve and disburse on the same day (the usual path)."""
            self.apply(data, product, principal, term)
            number = self.loans[-1] if self.loans and self.status(self.loans[-1]) == "applied" else None
            if number is None:
                return
            if self.attempt("approve", lambda: loans.approve(self.ketua, number, self.today)):
                self.disburse_loan(number)

        @rule(data=st.data(), wrong_user=st.booleans())
        def approve(self, data: st.DataObject, wrong_user: bool) -> None:
            number = self.pick(data, "applied")
            if number is None:
                return
            who = self.ctx if wrong_user else self.ketua  # the administrator entered every application
            result = self.attempt("approve", lambda: loans.approve(who, number, self.today))
            assert not (wrong_user and result), "the user who entered the loan approved it"

        @rule(data=st.data())
        def disburse(self, data: st.DataObject) -> None:
            number = self.pick(data, "approved")
            if number is not None:
                self.disburse_loan(number)

        def disburse_loan(self, number: str) -> None:
            posted = self.attempt("disburse", lambda: loans.disburse(self.ctx, number, self.today))
            if posted:
                self.vouchers.append(posted.voucher)
                with self.ctx.reading() as session:
                    loan = loans.by_number(session, number)
                    stored = [(i.no, i.due_date, i.principal, i.interest) for i in session.scalars(
                        select(LoanInstallment).where(LoanInstallment.loan_id == loan.id)
                        .order_by(LoanInstallment.no))]
                    preview = loans.loan_schedule(loan, self.today)
                assert stored == [(i.no, i.due_date, i.principal, i.interest) for i in preview.installments]

        @rule(data=st.data(), kind=st.sampled_from(["due", "due", "random", "small", "too much"]))
        def repay(self, data: st.DataObject, kind: str) -> None:
            number = self.pick(data, "disbursed")
            if number is None:
                return
            with self.ctx.reading() as session:
                loan = loans.by_number(session, number)
                due = loans.position(session, loan, self.today).due if loan.status == "disbursed" else None
            if due is None or kind == "small":
                amount = data.draw(st.integers(1, 200_000))
            elif kind == "due":
                amount = due.total or data.draw(st.integers(1, 2_000_000))
            elif kind == "random":
                owed = due.outstanding_principal + due.remaining_interest + due.denda
                amount = data.draw(st.integers(1, max(owed, 1)))
            else:
                amount = due.outstanding_principal + due.remaining_interest + due.denda + data.draw(st.integers(1, 10))
            result = self.attempt("repay", lambda: loan_repayments.repay(self.ctx, number, amount, self.today))
            if result:
                self.vouchers.append(result.voucher)
                assert result.allocation.amount == amount

        @rule(data=st.data())
        def pay_off(self, data: st.DataObject) -> None:
            number = self.pick(data, "disbursed")
            if number is None:
                return
            quote = self.attempt("payoff quote", lambda: loan_repayments.payoff_amount(self.ctx, number, self.today))
            result = self.attempt("payoff", lambda: loan_repayments.settle(self.ctx, number, self.today))
            if result:
                assert quote is not None and result.allocation == quote
                assert result.paid_off and self.status(number) == "paid_off"
                self.vouchers.append(result.voucher)

        @rule(data=st.data(), late=st.one_of(st.just(0), st.integers(0, 10), st.integers(0, 60)))
        def pay_next_installment(self, data: st.DataObject, late: int) -> None:
            """A member pays the next installment (and whatever is overdue) ``late`` days after it falls due."""
            number = self.pick(data, "disbursed")
            if number is None:
                return
            with self.ctx.reading() as session:
                loan = loans.by_number(session, number)
                states = loans.installment_states(session, [loan.id]).get(loan.id, [])
                unpaid = [s.due_date for s in states if s.unpaid(self.today) > 0]
                if not unpaid or loan.status != "disbursed":
                    return
                day = max(self.today, unpaid[0] + timedelta(days=late))
                if day > END:
                    return
                amount = loans.position(session, loan, day, states).due.total
            self.today = day
            if amount:
                result = self.attempt("pay installment",
                                      lambda: loan_repayments.repay(self.ctx, number, amount, self.today))
                assert result is not None and result.allocation.amount == amount
                self.vouchers.append(result.voucher)

        @precondition(lambda self: self.vouchers)
        @rule(data=st.data())
        def reverse(self, data: st.DataObject) -> None:
            # mostly the newest loan voucher, sometimes any (refused when a later one stands)
            voucher = data.draw(st.sampled_from(self.vouchers)) if self.rarely(data) else self.vouchers[-1]
            posted = self.attempt("reverse", lambda: corrections.reverse(self.ctx, voucher, "koreksi", self.today))
            if posted:
                self.vouchers.remove(voucher)
                self.active = {m for m in self.members if self.member_status(m) == "aktif"}

        @rule(data=st.data())
        def write_off(self, data: st.DataObject) -> None:
            if not self.rarely(data):  # rarer than the daily business
                return
            number = self.pick(data, "disbursed")
            if number is None:
                return
            posted = self.attempt("write-off", lambda: loan_repayments.write_off(self.ctx, number, self.today, "macet"))
            if posted:
                self.vouchers.append(posted.voucher)

        @rule(data=st.data(), amount=st.integers(1, 5_000_000))
        def recover(self, data: st.DataObject, amount: int) -> None:
            number = self.pick(data, "written_off")
            if number is None:
                return
            posted = self.attempt("recover", lambda: loan_repayments.recover(self.ctx, number, amount, self.today))
            if posted:
                self.vouchers.append(posted.voucher)

        @rule(days=st.one_of(st.integers(0, 40), st.integers(0, 200)))
        def time_passes(self, days: int) -> None:
            self.today = min(self.today + timedelta(days=days), END)

        @precondition(lambda self: self.next_month.last_day <= self.today)
        @rule()
        def run_month_end(self) -> None:
            month = self.next_month
            result = self.attempt("month end", lambda: month_end.run(self.ctx, str(month)))
            if result is None:  # a member left after this month with interest due in it: refused
                return
            assert not result.already_done
            self.next_month = month.next()
            with self.ctx.reading() as session:
                book = portfolio(session, month.last_day)
                assert book.allowance_booked == book.allowance_needed == result.allowance_needed
            if result.allowance_voucher:
                event("month end: allowance posted")
            # a second run changes nothing
            before = snapshot(self.db)
            assert month_end.run(self.ctx, str(month)).already_done
            assert snapshot(self.db) == before

        @rule(data=st.data())
        def leave(self, data: st.DataObject) -> None:
            if not (self.rarely(data) and self.rarely(data)) or len(self.active) < 2:
                return
            member = data.draw(st.sampled_from(sorted(self.active)))
            result = self.attempt("exit", lambda: member_exit.exit_member(self.ctx, member, self.today, "keluar"))
            if result:
                self.active.discard(member)
                if result.voucher and result.loans_settled:
                    self.vouchers.append(result.voucher)

        def member_status(self, number: str) -> str:
            with self.ctx.reading() as session:
                return members.by_number(session, number).status

        # -- what must always hold ---------------------------------------------------------
        @invariant()
        def books_balance_and_1141_is_the_outstanding(self) -> None:
            books_hold(self.ctx, self.today)  # nothing is dated later, so the same holds on any later day

        @invariant()
        def installments_never_overpaid_and_statuses_agree(self) -> None:
            with self.ctx.reading() as session:
                running = list(session.scalars(select(Loan).where(Loan.disbursed_on.is_not(None))))
                states = loans.installment_states(session, [l.id for l in running])
                for loan in running:
                    left_principal = left_interest = 0
                    for s in states.get(loan.id, []):
                        assert 0 <= s.paid_principal(LATER) <= s.principal, (loan.number, s.no)
                        assert 0 <= s.paid_interest(LATER) <= s.interest, (loan.number, s.no)
                        assert s.paid_denda(LATER) >= 0
                        left_principal += s.unpaid_principal(LATER)
                        left_interest += s.unpaid_interest(LATER)
                    if loan.status == "disbursed":
                        assert left_principal + left_interest > 0, loan.number
                    elif loan.status in ("paid_off", "written_off"):
                        assert left_principal == left_interest == 0 and loan.closed_on is not None, loan.number
                    else:
                        assert loan.status == "cancelled"
                    assert ledger.account_balance(session, "1141", LATER) >= 0

    return Loans


def _prepared_copy(template: Path, folder: Path) -> Path:
    path = folder / "books.db"
    shutil.copy(template, path)
    db = open_database(str(path))
    prepare(db)
    db.dispose()
    return path


def test_loan_machine_sqlite(sqlite_template: Path, tmp_path: Path) -> None:
    books = _prepared_copy(sqlite_template, tmp_path)

    def open_books() -> tuple[Database, Callable[[], None]]:
        folder = Path(tempfile.mkdtemp(prefix="coopdesk-loans-"))
        shutil.copy(books, folder / "books.db")
        return open_database(str(folder / "books.db")), lambda: shutil.rmtree(folder, ignore_errors=True)

    run_state_machine_as_test(loan_machine(open_books), settings=settings(
        max_examples=int(os.environ.get("COOPDESK_LOAN_EXAMPLES", "30")), stateful_step_count=25, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))
    print(sorted(TALLY.items()))


@pytest.fixture
def pg_loans_template() -> Iterator[str]:
    if not PG_URL:
        if os.environ.get("COOPDESK_REQUIRE_PG") == "1":
            pytest.fail("COOPDESK_REQUIRE_PG=1 but COOPDESK_TEST_PG_URL is not set")
        pytest.skip("no COOPDESK_TEST_PG_URL")
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    name = f"tmpl_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    db = open_database(PG_URL.rsplit("/", 1)[0] + f"/{name}")
    prepare(db)
    db.dispose()
    try:
        yield name
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.mark.postgresql
def test_loan_machine_postgresql(pg_loans_template: str) -> None:
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")

    def open_books() -> tuple[Database, Callable[[], None]]:
        name = f"loans_{uuid.uuid4().hex[:10]}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{pg_loans_template}"'))

        def drop() -> None:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))

        return open_database(PG_URL.rsplit("/", 1)[0] + f"/{name}"), drop

    try:
        run_state_machine_as_test(loan_machine(open_books), settings=settings(
            max_examples=6, stateful_step_count=15, deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))
        print(sorted(TALLY.items()))
    finally:
        admin.dispose()
