"""A realistic small KSP in Klaten (Central Java), posted through the real services.

Unlike tests/perf/scale_data.py (bulk inserts, for size), every event here goes through the
same service a clerk's click would call, so the books hold exactly what the app would write:
members join over the years (about 55% women) and some leave or die; pokok once, wajib every
month (some pay late and catch up), sukarela deposits and withdrawals; loans of Rp 2-20 jt over
10-24 months on a flat and a declining product, entered by the clerk and approved by the ketua,
mostly repaid on time, ~10% late, a few stop paying (macet); salaries, ATK, electricity, rent,
the pengurus honor, RAT costs, bank interest, a motorbike and computers bought in the first
year; a cash count every December; month end every month; every year but the last closed, and
its SHU (when positive) posted at the next March's RAT and credited to the members' sukarela.

    build(ctx, members=300, first_year=2023, last_year=2025, seed=7) -> DemoFacts
    python -m tests.demo.realistic_coop --db /tmp/demo/coop.db [--members N] [--first-year Y]
                                        [--last-year Y] [--close-last] [--no-post-shu] [--replace] [--json]

Deterministic: the same arguments give the same books (random.Random(seed), a simulated clock).
``members`` is how many people register over the whole period (the founders plus later joiners).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import event, select

from coopdesk.db.models import LoanInstallment, Member
from coopdesk.db.schema import Database, open_database
from coopdesk.domain.calendar import Month
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.members import MemberStatus
from coopdesk.services import (
    cash_count,
    cash_entries,
    fixed_assets,
    ledger,
    loan_products,
    loan_repayments,
    loans,
    member_exit,
    members,
    month_end,
    savings,
    settings,
    shu,
    users,
    year_end,
)
from coopdesk.services.books import BooksSetup, init_books
from coopdesk.services.context import AppContext
from coopdesk.services.loan_products import LoanProductInput

COOP_NAME = "KSP Sumber Rejeki Klaten"
COOP_ADDRESS = "Jl. Pemuda No. 27, Klaten Tengah, Kabupaten Klaten, Jawa Tengah 57411"
CASH, BANK = "1110", "1121"

WOMEN = ["Siti", "Sri", "Dewi", "Ratna", "Wulan", "Nurul", "Endang", "Suryani", "Tri", "Rina", "Yuni", "Sumarni",
         "Wartini", "Kartini", "Puji", "Indah", "Ani", "Eni", "Rini", "Sulastri", "Partini", "Murni", "Tutik", "Umi",
         "Ngatini", "Suparmi", "Lestari", "Sugiyem", "Warsini", "Fitri", "Anisa", "Dian", "Yuliana", "Mardiyah"]
MEN = ["Budi", "Agus", "Eko", "Joko", "Bambang", "Slamet", "Sugeng", "Hadi", "Teguh", "Wahyu", "Supriyadi",
       "Sutrisno", "Mulyono", "Purwanto", "Heru", "Rudi", "Ahmad", "Muhammad", "Yusuf", "Arif", "Bayu", "Sigit",
       "Darmanto", "Suyanto", "Sukirno", "Parjo", "Wiyono", "Tukiman", "Giyanto", "Rohmat", "Fajar", "Dimas"]
WOMEN_LAST = ["Lestari", "Rahayu", "Wahyuni", "Handayani", "Pratiwi", "Ningsih", "Utami", "Maryati", "Susanti",
              "Purwaningsih", "Rahmawati", "Kusumawati", "Setyaningsih", "Widayati"]
MEN_LAST = ["Santoso", "Wibowo", "Susanto", "Setiawan", "Prasetyo", "Hartono", "Purnomo", "Kurniawan", "Nugroho",
            "Saputra", "Hidayat", "Raharjo", "Sumarno", "Widodo", "Haryanto", "Suparno"]
# Kecamatan of Kabupaten Klaten (region code 33.10.xx) and a village in each.
KECAMATAN = [(1, "Prambanan", "Bugisan"), (2, "Gantiwarno", "Katekan"), (3, "Wedi", "Pasung"),
             (4, "Bayat", "Jimbung"), (5, "Cawas", "Tlingsing"), (6, "Trucuk", "Mandong"),
             (10, "Kalikotes", "Jogosetran"), (16, "Klaten Selatan", "Gayamprit"),
             (17, "Klaten Tengah", "Semangkak"), (18, "Klaten Utara", "Belangwetan"), (20, "Ceper", "Kujon"),
             (21, "Pedan", "Kedungan"), (25, "Jogonalan", "Prawatan"), (26, "Manisrenggo", "Kranggan")]
OCCUPATIONS_M = ["Petani", "Pedagang", "Buruh", "Wiraswasta", "Karyawan Swasta", "Perajin Lurik", "Guru",
                 "Sopir", "Tukang Kayu", "PNS"]
OCCUPATIONS_F = ["Pedagang", "Ibu Rumah Tangga", "Petani", "Penjahit", "Guru", "Karyawan Swasta", "Wiraswasta",
                 "Buruh", "Perajin Lurik", "Bidan"]
PRINCIPALS = [2_000_000] * 5 + [3_000_000] * 7 + [4_000_000] * 5 + [5_000_000] * 9 + [6_000_000] * 4 + \
    [7_500_000] * 5 + [8_000_000] * 3 + [10_000_000] * 7 + [12_000_000] * 2 + [15_000_000] * 4 + [20_000_000] * 3
TERMS = [10, 12, 12, 12, 15, 18, 18, 24, 24]
FOUNDER_SUKARELA = [1_000_000, 2_000_000, 2_500_000, 5_000_000, 5_000_000, 7_500_000, 10_000_000, 15_000_000]
SUKARELA = [50_000, 100_000, 100_000, 150_000, 200_000, 250_000, 300_000, 500_000, 500_000, 1_000_000, 2_000_000]


@dataclass
class DemoFacts:
    """What was generated, for tests to assert against and for the lead's notes."""

    first_year: int
    last_year: int
    seed: int
    registered: int = 0
    members_by_gender: dict[int, dict[str, int]] = field(default_factory=dict)  # active on 31 Dec: {"L", "P"}
    joined: dict[int, int] = field(default_factory=dict)
    left: dict[int, int] = field(default_factory=dict)  # keluar
    died: dict[int, int] = field(default_factory=dict)  # meninggal
    loans_disbursed: dict[int, int] = field(default_factory=dict)  # count per year
    loan_principal: dict[int, int] = field(default_factory=dict)  # Rupiah disbursed per year
    loans_late: int = 0  # borrowers who pay late (but pay)
    loans_macet: list[str] = field(default_factory=list)  # loans whose borrower stopped paying
    loans_settled_early: int = 0
    shu: dict[int, int] = field(default_factory=dict)  # per closed year, what closing put into 3180
    shu_paid: dict[int, int] = field(default_factory=dict)  # per year whose SHU was posted at the RAT: to members
    closing_vouchers: dict[int, str] = field(default_factory=dict)
    service_calls: int = 0
    timings: dict[str, float] = field(default_factory=dict)  # seconds: per year, closing, total

    def as_json(self) -> dict[str, object]:
        return asdict(self)


