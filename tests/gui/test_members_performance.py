"""The members list stays instant with 20.000 members.

Members are bulk-inserted with one SQLAlchemy Core insert (the services would take minutes
for 20.000 registrations and are not what is measured here).  The figures are printed
(run with ``-s`` to see them) and checked against generous limits, so the test catches a
list that becomes slow (e.g. a model that loads every row) without being flaky.
"""

from __future__ import annotations

import time
from datetime import date, datetime

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, select

from coopdesk.db.models import Member, User
from coopdesk.ui.context import UiContext
from coopdesk.ui.members_page import MembersPage
from tests.gui.seed import FIRST, LAST

COUNT = 20_000


def bulk_members(ui: UiContext, count: int = COUNT) -> None:
    with ui.app.transaction() as session:
        admin = session.scalar(select(User.id))
        rows = [{
            "number": f"{i:05d}", "seq": i, "name": f"{FIRST[i % len(FIRST)]} {LAST[(i * 7) % len(LAST)]} {i}",
            "nik": f"3374{i:012d}", "gender": "LP"[i % 2], "birth_place": "", "address": "", "phone": "",
            "occupation": "", "joined": date(2025, 1 + i % 12, 1 + i % 28), "status": "aktif", "exit_reason": "",
            "created_by": admin, "created_at": datetime(2025, 1, 1),
        } for i in range(1, count + 1)]
        session.execute(insert(Member), rows)


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def test_members_list_with_20000_members_is_instant(qtbot: QtBot, ui: UiContext) -> None:
    bulk_members(ui)
    page = MembersPage(ui)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    QApplication.processEvents()

    busy_ms: list[float] = []  # time the UI thread itself spends, per search

    def search(text: str | None = None) -> float:
        """Time from starting a search until its rows are painted; the search itself runs
        on the worker thread, so the UI thread only resets the model and paints."""
        if text is not None:
            page.search.setText(text)
        start = time.perf_counter()
        page.search_now() if text is not None else page.activate()
        qtbot.waitUntil(lambda: not page.search_pending, timeout=5000)
        ui_start = time.perf_counter()
        page.table.viewport().repaint()  # paint the first screenful now (reads one page of rows)
        busy_ms.append(_ms(ui_start))
        return _ms(start)

    first_paint = search()
    assert page.model.rowCount() == COUNT
    timings = {label: search(text) for label, text in (
        ("name 'siti'", "siti"), ("number '12345'", "12345"), ("NIK part '0000019'", "0000019"),
        ("no match", "zzzz"), ("cleared", ""))}

    start = time.perf_counter()
    page.table.scrollToBottom()
    page.table.viewport().repaint()
    scroll = _ms(start)
    assert page.model.number_at(COUNT - 1) == f"{COUNT:05d}"
    cached = sum(len(p) for p in page.model._pages.values())

    print(f"\n{COUNT} members: open the list and paint {first_paint:.0f} ms; search until painted: " +
          ", ".join(f"{k} {v:.0f} ms" for k, v in timings.items()) +
          f"; UI thread per search at most {max(busy_ms):.0f} ms; jump to the last row {scroll:.0f} ms; "
          f"rows held in memory {cached}")
    assert cached <= 2 * page.model.PAGE  # only what was shown, not 20.000 rows
    # Generous limits (the test machines run other suites at the same time); what they catch
    # is a list that reads every member, which costs seconds, not a few milliseconds more.
    assert first_paint < 2000
    assert max(timings.values()) < 1500
    assert max(busy_ms) < 250  # typing never stalls: the search itself runs on the worker
    assert scroll < 500
