"""The working sheet of tests/shu/coop.py's 2025, against the figures worked out by hand there."""

from __future__ import annotations

from decimal import Decimal

import pytest

from coopdesk.db.schema import Database
from coopdesk.domain.errors import ValidationError
from coopdesk.services import settings, shu

from .coop import CAPITAL, INTEREST, JM, JU, MEMBER_PART, SHU, TOTAL, context


def _sheet(db: Database) -> shu.ShuSheet:
    with context(db).reading() as session:
        return shu.compute(session, 2025)


def test_hand_worked_sheet(closed_db: Database) -> None:
    sheet = _sheet(closed_db)
    assert (sheet.shu, sheet.member_part, sheet.nonmember_part) == (SHU, MEMBER_PART, SHU - MEMBER_PART)
    assert (sheet.member_net, sheet.nonmember_net) == (10_000_000, 2_500_000)
    assert [p.amount for p in sheet.pools] == [4_000_000, 2_000_000, 2_500_000, 500_000, 500_000, 250_000, 250_000]
    assert (sheet.jasa_modal_pool, sheet.jasa_usaha_pool) == (1_600_000, 2_000_000)
    assert [(l.account, l.amount) for l in sheet.lines] == [
        ("3161", 4_900_000), ("2121", 1_600_000), ("2121", 2_000_000), ("2122", 500_000), ("2123", 500_000),
        ("2124", 250_000), ("2125", 250_000)]
    assert sum(l.amount for l in sheet.lines) == SHU
    assert [r.name for r in sheet.rows] == ["Ani Lestari", "Budi Santoso", "Citra Dewi", "Dewi Anggraini"]
    assert [r.capital for r in sheet.rows] == list(CAPITAL)
    assert [r.business for r in sheet.rows] == list(INTEREST)
    assert [r.jasa_modal.rounded for r in sheet.rows] == list(JM)
    assert [r.jasa_usaha.rounded for r in sheet.rows] == list(JU)
    assert [r.total for r in sheet.rows] == list(TOTAL)
    assert [r.left for r in sheet.rows] == [False, False, False, True]
    budi, citra = sheet.rows[1], sheet.rows[2]
    assert budi.jasa_modal.exact.quantize(Decimal("0.0001")) == Decimal("533333.3333")
    assert budi.jasa_modal.residue.quantize(Decimal("0.0001")) == Decimal("-0.3333")
    assert citra.jasa_modal.residue.quantize(Decimal("0.0001")) == Decimal("0.3333")
    assert sheet.rows[0].jasa_modal.residue == 0
    assert sheet.total_to_members() == 3_600_000
    assert (sheet.undistributed_jasa_modal, sheet.undistributed_jasa_usaha) == (0, 0)
    assert sheet.distribution is None


def test_average_capital_and_principal_basis(closed_db: Database) -> None:
    """Average of month ends: Dewi had 200.000 at the ends of January..May, 0 after leaving:
    5 × 200.000 / 12 = 83.333,33…; Σ = 1.283.333,33… = 15.400.000 / 12.  JM_i = 1.600.000 ×
    12·capital_i / 15.400.000: Ani 748.051,948…, Budi 498.701,298…, Citra 249.350,649…, Dewi
    103.896,103…; floors sum to 1.599.998, the 2 Rupiah left go to Ani (,948) and Citra (,649)."""
    ctx = context(closed_db)
    settings.update(ctx, {"shu_capital_basis": "average", "shu_business_basis": "principal"})
    sheet = _sheet(closed_db)
    assert sheet.capital_basis == "average" and sheet.business_basis == "principal"
    assert [r.capital for r in sheet.rows][:3] == [600_000, 400_000, 200_000]
    assert sheet.rows[3].capital.quantize(Decimal("0.01")) == Decimal("83333.33")
    # 1.600.000 × 12 × (600.000, 400.000, 200.000, 83.333,33…) / 15.400.000
    assert [r.jasa_modal.exact.quantize(Decimal("0.01")) for r in sheet.rows] == [
        Decimal("748051.95"), Decimal("498701.30"), Decimal("249350.65"), Decimal("103896.10")]
    assert [r.jasa_modal.rounded for r in sheet.rows] == [748_052, 498_701, 249_351, 103_896]
    # principal disbursed: 2.400.000, 1.200.000, 1.200.000 of Σ 4.800.000 → 1.000.000 / 500.000 / 500.000
    assert [r.business for r in sheet.rows] == [0, 2_400_000, 1_200_000, 1_200_000]
    assert [r.jasa_usaha.rounded for r in sheet.rows] == [0, 1_000_000, 500_000, 500_000]


def test_sukarela_counts_as_capital_when_set(closed_db: Database) -> None:
    """Ani's capital becomes 1.600.000 of Σ 2.200.000: JM 1.600.000 × 16/22 = 1.163.636,36…"""
    settings.update(context(closed_db), {"shu_capital_sukarela": "1"})
    sheet = _sheet(closed_db)
    assert [r.capital for r in sheet.rows] == [1_600_000, 400_000, 200_000, 0]
    assert [r.jasa_modal.rounded for r in sheet.rows] == [1_163_636, 290_909, 145_455, 0]


def test_member_part_rule() -> None:
    assert shu.member_part_of(10_000_000, 10_000_000, 2_500_000) == 8_000_000
    assert shu.member_part_of(10_000_000, 10_000_000, 0) == 10_000_000
    assert shu.member_part_of(10_000_000, 10_000_000, -500_000) == 10_000_000
    assert shu.member_part_of(10_000_000, -1, 2_500_000) == 0
    assert shu.member_part_of(100, 1, 2) == 33  # 33,33 half up
    assert shu.member_part_of(100, 1, 1) == 50
    assert shu.member_part_of(5, 1, 1) == 3  # 2,5 half up
    assert shu.member_part_of(-100, 1, 1) == 0


def test_open_year_is_refused(open_db: Database) -> None:
    with context(open_db).reading() as session, pytest.raises(ValidationError) as err:
        shu.compute(session, 2025)
    assert err.value.field == "year"
    assert "not closed yet" in err.value.message
