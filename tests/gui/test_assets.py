"""Fixed assets through the app: add an asset (live preview, errors next to the field), see it in
the register, dispose of it, and month end showing the depreciation it posted."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from coopdesk.domain.journal import LineSpec
from coopdesk.services import fixed_assets, ledger
from coopdesk.services.fixed_assets import AssetInput
from coopdesk.ui.asset_dialogs import AddAssetDialog, DisposeAssetDialog
from coopdesk.ui.assets_page import AssetsPage
from coopdesk.ui.context import UiContext
from coopdesk.ui.month_end_page import MonthEndPage
from tests.gui.conftest import Answers
from tests.gui.helpers import journal_count, settle


@pytest.fixture
def page(qtbot: QtBot, ui: UiContext) -> AssetsPage:
    ledger.post_manual(ui.app, date(2025, 1, 2), "Hibah", [LineSpec("1110", debit=50_000_000),
                                                           LineSpec("3150", credit=50_000_000)])
    assets = AssetsPage(ui)
    qtbot.addWidget(assets)
    assets.show()
    assets.activate()
    settle(ui, qtbot)
    return assets


def _cash(ui: UiContext, code: str = "1110") -> int:
    with ui.app.reading() as session:
        return ledger.account_balance(session, code)


def test_add_an_asset_through_the_dialog(qtbot: QtBot, ui: UiContext, page: AssetsPage) -> None:
    assert page.model.rows == []
    page.add_asset()
    dialog = page.dialog
    assert isinstance(dialog, AddAssetDialog)
    qtbot.keyClicks(dialog.name, "Laptop kantor")
    qtbot.keyClicks(dialog.cost.edit, "12.000.000")
    dialog.day.set_value(date(2025, 1, 10))
    dialog.life.setValue(36)
    # The preview comes from the same schedule month end posts with: 12.000.000 / 36.
    assert "Rp 333.333" in dialog.preview.text() and "Rp 333.345" in dialog.preview.text()
    dialog.submit_button.click()
    assert dialog.number == "AT-0001"
    settle(ui, qtbot)
    assert [(r.number, r.cost, r.book_value) for r in page.model.rows] == [("AT-0001", 12_000_000, 12_000_000)]
    assert "AT-0001" in page.status.text()
    assert _cash(ui) == 38_000_000


def test_land_hides_life_and_residual(qtbot: QtBot, ui: UiContext, page: AssetsPage) -> None:
    dialog = AddAssetDialog(ui)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.category.setCurrentIndex(dialog.category.findData("land"))
    assert not dialog.life.isVisible() and not dialog.residual.isVisible()
    qtbot.keyClicks(dialog.name, "Tanah kantor")
    qtbot.keyClicks(dialog.cost.edit, "20000000")
    dialog.submit_button.click()
    assert dialog.number == "AT-0001"
    assert _cash(ui, "1310") == 20_000_000


def test_bad_input_is_shown_next_to_the_field_and_saves_nothing(qtbot: QtBot, ui: UiContext,
                                                                 page: AssetsPage) -> None:
    dialog = AddAssetDialog(ui)
    qtbot.addWidget(dialog)
    dialog.show()
    before = journal_count(ui.app)
    qtbot.keyClicks(dialog.cost.edit, "12000000")
    dialog.submit_button.click()
    assert dialog.errors.message_for("name") != ""
    qtbot.keyClicks(dialog.name, "Laptop")
    qtbot.keyClicks(dialog.residual.edit, "13000000")
    dialog.submit_button.click()
    assert dialog.errors.message_for("residual") != "" and dialog.errors.message_for("name") == ""
    assert dialog.number is None and journal_count(ui.app) == before


def test_dispose_from_the_register(qtbot: QtBot, ui: UiContext, page: AssetsPage, answers: Answers) -> None:
    fixed_assets.register(ui.app, AssetInput("Motor", "vehicle", 24_000_000, date(2025, 1, 5), 48))
    page.reload()
    settle(ui, qtbot)
    assert page.select_number("AT-0001")
    page.dispose_selected()
    dialog = page.dialog
    assert isinstance(dialog, DisposeAssetDialog)
    dialog.day.set_value(date(2025, 3, 20))  # Jan, Feb, Mar counted: 3 × 500.000 = 1.500.000
    qtbot.keyClicks(dialog.proceeds.edit, "23.000.000")
    assert "Rp 1.500.000" in dialog.outcome.text() and "Rp 500.000" in dialog.outcome.text()  # a gain of 500.000
    dialog.submit_button.click()
    assert answers.asked and dialog.voucher is not None and dialog.voucher.startswith("BKM-2025-")
    settle(ui, qtbot)
    assert page.model.rows == []  # gone from the register of today (31 December)
    assert _cash(ui, "4290") == -500_000


def test_month_end_page_shows_the_depreciation(qtbot: QtBot, ui: UiContext, page: AssetsPage,
                                               answers: Answers) -> None:
    fixed_assets.register(ui.app, AssetInput("Laptop", "equipment", 12_000_000, date(2025, 1, 10), 36))
    month_end = MonthEndPage(ui)
    qtbot.addWidget(month_end)
    month_end.show()
    month_end.activate()
    settle(ui, qtbot)
    assert month_end.select_month("2025-01")
    month_end.run()
    settle(ui, qtbot)
    assert month_end.depreciation.isVisible()
    assert "Rp 333.333" in month_end.depreciation.text() and "JM-2025-" in month_end.depreciation.text()
