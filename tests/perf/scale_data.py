"""A large cooperative, written straight into the tables with bulk inserts.

20.000 members, each with pokok, and ``months`` months of wajib deposits (all on the 1st, as
payroll deductions arrive) and sukarela deposits spread over the month:
balanced journal entries with their savings rows, exactly as the services would post
them, only a thousand times faster (ORM-per-row posting of a million rows would take
an hour).  Used to measure that the app stays fast at this size.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import insert, select

from coopdesk.db.models import (
    Account,
    JournalEntry,
    JournalLine,
    Member,
    SavingsProduct,
    SavingsTransaction,
    User,
    VoucherCounter,
)
from coopdesk.db.schema import Database
from coopdesk.domain.calendar import add_months

FIRST = ["Budi", "Siti", "Agus", "Dewi", "Rudi", "Sri", "Eko", "Ratna", "Wulan", "Joko", "Nurul", "Bambang"]
LAST = ["Santoso", "Lestari", "Hidayat", "Nasution", "Pratama", "Wahyuni", "Purnomo", "Tanjung", "Lubis"]


def nik_for(i: int, female: bool) -> str:
    day = (i % 28) + 1 + (40 if female else 0)
    return f"3375{(i // 10000) % 100:02d}{day:02d}{(i % 12) + 1:02d}{70 + i % 30:02d}{i % 10000:04d}"


def build(db: Database, members: int = 20_000, months: int = 24, start: date = date(2025, 1, 1)) -> dict[str, int]:
    """Returns row counts written.  Expects books created with init_books (start 2025-01-01)."""
    now = datetime(2025, 1, 1, 8, 0)
    with db.engine.begin() as conn:
        user_id = conn.scalar(select(User.id).limit(1))
        acc = dict(conn.execute(select(Account.code, Account.id)).all())
        prod = {code: (pid, account) for code, pid, account in conn.execute(
            select(SavingsProduct.code, SavingsProduct.id, SavingsProduct.account_code)).all()}
        conn.execute(insert(Member.__table__), [
            {"id": i, "number": f"{i:05d}", "seq": i, "name": f"{FIRST[i % 12]} {LAST[i % 9]} {i}",
             "nik": nik_for(i, i % 2 == 0), "gender": "P" if i % 2 == 0 else "L", "birth_place": "Semarang",
             "birth_date": date(1970 + i % 30, (i % 12) + 1, (i % 28) + 1), "address": f"Jl. Merdeka No. {i}",
             "phone": f"0812{i:08d}", "occupation": "Petani", "joined": start, "status": "aktif",
             "status_date": None, "exit_reason": "", "created_by": user_id, "created_at": now}
            for i in range(1, members + 1)
        ])
        entries, lines, txs = [], [], []
        seqs: dict[tuple[str, int], int] = {}
        entry_id = 0

        def post(day: date, member: int, product: str, amount: int) -> None:
            nonlocal entry_id
            entry_id += 1
            key = ("BKM", day.year)
            seqs[key] = seqs.get(key, 0) + 1
            entries.append({"id": entry_id, "voucher": f"BKM-{day.year}-{seqs[key]:06d}", "journal_type": "BKM",
                            "year": day.year, "seq": seqs[key], "date": day, "memo": f"Setoran {product} {member}",
                            "user_id": user_id, "created_at": now, "source": "savings.deposit",
                            "reverses_id": None, "reason": None})
            pid, account = prod[product]
            lines.append({"entry_id": entry_id, "line_no": 1, "account_id": acc["1110"], "debit": amount,
                          "credit": 0, "member_id": member, "memo": ""})
            lines.append({"entry_id": entry_id, "line_no": 2, "account_id": acc[account], "debit": 0,
                          "credit": amount, "member_id": member, "memo": ""})
            txs.append({"member_id": member, "product_id": pid, "date": day, "amount": amount, "kind": "deposit",
                        "entry_id": entry_id})

        for m in range(1, members + 1):
            post(start, m, "pokok", 100_000)
        for month in range(months):
            day = add_months(start, month)
            for m in range(1, members + 1):
                post(day, m, "wajib", 50_000)
                if m % 3 == 0:
                    # Sukarela deposits spread over the month, as they come in at a real teller.
                    post(day + timedelta(days=m % 28), m, "sukarela", 10_000 * (m % 50 + 1))
        conn.execute(insert(JournalEntry.__table__), entries)
        conn.execute(insert(JournalLine.__table__), lines)
        conn.execute(insert(SavingsTransaction.__table__), txs)
        counters = [{"journal_type": t, "year": y, "last_no": n} for (t, y), n in seqs.items()]
        conn.execute(insert(VoucherCounter.__table__), counters)
    return {"members": members, "entries": len(entries), "lines": len(lines), "savings_rows": len(txs)}
