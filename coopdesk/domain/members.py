"""Member rules: NIK validation, member numbers and statuses."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum

from coopdesk.domain.errors import ValidationError

_NIK = re.compile(r"^\d{16}$")


class MemberStatus(StrEnum):
    ACTIVE = "aktif"
    LEFT = "keluar"
    DIED = "meninggal"
    EXPELLED = "diberhentikan"


EXIT_STATUSES = (MemberStatus.LEFT, MemberStatus.DIED, MemberStatus.EXPELLED)


class Gender(StrEnum):
    MALE = "L"
    FEMALE = "P"


def validate_nik(nik: str) -> str:
    """A NIK (Nomor Induk Kependudukan) is 16 digits: 6 of region, 6 of birth date, 4 serial.

    The birth date part is DDMMYY, with 40 added to the day for women; we check that it is
    a plausible day and month, which catches most typing errors without a region table.
    """
    value = str(nik).strip().replace(" ", "")
    if not _NIK.match(value):
        raise ValidationError("nik", "must be exactly 16 digits (got {count})", count=len(value))
    if value[:2] == "00":
        raise ValidationError("nik", "the province code cannot be 00")
    day = int(value[6:8])
    month = int(value[8:10])
    if day > 40:
        day -= 40
    if not (1 <= day <= 31 and 1 <= month <= 12):
        raise ValidationError("nik", "digits 7 to 12 must be a birth date DDMMYY")
    return value


def nik_gender(nik: str) -> Gender:
    """The gender a NIK encodes (women have 40 added to the birth day)."""
    return Gender.FEMALE if int(nik[6:8]) > 40 else Gender.MALE


def format_member_number(pattern: str, seq: int, joined: date) -> str:
    """Member number from the configurable pattern, e.g. ``"{seq:05d}"`` or ``"A-{year}-{seq:04d}"``."""
    try:
        return pattern.format(seq=seq, year=joined.year, month=joined.month)
    except (KeyError, ValueError, IndexError) as exc:
        raise ValidationError("member_number_format", "is not a valid pattern: {error}", error=exc) from None


def validate_name(name: str) -> str:
    value = " ".join(str(name).split())
    if len(value) < 2:
        raise ValidationError("name", "is required")
    if len(value) > 120:
        raise ValidationError("name", "is too long (at most 120 characters)")
    return value
