"""The year's RAT texts: pengurus report, supervisor report, work plan, meetings held, RAT date."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import ValidationError
from coopdesk.services import year_texts
from coopdesk.ui.context import UiContext
from coopdesk.ui.style import set_primary
from coopdesk.ui.widgets import ErrorLabel, FormErrors, hint


class YearTextsPanel(QWidget):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self._year: int | None = None
        self._saved: dict[str, str] = {}
        self.pengurus_report = QPlainTextEdit()
        self.supervisor_report = QPlainTextEdit()
        self.work_plan = QPlainTextEdit()
        self.meetings = QPlainTextEdit()
        self.rat_date = QLineEdit()
        self.rat_date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.save_button = QPushButton(self.tr("Save"))
        set_primary(self.save_button)
        self.save_button.clicked.connect(self.save)
        self.state = QLabel()
        self.state.setObjectName("hint")
        general = ErrorLabel()
        self.errors = FormErrors(general)
        form = QFormLayout()
        labels = {"pengurus_report": self.tr("Pengurus report"), "supervisor_report": self.tr("Supervisor report"),
                  "work_plan": self.tr("Work plan for next year"), "meetings": self.tr("Meetings held")}
        for kind in year_texts.KINDS:
            edit: QPlainTextEdit = getattr(self, kind)
            edit.setMinimumHeight(90)
            edit.textChanged.connect(self._changed)
            error = ErrorLabel()
            box = QVBoxLayout()
            box.addWidget(edit)
            box.addWidget(error)
            form.addRow(labels[kind], box)
            self.errors.add(kind, edit, error)
        error = ErrorLabel()
        box = QVBoxLayout()
        box.addWidget(self.rat_date)
        box.addWidget(error)
        form.addRow(self.tr("RAT date"), box)
        self.errors.add("rat_date", self.rat_date, error)
        self.rat_date.textChanged.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("These texts are printed in the RAT book of the year.")))
        layout.addLayout(form)
        layout.addWidget(general)
        row = QHBoxLayout()
        row.addWidget(self.state)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)

    def _values(self) -> dict[str, str]:
        values = {kind: getattr(self, kind).toPlainText() for kind in year_texts.KINDS}
        values[year_texts.RAT_DATE] = self.rat_date.text().strip()
        return values

    def _changed(self) -> None:
        dirty = self._year is not None and self._values() != self._saved
        self.state.setText(self.tr("Unsaved changes") if dirty else "")

    def set_year(self, year: int) -> None:
        self._year = year
        self.reload()

    def reload(self) -> None:
        if self._year is None:
            return
        with self._ui.app.reading() as session:
            saved = {kind: year_texts.get_text(session, self._year, kind) for kind in year_texts.EDITABLE}
        self._saved = {}
        for kind in year_texts.KINDS:
            getattr(self, kind).setPlainText(saved[kind])
        self.rat_date.setText(saved[year_texts.RAT_DATE])
        self._saved = self._values()
        self.errors.clear()
        self._changed()

    def save(self) -> bool:
        if self._year is None:
            return False
        self.errors.clear()
        values = self._values()
        try:
            # the date first: a bad date saves nothing
            if values[year_texts.RAT_DATE]:
                year_texts.check_rat_date(values[year_texts.RAT_DATE])
            for kind, text in values.items():
                if text != self._saved.get(kind):
                    year_texts.set_text(self._ui.app, self._year, kind, text)
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        self.reload()
        return True
