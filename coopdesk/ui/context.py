"""What every page and dialog of the app is handed: no globals, everything passed in."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from coopdesk.services.context import AppContext
from coopdesk.ui.worker import DbWorker


@dataclass
class UiContext:
    app: AppContext
    settings: QSettings  # per user and PC: language, window geometry
    worker: DbWorker  # runs slow database work off the UI thread, one job at a time
    receipts_dir: Path  # where receipt PDFs are saved
    lang: str = "id"

    def receipt_path(self, voucher: str) -> Path:
        self.receipts_dir.mkdir(parents=True, exist_ok=True)
        return self.receipts_dir / f"{voucher}.pdf"
