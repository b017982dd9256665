"""First start: the cooperative's name and a few numbers, then the books are created."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.db.schema import Database
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.money import parse_rupiah
from coopdesk.services.books import BooksSetup, init_books
from coopdesk.ui.style import set_primary
from coopdesk.ui.widgets import AmountEdit, DateEdit, ErrorLabel, FormErrors, hint, page_title


class FirstStartDialog(QDialog):
    """Asks what a new set of books needs and creates them (``init_books``)."""

    def __init__(self, db: Database, admin: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._admin = admin
        self.setWindowTitle(self.tr("CoopDesk: new books"))
        self.setMinimumWidth(520)

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. KSP Sejahtera Bersama"))
        self.address = QLineEdit()
        self.start = DateEdit(date(today.year, 1, 1))
        self.pokok = AmountEdit()
        self.pokok.set_value(100_000)
        self.wajib = AmountEdit()
        self.wajib.set_value(50_000)

        general = ErrorLabel()
        self.errors = FormErrors(general)
        form = QFormLayout()
        for field, label, widget in (
            ("name", self.tr("Cooperative name"), self.name),
            ("address", self.tr("Address"), self.address),
            ("start", self.tr("Books start on"), self.start),
            ("pokok", self.tr("Simpanan pokok (once)"), self.pokok),
            ("wajib", self.tr("Simpanan wajib per month"), self.wajib),
        ):
            error = ErrorLabel()
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(label, box)
            self.errors.add(field, widget, error)

        buttons = QDialogButtonBox()
        self.create_button = buttons.addButton(self.tr("Create the books"), QDialogButtonBox.ButtonRole.AcceptRole)
        set_primary(self.create_button)
        self.create_button.setDefault(True)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Welcome to CoopDesk")))
        layout.addWidget(hint(self.tr("These books are new. Enter your cooperative's name; the other values can be "
                                      "changed later in Settings, except the start date of the books.")))
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(buttons)
        self.name.setFocus()

    def setup(self) -> BooksSetup:
        return BooksSetup(
            name=self.name.text(),
            start=self.start.value(),
            admin=self._admin,
            address=self.address.text(),
            pokok_amount=parse_rupiah(self.pokok.text(), "pokok", allow_zero=True),
            wajib_amount=parse_rupiah(self.wajib.text(), "wajib", allow_zero=True),
        )

    def submit(self) -> None:
        self.errors.clear()
        try:
            init_books(self._db, self.setup())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        self.accept()
