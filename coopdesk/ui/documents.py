"""Printable documents after a posting: the receipt (bukti setoran / penarikan /
pengembalian) and the exit statement, saved as PDF, then printed or opened.

The PDF is built on the worker thread (reportlab takes a few hundred milliseconds), so the
dialog stays responsive; the buttons come alive when the file is there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coopdesk.domain.errors import CoopDeskError, ValidationError
from coopdesk.services.context import AppContext
from coopdesk.ui import messages
from coopdesk.ui.context import UiContext
from coopdesk.ui.error_texts import error_with_field


def render_receipt(ctx: AppContext, voucher: str, path: Path, lang: str) -> Path:
    """Read the posted entry and lay out its receipt (runs on the worker thread)."""
    from coopdesk.reports.receipt import receipt_for_voucher, render_receipt_pdf

    with ctx.reading() as session:
        receipt = receipt_for_voucher(session, voucher)
    return render_receipt_pdf(receipt, path, lang)


def render_exit_statement(ctx: AppContext, number: str, path: Path, lang: str) -> Path:
    from coopdesk.reports.exit_statement import exit_statement, render_exit_statement_pdf

    with ctx.reading() as session:
        statement = exit_statement(session, number)
    return render_exit_statement_pdf(statement, path, lang)


def render_withholding_slips(ctx: AppContext, period: str, path: Path, lang: str) -> Path:
    """Bukti potong PPh final for every member who earned interest in the month."""
    from coopdesk.reports.withholding_slip import render_withholding_slips_pdf, withholding_slips

    with ctx.reading() as session:
        slips = withholding_slips(session, period)
    return render_withholding_slips_pdf(slips, path, lang)


class DocumentPanel(QWidget):
    """A PDF being made, then "Print" and "Open PDF" for it."""

    def __init__(self, ui: UiContext, title: str, render: Callable[[], Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self._render = render
        self.path: Path | None = None
        self.title = QLabel(title)
        self.title.setObjectName("sectionTitle")
        self.status = QLabel(self.tr("Preparing the PDF…"))
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print"))
        self.open_button = QPushButton(self.tr("&Open PDF"))
        for button in (self.print_button, self.open_button):
            button.setEnabled(False)
        self.print_button.clicked.connect(self.print_document)
        self.open_button.clicked.connect(self.open_document)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def start(self) -> None:
        self._ui.worker.submit(self._safe_render, self._ready, on_error=self._failed, owner=self)

    def _safe_render(self) -> Path:
        try:
            return self._render()
        except ImportError as exc:  # the report module is not installed in this build
            raise _Unavailable(str(exc)) from exc
        except OSError as exc:  # disk full, folder not writable: the user's to fix
            raise _CannotWrite(str(exc)) from exc

    @property
    def ready(self) -> bool:
        return self.path is not None

    def _ready(self, path: Path) -> None:
        self.path = Path(path)
        # The file name is enough to find it again; the full folder is in the tooltip.
        self.status.setText(self.tr("Saved as {path}").format(path=self.path.name))
        self.status.setToolTip(str(self.path))
        self.print_button.setEnabled(True)
        self.open_button.setEnabled(True)

    def _failed(self, exc: CoopDeskError) -> None:
        if isinstance(exc, _Unavailable):
            self.status.setText(self.tr("Receipts cannot be made in this version of CoopDesk."))
        elif isinstance(exc, _CannotWrite):
            self.status.setText(self.tr("The PDF could not be saved: {reason}").format(reason=str(exc)))
        elif isinstance(exc, ValidationError):
            self.status.setText(error_with_field(exc))
        else:
            self.status.setText(str(exc))

    def print_document(self) -> bool:
        if self.path is None:
            return False
        try:
            from coopdesk.ui.printing import print_pdf
        except ImportError:
            messages.info(self, self.tr("Print"), self.tr("Printing is not available; open the PDF and print it "
                                                          "from the PDF viewer."))
            return False
        return bool(print_pdf(self, self.path))

    def open_document(self) -> bool:
        if self.path is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))


class _Unavailable(CoopDeskError):
    pass


class _CannotWrite(CoopDeskError):
    pass
