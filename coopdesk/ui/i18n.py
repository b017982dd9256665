"""Language of the app: Bahasa Indonesia by default, English selectable.

The source texts are English; Indonesian comes from resources/i18n/coopdesk_id.qm.
The choice is a per-user setting (QSettings); ``--lang`` overrides it for one run.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from coopdesk.resources import resource

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"
SETTINGS_KEY = "ui/language"
LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}  # each in its own language, never translated


def qm_path(lang: str) -> Path:
    return resource("i18n", f"coopdesk_{lang}.qm")


def chosen_language(settings: QSettings, override: str | None = None) -> str:
    if override in LANGUAGES:
        return str(override)
    saved = settings.value(SETTINGS_KEY, DEFAULT_LANGUAGE)
    return str(saved) if saved in LANGUAGES else DEFAULT_LANGUAGE


def save_language(settings: QSettings, lang: str) -> None:
    settings.setValue(SETTINGS_KEY, lang)
    settings.sync()


class Translations:
    """Installs the translator for one language and removes the previous one."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translator: QTranslator | None = None
        self.lang = "en"

    def apply(self, lang: str) -> None:
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None
        if lang != "en":
            translator = QTranslator(self._app)
            if not translator.load(str(qm_path(lang))):
                raise FileNotFoundError(f"translation file missing: {qm_path(lang)}")
            self._app.installTranslator(translator)
            self._translator = translator
        # Calendar popups and month names follow the default locale.
        locale = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia) if lang == "id" \
            else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        QLocale.setDefault(locale)
        self.lang = lang
