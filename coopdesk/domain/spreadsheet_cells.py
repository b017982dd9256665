"""Reading the messy cells of a cooperative's own spreadsheet (pure Python, no file format).

A member list kept by hand in Excel mixes every way of writing the same thing.  Each parser
here takes one cell value as a spreadsheet library hands it over (``str``, ``int``,
``float``, ``datetime``/``date`` or ``None``) and returns a clean value, or raises
:class:`CellError` with an English message template the UI can translate (Qt context
``"errors"``), like :class:`~coopdesk.domain.errors.ValidationError`.

What is read, and the decisions taken where the forms are ambiguous:

- **Amounts** (:func:`parse_amount`): ``100000``, ``100.000``, ``Rp 100.000``, ``Rp. 1.100.000,00``,
  ``1.720.000,-``, ``0,-``, ``Rp 0``, ``-`` and an empty cell (= 0).  Indonesian separators first
  (dot for thousands, comma before at most two decimals); ``1,100,000`` and ``100000.00`` (English
  separators) are read too because they cannot mean anything else.  A fraction of a Rupiah, a
  negative amount, ``1.5`` or words are refused.  Numbers from the file are accepted as ``int``, or as
  ``float``/``Decimal`` only when integral: money is never carried as a float.
- **Dates** (:func:`parse_date_cell`): real dates, ``27-01-2020``, ``23.12.2015``, ``26/9/2007``
  (always day first, the Indonesian order), ``2020-01-27`` (ISO), ``25 Januari 2012``, ``5 Agt 2013``,
  ``1 Nopember 2010`` (Indonesian and English month names and abbreviations), and Excel serial day
  numbers of the years 1901–2100.  Two-digit years are refused (the century would be a guess).
- **Gender** (:func:`parse_gender`): L, LK, Laki-laki, Pria, M → ``"L"``; P, PR, Perempuan, Wanita,
  W, F → ``"P"`` (any case, dots and spaces ignored).  A lone ``P`` is Perempuan, as on the KTP.
- **NIK** (:func:`parse_nik`): a leading apostrophe, spaces, dots and dashes are dropped; a number
  cell is turned back into its digits and flagged (:attr:`Nik.from_number`) because Excel keeps only
  15 significant digits of a number, so the 16th may have been turned into 0.  Text in scientific
  notation (``3.37508E+15``) has lost digits for certain and is refused.  The result is checked by
  :func:`coopdesk.domain.members.validate_nik`.
- **Names** (:func:`tidy_name`): spaces collapsed; ALL CAPS (or all lower case) become title case
  that keeps Indonesian forms right (``HJ. WAHYU`` → ``Hj. Wahyu``, ``MA'RUF`` → ``Ma'ruf``,
  ``S.PD`` → ``S.Pd``, ``bin``/``binti`` lower case); mixed case is left as the clerk typed it.
- **Place and date of birth** (:func:`split_place_date`): ``Tegal, 4 April 1974``,
  ``Tegal, 17/3/1960``, ``Tegal 04-08-1970`` or a bare date; the place is tidied like a name.
- **Phone** (:func:`tidy_phone`): a number cell lost its leading zero in Excel (``81234567890`` →
  ``081234567890``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.members import Gender, validate_name, validate_nik

MAX_AMOUNT = 10**15


class CellError(ValueError):
    """A cell that cannot be read.  ``template`` is English with ``{name}`` parameters."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


