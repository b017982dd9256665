"""Running ``python -m coopdesk`` as a subprocess, and dumping a database to compare before/after."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ENV = {
    **os.environ,
    "QT_QPA_PLATFORM": "offscreen",
    # Show every warning (ResourceWarning too): any text on stderr fails the checks below.
    "PYTHONWARNINGS": "default",
}
ENV.pop("COOPDESK_DB", None)


def coopdesk(db: Path | str, *args: str, user: str | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "coopdesk", "--db", str(db)]
    if user is not None:
        cmd += ["--user", user]
    return subprocess.run([*cmd, *args], capture_output=True, text=True, env=ENV, timeout=120, check=False)


def ok(db: Path | str, *args: str, user: str | None = None) -> str:
    """Run a command that must succeed; returns its stdout."""
    result = coopdesk(db, *args, user=user)
    assert result.returncode == 0, f"{args}: exit {result.returncode}\n{result.stderr}"
    assert result.stderr == "", result.stderr
    return result.stdout


def dump(path: Path) -> str:
    """The whole database as SQL text (schema and every row): equal dumps mean nothing changed."""
    con = sqlite3.connect(path)
    try:
        return "\n".join(con.iterdump())
    finally:
        con.close()


def money_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    con = sqlite3.connect(path)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
                for t in ("journal_entries", "journal_lines", "savings_transactions", "voucher_counters")}
    finally:
        con.close()
