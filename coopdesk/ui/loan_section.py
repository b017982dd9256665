"""Pinjaman in the navigation: the loan list, the approval queue and the portfolio quality
as tabs, and one loan's page in front of them when a loan is opened."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from coopdesk.ui.context import UiContext
from coopdesk.ui.loan_application_dialog import LoanApplicationDialog
from coopdesk.ui.loan_approval_page import LoanApprovalPage
from coopdesk.ui.loan_list_page import LoanListPage
from coopdesk.ui.loan_page import LoanPage
from coopdesk.ui.loan_portfolio_page import LoanPortfolioPage
from coopdesk.ui.widgets import page_title

LIST, APPROVALS, PORTFOLIO = range(3)


class LoansSection(QStackedWidget):
    member_opened = Signal(str)
    changed = Signal()

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self.dialog: LoanApplicationDialog | None = None
        self.list = LoanListPage(ui)
        self.approvals = LoanApprovalPage(ui)
        self.portfolio = LoanPortfolioPage(ui)
        self.loan = LoanPage(ui, self.tr("← Loans (Esc)"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.list, self.tr("Loans"))
        self.tabs.addTab(self.approvals, self.tr("Approval and payout"))
        self.tabs.addTab(self.portfolio, self.tr("Portfolio quality"))
        self.home = QWidget()
        layout = QVBoxLayout(self.home)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(page_title(self.tr("Loans")))
        layout.addWidget(self.tabs, 1)
        self.addWidget(self.home)
        self.addWidget(self.loan)

        for page in (self.list, self.approvals, self.portfolio):
            page.loan_opened.connect(self.open_loan)
        self.list.new_application.connect(self.open_application)
        self.approvals.counted.connect(self._count_waiting)
        self.approvals.changed.connect(self.changed)
        self.loan.back.connect(self.show_home)
        self.loan.member_opened.connect(self.member_opened)
        self.loan.changed.connect(self.changed)
        self.tabs.currentChanged.connect(lambda _i: self._activate_tab())
        QShortcut(QKeySequence.StandardKey.New, self.home, activated=self.open_application)

    def activate(self) -> None:
        if self.currentWidget() is self.loan:
            self.loan.reload()
        else:
            self._activate_tab()

    def _activate_tab(self) -> None:
        page = self.tabs.currentWidget()
        page.activate()  # type: ignore[attr-defined]
        if page is not self.approvals:
            self.approvals.reload()  # keeps the number waiting in the tab's title current

    def _count_waiting(self, count: int) -> None:
        title = self.tr("Approval and payout")
        self.tabs.setTabText(APPROVALS, f"{title} ({count})" if count else title)

    def show_tab(self, index: int) -> None:
        self.setCurrentWidget(self.home)
        if self.tabs.currentIndex() == index:
            self._activate_tab()
        else:
            self.tabs.setCurrentIndex(index)

    def open_loan(self, number: str) -> None:
        self.loan.show_loan(number)
        self.setCurrentWidget(self.loan)

    def show_home(self) -> None:
        number = self.loan.number
        self.setCurrentWidget(self.home)
        self._activate_tab()
        if number and self.tabs.currentWidget() is self.list:
            self._ui.worker.submit(lambda: None, lambda _r: self.list.select_number(number), owner=self)

    def open_application(self, member: str | None = None) -> LoanApplicationDialog:
        dialog = LoanApplicationDialog(self._ui, member or None, self)
        dialog.applied.connect(lambda _number: (self.changed.emit(), self.activate()))
        dialog.open_loan.connect(self.open_loan)
        self.dialog = dialog
        dialog.open()
        return dialog
