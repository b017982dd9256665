"""Buku besar on screen: the journal lines of one or more accounts over a period, with the
opening balance, the running balance and the closing balance.

The same view shows the Buku Besar report and the drill-down behind a statement figure
(:class:`LedgerDialog`).  The ledger is indexed on the worker (a year of Kas in a large
cooperative is 300.000 lines) and its lines are read as they are scrolled into view; a line
opens its journal entry (:class:`EntryDialog`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget
from sqlalchemy import select

from coopdesk.db.models import JournalEntry, Member, User
from coopdesk.domain.errors import CoopDeskError, ValidationError
from coopdesk.domain.money import format_rupiah
from coopdesk.reports.ledger_pages import LedgerIndex, ledger_index
from coopdesk.services.context import AppContext
from coopdesk.ui.context import UiContext
from coopdesk.ui.error_texts import error_with_field
from coopdesk.ui.ledger_model import LedgerTableModel
from coopdesk.ui.loan_widgets import FigureCard, fit_header_columns
from coopdesk.ui.models import Column, RowsModel
from coopdesk.ui.style import setup_table
from coopdesk.ui.widgets import banner, format_date, hint, set_tone


def _count(n: int) -> str:
    return f"{n:,}".replace(",", ".")


class LedgerView(QWidget):
    """Cards (opening, debit, credit, closing) over the lazily read table of ledger lines."""

    loaded = Signal()

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self.loading = False
        self.dialog: QDialog | None = None
        self._request = 0
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        self.count = QLabel()
        self.count.setObjectName("hint")
        self.status = banner("badBanner")
        self.status.hide()
        self.cards = {"opening": FigureCard(self.tr("Opening balance")), "debit": FigureCard(self.tr("Debit")),
                      "credit": FigureCard(self.tr("Credit")), "closing": FigureCard(self.tr("Closing balance"))}
        self.model = LedgerTableModel(ui.app, self)
        self.table = setup_table(QTableView(), self.model, stretch=LedgerTableModel.MEMO)
        self.table.setShowGrid(False)
        fit_header_columns(self.table, {0: 90, 1: 150, 3: 60, 4: 70, 5: 160, 6: 160, 7: 165})
        self.help = hint(self.tr("Double-click a line (or press Enter) to open its journal entry."))
        foot = QHBoxLayout()
        foot.addWidget(self.help, 1)
        foot.addWidget(self.count)
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addLayout(cards)
        layout.addWidget(self.table, 1)
        layout.addLayout(foot)
        self.table.activated.connect(self._activated)

    # --- loading ---
    def load(self, codes: Sequence[str], start: date, end: date, *, include_closing: bool = True) -> None:
        """Index the ledger of ``codes`` on the worker; the table fills when it is there."""
        ctx, codes = self._ui.app, tuple(codes)

        def work() -> LedgerIndex:
            with ctx.reading() as session:
                return ledger_index(session, codes, start, end, include_closing=include_closing)

        self.submit(work)

    def submit(self, work: object) -> None:
        """Run ``work`` (returning a LedgerIndex) on the worker; only the latest request is shown."""
        self._request += 1
        request = self._request
        self.loading = True
        self._ui.worker.submit(work, lambda index: self._loaded(index, request),  # type: ignore[arg-type]
                               on_error=lambda exc: self._failed(exc, request), owner=self,
                               label=self.tr("Reading the ledger…"))

    def _failed(self, exc: CoopDeskError, request: int) -> None:
        if request != self._request:
            return
        self.loading = False
        self.status.setText(error_with_field(exc) if isinstance(exc, ValidationError) else str(exc))
        set_tone(self.status, "badBanner")
        self.status.show()

    def _loaded(self, index: LedgerIndex, request: int) -> None:
        if request != self._request:
            return  # a newer request is on its way
        self.loading = False
        self.status.hide()
        self.show_index(index)
        self.loaded.emit()

    def show_index(self, index: LedgerIndex) -> None:
        self.model.set_index(index)
        names = index.title if len(index.accounts) == 1 else ", ".join(
            f"{a.code} {a.name}" for a in index.accounts[:3]) + ("…" if len(index.accounts) > 3 else "")
        self.heading.setText(self.tr("{accounts} · {start} to {end}").format(
            accounts=names, start=format_date(index.period.start), end=format_date(index.period.end)))
        self.heading.setToolTip(", ".join(f"{a.code} {a.name}" for a in index.accounts))
        self.table.setColumnHidden(LedgerTableModel.ACCOUNT, len(index.accounts) == 1)
        side = self.tr("debit balance") if index.debit_normal else self.tr("credit balance")
        self.cards["opening"].set(format_rupiah(index.opening), self.tr("on {date}, {side}").format(
            date=format_date(index.period.start), side=side))
        self.cards["debit"].set(format_rupiah(index.total_debit))
        self.cards["credit"].set(format_rupiah(index.total_credit))
        self.cards["closing"].set(format_rupiah(index.closing), self.tr("on {date}").format(
            date=format_date(index.period.end)))
        self.count.setText(self.tr("{count} journal lines").format(count=_count(len(index))))
        self.table.scrollToTop()

    @property
    def index(self) -> LedgerIndex | None:
        return self.model.index_data

    # --- opening an entry ---
    def _activated(self, index: QModelIndex) -> None:
        self.open_entry(index.row())

    def open_entry(self, row: int) -> EntryDialog | None:
        """Show the journal entry of table row ``row`` (None on the opening and total rows)."""
        line = self.model.line_at(row)
        if line is None:
            return None
        dialog = EntryDialog(self._ui.app, line.entry_id, self)
        self.dialog = dialog
        dialog.open()
        return dialog


class LedgerDialog(QDialog):
    """The drill-down behind a statement figure: what was clicked, then its ledger."""

    def __init__(self, ui: UiContext, title: str, figure: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(1080, 640)
        self.figure = QLabel(figure)
        self.figure.setWordWrap(True)
        self.figure.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view = LedgerView(ui, self)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.figure)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)


# --- one journal entry -------------------------------------------------------------------------

@dataclass(frozen=True)
class _EntryLine:
    code: str
    name: str
    member: str
    debit: int
    credit: int
    memo: str


class EntryDialog(QDialog):
    """A journal entry as the journal page shows it: header, then its lines with the total."""

    def __init__(self, ctx: AppContext, entry_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        with ctx.reading() as session:
            entry = session.get(JournalEntry, entry_id)
            assert entry is not None
            user = session.scalar(select(User.name).where(User.id == entry.user_id)) or ""
            reversed_voucher = (session.scalar(select(JournalEntry.voucher).where(JournalEntry.id == entry.reverses_id))
                                if entry.reverses_id else None)
            reversing = session.scalar(select(JournalEntry.voucher).where(JournalEntry.reverses_id == entry.id))
            member_ids = [l.member_id for l in entry.lines if l.member_id is not None]
            numbers = dict(session.execute(select(Member.id, Member.number).where(Member.id.in_(member_ids))).all())
            lines = [_EntryLine(l.account.code, l.account.name, numbers.get(l.member_id, ""), l.debit, l.credit,
                                l.memo) for l in entry.lines]
            self.voucher, day, memo, reason = entry.voucher, entry.date, entry.memo, entry.reason
        self.setWindowTitle(self.voucher)
        self.resize(820, 360)
        parts = [f"<b>{self.voucher}</b> · {format_date(day)} · {user}", memo]
        if reason:
            parts.append(self.tr("Reason: {reason}").format(reason=reason))
        if reversed_voucher:
            parts.append("<i>" + self.tr("reverses {voucher}").format(voucher=reversed_voucher) + "</i>")
        if reversing:
            parts.append("<i>" + self.tr("reversed by {voucher}").format(voucher=reversing) + "</i>")
        self.header = QLabel("<br>".join(parts))
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = RowsModel([
            Column(self.tr("Account"), lambda r: r.code),
            Column(self.tr("Account name"), lambda r: r.name),
            Column(self.tr("Member"), lambda r: r.member),
            Column(self.tr("Debit"), lambda r: r.debit, "money", blank_zero=True),
            Column(self.tr("Credit"), lambda r: r.credit, "money", blank_zero=True),
            Column(self.tr("Line note"), lambda r: r.memo),
        ], self)
        self.model.set_rows(lines, total=_EntryLine("", self.tr("Total"), "", sum(l.debit for l in lines),
                                                    sum(l.credit for l in lines), ""))
        self.table = setup_table(QTableView(), self.model, stretch=1)
        fit_header_columns(self.table, {0: 70, 2: 70, 3: 125, 4: 125, 5: 160})
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
