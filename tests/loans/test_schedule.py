"""Golden schedules (DOMAIN.md §4), worked out by hand row by row, plus rounding units,
0% loans, yearly rates, month-end clamping and what the schedule function refuses.

Worked example: P = Rp 12.000.000, n = 12, r = 1,5% per month, disbursed 10 January 2025
(so the installments fall on the 10th, February 2025 to January 2026).
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.loan_schedule import LoanTerms, Method, RatePer, annuity_payment, schedule

START = date(2025, 1, 10)
DUE = [date(2025, m, 10) for m in range(2, 13)] + [date(2026, 1, 10)]


def rows(terms: LoanTerms) -> list[tuple[int, int, int, int]]:
    """(principal, interest, total, outstanding) of each installment."""
    return [(i.principal, i.interest, i.total, i.outstanding) for i in schedule(terms).installments]


def example(method: str, rounding: int = 1, principal: int = 12_000_000, start: date = START) -> LoanTerms:
    return LoanTerms(principal, 12, Decimal("1.5"), Method(method), RatePer.MONTH, rounding, start)


def test_flat_golden() -> None:
    # flat: principal 12.000.000 / 12 = 1.000.000; interest on the original principal every month
    # 12.000.000 x 1,5% = 180.000; installment 1.180.000 every month; outstanding falls by 1.000.000.
    assert rows(example("flat")) == [
        (1_000_000, 180_000, 1_180_000, 11_000_000),
        (1_000_000, 180_000, 1_180_000, 10_000_000),
        (1_000_000, 180_000, 1_180_000, 9_000_000),
        (1_000_000, 180_000, 1_180_000, 8_000_000),
        (1_000_000, 180_000, 1_180_000, 7_000_000),
        (1_000_000, 180_000, 1_180_000, 6_000_000),
        (1_000_000, 180_000, 1_180_000, 5_000_000),
        (1_000_000, 180_000, 1_180_000, 4_000_000),
        (1_000_000, 180_000, 1_180_000, 3_000_000),
        (1_000_000, 180_000, 1_180_000, 2_000_000),
        (1_000_000, 180_000, 1_180_000, 1_000_000),
        (1_000_000, 180_000, 1_180_000, 0),
    ]
    plan = schedule(example("flat"))
    assert [i.no for i in plan.installments] == list(range(1, 13))
    assert [i.due_date for i in plan.installments] == DUE
    # 12 x 180.000 = 2.160.000 interest; 14.160.000 repaid in all
    assert (plan.total_principal, plan.total_interest, plan.total) == (12_000_000, 2_160_000, 14_160_000)


def test_menurun_golden() -> None:
    # menurun: principal 1.000.000 a month; interest 1,5% of what is outstanding before the
    # installment: 12.000.000 -> 180.000, 11.000.000 -> 165.000, ... 1.000.000 -> 15.000.
    assert rows(example("menurun")) == [
        (1_000_000, 180_000, 1_180_000, 11_000_000),
        (1_000_000, 165_000, 1_165_000, 10_000_000),
        (1_000_000, 150_000, 1_150_000, 9_000_000),
        (1_000_000, 135_000, 1_135_000, 8_000_000),
        (1_000_000, 120_000, 1_120_000, 7_000_000),
        (1_000_000, 105_000, 1_105_000, 6_000_000),
        (1_000_000, 90_000, 1_090_000, 5_000_000),
        (1_000_000, 75_000, 1_075_000, 4_000_000),
        (1_000_000, 60_000, 1_060_000, 3_000_000),
        (1_000_000, 45_000, 1_045_000, 2_000_000),
        (1_000_000, 30_000, 1_030_000, 1_000_000),
        (1_000_000, 15_000, 1_015_000, 0),
    ]
    # interest 15.000 x (12 + 11 + ... + 1) = 15.000 x 78 = 1.170.000
    assert schedule(example("menurun")).total_interest == 1_170_000


# anuitas by hand: A = P r / (1 - (1 + r)^-n);  1,015^12 = 1,195618171461535...;
# 1 - 1/1,195618171 = 0,1636121...;  A = 180.000 / 0,1636121 = 1.100.159,91 -> Rp 1.100.160.
# Each month interest = outstanding x 1,5% (half up), principal = 1.100.160 - interest:
#  1: 12.000.000 x 1,5% = 180.000        principal   920.160  outstanding 11.079.840
#  2: 11.079.840 x 1,5% = 166.197,6      -> 166.198   933.962              10.145.878
#  3: 10.145.878 x 1,5% = 152.188,17     -> 152.188   947.972               9.197.906
#  4:  9.197.906 x 1,5% = 137.968,59     -> 137.969   962.191               8.235.715
#  5:  8.235.715 x 1,5% = 123.535,725    -> 123.536   976.624               7.259.091
#  6:  7.259.091 x 1,5% = 108.886,365    -> 108.886   991.274               6.267.817
#  7:  6.267.817 x 1,5% =  94.017,255    ->  94.017 1.006.143               5.261.674
#  8:  5.261.674 x 1,5% =  78.925,11     ->  78.925 1.021.235               4.240.439
#  9:  4.240.439 x 1,5% =  63.606,585    ->  63.607 1.036.553               3.203.886
# 10:  3.203.886 x 1,5% =  48.058,29     ->  48.058 1.052.102               2.151.784
# 11:  2.151.784 x 1,5% =  32.276,76     ->  32.277 1.067.883               1.083.901
# 12: the last closes the loan: principal 1.083.901, interest 1.083.901 x 1,5% = 16.258,515 -> 16.259,
#     total 1.100.160 (the rounding errors happened to cancel out).
ANUITAS = [
    (920_160, 180_000, 1_100_160, 11_079_840),
    (933_962, 166_198, 1_100_160, 10_145_878),
    (947_972, 152_188, 1_100_160, 9_197_906),
    (962_191, 137_969, 1_100_160, 8_235_715),
    (976_624, 123_536, 1_100_160, 7_259_091),
    (991_274, 108_886, 1_100_160, 6_267_817),
    (1_006_143, 94_017, 1_100_160, 5_261_674),
    (1_021_235, 78_925, 1_100_160, 4_240_439),
    (1_036_553, 63_607, 1_100_160, 3_203_886),
    (1_052_102, 48_058, 1_100_160, 2_151_784),
    (1_067_883, 32_277, 1_100_160, 1_083_901),
    (1_083_901, 16_259, 1_100_160, 0),
]


def test_anuitas_golden() -> None:
    assert annuity_payment(12_000_000, Decimal("0.015"), 12) == 1_100_160
    assert rows(example("anuitas")) == ANUITAS
    assert schedule(example("anuitas")).total_interest == 1_201_920  # 12 x 1.100.160 - 12.000.000


def test_anuitas_golden_recomputed_independently() -> None:
    """The hand table above, recomputed from the formula with plain Decimal arithmetic."""
    half_up = lambda d: int(d.quantize(Decimal(1), rounding=ROUND_HALF_UP))  # noqa: E731
    r = Decimal("0.015")
    a = half_up(Decimal(12_000_000) * r / (1 - 1 / (1 + r) ** 12))
    outstanding, expected = 12_000_000, []
    for no in range(1, 13):
        interest = half_up(outstanding * r)
        principal = outstanding if no == 12 else a - interest
        outstanding -= principal
        expected.append((principal, interest, principal + interest, outstanding))
    assert expected == ANUITAS


def test_per_year_rate_is_a_twelfth_per_month() -> None:
    # 18% per year = 1,5% per month: the same schedules as the worked example.
    for method in Method:
        yearly = LoanTerms(12_000_000, 12, Decimal("18"), method, RatePer.YEAR, 1, START)
        assert rows(yearly) == rows(example(method.value))
    # a plain string works as well as the enum
    assert rows(LoanTerms(12_000_000, 12, Decimal("18"), Method.FLAT, "year", 1, START))[0] == \
        (1_000_000, 180_000, 1_180_000, 11_000_000)  # type: ignore[arg-type]
    assert rows(LoanTerms(12_000_000, 12, Decimal("1.5"), Method.FLAT, "month", 1, START))[0] == \
        (1_000_000, 180_000, 1_180_000, 11_000_000)  # type: ignore[arg-type]
    # 12% per year on 1.000.000 over 2 months, flat: 1% a month = 10.000 interest a month
    assert rows(LoanTerms(1_000_000, 2, Decimal("12"), Method.FLAT, RatePer.YEAR, 1, START)) == [
        (500_000, 10_000, 510_000, 500_000), (500_000, 10_000, 510_000, 0)]


# --- rounding units -----------------------------------------------------------------------

def test_flat_rounding_unit_1000() -> None:
    # P 10.000.000, 12 months, 1,5%: principal 833.333,33 -> 833.333; interest 150.000;
    # 983.333 rounded UP to 1.000 -> 984.000 (principal 834.000) for 11 months = 9.174.000;
    # the last takes the rest: principal 10.000.000 - 9.174.000 = 826.000, total 976.000.
    got = rows(example("flat", 1000, 10_000_000))
    assert [t for _, _, t, _ in got] == [984_000] * 11 + [976_000]
    assert [p for p, _, _, _ in got] == [834_000] * 11 + [826_000]
    assert [i for _, i, _, _ in got] == [150_000] * 12
    assert got[-2][3] == 826_000 and got[-1][3] == 0


def test_flat_rounding_units_100_and_500() -> None:
    # unit 100: 983.333 -> 983.400 (principal 833.400); last principal 10.000.000 - 11 x 833.400
    # = 832.600, total 982.600.   unit 500: 983.500 (principal 833.500); last 831.500 -> 981.500.
    assert [t for _, _, t, _ in rows(example("flat", 100, 10_000_000))] == [983_400] * 11 + [982_600]
    assert [t for _, _, t, _ in rows(example("flat", 500, 10_000_000))] == [983_500] * 11 + [981_500]
    # unit 1: no rounding up: 983.333 x 11; last principal 10.000.000 - 11 x 833.333 = 833.337 -> 983.337
    assert [t for _, _, t, _ in rows(example("flat", 1, 10_000_000))] == [983_333] * 11 + [983_337]


def test_menurun_rounding_unit_1000() -> None:
    # P 10.000.000: base principal 833.333.
    # 1: interest 150.000; 983.333 -> 984.000; principal 834.000; outstanding 9.166.000
    # 2: 9.166.000 x 1,5% = 137.490; 970.823 -> 971.000; principal 833.510; outstanding 8.332.490
    # 3: 8.332.490 x 1,5% = 124.987,35 -> 124.987; 958.320 -> 959.000; principal 834.013; 7.498.477
    got = rows(example("menurun", 1000, 10_000_000))
    assert got[:3] == [(834_000, 150_000, 984_000, 9_166_000), (833_510, 137_490, 971_000, 8_332_490),
                       (834_013, 124_987, 959_000, 7_498_477)]
    assert all(t % 1000 == 0 for _, _, t, _ in got[:-1])
    # 12: the rest, 828.119; interest 828.119 x 1,5% = 12.421,785 -> 12.422; total 840.541
    assert got[-1] == (828_119, 12_422, 840_541, 0)
    assert sum(p for p, _, _, _ in got) == 10_000_000


def test_anuitas_rounding_unit_100() -> None:
    # 1.100.160 rounded up to 1.100.200; the extra 40 a month goes to principal:
    # 1: interest 180.000, principal 920.200, outstanding 11.079.800
    # 2: 11.079.800 x 1,5% = 166.197 -> principal 934.003, outstanding 10.145.797
    got = rows(example("anuitas", 100))
    assert got[:2] == [(920_200, 180_000, 1_100_200, 11_079_800), (934_003, 166_197, 1_100_200, 10_145_797)]
    assert [t for _, _, t, _ in got[:-1]] == [1_100_200] * 11
    # 12: the outstanding after 11 months, 1.083.427; interest 16.251,405 -> 16.251; total 1.099.678
    assert got[-1] == (1_083_427, 16_251, 1_099_678, 0)


# --- 0% loans -----------------------------------------------------------------------------

@pytest.mark.parametrize("method", list(Method))
def test_zero_percent_loan(method: Method) -> None:
    # 1.200.000 over 12 months at 0%: 100.000 a month, no interest, whatever the method.
    terms = LoanTerms(1_200_000, 12, Decimal(0), method, RatePer.MONTH, 1, START)
    assert rows(terms) == [(100_000, 0, 100_000, 1_200_000 - 100_000 * k) for k in range(1, 13)]
    # 1.000.000 over 3 months: 333.333,33 -> 333.333 twice; the last closes it with 333.334.
    terms = LoanTerms(1_000_000, 3, Decimal(0), method, RatePer.MONTH, 1, START)
    assert rows(terms) == [(333_333, 0, 333_333, 666_667), (333_333, 0, 333_333, 333_334), (333_334, 0, 333_334, 0)]


def test_one_month_loan() -> None:
    # A single installment: the whole principal plus one month's interest, not rounded.
    assert rows(LoanTerms(1_000_050, 1, Decimal("1.5"), Method.ANUITAS, RatePer.MONTH, 1000, START)) == [
        (1_000_050, 15_001, 1_015_051, 0)]  # 1.000.050 x 1,5% = 15.000,75 -> 15.001


# --- due dates ----------------------------------------------------------------------------

def due_dates(start: date, n: int) -> list[date]:
    return [i.due_date for i in schedule(LoanTerms(1_200_000, n, Decimal("1.5"), Method.FLAT, RatePer.MONTH, 1,
                                                   start)).installments]


def test_due_dates_clamp_to_month_end() -> None:
    # 31 January -> 28 February -> 31 March -> 30 April (each from the start date, not from the
    # previous clamped date, so March is back on the 31st).
    assert due_dates(date(2025, 1, 31), 4) == [date(2025, 2, 28), date(2025, 3, 31), date(2025, 4, 30),
                                               date(2025, 5, 31)]
    # 2028 is a leap year: 29 February
    assert due_dates(date(2028, 1, 31), 3) == [date(2028, 2, 29), date(2028, 3, 31), date(2028, 4, 30)]
    assert due_dates(date(2027, 12, 31), 3) == [date(2028, 1, 31), date(2028, 2, 29), date(2028, 3, 31)]
    assert due_dates(date(2028, 2, 29), 2) == [date(2028, 3, 29), date(2028, 4, 29)]
    # 31 August over a year end: 30 Sep, 31 Oct, 30 Nov, 31 Dec, 31 Jan, 28 Feb 2026
    assert due_dates(date(2025, 8, 31), 6) == [date(2025, 9, 30), date(2025, 10, 31), date(2025, 11, 30),
                                               date(2025, 12, 31), date(2026, 1, 31), date(2026, 2, 28)]
    # 30 January: 28 February, then 30 March
    assert due_dates(date(2025, 1, 30), 2) == [date(2025, 2, 28), date(2025, 3, 30)]


def test_schedule_as_json_keys() -> None:
    data = schedule(example("flat")).as_json()
    assert set(data) == {"installments", "total_principal", "total_interest"}
    assert data["installments"][0] == {"no": 1, "due_date": "2025-02-10", "principal": 1_000_000,  # type: ignore[index]
                                       "interest": 180_000, "total": 1_180_000, "outstanding": 11_000_000}
    assert (data["total_principal"], data["total_interest"]) == (12_000_000, 2_160_000)


# --- refusals -----------------------------------------------------------------------------

def test_small_loan_long_term_big_unit_is_refused() -> None:
    """The rounding goes to principal, so a small loan over many months with a big unit would be
    repaid before its last month: refused, saying so (the unit is not larger than an installment).
    1.000.000 / 36 = 27.778 + interest 21.300 = 49.078 -> 50.000: principal 28.700 x 35 = 1.004.500."""
    with pytest.raises(ValidationError) as exc:
        schedule(LoanTerms(1_000_000, 36, Decimal("2.13"), Method.FLAT, RatePer.MONTH, 1000, START))
    assert (exc.value.field, exc.value.message) == (
        "rounding", "installments rounded up to Rp 1.000 would repay the loan before month 36; "
        "choose a smaller unit or a shorter term")
    # with the default unit of 100: 49.100, principal 27.800 x 35 = 973.000, the last 27.000 + 21.300
    assert rows(LoanTerms(1_000_000, 36, Decimal("2.13"), Method.FLAT, RatePer.MONTH, 100, START))[-1] == \
        (27_000, 21_300, 48_300, 0)
    with pytest.raises(ValidationError) as exc:
        schedule(LoanTerms(11_000, 12, Decimal(0), Method.FLAT, RatePer.MONTH, 1000, START))
    assert exc.value.message == "a rounding unit of Rp 1.000 is larger than an installment (Rp 917)"


R = Decimal("1.5")


@pytest.mark.parametrize(("terms", "field"), [
    pytest.param(LoanTerms(0, 12, R, Method.FLAT), "principal", id="zero-principal"),
    pytest.param(LoanTerms(-1_000_000, 12, R, Method.FLAT), "principal", id="negative-principal"),
    pytest.param(LoanTerms(True, 12, R, Method.FLAT), "principal", id="bool-principal"),  # type: ignore[arg-type]
    pytest.param(LoanTerms(1_000_000, 0, R, Method.FLAT), "term", id="zero-term"),
    pytest.param(LoanTerms(1_000_000, -12, R, Method.FLAT), "term", id="negative-term"),
    pytest.param(LoanTerms(1_000_000, 361, R, Method.FLAT), "term", id="term-over-30-years"),
    pytest.param(LoanTerms(1_000_000, 12, Decimal("-0.5"), Method.FLAT), "rate", id="negative-rate"),
    pytest.param(LoanTerms(1_000_000, 12, Decimal("101"), Method.FLAT), "rate", id="rate-over-100"),
    pytest.param(LoanTerms(1_000_000, 12, Decimal("NaN"), Method.FLAT), "rate", id="nan-rate"),
    pytest.param(LoanTerms(1_000_000, 12, R, "balon"), "method", id="unknown-method"),  # type: ignore[arg-type]
    pytest.param(LoanTerms(1_000_000, 12, R, Method.FLAT, "week"), "per", id="unknown-per"),  # type: ignore[arg-type]
    pytest.param(LoanTerms(1_000_000, 12, R, Method.FLAT, RatePer.MONTH, 250), "rounding", id="unit-250"),
    pytest.param(LoanTerms(1_000_000, 12, R, Method.FLAT, RatePer.MONTH, 0), "rounding", id="unit-0"),
    pytest.param(LoanTerms(1_000_000, 12, R, Method.FLAT, RatePer.MONTH, -100), "rounding", id="unit-negative"),
    # 11.000 over 12 months at 0%: installments of 917, unit 1.000: eleven rounded-up installments of
    # 1.000 would repay it all and leave the last one empty.
    pytest.param(LoanTerms(11_000, 12, Decimal(0), Method.FLAT, RatePer.MONTH, 1000), "rounding",
                 id="unit-larger-than-installment"),
    # 6.000 over 12 at 0%: 500 rounded up to 1.000 repays it in 6 months
    pytest.param(LoanTerms(6_000, 12, Decimal(0), Method.MENURUN, RatePer.MONTH, 1000), "rounding",
                 id="unit-repays-in-half-the-term"),
    pytest.param(LoanTerms(300_000, 12, R, Method.ANUITAS, RatePer.MONTH, 1000), None, id="unit-fits"),
    # one installment of 600 + 9 interest, smaller than the unit of 1.000
    pytest.param(LoanTerms(600, 1, R, Method.FLAT, RatePer.MONTH, 1000), "rounding", id="single-below-unit"),
    # Rp 7 over 10 months cannot be spread whole-Rupiah (0,7 a month): the term is too long for it
    pytest.param(LoanTerms(7, 10, Decimal(0), Method.FLAT, RatePer.MONTH, 1), "term", id="principal-too-small"),
])
def test_refusals_name_the_field(terms: LoanTerms, field: str | None) -> None:
    if field is None:
        assert schedule(terms).total_principal == terms.principal
        return
    with pytest.raises(ValidationError) as exc:
        schedule(terms)
    assert exc.value.field == field, exc.value
    assert exc.value.message
