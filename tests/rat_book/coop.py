"""A small cooperative with two closed years, members of both genders and two loans, worked out by hand.

Books start 1 January 2024.  Every member pays pokok 100.000 and wajib 50.000 on joining.

2024: Budi (L, 2 Jan), Siti (P, 2 Jan), Agus (L, 1 Mar), Dewi (P, 1 May), Joko (L, 1 Jun) join; Joko
leaves on 1 Oct (keluar).  Other income 4290 Rp 1.000.000, cost 5220 Rp 200.000.
    start L0 P0 + joined L3 P2 - left L1 P0 - died 0 = end L2 P2
2025: Tono (L, 1 Feb), Rina (P, 2 Jan), Sari (P, 1 Mar) join; Agus dies on 15 Jun (meninggal); Dewi is
expelled on 1 Sep (diberhentikan, counted as left).  Loans: Budi 6.000.000 (12 months, flat 1,5%) on
1 Feb 2025, pays 10 installments of 590.000 on their due dates (1 Mar .. 1 Dec): 1.000.000 outstanding
at 31 Dec, Lancar; Siti 3.000.000 (6 months) on 1 Mar 2025, pays nothing: first due 1 Apr, 274 days
late on 31 Dec: Macet.  NPL = 3.000.000 / 4.000.000 = 75%.  Other income 4290 Rp 5.000.000, cost 5210
Rp 300.000.
    start L2 P2 + joined L1 P2 - left L0 P1 - died L1 P0 = end L2 P3
"""

from __future__ import annotations

from datetime import date

from coopdesk.db.models import Officer, YearText
from coopdesk.domain.journal import LineSpec
from coopdesk.services import ledger, loan_repayments, savings, settings, year_end
from coopdesk.services.context import AppContext
from coopdesk.services.member_exit import exit_member
from tests.loans.helpers import disbursed_loan, staff
from tests.services.helpers import join
from tests.year_end.coop import run_month_ends

MEMBERSHIP = {  # year: (start, joined, left, died, end), each (L, P)
    2024: ((0, 0), (3, 2), (1, 0), (0, 0), (2, 2)),
    2025: ((2, 2), (1, 2), (0, 1), (1, 0), (2, 3)),
}
DISBURSED_2025 = (2, 9_000_000)
OUTSTANDING_2025 = 4_000_000
INSTALLMENT = 590_000  # 500.000 principal + 1,5% x 6.000.000 interest


def member(ctx: AppContext, name: str, joined: date, female: bool = False) -> str:
    number = join(ctx, name, joined, female)
    savings.deposit(ctx, number, "pokok", 100_000, joined)
    savings.deposit(ctx, number, "wajib", 50_000, joined)
    return number


def books(ctx: AppContext) -> dict[str, str]:
    """Both years booked and closed; returns the member numbers by name."""
    staff(ctx)

    n: dict[str, str] = {}
    n["Budi"] = member(ctx, "Budi Santoso", date(2024, 1, 2))
    n["Siti"] = member(ctx, "Siti Aminah", date(2024, 1, 2), female=True)
    n["Agus"] = member(ctx, "Agus Salim", date(2024, 3, 1))
    n["Dewi"] = member(ctx, "Dewi Lestari", date(2024, 5, 1), female=True)
    n["Joko"] = member(ctx, "Joko Widodo", date(2024, 6, 1))
    exit_member(ctx, n["Joko"], date(2024, 10, 1), "keluar")
    ledger.post_manual(ctx, date(2024, 4, 10), "jasa lain", [LineSpec("1110", debit=1_000_000),
                                                            LineSpec("4290", credit=1_000_000)])
    ledger.post_manual(ctx, date(2024, 8, 10), "biaya rapat", [LineSpec("5220", debit=200_000),
                                                              LineSpec("1110", credit=200_000)])
    run_month_ends(ctx, 2024)
    year_end.close(ctx, 2024)

    n["Rina"] = member(ctx, "Rina Wati", date(2025, 1, 2), female=True)
    n["Tono"] = member(ctx, "Tono Sugiarto", date(2025, 2, 1))
    n["Sari"] = member(ctx, "Sari Dewi", date(2025, 3, 1), female=True)
    ledger.post_manual(ctx, date(2025, 1, 5), "pinjaman bank", [LineSpec("1121", debit=10_000_000),
                                                       LineSpec("2150", credit=10_000_000)])
    ledger.post_manual(ctx, date(2025, 1, 6), "tarik bank", [LineSpec("1110", debit=10_000_000),
                                                            LineSpec("1121", credit=10_000_000)])
    budi = disbursed_loan(ctx, n["Budi"], 6_000_000, 12, date(2025, 2, 1))
    disbursed_loan(ctx, n["Siti"], 3_000_000, 6, date(2025, 3, 1))
    for month in range(3, 13):
        loan_repayments.repay(ctx, budi, INSTALLMENT, date(2025, month, 1))
    exit_member(ctx, n["Agus"], date(2025, 6, 15), "meninggal")
    exit_member(ctx, n["Dewi"], date(2025, 9, 1), "diberhentikan")
    ledger.post_manual(ctx, date(2025, 5, 20), "sewa gedung", [LineSpec("1110", debit=5_000_000),
                                                              LineSpec("4290", credit=5_000_000)])
    ledger.post_manual(ctx, date(2025, 7, 25), "honor", [LineSpec("5210", debit=300_000),
                                                        LineSpec("1110", credit=300_000)])
    run_month_ends(ctx, 2025)
    year_end.close(ctx, 2025)
    return n


def officers_and_texts(ctx: AppContext) -> None:
    """The organisation and the RAT texts, written to their tables (the services own their forms)."""
    settings.update(ctx, {"coop_legal_number": "123/BH/XIV.12/2010", "coop_legal_date": "2010-03-15",
                          "coop_nik": "3374010020001", "coop_address": "Jl. Pemuda 12, Semarang",
                          "coop_city": "Semarang"})
    with ctx.transaction() as session:
        user = ctx.actor(session)
        for role, title, name, gender in (
                ("pengurus", "Ketua", "H. Slamet Riyadi", "L"), ("pengurus", "Sekretaris", "Endang Sri", "P"),
                ("pengurus", "Bendahara", "Wahyu Hidayat", "L"), ("pengawas", "Ketua", "Sutrisno", "L"),
                ("pengawas", "Anggota", "Yuni Astuti", "P"), ("manager", "Manajer", "Bambang Irawan", "L"),
                ("employee", "Kasir", "Lina Marlina", "P")):
            session.add(Officer(role=role, title=title, name=name, gender=gender, start_date=date(2023, 1, 1)))
        from datetime import datetime
        for kind, text in (("pengurus_report", "Tahun 2025 koperasi tumbuh.\n\nPinjaman disalurkan dua kali."),
                           ("supervisor_report", "Pengawas telah memeriksa pembukuan setiap triwulan."),
                           ("meetings", "Rapat pengurus 12 kali; rapat gabungan pengurus dan pengawas 4 kali.")):
            session.add(YearText(year=2025, kind=kind, text=text, updated_at=datetime(2026, 1, 10), user_id=user.id))
