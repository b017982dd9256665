"""Where the books live by default: one SQLite file in the user's data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def user_data_dir() -> Path:
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "CoopDesk"


def default_database() -> str:
    """``--db`` wins, then ``COOPDESK_DB``, then the file in the user's data folder."""
    return os.environ.get("COOPDESK_DB") or str(user_data_dir() / "coopdesk.db")
