"""The free texts of a year's RAT book (pengurus report, supervisor report, work plan, meetings
held) and the RAT date, one row per (year, kind) in ``year_texts``.

Other kinds in the same table belong to other services (``shu_settings`` to services/shu.py,
``health_manajemen`` to services/health.py); this module only writes the kinds it knows.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.db.models.year_end import ShuDistribution, YearText
from coopdesk.domain.errors import ValidationError
from coopdesk.services import audit
from coopdesk.services.context import AppContext

KINDS = ("pengurus_report", "supervisor_report", "work_plan", "meetings")
RAT_DATE = "rat_date"
EDITABLE = (*KINDS, RAT_DATE)


def _check(year: int, kind: str) -> None:
    if not isinstance(year, int) or not 1900 <= year <= 2999:
        raise ValidationError("year", "not a year: {year}", year=year)
    if kind not in EDITABLE:
        raise ValidationError("kind", "unknown text kind: {kind}", kind=kind)


def check_rat_date(text: str) -> str:
    """The RAT date as ISO text, or ValidationError("rat_date")."""
    try:
        return date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise ValidationError("rat_date", "not a date (YYYY-MM-DD): {value}", value=text) from None


def get_text(session: Session, year: int, kind: str) -> str:
    text = session.scalar(select(YearText.text).where(YearText.year == year, YearText.kind == kind))
    return text or ""


def set_text(ctx: AppContext, year: int, kind: str, text: str) -> None:
    """Save one text; an empty text removes the row (nothing to print)."""
    _check(year, kind)
    text = (text or "").strip() if kind == RAT_DATE else (text or "")
    if kind == RAT_DATE and text:
        text = check_rat_date(text)
    with ctx.transaction() as session:
        user = ctx.actor(session)
        row = session.scalar(select(YearText).where(YearText.year == year, YearText.kind == kind))
        old = row.text if row is not None else ""
        if old == text:
            return
        if not text.strip():
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(YearText(year=year, kind=kind, text=text, updated_at=ctx.now(), user_id=user.id))
        else:
            row.text, row.updated_at, row.user_id = text, ctx.now(), user.id
        audit.record(session, user, ctx.now(), "year_text.set", "year_text", f"{year}/{kind}",
                     f"{len(old)} -> {len(text)} characters")


def set_rat_date(ctx: AppContext, year: int, day: date | None) -> None:
    set_text(ctx, year, RAT_DATE, day.isoformat() if day else "")


def rat_date(session: Session, year: int) -> date | None:
    """The RAT date typed for the year, else the one the SHU distribution was posted with."""
    text = get_text(session, year, RAT_DATE).strip()
    if text:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    row = session.get(ShuDistribution, year)
    return row.rat_date if row is not None else None
