"""Small helpers for the GUI tests: members and savings set up through the services."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication

from coopdesk.services import members, savings
from coopdesk.services.context import AppContext
from coopdesk.services.members import MemberInput
from coopdesk.ui.context import UiContext

NIKS = ["3374011203750001", "3374015506800002", "3374012001900003", "3374014411850004"]


def add_member(ctx: AppContext, name: str = "Budi Santoso", nik: str = NIKS[0], gender: str = "L",
               joined: date = date(2025, 1, 2)) -> str:
    return members.register(ctx, MemberInput(name=name, nik=nik, gender=gender, joined=joined))


def balance(ctx: AppContext, number: str, product: str) -> int:
    with ctx.reading() as session:
        member = members.by_number(session, number)
        return savings.balances(session, member.id)[product]


def settle(ui: UiContext, qtbot: object) -> None:
    """Wait until the database worker has reported back."""
    qtbot.waitUntil(lambda: not ui.worker.busy, timeout=10_000)  # type: ignore[attr-defined]
    QApplication.processEvents()


def journal_count(ctx: AppContext) -> int:
    from sqlalchemy import func, select

    from coopdesk.db.models import JournalEntry

    with ctx.reading() as session:
        return int(session.scalar(select(func.count()).select_from(JournalEntry)) or 0)
