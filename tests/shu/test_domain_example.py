"""DOMAIN.md §6's worked example through the service: SHU 100 jt; Σ capital 500 jt, Σ interest
paid 400 jt; Budi: capital 5 jt, interest 2,4 jt → JM 200.000, JU 150.000, total Rp 350.000."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import update

from coopdesk.db.models import SavingsProduct
from coopdesk.db.schema import Database
from coopdesk.domain.journal import LineSpec
from coopdesk.services import ledger, loan_repayments, savings, shu, year_end
from tests.loans.helpers import disbursed_loan, new_product, staff
from tests.services.helpers import join
from tests.year_end.coop import run_month_ends

from .coop import context


def test_domain_worked_example(db: Database) -> None:
    ctx = context(db)
    staff(ctx)
    with ctx.transaction() as session:
        session.execute(update(SavingsProduct).values(interest_rate_year=Decimal(0)))
    new_product(ctx, "DUA", rate=Decimal("2"), term_min=1)  # 2 % a month: interest = principal / 50
    people = [("Budi", 4_900_000, 120_000_000), ("Sari", 494_900_000, 19_880_000_000)]  # wajib, loan
    for name, wajib, principal in people:
        number = join(ctx, name, date(2025, 1, 2))
        savings.deposit(ctx, number, "pokok", 100_000, date(2025, 1, 2))
        savings.deposit(ctx, number, "wajib", wajib, date(2025, 1, 2))
        loan = disbursed_loan(ctx, number, principal, 1, date(2025, 1, 10), product="DUA")
        loan_repayments.repay(ctx, loan, principal * 51 // 50, date(2025, 2, 10))
    # interest income 2,4 jt + 397,6 jt = 400 jt; costs 300 jt: SHU 100 jt, all from members
    ledger.post_manual(ctx, date(2025, 6, 30), "gaji", [LineSpec("5210", debit=300_000_000),
                                                        LineSpec("1110", credit=300_000_000)])
    run_month_ends(ctx, 2025)
    year_end.close(ctx, 2025)
    with ctx.reading() as session:
        sheet = shu.compute(session, 2025)
    assert (sheet.shu, sheet.member_part, sheet.jasa_modal_pool, sheet.jasa_usaha_pool) == (
        100_000_000, 100_000_000, 20_000_000, 25_000_000)
    assert (sheet.total_capital, sheet.total_business) == (500_000_000, 400_000_000)
    budi = sheet.rows[0]
    assert (budi.name, budi.capital, budi.business) == ("Budi", 5_000_000, 2_400_000)
    assert (budi.jasa_modal.rounded, budi.jasa_usaha.rounded, budi.total) == (200_000, 150_000, 350_000)
    assert budi.jasa_modal.residue == 0 and budi.jasa_usaha.residue == 0
