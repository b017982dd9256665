"""The GUI fixtures of tests/gui for the panel tests here."""

from tests.gui.conftest import answers, app, translations, ui  # noqa: F401
