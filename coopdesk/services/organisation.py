"""The cooperative's officers: pengurus, pengawas, DPS, manager and employees, with gender and the
period they serve (the RAT book's organisation chapter and the ODS sheet count them)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from coopdesk.db.models.year_end import Officer
from coopdesk.domain.errors import NotFoundError, ValidationError
from coopdesk.services import audit
from coopdesk.services.context import AppContext

ROLES = ("pengurus", "pengawas", "dps", "manager", "employee")
GENDERS = ("L", "P")


def officers(session: Session, as_of: date | None = None) -> list[Officer]:
    """Officers serving on ``as_of`` (None: those not ended), by role order then id."""
    stmt = select(Officer)
    if as_of is None:
        stmt = stmt.where(Officer.end_date.is_(None))
    else:
        stmt = stmt.where(or_(Officer.start_date.is_(None), Officer.start_date <= as_of),
                          or_(Officer.end_date.is_(None), Officer.end_date >= as_of))
    rows = list(session.scalars(stmt))
    rows.sort(key=lambda o: (ROLES.index(o.role) if o.role in ROLES else len(ROLES), o.id))
    return rows


def all_officers(session: Session) -> list[Officer]:
    return list(session.scalars(select(Officer).order_by(Officer.id)))


def counts_by_gender(session: Session, as_of: date) -> dict[str, dict[str, int]]:
    counts = {role: {"L": 0, "P": 0} for role in ROLES}
    for officer in officers(session, as_of):
        counts.setdefault(officer.role, {"L": 0, "P": 0})
        counts[officer.role][officer.gender] = counts[officer.role].get(officer.gender, 0) + 1
    return counts


def _validate(role: str, title: str, name: str, gender: str, start: date | None, end: date | None) -> None:
    if role not in ROLES:
        raise ValidationError("role", "unknown role: {role}", role=role)
    if not (name or "").strip():
        raise ValidationError("name", "the name is required")
    if len(name.strip()) > 120:
        raise ValidationError("name", "at most {n} characters", n=120)
    if len((title or "").strip()) > 60:
        raise ValidationError("title", "at most {n} characters", n=60)
    if gender not in GENDERS:
        raise ValidationError("gender", "gender must be L or P: {gender}", gender=gender)
    if start is not None and end is not None and end < start:
        raise ValidationError("end_date", "the end date {end} is before the start date {start}",
                              end=end.isoformat(), start=start.isoformat())


def add_officer(ctx: AppContext, role: str, title: str, name: str, gender: str,
                start_date: date | None = None) -> Officer:
    _validate(role, title, name, gender, start_date, None)
    with ctx.transaction() as session:
        user = ctx.actor(session)
        officer = Officer(role=role, title=(title or "").strip(), name=name.strip(), gender=gender,
                          start_date=start_date, end_date=None)
        session.add(officer)
        session.flush()
        audit.record(session, user, ctx.now(), "officer.add", "officer", str(officer.id),
                     f"{role} {officer.title} {officer.name} {gender} from {start_date}")
        session.expunge(officer)
    return officer


def _get(session: Session, officer_id: int) -> Officer:
    officer = session.get(Officer, officer_id)
    if officer is None:
        raise NotFoundError("officer", "no officer with id {id}", id=officer_id)
    return officer


def update_officer(ctx: AppContext, officer_id: int, role: str, title: str, name: str, gender: str,
                   start_date: date | None = None, end_date: date | None = None) -> Officer:
    _validate(role, title, name, gender, start_date, end_date)
    with ctx.transaction() as session:
        user = ctx.actor(session)
        officer = _get(session, officer_id)
        o = officer
        before = f"{o.role} {o.title} {o.name} {o.gender} {o.start_date}-{o.end_date}"
        officer.role, officer.title, officer.name, officer.gender = role, (title or "").strip(), name.strip(), gender
        officer.start_date, officer.end_date = start_date, end_date
        after = f"{role} {officer.title} {officer.name} {gender} {start_date}-{end_date}"
        audit.record(session, user, ctx.now(), "officer.update", "officer", str(officer_id), f"{before} -> {after}")
        session.flush()
        session.expunge(officer)
    return officer


def end_officer(ctx: AppContext, officer_id: int, end_date: date) -> None:
    if not isinstance(end_date, date):
        raise ValidationError("end_date", "not a date (YYYY-MM-DD): {value}", value=end_date)
    with ctx.transaction() as session:
        user = ctx.actor(session)
        officer = _get(session, officer_id)
        if officer.start_date is not None and end_date < officer.start_date:
            raise ValidationError("end_date", "the end date {end} is before the start date {start}",
                                  end=end_date.isoformat(), start=officer.start_date.isoformat())
        officer.end_date = end_date
        audit.record(session, user, ctx.now(), "officer.end", "officer", str(officer_id), f"ended {end_date}")
