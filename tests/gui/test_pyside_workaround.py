"""A long day of signals must not abort the interpreter (PySide6 6.12 reference-count bug)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from coopdesk.ui.pyside_workaround import affected

DAY_OF_WORK = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from coopdesk.ui.pyside_workaround import protect_singletons
    if sys.argv[1] == "guarded":
        protect_singletons()
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QLineEdit
    app = QApplication([])
    class Emitter(QObject):
        changed = Signal(str)
    emitter = Emitter()
    field = QLineEdit()
    field.textChanged.connect(lambda text: None)
    for i in range(60_000):  # keystrokes and clicks of a busy day
        emitter.changed.emit("x")
        field.setText(str(i))
    print("ok")
""")


def _run(mode: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-c", DAY_OF_WORK, mode], capture_output=True, text=True, env=env,
                          timeout=300)


def test_a_day_of_signals_does_not_abort_the_app() -> None:
    result = _run("guarded")
    assert (result.returncode, result.stdout.strip()) == (0, "ok"), result.stderr[-2000:]


def test_the_guard_is_only_for_the_affected_versions() -> None:
    assert affected("6.12.0", (3, 11))
    assert not affected("6.12.0", (3, 12))
    assert not affected("6.11.3", (3, 11))
