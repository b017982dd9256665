"""Trial balance and month end pages."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from coopdesk.services import savings
from coopdesk.ui.context import UiContext
from coopdesk.ui.month_end_page import MonthEndPage
from coopdesk.ui.trial_balance_page import TrialBalancePage
from tests.gui.conftest import Answers
from tests.gui.helpers import NIKS, add_member, journal_count, settle


def test_trial_balance_page_shows_balanced_totals(qtbot: QtBot, ui: UiContext) -> None:
    add_member(ui.app)
    savings.deposit(ui.app, "00001", "pokok", 100_000, date(2025, 1, 2))
    savings.deposit(ui.app, "00001", "sukarela", 1_250_000, date(2025, 2, 3))
    page = TrialBalancePage(ui)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    settle(ui, qtbot)
    assert page.result is not None and page.result.balanced
    model = page.model
    last = model.rowCount() - 1
    assert model.index(last, 1).data() == "Total"
    assert model.index(last, 3).data() == "Rp 1.350.000"
    assert model.index(last, 4).data() == "Rp 1.350.000"
    codes = [model.index(r, 0).data() for r in range(last)]
    assert codes == ["1110", "2111", "3110"]
    assert model.index(0, 4).data() == ""  # Kas has no credit balance: left empty
    assert page.status.text() == "Seimbang per 31/12/2025: debit dan kredit sama-sama Rp 1.350.000."
    assert page.status.objectName() == "okBanner"

    page.day.set_value(date(2025, 1, 31))  # before the sukarela deposit
    page.include_zero.setChecked(True)  # reloads
    settle(ui, qtbot)
    assert page.result is not None and page.result.total_debit == 100_000
    assert page.model.rowCount() > 40  # every account, zero or not


def test_month_end_page_runs_and_says_when_a_month_was_already_run(
        qtbot: QtBot, ui: UiContext, answers: Answers) -> None:
    add_member(ui.app, "Budi Santoso", NIKS[0], joined=date(2025, 1, 2))
    add_member(ui.app, "Siti Rahmawati", NIKS[1], "P", joined=date(2025, 1, 5))
    savings.deposit(ui.app, "00001", "sukarela", 120_000_000, date(2025, 1, 2))  # interest over Rp 240.000
    savings.deposit(ui.app, "00002", "wajib", 50_000, date(2025, 1, 20))
    page = MonthEndPage(ui)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    settle(ui, qtbot)
    periods = [page.month.itemData(i) for i in range(page.month.count())]
    assert periods[0] == "2025-11" and periods[-1] == "2025-01"  # newest first, only ended months
    assert page.month.currentData() == "2025-01"  # the oldest month not yet run
    assert page.run_button.text() == "Jalankan tutup bulan"

    answers.confirm_answer = False
    page.run()
    assert journal_count(ui.app) == 2
    answers.confirm_answer = True
    page.run()
    settle(ui, qtbot)
    result = page.result
    assert result is not None and not result.already_done
    assert result.obligations_created == 2
    assert page.banner.text() == "Tutup bulan Januari 2025 selesai."
    # February's lowest balance is 120 million: 3% / 12 = Rp 300.000 gross, 10% tax. January
    # had nothing at its start, so no interest (lowest balance includes the opening balance).
    assert result.interest == []
    assert [(r.number, r.amount) for r in page.arrears_model.rows] == [("00001", 50_000)]
    assert "(sudah)" in page.month.itemText(page.month.findData("2025-01"))

    page.select_month("2025-02")
    page.run()
    settle(ui, qtbot)
    row = page.interest_model.rows[0]
    assert (row.number, row.gross, row.tax, row.net) == ("00001", 300_000, 30_000, 270_000)
    assert page.tabs.tabText(0) == "Jasa simpanan sukarela per anggota (1)"
    entries = journal_count(ui.app)

    page.select_month("2025-01")  # already run: shows the results again, changes nothing
    settle(ui, qtbot)
    assert page.result is not None and page.result.already_done
    assert page.run_button.text() == "Lihat hasilnya"
    assert page.banner.text().startswith("Tutup bulan Januari 2025 sudah pernah dijalankan; tidak ada yang diubah.")
    assert journal_count(ui.app) == entries


def test_month_end_page_prints_the_withholding_slips(qtbot: QtBot, ui: UiContext, answers: Answers) -> None:
    add_member(ui.app, "Budi Santoso", NIKS[0], joined=date(2025, 1, 2))
    savings.deposit(ui.app, "00001", "sukarela", 120_000_000, date(2025, 1, 2))
    page = MonthEndPage(ui)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    settle(ui, qtbot)
    answers.confirm_answer = True
    page.select_month("2025-01")
    page.run()
    settle(ui, qtbot)
    assert not page.slips_button.isEnabled()  # January paid no interest: no slip to print
    page.select_month("2025-02")
    page.run()
    settle(ui, qtbot)
    assert page.slips_button.isEnabled()
    page.slips_button.click()
    assert page.slips is not None
    qtbot.waitUntil(lambda: page.slips is not None and page.slips.ready, timeout=10_000)
    path = page.slips.path
    assert path is not None and path.name == "bukti-potong-2025-02.pdf" and path.stat().st_size > 1000
    assert page.slips.print_button.isEnabled()
