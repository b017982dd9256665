"""The financial statements page on the hand-worked ledger of tests/statements/ledger.py:
each statement as the treasurer reads it, the checks, drill-down from a figure to its
journal lines, the buku besar, the neraca lajur and the files it writes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from coopdesk.db.schema import Database
from coopdesk.reports.statement import Period
from coopdesk.ui.app import make_ui_context
from coopdesk.ui.context import UiContext
from coopdesk.ui.i18n import Translations
from coopdesk.ui.ledger_view import EntryDialog, LedgerDialog
from coopdesk.ui.statements_page import StatementsPage
from tests.statements.ledger import small_cooperative

H1_2025 = Period(date(2025, 1, 1), date(2025, 6, 30))
JUNE_30 = Period(None, date(2025, 6, 30))


@pytest.fixture
def coop_ui(app: QApplication, translations: Translations, empty_sqlite: Database,
            tmp_path: Path) -> Iterator[UiContext]:
    """The small cooperative (books from 2024, today 30 June 2025) behind the app."""
    ctx = small_cooperative(empty_sqlite)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    context = make_ui_context(ctx, settings, "id", receipts_dir=tmp_path / "receipts")
    yield context
    context.worker.wait()


def settle(ui: UiContext, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not ui.worker.busy, timeout=10_000)
    QApplication.processEvents()


def _page(qtbot: QtBot, ui: UiContext) -> StatementsPage:
    page = StatementsPage(ui)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    page.activate()
    settle(ui, qtbot)
    return page


def _show(page: StatementsPage, qtbot: QtBot, key: str, period: Period = H1_2025) -> None:
    page.show_statement(key, period)
    settle(page._ui, qtbot)
    assert not page.busy


def test_opens_on_the_balance_sheet_at_today_with_this_year_as_the_period(qtbot: QtBot, coop_ui: UiContext) -> None:
    page = _page(qtbot, coop_ui)
    assert page.key() == "balance_sheet"
    assert page.period() == JUNE_30  # today
    assert page.start.value() == date(2025, 1, 1) and not page.start.isVisible()
    assert page.statement is not None and page.statement.key == "balance_sheet"


def test_balance_sheet_reads_like_the_printed_statement(qtbot: QtBot, coop_ui: UiContext,
                                                        qtmodeltester: ModelTester) -> None:
    page = _page(qtbot, coop_ui)
    _show(page, qtbot, "balance_sheet", JUNE_30)
    rows = page.rows()
    # Figures from tests/statements/test_statements_by_hand.py, worked out from the ledger.
    assert ("JUMLAH ASET", "Rp 18.420.000", "Rp 10.900.000") in rows
    assert ("Kas", "Rp 10.300.000", "Rp 10.900.000") in rows
    assert ("Akumulasi Penyusutan Inventaris", "(Rp 100.000)", "–") in rows  # negative in parentheses, nil a dash
    assert ("SHU Tahun Berjalan", "(Rp 540.000)", "Rp 900.000") in rows
    assert rows[-1] == ("JUMLAH LIABILITAS DAN EKUITAS", "Rp 18.420.000", "Rp 10.900.000")
    assert [page.model.headerData(c, Qt.Orientation.Horizontal) for c in (1, 2)] == ["30 Juni 2025", "30 Juni 2024"]
    assert "Laporan Posisi Keuangan" in page.title.text() and "Per 30 Juni 2025" in page.title.text()

    model = page.model
    kas, total, heading = page.row_of("acct:1110"), page.row_of("total_assets"), page.row_of("h:assets")
    assert model.index(kas, 0).data().startswith("\u2003\u2003")  # accounts indented under their group
    assert not model.index(kas, 1).data(Qt.ItemDataRole.FontRole)
    assert model.index(total, 1).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(heading, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(heading, 1).data() == ""  # a heading has no figure

    text = page.checks.text()
    assert "✓ Aset = Liabilitas + Ekuitas: seimbang" in text and "#14532d" in text  # green
    assert page.checks.isVisible()
    qtmodeltester.check(model, force_py=True)


def test_income_statement_of_the_first_half_ends_with_the_loss(qtbot: QtBot, coop_ui: UiContext) -> None:
    page = _page(qtbot, coop_ui)
    _show(page, qtbot, "income_statement")
    assert page.start.isVisible() and (page.start.value(), page.end.value()) == (date(2025, 1, 1), date(2025, 6, 30))
    assert page.quick.currentData() == "this_year"
    rows = page.rows()
    # Income 150.000 + 100.000 + 20.000, expenses 60.000 + 250.000 + 100.000 + 400.000; H1 2024: 1.200.000 - 300.000.
    assert ("Jumlah partisipasi bruto anggota", "Rp 250.000", "Rp 1.200.000") in rows
    assert rows[-1] == ("SHU SETELAH PAJAK", "(Rp 540.000)", "Rp 900.000")
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "1 Januari 2025 –\n30 Juni 2025"
    assert not page.checks.isVisible()  # this statement has no identity to show


def test_cash_flow_and_changes_in_equity_show_their_checks_and_notes(qtbot: QtBot, coop_ui: UiContext) -> None:
    page = _page(qtbot, coop_ui)
    _show(page, qtbot, "cash_flow")
    rows = page.rows()
    # Kas 10.900.000 + bank 0 at the start; Kas 10.300.000 + bank 1.020.000 at the end.
    assert ("Kas dan setara kas awal periode", "Rp 10.900.000", "–") in rows
    assert rows[-1] == ("KAS DAN SETARA KAS AKHIR PERIODE", "Rp 11.320.000", "Rp 10.900.000")
    assert "✓" in page.checks.text() and "sesuai" in page.checks.text()
    assert page.notes.isVisible() and "metode langsung" in page.notes.text()

    _show(page, qtbot, "equity_changes")
    rows = page.rows()
    assert rows[-1] == ("JUMLAH EKUITAS AKHIR PERIODE", "Rp 15.360.000", "Rp 10.900.000")
    assert ("SHU periode berjalan", "(Rp 540.000)", "Rp 900.000") in rows
    assert "✓" in page.checks.text() and not page.notes.isVisible()


def test_drill_down_from_kas_shows_its_lines_with_the_running_balance(qtbot: QtBot, coop_ui: UiContext) -> None:
    page = _page(qtbot, coop_ui)
    _show(page, qtbot, "balance_sheet", JUNE_30)
    page.table.setFocus()
    page.table.selectRow(page.row_of("acct:1110"))
    page.table.setCurrentIndex(page.model.index(page.row_of("acct:1110"), 1))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter opens the figure, as a double-click does
    dialog = page.dialog
    assert isinstance(dialog, LedgerDialog)
    settle(coop_ui, qtbot)
    view = dialog.view
    ledger = view.index
    assert ledger is not None
    # A balance at 30 June opens the year to that date, with 2024's balance brought forward.
    assert (ledger.period.start, ledger.period.end, ledger.opening) == (date(2025, 1, 1), date(2025, 6, 30),
                                                                        10_900_000)
    model = view.model
    assert model.rowCount() == 8 + 2
    balances = [model.index(r, model.BALANCE).data() for r in range(model.rowCount())]
    assert balances == ["Rp 10.900.000", "Rp 15.900.000", "Rp 18.900.000", "Rp 11.000.000", "Rp 13.150.000",
                        "Rp 12.150.000", "Rp 11.900.000", "Rp 11.500.000", "Rp 10.300.000", "Rp 10.300.000"]
    assert [model.index(3, c).data() for c in (model.DATE, model.VOUCHER, model.MEMO, model.CREDIT)] == [
        "01/02/2025", "BKK-2025-000001", "Pencairan pinjaman", "Rp 7.900.000"]
    assert model.index(9, model.DEBIT).data() == "Rp 10.150.000"  # totals and the closing balance
    assert model.index(9, model.CREDIT).data() == "Rp 10.750.000"
    assert view.cards["closing"].value.text() == "Rp 10.300.000"  # = the figure drilled into
    assert view.table.isColumnHidden(model.ACCOUNT)  # one account: no account column
    assert "Rp 10.300.000" in dialog.figure.text()

    entry = view.open_entry(3)  # the disbursement's whole journal entry
    assert isinstance(entry, EntryDialog) and entry.voucher == "BKK-2025-000001"
    assert [(r.code, r.debit, r.credit) for r in entry.model.rows] == [
        ("1141", 8_000_000, 0), ("1110", 0, 7_900_000), ("4120", 0, 100_000)]
    entry.close()
    assert view.open_entry(0) is None  # the opening balance is not an entry
    dialog.close()


def test_drill_down_of_the_comparative_and_of_an_opening_balance(qtbot: QtBot, coop_ui: UiContext) -> None:
    page = _page(qtbot, coop_ui)
    _show(page, qtbot, "balance_sheet", JUNE_30)
    dialog = page.drill_down(page.row_of("acct:1110"), 2)  # the 2024 column
    assert dialog is not None
    settle(coop_ui, qtbot)
    ledger = dialog.view.index
    assert ledger is not None and ledger.period == Period(date(2024, 1, 1), date(2024, 6, 30))
    assert (ledger.opening, len(ledger), ledger.closing) == (0, 3, 10_900_000)
    dialog.close()

    dialog = page.drill_down(page.row_of("total_assets"))  # several accounts: the account column shows
    assert dialog is not None
    settle(coop_ui, qtbot)
    assert dialog.view.index is not None and dialog.view.index.closing == 18_420_000
    assert not dialog.view.table.isColumnHidden(dialog.view.model.ACCOUNT)
    dialog.close()
    assert page.drill_down(page.row_of("h:assets")) is None  # a heading has nothing behind it

    _show(page, qtbot, "cash_flow")
    dialog = page.drill_down(page.row_of("opening_cash"))
    assert dialog is not None
    settle(coop_ui, qtbot)
    # Cash at the start of 2025 is the balance on 31 December 2024.
    ledger = dialog.view.index
    assert ledger is not None and ledger.period.end == date(2024, 12, 31) and ledger.closing == 10_900_000
    dialog.close()


def test_ledger_of_4110_found_by_typing_part_of_its_name(qtbot: QtBot, coop_ui: UiContext,
                                                           qtmodeltester: ModelTester) -> None:
    page = _page(qtbot, coop_ui)
    page.show_statement("general_ledger", H1_2025)
    settle(coop_ui, qtbot)
    assert page.account.isVisible() and page.account.currentData() == "1110"  # the cash box first
    page.account.setEditText("jasa pinjaman")
    page.account.lineEdit().returnPressed.emit()
    settle(coop_ui, qtbot)
    ledger = page.ledger.index
    assert ledger is not None and ledger.title == "4110 Pendapatan Jasa Pinjaman Anggota"
    model = page.ledger.model
    # 2024's interest (not closed) is the opening credit balance; the March instalment adds 150.000.
    assert model.rowCount() == 3  # opening, the March instalment, totals
    assert [model.index(0, c).data() for c in (0, 7)] == ["01/01/2025", "Rp 1.200.000"]
    assert [model.index(2, c).data() for c in (0, 6, 7)] == ["30/06/2025", "Rp 150.000", "Rp 1.350.000"]
    assert [model.index(1, c).data() for c in (0, 1, 6, 7)] == ["01/03/2025", "BKM-2025-000003", "Rp 150.000",
                                                              "Rp 1.350.000"]
    assert page.ledger.cards["opening"].value.text() == "Rp 1.200.000"
    assert page.ledger.cards["closing"].value.text() == "Rp 1.350.000"
    qtmodeltester.check(model, force_py=True)

    page.account.setEditText("")
    page.reload()
    assert page.error.isVisible()  # no account chosen: said so, nothing loaded


def test_worksheet_balances_and_opens_an_account(qtbot: QtBot, coop_ui: UiContext) -> None:
    page = _page(qtbot, coop_ui)
    _show(page, qtbot, "worksheet", Period(date(2025, 6, 1), date(2025, 6, 30)))
    sheet = page.worksheet
    assert sheet is not None and sheet.balanced
    assert page.worksheet_status.objectName() == "okBanner" and "✓" in page.worksheet_status.text()
    codes = [r.code for r in page.worksheet_model.rows]
    row = codes.index("1345")
    # June's depreciation is an adjustment: nothing before it, 100.000 credit after.
    assert page.worksheet_model.index(row, 5).data() == "Rp 100.000"
    assert page.worksheet_model.index(row, 7).data() == "Rp 100.000"
    assert page.worksheet_model.index(row, 3).data() == ""
    dialog = page.drill_worksheet(row)
    assert dialog is not None
    settle(coop_ui, qtbot)
    assert dialog.view.index is not None and dialog.view.index.closing == 100_000
    dialog.close()


def test_quick_periods_set_the_dates(qtbot: QtBot, coop_ui: UiContext) -> None:
    page = _page(qtbot, coop_ui)
    page.show_statement("income_statement")
    settle(coop_ui, qtbot)
    page.quick.setCurrentIndex(page.quick.findData("last_month"))
    page.quick.activated.emit(page.quick.currentIndex())
    settle(coop_ui, qtbot)
    assert page.period() == Period(date(2025, 5, 1), date(2025, 5, 31))
    assert page.statement is not None and page.statement.period == page.period()
    page.quick.setCurrentIndex(page.quick.findData("last_year"))
    page.quick.activated.emit(page.quick.currentIndex())
    settle(coop_ui, qtbot)
    assert page.period() == Period(date(2024, 1, 1), date(2024, 12, 31))
    page.start.set_value(date(2025, 2, 1))
    assert page.quick.currentData() == "custom"  # dates typed by hand
    page.end.set_value(date(2025, 1, 31))
    page.reload()
    assert page.error.isVisible()  # a period that ends before it starts is refused


def test_print_and_save_write_the_files(qtbot: QtBot, coop_ui: UiContext, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(qtbot, coop_ui)
    _show(page, qtbot, "income_statement")
    asked: list[str] = []

    def save_as(parent: object, caption: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / Path(suggested).stem), filters  # typed without the suffix

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)

    def written(dialog: object) -> Path:
        panel = dialog.panels[0]  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: panel.ready or "tidak" in panel.status.text().lower(), timeout=20_000)
        assert panel.ready, panel.status.text()
        assert panel.path is not None and panel.path.stat().st_size > 1000
        return panel.path

    dialog = page.print_report()
    assert dialog is not None
    path = written(dialog)
    assert path.parent == coop_ui.receipts_dir and path.suffix == ".pdf"
    assert dialog.panels[0].print_button.isEnabled()
    dialog.close()

    dialog = page.save_report(".pdf")
    assert dialog is not None
    assert written(dialog) == tmp_path / "laporan-perhitungan-hasil-usaha-2025-01-01-2025-06-30.pdf"
    dialog.close()
    dialog = page.save_report(".xlsx")
    assert dialog is not None and written(dialog).suffix == ".xlsx"
    assert not dialog.panels[0].print_button.isVisible()  # a workbook is opened, not printed
    dialog.close()

    dialog = page.save_all(".pdf")
    assert dialog is not None and written(dialog).name == "laporan-keuangan-2025-01-01-2025-06-30.pdf"
    dialog.close()
    dialog = page.save_all(".xlsx")
    assert dialog is not None
    from openpyxl import load_workbook

    assert len(load_workbook(written(dialog)).sheetnames) == 4  # one sheet a statement
    dialog.close()

    page.account.select_code("1110")
    _show(page, qtbot, "general_ledger")
    dialog = page.save_report(".pdf")
    assert dialog is not None and written(dialog).name.startswith("buku-besar-1110-")
    dialog.close()
    assert len(asked) >= 3
