"""Screenshots of every screen and dialog with realistic data, to look at (not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.gui.make_screenshots [/tmp/shots] [--lang en]

Builds a cooperative of a few dozen members with a year of savings in a temporary
database, then saves one PNG per screen.  The font is set explicitly (DejaVu Sans) so the
pictures do not depend on the fonts installed.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from coopdesk.db.schema import open_database
from coopdesk.services import member_exit
from coopdesk.services.books import BooksSetup, init_books
from coopdesk.services.context import AppContext
from coopdesk.ui import messages
from coopdesk.ui.app import AppShell, make_ui_context, register_fonts
from coopdesk.ui.context import UiContext
from coopdesk.ui.first_start import FirstStartDialog
from coopdesk.ui.i18n import Translations
from coopdesk.ui.loan_queries import list_loans
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.style import STYLE_SHEET
from tests.gui.seed import seed

TODAY = date(2025, 11, 20)


def settle(app: QApplication, ui_worker: object, ms: int = 150) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end or getattr(ui_worker, "busy", False):
        app.processEvents()
        time.sleep(0.01)


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv and not argv[0].startswith("--") else Path("/tmp/shots")
    lang = "en" if "--lang" in argv and argv[argv.index("--lang") + 1] == "en" else "id"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    register_fonts()
    app.setFont(QFont("DejaVu Sans", 9))
    app.setStyleSheet(STYLE_SHEET)
    translations = Translations(app)
    translations.apply(lang)
    messages.confirm = lambda *args, **kwargs: True  # type: ignore[assignment]
    messages.info = lambda *args, **kwargs: None  # type: ignore[assignment]
    suffix = "" if lang == "id" else "-en"

    tmp = Path(tempfile.mkdtemp(prefix="coopdesk-shots-"))
    db = open_database(str(tmp / "books.db"))
    first = FirstStartDialog(db, "admin", TODAY)
    first.name.setText("KSP Sejahtera Bersama")
    first.address.setText("Jl. Pemuda No. 12, Semarang")
    first.resize(620, first.sizeHint().height())
    first.show()
    shot(app, first, out / f"00-first-start{suffix}.png")
    first.close()
    init_books(db, BooksSetup("KSP Sejahtera Bersama", date(2025, 1, 1), address="Jl. Pemuda No. 12, Semarang"))
    ctx = AppContext(db, user_name="admin", today=lambda: TODAY, now=lambda: datetime(2025, 11, 20, 9, 30))
    started = time.monotonic()
    numbers = seed(ctx, months_run=9, with_exit=False)  # October's month end is still to do
    print(f"seeded {len(numbers)} members in {time.monotonic() - started:.1f} s")

    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    ui = make_ui_context(ctx, settings, lang, receipts_dir=tmp / "receipts")
    shell = AppShell(app, ui, translations)
    window = shell.show()
    window.resize(1280, 780)

    def grab(name: str, widget: QWidget | None = None, before: Callable[[], None] | None = None) -> None:
        if before:
            before()
        settle(app, ui.worker)
        shot(app, widget or window, out / f"{name}{suffix}.png")

    grab("00b-dashboard")
    window.show_widget(window.members)
    grab("01-members")
    window.members.list.search.setText("siti")
    window.members.list.search_now()
    grab("02-members-search")
    window.members.list.search.clear()
    window.members.list.search_now()
    dialog = window.members.list.open_new_member_dialog()
    dialog.name.setText("Ratna Sari Dewi")
    dialog.nik.setText("3374015705880003")
    dialog.phone.setText("0813 2555 1234")
    grab("03-new-member", dialog)
    dialog.submit()
    grab("03b-new-member-registered")
    bad = window.members.list.open_new_member_dialog()
    bad.name.setText("A")
    bad.nik.setText("33740157")
    bad.submit()
    grab("04-new-member-errors", bad)
    bad.reject()

    importer = window.members.list.open_import_dialog()
    grab("04b-import-members", importer)
    importer.reject()

    window.show_page(window.pages.indexOf(window.month_end))
    grab("17-month-end-pending")
    window.month_end.run()  # October
    grab("18-month-end-done")
    window.month_end.select_month("2025-09")
    grab("18b-month-end-already-run")
    window.show_page(window.pages.indexOf(window.members))
    member_exit.exit_member(ctx, numbers[5], date(2025, 11, 10), "keluar")

    window.members.open_member(numbers[2])
    grab("05-member-page")
    deposit = window.members.member.open_savings_dialog("deposit")
    assert deposit is not None
    grab("06-deposit", deposit)
    deposit.amount.setText("Rp 250.000")
    grab("06b-deposit-typed", deposit)
    deposit.submit()
    grab("07-deposit-done", deposit)
    deposit.accept()
    withdraw = window.members.member.open_savings_dialog("withdraw")
    assert withdraw is not None
    withdraw.amount.setText("999.999.999")
    withdraw.submit()
    grab("08-withdraw-refused", withdraw)
    withdraw.reject()
    window.members.open_member(numbers[10])
    exit_dialog = window.members.member.open_exit_dialog()
    assert exit_dialog is not None
    grab("09-exit-preview", exit_dialog)
    exit_dialog.submit()
    grab("10-exit-done", exit_dialog)
    exit_dialog.accept()
    grab("11-member-left")
    edit = window.members.member.open_edit_dialog()
    if edit is not None:
        grab("12-edit-profile", edit)
        edit.reject()

    window.show_page(window.pages.indexOf(window.journal))
    grab("13-journal")
    journal = window.journal
    journal.select_voucher("BKM-2025-000072")
    reverse = journal.open_reverse_dialog()
    if reverse is not None:
        reverse.reason.setText("Salah anggota: seharusnya 00014")
        grab("14-reverse", reverse)
        reverse.reject()
    manual = journal.open_manual_entry()
    manual.memo.setText("Bayar listrik dan air kantor November")
    manual.set_line(0, "5230", "425000", "", "PLN + PDAM")
    manual.set_line(1, "kas", "", "400000")
    grab("15-manual-entry-unbalanced", manual)
    manual.set_line(1, "1110", "", "425000")
    grab("15b-manual-entry-balanced", manual)
    manual.reject()

    window.show_page(window.pages.indexOf(window.trial_balance))
    grab("16-trial-balance")
    window.show_page(window.pages.indexOf(window.settings))
    grab("19-settings")
    for index, name in ((1, "20-settings-accounts"), (3, "21-settings-users"), (4, "22-settings-language")):
        window.settings.tabs.setCurrentIndex(index)
        grab(name)
    loan_screens(window, grab, ui, numbers)
    ui.worker.wait()
    window.close()
    settings.sync()  # the window's geometry, written now rather than into the removed folder at exit
    db.dispose()
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"screenshots in {out}")
    return 0


def loan_screens(window: MainWindow, grab: Callable[..., None], ui: UiContext, numbers: list[str]) -> None:
    """The loan screens, on the seed's loan book (see tests.gui.seed.loan_events)."""
    settings_page = window.settings
    settings_page.tabs.setCurrentIndex(2)
    grab("loan-01-settings-products")
    product = settings_page.loan_products.open_edit()
    assert product is not None
    grab("loan-02-product-dialog", product)
    product.rate.setText("abc")
    product.submit()
    grab("loan-02b-product-dialog-error", product)
    product.reject()

    section = window.loans
    window.show_page(window.pages.indexOf(section))
    section.show_tab(0)
    grab("loan-03-list")
    section.list.filter.setCurrentIndex(section.list.filter.findData("late"))
    grab("loan-03b-list-late")
    section.list.filter.setCurrentIndex(section.list.filter.findData("open"))

    section.show_tab(1)
    grab("loan-04-approvals")
    approvals = section.approvals
    for row in range(approvals.model.rowCount()):
        if approvals.model.row_value(row).related_party:
            approvals.table.selectRow(row)
    approvals.approve()  # entered by admin, who is working: refused with the message
    grab("loan-05-approval-refused")
    waiting = next(r for r in approvals.model.rows if r.status == "approved")
    approvals.select_number(waiting.number)
    disbursement = approvals.open_disbursement()
    assert disbursement is not None
    grab("loan-06-disbursement", disbursement)
    disbursement.submit()
    grab("loan-07-disbursement-done", disbursement)
    disbursement.accept()

    section.show_tab(2)
    grab("loan-08-portfolio-arrears")
    section.portfolio.tabs.setCurrentIndex(1)
    grab("loan-09-portfolio-quality")
    export = section.portfolio.export("arrears", ".xlsx")
    grab("loan-10-export", export)
    export.accept()
    section.portfolio.tabs.setCurrentIndex(0)

    late = next(r for r in section.portfolio.arrears_model.rows if r.collectibility.value == "kurang_lancar")
    section.open_loan(late.loan_number)
    grab("loan-11-loan-page-late")
    section.loan.tabs.setCurrentIndex(1)
    grab("loan-12-loan-history")
    section.loan.tabs.setCurrentIndex(0)
    repayment = section.loan.open_repayment()
    assert repayment is not None
    grab("loan-13-repayment", repayment)
    repayment.amount.setText("2.000.000")
    grab("loan-13b-repayment-typed", repayment)
    repayment.submit()
    grab("loan-14-repayment-done", repayment)
    repayment.accept()
    grab("loan-15-loan-page-after-payment")

    current = next(r for r in section.portfolio.data.report.loans if r.dpd == 0) if section.portfolio.data else None
    if current is not None:
        section.open_loan(current.loan_number)
        grab("loan-16-loan-page-current")
        payoff = section.loan.open_repayment(payoff=True)
        assert payoff is not None
        grab("loan-17-payoff", payoff)
        payoff.reject()
        write_off = section.loan.open_write_off()
        assert write_off is not None
        write_off.reason.setText("Macet, anggota pindah ke luar kota")
        grab("loan-18-write-off", write_off)
        write_off.reject()
    macet = next(r for r in section.portfolio.arrears_model.rows if r.collectibility.value == "macet")
    section.open_loan(macet.loan_number)
    grab("loan-19-loan-page-macet")
    with ui.app.reading() as session:
        written = next((r.number for r in list_loans(session, ui.app.today(), "", "written_off")), None)
    if written:
        section.open_loan(written)
        grab("loan-20-loan-page-written-off")
        recovery = section.loan.open_recovery()
        if recovery is not None:
            grab("loan-21-recovery", recovery)
            recovery.reject()
    section.show_home()

    window.show_page(window.pages.indexOf(window.members))
    window.members.open_member(numbers[1])
    window.members.member.tabs.setCurrentIndex(1)
    grab("loan-22-member-loans")
    window.members.open_member(numbers[22])
    application = window.members.member.open_loan_application()
    assert application is not None
    grab("loan-23-application-empty", application)
    application.principal.setText("10.000.000")
    application.purpose.setText("Modal usaha warung kelontong")
    application.collateral.setText("BPKB Yamaha Mio 2020")
    application.collateral_value.setText("7.500.000")
    grab("loan-24-application", application)
    application.term.setValue(48)
    grab("loan-25-application-refused", application)
    application.term.setValue(12)
    application.submit()
    grab("loan-26-application-done", application)
    application.accept()
    window.show_page(window.pages.indexOf(window.month_end))
    window.month_end.select_month("2025-10")
    grab("loan-27-month-end-allowance")
    books_screens(window, grab)


