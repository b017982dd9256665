"""Where an income or expense account appears in the Laporan Perhitungan Hasil Usaha.

The cooperative income statement separates business with members (partisipasi anggota),
from which the SHU shared to members comes, from business with non-members and from
everything else.  Each income/expense account carries one group in ``accounts.participation``
(the column predates the finer groups; "member" and "nonmember" keep their meaning).
"""

from __future__ import annotations

from enum import StrEnum


class ReportGroup(StrEnum):
    MEMBER = "member"  # income: partisipasi anggota; expense: beban jasa simpanan (cost of member service)
    NONMEMBER = "nonmember"  # income from / cost of business with non-members
    OPERATING = "usaha"  # expense: beban usaha (salaries, rent, depreciation, allowance ...)
    COOPERATIVE = "coop"  # expense: beban perkoperasian (pengurus, education, RAT)
    OTHER = "other"  # pendapatan / beban lain-lain
    TAX = "tax"  # pajak penghasilan badan


INCOME_GROUPS = (ReportGroup.MEMBER, ReportGroup.NONMEMBER, ReportGroup.OTHER)
EXPENSE_GROUPS = tuple(ReportGroup)


def allowed_groups(kind: str) -> tuple[ReportGroup, ...]:
    if kind == "income":
        return INCOME_GROUPS
    if kind == "expense":
        return EXPENSE_GROUPS
    return ()


def report_group(kind: str, participation: str | None) -> ReportGroup | None:
    """The group an account reports under; accounts without one fall back to what a clerk
    adding "Beban Bensin" or "Pendapatan Sewa Gedung" would mean: an operating expense,
    other income.  Balance-sheet accounts have no group."""
    if kind not in ("income", "expense"):
        return None
    if participation:
        group = ReportGroup(participation)
        if group in allowed_groups(kind):
            return group
    return ReportGroup.OTHER if kind == "income" else ReportGroup.OPERATING
