"""Property-based tests of the schedule function: for any terms it accepts, the principal
parts add up to the principal exactly, every row's total is its principal plus interest,
the outstanding falls to exactly 0 and never below, and what is posted at disbursement is
exactly the preview.  Refusals only happen where a schedule truly cannot be made."""

from __future__ import annotations

import itertools
import os
import shutil
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from coopdesk.db.schema import open_database
from coopdesk.domain.calendar import add_months
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.loan_schedule import ROUNDING_UNITS, LoanTerms, Method, RatePer, annuity_payment, schedule
from coopdesk.services import loans
from coopdesk.services.books import BooksSetup, init_books

from .helpers import context, installments, new_product, saver, staff

EXAMPLES = int(os.environ.get("COOPDESK_LOAN_EXAMPLES", "50"))  # raise it for a long local run
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

principals = st.one_of(st.integers(1_000_000, 5_000_000_000), st.integers(1, 1_000_000),
                       st.sampled_from([1_000_000, 5_000_000, 10_000_000, 12_000_000, 250_000_000]))
rates = st.one_of(st.just(Decimal(0)), st.decimals(Decimal("0.01"), Decimal("10"), places=2),
                  st.sampled_from([Decimal("1.5"), Decimal("18"), Decimal("2.25")]))
terms_strategy = st.builds(
    LoanTerms, principal=principals, term=st.one_of(st.integers(1, 60), st.integers(1, 360)), rate=rates,
    method=st.sampled_from(list(Method)),
    per=st.sampled_from(list(RatePer)), rounding=st.sampled_from(ROUNDING_UNITS),
    start=st.dates(date(2024, 1, 1), date(2030, 12, 31)))


