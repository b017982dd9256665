"""A small, realistic cooperative for GUI tests and screenshots: a few dozen members with
Indonesian names, a year of deposits, withdrawals, month ends, a correction and an exit."""

from __future__ import annotations

import random
from datetime import date

from coopdesk.domain.calendar import Month
from coopdesk.domain.journal import LineSpec
from coopdesk.services import corrections, ledger, member_exit, members, month_end, savings, settings
from coopdesk.services.context import AppContext
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
         rng_seed: int = 7) -> list[str]:
    """Register ``count`` members in 2025 and give them a savings history; returns their numbers."""
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
        month_end.run(ctx, str(month))
        month = month.next()
    savings.withdraw(ctx, numbers[0], "sukarela", 150_000, date(2025, 11, 5))
    wrong = savings.deposit(ctx, numbers[1], "sukarela", 500_000, date(2025, 11, 6))
    corrections.reverse(ctx, wrong.voucher, "Salah ketik jumlah: seharusnya Rp 50.000", date(2025, 11, 6))
    savings.deposit(ctx, numbers[1], "sukarela", 50_000, date(2025, 11, 6))
    ledger.post_manual(ctx, date(2025, 11, 7), "Beli kertas dan tinta printer",
                       [LineSpec("5220", debit=185_000), LineSpec("1110", credit=185_000)])
    if with_exit:  # after month end has run for every month the member was in
        member_exit.exit_member(ctx, numbers[5], date(2025, 11, 10), "keluar")
    return numbers
