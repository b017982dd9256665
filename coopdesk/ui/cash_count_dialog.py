"""Kas opname: type how many of each note and coin are in the box and see at once the total,
the cash balance in the books on that day and the difference.  Saving records the count;
the treasurer may also post the difference (with a reason).  Then the berita acara is
printed for the kasir, bendahara and pengawas to sign."""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import OperationalError

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.money import format_rupiah
from coopdesk.domain.terbilang import terbilang
from coopdesk.services import cash_count
from coopdesk.services.cash_count import DENOMINATIONS, CountResult
from coopdesk.services.context import AppContext
from coopdesk.ui import messages
from coopdesk.ui.context import UiContext
from coopdesk.ui.documents import DocumentPanel
from coopdesk.ui.loan_widgets import LiveErrors, field_box
from coopdesk.ui.style import set_primary
from coopdesk.ui.widgets import DateEdit, ErrorLabel, banner, hint, page_title, submit_row

SHORT_COLOUR = "#b3261e"  # the app's error red: money is missing
OVER_COLOUR = "#9a6700"  # amber: more than the books say is also something to explain
AGREE_COLOUR = "#14532d"


def render_cash_count(ctx: AppContext, number: str, path: Path, lang: str) -> Path:
    """The berita acara kas opname of a saved count (runs on the worker thread)."""
    from coopdesk.reports.cash_count_sheet import cash_count_sheet, render_cash_count_pdf

    with ctx.reading() as session:
        sheet = cash_count_sheet(session, number)
    return render_cash_count_pdf(sheet, path, lang)


