"""Members: NIK validation, names and member numbers."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.members import Gender, format_member_number, nik_gender, validate_name, validate_nik

# Region 337501 (Kota Semarang), born 12 March 1975, serial 0001.
MAN = "3375011203750001"
# The same date for a woman: 40 is added to the day, 12 → 52.
WOMAN = "3375015203750001"


def test_valid_niks() -> None:
    assert validate_nik(MAN) == MAN
    assert validate_nik(WOMAN) == WOMAN
    assert validate_nik(" 3375 0112 0375 0001 ") == MAN  # spaces as printed on the KTP card
    assert validate_nik("3375013112990001") == "3375013112990001"  # 31 December
    assert validate_nik("3375017112990001") == "3375017112990001"  # a woman born 31 December (31+40)
    assert validate_nik("3375014101000001") == "3375014101000001"  # a woman born 1 January (1+40)


def test_gender_from_nik() -> None:
    assert nik_gender(MAN) is Gender.MALE
    assert nik_gender(WOMAN) is Gender.FEMALE


@pytest.mark.parametrize(
    ("nik", "why"),
    [
        ("337501120375001", "16 digits"),  # 15 digits
        ("33750112037500011", "16 digits"),  # 17 digits
        ("", "16 digits"),
        ("33750112037500A1", "16 digits"),  # a letter
        ("3375-11203750001", "16 digits"),
        ("0075011203750001", "province"),
        ("3375010003750001", "birth date"),  # day 00
        ("3375013203750001", "birth date"),  # day 32
        ("3375014003750001", "birth date"),  # day 40: neither a man's nor a woman's day
        ("3375017203750001", "birth date"),  # day 72 = a woman's 32nd
        ("3375011200750001", "birth date"),  # month 00
        ("3375011213750001", "birth date"),  # month 13
    ],
)
def test_invalid_niks(nik: str, why: str) -> None:
    with pytest.raises(ValidationError, match=why) as err:
        validate_nik(nik)
    assert err.value.field == "nik"


def test_length_message_counts_the_digits() -> None:
    with pytest.raises(ValidationError, match=r"got 15"):
        validate_nik("337501120375001")


def test_names() -> None:
    assert validate_name("  Siti   Aminah ") == "Siti Aminah"
    with pytest.raises(ValidationError, match="required"):
        validate_name(" ")
    with pytest.raises(ValidationError, match="required"):
        validate_name("A")
    assert validate_name("x" * 120) == "x" * 120
    with pytest.raises(ValidationError, match="too long"):
        validate_name("x" * 121)


def test_member_number_patterns() -> None:
    joined = date(2025, 3, 4)
    assert format_member_number("{seq:05d}", 7, joined) == "00007"
    assert format_member_number("A-{year}-{seq:04d}", 12, joined) == "A-2025-0012"
    assert format_member_number("{year}{month:02d}{seq:03d}", 1, joined) == "202503001"
    for bad in ("{nope}", "{seq:Q}", "{0}"):
        with pytest.raises(ValidationError) as err:
            format_member_number(bad, 1, joined)
        assert err.value.field == "member_number_format"
