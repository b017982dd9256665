"""Cooperative settings: name, address, books start date, number formats.  Changes are audited."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.db.models import Setting
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.members import format_member_number
from coopdesk.domain.shu import DEFAULT_ALLOCATION, format_allocation, parse_allocation
from coopdesk.services import audit
from coopdesk.services.context import AppContext

DEFAULTS: dict[str, str] = {
    "coop_name": "",
    "coop_address": "",
    "coop_legal_number": "",
    "coop_phone": "",
    "coop_city": "",  # town printed above signatures on statements
    "coop_legal_date": "",  # date of the legal entity (badan hukum), ISO; RAT book cover and ODS
    "coop_nik": "",  # Nomor Induk Koperasi (ODS); RAT book cover and ODS
    "books_start": "",
    "member_number_format": "{seq:05d}",
    "cash_account": "1110",
    "language": "id",
    # Collectibility (DOMAIN.md §5): highest days past due of each class, and allowance rates in %.
    "kol_lancar_max": "90",
    "kol_kurang_lancar_max": "180",
    "kol_diragukan_max": "270",
    "ppap_rate_lancar": "0.5",
    "ppap_rate_kurang_lancar": "10",
    "ppap_rate_diragukan": "50",
    "ppap_rate_macet": "100",
    # SHU (DOMAIN.md §6): the allocation table from the bylaws (JSON, domain.shu.format_allocation),
    # the capital basis ("year_end" or "average" of the 12 month ends), whether sukarela counts as
    # capital, and the business basis ("interest" paid in the year or "principal" disbursed).
    "shu_allocation": format_allocation(DEFAULT_ALLOCATION),
    "shu_capital_basis": "year_end",
    "shu_capital_sukarela": "0",
    "shu_business_basis": "interest",
}

SHU_CAPITAL_BASES = ("year_end", "average")
SHU_BUSINESS_BASES = ("interest", "principal")

_QUALITY_KEYS = ("kol_", "ppap_rate_")


def get(session: Session, key: str) -> str:
    row = session.get(Setting, key)
    return row.value if row is not None else DEFAULTS.get(key, "")


def get_all(session: Session) -> dict[str, str]:
    values = dict(DEFAULTS)
    values.update({s.key: s.value for s in session.scalars(select(Setting))})
    return values


def books_start(session: Session) -> date | None:
    value = get(session, "books_start")
    return date.fromisoformat(value) if value else None


def put(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def update(ctx: AppContext, changes: dict[str, str]) -> None:
    """Change settings as the acting user; each change is kept in the audit log."""
    with ctx.transaction() as session:
        user = ctx.actor(session)
        for key, value in changes.items():
            if key not in DEFAULTS:
                raise ValidationError(key, "is not a setting")
            if key == "member_number_format":
                format_member_number(value, 1, date(2025, 1, 1))
            if key == "coop_name" and not value.strip():
                raise ValidationError(key, "is required")
            if key == "books_start":
                raise ValidationError(key, "cannot be changed once the books exist")
            if key.startswith(_QUALITY_KEYS):
                _check_quality_setting(session, key, value)
            if key.startswith("shu_"):
                value = _checked_shu_setting(key, value)
            if key == "coop_legal_date" and value.strip():
                try:
                    date.fromisoformat(value.strip())
                except ValueError:
                    raise ValidationError(key, "is not a date (YYYY-MM-DD): {value}", value=value) from None
            old = get(session, key)
            if old != value:
                put(session, key, value)
                audit.record(session, user, ctx.now(), "setting.change", "setting", key, f"{old!r} -> {value!r}")


def _check_quality_setting(session: Session, key: str, value: str) -> None:
    """The thresholds must be whole days and rise class by class; rates between 0 and 100."""
    values = get_all(session)
    values[key] = value.strip()
    try:
        days = [int(values[k]) for k in ("kol_lancar_max", "kol_kurang_lancar_max", "kol_diragukan_max")]
        rates = [Decimal(values[k]) for k in values if k.startswith("ppap_rate_")]
    except (ValueError, ArithmeticError):
        raise ValidationError(key, "is not a number: {value}", value=value) from None
    if not 0 <= days[0] < days[1] < days[2]:
        raise ValidationError(key, "must rise: lancar < kurang lancar < diragukan")
    if not all(Decimal(0) <= r <= Decimal(100) for r in rates):
        raise ValidationError(key, "must be between 0 and 100")


def _checked_shu_setting(key: str, value: str) -> str:
    """The SHU settings in their stored form; an allocation table is checked to total exactly 100 %."""
    value = value.strip()
    if key == "shu_allocation":
        return format_allocation(parse_allocation(value))
    allowed = {"shu_capital_basis": SHU_CAPITAL_BASES, "shu_business_basis": SHU_BUSINESS_BASES,
               "shu_capital_sukarela": ("0", "1")}[key]
    if value not in allowed:
        raise ValidationError(key, "must be one of {choices} (got {value})", choices=", ".join(allowed), value=value)
    return value