class _Clock:
    """The simulated day; audit rows and created_at stamps follow it."""

    def __init__(self, day: date) -> None:
        self.day = day
        self.tick = 0

    def now(self) -> datetime:
        self.tick = (self.tick + 1) % 28_800
        return datetime(self.day.year, self.day.month, self.day.day, 8, 0) + timedelta(seconds=self.tick)


def nik(serial: int, female: bool, birth: date, kecamatan: int) -> str:
    """A valid NIK: 33.10.kk (Klaten), DDMMYY (+40 on the day for women), 4-digit serial."""
    day = birth.day + (40 if female else 0)
    return f"3310{kecamatan:02d}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial % 10_000:04d}"


@dataclass
class _Person:
    number: str
    female: bool
    joined: date
    late_wajib: bool  # pays wajib late some months and catches up
    saver: bool  # keeps sukarela
    owed_months: int = 0  # wajib months not yet paid (our own count; the app keeps the real arrears)
    sukarela: int = 0  # what we deposited minus withdrew (interest from month end comes on top)
    loan: _OpenLoan | None = None
    active: bool = True


@dataclass
class _OpenLoan:
    number: str
    due_dates: list[date]
    behaviour: str  # "ontime", "late", "macet", "early"
    stop_after: int  # macet: installments paid before stopping; early: settle after this many
    paid: int = 0  # installments covered so far
    next_pay: date | None = None