def books_screens(window: MainWindow, grab: Callable[..., None]) -> None:
    """Issue 4's screens: dashboard, cash book and its forms, statements, assets, kas opname."""
    from coopdesk.reports.statement import Period

    window.show_widget(window.dashboard)
    grab("books-01-dashboard")
    window.navigate("cashbook:1110")
    grab("books-02-cash-book")
    expense = window.cash_book.open_entry("expense")
    expense.account.setEditText("5230")
    expense.amount.setText("275.000")
    expense.memo.setText("Listrik November")
    grab("books-03-cash-expense", expense)
    expense.submit_button.click()
    grab("books-04-cash-book-after")
    window.open_cash_count()
    assert window.cash_count_dialog is not None
    grab("books-05-cash-count", window.cash_count_dialog)
    window.cash_count_dialog.reject()
    year = Period(date(2025, 1, 1), date(2025, 11, 20))
    window.show_widget(window.statements)
    for number, key in enumerate(("balance_sheet", "income_statement", "cash_flow", "equity_changes", "worksheet"),
                                 start=6):
        window.statements.show_statement(key, year)
        grab(f"books-{number:02d}-{key}")
    window.statements.show_ledger("1110", Period(date(2025, 11, 1), date(2025, 11, 20)))
    grab("books-11-ledger-1110")
    window.statements.show_statement("balance_sheet", year)
    grab("books-11b-balance-sheet-again")
    dialog = window.statements.drill_down(window.statements.row_of("acct:1110"))
    if dialog is not None:
        grab("books-12-drill-down", dialog)
        dialog.reject()
    window.show_widget(window.assets)
    grab("books-13-assets")


def shot(app: QApplication, widget: QWidget, path: Path) -> None:
    widget.show()
    for _ in range(5):
        app.processEvents()
    widget.grab().save(str(path))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
