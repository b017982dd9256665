"""Pengaturan: the cooperative's details, the chart of accounts, users, and the language."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import OperationalError

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.members import format_member_number
from coopdesk.services import settings, users
from coopdesk.ui import messages
from coopdesk.ui.accounts_panel import AccountsPanel
from coopdesk.ui.context import UiContext
from coopdesk.ui.error_texts import translate_error
from coopdesk.ui.i18n import LANGUAGE_NAMES, LANGUAGES, save_language
from coopdesk.ui.labels import ROLES, role_label
from coopdesk.ui.loan_products_panel import LoanProductsPanel
from coopdesk.ui.models import Column, RowsModel
from coopdesk.ui.shu_settings_panel import ShuSettingsPanel
from coopdesk.ui.style import fit_columns, set_primary, setup_table
from coopdesk.ui.widgets import ErrorLabel, FormErrors, format_date, hint, page_title

_COOP_FIELDS = ("coop_name", "coop_address", "coop_city", "coop_phone", "coop_legal_number", "coop_legal_date",
                "coop_nik", "member_number_format")


class CooperativePanel(QWidget):
    saved = Signal()

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self.edits = {key: QLineEdit() for key in _COOP_FIELDS}
        self.edits["member_number_format"].setPlaceholderText("{seq:05d}")
        self.edits["coop_legal_date"].setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.example = QLabel()
        self.example.setObjectName("hint")
        self.books_start = QLabel()
        general = ErrorLabel()
        self.errors = FormErrors(general)
        form = QFormLayout()
        labels = {"coop_name": self.tr("Name of the cooperative"), "coop_address": self.tr("Address"),
                  "coop_city": self.tr("Town (above signatures)"),
                  "coop_phone": self.tr("Phone"), "coop_legal_number": self.tr("Legal entity number"),
                  "coop_legal_date": self.tr("Legal entity date"), "coop_nik": self.tr("NIK koperasi"),
                  "member_number_format": self.tr("Member number format")}
        for key in _COOP_FIELDS:
            error = ErrorLabel()
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(self.edits[key])
            if key == "member_number_format":
                box.addWidget(self.example)
            box.addWidget(error)
            form.addRow(labels[key], box)
            self.errors.add(key, self.edits[key], error)
        form.addRow(self.tr("Books start on"), self.books_start)
        self.save_button = QPushButton(self.tr("Save"))
        set_primary(self.save_button)
        self.save_button.clicked.connect(self.save)
        inner = QWidget()
        inner.setMaximumWidth(760)  # long fields across a wide screen are hard to read
        outer = QVBoxLayout(self)
        outer.addWidget(inner)
        outer.addStretch(1)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(hint(self.tr("Member number format: {seq:05d} gives 00001; A-{year}-{seq:04d} gives "
                                      "A-2025-0001 ({year} and {month} are those of the join date). It applies to "
                                      "members registered from now on.")))
        layout.addWidget(general)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.edits["member_number_format"].textChanged.connect(self._show_example)

    def reload(self) -> None:
        with self._ui.app.reading() as session:
            values = settings.get_all(session)
            start = settings.books_start(session)
        for key in _COOP_FIELDS:
            self.edits[key].setText(values.get(key, ""))
        self.books_start.setText(format_date(start) if start else "-")
        self.errors.clear()

    def _show_example(self, pattern: str) -> None:
        try:
            example = format_member_number(pattern, 1, self._ui.app.today())
        except ValidationError as exc:
            self.example.setText(translate_error(exc))
            return
        self.example.setText(self.tr("The next members will be numbered like {example}").format(example=example))

    def save(self) -> None:
        self.errors.clear()
        changes = {key: self.edits[key].text().strip() for key in _COOP_FIELDS}
        try:
            settings.update(self._ui.app, changes)
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except OperationalError as exc:
            messages.environment_error(self, exc)
            return
        self.saved.emit()
        messages.info(self, self.tr("Settings"), self.tr("The cooperative's details were saved."))


class UsersPanel(QWidget):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self.model = RowsModel([
            Column(self.tr("Name"), lambda u: u[0]),
            Column(self.tr("Role"), lambda u: role_label(u[1])),
            Column(self.tr("Status"), lambda u: self.tr("active") if u[2] else self.tr("inactive")),
        ], self)
        self.table = setup_table(QTableView(), self.model, stretch=0)
        fit_columns(self.table, {1: 160, 2: 100})
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name of the new user"))
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role_label(role), role)
        self.role.setCurrentIndex(self.role.findData("kasir"))
        self.add_button = QPushButton(self.tr("Add user"))
        general = ErrorLabel()
        self.errors = FormErrors(general)
        name_error = ErrorLabel()
        self.errors.add("name", self.name, name_error)
        self.errors.add("role", self.role, general)
        add_row = QHBoxLayout()
        add_row.addWidget(self.name, 1)
        add_row.addWidget(self.role)
        add_row.addWidget(self.add_button)
        inner = QWidget()
        inner.setMaximumWidth(760)
        outer = QVBoxLayout(self)
        outer.addWidget(inner)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint(self.tr("Every entry records who posted it. Passwords and permissions per role come "
                                      "in a later version.")))
        layout.addLayout(add_row)
        layout.addWidget(name_error)
        layout.addWidget(general)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self.add)
        self.name.returnPressed.connect(self.add)

    def reload(self) -> None:
        self.model.set_rows([(u.name, u.role, u.active) for u in users.all_users(self._ui.app)])

    def add(self) -> None:
        self.errors.clear()
        try:
            users.add(self._ui.app, self.name.text(), self.role.currentData())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        self.name.clear()
        self.reload()


class SettingsPage(QWidget):
    language_changed = Signal(str)
    cooperative_changed = Signal()

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self.cooperative = CooperativePanel(ui)
        self.accounts = AccountsPanel(ui)
        self.users = UsersPanel(ui)
        self.loan_products = LoanProductsPanel(ui)
        self.shu = ShuSettingsPanel(ui)
        self.language = QComboBox()
        for lang in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[lang], lang)
        self.language.setCurrentIndex(self.language.findData(ui.lang))
        display = QWidget()
        display_layout = QVBoxLayout(display)
        display_form = QFormLayout()
        self.language.setMaximumWidth(300)
        display_form.addRow(self.tr("Language"), self.language)
        display_form.addRow("", hint(self.tr("The language of this computer's CoopDesk; receipts follow it too.")))
        display_layout.addLayout(display_form)
        display_layout.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.cooperative, self.tr("Cooperative"))
        self.tabs.addTab(self.accounts, self.tr("Chart of accounts"))
        self.tabs.addTab(self.loan_products, self.tr("Loan products"))
        self.tabs.addTab(self.shu, self.tr("SHU"))
        self.tabs.addTab(self.users, self.tr("Users"))
        self.tabs.addTab(display, self.tr("Language"))
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Settings")))
        layout.addWidget(self.tabs, 1)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.cooperative.saved.connect(self.cooperative_changed)

    def activate(self) -> None:
        self.cooperative.reload()
        self.accounts.reload()
        self.users.reload()
        self.loan_products.reload()
        self.shu.reload()

    def _language_chosen(self) -> None:
        lang = self.language.currentData()
        if lang and lang != self._ui.lang:
            save_language(self._ui.settings, lang)
            self.language_changed.emit(lang)
