"""Pieces shared by the loan screens: errors shown while typing, coloured badges, figure
cards, table column widths that never cut a header, and the loan documents (kartu angsuran,
disbursement slip, arrears list, portfolio report) made on the worker and offered to print
or open."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import ValidationError
from coopdesk.services.context import AppContext
from coopdesk.ui.context import UiContext
from coopdesk.ui.documents import DocumentPanel
from coopdesk.ui.error_texts import translate_error
from coopdesk.ui.widgets import ErrorLabel, FormErrors


class LiveErrors(FormErrors):
    """FormErrors that can also show a message while the clerk types, without moving the
    focus away from the field being typed in."""

    def __init__(self, general: ErrorLabel) -> None:
        super().__init__(general)
        self._live_fields: dict[str, tuple[QWidget, ErrorLabel]] = {}
        self._live_general = general

    def add(self, field: str, widget: QWidget, label: ErrorLabel) -> None:
        super().add(field, widget, label)
        self._live_fields[field] = (widget, label)

    def show_quietly(self, exc: ValidationError, fallback: str | None = None) -> None:
        """Put the message next to its field (or ``fallback``'s), focus untouched."""
        self.clear()
        field = exc.field if exc.field in self._live_fields else fallback
        if field in self._live_fields:
            widget, label = self._live_fields[field]  # type: ignore[index]
            label.show_message(translate_error(exc))
            mark(widget, True)
        else:
            self._live_general.show_message(translate_error(exc))

    def labels(self) -> dict[str, str]:
        """Every field's message currently shown (for tests)."""
        return {field: label.text() for field, (_w, label) in self._live_fields.items() if label.isVisible()}


def mark(widget: QWidget, bad: bool) -> None:
    widget.setProperty("invalid", bad)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def field_box(widget: QWidget, error: ErrorLabel, *extra: QWidget) -> QVBoxLayout:
    """A field with what belongs under it (a hint) and its error line."""
    box = QVBoxLayout()
    box.setSpacing(1)
    box.addWidget(widget)
    for w in extra:
        box.addWidget(w)
    box.addWidget(error)
    return box


def colour_label(label: QLabel, colours: tuple[str | None, str | None], *, bold: bool = True) -> None:
    """A badge in the given (background, text) colours; plain text when both are None."""
    background, text = colours
    if background is None and text is None:
        label.setStyleSheet("")
        return
    weight = "bold" if bold else "normal"
    label.setStyleSheet(f"QLabel {{ background: {background or 'transparent'}; color: {text or 'black'}; "
                        f"border-radius: 8px; padding: 2px 10px; font-weight: {weight}; }}")


class FigureCard(QFrame):
    """A figure in large type with its caption (outstanding, days late, ...)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.caption = QLabel(title)
        self.caption.setObjectName("cardTitle")
        self.caption.setWordWrap(True)
        self.value = QLabel("-")
        self.value.setObjectName("cardValue")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)

    def set(self, value: str, note: str = "", colours: tuple[str | None, str | None] = (None, None)) -> None:
        self.value.setText(value)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        background, text = colours
        if background:
            self.setStyleSheet(f"QFrame#card {{ background: {background}; border: 1px solid {text}; }} "
                               f"QLabel#cardValue {{ color: {text}; }}")
        else:
            self.setStyleSheet("")


def fit_header_columns(view: QTableView, widths: dict[int, int]) -> None:
    """Set column widths, never narrower than the column's header text (translations run
    longer than the English the widths were chosen for)."""
    header = view.horizontalHeader()
    for column, width in widths.items():
        view.setColumnWidth(column, max(width, header.sectionSizeHint(column)))


def clear_layout(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.deleteLater()


# --- documents --------------------------------------------------------------------------------

def render_loan_card(ctx: AppContext, number: str, as_of: date, path: Path, lang: str) -> Path:
    """The kartu angsuran (a SIMULASI for a loan not disbursed yet); runs on the worker."""
    from coopdesk.reports.loan_card import loan_card, render_loan_card_pdf

    with ctx.reading() as session:
        card = loan_card(session, number, as_of, printed_at=ctx.now())
    return render_loan_card_pdf(card, path, lang)


def render_disbursement_slip(ctx: AppContext, number: str, path: Path, lang: str) -> Path:
    from coopdesk.reports.disbursement_slip import disbursement_slip, render_disbursement_slip_pdf

    with ctx.reading() as session:
        slip = disbursement_slip(session, number, printed_at=ctx.now())
    return render_disbursement_slip_pdf(slip, path, lang)


def render_arrears(ctx: AppContext, day: date, path: Path, lang: str) -> Path:
    """The arrears list (daftar tunggakan) as PDF or Excel, by the path's suffix."""
    from coopdesk.reports.arrears_export import arrears_list, render_arrears_pdf, write_arrears_xlsx

    with ctx.reading() as session:
        data = arrears_list(session, day, printed_at=ctx.now())
    if path.suffix == ".xlsx":
        return write_arrears_xlsx(data, path, lang)
    return render_arrears_pdf(data, path, lang)


def render_portfolio(ctx: AppContext, day: date, path: Path, lang: str) -> Path:
    """The portfolio quality report as PDF or Excel, by the path's suffix."""
    from coopdesk.reports.portfolio_report import portfolio_report, render_portfolio_pdf, write_portfolio_xlsx

    with ctx.reading() as session:
        report = portfolio_report(session, day, printed_at=ctx.now())
    if path.suffix == ".xlsx":
        return write_portfolio_xlsx(report, path, lang)
    return render_portfolio_pdf(report, path, lang)


def document_path(ui: UiContext, name: str, suffix: str = ".pdf") -> Path:
    """Where a loan document is saved: next to the receipts."""
    ui.receipts_dir.mkdir(parents=True, exist_ok=True)
    return ui.receipts_dir / f"{name}{suffix}"


def document_panel(ui: UiContext, title: str, render: Callable[[], Path], *, printable: bool = True) -> DocumentPanel:
    """A DocumentPanel that starts making its file at once; a spreadsheet is opened, not printed."""
    panel = DocumentPanel(ui, title, render)
    if not printable:
        panel.print_button.hide()
    panel.start()
    return panel


class DocumentsDialog(QDialog):
    """One or more documents being made, each with Print / Open; Close."""

    def __init__(self, ui: UiContext, title: str, documents: Sequence[tuple[str, Callable[[], Path], bool]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.panels = [document_panel(ui, name, render, printable=printable) for name, render, printable in documents]
        layout = QVBoxLayout(self)
        for panel, (_name, _render, printable) in zip(self.panels, documents, strict=True):
            if not printable:
                panel.open_button.setText(self.tr("&Open the workbook"))
            layout.addWidget(panel)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
