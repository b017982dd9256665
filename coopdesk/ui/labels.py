"""Display names for the codes the services use (statuses, roles, movement kinds, fields).

The codes stay as they are in the database; only what the clerk reads is translated.
``QT_TRANSLATE_NOOP`` marks the English source texts for lupdate; the lookups translate
them at display time, so a language switch needs no restart of this module.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CTX = "Labels"

_STATUS = {
    "aktif": QT_TRANSLATE_NOOP("Labels", "Active"),
    "keluar": QT_TRANSLATE_NOOP("Labels", "Left"),
    "meninggal": QT_TRANSLATE_NOOP("Labels", "Deceased"),
    "diberhentikan": QT_TRANSLATE_NOOP("Labels", "Dismissed"),
}

_KIND = {
    "deposit": QT_TRANSLATE_NOOP("Labels", "Deposit"),
    "withdrawal": QT_TRANSLATE_NOOP("Labels", "Withdrawal"),
    "interest": QT_TRANSLATE_NOOP("Labels", "Interest"),
    "tax": QT_TRANSLATE_NOOP("Labels", "Tax withheld"),
    "exit": QT_TRANSLATE_NOOP("Labels", "Paid back on exit"),
    "opening": QT_TRANSLATE_NOOP("Labels", "Opening balance"),
}
_REVERSAL = QT_TRANSLATE_NOOP("Labels", "Correction of {kind}")

_ROLE = {
    "administrator": QT_TRANSLATE_NOOP("Labels", "Administrator"),
    "bendahara": QT_TRANSLATE_NOOP("Labels", "Treasurer"),
    "kasir": QT_TRANSLATE_NOOP("Labels", "Clerk"),
    "ketua": QT_TRANSLATE_NOOP("Labels", "Chair"),
    "pengawas": QT_TRANSLATE_NOOP("Labels", "Supervisor"),
}

_ACCOUNT_KIND = {
    "asset": QT_TRANSLATE_NOOP("Labels", "Asset"),
    "contra_asset": QT_TRANSLATE_NOOP("Labels", "Contra asset"),
    "liability": QT_TRANSLATE_NOOP("Labels", "Liability"),
    "equity": QT_TRANSLATE_NOOP("Labels", "Equity"),
    "income": QT_TRANSLATE_NOOP("Labels", "Income"),
    "expense": QT_TRANSLATE_NOOP("Labels", "Expense"),
}

_GENDER = {
    "L": QT_TRANSLATE_NOOP("Labels", "Male (L)"),
    "P": QT_TRANSLATE_NOOP("Labels", "Female (P)"),
}

# Field names the services put in ValidationError.field, for messages shown away from
# the field itself (a message box, a status line).
_FIELD = {
    "name": QT_TRANSLATE_NOOP("Labels", "Name"),
    "nik": QT_TRANSLATE_NOOP("Labels", "NIK"),
    "gender": QT_TRANSLATE_NOOP("Labels", "Gender"),
    "birth_date": QT_TRANSLATE_NOOP("Labels", "Date of birth"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "joined": QT_TRANSLATE_NOOP("Labels", "Join date"),
    "amount": QT_TRANSLATE_NOOP("Labels", "Amount"),
    "date": QT_TRANSLATE_NOOP("Labels", "Date"),
    "product": QT_TRANSLATE_NOOP("Labels", "Product"),
    "member": QT_TRANSLATE_NOOP("Labels", "Member"),
    "voucher": QT_TRANSLATE_NOOP("Labels", "Voucher"),
    "reason": QT_TRANSLATE_NOOP("Labels", "Reason"),
    "memo": QT_TRANSLATE_NOOP("Labels", "Description"),
    "lines": QT_TRANSLATE_NOOP("Labels", "Lines"),
    "month": QT_TRANSLATE_NOOP("Labels", "Month"),
    "code": QT_TRANSLATE_NOOP("Labels", "Account code"),
    "kind": QT_TRANSLATE_NOOP("Labels", "Kind"),
    "role": QT_TRANSLATE_NOOP("Labels", "Role"),
    "user": QT_TRANSLATE_NOOP("Labels", "User"),
    "coop_name": QT_TRANSLATE_NOOP("Labels", "Cooperative name"),
    "member_number_format": QT_TRANSLATE_NOOP("Labels", "Member number format"),
    "database": QT_TRANSLATE_NOOP("Labels", "Database"),
    "pokok": QT_TRANSLATE_NOOP("Labels", "Simpanan pokok"),
    "wajib": QT_TRANSLATE_NOOP("Labels", "Simpanan wajib per month"),
    "account": QT_TRANSLATE_NOOP("Labels", "Account"),
    "from": QT_TRANSLATE_NOOP("Labels", "From"),
    "to": QT_TRANSLATE_NOOP("Labels", "To"),
    "participation": QT_TRANSLATE_NOOP("Labels", "Income statement group"),
    "csv": QT_TRANSLATE_NOOP("Labels", "CSV file"),
    "xlsx": QT_TRANSLATE_NOOP("Labels", "Excel file"),
    "pdf": QT_TRANSLATE_NOOP("Labels", "PDF file"),
    "file": QT_TRANSLATE_NOOP("Labels", "File"),
    "asset": QT_TRANSLATE_NOOP("Labels", "Asset"),
    "category": QT_TRANSLATE_NOOP("Labels", "Category"),
    "cost": QT_TRANSLATE_NOOP("Labels", "Cost"),
    "residual": QT_TRANSLATE_NOOP("Labels", "Residual value"),
    "life": QT_TRANSLATE_NOOP("Labels", "Useful life"),
    "paid_from": QT_TRANSLATE_NOOP("Labels", "Paid from"),
    "proceeds": QT_TRANSLATE_NOOP("Labels", "Sale proceeds"),
    "count": QT_TRANSLATE_NOOP("Labels", "Count"),
    "as_of": QT_TRANSLATE_NOOP("Labels", "Balances as of"),
    "books_start": QT_TRANSLATE_NOOP("Labels", "Books start"),
    "basis": QT_TRANSLATE_NOOP("Labels", "Interest basis"),
    "classification": QT_TRANSLATE_NOOP("Labels", "Classification"),
}
_LINE = QT_TRANSLATE_NOOP("Labels", "Line {number}")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def status_label(code: str) -> str:
    return _tr(_STATUS[code]) if code in _STATUS else code


def kind_label(code: str) -> str:
    if code.startswith("rev-"):
        return _tr(_REVERSAL).format(kind=kind_label(code[4:]).lower())
    return _tr(_KIND[code]) if code in _KIND else code


def role_label(code: str) -> str:
    return _tr(_ROLE[code]) if code in _ROLE else code


def account_kind_label(code: str) -> str:
    return _tr(_ACCOUNT_KIND[code]) if code in _ACCOUNT_KIND else code


def gender_label(code: str) -> str:
    return _tr(_GENDER[code]) if code in _GENDER else code


def field_label(field: str) -> str:
    """``"nik"`` → ``"NIK"``; ``"line 2"`` → ``"Baris 2"``; unknown names are shown as they are."""
    if field.startswith("line "):
        number = field.split()[1]
        return _tr(_LINE).format(number=number)
    return _tr(_FIELD[field]) if field in _FIELD else field


ROLES = tuple(_ROLE)
ACCOUNT_KINDS = tuple(_ACCOUNT_KIND)
EXIT_REASONS = ("keluar", "meninggal", "diberhentikan")