def cell_text(value: object) -> str:
    """What a cell shows, as trimmed text: Excel's leading apostrophe (text marker) and
    non-breaking spaces removed; integral floats without ``.0``; dates as DD-MM-YYYY."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return str(int(value))
    text = str(value).replace("\u00a0", " ").strip()
    if text.startswith("'"):
        text = text[1:].strip()
    return text


def is_blank(value: object) -> bool:
    return cell_text(value) == ""


# ---------------------------------------------------------------------------- amounts

_PREFIX = re.compile(r"^(?:rp\.?|idr)\s*", re.IGNORECASE)
_SUFFIX = re.compile(r"(?:[,.]-|,?\s*rupiah)$", re.IGNORECASE)
# Indonesian: 1.100.000 or 1100000, optionally ",00" / ",0"
_ID_AMOUNT = re.compile(r"^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$")
# English: 1,100,000 or 1100000, optionally ".00" / ".0"
_EN_AMOUNT = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$")


def _whole(number: Decimal, shown: object) -> int:
    if not number.is_finite():
        raise CellError("is not an amount of Rupiah: {value}", value=shown)
    if number != number.to_integral_value():
        raise CellError("has a fraction of a Rupiah: {value}", value=shown)
    if number < 0:
        raise CellError("must not be negative: {value}", value=shown)
    if number > MAX_AMOUNT:
        raise CellError("is implausibly large: {value}", value=shown)
    return int(number)


def parse_amount(value: object) -> int:
    """Whole Rupiah from an amount cell; an empty cell (or ``-``) is 0.  See the module doc."""
    if value is None:
        return 0
    if isinstance(value, (bool, date, datetime)):
        raise CellError("is not an amount of Rupiah: {value}", value=cell_text(value))
    if isinstance(value, int):
        return _whole(Decimal(value), value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise CellError("is not an amount of Rupiah: {value}", value=value)
        return _whole(Decimal(value), cell_text(value) if value.is_integer() else repr(value))
    if isinstance(value, Decimal):
        return _whole(value, value)
    raw = cell_text(value)
    text = raw.replace(" ", "")
    if text in ("", "-", "–", "—"):
        return 0
    if text.startswith(("-", "−", "(")) or text.endswith(")"):
        raise CellError("must not be negative: {value}", value=raw)
    text = _SUFFIX.sub("", _PREFIX.sub("", text))
    if text.startswith(("-", "−")):
        raise CellError("must not be negative: {value}", value=raw)
    for pattern, thousands in ((_ID_AMOUNT, "."), (_EN_AMOUNT, ",")):
        match = pattern.match(text)
        if match:
            whole, fraction = match.group(1).replace(thousands, ""), match.group(2)
            if fraction and int(fraction) != 0:
                raise CellError("has a fraction of a Rupiah: {value}", value=raw)
            return _whole(Decimal(whole), raw)
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise CellError("is not an amount of Rupiah: {value}", value=raw) from None
    if "e" in text.lower():
        raise CellError("is not an amount of Rupiah: {value}", value=raw)
    return _whole(number, raw)


# ---------------------------------------------------------------------------- dates

MONTHS: dict[str, int] = {}
for _no, _names in enumerate(
    (
        "januari jan january",
        "februari pebruari feb peb february",
        "maret mar march",
        "april apr",
        "mei may",
        "juni jun june",
        "juli jul july",
        "agustus agu ags agt aug august",
        "september sep sept",
        "oktober okt oct october",
        "november nov nop nopember",
        "desember des dec december",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _no

_NUMERIC_DATE = re.compile(r"^(\d{1,2})([-./])(\d{1,2})\2(\d{2,4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NAMED_DATE = re.compile(r"^(\d{1,2})[\s\-./]*([A-Za-z]+)\.?[\s\-./,]*(\d{2,4})$")
# a date at the end of a longer text ("Tegal 04-08-1970", "Keadaan per 31 Desember 2024")
_TRAILING_DATE = re.compile(
    r"(\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[\s\-]+[A-Za-z]+\.?[\s\-]+\d{4})\s*$"
)
_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1900-01-01, counting Excel's phantom 29 Feb 1900
_SERIAL_MIN, _SERIAL_MAX = 367, 73415  # 1901-01-01 .. 2100-12-31


def _make_date(year: int, month: int, day: int, shown: str) -> date:
    if year < 100:
        raise CellError("needs a four-digit year: {value}", value=shown)
    try:
        return date(year, month, day)
    except ValueError:
        raise CellError("is not a real date: {value}", value=shown) from None


def parse_date_text(text: str) -> date:
    """A date written as text in one of the forms of the module doc."""
    shown = " ".join(text.split())
    compact = shown.strip().rstrip(".")
    match = _NUMERIC_DATE.match(compact)
    if match:
        return _make_date(int(match.group(4)), int(match.group(3)), int(match.group(1)), shown)
    match = _ISO_DATE.match(compact)
    if match:
        return _make_date(int(match.group(1)), int(match.group(2)), int(match.group(3)), shown)
    match = _NAMED_DATE.match(compact)
    if match:
        month = MONTHS.get(match.group(2).lower())
        if month is None:
            raise CellError("has an unknown month name: {value}", value=shown)
        return _make_date(int(match.group(3)), month, int(match.group(1)), shown)
    raise CellError("is not a date (write it like 27-01-2020 or 27 Januari 2020): {value}", value=shown)


def parse_date_cell(value: object) -> date | None:
    """A date from a cell; ``None`` for an empty cell.  See the module doc for the forms."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise CellError("is not a date: {value}", value=value)
    if isinstance(value, (int, float, Decimal)):
        number = float(value)
        if not math.isfinite(number) or not _SERIAL_MIN <= number <= _SERIAL_MAX:
            raise CellError("is a number, not a date: {value}", value=cell_text(value))
        return _EXCEL_EPOCH + timedelta(days=int(number))
    text = cell_text(value)
    if not text:
        return None
    return parse_date_text(text)


def find_date_in_text(text: str) -> date | None:
    """The date a title line ends with (``Keadaan per 31 Desember 2024``), if it ends with one."""
    match = _TRAILING_DATE.search(" ".join(str(text).split()))
    if not match:
        return None
    try:
        return parse_date_text(match.group(1))
    except CellError:
        return None


# ---------------------------------------------------------------------------- gender

_MALE = {"l", "lk", "lki", "laki", "lakilaki", "lelaki", "pria", "m", "male"}
_FEMALE = {"p", "pr", "pw", "prp", "perempuan", "wanita", "w", "wn", "f", "female"}


def parse_gender(value: object) -> Gender | None:
    """``Gender.MALE`` / ``Gender.FEMALE`` from the many ways of writing it; ``None`` if empty."""
    text = cell_text(value)
    if not text:
        return None
    key = re.sub(r"[\s.\-_/]", "", text.lower())
    if key in _MALE:
        return Gender.MALE
    if key in _FEMALE:
        return Gender.FEMALE
    raise CellError("is not a gender (L or P): {value}", value=text)


