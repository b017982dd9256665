"""The main window: navigation on the left, one page at a time on the right.

Each page has ``activate()``, called whenever it is shown, which re-reads what it shows:
simple, and always current after postings made on another page.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.reports.statement import Period
from coopdesk.services import settings
from coopdesk.ui.assets_page import AssetsPage
from coopdesk.ui.cash_book_page import CashBookPage
from coopdesk.ui.cash_count_dialog import CashCountDialog
from coopdesk.ui.context import UiContext
from coopdesk.ui.dashboard_page import DashboardPage
from coopdesk.ui.journal_page import JournalPage
from coopdesk.ui.loan_page import LoanPage
from coopdesk.ui.loan_section import LIST as LOAN_LIST
from coopdesk.ui.loan_section import PORTFOLIO, LoansSection
from coopdesk.ui.member_page import MemberPage
from coopdesk.ui.members_page import MembersPage
from coopdesk.ui.month_end_page import MonthEndPage
from coopdesk.ui.settings_page import SettingsPage
from coopdesk.ui.statements_page import StatementsPage
from coopdesk.ui.trial_balance_page import TrialBalancePage
from coopdesk.ui.year_end_page import YearEndPage


class MembersSection(QStackedWidget):
    """The members list and, in front of it, one member's page; in front of that, one of
    the member's loans."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = MembersPage(ui)
        self.member = MemberPage(ui)
        self.loan = LoanPage(ui, self.tr("← Member (Esc)"))
        self.addWidget(self.list)
        self.addWidget(self.member)
        self.addWidget(self.loan)
        self.list.member_opened.connect(self.open_member)
        self.member.back.connect(self.show_list)
        self.member.loan_opened.connect(self.open_loan)
        self.loan.back.connect(self.show_member)
        self.loan.member_opened.connect(self.open_member)

    def open_member(self, number: str) -> None:
        self.member.show_member(number)
        self.setCurrentWidget(self.member)

    def open_loan(self, number: str) -> None:
        self.loan.show_loan(number)
        self.setCurrentWidget(self.loan)

    def show_member(self) -> None:
        self.member.reload()
        self.setCurrentWidget(self.member)
        self.member.tabs.setCurrentIndex(1)
        self.member.loans.setFocus()

    def show_list(self) -> None:
        self.setCurrentWidget(self.list)
        self.list.activate()
        if self.member.number:
            self.list.select_number(self.member.number)
            self.list.table.setFocus()

    def activate(self) -> None:
        if self.currentWidget() is self.member:
            self.member.reload()
        elif self.currentWidget() is self.loan:
            self.loan.reload()
        else:
            self.list.activate()


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(210)
        self.nav_title = QLabel()
        self.nav_title.setObjectName("navTitle")
        self.nav_title.setWordWrap(True)
        self.nav_user = QLabel(self.tr("User: {user}").format(user=ui.app.user_name))
        self.nav_user.setObjectName("navSubtitle")

        self.dashboard = DashboardPage(ui)
        self.members = MembersSection(ui)
        self.loans = LoansSection(ui)
        self.cash_book = CashBookPage(ui)
        self.journal = JournalPage(ui)
        self.statements = StatementsPage(ui)
        self.trial_balance = TrialBalancePage(ui)
        self.assets = AssetsPage(ui)
        self.month_end = MonthEndPage(ui)
        self.year_end = YearEndPage(ui)
        self.settings = SettingsPage(ui)
        self.pages = QStackedWidget()
        entries = ((self.tr("Home"), self.dashboard), (self.tr("Members"), self.members),
                   (self.tr("Loans"), self.loans), (self.tr("Cash and bank"), self.cash_book),
                   (self.tr("Journal"), self.journal), (self.tr("Financial statements"), self.statements),
                   (self.tr("Trial balance"), self.trial_balance), (self.tr("Fixed assets"), self.assets),
                   (self.tr("Month end"), self.month_end), (self.tr("Year end & RAT"), self.year_end),
                   (self.tr("Settings"), self.settings))
        for number, (title, page) in enumerate(entries, start=1):
            self.nav.addItem(title)
            self.pages.addWidget(page)
            if number <= 10:  # Ctrl+1 .. Ctrl+9, then Ctrl+0 for the tenth; Settings is rarely wanted in a hurry
                key = str(number % 10)
                self.nav.item(number - 1).setToolTip(f"Ctrl+{key}")
                QShortcut(QKeySequence(f"Ctrl+{key}"), self, activated=lambda n=number - 1: self.show_page(n))
        self.count_button = QPushButton(self.tr("Cash count…"))
        self.count_button.setToolTip(self.tr("Count the notes and coins in the cash box against the books "
                                             "(kas opname)"))
        self.count_button.clicked.connect(self.open_cash_count)
        self.cash_book.actions.insertWidget(self.cash_book.actions.count() - 1, self.count_button)
        self.cash_count_dialog: CashCountDialog | None = None

        side = QWidget()
        side.setObjectName("side")
        side.setStyleSheet("QWidget#side { background: #1f3a5f; }")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        side_layout.addWidget(self.nav_title)
        side_layout.addWidget(self.nav_user)
        side_layout.addWidget(self.nav, 1)
        side.setFixedWidth(210)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(14, 10, 14, 10)
        content_layout.addWidget(self.pages)
        layout.addWidget(content, 1)
        self.setCentralWidget(central)

        self.nav.currentRowChanged.connect(self._page_chosen)
        self.loans.member_opened.connect(self._open_member)
        self.dashboard.navigate.connect(self.navigate)
        self.year_end.fix_requested.connect(self.navigate)
        self.settings.language_changed.connect(self.language_change_requested)
        self.settings.cooperative_changed.connect(self._show_cooperative)
        self._show_cooperative()
        self.resize(1200, 760)
        geometry = ui.settings.value("ui/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self.nav.setCurrentRow(self.pages.indexOf(self.dashboard))

    def _show_cooperative(self) -> None:
        with self._ui.app.reading() as session:
            name = settings.get(session, "coop_name")
        self.nav_title.setText(name or "CoopDesk")
        self.setWindowTitle(f"{name} · CoopDesk" if name else "CoopDesk")

    def _open_member(self, number: str) -> None:
        self.show_page(self.pages.indexOf(self.members))
        self.members.open_member(number)

    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def show_widget(self, page: QWidget) -> None:
        self.show_page(self.pages.indexOf(page))

    def navigate(self, target: str) -> None:
        """Follow a dashboard figure to the list that explains it, or a year-end checklist item to the
        page that puts it right (``page`` or ``page:detail``)."""
        page, _sep, detail = target.partition(":")
        today = self._ui.app.today()
        if page == "members" and detail == "arrears":
            self.show_widget(self.month_end)  # the month-end page lists the wajib arrears
        elif page == "members":
            self.show_widget(self.members)
            self.members.show_list()
        elif page in ("loans", "portfolio"):
            self.show_widget(self.loans)
            late = page == "portfolio" or detail == "late"
            self.loans.show_tab(PORTFOLIO if late else LOAN_LIST)
        elif page == "cashbook":
            self.show_widget(self.cash_book)
            self.cash_book.show_account(detail)
        elif page == "ledger":
            self.show_widget(self.statements)
            self.statements.show_ledger(detail, Period(date(today.year, 1, 1), today))
        elif page == "statements":
            self.show_widget(self.statements)
            self.statements.show_statement("income_statement", Period(date(today.year, today.month, 1), today))
        elif page == "journal":
            self.show_widget(self.journal)
        elif page == "month_end":  # from the year-end checklist: the first month still to run
            self.show_widget(self.month_end)
            if detail:
                self.month_end.select_month(detail)
        elif page == "cash_count":
            self.show_widget(self.cash_book)
            self.open_cash_count()
        elif page == "assets":
            self.show_widget(self.assets)
        elif page == "accounts":
            self.show_widget(self.settings)
            self.settings.tabs.setCurrentWidget(self.settings.accounts)

    def open_cash_count(self) -> None:
        dialog = CashCountDialog(self._ui, self)
        dialog.finished.connect(lambda _result: self.cash_book.reload())
        self.cash_count_dialog = dialog
        dialog.open()

    def _page_chosen(self, index: int) -> None:
        if index < 0:
            return
        self.pages.setCurrentIndex(index)
        page = self.pages.currentWidget()
        page.activate()  # type: ignore[attr-defined]

    def closeEvent(self, event: QCloseEvent) -> None:
        self._ui.settings.setValue("ui/geometry", self.saveGeometry())
        self._ui.worker.wait()  # let a running posting finish before the window goes
        super().closeEvent(event)
