"""SHU arithmetic: the allocation table, the pools, and sharing them to members by largest remainder.

Figures worked out by hand; DOMAIN.md §6's example (SHU 100 jt, Budi → JM 200.000, JU 150.000) is
the golden test.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.shu import (
    DEFAULT_ALLOCATION,
    FUND,
    JASA_MODAL,
    JASA_USAHA,
    RESERVE,
    AllocationPost,
    average_monthly_capital,
    capital_basis,
    check_allocation,
    format_allocation,
    member_shu,
    parse_allocation,
    pool_of,
    share_by_largest_remainder,
    split_pools,
    undistributed,
)

JT = 1_000_000

# DOMAIN.md §6: Σ capital 500 jt, Σ interest paid 400 jt, Budi 5 jt / 2,4 jt.  The others are
# chosen so that the pools do not divide evenly and one Rupiah goes by largest remainder.
CAPITAL = {"A001 Budi": 5_000_000, "A002 Ani": 1_234_567, "A003 Citra": 33_333_333, "A004 Dedi": 460_432_100}
INTEREST = {"A001 Budi": 2_400_000, "A002 Ani": 777_777, "A003 Citra": 96_822_223, "A004 Dedi": 300_000_000}


def test_the_example_sums_hold() -> None:
    assert sum(CAPITAL.values()) == 500 * JT
    assert sum(INTEREST.values()) == 400 * JT


def test_default_allocation_of_100_jt() -> None:
    pools = split_pools(100 * JT, DEFAULT_ALLOCATION)
    assert [(p.post.name, p.post.account, p.amount) for p in pools] == [
        ("Cadangan", "3161", 40 * JT),
        ("Jasa Modal", "2121", 20 * JT),
        ("Jasa Usaha", "2121", 25 * JT),
        ("Dana Pengurus & Pengawas", "2122", 5 * JT),
        ("Dana Karyawan", "2123", 5 * JT),
        ("Dana Pendidikan", "2124", 2_500_000),
        ("Dana Sosial", "2125", 2_500_000),
    ]
    assert all(p.residue == 0 and p.exact == p.amount for p in pools)
    assert pool_of(pools, JASA_MODAL) == 20 * JT and pool_of(pools, JASA_USAHA) == 25 * JT


def test_golden_worked_example() -> None:
    pools = split_pools(100 * JT, DEFAULT_ALLOCATION)
    shu = member_shu(pool_of(pools, JASA_MODAL), pool_of(pools, JASA_USAHA), CAPITAL, INTEREST)
    budi = shu["A001 Budi"]
    assert budi.jasa_modal.rounded == 200_000
    assert budi.jasa_usaha.rounded == 150_000
    assert budi.total == 350_000
    assert budi.jasa_modal.basis == 5_000_000 and budi.jasa_usaha.basis == 2_400_000
    # JM = capital × 20 jt / 500 jt = capital × 0,04: Ani 49.382,68 and Citra 1.333.333,32 leave one
    # Rupiah over, which goes to the larger remainder (Ani, ,68).
    assert {k: v.jasa_modal.rounded for k, v in shu.items()} == {
        "A001 Budi": 200_000, "A002 Ani": 49_383, "A003 Citra": 1_333_333, "A004 Dedi": 18_417_284}
    assert shu["A002 Ani"].jasa_modal.exact == Decimal("49382.68")
    assert shu["A002 Ani"].jasa_modal.residue == Decimal("0.32")
    assert shu["A003 Citra"].jasa_modal.residue == Decimal("-0.32")
    # JU = interest × 25 jt / 400 jt = interest × 0,0625: Ani 48.611,0625, Citra 6.051.388,9375 → Citra.
    assert {k: v.jasa_usaha.rounded for k, v in shu.items()} == {
        "A001 Budi": 150_000, "A002 Ani": 48_611, "A003 Citra": 6_051_389, "A004 Dedi": 18_750_000}
    assert shu["A003 Citra"].jasa_usaha.exact == Decimal("6051388.9375")
    assert shu["A003 Citra"].jasa_usaha.residue == Decimal("0.0625")
    assert sum(m.jasa_modal.rounded for m in shu.values()) == 20 * JT
    assert sum(m.jasa_usaha.rounded for m in shu.values()) == 25 * JT
    assert sum(m.total for m in shu.values()) == 45 * JT


def test_three_equal_bases_the_first_key_gets_the_extra_rupiah() -> None:
    shares = share_by_largest_remainder(100, {"C": 1, "A": 1, "B": 1})
    assert [(k, s.rounded) for k, s in shares.items()] == [("A", 34), ("B", 33), ("C", 33)]
    # the exact figure to 50 significant digits; the residue is rounded − that figure, exactly
    assert shares["B"].exact == Decimal("33." + "3" * 48)
    assert shares["A"].residue == Decimal("0." + "6" * 47 + "7")
    assert shares["B"].residue == Decimal("-0." + "3" * 48)


def test_six_equal_bases_share_10() -> None:
    # 10 / 6 = 1,67 each: floors 6, four Rupiah left for the first four keys.
    shares = share_by_largest_remainder(10, dict.fromkeys(range(6, 0, -1), 7))
    assert [s.rounded for s in shares.values()] == [2, 2, 2, 2, 1, 1]
    assert list(shares) == [1, 2, 3, 4, 5, 6]


def test_largest_remainder_beats_key_order() -> None:
    # 7 over 1:2:4 = 1, 2, 4 exactly; 8 over 1:2:4 = 1,14 / 2,29 / 4,57 → the ,57 gets the Rupiah.
    assert [s.rounded for s in share_by_largest_remainder(7, {1: 1, 2: 2, 3: 4}).values()] == [1, 2, 4]
    assert [s.rounded for s in share_by_largest_remainder(8, {1: 1, 2: 2, 3: 4}).values()] == [1, 2, 5]


def test_a_member_with_basis_zero_gets_nothing() -> None:
    shares = share_by_largest_remainder(5, {"a": 0, "b": 1, "c": 1})
    assert [s.rounded for s in shares.values()] == [0, 3, 2]
    assert shares["a"].exact == 0 and shares["a"].residue == 0


def test_all_bases_zero_leaves_the_pool_undistributed() -> None:
    shares = share_by_largest_remainder(1_000, {"a": 0, "b": 0})
    assert [s.rounded for s in shares.values()] == [0, 0]
    assert undistributed(1_000, shares) == 1_000
    assert share_by_largest_remainder(1_000, {}) == {}
    assert undistributed(1_000, {}) == 1_000


def test_an_empty_pool_gives_zeros() -> None:
    shares = share_by_largest_remainder(0, {"a": 3, "b": 4})
    assert [s.rounded for s in shares.values()] == [0, 0]
    assert undistributed(0, shares) == 0


def test_negative_pool_or_basis_is_a_bug() -> None:
    with pytest.raises(ValueError, match="pool"):
        share_by_largest_remainder(-1, {"a": 1})
    with pytest.raises(ValueError, match="basis"):
        share_by_largest_remainder(10, {"a": 1, "b": -1})


def test_member_in_one_mapping_only() -> None:
    shu = member_shu(100, 50, {"a": 1, "b": 1}, {"b": 1, "c": 4})
    assert {k: (m.jasa_modal.rounded, m.jasa_usaha.rounded, m.total) for k, m in shu.items()} == {
        "a": (50, 0, 50), "b": (50, 10, 60), "c": (0, 40, 40)}
    assert shu["c"].jasa_modal.basis == 0


@pytest.mark.parametrize(
    ("shu", "expected"),
    [
        (1, [1, 0, 0, 0, 0, 0, 0]),  # 0,4 0,2 0,25 0,05 0,05 0,025 0,025
        (3, [1, 1, 1, 0, 0, 0, 0]),  # 1,2 0,6 0,75 ...: ,75 and ,6 get the two left over
        (7, [3, 2, 2, 0, 0, 0, 0]),  # 2,8 1,4 1,75 0,35 0,35 ...: ,8 ,75 ,4
        (20, [8, 4, 5, 1, 1, 1, 0]),  # 0,5 and 0,5 tie: Dana Pendidikan is earlier in the table
        (0, [0] * 7),
        (-5 * JT, [0] * 7),  # a loss is not shared
    ],
)
def test_split_pools_by_hand(shu: int, expected: list[int]) -> None:
    assert [p.amount for p in split_pools(shu, DEFAULT_ALLOCATION)] == expected


def test_capital_basis_pokok_and_wajib_option_sukarela() -> None:
    balances = {"a": {"pokok": 100_000, "wajib": 1_200_000, "sukarela": 5_000_000}, "b": {"pokok": 100_000}}
    assert capital_basis(balances) == {"a": 1_300_000, "b": 100_000}
    assert capital_basis(balances, include_sukarela=True) == {"a": 6_300_000, "b": 100_000}


def test_average_monthly_capital() -> None:
    assert average_monthly_capital([1_200_000] * 12) == 1_200_000
    # joined in July: zeros for January to June, 600.000 at each month end after → 300.000
    assert average_monthly_capital([0] * 6 + [600_000] * 6) == 300_000
    # left after March: 100, 100, 100 then zeros → 25
    assert average_monthly_capital([100] * 3 + [0] * 9) == 25
    assert average_monthly_capital([1] + [0] * 11) == Decimal("0.08" + "3" * 49)  # 50 digits
    with pytest.raises(ValueError, match="12"):
        average_monthly_capital([1] * 11)


def test_sharing_by_averages_equals_sharing_by_exact_averages() -> None:
    months = {"a": [0] * 5 + [100_000] * 7, "b": [100_000] * 12, "c": [33_333] * 4 + [0] * 8}
    by_average = share_by_largest_remainder(1_000_001, {k: average_monthly_capital(v) for k, v in months.items()})
    by_sum = share_by_largest_remainder(1_000_001, {k: sum(v) for k, v in months.items()})
    assert [s.rounded for s in by_average.values()] == [s.rounded for s in by_sum.values()]


# --- the allocation table -------------------------------------------------------------------------

def test_default_allocation_is_valid() -> None:
    check_allocation(DEFAULT_ALLOCATION)
    assert sum(p.percent for p in DEFAULT_ALLOCATION) == 100


def _with(index: int, **changes: object) -> list[AllocationPost]:
    posts = list(DEFAULT_ALLOCATION)
    posts[index] = replace(posts[index], **changes)  # type: ignore[arg-type]
    return posts


@pytest.mark.parametrize(
    ("posts", "words"),
    [
        (_with(0, percent=Decimal("39.9")), r"total exactly 100 \(they total 99.9\)"),
        (_with(0, percent=Decimal("41")), "they total 101"),
        ([*_with(0, percent=Decimal("40")), AllocationPost("Dana Lain", Decimal(0), "2125", FUND)], "more than 0"),
        ([*_with(0, percent=Decimal("45"))[:-2], AllocationPost("Dana Sosial", Decimal(-0), "2125", FUND)],
         "more than 0"),
        (_with(4, name=" dana pengurus & pengawas "), "appears more than once"),
        (_with(2, kind=JASA_MODAL), "exactly one jasa_modal post and one jasa_usaha"),
        (_with(1, kind=RESERVE), "exactly one jasa_modal"),
        (_with(3, kind="bonus"), "kind must be"),
        (_with(3, name="  "), "name and an account"),
        (_with(3, account=""), "name and an account"),
        (_with(0, percent=Decimal("NaN")), "more than 0"),
        (_with(0, percent=Decimal("-40")), r"more than 0 \(got -40\)"),
        ([*_with(0, percent=Decimal("101")), AllocationPost("Koreksi", Decimal("1"), "3161", RESERVE)],
         "at most 100, with at most 4 decimals"),
        # 1E-50 % would vanish in a 28-digit Decimal sum and the table would seem to total 100
        ([*DEFAULT_ALLOCATION, AllocationPost("Debu", Decimal("1E-50"), "2125", FUND)], "at most 4 decimals"),
        (_with(5, percent=Decimal("2.50001")), r"at most 4 decimals \(got 2.50001\)"),
        (_with(0, percent=Decimal("1E+999999")), "at most 100"),
        ([], "they total 0"),
    ],
)
def test_check_allocation_refuses(posts: list[AllocationPost], words: str) -> None:
    with pytest.raises(ValidationError, match=words) as caught:
        check_allocation(posts)
    assert caught.value.field == "allocation"
    with pytest.raises(ValidationError):
        split_pools(100, posts)


def test_format_and_parse_round_trip() -> None:
    text = format_allocation(DEFAULT_ALLOCATION)
    assert '"percent": "2.5"' in text and '"percent": "40"' in text
    assert parse_allocation(text) == DEFAULT_ALLOCATION


def test_parse_accepts_bare_numbers_and_comma_decimals() -> None:
    text = ('[{"name": "Cadangan", "percent": 50, "account": "3161", "kind": "reserve"},'
            ' {"name": "JM", "percent": 24.5, "account": "2121", "kind": "jasa_modal"},'
            ' {"name": "JU", "percent": "25,5", "account": "2121", "kind": "jasa_usaha"}]')
    posts = parse_allocation(text)
    assert [p.percent for p in posts] == [Decimal(50), Decimal("24.5"), Decimal("25.5")]


@pytest.mark.parametrize(
    "text",
    [
        "", "not json", "{}", "[]", "null", "[1, 2]",
        '[{"name": "Cadangan"}]',
        '[{"name": "Cadangan", "percent": "40", "account": 3161, "kind": "reserve"}]',
        '[{"name": "Cadangan", "percent": true, "account": "3161", "kind": "reserve"}]',
        '[{"name": "Cadangan", "percent": NaN, "account": "3161", "kind": "reserve"}]',
        '[{"name": "Cadangan", "percent": "40", "account": "3161", "kind": "reserve", "extra": 1}]',
    ],
)
def test_parse_refuses_malformed_text(text: str) -> None:
    with pytest.raises(ValidationError, match="is not an allocation table") as caught:
        parse_allocation(text)
    assert caught.value.field == "allocation"


def test_parse_refuses_a_percentage_that_is_not_a_number() -> None:
    text = format_allocation(DEFAULT_ALLOCATION).replace('"percent": "40"', '"percent": "empat puluh"')
    with pytest.raises(ValidationError, match="Cadangan: the percentage is not a number"):
        parse_allocation(text)


def test_parse_refuses_a_table_not_totalling_100() -> None:
    text = format_allocation(DEFAULT_ALLOCATION).replace('"percent": "40"', '"percent": "45"')
    with pytest.raises(ValidationError, match="they total 105"):
        parse_allocation(text)


# --- properties -----------------------------------------------------------------------------------

bases_strategy = st.dictionaries(st.integers(0, 500), st.integers(0, 10**12), min_size=1, max_size=40)
decimal_bases = st.dictionaries(
    st.integers(0, 500),
    st.decimals(min_value=0, max_value=10**9, places=4, allow_nan=False, allow_infinity=False),
    min_size=1, max_size=40)
pools = st.integers(0, 10**13)


def _assert_fair(pool: int, bases: dict[int, int] | dict[int, Decimal]) -> None:
    shares = share_by_largest_remainder(pool, bases)
    assert list(shares) == sorted(bases)
    if not any(bases.values()):
        assert all(s.rounded == 0 for s in shares.values())
        return
    assert sum(s.rounded for s in shares.values()) == pool
    total = sum(Fraction(b) for b in bases.values())
    for key, share in shares.items():
        exact = Fraction(pool) * Fraction(bases[key]) / total
        assert abs(share.rounded - exact) < 1
        assert abs(share.residue) < 1
        assert Fraction(share.residue) == share.rounded - Fraction(share.exact)
        if bases[key] == 0:
            assert share.rounded == 0
    for one in shares.values():  # monotone: a larger basis never gets less; equal bases within 1
        for other in shares.values():
            if one.basis < other.basis:
                assert one.rounded <= other.rounded
            elif one.basis == other.basis:
                assert abs(one.rounded - other.rounded) <= 1


@given(pools, bases_strategy)
def test_shares_add_up_exactly_within_a_rupiah_and_monotone(pool: int, bases: dict[int, int]) -> None:
    _assert_fair(pool, bases)


@given(pools, decimal_bases)
def test_decimal_bases_too(pool: int, bases: dict[int, Decimal]) -> None:
    _assert_fair(pool, bases)


@given(st.integers(0, 10**12), bases_strategy, bases_strategy)
def test_member_shu_shares_each_pool_exactly(shu: int, capital: dict[int, int], business: dict[int, int]) -> None:
    pools_ = split_pools(shu, DEFAULT_ALLOCATION)
    jm, ju = pool_of(pools_, JASA_MODAL), pool_of(pools_, JASA_USAHA)
    result = member_shu(jm, ju, capital, business)
    assert set(result) == set(capital) | set(business)
    if any(capital.values()):
        assert sum(m.jasa_modal.rounded for m in result.values()) == jm
    if any(business.values()):
        assert sum(m.jasa_usaha.rounded for m in result.values()) == ju
    assert all(m.total == m.jasa_modal.rounded + m.jasa_usaha.rounded for m in result.values())


@st.composite
def tables(draw: st.DrawFn, total_hundredths: int = 10_000) -> list[AllocationPost]:
    """A table of 2-9 posts with positive percentages in hundredths adding up to ``total_hundredths``."""
    count = draw(st.integers(2, 9))
    cuts = sorted(draw(st.lists(st.integers(1, total_hundredths - 1), min_size=count - 1, max_size=count - 1,
                                unique=True)))
    parts = [b - a for a, b in zip([0, *cuts], [*cuts, total_hundredths], strict=True)]
    kinds = [JASA_MODAL, JASA_USAHA, *draw(st.lists(st.sampled_from([RESERVE, FUND]), min_size=count - 2,
                                                    max_size=count - 2))]
    order = draw(st.permutations(range(count)))
    return [AllocationPost(f"Pos {i}", Decimal(parts[i]) / 100, "2121", kinds[order[i]]) for i in range(count)]


@given(tables(), st.integers(-10**9, 10**14))
def test_tables_totalling_100_are_accepted_and_pools_add_up_to_the_shu(posts: list[AllocationPost],
                                                                       shu: int) -> None:
    check_allocation(posts)
    assert parse_allocation(format_allocation(posts)) == tuple(posts)
    split = split_pools(shu, posts)
    assert sum(p.amount for p in split) == max(shu, 0)
    for pool in split:
        assert abs(Fraction(pool.amount) - Fraction(max(shu, 0)) * Fraction(pool.post.percent) / 100) < 1


@given(st.integers(9, 20_000).filter(lambda total: total != 10_000).flatmap(tables)
       .filter(lambda posts: all(post.percent <= 100 for post in posts)))
def test_tables_not_totalling_100_are_refused(posts: list[AllocationPost]) -> None:
    with pytest.raises(ValidationError, match="total exactly 100"):
        check_allocation(posts)