# ---------------------------------------------------------------------------- NIK


@dataclass(frozen=True)
class Nik:
    value: str
    from_number: bool  # stored as a number in the file: Excel may have zeroed the 16th digit


def parse_nik(value: object) -> Nik:
    """A validated 16-digit NIK from a cell (text, or a number the spreadsheet made of it)."""
    if value is None:
        raise CellError("is required")
    if isinstance(value, bool):
        raise CellError("is not a NIK: {value}", value=value)
    from_number = isinstance(value, (int, float, Decimal))
    if isinstance(value, (float, Decimal)):
        number = Decimal(value)
        if not number.is_finite() or number != number.to_integral_value():
            raise CellError("is not a NIK: {value}", value=value)
        text = str(int(number))
    else:
        text = cell_text(value)
    if not text:
        raise CellError("is required")
    if re.fullmatch(r"\d+(?:[.,]\d+)?[eE]\+?\d+", text):
        raise CellError("was turned into scientific notation by Excel ({value}), which loses digits; "
                        "format the column as Text and type the NIK again", value=text)
    digits = re.sub(r"[\s.\-]", "", text)
    try:
        return Nik(validate_nik(digits), from_number)
    except ValidationError as exc:
        raise CellError(exc.template, **exc.params) from None


# ---------------------------------------------------------------------------- names and text

_LOWER_PARTICLES = {"bin", "binti", "bt", "bte"}
_WORD_PARTS = re.compile(r"([\-./’'])")


def _title_word(word: str, first: bool) -> str:
    lower = word.lower()
    if not first and lower in _LOWER_PARTICLES:
        return lower
    parts = _WORD_PARTS.split(lower)
    out = []
    after_apostrophe = False
    for part in parts:
        if part in ("'", "’"):
            after_apostrophe = True
            out.append(part)
        elif part in ("-", ".", "/"):
            after_apostrophe = False
            out.append(part)
        else:
            out.append(part if after_apostrophe else part[:1].upper() + part[1:])
            after_apostrophe = False
    return "".join(out)


def title_case(text: str) -> str:
    """Title case for Indonesian names and places (see the module doc)."""
    return " ".join(_title_word(w, i == 0) for i, w in enumerate(text.split()))


def tidy_text(value: object) -> str:
    """Trimmed text with runs of spaces collapsed (addresses, occupations)."""
    return " ".join(cell_text(value).split())


def tidy_name(value: object) -> str:
    """A member's name: spaces collapsed, ALL CAPS made title case, checked by ``validate_name``."""
    text = tidy_text(value)
    if not text:
        raise CellError("is required")
    letters = [c for c in text if c.isalpha()]
    if letters and (all(c.isupper() for c in letters) or all(c.islower() for c in letters)):
        text = title_case(text)
    try:
        return validate_name(text)
    except ValidationError as exc:
        raise CellError(exc.template, **exc.params) from None


def tidy_place(text: str) -> str:
    text = " ".join(text.split()).strip(" ,")
    letters = [c for c in text if c.isalpha()]
    if letters and (all(c.isupper() for c in letters) or all(c.islower() for c in letters)):
        text = title_case(text)
    return text


def split_place_date(value: object) -> tuple[str, date | None]:
    """``"Tegal, 4 April 1974"`` → ``("Tegal", date(1974, 4, 4))``; a bare date gives no place."""
    if value is None or isinstance(value, (date, datetime, int, float, Decimal)):
        return "", parse_date_cell(value)
    text = tidy_text(value)
    if not text:
        return "", None
    if "," in text:
        place, rest = text.rsplit(",", 1)
        if rest.strip():
            return tidy_place(place), parse_date_text(rest)
        text = place
    match = _TRAILING_DATE.search(text)
    if match:
        return tidy_place(text[: match.start()]), parse_date_text(match.group(1))
    if any(c.isdigit() for c in text):
        raise CellError("is not a place and date of birth (write it like Tegal, 4 April 1974): {value}",
                        value=text)
    return tidy_place(text), None


def tidy_phone(value: object) -> str:
    """A phone number as text; a number cell gets back the leading 0 Excel dropped."""
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        number = Decimal(value)
        if not number.is_finite() or number != number.to_integral_value():
            raise CellError("is not a phone number: {value}", value=value)
        digits = str(int(number))
        return "0" + digits if digits.startswith("8") and 8 <= len(digits) <= 13 else digits
    return tidy_text(value)


def clean_code(value: object, number_format: str = "General") -> str:
    """A member number as the clerk sees it: ``1`` formatted ``0000`` in Excel is ``"0001"``."""
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        number = Decimal(value)
        if not number.is_finite() or number != number.to_integral_value():
            raise CellError("is not a member number: {value}", value=value)
        text = str(int(number))
        if re.fullmatch(r"0+", number_format or ""):
            text = text.zfill(len(number_format))
        return text
    return " ".join(cell_text(value).split())
