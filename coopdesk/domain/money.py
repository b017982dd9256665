"""Rupiah amounts: whole integers, parsed strictly and shown the Indonesian way.

Money is a plain ``int`` of whole Rupiah throughout CoopDesk.  Fractions only appear
inside calculations (interest, tax, percentages), which work in :class:`Decimal` and
round back to whole Rupiah with :func:`round_rupiah` (half up, as DOMAIN.md says).
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from coopdesk.domain.errors import ValidationError

_DIGITS = re.compile(r"^\d+$")
_DOTTED = re.compile(r"^\d{1,3}(\.\d{3})+$")


def round_rupiah(value: Decimal) -> int:
    """Round a Decimal to whole Rupiah, half up."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def format_rupiah(amount: int, *, prefix: bool = True) -> str:
    """``1250000`` → ``"Rp 1.250.000"``; negatives as ``"-Rp 1.250.000"``."""
    sign = "-" if amount < 0 else ""
    digits = f"{abs(int(amount)):,}".replace(",", ".")
    return f"{sign}Rp {digits}" if prefix else f"{sign}{digits}"


def parse_rupiah(text: str, field: str = "amount", *, allow_zero: bool = False) -> int:
    """Parse what a clerk types: ``150000``, ``150.000``, ``Rp 150.000`` or ``150000.00``.

    Refuses negatives, fractions of a Rupiah and anything that is not a number, with a
    :class:`ValidationError` naming ``field``.
    """
    raw = str(text).strip()
    cleaned = raw.replace("Rp", "").replace("rp", "").replace(" ", "").replace("\u00a0", "")
    if cleaned.startswith("-"):
        raise ValidationError(field, "must not be negative (got {value})", value=raw)
    # Fix (test suite): thousands of digits made int() raise ValueError (str-to-int digit limit).
    if len(cleaned) > 40:
        raise ValidationError(field, "is not an amount of Rupiah: {value}", value=raw)
    value: int | None = None
    if _DIGITS.match(cleaned):
        value = int(cleaned)
    elif _DOTTED.match(cleaned):
        value = int(cleaned.replace(".", ""))
    else:
        try:
            dec = Decimal(cleaned.replace(",", "."))
        except InvalidOperation:
            dec = None
        if dec is None or not dec.is_finite():
            raise ValidationError(field, "is not an amount of Rupiah: {value}", value=raw)
        if dec != dec.to_integral_value():
            raise ValidationError(field, "must be whole Rupiah (got {value})", value=raw)
        if dec < 0:
            raise ValidationError(field, "must not be negative (got {value})", value=raw)
        # Fix (test suite): compare before int(): "1e999999" built a million-digit int and hung.
        if dec > 10**15:
            raise ValidationError(field, "is implausibly large: {value}", value=raw)
        value = int(dec)
    if value == 0 and not allow_zero:
        raise ValidationError(field, "must be more than zero")
    if value > 10**15:
        raise ValidationError(field, "is implausibly large: {value}", value=raw)
    return value


def parse_percent(text: str, field: str = "rate") -> Decimal:
    """Parse a percentage such as ``1,5`` or ``1.5`` into ``Decimal("1.5")`` (not negative)."""
    raw = str(text).strip().rstrip("%").strip()
    try:
        dec = Decimal(raw.replace(",", "."))
    except InvalidOperation:
        raise ValidationError(field, "is not a percentage: {value}", value=text) from None
    if not dec.is_finite() or dec < 0 or dec > 100:
        raise ValidationError(field, "must be between 0 and 100 (got {value})", value=text)
    return dec
