"""Registering a member, or correcting a member's profile."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import OperationalError

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.members import nik_gender, validate_nik
from coopdesk.services import members
from coopdesk.services.members import MemberInput
from coopdesk.ui import messages
from coopdesk.ui.context import UiContext
from coopdesk.ui.labels import gender_label
from coopdesk.ui.style import set_primary
from coopdesk.ui.widgets import DateEdit, ErrorLabel, FormErrors, OptionalDateEdit, hint, page_title


def birth_date_from_nik(nik: str) -> date | None:
    """Digits 7-12 of a NIK are the birth date DDMMYY (day + 40 for women).  The century
    is a guess: a year that would lie in the future belongs to the 1900s."""
    try:
        value = validate_nik(nik)
    except ValidationError:
        return None
    day, month, year = int(value[6:8]), int(value[8:10]), int(value[10:12])
    day -= 40 if day > 40 else 0
    this_year = date.today().year % 100
    full_year = 2000 + year if year <= this_year else 1900 + year
    try:
        return date(full_year, month, day)
    except ValueError:
        return None


class MemberDialog(QDialog):
    """All fields of a member; each error appears under the field it is about.

    With ``number`` it edits that member; without, it registers a new one and leaves the
    new number in :attr:`number`.
    """

    def __init__(self, ui: UiContext, number: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self.number = number
        self._editing = number is not None
        self.setWindowTitle(self.tr("Edit member profile") if self._editing else self.tr("New member"))
        self.setMinimumWidth(560)

        self.name = QLineEdit()
        self.nik = QLineEdit()
        self.nik.setMaxLength(16)
        self.nik.setPlaceholderText(self.tr("16 digits, as on the KTP"))
        self.gender = QComboBox()
        self.gender.addItem(self.tr("— choose —"), "")
        for code in ("L", "P"):
            self.gender.addItem(gender_label(code), code)
        self.birth_place = QLineEdit()
        self.birth_date = OptionalDateEdit()
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.occupation = QLineEdit()
        self.joined = DateEdit(ui.app.today())

        general = ErrorLabel()
        self.errors = FormErrors(general)
        form = QFormLayout()
        form.setVerticalSpacing(4)
        rows = (
            ("name", self.tr("Full name"), self.name),
            ("nik", self.tr("NIK"), self.nik),
            ("gender", self.tr("Gender"), self.gender),
            ("birth_place", self.tr("Place of birth"), self.birth_place),
            ("birth_date", self.tr("Date of birth"), self.birth_date),
            ("address", self.tr("Address"), self.address),
            ("phone", self.tr("Phone"), self.phone),
            ("occupation", self.tr("Occupation"), self.occupation),
            ("joined", self.tr("Join date"), self.joined),
        )
        for field, label, widget in rows:
            error = ErrorLabel()
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(label, box)
            self.errors.add(field, widget, error)
        if self._editing:
            self.joined.setEnabled(False)  # the join date decides the member number and obligations

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save") if self._editing else self.tr("Register member"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        set_primary(self.save_button)
        self.save_button.setDefault(True)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.windowTitle() if not self._editing else
                                    self.tr("Edit member {number}").format(number=number)))
        if not self._editing:
            layout.addWidget(hint(self.tr("Gender and date of birth are filled in from the NIK; check them "
                                          "against the KTP.")))
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(buttons)
        self.nik.textChanged.connect(self._from_nik)
        if self._editing:
            self._load()
        self.name.setFocus()

    def _load(self) -> None:
        assert self.number is not None
        member = members.get(self._ui.app, self.number)
        self.name.setText(member.name)
        self.nik.setText(member.nik)
        self.gender.setCurrentIndex(max(0, self.gender.findData(member.gender)))
        self.birth_place.setText(member.birth_place)
        self.birth_date.set_optional(member.birth_date)
        self.address.setText(member.address)
        self.phone.setText(member.phone)
        self.occupation.setText(member.occupation)
        self.joined.set_value(member.joined)

    def _from_nik(self, text: str) -> None:
        # Only fill what is still empty: never overwrite what the clerk chose.
        born = birth_date_from_nik(text)
        if born is None:
            return
        if not self.gender.currentData():
            self.gender.setCurrentIndex(self.gender.findData(nik_gender(text.strip()).value))
        if self.birth_date.optional_value() is None:
            self.birth_date.set_optional(born)

    def member_input(self) -> MemberInput:
        return MemberInput(
            name=self.name.text(),
            nik=self.nik.text(),
            gender=self.gender.currentData() or "",
            joined=self.joined.value(),
            birth_place=self.birth_place.text(),
            birth_date=self.birth_date.optional_value(),
            address=self.address.text(),
            phone=self.phone.text(),
            occupation=self.occupation.text(),
        )

    def submit(self) -> None:
        self.errors.clear()
        data = self.member_input()
        try:
            if self._editing:
                assert self.number is not None
                members.update_profile(self._ui.app, self.number, data)
            else:
                self.number = members.register(self._ui.app, data)
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except OperationalError as exc:
            messages.environment_error(self, exc)
            return
        self.accept()
