"""Rupiah amounts: strict parsing of what a clerk types, and the Indonesian way of showing them."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.money import format_rupiah, parse_percent, parse_rupiah, round_rupiah

MAX = 10**15  # the largest amount parse_rupiah accepts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("150000", 150_000),
        ("150.000", 150_000),
        ("Rp 150.000", 150_000),
        ("Rp150.000", 150_000),
        ("  Rp 1.250.000  ", 1_250_000),
        ("rp 5.000", 5_000),
        ("150000.00", 150_000),
        ("1", 1),
        ("1.000.000.000", 1_000_000_000),
        ("Rp\u00a01.500", 1_500),  # a non-breaking space, as copied from a spreadsheet
    ],
)
def test_parse_rupiah_accepts(text: str, expected: int) -> None:
    assert parse_rupiah(text) == expected


@pytest.mark.parametrize(
    "text",
    ["-5", "-0", "Rp -150.000", "abc", "", "   ", "1,5", "1.5", "0,5", "12abc", "NaN", "Infinity", "1/2"],
)
def test_parse_rupiah_refuses(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_rupiah(text)
    assert err.value.field == "amount"


@pytest.mark.parametrize("text", ["0", "0.000", "Rp 0"])
def test_zero_refused_unless_allowed(text: str) -> None:
    with pytest.raises(ValidationError, match="more than zero"):
        parse_rupiah(text)
    assert parse_rupiah(text, allow_zero=True) == 0


def test_refusal_names_the_field_given() -> None:
    with pytest.raises(ValidationError) as err:
        parse_rupiah("-5", "line 2 debit")
    assert err.value.field == "line 2 debit"
    assert str(err.value).startswith("line 2 debit: ")


def test_implausibly_large_amount_refused() -> None:
    assert parse_rupiah(str(MAX)) == MAX
    with pytest.raises(ValidationError, match="implausibly large"):
        parse_rupiah(str(MAX + 1))


def test_huge_exponent_refused_quickly() -> None:
    # Found by this suite: "1e999999" used to build a million-digit int before the size check
    # and hung the caller.  It must be refused like any other implausible amount.
    with pytest.raises(ValidationError):
        parse_rupiah("1e999999")
    with pytest.raises(ValidationError):
        parse_rupiah("9e99999999999")


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (1_250_000, "Rp 1.250.000"),
        (0, "Rp 0"),
        (5, "Rp 5"),
        (999, "Rp 999"),
        (1_000, "Rp 1.000"),
        (150_000, "Rp 150.000"),
        (1_000_000_000_000, "Rp 1.000.000.000.000"),
        (-1_250_000, "-Rp 1.250.000"),
    ],
)
def test_format_rupiah(amount: int, expected: str) -> None:
    assert format_rupiah(amount) == expected


def test_format_rupiah_without_prefix() -> None:
    assert format_rupiah(1_250_000, prefix=False) == "1.250.000"
    assert format_rupiah(-7_500, prefix=False) == "-7.500"


@given(st.integers(min_value=1, max_value=MAX))
def test_parse_reads_back_what_format_writes(n: int) -> None:
    assert parse_rupiah(format_rupiah(n)) == n
    assert parse_rupiah(format_rupiah(n, prefix=False)) == n
    assert parse_rupiah(str(n)) == n


@given(st.text(max_size=30))
def test_parse_either_returns_a_plausible_amount_or_refuses(text: str) -> None:
    try:
        value = parse_rupiah(text)
    except ValidationError as exc:
        assert exc.field == "amount"
    else:
        assert type(value) is int
        assert 1 <= value <= MAX


@given(st.integers(min_value=-MAX, max_value=MAX))
def test_format_groups_by_three_with_dots(n: int) -> None:
    text = format_rupiah(n)
    digits = text.removeprefix("-").removeprefix("Rp ")
    groups = digits.split(".")
    assert all(len(g) == 3 for g in groups[1:])
    assert 1 <= len(groups[0]) <= 3
    assert int(digits.replace(".", "")) == abs(n)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("0.5", 1), ("1.5", 2), ("2.5", 3), ("2.4999", 2), ("5225.805", 5226), ("-0.4", 0), ("24000.1", 24000)],
)
def test_round_rupiah_half_up(value: str, expected: int) -> None:
    assert round_rupiah(Decimal(value)) == expected


@pytest.mark.parametrize(("text", "expected"), [("1,5", Decimal("1.5")), ("1.5", Decimal("1.5")),
                                                ("3%", Decimal("3")), ("0", Decimal("0")), ("100", Decimal("100"))])
def test_parse_percent(text: str, expected: Decimal) -> None:
    assert parse_percent(text) == expected


@pytest.mark.parametrize("text", ["-1", "101", "abc", "", "NaN"])
def test_parse_percent_refuses(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_percent(text)
    assert err.value.field == "rate"


def test_thousands_of_digits_refused_cleanly() -> None:
    # Found by this suite: int() of a 5.000-digit string raised ValueError (Python's digit limit).
    with pytest.raises(ValidationError):
        parse_rupiah("9" * 5000)
