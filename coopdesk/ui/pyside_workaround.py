"""A guard against a reference-counting bug in PySide6 6.12 on Python 3.11.

Measured here with PySide6-Essentials 6.12.0 and CPython 3.11: every ``emit()`` of a
signal defined in Python drops one reference to ``True``, and every Qt signal delivered to
a Python callable (a button click, ``textChanged`` ...) drops one to ``None``; reading an
empty ``QVariant`` (``QComboBox.itemData`` of ``None``, ``QSettings.value`` of a missing
key) does the same.  On Python 3.11 these objects are ordinary reference-counted objects,
so after some ten thousand clicks and keystrokes their count reaches zero and the
interpreter aborts ("Fatal Python error: bool_dealloc" / "none_dealloc") in the middle of
a clerk's day, or when the test run exits.  PySide6 6.11.3 does not have the bug, and on
Python 3.12+ these objects are immortal, so the bug is harmless there.

The fix is to install a PySide6 without the bug (pyproject pins it).  Should a 6.12 still be
installed, :func:`protect_singletons` does what Python 3.12 does: it gives ``None``, ``True``
and ``False`` a reference count so large that no working day can use it up.  They are
static objects that are never freed anyway, so this changes nothing else.
"""

from __future__ import annotations

import ctypes
import sys

import PySide6

_MARGIN = 1 << 40  # a trillion dropped references


def affected(version: str = PySide6.__version__, python: tuple[int, int] = sys.version_info[:2]) -> bool:
    """True for the PySide6 releases with the bug, on Pythons whose singletons can be freed."""
    return version.startswith("6.12.") and python < (3, 12) and sys.implementation.name == "cpython"


def protect_singletons() -> bool:
    """Make None, True and False effectively immortal when the installed PySide6 needs it."""
    if not affected():
        return False
    for obj in (None, True, False):
        # CPython: ob_refcnt is the first field of every object, at the object's address.
        ctypes.c_ssize_t.from_address(id(obj)).value += _MARGIN
    return True
