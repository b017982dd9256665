"""The parsers of messy spreadsheet cells, one form at a time."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from coopdesk.domain.members import Gender
from coopdesk.domain.spreadsheet_cells import (
    CellError,
    cell_text,
    clean_code,
    find_date_in_text,
    parse_amount,
    parse_date_cell,
    parse_gender,
    parse_nik,
    split_place_date,
    tidy_name,
    tidy_phone,
    title_case,
)


@pytest.mark.parametrize(("value", "expected"), [
    ("Rp. 1.100.000,00", 1_100_000),
    ("1.720.000,-", 1_720_000),
    ("0,-", 0),
    ("Rp 0", 0),
    ("Rp 100.000", 100_000),
    ("Rp.100.000", 100_000),
    ("Rp1.640.000", 1_640_000),
    ("rp 6.000", 6_000),
    ("IDR 25.000", 25_000),
    ("100.000,-", 100_000),
    ("760.000", 760_000),
    ("'1.739.000", 1_739_000),
    ("  346000  ", 346_000),
    ("1 100 000", 1_100_000),
    ("1.100.000,0", 1_100_000),
    ("1,100,000", 1_100_000),
    ("100,000", 100_000),
    ("100000.00", 100_000),
    ("1,100,000.00", 1_100_000),
    ("-", 0),
    ("", 0),
    (None, 0),
    (100000, 100_000),
    (0, 0),
    (2240000.0, 2_240_000),
    (Decimal("4435000"), 4_435_000),
    ("1.000.000.000.000", 10**12),
])
def test_amounts_in_every_form(value: object, expected: int) -> None:
    result = parse_amount(value)
    assert result == expected
    assert type(result) is int


@pytest.mark.parametrize(("value", "fragment"), [
    ("1.100.000,50", "fraction"),
    ("1,5", "fraction"),
    (1100000.5, "fraction"),
    (Decimal("10.25"), "fraction"),
    ("-100.000", "negative"),
    ("(100.000)", "negative"),
    ("Rp -5.000", "negative"),
    (-5, "negative"),
    ("Rp 5OO.OOO", "not an amount"),
    ("seratus ribu", "not an amount"),
    ("1.5", "fraction"),
    ("1.00.000", "not an amount"),
    ("12a", "not an amount"),
    ("1e6", "not an amount"),
    (float("nan"), "not an amount"),
    (True, "not an amount"),
    (datetime(2020, 1, 1), "not an amount"),
    ("1.100.000,000", "not an amount"),
    (10**16, "implausibly large"),
])
def test_bad_amounts_are_refused(value: object, fragment: str) -> None:
    with pytest.raises(CellError) as err:
        parse_amount(value)
    assert fragment in err.value.message


@pytest.mark.parametrize(("value", "expected"), [
    ("27-01-2020", date(2020, 1, 27)),
    ("23.12.2015", date(2015, 12, 23)),
    ("26/9/2007", date(2007, 9, 26)),
    ("5/10/2012", date(2012, 10, 5)),
    ("25 Januari 2012", date(2012, 1, 25)),
    ("28 Mei 2020", date(2020, 5, 28)),
    ("17 Agustus 2021", date(2021, 8, 17)),
    ("14 Oktober 2006", date(2006, 10, 14)),
    ("18 Desember 2017", date(2017, 12, 18)),
    ("1 Nopember 2010", date(2010, 11, 1)),
    ("5 Agt 2013", date(2013, 8, 5)),
    ("3 Peb. 1999", date(1999, 2, 3)),
    ("9-Mar-2001", date(2001, 3, 9)),
    ("12 march 2003", date(2003, 3, 12)),
    ("2020-01-27", date(2020, 1, 27)),
    ("'27-01-2020", date(2020, 1, 27)),
    (datetime(2022, 4, 3, 0, 0), date(2022, 4, 3)),
    (datetime(2022, 4, 3, 13, 45), date(2022, 4, 3)),
    (date(2017, 6, 24), date(2017, 6, 24)),
    (43831, date(2020, 1, 1)),  # Excel serial day number
    (43831.0, date(2020, 1, 1)),
    (None, None),
    ("  ", None),
])
def test_dates_in_every_form(value: object, expected: date | None) -> None:
    assert parse_date_cell(value) == expected


@pytest.mark.parametrize(("value", "fragment"), [
    ("31-02-2020", "not a real date"),
    ("27-13-2020", "not a real date"),
    ("27-01-20", "four-digit year"),
    ("27 Janury 2020", "unknown month"),
    ("27-01/2020", "not a date"),
    ("kemarin", "not a date"),
    (27012020, "a number, not a date"),
    (12, "a number, not a date"),
    (True, "not a date"),
])
def test_bad_dates_are_refused(value: object, fragment: str) -> None:
    with pytest.raises(CellError) as err:
        parse_date_cell(value)
    assert fragment in err.value.message


@pytest.mark.parametrize(("value", "expected"), [
    ("L", Gender.MALE), ("l", Gender.MALE), ("LK", Gender.MALE), ("Laki-laki", Gender.MALE),
    ("LAKI LAKI", Gender.MALE), ("Laki", Gender.MALE), ("Pria", Gender.MALE), ("L.", Gender.MALE),
    ("P", Gender.FEMALE), ("p", Gender.FEMALE), ("PR", Gender.FEMALE), ("Perempuan", Gender.FEMALE),
    ("Wanita", Gender.FEMALE), ("W", Gender.FEMALE), (" perempuan ", Gender.FEMALE),
    (None, None), ("", None),
])
def test_gender_words(value: object, expected: Gender | None) -> None:
    assert parse_gender(value) == expected


@pytest.mark.parametrize("value", ["X", "laki2", "1", "LP", "Pak"])
def test_gender_unknown_words_are_refused(value: str) -> None:
    with pytest.raises(CellError, match="not a gender"):
        parse_gender(value)


@pytest.mark.parametrize(("value", "expected", "from_number"), [
    ("6107140404749953", "6107140404749953", False),
    ("'3375084709960293", "3375084709960293", False),
    (6172146402688319, "6172146402688319", True),
    (6172146402688319.0, "6172146402688319", True),
    ("3375 0112 0375 0001", "3375011203750001", False),
    ("3375.0112.0375.0001", "3375011203750001", False),
    (" 3375011203750001 ", "3375011203750001", False),
])
def test_nik_cleanup(value: object, expected: str, from_number: bool) -> None:
    nik = parse_nik(value)
    assert (nik.value, nik.from_number) == (expected, from_number)


@pytest.mark.parametrize(("value", "fragment"), [
    ("332518570360898", "exactly 16 digits (got 15)"),
    ("33251857036089841", "exactly 16 digits (got 17)"),
    ("3325185703608A84", "exactly 16 digits"),
    ("0025185703608984", "province code"),
    ("3325189913608984", "birth date DDMMYY"),
    ("3.37508E+15", "scientific notation"),
    (None, "is required"),
    ("", "is required"),
    (1.5, "not a NIK"),
])
def test_bad_niks_are_refused(value: object, fragment: str) -> None:
    with pytest.raises(CellError) as err:
        parse_nik(value)
    assert fragment in err.value.message


@pytest.mark.parametrize(("value", "expected"), [
    ("  Drs. Kartini Purnomo ", "Drs. Kartini Purnomo"),
    ("WULAN HIDAYAT", "Wulan Hidayat"),
    ("HJ. WAHYU HIDAYAT", "Hj. Wahyu Hidayat"),
    ("MA'RUF SIMANJUNTAK", "Ma'ruf Simanjuntak"),
    ("AHMAD BIN ABDULLAH", "Ahmad bin Abdullah"),
    ("SITI NURHALIZA, S.PD", "Siti Nurhaliza, S.Pd"),
    ("DEWI SARTIKA-PUTRI", "Dewi Sartika-Putri"),
    ("budi  santoso", "Budi Santoso"),
    ("Hj. Rudi Nasution", "Hj. Rudi Nasution"),
    ("McDonald van Houten", "McDonald van Houten"),  # mixed case is left as typed
    ("'Rudi", "Rudi"),
])
def test_names_are_tidied(value: str, expected: str) -> None:
    assert tidy_name(value) == expected


@pytest.mark.parametrize(("value", "fragment"), [(None, "is required"), ("   ", "is required"), ("A", "is required"),
                                                 ("X" * 121, "too long")])
def test_bad_names_are_refused(value: object, fragment: str) -> None:
    with pytest.raises(CellError) as err:
        tidy_name(value)
    assert fragment in err.value.message


def test_title_case_keeps_apostrophes_lower() -> None:
    assert title_case("NUR'AINI O'NEIL") == "Nur'aini O'neil"


@pytest.mark.parametrize(("value", "expected"), [
    ("Tegal, 4 April 1974", ("Tegal", date(1974, 4, 4))),
    ("Pekalongan, 24 Februari 1968", ("Pekalongan", date(1968, 2, 24))),
    ("Tegal, 17/3/1960", ("Tegal", date(1960, 3, 17))),
    ("Pemalang, 19.01.1985", ("Pemalang", date(1985, 1, 19))),
    ("Batang, 19-02-1974", ("Batang", date(1974, 2, 19))),
    ("Tegal,04-08-1970", ("Tegal", date(1970, 8, 4))),
    ("Kab. Semarang, Jawa Tengah, 4 April 1974", ("Kab. Semarang, Jawa Tengah", date(1974, 4, 4))),
    ("TEGAL 4 APRIL 1974", ("Tegal", date(1974, 4, 4))),
    ("Tegal 04-08-1970", ("Tegal", date(1970, 8, 4))),
    ("Tegal", ("Tegal", None)),
    ("Tegal,", ("Tegal", None)),
    (datetime(1974, 4, 4), ("", date(1974, 4, 4))),
    ("4 April 1974", ("", date(1974, 4, 4))),
    (None, ("", None)),
    ("", ("", None)),
])
def test_place_and_date_of_birth(value: object, expected: tuple[str, date | None]) -> None:
    assert split_place_date(value) == expected


@pytest.mark.parametrize("value", ["Tegal, 31-02-1974", "Tegal, kemarin", "Tegal 1974", "Tegal, 4 Apel 1974"])
def test_bad_place_and_date_of_birth(value: str) -> None:
    with pytest.raises(CellError):
        split_place_date(value)


@pytest.mark.parametrize(("value", "expected"), [
    (84978690736, "084978690736"),
    (8513969371, "08513969371"),
    (84978690736.0, "084978690736"),
    (6281234567890, "6281234567890"),
    ("'0839-1500-0806", "0839-1500-0806"),
    ("+62 8702858733", "+62 8702858733"),
    (None, ""),
])
def test_phone_numbers(value: object, expected: str) -> None:
    assert tidy_phone(value) == expected


@pytest.mark.parametrize(("value", "fmt", "expected"), [
    ("'0001", "General", "0001"),
    ("0001", "General", "0001"),
    (1, "0000", "0001"),
    (17, "General", "17"),
    (17.0, "General", "17"),
    ("A-017 ", "General", "A-017"),
])
def test_member_numbers(value: object, fmt: str, expected: str) -> None:
    assert clean_code(value, fmt) == expected


def test_cell_text_and_title_dates() -> None:
    assert cell_text(" 'abc ") == "abc"
    assert cell_text(12.0) == "12"
    assert cell_text(date(2024, 12, 31)) == "31-12-2024"
    assert cell_text("a\u00a0b") == "a b"
    assert find_date_in_text("Keadaan per 31 Desember 2024") == date(2024, 12, 31)
    assert find_date_in_text("Posisi per 31-12-2024") == date(2024, 12, 31)
    assert find_date_in_text("DAFTAR ANGGOTA KSP") is None
    assert find_date_in_text("Keadaan per 31 Desember") is None
