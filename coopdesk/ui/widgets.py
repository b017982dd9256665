"""Small widgets shared by the pages: field errors, amount and date fields, titles."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.money import format_rupiah, parse_rupiah
from coopdesk.domain.terbilang import terbilang
from coopdesk.ui.error_texts import error_with_field, translate_error
from coopdesk.ui.style import set_primary

DATE_FORMAT = "dd/MM/yyyy"  # how Indonesian offices write dates


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def format_date(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


class ErrorLabel(QLabel):
    """A red line under a field; takes no room while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class FormErrors:
    """Maps the service's field names to the widget and error label of that field.

    ``show(exc)`` puts the translated message next to the field it names and moves the
    focus there; errors about fields the form does not have go to the general label.
    """

    def __init__(self, general: ErrorLabel) -> None:
        self._general = general
        self._fields: dict[str, tuple[QWidget, ErrorLabel]] = {}

    def add(self, field: str, widget: QWidget, label: ErrorLabel) -> None:
        self._fields[field] = (widget, label)

    def clear(self) -> None:
        self._general.show_message("")
        for widget, label in self._fields.values():
            label.show_message("")
            _mark(widget, False)

    def show(self, exc: ValidationError) -> None:
        self.clear()
        if exc.field in self._fields:
            widget, label = self._fields[exc.field]
            label.show_message(translate_error(exc))
            _mark(widget, True)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._general.show_message(error_with_field(exc))

    def message_for(self, field: str) -> str:
        """The text currently shown for ``field`` (for tests and accessibility)."""
        if field in self._fields:
            return self._fields[field][1].text()
        return ""

    @property
    def general_message(self) -> str:
        return self._general.text()


def _mark(widget: QWidget, bad: bool) -> None:
    # The style sheet draws a red border on widgets whose "invalid" property is true.
    widget.setProperty("invalid", bad)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class AmountEdit(QWidget):
    """A Rupiah amount as the clerk types it ("150000", "150.000", "Rp 150.000"), with the
    amount shown back formatted and in words while typing, so a missing zero is seen."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setObjectName("amountEdit")
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.edit.setPlaceholderText("0")
        self.words = QLabel()
        self.words.setObjectName("amountWords")
        self.words.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.words)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._update_words)
        self._update_words()

    def _update_words(self) -> None:
        amount = self.peek()
        if amount is None:
            self.words.setText(" ")
        else:
            self.words.setText(f"{format_rupiah(amount)} · {terbilang(amount)}")
        # A dialog does not grow by itself for a label that wraps onto more lines, but it
        # does follow its children's minimum sizes: reserve the height the words need.
        lines = self.words.fontMetrics().lineSpacing() + 2
        self.words.setMinimumHeight(max(lines, self.words.heightForWidth(max(self.words.width(), 300))))
        self.changed.emit()

    def peek(self) -> int | None:
        """The amount if the text is one, else None (never raises; for live display)."""
        try:
            return parse_rupiah(self.edit.text())
        except ValidationError:
            return None

    def value(self, field: str = "amount") -> int:
        """The amount, or a ValidationError naming ``field`` (shown next to this field)."""
        return parse_rupiah(self.edit.text(), field)

    def set_value(self, amount: int | None) -> None:
        self.edit.setText(format_rupiah(amount, prefix=False) if amount else "")
        self.edit.selectAll()  # typing replaces a suggested amount

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)


class DateEdit(QDateEdit):
    """A date field with a calendar popup, written dd/MM/yyyy."""

    def __init__(self, day: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaximumWidth(160)  # a date is short; a full-width field looks like a text box
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_FORMAT)
        self.setMinimumDate(QDate(1900, 1, 1))
        self.setMaximumDate(QDate(2199, 12, 31))
        if day is not None:
            self.set_value(day)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Qt's date field uses Tab to move between day, month and year; a clerk expects Tab
        # to go to the next field (typing the digits moves through the parts by itself).
        return QAbstractSpinBox.focusNextPrevChild(self, next)

    def value(self) -> date:
        return from_qdate(self.date())

    def set_value(self, day: date) -> None:
        self.setDate(to_qdate(day))


class OptionalDateEdit(DateEdit):
    """A date that may be left empty (a birth date nobody knows): the minimum date stands
    for "no date" and shows as blank."""

    _EMPTY = QDate(1900, 1, 1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(None, parent)
        self.setSpecialValueText(" ")
        self.setDate(self._EMPTY)

    def optional_value(self) -> date | None:
        return None if self.date() == self._EMPTY else self.value()

    def set_optional(self, day: date | None) -> None:
        self.setDate(self._EMPTY if day is None else to_qdate(day))


def set_tone(label: QLabel, name: str) -> None:
    """Switch a label between the style sheet's looks (okBanner, badBanner, banner, hint ...)."""
    label.setObjectName(name)
    label.style().unpolish(label)
    label.style().polish(label)
    label.updateGeometry()  # padding and border change the size the layout must give it


def banner(tone: str = "banner") -> QLabel:
    """A coloured message box across the page; hidden until it has something to say."""
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName(tone)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def page_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("pageTitle")
    return label


def hint(text: str) -> QLabel:
    """Grey explanatory text under a title or a field."""
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def submit_row(dialog: QDialog, label: str) -> tuple[QPushButton, QHBoxLayout]:
    """The dialog's default button (Enter; connected to ``dialog.submit``) and Cancel (Esc),
    right-aligned: the footer every posting dialog has."""
    submit = QPushButton(label)
    set_primary(submit)
    submit.setDefault(True)
    submit.clicked.connect(dialog.submit)  # type: ignore[attr-defined]
    cancel = QPushButton(QCoreApplication.translate("Dialog", "Cancel"))
    cancel.setAutoDefault(False)
    cancel.clicked.connect(dialog.reject)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(submit)
    row.addWidget(cancel)
    return submit, row
