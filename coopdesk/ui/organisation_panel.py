"""Officers serving now (pengurus, pengawas, DPS, manager, employees): add one, end one's service."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.calendar import parse_date
from coopdesk.domain.errors import ValidationError
from coopdesk.services import organisation
from coopdesk.ui.context import UiContext
from coopdesk.ui.style import set_primary
from coopdesk.ui.widgets import ErrorLabel, FormErrors, format_date


class OrganisationPanel(QWidget):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self._ids: list[int] = []
        role_names = {"pengurus": self.tr("Pengurus"), "pengawas": self.tr("Pengawas"),
                      "dps": self.tr("Sharia supervisor (DPS)"), "manager": self.tr("Manager"),
                      "employee": self.tr("Employee")}
        self.role_names = role_names
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Role"), self.tr("Title"), self.tr("Name"),
                                              self.tr("Gender"), self.tr("Since")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.role = QComboBox()
        for key in organisation.ROLES:
            self.role.addItem(role_names[key], key)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Ketua, Bendahara, Kasir"))
        self.name = QLineEdit()
        self.gender = QComboBox()
        self.gender.addItem(self.tr("Male (L)"), "L")
        self.gender.addItem(self.tr("Female (P)"), "P")
        self.start = QLineEdit()
        self.start.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.end_date = QLineEdit()
        self.end_date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        general = ErrorLabel()
        self.errors = FormErrors(general)
        form = QFormLayout()
        for key, label, widget in (("role", self.tr("Role"), self.role), ("title", self.tr("Title"), self.title),
                                   ("name", self.tr("Name"), self.name), ("gender", self.tr("Gender"), self.gender),
                                   ("start_date", self.tr("Serving since"), self.start)):
            error = ErrorLabel()
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(label, box)
            self.errors.add(key, widget, error)
        self.add_button = QPushButton(self.tr("Add officer"))
        set_primary(self.add_button)
        self.add_button.clicked.connect(self.add)
        end_error = ErrorLabel()
        self.errors.add("end_date", self.end_date, end_error)
        self.errors.add("officer", self.table, general)
        self.end_button = QPushButton(self.tr("End service of the selected officer"))
        self.end_button.clicked.connect(self.end_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        end_row = QHBoxLayout()
        end_row.addWidget(QLabel(self.tr("Service ends on")))
        end_row.addWidget(self.end_date)
        end_row.addWidget(self.end_button)
        layout.addLayout(end_row)
        layout.addWidget(end_error)
        layout.addWidget(QLabel(self.tr("New officer")))
        layout.addLayout(form)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)
        layout.addWidget(general)

    def reload(self) -> None:
        with self._ui.app.reading() as session:
            rows = [(o.id, o.role, o.title, o.name, o.gender, o.start_date) for o in organisation.officers(session)]
        self._ids = [r[0] for r in rows]
        self.table.setRowCount(len(rows))
        for i, (_id, role, title, name, gender, start) in enumerate(rows):
            for col, text in enumerate((self.role_names.get(role, role), title, name, gender,
                                        format_date(start) if start else "-")):
                self.table.setItem(i, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def _date(self, field: str, text: str) -> date | None:
        return parse_date(text, field) if text.strip() else None

    def add(self) -> bool:
        self.errors.clear()
        try:
            organisation.add_officer(self._ui.app, self.role.currentData(), self.title.text(), self.name.text(),
                                     self.gender.currentData(), self._date("start_date", self.start.text()))
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        for edit in (self.title, self.name, self.start):
            edit.clear()
        self.reload()
        return True

    def end_selected(self) -> bool:
        self.errors.clear()
        row = self.table.currentRow()
        try:
            if row < 0 or row >= len(self._ids):
                raise ValidationError("officer", "choose an officer in the table first")
            day = self._date("end_date", self.end_date.text())
            if day is None:
                raise ValidationError("end_date", "the end date is required")
            organisation.end_officer(self._ui.app, self._ids[row], day)
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        self.end_date.clear()
        self.reload()
        return True
