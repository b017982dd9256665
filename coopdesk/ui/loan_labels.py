"""Display names and colours for the loan codes (statuses, methods, classes, rules, fields).

The codes stay as the services use them; only what the clerk reads is translated (context
``LoanLabels``).  Colours always come with a text, never alone: a clerk who cannot tell red
from green still reads "Terlambat" or "Macet".
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.loan_quality import Collectibility
from coopdesk.ui.error_texts import translate_error
from coopdesk.ui.labels import field_label

_CTX = "LoanLabels"

_STATUS = {
    "applied": QT_TRANSLATE_NOOP("LoanLabels", "Waiting for approval"),
    "approved": QT_TRANSLATE_NOOP("LoanLabels", "Approved, to disburse"),
    "rejected": QT_TRANSLATE_NOOP("LoanLabels", "Rejected"),
    "disbursed": QT_TRANSLATE_NOOP("LoanLabels", "Running"),
    "paid_off": QT_TRANSLATE_NOOP("LoanLabels", "Paid off"),
    "written_off": QT_TRANSLATE_NOOP("LoanLabels", "Written off"),
    "cancelled": QT_TRANSLATE_NOOP("LoanLabels", "Cancelled"),
}

_CLASS = {
    Collectibility.LANCAR: QT_TRANSLATE_NOOP("LoanLabels", "Lancar (pass)"),
    Collectibility.KURANG_LANCAR: QT_TRANSLATE_NOOP("LoanLabels", "Kurang Lancar (substandard)"),
    Collectibility.DIRAGUKAN: QT_TRANSLATE_NOOP("LoanLabels", "Diragukan (doubtful)"),
    Collectibility.MACET: QT_TRANSLATE_NOOP("LoanLabels", "Macet (loss)"),
}

_METHOD = {
    "flat": QT_TRANSLATE_NOOP("LoanLabels", "Flat"),
    "menurun": QT_TRANSLATE_NOOP("LoanLabels", "Declining balance (menurun)"),
    "anuitas": QT_TRANSLATE_NOOP("LoanLabels", "Annuity (anuitas)"),
}

_PER = {
    "month": QT_TRANSLATE_NOOP("LoanLabels", "per month"),
    "year": QT_TRANSLATE_NOOP("LoanLabels", "per year"),
}

_PENALTY = {
    "none": QT_TRANSLATE_NOOP("LoanLabels", "No late penalty"),
    "pct_day": QT_TRANSLATE_NOOP("LoanLabels", "% of the overdue installment per day"),
    "pct_month": QT_TRANSLATE_NOOP("LoanLabels", "% of the overdue installment per month"),
    "fixed_day": QT_TRANSLATE_NOOP("LoanLabels", "Fixed Rupiah per day late"),
}

_OVERPAYMENT = {
    "prepay": QT_TRANSLATE_NOOP("LoanLabels", "Pays the next installments in advance"),
    "sukarela": QT_TRANSLATE_NOOP("LoanLabels", "Goes to the member's simpanan sukarela"),
}

_PAYOFF = {
    "current_period": QT_TRANSLATE_NOOP("LoanLabels", "Interest up to the current period only"),
    "full_interest": QT_TRANSLATE_NOOP("LoanLabels", "All remaining scheduled interest"),
}

_ORDER = {
    "denda,interest,principal": QT_TRANSLATE_NOOP("LoanLabels", "Denda → interest → principal"),
    "interest,denda,principal": QT_TRANSLATE_NOOP("LoanLabels", "Interest → denda → principal"),
    "interest,principal,denda": QT_TRANSLATE_NOOP("LoanLabels", "Interest → principal → denda"),
    "principal,interest,denda": QT_TRANSLATE_NOOP("LoanLabels", "Principal → interest → denda"),
}

# States of one installment, as the kartu angsuran names them (reports.loan_card) plus
# "late, partly paid", which the card prints as "terlambat" with an amount paid.
_INSTALLMENT = {
    "lunas": QT_TRANSLATE_NOOP("LoanLabels", "Paid"),
    "sebagian": QT_TRANSLATE_NOOP("LoanLabels", "Partly paid"),
    "terlambat": QT_TRANSLATE_NOOP("LoanLabels", "Late"),
    "terlambat_sebagian": QT_TRANSLATE_NOOP("LoanLabels", "Late, partly paid"),
    "jatuh_tempo": QT_TRANSLATE_NOOP("LoanLabels", "Due today"),
    "belum": QT_TRANSLATE_NOOP("LoanLabels", "Not yet due"),
    "hapus_buku": QT_TRANSLATE_NOOP("LoanLabels", "Written off"),
}

_TRANSACTION = {
    "disbursement": QT_TRANSLATE_NOOP("LoanLabels", "Disbursement"),
    "repayment": QT_TRANSLATE_NOOP("LoanLabels", "Installment payment"),
    "payoff": QT_TRANSLATE_NOOP("LoanLabels", "Payoff"),
    "writeoff": QT_TRANSLATE_NOOP("LoanLabels", "Write-off"),
    "recovery": QT_TRANSLATE_NOOP("LoanLabels", "Recovery after write-off"),
    "exit": QT_TRANSLATE_NOOP("LoanLabels", "Netted against savings at exit"),
}
_REVERSAL = QT_TRANSLATE_NOOP("LoanLabels", "Correction of {kind}")

_NPL = {
    "sehat": QT_TRANSLATE_NOOP("LoanLabels", "healthy (sehat)"),
    "cukup sehat": QT_TRANSLATE_NOOP("LoanLabels", "fairly healthy (cukup sehat)"),
    "kurang sehat": QT_TRANSLATE_NOOP("LoanLabels", "less healthy (kurang sehat)"),
    "tidak sehat": QT_TRANSLATE_NOOP("LoanLabels", "unhealthy (tidak sehat)"),
}

_BUCKET = {
    "current": QT_TRANSLATE_NOOP("LoanLabels", "Not overdue"),
    "1-30": QT_TRANSLATE_NOOP("LoanLabels", "1–30 days"),
    "31-60": QT_TRANSLATE_NOOP("LoanLabels", "31–60 days"),
    "61-90": QT_TRANSLATE_NOOP("LoanLabels", "61–90 days"),
    "91-180": QT_TRANSLATE_NOOP("LoanLabels", "91–180 days"),
    "181-270": QT_TRANSLATE_NOOP("LoanLabels", "181–270 days"),
    ">270": QT_TRANSLATE_NOOP("LoanLabels", "over 270 days"),
}

# Field names the loan services put in ValidationError.field.
_FIELD = {
    "principal": QT_TRANSLATE_NOOP("LoanLabels", "Principal"),
    "term": QT_TRANSLATE_NOOP("LoanLabels", "Term"),
    "rate": QT_TRANSLATE_NOOP("LoanLabels", "Interest rate"),
    "per": QT_TRANSLATE_NOOP("LoanLabels", "Rate per"),
    "method": QT_TRANSLATE_NOOP("LoanLabels", "Method"),
    "rounding": QT_TRANSLATE_NOOP("LoanLabels", "Rounding unit"),
    "loan": QT_TRANSLATE_NOOP("LoanLabels", "Loan"),
    "purpose": QT_TRANSLATE_NOOP("LoanLabels", "Purpose"),
    "collateral": QT_TRANSLATE_NOOP("LoanLabels", "Collateral"),
    "collateral_value": QT_TRANSLATE_NOOP("LoanLabels", "Collateral value"),
    "provisi": QT_TRANSLATE_NOOP("LoanLabels", "Provisi"),
    "admin": QT_TRANSLATE_NOOP("LoanLabels", "Administrasi"),
    "withheld": QT_TRANSLATE_NOOP("LoanLabels", "Withheld"),
    "withheld_product": QT_TRANSLATE_NOOP("LoanLabels", "Withheld into"),
    "penalty": QT_TRANSLATE_NOOP("LoanLabels", "Late penalty"),
    "grace": QT_TRANSLATE_NOOP("LoanLabels", "Grace days"),
    "allocation order": QT_TRANSLATE_NOOP("LoanLabels", "Payment order"),
    "overpayment": QT_TRANSLATE_NOOP("LoanLabels", "Overpayment"),
    "payoff": QT_TRANSLATE_NOOP("LoanLabels", "Early payoff"),
    "code": QT_TRANSLATE_NOOP("LoanLabels", "Code"),
}

# Background and text colour of each class: calm green, then amber, orange, red.
CLASS_COLOURS = {
    Collectibility.LANCAR: ("#e3f4e8", "#14532d"),
    Collectibility.KURANG_LANCAR: ("#fff4d6", "#7a4f00"),
    Collectibility.DIRAGUKAN: ("#ffe1c7", "#8a3b00"),
    Collectibility.MACET: ("#fde8e6", "#8c1d18"),
}
INSTALLMENT_COLOURS = {
    "lunas": ("#e3f4e8", "#14532d"),
    "sebagian": ("#e6eefa", "#1f3a5f"),
    "terlambat": ("#fde8e6", "#8c1d18"),
    "terlambat_sebagian": ("#fde8e6", "#8c1d18"),
    "jatuh_tempo": ("#fff4d6", "#7a4f00"),
    "belum": (None, None),
    "hapus_buku": ("#eceff3", "#5b6572"),
}
NPL_COLOURS = {
    "sehat": CLASS_COLOURS[Collectibility.LANCAR],
    "cukup sehat": CLASS_COLOURS[Collectibility.KURANG_LANCAR],
    "kurang sehat": CLASS_COLOURS[Collectibility.DIRAGUKAN],
    "tidak sehat": CLASS_COLOURS[Collectibility.MACET],
}
CLASS_SEVERITY = {c: i for i, c in enumerate(Collectibility)}
STATUSES = tuple(_STATUS)
METHODS = tuple(_METHOD)
RATE_PERS = tuple(_PER)
PENALTY_RULES = tuple(_PENALTY)
OVERPAYMENTS = tuple(_OVERPAYMENT)
PAYOFF_RULES = tuple(_PAYOFF)
ALLOCATION_ORDERS = tuple(_ORDER)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _lookup(table: dict[str, str], code: str) -> str:
    return _tr(table[code]) if code in table else code


def loan_status_label(code: str) -> str:
    return _lookup(_STATUS, code)


def class_label(cls: Collectibility | str) -> str:
    return _tr(_CLASS[Collectibility(cls)])


def class_short(cls: Collectibility | str) -> str:
    """The class's official name (Lancar, Kurang Lancar, Diragukan, Macet), in every language:
    for tables, where the English gloss does not fit."""
    return Collectibility(cls).label


def method_label(code: str) -> str:
    return _lookup(_METHOD, code)


def per_label(code: str) -> str:
    return _lookup(_PER, code)


def penalty_label(code: str) -> str:
    return _lookup(_PENALTY, code)


def overpayment_label(code: str) -> str:
    return _lookup(_OVERPAYMENT, code)


def payoff_label(code: str) -> str:
    return _lookup(_PAYOFF, code)


def order_label(code: str) -> str:
    return _lookup(_ORDER, code)


def installment_label(code: str) -> str:
    return _lookup(_INSTALLMENT, code)


def transaction_label(code: str) -> str:
    if code.startswith("rev-"):
        return _tr(_REVERSAL).format(kind=transaction_label(code[4:]).lower())
    return _lookup(_TRANSACTION, code)


def npl_label(code: str) -> str:
    return _lookup(_NPL, code)


def bucket_label(code: str) -> str:
    return _lookup(_BUCKET, code)


def loan_field_label(field: str) -> str:
    return _tr(_FIELD[field]) if field in _FIELD else field_label(field)


def loan_error_text(exc: ValidationError) -> str:
    """``"Jangka waktu: harus 1 sampai 36 bulan"``: a loan error shown away from its field."""
    return f"{loan_field_label(exc.field)}: {translate_error(exc)}"


def percent_text(value: Decimal, lang: str) -> str:
    """``Decimal("1.50")`` → ``"1,5%"`` in Indonesian, ``"1.5%"`` in English."""
    text = format(value.normalize(), "f") if value != 0 else "0"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return (text.replace(".", ",") if lang == "id" else text) + "%"


def rate_text(rate: Decimal, per: str, method: str, lang: str) -> str:
    """``"1,5% per bulan, flat"``."""
    return f"{percent_text(rate, lang)} {per_label(per)}, {method_label(method).lower()}"


def months_text(months: int) -> str:
    if months == 1:
        return _tr(QT_TRANSLATE_NOOP("LoanLabels", "1 month"))
    return _tr(QT_TRANSLATE_NOOP("LoanLabels", "{n} months")).format(n=months)


def days_text(days: int) -> str:
    if days == 1:
        return _tr(QT_TRANSLATE_NOOP("LoanLabels", "1 day"))
    return _tr(QT_TRANSLATE_NOOP("LoanLabels", "{n} days")).format(n=f"{days:,}".replace(",", "."))