def _fast_sqlite(dbapi_connection: Any, _record: Any) -> None:
    # Generated books need no power-cut safety; syncing the WAL on every one of ~15.000 commits
    # costs a tenth of the run.  Per connection only: the app opens the file with FULL again.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA synchronous=OFF")
    cursor.close()


def create_books(path: str | Path, first_year: int) -> AppContext:
    """Fresh SQLite books at ``path``, as `coopdesk init` makes them, starting 1 January ``first_year``."""
    db = open_database(str(path))
    event.listen(db.engine, "connect", _fast_sqlite)
    db.engine.dispose()  # connections opened by the migration reconnect with the pragma
    init_books(db, BooksSetup(COOP_NAME, date(first_year, 1, 1), address=COOP_ADDRESS),
               now=datetime(first_year, 1, 2, 8, 0))
    return AppContext(db)


class _Coop:
    def __init__(self, db: Database, admin: str | None, rnd: random.Random, facts: DemoFacts, end: date,
                 post_shu: bool) -> None:
        self.rnd = rnd
        self.facts = facts
        self.clock = _Clock(date(facts.first_year, 1, 2))
        today: Callable[[], date] = lambda: end  # noqa: E731 - month ends need every month to have ended
        self.admin = AppContext(db, user_name=admin, today=today, now=self.clock.now)
        self.ketua = AppContext(db, user_name="Sri Mulyani", today=today, now=self.clock.now)
        self.kasir = AppContext(db, user_name="Dwi Astuti", today=today, now=self.clock.now)
        self.people: list[_Person] = []
        self.serial = 0
        self.bought: set[str] = set()
        self.post_shu = post_shu

    # -- plumbing ---------------------------------------------------------------------------

    def call(self, fn: Callable[..., object], *args: object, **kwargs: object) -> object:
        self.facts.service_calls += 1
        return fn(*args, **kwargs)

    def balance(self, code: str, day: date) -> int:
        with self.admin.reading() as session:
            return ledger.account_balance(session, code, day)

    def ensure_cash(self, day: date, amount: int) -> None:
        """The cash box never runs dry: the treasurer fetches money from the bank first."""
        cash = self.balance(CASH, day)
        if cash >= amount + 500_000:
            return
        bank = self.balance(BANK, day)
        need = min(bank - 100_000, (amount + 2_000_000 - cash) // 100_000 * 100_000 + 100_000)
        if need > 0:
            self.call(cash_entries.transfer, self.admin, day, BANK, CASH, need, "Ambil uang di Bank Jateng untuk kas")

    def active(self) -> list[_Person]:
        return [p for p in self.people if p.active]

    # -- setting up -------------------------------------------------------------------------

    def setup(self) -> None:
        self.call(users.add, self.admin, "Sri Mulyani", "ketua")
        self.call(users.add, self.admin, "Dwi Astuti", "kasir")
        self.call(users.add, self.admin, "Bambang Haryanto", "pengawas")
        self.call(settings.update, self.admin, {"coop_city": "Klaten", "coop_phone": "0272 321456",
                                                "coop_legal_number": "AHU-0004512.AH.01.26.TAHUN 2022"})
        # The default UMUM product is flat; small traders borrow on a declining-balance product.
        self.call(loan_products.add, self.admin, LoanProductInput(
            code="MODAL", name="Pinjaman Modal Usaha", method="menurun", rate=Decimal("2"), term_min=6,
            term_max=24, rounding=100, provisi_pct=Decimal("1"), admin_fixed=25_000, penalty_rule="pct_day",
            penalty_value=Decimal("0.1"), grace_days=3))

    def register(self, day: date, founding: bool = False) -> _Person:
        rnd = self.rnd
        self.serial += 1
        female = rnd.random() < 0.55
        birth = date(rnd.randint(1958, 2003), rnd.randint(1, 12), rnd.randint(1, 28))
        kec, kecamatan, desa = rnd.choice(KECAMATAN)
        first = rnd.choice(WOMEN if female else MEN)
        # Many Javanese have a single name; two people may share one.
        name = first if rnd.random() < 0.3 else f"{first} {rnd.choice(WOMEN_LAST if female else MEN_LAST)}"
        if rnd.random() < 0.15:
            name = f"{rnd.choice(WOMEN if female else MEN)} {name}"
        data = members.MemberInput(
            name=name, nik=nik(self.serial, female, birth, kec), gender="P" if female else "L", joined=day,
            birth_place=rnd.choice(["Klaten", "Klaten", "Klaten", "Boyolali", "Sukoharjo", "Yogyakarta", "Solo"]),
            birth_date=birth,
            address=f"Dk. {rnd.choice(['Krajan', 'Ngaran', 'Sidowayah', 'Karanganom', 'Tegalrejo', 'Jetis'])} "
                    f"RT {rnd.randint(1, 9):02d}/RW {rnd.randint(1, 6):02d}, Ds. {desa}, Kec. {kecamatan}, Klaten",
            phone=f"08{rnd.choice(['12', '13', '21', '52', '57', '77', '95'])}{rnd.randint(10_000_000, 99_999_999)}",
            occupation=rnd.choice(OCCUPATIONS_F if female else OCCUPATIONS_M))
        number = str(self.call(members.register, self.kasir, data))
        person = _Person(number, female, day, late_wajib=rnd.random() < 0.15, saver=rnd.random() < 0.45)
        self.people.append(person)
        self.facts.joined[day.year] = self.facts.joined.get(day.year, 0) + 1
        # Pokok and the first month's wajib at the desk, the day the member joins.
        self.call(savings.deposit, self.kasir, number, "pokok", 100_000, day)
        self.call(savings.deposit, self.kasir, number, "wajib", 50_000, day)
        if person.saver and (founding or rnd.random() < 0.5):
            # Founders bring the savings they kept elsewhere.
            amount = rnd.choice(FOUNDER_SUKARELA if founding else SUKARELA)
            self.call(savings.deposit, self.kasir, number, "sukarela", amount, day)
            person.sukarela += amount
        return person

    # -- one month --------------------------------------------------------------------------

    def month(self, month: Month, joiners: int, founding: bool) -> None:
        rnd = self.rnd
        events: list[tuple[date, int, Callable[[], None]]] = []
        last = month.last_day
        # Members who ended the previous month owe this month's wajib (joiners pay theirs on joining).
        for p in self.active():
            p.owed_months += 1

        def at(day: date, order: int, action: Callable[[], None]) -> None:
            events.append((min(day, last), order, action))

        for _ in range(joiners):
            day = month.first_day + timedelta(days=1 if founding else rnd.randint(1, 26))
            at(day, 0, lambda d=day: self._join(d, founding))
        for p in self.active():
            at(month.first_day + timedelta(days=rnd.randint(0, 26)), 1, lambda p=p: self._savings(p))
        self._loans(month, at)
        self._operating(month, at)
        exits = [p for p in self.active() if p.loan is None and p.joined < month.first_day]
        for p in exits:
            r = rnd.random()
            if r < 0.0025:
                at(last - timedelta(days=2), 5, lambda p=p: self._exit(p, "keluar"))
            elif r < 0.0031:
                at(last - timedelta(days=2), 5, lambda p=p: self._exit(p, "meninggal"))
        for day, _, action in sorted(events, key=lambda e: (e[0], e[1])):
            self.clock.day = day
            action()
        self.clock.day = last
        if month.month == 12:
            self._cash_count(last)
        self._bank_month_end(last)
        self.call(month_end.run, self.admin, str(month))

    def _join(self, day: date, founding: bool) -> None:
        self.clock.day = day
        self.register(day, founding)

    def _savings(self, p: _Person) -> None:
        if not p.active:
            return
        rnd, day = self.rnd, self.clock.day
        if day < p.joined:
            return
        if p.owed_months > 0 and not (p.late_wajib and rnd.random() < 0.4):
            months = p.owed_months if not p.late_wajib else rnd.randint(1, p.owed_months)
            self.call(savings.deposit, self.kasir, p.number, "wajib", 50_000 * months, day)
            p.owed_months -= months
        if p.saver:
            if rnd.random() < 0.35:
                amount = rnd.choice(SUKARELA)
                self.call(savings.deposit, self.kasir, p.number, "sukarela", amount, day)
                p.sukarela += amount
            elif p.sukarela >= 100_000 and rnd.random() < 0.25:
                amount = max(50_000, p.sukarela * rnd.randint(2, 6) // 10 // 10_000 * 10_000)
                self.ensure_cash(day, amount)
                self.call(savings.withdraw, self.kasir, p.number, "sukarela", amount, day)
                p.sukarela -= amount

    def _exit(self, p: _Person, reason: str) -> None:
        if not p.active or p.loan is not None:
            return
        with self.admin.reading() as session:
            owed = sum(savings.balances(session, members.by_number(session, p.number).id).values())
        self.ensure_cash(self.clock.day, owed)
        self.call(member_exit.exit_member, self.admin, p.number, self.clock.day, reason)
        p.active = False
        bucket = self.facts.left if reason == "keluar" else self.facts.died
        bucket[self.clock.day.year] = bucket.get(self.clock.day.year, 0) + 1

    # -- loans ------------------------------------------------------------------------------

    def _loans(self, month: Month, at: Callable[[date, int, Callable[[], None]], None]) -> None:
        rnd = self.rnd
        for p in self.active():
            if p.loan is not None and p.loan.next_pay is not None and p.loan.next_pay <= month.last_day:
                at(max(p.loan.next_pay, month.first_day), 2, lambda p=p: self._repay(p))
        ready = [p for p in self.active() if p.loan is None and (month.first_day - p.joined).days >= 28]
        for p in ready:
            if rnd.random() < 0.09:  # funds, not demand, limit lending: there is always a queue
                at(month.first_day + timedelta(days=rnd.randint(2, 24)), 3, lambda p=p: self._lend(p))

    def _lend(self, p: _Person) -> None:
        if not p.active or p.loan is not None:
            return
        rnd, day = self.rnd, self.clock.day
        principal = rnd.choice(PRINCIPALS)
        # Lend only what leaves a reserve for a few months of costs and withdrawals.
        free = self.balance(CASH, day) + self.balance(BANK, day) - 3_000_000 - 40_000 * len(self.active())
        if principal > free:
            principal = free // 1_000_000 * 1_000_000
            if principal < 2_000_000:
                return  # no funds this month: the application waits (not entered)
        self.ensure_cash(day, principal)
        product = "MODAL" if rnd.random() < 0.35 else "UMUM"
        term = rnd.choice(TERMS)
        number = str(self.call(loans.apply, self.kasir, loans.Application(
            p.number, product, principal, term, day,
            purpose=rnd.choice(["Modal dagang", "Biaya sekolah anak", "Renovasi rumah", "Modal tani",
                                "Pembelian ternak", "Modal usaha lurik", "Biaya berobat"]))))
        self.call(loans.approve, self.ketua, number, day)
        self.call(loans.disburse, self.admin, number, day)
        with self.admin.reading() as session:
            loan = loans.by_number(session, number)
            dues = list(session.scalars(select(LoanInstallment.due_date).where(LoanInstallment.loan_id == loan.id)
                                        .order_by(LoanInstallment.no)))
        r = rnd.random()
        behaviour = "ontime" if r < 0.84 else "late" if r < 0.94 else "macet" if r < 0.975 else "early"
        stop = rnd.randint(2, max(2, len(dues) - 3))
        p.loan = _OpenLoan(number, dues, behaviour, stop)
        p.loan.next_pay = self._next_pay(p.loan)
        y = day.year
        self.facts.loans_disbursed[y] = self.facts.loans_disbursed.get(y, 0) + 1
        self.facts.loan_principal[y] = self.facts.loan_principal.get(y, 0) + principal
        if behaviour == "late":
            self.facts.loans_late += 1
        elif behaviour == "macet":
            self.facts.loans_macet.append(number)

    def _next_pay(self, loan: _OpenLoan) -> date | None:
        if loan.paid >= len(loan.due_dates) or (loan.behaviour == "macet" and loan.paid >= loan.stop_after):
            return None
        due = loan.due_dates[loan.paid]
        delay = self.rnd.randint(5, 40) if loan.behaviour == "late" else self.rnd.randint(0, 2)
        return due + timedelta(days=delay)

    def _repay(self, p: _Person) -> None:
        loan = p.loan
        if loan is None:
            return
        day = self.clock.day
        if loan.behaviour == "early" and loan.paid >= loan.stop_after:
            self.call(loan_repayments.settle, self.kasir, loan.number, day)
            self.facts.loans_settled_early += 1
            p.loan = None
            return
        due = loan_repayments.due_today(self.kasir, loan.number, day)
        if due.total > 0:
            result = self.call(loan_repayments.repay, self.kasir, loan.number, due.total, day)
            if getattr(result, "paid_off", False):
                p.loan = None
                return
        while loan.paid < len(loan.due_dates) and loan.due_dates[loan.paid] <= day:
            loan.paid += 1
        loan.next_pay = self._next_pay(loan)
        if loan.next_pay is None and loan.behaviour != "macet":
            p.loan = None  # fully paid (the service marked it paid off)

    # -- the office -------------------------------------------------------------------------

    def _operating(self, month: Month, at: Callable[[date, int, Callable[[], None]], None]) -> None:
        """The office's costs, sized to the cooperative: under 80 members the pengurus run it from the
        ketua's house with a part-time clerk; from 80 a rented office and a full-time clerk (UMK Klaten);
        from 250 a second, part-time employee."""
        rnd, y, m = self.rnd, month.year, month.month
        size = len(self.active())
        growth = 1.05 ** (y - self.facts.first_year)  # wages and prices rise ~5% a year

        def expense(day: int, code: str, amount: float, memo: str, source: str = CASH) -> None:
            d = month.first_day.replace(day=min(day, month.last_day.day))
            rupiah = int(round(amount, -3))

            def pay() -> None:
                if source == CASH:
                    self.ensure_cash(d, rupiah)
                self.call(cash_entries.cash_expense, self.admin, d, code, rupiah, memo, source)
            at(d, 4, pay)

        if size < 80:
            wages = [150_000 * growth]
            expense(25, "5210", wages[0], f"Honor juru tulis bulan {month}")
            if m in (3, 6, 9, 12):
                expense(25, "5310", 300_000, f"Honor pengurus dan pengawas triwulan s.d. {month}")
            expense(20, "5230", 25_000, f"Sumbangan listrik kantor (rumah ketua) {month}")
            expense(20, "5240", 25_000, f"Pulsa {month}")
        else:
            # The first year's clerk is on a trainee wage.
            wages = [(1_500_000 if y == self.facts.first_year else 1_900_000 * growth)] + \
                ([1_000_000 * growth] if size >= 250 else [])
            for i, wage in enumerate(wages, start=1):
                expense(25, "5210", wage, f"Gaji karyawan {i} bulan {month}")
            # The founding year's pengurus work for a token honor; the first RAT sets a proper one.
            honor = 250_000 if y == self.facts.first_year else 1_000_000 if size < 200 else 1_250_000
            expense(25, "5310", honor, f"Honor pengurus dan pengawas {month}")
            expense(20, "5230", rnd.randint(180, 320) * 1_000, f"Listrik dan air {month}")
            expense(20, "5240", 250_000, f"Internet dan pulsa {month}")
            if m == 2 and y > self.facts.first_year:
                expense(5, "5250", 6_000_000 * growth, f"Sewa kantor Maret {y} s.d. Februari {y + 1}")
            elif m == 2:  # the founding year: a room in the ketua's house
                expense(5, "5250", 2_400_000, f"Sewa ruang kantor (rumah ketua) tahun {y}")
        if m == 4:  # THR before Lebaran
            expense(5, "5210", sum(wages), f"THR karyawan {y}")
        expense(rnd.randint(3, 20), "5220", rnd.randint(20, 60 if size < 80 else 120) * 1_000 + size * 500,
                f"ATK dan fotokopi {month}")
        if m in (3, 9) and "motor" in self.bought:
            expense(15, "5260", rnd.randint(250, 600) * 1_000, f"Servis sepeda motor dan perawatan kantor {month}")
        if m == 3 and y > self.facts.first_year:
            rat_day = rnd.randint(14, 28)
            expense(rat_day, "5330", 500_000 + 15_000 * size,
                    f"Biaya RAT tahun buku {y - 1}: konsumsi, tempat, cetak buku RAT")
            if self.post_shu and self.facts.shu.get(y - 1, 0) > 0:
                day = month.first_day.replace(day=rat_day)
                at(day, 6, lambda: self._post_shu(y - 1, day))
        if m == 10:
            expense(12, "5320", 250_000 if size < 80 else 1_500_000, f"Pendidikan perkoperasian {y}")
        if y == self.facts.first_year:
            for what in ("computers", "motor"):
                if what not in self.bought and m >= (1 if what == "computers" else 5):
                    day = month.first_day.replace(day=16)
                    at(day, 4, lambda day=day, what=what: self._buy(day, what))

    def _post_shu(self, year: int, rat_day: date) -> None:
        """The RAT approved last year's SHU: post the allocation and credit members' sukarela
        (those who left since are paid in cash by the service)."""
        result = self.call(shu.post, self.admin, year, rat_day, "sukarela")
        self.facts.shu_paid[year] = result.paid_total  # type: ignore[attr-defined]

    def _buy(self, day: date, what: str) -> None:
        """Office equipment and a motorbike for collecting instalments, bought once the money is there."""
        small = len(self.people) < 100
        if what == "computers":
            assets = [("Laptop dan printer", 4_500_000, 48)] if small else [
                ("Komputer kantor (2 unit) dan printer", 11_400_000, 48),
                ("Lemari arsip besi dan brankas", 4_250_000, 96)]
            category, residual = "equipment", 0
        else:
            if small:
                return  # the pengurus use their own motorbikes
            assets = [("Sepeda motor Honda Supra X 125 (AD 5821 KT)", 19_750_000, 96)]
            category, residual = "vehicle", 2_000_000
        cost = sum(a[1] for a in assets)
        if what in self.bought or self.balance(CASH, day) + self.balance(BANK, day) < cost + 5_000_000:
            return  # not yet: try again next month
        self.bought.add(what)
        self.ensure_cash(day, cost)
        for name, price, life in assets:
            self.call(fixed_assets.register, self.admin, fixed_assets.AssetInput(
                name, category, price, day, life, residual))

    def _bank_month_end(self, last: date) -> None:
        """Idle cash goes to the bank; the bank pays interest and takes its fee."""
        cash, bank = self.balance(CASH, last), self.balance(BANK, last)
        limit = 15_000_000 if len(self.active()) >= 100 else 5_000_000
        if bank > 0:
            interest = bank * 2 // 100 // 12 // 100 * 100
            if interest > 0:
                self.call(cash_entries.cash_income, self.admin, last, "4210", interest,
                          f"Jasa giro Bank Jateng {Month(last.year, last.month)}", BANK)
            self.call(cash_entries.cash_expense, self.admin, last, "5280", 15_000,
                      f"Biaya administrasi Bank Jateng {Month(last.year, last.month)}", BANK)
        if cash > limit:
            amount = (cash - limit // 2) // 1_000_000 * 1_000_000
            if amount > 0:
                self.call(cash_entries.transfer, self.admin, last, CASH, BANK, amount, "Setor kas ke Bank Jateng")

    def _cash_count(self, day: date) -> None:
        """The December kas opname: the box holds exactly what the books say, in real notes and coins."""
        left = self.balance(CASH, day)
        if left < 0:
            raise RuntimeError(f"the generator let the cash box go negative ({left}) by {day}")
        counts: dict[str, int] = {}
        for d in cash_count.DENOMINATIONS:
            pieces, left = divmod(left, d.value)
            if d.value >= 20_000 and pieces > 3:  # not every note is a hundred: spread some down
                keep = pieces - pieces // 5
                left += (pieces - keep) * d.value
                pieces = keep
            if pieces:
                counts[d.key] = pieces
        # Below Rp 100 (odd denda and interest) there is no coin: the difference is written off.
        self.call(cash_count.record, self.admin, day, counts, adjust=left > 0,
                  reason="pecahan di bawah Rp 100 tidak ada uangnya" if left else "")


def _active_by_gender(db: Database, day: date) -> dict[str, int]:
    with db.sessions() as session:
        rows = session.execute(select(Member.gender, Member.status, Member.status_date, Member.joined)).all()
    counts: Counter[str] = Counter()
    for gender, status, status_date, joined in rows:
        if joined <= day and (status == MemberStatus.ACTIVE.value or (status_date and status_date > day)):
            counts[gender] += 1
    return {"L": counts["L"], "P": counts["P"]}


def build(ctx: AppContext, *, members: int = 300, first_year: int = 2023, last_year: int = 2025, seed: int = 7,
          close_last: bool = False, post_shu: bool = True,
          progress: Callable[[str], None] | None = None) -> DemoFacts:
    """Fill fresh books (started 1 January ``first_year``, see :func:`create_books`) with the cooperative's
    life from January ``first_year`` to December ``last_year``; every year but the last is closed
    (the last too with ``close_last``).  With ``post_shu`` a closed year's SHU, when positive, is
    posted at the next March's RAT and credited to members' sukarela.  ``ctx.user_name`` is the
    administrator (None: the default one)."""
    if last_year < first_year:
        raise ValueError("last_year must not be before first_year")
    if members < 10:
        raise ValueError("a cooperative needs at least 10 members here")
    with ctx.reading() as session:
        start = settings.books_start(session)
    if start != date(first_year, 1, 1):
        raise ValueError(f"the books must start on {first_year}-01-01 (they start on {start})")
    started = time.perf_counter()
    facts = DemoFacts(first_year, last_year, seed)
    rnd = random.Random(seed)
    coop = _Coop(ctx.db, ctx.user_name, rnd, facts, date(last_year, 12, 31), post_shu)
    coop.setup()
    months = [Month(y, m) for y in range(first_year, last_year + 1) for m in range(1, 13)]
    founders = max(10, int(members * 0.4))
    later = members - founders
    # Joiners spread over the later months, a little more in the first year (the word spreads).
    weights = [2.0 if mo.year == first_year else 1.0 for mo in months[1:]]
    picks = Counter(rnd.choices(range(1, len(months)), weights=weights, k=later))
    for i, month in enumerate(months):
        year_started = time.perf_counter()
        coop.month(month, founders if i == 0 else picks.get(i, 0), founding=i == 0)
        facts.timings[str(month.year)] = facts.timings.get(str(month.year), 0.0) + time.perf_counter() - year_started
        if month.month == 12:
            facts.members_by_gender[month.year] = _active_by_gender(ctx.db, month.last_day)
            if month.year < last_year or close_last:
                closing = time.perf_counter()
                result = coop.call(year_end.close, coop.admin, month.year)
                facts.shu[month.year] = result.shu  # type: ignore[attr-defined]
                facts.closing_vouchers[month.year] = result.voucher  # type: ignore[attr-defined]
                facts.timings[f"close {month.year}"] = time.perf_counter() - closing
            if progress:
                progress(f"{month.year}: {facts.members_by_gender[month.year]} members, "
                         f"{facts.loans_disbursed.get(month.year, 0)} loans, {facts.service_calls} calls, "
                         f"{time.perf_counter() - started:.0f} s")
    facts.registered = len(coop.people)
    facts.timings["total"] = time.perf_counter() - started
    return facts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.demo.realistic_coop", description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="SQLite file to create")
    parser.add_argument("--members", type=int, default=300, help="people who register over the period")
    parser.add_argument("--first-year", type=int, default=2023)
    parser.add_argument("--last-year", type=int, default=2025)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--close-last", action="store_true", help="close the last year too")
    parser.add_argument("--no-post-shu", action="store_true",
                        help="leave closed years' SHU unposted (default: posted at the next March's RAT)")
    parser.add_argument("--replace", action="store_true", help="delete an existing file at --db first")
    parser.add_argument("--json", action="store_true", help="print the facts as JSON")
    ns = parser.parse_args(argv)
    path = Path(ns.db)
    if path.exists():
        if not ns.replace:
            print(f"{path} exists; use --replace to overwrite it", file=sys.stderr)
            return 2
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    ctx = create_books(path, ns.first_year)
    try:
        facts = build(ctx, members=ns.members, first_year=ns.first_year, last_year=ns.last_year, seed=ns.seed,
                      close_last=ns.close_last, post_shu=not ns.no_post_shu, progress=None if ns.json else print)
    except ValidationError as exc:
        print(f"refused: {exc.field}: {exc}", file=sys.stderr)
        return 1
    finally:
        ctx.db.dispose()
    if ns.json:
        print(json.dumps(facts.as_json(), indent=2, default=str))
    else:
        print(f"{facts.registered} registered; active on 31 Dec: {facts.members_by_gender}")
        print(f"loans disbursed per year: {facts.loans_disbursed} (late payers {facts.loans_late}, "
              f"macet {len(facts.loans_macet)}, settled early {facts.loans_settled_early})")
        print(f"SHU per closed year: {facts.shu}; paid to members at the RAT: {facts.shu_paid}")
        print(f"{facts.service_calls} service calls; timings (s): "
              + ", ".join(f"{k} {v:.1f}" for k, v in facts.timings.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
