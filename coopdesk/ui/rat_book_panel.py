"""The last step of the year end: "Buat Buku RAT" makes the RAT book (PDF, and the same tables as an
Excel workbook) on the worker, with a progress bar fed chapter by chapter, then offers to open it."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from coopdesk.domain.errors import CoopDeskError, ValidationError
from coopdesk.ui.context import UiContext
from coopdesk.ui.error_texts import error_with_field
from coopdesk.ui.style import set_primary
from coopdesk.ui.widgets import banner, hint, set_tone


class _Progress(QObject):
    """Carries the builder's progress from the worker thread to the panel (queued across threads)."""

    moved = Signal(int, int, str)


class _CannotWrite(CoopDeskError):
    pass


class RatBookPanel(QWidget):
    finished = Signal(object)  # the build's result, for tests and the page

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self.year: int | None = None
        self.result: Any = None
        self.running = False
        self.started_at = 0.0
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)

        self.with_excel = QCheckBox(self.tr("Also make the Excel workbook (one sheet per table)"))
        self.with_excel.setChecked(True)
        self.build_button = QPushButton()
        set_primary(self.build_button)
        self.build_button.clicked.connect(self.build)
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.bar.hide()
        self.step = QLabel()
        self.step.setObjectName("hint")
        self.status = banner()
        self.status.hide()
        self.open_pdf = QPushButton(self.tr("&Open the PDF"))
        self.open_xlsx = QPushButton(self.tr("Open the Excel workbook"))
        self.open_folder = QPushButton(self.tr("Open the folder"))
        for button in (self.open_pdf, self.open_xlsx, self.open_folder):
            button.hide()
        self.open_pdf.clicked.connect(lambda: self._open(self.result.pdf_path if self.result else None))
        self.open_xlsx.clicked.connect(lambda: self._open(self.result.xlsx_path if self.result else None))
        self.open_folder.clicked.connect(lambda: self._open(self.result.pdf_path.parent if self.result else None))

        row = QHBoxLayout()
        row.addWidget(self.build_button)
        row.addWidget(self.with_excel)
        row.addStretch(1)
        opened = QHBoxLayout()
        opened.addWidget(self.open_pdf)
        opened.addWidget(self.open_xlsx)
        opened.addWidget(self.open_folder)
        opened.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(hint(self.tr(
            "The RAT book (Laporan Pertanggungjawaban Pengurus) puts together everything the members' meeting "
            "reads: the pengurus' report, organisation, membership, savings and loans, collectibility, the "
            "financial statements compared with last year, the SHU with the list per member, the supervisor's "
            "report and next year's budget. Fill in the texts, the organisation and the RAPB in the other steps "
            "first; what is still missing is listed here when the book is made.")))
        layout.addLayout(row)
        layout.addWidget(self.bar)
        layout.addWidget(self.step)
        layout.addWidget(self.status)
        layout.addLayout(opened)
        layout.addStretch(1)

    def set_year(self, year: int) -> None:
        self.year = year
        self.build_button.setText(self.tr("Make the RAT book {year}").format(year=year))
        self.build_button.setEnabled(not self.running)

    def output_paths(self) -> tuple[Path, Path | None]:
        assert self.year is not None
        folder = self._ui.receipts_dir
        folder.mkdir(parents=True, exist_ok=True)
        pdf = folder / f"buku-rat-{self.year}.pdf"
        return pdf, (pdf.with_suffix(".xlsx") if self.with_excel.isChecked() else None)

    def build(self) -> None:
        if self.year is None or self.running:
            return
        from coopdesk.reports.rat_book import book as rat_book  # loads the report modules when first needed

        ctx, year, lang = self._ui.app, self.year, self._ui.lang
        pdf, xlsx = self.output_paths()
        moved = self._progress.moved

        def progress(step: int, total: int, label: str) -> None:
            moved.emit(step, total, label)  # from the worker thread: delivered queued to the UI thread

        self.running = True
        self.started_at = time.monotonic()
        self.build_button.setEnabled(False)
        for button in (self.open_pdf, self.open_xlsx, self.open_folder):
            button.hide()
        self.status.hide()
        self.bar.setRange(0, 0)
        self.bar.show()
        self.step.setText(self.tr("Starting…"))
        def make() -> Any:
            try:
                return rat_book.build(ctx, year, pdf, xlsx, lang=lang, progress=progress)
            except OSError as exc:  # the PDF is open in a viewer that locks it, the disk is full ...
                raise _CannotWrite(str(exc)) from exc

        self._ui.worker.submit(make, self._done, on_error=self._failed, owner=self)

    def _moved(self, step: int, total: int, label: str) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(step)
        self.step.setText(label)

    def _done(self, result: Any) -> None:
        self.running = False
        self.result = result
        self.build_button.setEnabled(True)
        self.bar.hide()
        self.step.setText("")
        text = self.tr("The RAT book is ready: {pages} pages in {seconds} s, saved as {name}.").format(
            pages=result.pages, seconds=f"{result.seconds:.1f}".replace(".", ","), name=result.pdf_path.name)
        if result.missing:
            text += "<br>" + self.tr("Still missing (the book says so where it matters):") + "<ul>" + "".join(
                f"<li>{item}</li>" for item in result.missing) + "</ul>"
            set_tone(self.status, "banner")
        else:
            set_tone(self.status, "okBanner")
        self.status.setText(text)
        self.status.show()
        self.open_pdf.show()
        self.open_xlsx.setVisible(result.xlsx_path is not None)
        self.open_folder.show()
        self.finished.emit(result)

    def _failed(self, exc: CoopDeskError) -> None:
        self.running = False
        self.build_button.setEnabled(True)
        self.bar.hide()
        self.step.setText("")
        if isinstance(exc, _CannotWrite):
            self.status.setText(self.tr("The RAT book could not be saved: {reason}. Close it in the PDF viewer "
                                        "and try again.").format(reason=str(exc)))
        else:
            self.status.setText(error_with_field(exc) if isinstance(exc, ValidationError) else str(exc))
        set_tone(self.status, "badBanner")
        self.status.show()

    def _open(self, path: Path | None) -> bool:
        if path is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