class CashCountDialog(QDialog):
    saved = Signal(str)  # the count's number

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self.saved_count: CountResult | None = None
        self.current: CountResult | None = None
        self.document: DocumentPanel | None = None
        self.setWindowTitle(self.tr("Cash count (kas opname)"))
        self.setMinimumWidth(760)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._form_page())
        self.stack.addWidget(self._done_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self._load_books()
        first = self.pieces[DENOMINATIONS[0].key]
        first.setFocus()
        first.selectAll()

    # --- the count ---
    def _form_page(self) -> QWidget:
        page = QWidget()
        self.day = DateEdit(self._ui.app.today())
        self.pieces: dict[str, QSpinBox] = {}
        self.values: dict[str, QLabel] = {}
        notes = self._group(self.tr("Notes (uang kertas)"), "note")
        coins = self._group(self.tr("Coins (uang logam)"), "coin")
        groups = QHBoxLayout()
        groups.addWidget(notes, 3)
        groups.addWidget(coins, 2)

        self.counted = QLabel()
        self.counted.setObjectName("bigAmount")
        self.counted_words = QLabel()
        self.counted_words.setObjectName("amountWords")
        self.counted_words.setWordWrap(True)
        self.books = QLabel()
        self.books.setObjectName("bigAmount")
        self.books_caption = QLabel()
        self.difference = QLabel()
        self.difference.setObjectName("bigAmount")
        self.difference.setWordWrap(True)
        figures = QFormLayout()
        figures.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        figures.addRow(self.tr("Cash counted"), self.counted)
        figures.addRow("", self.counted_words)
        figures.addRow(self.books_caption, self.books)
        figures.addRow(self.tr("Difference"), self.difference)

        self.adjust = QCheckBox(self.tr("Post the difference to the books"))
        self.adjust_hint = hint(self.tr("A shortage is booked as an expense (Dr 5280 / Cr 1110), a surplus as other "
                                        "income (Dr 1110 / Cr 4290). Leave it unticked to only record the count."))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. change not given back, counting error found"))
        general = ErrorLabel()
        self.errors = LiveErrors(general)
        top = QFormLayout()
        form = QFormLayout()
        for holder, field, label, widget in ((top, "date", self.tr("Date of the count"), self.day),
                                             (form, "reason", self.tr("Reason for the difference"), self.reason)):
            error = ErrorLabel()
            holder.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
            holder.addRow(label, field_box(widget, error))
            self.errors.add(field, widget, error)
        general_count = ErrorLabel()
        self.errors.add("count", self.pieces[DENOMINATIONS[0].key], general_count)

        self.submit_button, buttons = submit_row(self, self.tr("Save count"))
        layout = QVBoxLayout(page)
        layout.addWidget(page_title(self.tr("Cash count (kas opname)")))
        layout.addWidget(hint(self.tr("Count the notes and coins in the cash box and type how many there are of "
                                      "each. The difference is against the balance of the cash account in the books "
                                      "at the end of the chosen day.")))
        layout.addLayout(top)
        layout.addLayout(groups)
        layout.addWidget(general_count)
        layout.addLayout(figures)
        layout.addWidget(self.adjust)
        layout.addWidget(self.adjust_hint)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.day.dateChanged.connect(self._load_books)
        self.adjust.toggled.connect(self._refresh)
        # Tab runs from the date down the counts in order, then to the choice and the reason.
        chain = [self.day, *[self.pieces[d.key] for d in DENOMINATIONS], self.adjust, self.reason, self.submit_button]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)
        return page

    def _group(self, title: str, kind: str) -> QGroupBox:
        box = QGroupBox(title)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(14)
        for col, text in enumerate((self.tr("Denomination"), self.tr("Pieces"), self.tr("Value"))):
            head = QLabel(f"<b>{text}</b>")
            grid.addWidget(head, 0, col, alignment=Qt.AlignmentFlag.AlignRight if col else Qt.AlignmentFlag.AlignLeft)
        row = 1
        for d in DENOMINATIONS:
            if d.kind != kind:
                continue
            spin = QSpinBox()
            spin.setRange(0, cash_count.MAX_PIECES)
            spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.setMinimumWidth(80)
            spin.setMinimumHeight(spin.sizeHint().height())  # eleven rows must not be squeezed flat
            spin.setAccessibleName(format_rupiah(d.value))
            value = QLabel(format_rupiah(0))
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setMinimumWidth(130)
            grid.addWidget(QLabel(format_rupiah(d.value)), row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(value, row, 2)
            self.pieces[d.key] = spin
            self.values[d.key] = value
            spin.valueChanged.connect(self._refresh)
            row += 1
        grid.setRowStretch(row, 1)
        return box

    def counts(self) -> dict[str, int]:
        return {key: spin.value() for key, spin in self.pieces.items() if spin.value()}

    def set_counts(self, counts: dict[str, int]) -> None:
        for key, spin in self.pieces.items():
            spin.setValue(counts.get(key, 0))

    def _load_books(self) -> None:
        """The book balance on the chosen day (one indexed sum: quick enough for the UI thread)."""
        try:
            with self._ui.app.reading() as session:
                self.current = cash_count.compare(session, self.day.value(), self.counts())
        except OperationalError as exc:
            messages.environment_error(self, exc)
            return
        self.books_caption.setText(self.tr("Books ({account}) at the end of {date}").format(
            account=self.current.account, date=self.day.value().strftime("%d/%m/%Y")))
        self._refresh()

    def _refresh(self) -> None:
        if self.current is None:
            return
        counts = self.counts()
        for key, label in self.values.items():
            pieces = self.pieces[key].value()
            value = cash_count.counted_total({key: pieces}) if pieces else 0
            label.setText(format_rupiah(value) if value else "-")
        c = self.current
        self.current = CountResult(c.day, cash_count.normalise(counts), cash_count.counted_total(counts),
                                   c.book_balance, c.account)
        total = self.current.counted
        self.counted.setText(format_rupiah(total))
        self.counted_words.setText(terbilang(total))
        self.books.setText(format_rupiah(self.current.book_balance))
        diff = self.current.difference
        if diff < 0:
            self.difference.setText(self.tr("{amount} short (kurang)").format(amount=format_rupiah(-diff)))
            self.difference.setStyleSheet(f"color: {SHORT_COLOUR};")
        elif diff > 0:
            self.difference.setText(self.tr("{amount} over (lebih)").format(amount=format_rupiah(diff)))
            self.difference.setStyleSheet(f"color: {OVER_COLOUR};")
        else:
            self.difference.setText(self.tr("No difference: the cash agrees with the books."))
            self.difference.setStyleSheet(f"color: {AGREE_COLOUR};")
        self.adjust.setEnabled(diff != 0)
        self.adjust_hint.setEnabled(diff != 0)
        self.reason.setEnabled(diff != 0)
        # The difference's box and the words may need more room than when the dialog opened.
        if self.isVisible() and self.height() < self.sizeHint().height():
            self.resize(self.width(), self.sizeHint().height())

    def submit(self) -> None:
        self.errors.clear()
        adjust = self.adjust.isChecked() and self.adjust.isEnabled()
        if adjust and self.current is not None:
            diff = self.current.difference
            question = self.tr("Post the difference of {amount} to the books?").format(
                amount=format_rupiah(abs(diff)))
            if not messages.confirm(self, self.tr("Cash count"), question, self.tr("Post")):
                return
        try:
            result = cash_count.record(self._ui.app, self.day.value(), self.counts(), adjust=adjust,
                                       reason=self.reason.text())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except OperationalError as exc:
            messages.environment_error(self, exc)
            return
        self._show_done(result)

    # --- after saving ---
    def _done_page(self) -> QWidget:
        page = QWidget()
        self.done_banner = banner("okBanner")
        self.done_figures = QLabel()
        self.done_figures.setWordWrap(True)
        self.done_holder = QVBoxLayout()
        self.close_button = QPushButton(self.tr("Done"))
        set_primary(self.close_button)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(page)
        layout.addWidget(page_title(self.tr("Cash count saved")))
        layout.addWidget(self.done_banner)
        layout.addWidget(self.done_figures)
        layout.addLayout(self.done_holder)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _show_done(self, result: CountResult) -> None:
        self.saved_count = result
        number = result.number or ""
        if result.adjustment_voucher:
            text = self.tr("Cash count {number} saved; the difference was posted with voucher {voucher}.").format(
                number=number, voucher=result.adjustment_voucher)
        elif result.difference:
            text = self.tr("Cash count {number} saved; the difference was not posted.").format(number=number)
        else:
            text = self.tr("Cash count {number} saved; the cash agrees with the books.").format(number=number)
        self.done_banner.setText(text)
        self.done_figures.setText(self.tr("Counted <b>{counted}</b> · books {books} · difference {difference}").format(
            counted=format_rupiah(result.counted), books=format_rupiah(result.book_balance),
            difference=format_rupiah(result.difference)))
        ctx, lang = self._ui.app, self._ui.lang
        path = self._ui.receipt_path(f"kas-opname-{number}")
        self.document = DocumentPanel(self._ui, self.tr("Berita acara kas opname (to sign)"),
                                      lambda: render_cash_count(ctx, number, path, lang))
        self.done_holder.addWidget(self.document)
        self.stack.setCurrentIndex(1)
        self.submit_button.setDefault(False)
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.document.start()
        self.saved.emit(number)
