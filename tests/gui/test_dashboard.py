"""The home page: the figures of tests/reports/test_dashboard.py on screen, every tile opening
its list, the NPL band in colour, and the two charts drawn."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coopdesk.domain.loan_quality import Collectibility
from coopdesk.ui.charts import Series, Share, ShareBar, TrendChart, nice_ticks, short_rupiah
from coopdesk.ui.context import UiContext
from coopdesk.ui.dashboard_page import CLASS_FILLS, LOANS_COLOUR, SAVINGS_COLOUR, DashboardPage
from coopdesk.ui.loan_labels import NPL_COLOURS
from tests.gui.helpers import settle
from tests.loans.helpers import context
from tests.reports.test_dashboard import TODAY, build_coop


@pytest.fixture
def page(qtbot: QtBot, ui: UiContext) -> DashboardPage:
    ui.app = build_coop(ui.app.db)  # acting on 20 November 2025
    assert ui.app.today() == TODAY
    widget = DashboardPage(ui)
    qtbot.addWidget(widget)
    widget.resize(980, 740)
    widget.show()
    widget.activate()
    settle(ui, qtbot)
    return widget


def values(page: DashboardPage) -> dict[str, str]:
    return {key: tile.value.text() for key, tile in page.tiles.items()}


def test_the_page_shows_the_figures(page: DashboardPage) -> None:
    assert page.title.text() == "KSP Sejahtera"
    assert page.day_label.text() == "Kamis, 20 November 2025"
    assert values(page) == {
        "loans": "Rp 19.100.000", "npl": "76,96%", "late": "2", "due": "2",
        "members": "5", "arrears": "3", "pokok": "Rp 500.000", "wajib": "Rp 100.000", "sukarela": "Rp 1.203.000",
        "cash": "Rp 10.620.000", "bank": "Rp 2.025.000", "income": "Rp 25.000", "expense": "Rp 185.000",
    }
    assert "Rp 13.525.000" in page.tiles["late"].note.text()
    assert "Rp 1.326.000" in page.tiles["due"].note.text() and "26/11/2025" in page.tiles["due"].note.text()
    assert "Rp 150.000" in page.tiles["arrears"].note.text()
    assert "-Rp 160.000" in page.tiles["expense"].note.text()
    # 76,96% is "tidak sehat": the tile takes the band's colours and a banner says so.
    assert page.tiles["npl"].colours == NPL_COLOURS["tidak sehat"]
    assert page.alert.isVisible() and page.alert.objectName() == "badBanner"
    assert "Rp 14.700.000" in page.alert.text() and "Rp 13.525.000" in page.alert.text()
    assert page.tiles["sukarela"].caption.text() == "Simpanan Sukarela"


def test_charts_get_the_trend_and_the_split(page: DashboardPage) -> None:
    savings, loans = page.trend.series
    assert savings.values[-1] == 1_803_000 and loans.values[-1] == 19_100_000
    assert loans.values[5:7] == (15_000_000, 20_700_000)  # May and June 2025
    assert page.trend.labels[0] == "Des\n2024" and page.trend.labels[1] == "Jan\n2025"
    assert page.trend.labels[-1] == "Nov"
    assert [(s.label, s.amount, s.fill) for s in page.split.shares] == [
        ("Lancar", 4_400_000, CLASS_FILLS[Collectibility.LANCAR]),
        ("Kurang Lancar", 2_700_000, CLASS_FILLS[Collectibility.KURANG_LANCAR]),
        ("Diragukan", 0, CLASS_FILLS[Collectibility.DIRAGUKAN]),
        ("Macet", 12_000_000, CLASS_FILLS[Collectibility.MACET])]
    assert page.split.percent(12_000_000) == "62,8%"
    last = page.trend._x(page.trend._plot(), 11)
    tip = page.trend.tooltip_at(last)
    assert "20 November 2025" in tip and "Rp 1.803.000" in tip and "Rp 19.100.000" in tip


TARGETS = {
    "loans": "loans", "npl": "portfolio", "late": "loans:late", "due": "loans:due_week", "members": "members",
    "arrears": "members:arrears", "pokok": "ledger:3110", "wajib": "ledger:3120", "sukarela": "ledger:2111",
    "cash": "cashbook:1110", "bank": "cashbook:1121", "income": "statements:income", "expense": "statements:income",
}


def test_clicking_a_tile_opens_its_list(qtbot: QtBot, page: DashboardPage) -> None:
    assert set(page.tiles) == set(TARGETS)
    for key, target in TARGETS.items():
        with qtbot.waitSignal(page.navigate, timeout=1000) as signal:
            qtbot.mouseClick(page.tiles[key], Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
        assert signal.args == [target], key


def test_keyboard_and_the_other_ways_in(qtbot: QtBot, page: DashboardPage) -> None:
    page.tiles["late"].setFocus()
    with qtbot.waitSignal(page.navigate, timeout=1000) as signal:
        qtbot.keyClick(page.tiles["late"], Qt.Key.Key_Return)
    assert signal.args == ["loans:late"]
    with qtbot.waitSignal(page.navigate, timeout=1000) as signal:
        qtbot.mouseClick(page.split, Qt.MouseButton.LeftButton, pos=QPoint(30, 10))
    assert signal.args == ["portfolio"]
    with qtbot.waitSignal(page.navigate, timeout=1000) as signal:
        page.alert.linkActivated.emit("loans:late")  # the banner's "open the arrears list"
    assert signal.args == ["loans:late"]


def test_the_last_figures_stay_while_new_ones_load(qtbot: QtBot, ui: UiContext, page: DashboardPage) -> None:
    before = values(page)
    page.activate()
    assert page.loading and not page.refresh_button.isEnabled()
    assert values(page) == before
    page.activate()  # a second refresh while one runs is not queued behind it
    assert len(ui.worker._jobs) == 1
    settle(ui, qtbot)
    assert not page.loading and values(page) == before


def test_a_young_cooperative_shows_zeros_and_no_alarm(qtbot: QtBot, ui: UiContext) -> None:
    ui.app = context(ui.app.db, today=date(2025, 3, 15))
    page = DashboardPage(ui)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    settle(ui, qtbot)
    assert values(page)["loans"] == "Rp 0" and values(page)["npl"] == "0,00%"
    assert page.tiles["npl"].colours == (None, None)
    assert not page.alert.isVisible()
    assert page.split.total == 0
    render(page.trend)
    render(page.split)


def render(widget: QWidget) -> QImage:
    widget.resize(480, 260)
    return widget.grab().toImage()


def has_colour(image: QImage, colour: str, tolerance: int = 12) -> bool:
    want = QColor(colour)
    for x in range(0, image.width(), 2):
        for y in range(0, image.height(), 2):
            c = image.pixelColor(x, y)
            if abs(c.red() - want.red()) + abs(c.green() - want.green()) + abs(c.blue() - want.blue()) <= tolerance:
                return True
    return False


def test_charts_paint_their_lines_and_segments(qtbot: QtBot, app: object) -> None:
    trend = TrendChart("id")
    qtbot.addWidget(trend)
    trend.set_data(["Jan\n2025", "Feb", "Mar"], [Series("Simpanan", SAVINGS_COLOUR, (1_000_000, 2_000_000, 2_500_000)),
                                                 Series("Pinjaman", LOANS_COLOUR, (0, 500_000, 400_000))])
    image = render(trend)
    assert has_colour(image, SAVINGS_COLOUR) and has_colour(image, LOANS_COLOUR)
    bar = ShareBar("id")
    qtbot.addWidget(bar)
    bar.set_data([Share("Lancar", 700, "7 pinjaman", CLASS_FILLS[Collectibility.LANCAR]),
                  Share("Macet", 300, "1 pinjaman", CLASS_FILLS[Collectibility.MACET])])
    image = render(bar)
    assert has_colour(image, CLASS_FILLS[Collectibility.LANCAR])
    assert has_colour(image, CLASS_FILLS[Collectibility.MACET])
    assert not has_colour(image, CLASS_FILLS[Collectibility.DIRAGUKAN])
    assert "Macet" in bar.tooltip_at(470, 10) and "30,0%" in bar.tooltip_at(470, 10)


def test_short_rupiah_and_axis_steps() -> None:
    assert [short_rupiah(v) for v in (0, 950, 250_000, 1_500_000, 12_000_000, 2_000_000_000, 1_250_000_000_000)] == [
        "0", "950", "250 rb", "1,5 jt", "12 jt", "2 M", "1,2 T"]
    assert short_rupiah(1_500_000, "en") == "1.5 M" and short_rupiah(-2_500_000_000, "en") == "-2.5 bn"
    assert nice_ticks(19_100_000) == [0, 5_000_000, 10_000_000, 15_000_000, 20_000_000]
    assert nice_ticks(1_803_000) == [0, 500_000, 1_000_000, 1_500_000, 2_000_000]
    assert nice_ticks(0) == [0.0, 1.0]