def half_up(d: Decimal) -> int:
    return int(d.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def oracle(t: LoanTerms) -> list[tuple[int, int]] | None:
    """DOMAIN.md §4 written out again, plainly: (principal, interest) per month, or None when
    installments rounded up to the unit would repay the loan before its last month."""
    p, n, r, unit = t.principal, t.term, t.monthly_rate, t.rounding
    if t.method is Method.ANUITAS:
        a = half_up(p * r / (1 - (1 + r) ** -n)) if r else half_up(Decimal(p) / n)
    left, out = p, []
    for no in range(1, n + 1):
        interest = half_up(p * r) if t.method is Method.FLAT else half_up(left * r)
        if no == n:
            out.append((left, interest))
            break
        scheduled = a if t.method is Method.ANUITAS else half_up(Decimal(p) / n) + interest
        principal = -(-scheduled // unit) * unit - interest
        if not 0 <= principal < left:
            return None
        out.append((principal, interest))
        left -= principal
    if unit > 1 and sum(out[0]) < unit:
        return None  # a single installment smaller than the unit
    return out


@SETTINGS
@given(terms=terms_strategy)
def test_schedule_properties(terms: LoanTerms) -> None:
    expected = oracle(terms)
    try:
        plan = schedule(terms)
    except ValidationError as exc:
        # Refused only when the rounding (to the unit, or to whole Rupiah) would repay the loan
        # before its last month: the unit is to blame if there is one, else the term.
        event(f"refused: {exc.field}")
        assert expected is None, exc
        assert exc.field == ("rounding" if terms.rounding > 1 else "term"), exc
        return
    event(f"{terms.method.value} unit {terms.rounding}")
    rows = plan.installments
    assert [(i.principal, i.interest) for i in rows] == expected
    n, p, r = terms.term, terms.principal, terms.monthly_rate
    assert len(rows) == n and [i.no for i in rows] == list(range(1, n + 1))
    # principal parts add up to the principal exactly; totals as the rows say
    assert sum(i.principal for i in rows) == p == plan.total_principal
    assert plan.total_interest == sum(i.interest for i in rows)
    assert plan.total == p + plan.total_interest
    outstanding = p
    for i in rows:
        assert i.total == i.principal + i.interest
        assert i.principal >= 0 and i.interest >= 0
        # the interest is computed on what it should be, half up
        base = p if terms.method is Method.FLAT else outstanding
        assert i.interest == half_up(Decimal(base) * r)
        outstanding -= i.principal
        assert i.outstanding == outstanding >= 0
        # due dates: same day each month from the start, clamped to the month's last day
        assert i.due_date == add_months(terms.start, i.no)
        assert i.due_date.day == terms.start.day or (i.due_date + timedelta(days=1)).day == 1
    assert rows[-1].outstanding == 0
    assert all(a.due_date < b.due_date for a, b in itertools.pairwise(rows))
    before_last = rows[:-1]
    # every installment but the last is rounded up to the unit, the last closes the loan
    assert all(i.total % terms.rounding == 0 for i in before_last)
    if terms.method is Method.ANUITAS:
        # equal installments: the annuity, rounded up to the unit
        a = annuity_payment(p, r, n)
        assert {i.total for i in before_last} <= {-(-a // terms.rounding) * terms.rounding}
    if terms.method is Method.FLAT:
        assert len({i.total for i in before_last}) <= 1  # equal installments
        assert len({i.interest for i in rows}) == 1
    if terms.method is Method.MENURUN:
        # interest on a falling balance: interest and installments never rise (the last may, as
        # it takes whatever principal the rounding left)
        assert all(a.interest >= b.interest for a, b in itertools.pairwise(rows))
        assert all(a.total >= b.total for a, b in itertools.pairwise(before_last))
    if terms.rounding == 1 and terms.method is not Method.ANUITAS:
        assert {i.principal for i in before_last} <= {half_up(Decimal(p) / n)}


@SETTINGS
@given(principal=st.integers(5_000_000, 5_000_000_000), term=st.integers(1, 36),
       rate=st.decimals(Decimal(0), Decimal(3), places=2), method=st.sampled_from(list(Method)),
       rounding=st.sampled_from(ROUNDING_UNITS))
def test_ordinary_loans_are_never_refused(principal: int, term: int, rate: Decimal, method: Method,
                                          rounding: int) -> None:
    """Up to 3 years at up to 3% a month, from Rp 5 jt, any unit: a schedule always exists.  (Not from
    Rp 1 jt: 35 installments of 1 jt / 36 at 2,13% flat rounded up to 1.000 repay more than 1 jt;
    see test_schedule.py::test_small_loan_long_term_big_unit_is_refused.)"""
    plan = schedule(LoanTerms(principal, term, rate, method, RatePer.MONTH, rounding, date(2025, 1, 31)))
    assert plan.total_principal == principal


def test_preview_equals_posted(sqlite_template: Path, tmp_path: Path) -> None:
    """Disburse loans on random terms: the stored installments are exactly ``schedule()`` of the
    loan's terms from the disbursement day (the same function the application form previews)."""
    shutil.copy(sqlite_template, tmp_path / "books.db")
    db = open_database(str(tmp_path / "books.db"))
    init_books(db, BooksSetup("KSP Sejahtera", date(2025, 1, 1)))
    ctx = context(db)
    staff(ctx)
    member = saver(ctx)
    codes: dict[tuple[str, str, str, int], str] = {}

    @settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(principal=st.integers(1_000_000, 2_000_000_000), term=st.integers(1, 120),
           rate=rates, method=st.sampled_from(list(Method)), per=st.sampled_from(list(RatePer)),
           rounding=st.sampled_from(ROUNDING_UNITS), applied=st.integers(0, 200), wait=st.integers(0, 60))
    def check(principal: int, term: int, rate: Decimal, method: Method, per: RatePer, rounding: int, applied: int,
              wait: int) -> None:
        key = (method.value, str(rate), per.value, rounding)
        if key not in codes:
            codes[key] = new_product(ctx, f"P{len(codes) + 1}", method=method.value, rate=rate, rate_per=per.value,
                                     rounding=rounding, term_max=360)
        applied_on = date(2025, 1, 2) + timedelta(days=applied)
        disbursed_on = applied_on + timedelta(days=wait)
        application = loans.Application(member, codes[key], principal, term, applied_on)
        try:
            preview = schedule(LoanTerms(principal, term, rate, method, per, rounding, disbursed_on))
        except ValidationError as exc:  # what the preview refuses, the application refuses too
            with pytest.raises(ValidationError) as refused:
                loans.apply(ctx, application)
            assert refused.value.field == exc.field
            event("refused")
            return
        number = loans.apply(ctx, application)
        assert loans.approve(context(db, "ketua"), number, applied_on) == "approved"
        loans.disburse(ctx, number, disbursed_on)
        assert installments(ctx, number) == [(i.no, i.due_date, i.principal, i.interest)
                                             for i in preview.installments]
        with ctx.reading() as session:
            assert loans.loan_schedule(loans.by_number(session, number)) == preview

    try:
        check()
    finally:
        db.dispose()
