"""A loan book for the large cooperative of scale_data.py, written straight into the tables.

Six thousand loans disbursed over the two years (schedules from the real schedule function),
repaid on their due dates by most borrowers while a quarter stop paying at some point and a
few never pay at all: the portfolio after a bad year, NPL well above 15%.  Every
disbursement and repayment is a balanced journal entry with its loan-transaction rows, as
the services post them.  Also the wajib obligations month end would have created for the
months the scale data covers (the deposits there pay them all).
"""

from __future__ import annotations

import random
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, insert, select, update

from coopdesk.db.models import (
    Account,
    JournalEntry,
    JournalLine,
    Loan,
    LoanInstallment,
    LoanProduct,
    LoanTransaction,
    Member,
    User,
    VoucherCounter,
    WajibObligation,
)
from coopdesk.db.schema import Database
from coopdesk.domain.calendar import Month
from coopdesk.domain.loan_schedule import LoanTerms, Method, schedule


def build_loans(db: Database, today: date, loans: int = 6_000, months: int = 24, start: date = date(2025, 1, 1),
                seed: int = 11) -> dict[str, int]:
    """Returns row counts written.  Expects scale_data.build to have run."""
    rng = random.Random(seed)
    now = datetime(2025, 1, 1, 8, 0)
    with db.engine.begin() as conn:
        user_id = conn.scalar(select(User.id).limit(1))
        acc = dict(conn.execute(select(Account.code, Account.id)).all())
        product_id, rate = conn.execute(select(LoanProduct.id, LoanProduct.rate)
                                        .where(LoanProduct.code == "UMUM")).one()
        member_ids = list(conn.scalars(select(Member.id).order_by(Member.id)))
        entry_id = int(conn.scalar(select(func.max(JournalEntry.id))) or 0)
        counters = {(t, y): n for t, y, n in conn.execute(
            select(VoucherCounter.journal_type, VoucherCounter.year, VoucherCounter.last_no)).all()}
        existing_counters = set(counters)
        entries: list[dict[str, object]] = []
        lines: list[dict[str, object]] = []
        loan_rows: list[dict[str, object]] = []
        installment_rows: list[dict[str, object]] = []
        tx_rows: list[dict[str, object]] = []
        loan_numbers: dict[int, int] = {}

        def post(kind: str, day: date, memo: str, source: str, member: int,
                 legs: list[tuple[str, int, int]]) -> int:
            nonlocal entry_id
            entry_id += 1
            key = (kind, day.year)
            counters[key] = counters.get(key, 0) + 1
            entries.append({"id": entry_id, "voucher": f"{kind}-{day.year}-{counters[key]:06d}", "journal_type": kind,
                            "year": day.year, "seq": counters[key], "date": day, "memo": memo, "user_id": user_id,
                            "created_at": now, "source": source, "reverses_id": None, "reason": None})
            for no, (code, debit, credit) in enumerate(legs, start=1):
                lines.append({"entry_id": entry_id, "line_no": no, "account_id": acc[code], "debit": debit,
                              "credit": credit, "member_id": member, "memo": ""})
            return entry_id

        span = (today - start).days - 20
        for loan_id in range(1, loans + 1):
            member = member_ids[(loan_id * 7919) % len(member_ids)]
            principal = rng.choice([2_000_000, 3_000_000, 5_000_000, 7_500_000, 10_000_000, 15_000_000])
            term = rng.choice([10, 12, 18, 24])
            day = date.fromordinal(start.toordinal() + 5 + rng.randrange(span))
            plan = schedule(LoanTerms(principal, term, rate, Method.FLAT, rounding=100, start=day))
            roll = rng.random()
            # 70% pay every installment on its due date; 25% stop after some; 5% never pay.
            stop = term if roll < 0.70 else (rng.randrange(1, term) if roll < 0.95 else 0)
            year = day.year
            loan_numbers[year] = loan_numbers.get(year, 0) + 1
            number = f"PJ-{year}-{loan_numbers[year]:05d}"
            disbursement = post("BKK", day, f"Pencairan pinjaman {number}", "loan.disbursement", member,
                                [("1141", principal, 0), ("1110", 0, principal)])
            closed_on = None
            for inst in plan.installments:
                installment_rows.append({"loan_id": loan_id, "no": inst.no, "due_date": inst.due_date,
                                         "principal": inst.principal, "interest": inst.interest})
                if inst.no > stop or inst.due_date > today:
                    continue
                entry = post("BKM", inst.due_date, f"Angsuran {number} ke-{inst.no}", "loan.repayment", member,
                             [("1110", inst.principal + inst.interest, 0), ("1141", 0, inst.principal),
                              ("4110", 0, inst.interest)])
                tx_rows.append({"loan_id": loan_id, "entry_id": entry, "date": inst.due_date, "kind": "repayment",
                                "installment_no": inst.no, "principal": inst.principal, "interest": inst.interest,
                                "denda": 0, "waived_interest": 0})
                if inst.no == term:
                    closed_on = inst.due_date
            loan_rows.append({
                "id": loan_id, "number": number, "member_id": member, "product_id": product_id,
                "principal": principal, "term": term, "rate": Decimal(rate), "rate_per": "month", "method": "flat",
                "rounding": 100, "applied_on": day, "purpose": "Modal usaha", "collateral": "",
                "collateral_value": 0, "related_party": False,
                "status": "paid_off" if closed_on else "disbursed", "entered_by": user_id, "approved_by": user_id,
                "approved_by_supervisor": None, "approved_on": day, "rejected_reason": "", "disbursed_on": day,
                "disbursement_entry_id": disbursement, "provisi": 0, "admin_fee": 0, "withheld": 0,
                "closed_on": closed_on, "created_at": now})
        conn.execute(insert(JournalEntry.__table__), entries)
        conn.execute(insert(JournalLine.__table__), lines)
        conn.execute(insert(Loan.__table__), loan_rows)
        conn.execute(insert(LoanInstallment.__table__), installment_rows)
        conn.execute(insert(LoanTransaction.__table__), tx_rows)
        for (kind, year), last in counters.items():
            if (kind, year) in existing_counters:
                conn.execute(update(VoucherCounter).where(VoucherCounter.journal_type == kind,
                                                          VoucherCounter.year == year).values(last_no=last))
            else:
                conn.execute(insert(VoucherCounter.__table__), [{"journal_type": kind, "year": year, "last_no": last}])
        month, obligations = Month.of(start), []
        for _ in range(months):
            obligations.extend({"member_id": m, "period": str(month), "amount": 50_000} for m in member_ids)
            month = month.next()
        conn.execute(insert(WajibObligation.__table__), obligations)
    return {"loans": loans, "entries": len(entries), "installments": len(installment_rows),
            "loan_transactions": len(tx_rows), "obligations": len(obligations)}
