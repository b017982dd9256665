"""Loans through the app: apply with the live preview, approve (not by the user who entered
it), pay out, repay at the teller, and see a late loan in the portfolio's arrears list.

The figures are DOMAIN.md's worked example on the default product UMUM (flat 1,5% a month,
installments rounded up to Rp 100, provisi 1%, administrasi Rp 25.000): Rp 12.000.000 over
12 months is Rp 1.180.000 a month and Rp 11.855.000 in cash.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from coopdesk.domain.loan_quality import Collectibility
from coopdesk.services import ledger, loans, savings, users
from coopdesk.services.loans import Application
from coopdesk.ui.context import UiContext
from coopdesk.ui.loan_approval_page import LoanApprovalPage
from coopdesk.ui.loan_disbursement_dialog import LoanDisbursementDialog
from coopdesk.ui.loan_labels import CLASS_COLOURS
from coopdesk.ui.loan_models import SORT_ROLE, Col, StyledRowsModel
from coopdesk.ui.loan_page import LoanPage
from coopdesk.ui.loan_portfolio_page import LoanPortfolioPage
from coopdesk.ui.loan_repayment_dialog import LoanRepaymentDialog
from coopdesk.ui.member_page import MemberPage
from tests.gui.conftest import Answers
from tests.gui.helpers import NIKS, add_member, journal_count, settle


@pytest.fixture
def member(ui: UiContext) -> str:
    number = add_member(ui.app, "Budi Santoso", NIKS[0], joined=date(2025, 1, 2))
    savings.deposit(ui.app, number, "pokok", 100_000, date(2025, 1, 2))
    return number


def as_user(ui: UiContext, name: str, role: str = "ketua") -> UiContext:
    """The same books opened by another user (CoopDesk started with --user NAME)."""
    users.add(ui.app, name, role)
    return dataclasses.replace(ui, app=dataclasses.replace(ui.app, user_name=name))


def applied(ui: UiContext, member: str, day: date, principal: int = 12_000_000, term: int = 12) -> str:
    return loans.apply(ui.app, Application(member, "UMUM", principal, term, day, purpose="Modal warung"))


def disbursed(ui: UiContext, member: str, day: date, principal: int = 12_000_000) -> str:
    number = applied(ui, member, day, principal)
    loans.approve(dataclasses.replace(ui.app, user_name="ketua"), number, day)
    loans.disburse(ui.app, number, day)
    return number


def open_loan_page(qtbot: QtBot, ui: UiContext, number: str) -> LoanPage:
    page = LoanPage(ui)
    qtbot.addWidget(page)
    page.show()
    page.show_loan(number)
    return page


def test_the_application_form_previews_the_schedule_while_typing_and_saves_it(
        qtbot: QtBot, ui: UiContext, member: str) -> None:
    page = MemberPage(ui)
    qtbot.addWidget(page)
    page.show()
    page.show_member(member)
    dialog = page.open_loan_application()
    assert dialog is not None
    assert dialog.product.currentData() == "UMUM"
    assert dialog.preview_model.rowCount() == 0  # nothing typed yet
    qtbot.keyClicks(dialog.principal.edit, "12.000.000")
    assert dialog.principal.words.text() == "Rp 12.000.000 · dua belas juta rupiah"
    model = dialog.preview_model
    assert model.rowCount() == 13  # 12 installments and the total
    assert [model.index(0, c).data() for c in range(6)] == \
        ["1", "31/01/2026", "Rp 1.000.000", "Rp 180.000", "Rp 1.180.000", "Rp 11.000.000"]
    assert model.index(11, 5).data() == "Rp 0"
    assert [model.index(12, c).data() for c in (1, 2, 3, 4)] == \
        ["Jumlah", "Rp 12.000.000", "Rp 2.160.000", "Rp 14.160.000"]
    assert dialog.figures["installment"].text() == "Rp 1.180.000"
    assert dialog.figures["provisi"].text() == "-Rp 120.000"
    assert dialog.figures["admin"].text() == "-Rp 25.000"
    assert dialog.figures["cash"].text() == "Rp 11.855.000"

    # Terms the product does not allow are refused next to the field, while typing.
    dialog.term.setValue(48)
    assert dialog.errors.labels() == {"term": "harus 1 sampai 36 bulan untuk Pinjaman Umum"}
    assert model.rowCount() == 0
    dialog.term.setValue(12)
    dialog.principal.setText("0")
    assert dialog.errors.labels() == {"principal": "harus lebih dari nol"}
    dialog.principal.setText("12000000")
    assert dialog.errors.labels() == {}
    assert model.index(0, 4).data() == "Rp 1.180.000"

    dialog.day.set_value(date(2025, 6, 2))
    assert model.index(0, 1).data() == "02/07/2025"  # due dates follow the date typed
    dialog.purpose.setText("Modal warung kelontong")
    dialog.collateral.setText("BPKB motor Honda Beat 2019")
    dialog.collateral_value.setText("8.000.000")
    before = journal_count(ui.app)
    qtbot.keyClick(dialog.collateral_value, Qt.Key.Key_Return)  # Enter saves
    assert dialog.number == "PJ-2025-00001"
    assert dialog.stack.currentIndex() == 1
    assert journal_count(ui.app) == before  # an application posts nothing
    with ui.app.reading() as session:
        loan = loans.by_number(session, "PJ-2025-00001")
        assert (loan.status, loan.principal, loan.term, loan.applied_on, loan.collateral_value) == \
            ("applied", 12_000_000, 12, date(2025, 6, 2), 8_000_000)
    settle(ui, qtbot)
    assert dialog.document is not None and dialog.document.ready  # the simulation PDF for the member
    dialog.close_button.click()
    assert page.loans_model.rowCount() == 1
    assert page.loans_model.index(0, 3).data() == "Menunggu persetujuan"
    assert "1 permohonan menunggu" in page.loan_arrears.text()


def test_the_member_is_refused_a_rounding_that_repays_the_loan_early(qtbot: QtBot, ui: UiContext,
                                                                       member: str) -> None:
    page = MemberPage(ui)
    qtbot.addWidget(page)
    page.show_member(member)
    dialog = page.open_loan_application()
    assert dialog is not None
    dialog.principal.setText("50.000")
    dialog.term.setValue(36)
    message = dialog.errors.labels().get("product", "")
    assert message.startswith("pembulatan Rp 100 lebih besar dari angsuran") or \
        message.startswith("angsuran yang dibulatkan ke atas ke Rp 100"), dialog.errors.labels()
    dialog.submit()
    assert dialog.number is None


def test_approval_by_the_user_who_entered_it_is_refused_and_another_user_approves(
        qtbot: QtBot, ui: UiContext, member: str) -> None:
    number = applied(ui, member, date(2025, 6, 2))
    page = LoanApprovalPage(ui)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    settle(ui, qtbot)
    assert page.model.rowCount() == 1
    assert page.selected() is not None and page.selected().number == number
    assert page.model.index(0, 7).data() == "Persetujuan"
    assert "Rp\u00a011.855.000" in page.details.text()  # an amount never breaks over two lines
    assert page.approve() is None
    assert page.message.isVisible()
    assert page.message.text() == f"{number} tidak dapat disetujui: pengguna yang memasukkan pinjaman tidak boleh " \
                                  "menyetujuinya; harus pengguna lain"
    with ui.app.reading() as session:
        assert loans.by_number(session, number).status == "applied"

    ketua = as_user(ui, "ketua")
    other = LoanApprovalPage(ketua)
    qtbot.addWidget(other)
    other.show()
    other.activate()
    settle(ui, qtbot)
    assert "ketua (Ketua)" in other.who.text()
    assert other.approve() == "approved"
    assert other.message.text() == f"{number} disetujui; sekarang dapat dicairkan."
    settle(ui, qtbot)
    assert other.model.index(0, 7).data() == "Pencairan"
    assert other.disburse_button.isVisible() and not other.approve_button.isVisible()
    with ui.app.reading() as session:
        loan = loans.by_number(session, number)
        assert loan.status == "approved" and loan.approved_on == ui.app.today()


def test_a_related_party_loan_shows_the_warning_and_waits_for_the_pengawas(
        qtbot: QtBot, ui: UiContext, member: str) -> None:
    number = loans.apply(ui.app, Application(member, "UMUM", 5_000_000, 10, date(2025, 6, 2), related_party=True))
    ketua = as_user(ui, "ketua")
    page = LoanApprovalPage(ketua)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    settle(ui, qtbot)
    assert page.warning.isVisible()
    # Own capital is the simpanan pokok of Rp 100.000: 10% is Rp 10.000.
    assert page.warning.text().startswith("Pinjaman pihak terkait Rp 5.000.000: melebihi batas 10% modal sendiri "
                                          "(Rp 10.000)")
    assert page.approve() == "applied"
    settle(ui, qtbot)
    assert page.model.index(0, 7).data() == "Persetujuan pengawas"
    pengawas = as_user(ui, "Bu Ratna", "pengawas")
    assert loans.approve(pengawas.app, number, date(2025, 6, 3)) == "approved"


def test_disbursement_shows_the_cash_before_confirming_then_posts_it_and_offers_the_documents(
        qtbot: QtBot, ui: UiContext, member: str, answers: Answers) -> None:
    number = applied(ui, member, date(2025, 6, 2))
    as_user(ui, "ketua")
    loans.approve(dataclasses.replace(ui.app, user_name="ketua"), number, date(2025, 6, 2))
    page = open_loan_page(qtbot, ui, number)
    assert page.disburse_button.isVisible() and not page.pay_button.isVisible()
    dialog = page.open_disbursement()
    assert isinstance(dialog, LoanDisbursementDialog)
    assert dialog.cash.text() == "Rp 11.855.000"
    assert dialog.cash_words.text() == "sebelas juta delapan ratus lima puluh lima ribu rupiah"
    assert dialog.submit_button.text() == "Cairkan Rp 11.855.000"
    dialog.day.set_value(date(2025, 6, 3))
    assert "Angsuran pertama Rp 1.180.000 jatuh tempo 03/07/2025" in dialog.first_due.text()

    answers.confirm_answer = False  # the clerk changes her mind: nothing is posted
    before = journal_count(ui.app)
    dialog.submit()
    assert answers.asked == [f"Bayar tunai Rp 11.855.000 kepada {member} · Budi Santoso untuk pinjaman {number}?"]
    assert dialog.entry is None and journal_count(ui.app) == before

    answers.confirm_answer = True
    dialog.submit()
    assert dialog.entry is not None
    with ui.app.reading() as session:
        entry = ledger.entry_by_voucher(session, dialog.entry.voucher)
        posted = sorted((line.account.code, line.debit, line.credit) for line in entry.lines)
    assert posted == [("1110", 0, 11_855_000), ("1141", 12_000_000, 0), ("4120", 0, 120_000), ("4130", 0, 25_000)]
    assert dialog.stack.currentIndex() == 1
    settle(ui, qtbot)
    assert [p.title.text() for p in dialog.documents] == ["Bukti pencairan", "Kartu angsuran"]
    assert all(p.ready and p.path is not None and p.path.stat().st_size > 1000 for p in dialog.documents)
    dialog.close_button.click()
    assert page.status.text() == "Berjalan"
    assert page.cards["outstanding"].value.text() == "Rp 12.000.000"
    assert page.schedule_model.index(0, 1).data() == "03/07/2025"


def test_a_repayment_at_the_teller_turns_the_installment_paid_on_the_loan_page(
        qtbot: QtBot, ui: UiContext, member: str) -> None:
    as_user(ui, "ketua")
    number = disbursed(ui, member, date(2025, 6, 2))
    page = open_loan_page(qtbot, ui, number)
    assert page.schedule_model.index(0, 8).data() == "Terlambat"  # today is 31/12/2025
    dialog = page.open_repayment()
    assert isinstance(dialog, LoanRepaymentDialog)
    dialog.day.set_value(date(2025, 7, 2))  # the first due date
    assert dialog.due_labels["total"].text() == "Rp 1.180.000"
    assert dialog.due_labels["late"].text() == "0"
    assert dialog.due_labels["outstanding"].text() == "Rp 12.000.000"
    assert dialog.amount.text() == "1.180.000"  # what is due is suggested
    assert dialog.split_model.index(0, 6).data() == "lunas"

    dialog.amount.edit.clear()
    qtbot.keyClicks(dialog.amount.edit, "2500000")
    split = dialog.split_model
    assert [split.index(r, 1).data() for r in range(split.rowCount())] == \
        ["02/07/2025", "02/08/2025", "02/09/2025", "Jumlah"]
    # The rest pays the next installments in advance, interest first.
    assert split.index(2, 3).data() == "Rp 140.000" and split.index(2, 4).data() == ""
    assert split.index(2, 6).data() == "Rp 1.040.000"
    assert "Sisa pokok sesudahnya: <b>Rp 10.000.000</b>" in dialog.split_summary.text()

    dialog.amount.set_value(1_180_000)
    qtbot.keyClick(dialog.amount.edit, Qt.Key.Key_Return)  # Enter posts
    assert dialog.result is not None and not dialog.result.paid_off
    assert (dialog.result.allocation.interest, dialog.result.allocation.principal) == (180_000, 1_000_000)
    settle(ui, qtbot)
    assert dialog.receipt is not None and dialog.receipt.ready
    dialog.close_button.click()

    model = page.schedule_model
    assert model.index(0, 8).data() == "Lunas"
    assert model.index(0, 5).data() == "Rp 1.180.000" and model.index(0, 6).data() == "02/07/2025"
    assert model.index(0, 8).data(Qt.ItemDataRole.BackgroundRole).color().name() == "#e3f4e8"
    assert model.index(1, 8).data() == "Terlambat"
    assert page.cards["outstanding"].value.text() == "Rp 11.000.000"
    history = page.history_model
    assert [history.index(r, 2).data() for r in range(history.rowCount())] == ["Pencairan", "Pembayaran angsuran"]
    assert history.index(1, 6).data() == "Rp 1.180.000"


def test_paying_off_early_settles_the_loan(qtbot: QtBot, ui: UiContext, member: str) -> None:
    as_user(ui, "ketua")
    number = disbursed(ui, member, date(2025, 6, 2))
    page = open_loan_page(qtbot, ui, number)
    dialog = page.open_repayment(payoff=True)
    assert dialog is not None and dialog.paying_off
    dialog.day.set_value(date(2025, 6, 20))  # within the first period
    # Principal 12.000.000 plus the running period's interest; the rest is waived.
    assert dialog.due_labels["payoff"].text() == "Rp 12.180.000"
    assert dialog.amount.text() == "12.180.000" and dialog.amount.edit.isReadOnly()
    assert "Bunga yang tidak ditagih karena pelunasan dipercepat: Rp 1.980.000." in dialog.split_summary.text()
    dialog.submit()
    assert dialog.result is not None and dialog.result.paid_off
    settle(ui, qtbot)
    dialog.close_button.click()
    assert page.status.text() == "Lunas"
    assert not page.pay_button.isVisible()
    assert all(page.schedule_model.index(r, 8).data() == "Lunas" for r in range(12))


def test_a_late_loan_is_in_the_portfolio_arrears_list_with_its_days_late(
        qtbot: QtBot, ui: UiContext, member: str) -> None:
    as_user(ui, "ketua")
    other = add_member(ui.app, "Siti Rahmawati", NIKS[1], "P", joined=date(2025, 1, 5))
    late = disbursed(ui, member, date(2025, 3, 3))  # first due 03/04/2025, never paid
    current = disbursed(ui, other, date(2025, 12, 1), principal=6_000_000)  # first due 01/01/2026
    page = LoanPortfolioPage(ui)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    settle(ui, qtbot)
    assert page.data is not None
    model = page.arrears_model
    assert model.rowCount() == 1
    row = page.row_at(0)
    assert row is not None and row.loan_number == late
    dpd = (date(2025, 12, 31) - date(2025, 4, 3)).days
    assert dpd == 272 and row.dpd == dpd
    assert page.proxy.index(0, 5).data() == "272 hari"
    assert page.proxy.index(0, 6).data() == "Macet"
    assert page.proxy.index(0, 3).data() == "9 angsuran"  # April to December
    assert page.proxy.index(0, 6).data(Qt.ItemDataRole.BackgroundRole).color().name() == \
        CLASS_COLOURS[Collectibility.MACET][0]
    assert current not in [page.row_at(r).loan_number for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert page.cards["npl"].value.text() == "66,67%"  # 12 jt of 18 jt outstanding is Macet
    assert page.cards["npl"].note.text() == "tidak sehat"
    assert page.class_model.index(3, 2).data() == "1" and page.class_model.index(3, 3).data() == "Rp 12.000.000"
    assert page.cards["needed"].value.text() == "Rp 12.030.000"  # 100% of Macet + 0,5% of 6 jt

    # Earlier in the year the same loan was only Kurang Lancar.
    page.day.set_value(date(2025, 8, 1))
    settle(ui, qtbot)
    assert page.row_at(0) is not None and page.row_at(0).dpd == 120  # type: ignore[union-attr]
    assert page.proxy.index(0, 6).data() == "Kurang Lancar"

    opened: list[str] = []
    page.loan_opened.connect(opened.append)
    page.arrears.activated.emit(page.proxy.index(0, 0))
    assert opened == [late]

    dialog = page.export("arrears", ".xlsx")
    settle(ui, qtbot)
    assert dialog.panels[0].ready and dialog.panels[0].path is not None
    assert dialog.panels[0].path.suffix == ".xlsx" and not dialog.panels[0].print_button.isVisible()


def test_the_loan_models_pass_the_model_tester(qtmodeltester: ModelTester, qtbot: QtBot, ui: UiContext,
                                               member: str) -> None:
    as_user(ui, "ketua")
    number = disbursed(ui, member, date(2025, 6, 2))
    page = open_loan_page(qtbot, ui, number)
    qtmodeltester.check(page.schedule_model, force_py=True)
    qtmodeltester.check(page.history_model, force_py=True)
    plain = StyledRowsModel([Col("No", lambda r: r[0], "count"), Col("Amount", lambda r: r[1], "money")])
    qtmodeltester.check(plain, force_py=True)  # empty
    plain.set_rows([(2, 500), (1, 1_500)], total=("Total", 2_000))
    qtmodeltester.check(plain, force_py=True)
    assert plain.index(1, 1).data(SORT_ROLE) == 1_500
    portfolio = LoanPortfolioPage(ui)
    qtbot.addWidget(portfolio)
    portfolio.activate()
    settle(ui, qtbot)
    for model in (portfolio.class_model, portfolio.aging_model, portfolio.arrears_model, portfolio.proxy):
        qtmodeltester.check(model, force_py=True)


def test_a_written_off_loan_takes_a_recovery(qtbot: QtBot, ui: UiContext, member: str, answers: Answers) -> None:
    as_user(ui, "ketua")
    number = disbursed(ui, member, date(2025, 1, 10))
    page = open_loan_page(qtbot, ui, number)
    assert page.class_badge.text() == "Macet"
    write_off = page.open_write_off()
    assert write_off is not None
    write_off.submit()
    assert write_off.errors.message_for("reason") == "wajib diisi"
    write_off.reason.setText("Macet lebih dari 270 hari, keputusan rapat pengurus")
    write_off.submit()
    assert write_off.voucher is not None
    assert page.status.text() == "Dihapusbukukan"
    assert page.recovery_button.isVisible() and not page.write_off_button.isVisible()
    recovery = page.open_recovery()
    assert recovery is not None
    recovery.amount.setText("500.000")
    recovery.submit()
    assert recovery.voucher is not None
    assert "Diterima setelah hapus buku: Rp 500.000 dari Rp 12.000.000." in page.details["note"].text()


def test_a_member_s_loan_opens_from_the_member_page_and_esc_goes_back(
        qtbot: QtBot, ui: UiContext, member: str) -> None:
    from coopdesk.ui.main_window import MainWindow

    as_user(ui, "ketua")
    number = disbursed(ui, member, date(2025, 6, 2))
    window = MainWindow(ui)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_widget(window.members)
    window.loans.open_loan(number)  # the Loans section has a loan page of its own, hidden now
    window.members.open_member(member)
    page = window.members.member
    assert page.tabs.tabText(1) == "Pinjaman (1)"
    assert "terlambat" in page.loan_arrears.text()
    page.tabs.setCurrentIndex(1)
    page.loans.setFocus()
    page.loans.selectRow(0)
    qtbot.keyClick(page.loans, Qt.Key.Key_Return)
    assert window.members.currentWidget() is window.members.loan
    assert window.members.loan.number == number
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.members.currentWidget() is window.members.member
    qtbot.keyClick(window, Qt.Key.Key_3, modifier=Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.loans
    settle(ui, qtbot)
    window.loans.loan.member_button.click()  # from a loan to its member
    assert window.pages.currentWidget() is window.members
    assert window.members.member.number == member


def test_loan_products_are_added_and_changed_in_settings_with_errors_next_to_the_fields(
        qtbot: QtBot, ui: UiContext) -> None:
    from decimal import Decimal

    from coopdesk.services import loan_products
    from coopdesk.ui.loan_products_panel import LoanProductsPanel

    panel = LoanProductsPanel(ui)
    qtbot.addWidget(panel)
    panel.show()
    panel.reload()
    assert [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())] == ["UMUM"]
    assert panel.model.index(0, 4).data() == "provisi 1%, administrasi Rp 25.000"
    assert panel.model.index(0, 5).data() == "0,1% per hari setelah 3 hari"

    dialog = panel.open_add()
    dialog.code.setText("musim")
    dialog.name.setText("Pinjaman Musim Tanam")
    dialog.rate.setText("abc")
    dialog.submit()
    assert dialog.errors.message_for("rate") == "bukan persentase: abc"
    assert dialog.rate.property("invalid") is True
    dialog.rate.setText("2")
    dialog.term_min.setValue(6)
    dialog.term_max.setValue(3)
    dialog.submit()
    assert dialog.errors.message_for("term") == "rentang harus 1 ≤ minimum ≤ maksimum ≤ 360 bulan"
    dialog.term_max.setValue(6)
    dialog.withheld.setText("2")  # withheld, but into no savings product
    dialog.submit()
    assert dialog.errors.message_for("withheld_product") == "wajib diisi bila ada jumlah yang ditahan"
    dialog.withheld_product.setCurrentIndex(dialog.withheld_product.findData("wajib"))
    dialog.method.setCurrentIndex(dialog.method.findData("menurun"))
    dialog.penalty.setCurrentIndex(dialog.penalty.findData("fixed_day"))
    dialog.penalty_value.setText("2.000")
    assert dialog.example.text().startswith("Contoh: Rp 10.000.000 selama 12 bulan → angsuran pertama")
    dialog.submit()
    assert dialog.result() == dialog.DialogCode.Accepted
    with ui.app.reading() as session:
        product = loan_products.by_code(session, "MUSIM")
        assert (product.method, product.rate, product.term_min, product.term_max, product.withheld_pct,
                product.withheld_product, product.penalty_rule, product.penalty_value) == \
            ("menurun", Decimal(2), 6, 6, Decimal(2), "wajib", "fixed_day", Decimal(2000))
    assert panel.selected() is not None and panel.selected().code == "MUSIM"  # type: ignore[union-attr]

    panel.select_code("UMUM")
    edit = panel.open_edit()
    assert edit is not None and not edit.code.isEnabled()
    assert (edit.rate.text(), edit.admin_fixed.text(), edit.penalty_value.text()) == ("1,5", "25.000", "0,1")
    edit.rate.setText("1,25")
    edit.submit()
    with ui.app.reading() as session:
        assert loan_products.by_code(session, "UMUM").rate == Decimal("1.25")


def test_month_end_shows_the_loan_allowance_it_booked(qtbot: QtBot, ui: UiContext, member: str,
                                                      answers: Answers) -> None:
    from coopdesk.ui.month_end_page import MonthEndPage

    as_user(ui, "ketua")
    disbursed(ui, member, date(2025, 1, 10))
    page = MonthEndPage(ui)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    settle(ui, qtbot)
    assert page.month.currentData() == "2025-01"
    page.run()
    settle(ui, qtbot)
    result = page.result
    assert result is not None and result.allowance_voucher is not None
    # Lancar: 0,5% of Rp 12.000.000.
    assert page.allowance.text() == (
        "<b>PPAP pinjaman:</b> wajib dibentuk Rp 60.000 · sudah dibentuk sebelumnya Rp 0 · tambahan Rp 60.000 "
        f"dibukukan (Dr 5290 / Cr 1149) · bukti <b>{result.allowance_voucher}</b>")
