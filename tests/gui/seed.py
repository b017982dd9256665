"""A small, realistic cooperative for GUI tests and screenshots: a few dozen members with
Indonesian names, a year of deposits, withdrawals, month ends, a correction and an exit,
and a loan book: loans paid on time, late into each collectibility class, paid off (on
schedule and early), written off with a recovery, and applications waiting for approval."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

from coopdesk.domain.calendar import Month, add_months
from coopdesk.domain.journal import LineSpec
from coopdesk.services import (
    corrections,
    ledger,
    loan_products,
    loan_repayments,
    loans,
    member_exit,
    members,
    month_end,
    savings,
    settings,
    users,
)
from coopdesk.services.context import AppContext
from coopdesk.services.loan_products import LoanProductInput
from coopdesk.services.loans import Application
from coopdesk.services.members import MemberInput

FIRST = ["Siti", "Budi", "Agus", "Dewi", "Sri", "Joko", "Rina", "Ahmad", "Nur", "Wahyu", "Eko", "Lestari", "Hendra",
         "Yuliana", "Bambang", "Fitri", "Rudi", "Ani", "Dedi", "Ratna", "Slamet", "Indah", "Teguh", "Wulan",
         "Hadi", "Kartini", "Sugeng", "Maya", "Iwan", "Puji"]
LAST = ["Rahmawati", "Santoso", "Wijaya", "Susanti", "Hartono", "Pratama", "Kurniawan", "Handayani", "Setiawan",
        "Lestari", "Nugroho", "Saputra", "Wulandari", "Hidayat", "Permata", "Sulistyo", "Utami", "Prasetyo"]
FEMALE = {"Siti", "Dewi", "Sri", "Rina", "Nur", "Lestari", "Yuliana", "Fitri", "Ani", "Ratna", "Indah", "Wulan",
          "Kartini", "Maya", "Puji"}
JOBS = ["Petani", "Pedagang", "Guru", "Buruh", "Wiraswasta", "PNS", "Ibu rumah tangga", "Sopir", "Karyawan swasta"]
TOWNS = ["Semarang", "Salatiga", "Kendal", "Demak", "Ungaran", "Boyolali"]


def nik_for(i: int, female: bool, born: date) -> str:
    day = born.day + (40 if female else 0)
    return f"3374{(i % 90) + 10:02d}{day:02d}{born.month:02d}{born.year % 100:02d}{i + 1:04d}"


def seed(ctx: AppContext, count: int = 36, *, months_run: int = 10, with_exit: bool = True,
         rng_seed: int = 7, with_loans: bool = True) -> list[str]:
    """Register ``count`` members in 2025 and give them a savings history (and loans);
    returns their numbers.  Loan events after ``ctx.today()`` are left out."""
    rng = random.Random(rng_seed)
    with ctx.transaction() as session:
        settings.put(session, "coop_address", "Jl. Pemuda No. 12, Semarang")
        settings.put(session, "coop_phone", "(024) 351 2233")
        settings.put(session, "coop_legal_number", "518/BH/XIV.12/2019")
    numbers: list[str] = []
    for i in range(count):
        first = FIRST[i % len(FIRST)]
        name = f"{first} {LAST[(i * 7) % len(LAST)]}"
        female = first in FEMALE
        born = date(1960 + rng.randrange(40), 1 + rng.randrange(12), 1 + rng.randrange(28))
        joined = date(2025, 1 + min(i // 6, 9), 2 + rng.randrange(20))
        number = members.register(ctx, MemberInput(
            name=name, nik=nik_for(i, female, born), gender="P" if female else "L", joined=joined,
            birth_place=rng.choice(TOWNS), birth_date=born, address=f"Jl. Melati No. {i + 3}, {rng.choice(TOWNS)}",
            phone=f"0812{rng.randrange(10**7, 10**8)}", occupation=rng.choice(JOBS)))
        numbers.append(number)
        savings.deposit(ctx, number, "pokok", 100_000, joined)
        if i == 2:  # a large saver: her monthly interest is over Rp 240.000, so final tax applies
            savings.deposit(ctx, number, "sukarela", 120_000_000, joined)
        savings.deposit(ctx, number, "sukarela", rng.choice([250_000, 500_000, 1_000_000, 2_500_000, 4_000_000]),
                        joined)
    events = loan_events(ctx, numbers) if with_loans and count >= 22 else []
    month = Month(2025, 1)
    for _ in range(months_run):
        for i, number in enumerate(numbers):
            member = members.get(ctx, number)
            if member.joined > month.last_day:
                continue
            paid_on = date(month.year, month.month, 25)
            if (i + month.month) % 5 != 0 and paid_on >= member.joined:  # some members fall behind with wajib
                savings.deposit(ctx, number, "wajib", 50_000, paid_on)
            extra_on = date(month.year, month.month, 10 + rng.randrange(10))
            if rng.random() < 0.3 and extra_on >= member.joined:
                savings.deposit(ctx, number, "sukarela", rng.choice([50_000, 100_000, 200_000, 750_000]), extra_on)
        run_events(events, month.last_day)
        month_end.run(ctx, str(month))
        month = month.next()
    run_events(events, ctx.today())
    savings.withdraw(ctx, numbers[0], "sukarela", 150_000, date(2025, 11, 5))
    wrong = savings.deposit(ctx, numbers[1], "sukarela", 500_000, date(2025, 11, 6))
    corrections.reverse(ctx, wrong.voucher, "Salah ketik jumlah: seharusnya Rp 50.000", date(2025, 11, 6))
    savings.deposit(ctx, numbers[1], "sukarela", 50_000, date(2025, 11, 6))
    ledger.post_manual(ctx, date(2025, 11, 7), "Beli kertas dan tinta printer",
                       [LineSpec("5220", debit=185_000), LineSpec("1110", credit=185_000)])
    if with_exit:  # after month end has run for every month the member was in
        member_exit.exit_member(ctx, numbers[5], date(2025, 11, 10), "keluar")
    return numbers


Event = tuple[date, int, Callable[[], object]]


def run_events(events: list[Event], until: date) -> None:
    """Carry out the loan events dated up to ``until``, in date order."""
    events.sort(key=lambda e: (e[0], e[1]))
    while events and events[0][0] <= until:
        events.pop(0)[2]()


def loan_events(ctx: AppContext, numbers: list[str]) -> list[Event]:
    """The loan book as dated events: applications, approvals (by the ketua), disbursements,
    repayments as each member behaves, a payoff, a write-off and a recovery."""
    if not any(u.name == "ketua" for u in users.all_users(ctx)):
        users.add(ctx, "ketua", "ketua")
    ketua = dataclasses.replace(ctx, user_name="ketua")
    loan_products.add(ctx, LoanProductInput(
        code="PRODUKTIF", name="Pinjaman Produktif", method="anuitas", rate=Decimal("1.25"), term_min=6,
        term_max=36, rounding=500, provisi_pct=Decimal("1.5"), admin_pct=Decimal("0.5"), admin_fixed=10_000,
        penalty_rule="pct_month", penalty_value=Decimal("2"), grace_days=5, collateral_required=True))
    events: list[Event] = []
    order = iter(range(10_000))
    loan_of: dict[int, str] = {}

    def at(day: date, action: Callable[[], object]) -> None:
        events.append((day, next(order), action))

    def lend(member: int, principal: int, term: int, day: date, product: str = "UMUM", purpose: str = "",
             collateral: str = "", value: int = 0, paid: int = 0, late_days: int = 0, partial: int = 0,
             payoff: date | None = None) -> None:
        """Apply, approve and pay out on ``day``; then pay ``paid`` installments (all when -1),
        each ``late_days`` after its due date, and ``partial`` Rupiah on the next one."""

        def open_loan() -> None:
            number = loans.apply(ctx, Application(numbers[member], product, principal, term, day, purpose=purpose,
                                                  collateral=collateral, collateral_value=value))
            loans.approve(ketua, number, day)
            loans.disburse(ctx, number, day)
            loan_of[member] = number

        at(day, open_loan)
        count = term if paid < 0 else paid
        for k in range(1, count + 1):
            pay_on = add_months(day, k) + timedelta_days(late_days)
            if payoff is not None and pay_on >= payoff:
                break
            at(pay_on, lambda m=member, d=pay_on: loan_repayments.repay(
                ctx, loan_of[m], loan_repayments.due_today(ctx, loan_of[m], d).total, d))
        if partial:
            pay_on = add_months(day, count + 1) + timedelta_days(late_days)
            at(pay_on, lambda m=member, d=pay_on: loan_repayments.repay(ctx, loan_of[m], partial, d))
        if payoff is not None:
            at(payoff, lambda m=member: loan_repayments.settle(ctx, loan_of[m], payoff))

    lend(0, 12_000_000, 12, date(2025, 2, 10), purpose="Modal warung sembako", paid=-1)
    lend(1, 5_000_000, 10, date(2025, 1, 22), purpose="Biaya sekolah anak", paid=2)  # Diragukan
    lend(3, 3_000_000, 6, date(2025, 1, 22), purpose="Modal jualan sayur")  # never paid: Macet
    lend(4, 3_000_000, 6, date(2025, 1, 22), purpose="Perbaikan rumah")  # written off below
    lend(6, 8_000_000, 12, date(2025, 3, 10), purpose="Modal bengkel las", paid=3)  # Kurang Lancar
    lend(7, 15_000_000, 24, date(2025, 3, 12), "PRODUKTIF", "Tambah armada angkot",
         "BPKB Honda Vario 2021", 12_000_000, paid=-1)
    lend(8, 2_000_000, 6, date(2025, 5, 8), purpose="Biaya persalinan", paid=-1, late_days=4)  # paid off
    lend(9, 6_000_000, 12, date(2025, 6, 16), purpose="Pupuk dan bibit padi", paid=3)  # 31-60 days late
    lend(11, 4_000_000, 10, date(2025, 7, 3), purpose="Mesin jahit", paid=-1)
    lend(12, 7_500_000, 12, date(2025, 8, 20), purpose="Renovasi kios pasar", paid=-1, late_days=2)
    lend(13, 3_000_000, 12, date(2025, 9, 5), purpose="Modal gorengan", paid=1)  # 1-30 days late
    lend(14, 3_000_000, 12, date(2025, 4, 1), purpose="Sepeda motor bekas", paid=-1,
         payoff=date(2025, 8, 15))  # paid off early
    lend(15, 5_000_000, 10, date(2025, 5, 20), purpose="Kandang ayam", paid=4, partial=500_000)
    at(date(2025, 11, 5), lambda: loan_repayments.write_off(
        ctx, loan_of[4], date(2025, 11, 5), "Macet sejak Februari, anggota pindah ke luar kota; "
        "keputusan rapat pengurus 3 November"))
    at(date(2025, 11, 12), lambda: loan_repayments.recover(ctx, loan_of[4], 250_000, date(2025, 11, 12)))

    # Applications at the desk this month.
    def application(member: int, principal: int, term: int, day: date, product: str = "UMUM", purpose: str = "",
                    collateral: str = "", value: int = 0, related: bool = False) -> str:
        return loans.apply(ctx, Application(numbers[member], product, principal, term, day, purpose=purpose,
                                            collateral=collateral, collateral_value=value, related_party=related))

    at(date(2025, 11, 10), lambda: loans.reject(ctx, application(21, 25_000_000, 36, date(2025, 11, 10),
                                                                 purpose="Beli mobil"),
                                                 "Penghasilan belum cukup untuk angsuran Rp 1 juta lebih"))
    at(date(2025, 11, 17), lambda: loans.approve(ketua, application(20, 6_000_000, 12, date(2025, 11, 17),
                                                                    purpose="Modal usaha laundry"),
                                                 date(2025, 11, 18)))
    at(date(2025, 11, 18), lambda: application(16, 10_000_000, 12, date(2025, 11, 18), purpose="Renovasi kios"))
    at(date(2025, 11, 19), lambda: application(18, 20_000_000, 24, date(2025, 11, 19), "PRODUKTIF",
                                               "Modal toko bangunan", "Sertifikat tanah SHM No. 1234", 60_000_000))
    at(date(2025, 11, 19), lambda: application(19, 15_000_000, 12, date(2025, 11, 19),
                                               purpose="Usaha katering (anggota pengurus)", related=True))
    return events


def timedelta_days(days: int) -> timedelta:
    return timedelta(days=days)
