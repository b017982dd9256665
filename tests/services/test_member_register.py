"""Registering, finding and correcting members."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from coopdesk.db.models import AuditLog
from coopdesk.domain.errors import ValidationError
from coopdesk.services import members, settings
from coopdesk.services.context import AppContext
from coopdesk.services.members import MemberInput

from .helpers import nik, snapshot


def _input(**changes: object) -> MemberInput:
    base = {"name": "Siti Aminah", "nik": nik(1, female=True), "gender": "P", "joined": date(2025, 1, 2),
            "birth_place": "Semarang", "birth_date": date(1975, 3, 12), "address": "Jl. Pemuda 1",
            "phone": "+62 812-3456-7890", "occupation": "Pedagang"}
    base.update(changes)
    return MemberInput(**base)  # type: ignore[arg-type]


def test_register_numbers_members_in_order(ctx: AppContext) -> None:
    assert members.register(ctx, _input()) == "00001"
    assert members.register(ctx, _input(name="Budi", nik=nik(2), gender="l")) == "00002"
    m = members.get(ctx, "00001")
    assert (m.name, m.nik, m.gender, m.status, m.joined, m.phone) == (
        "Siti Aminah", nik(1, female=True), "P", "aktif", date(2025, 1, 2), "+62 812-3456-7890")
    assert members.get(ctx, "00002").gender == "L"
    with ctx.reading() as session:
        log = session.scalars(select(AuditLog.action).order_by(AuditLog.id)).all()
    assert log == ["member.register", "member.register"]


def test_member_number_format_setting(ctx: AppContext) -> None:
    settings.update(ctx, {"member_number_format": "A-{year}-{seq:04d}"})
    assert members.register(ctx, _input(joined=date(2025, 3, 1))) == "A-2025-0001"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"nik": "337501520375001"}, "nik"),  # 15 digits
        ({"nik": "33750152037500011"}, "nik"),  # 17 digits
        ({"nik": "3375019903750001"}, "nik"),  # day 99
        ({"name": " "}, "name"),
        ({"gender": "X"}, "gender"),
        ({"birth_date": date(2025, 1, 2)}, "birth_date"),  # born on the day of joining
        ({"phone": "call me"}, "phone"),
    ],
)
def test_register_refusals(sqlite_ctx: AppContext, changes: dict[str, object], field: str) -> None:
    ctx = sqlite_ctx
    before = snapshot(ctx.db)
    with pytest.raises(ValidationError) as err:
        members.register(ctx, _input(**changes))
    assert err.value.field == field
    assert snapshot(ctx.db) == before


def test_duplicate_nik_refused(ctx: AppContext) -> None:
    members.register(ctx, _input())
    before = snapshot(ctx.db)
    with pytest.raises(ValidationError, match="already registered") as err:
        members.register(ctx, _input(name="Orang Lain"))
    assert err.value.field == "nik"
    assert snapshot(ctx.db) == before
    other = members.register(ctx, _input(name="Budi", nik=nik(2), gender="L"))
    with pytest.raises(ValidationError, match="already registered"):
        members.update_profile(ctx, other, _input(name="Budi", gender="L"))


def test_search_by_number_name_or_nik(ctx: AppContext) -> None:
    members.register(ctx, _input())
    members.register(ctx, _input(name="Budi Santoso", nik=nik(2), gender="L"))
    members.register(ctx, _input(name="Ani Budiarti", nik=nik(3, female=True)))
    assert [m.number for m in members.search(ctx, "")] == ["00001", "00002", "00003"]
    assert [m.number for m in members.search(ctx, "budi")] == ["00002", "00003"]
    assert [m.number for m in members.search(ctx, "00002")] == ["00002"]
    assert [m.number for m in members.search(ctx, nik(3, female=True))] == ["00003"]
    assert [m.number for m in members.search(ctx, "tidak ada")] == []


def test_update_profile_is_audited(ctx: AppContext) -> None:
    number = members.register(ctx, _input())
    members.update_profile(ctx, number, _input(address="Jl. Baru 2"))
    assert members.get(ctx, number).address == "Jl. Baru 2"
    with ctx.reading() as session:
        last = session.scalars(select(AuditLog).order_by(AuditLog.id.desc())).first()
    assert last is not None
    assert (last.action, last.object_key) == ("member.update", number)
    assert "Jl. Pemuda 1" in last.detail and "Jl. Baru 2" in last.detail
