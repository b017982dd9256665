"""Error messages: the English templates the services raise, marked for translation.

Services raise :class:`~coopdesk.domain.errors.ValidationError` with an English template
and parameters.  The UI translates the template in the Qt context ``"errors"`` and then
fills in the parameters, so a translation keeps the ``{placeholders}``.  The list below
exists so that lupdate puts every template into the .ts file; tests/gui/test_translations.py
checks that it matches what the code can raise.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from coopdesk.domain.errors import ValidationError
from coopdesk.ui.labels import field_label

TEMPLATES = (
    QT_TRANSLATE_NOOP("errors", "must be a month written YYYY-MM (got {value})"),
    QT_TRANSLATE_NOOP("errors", "must be a date written YYYY-MM-DD (got {value})"),
    QT_TRANSLATE_NOOP("errors", "an entry needs at least two lines"),
    QT_TRANSLATE_NOOP("errors", "debits ({debit}) do not equal credits ({credit})"),
    QT_TRANSLATE_NOOP("errors", "amounts must be whole Rupiah"),
    QT_TRANSLATE_NOOP("errors", "amounts must not be negative"),
    QT_TRANSLATE_NOOP("errors", "needs either a debit or a credit, not both or neither"),
    QT_TRANSLATE_NOOP("errors", "must name denda, interest and principal once each"),
    QT_TRANSLATE_NOOP("errors", "must be more than zero"),
    QT_TRANSLATE_NOOP("errors", "is {excess} more than everything owed on this loan"),
    QT_TRANSLATE_NOOP("errors", "must rise: lancar < kurang lancar < diragukan"),
    QT_TRANSLATE_NOOP("errors", "must be between 0 and 100"),
    QT_TRANSLATE_NOOP("errors", "must be a positive whole number of Rupiah"),
    QT_TRANSLATE_NOOP("errors", "must be a positive number of months"),
    QT_TRANSLATE_NOOP("errors", "must be at most {max} months"),
    QT_TRANSLATE_NOOP("errors", "must be zero or a positive percentage"),
    QT_TRANSLATE_NOOP("errors", "must be at most 100%"),
    QT_TRANSLATE_NOOP("errors", "must be flat, menurun or anuitas (got {value})"),
    QT_TRANSLATE_NOOP("errors", "must be month or year (got {value})"),
    QT_TRANSLATE_NOOP("errors", "must be 1, 100, 500 or 1000 (got {value})"),
    QT_TRANSLATE_NOOP("errors", "a rounding unit of {unit} is larger than an installment"),
    QT_TRANSLATE_NOOP("errors", "installments rounded up to {unit} would repay the loan before month {n}; choose a smaller unit or a shorter term"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "{n} months is too long for {amount}: whole-Rupiah installments repay it sooner"),
    QT_TRANSLATE_NOOP("errors", "a rounding unit of {unit} is larger than an installment ({amount})"),
    QT_TRANSLATE_NOOP("errors", "must be exactly 16 digits (got {count})"),
    QT_TRANSLATE_NOOP("errors", "the province code cannot be 00"),
    QT_TRANSLATE_NOOP("errors", "digits 7 to 12 must be a birth date DDMMYY"),
    QT_TRANSLATE_NOOP("errors", "is required"),
    QT_TRANSLATE_NOOP("errors", "is too long (at most 120 characters)"),
    QT_TRANSLATE_NOOP("errors", "is not a valid pattern: {error}"),
    QT_TRANSLATE_NOOP("errors", "must not be negative (got {value})"),
    QT_TRANSLATE_NOOP("errors", "is not an amount of Rupiah: {value}"),
    QT_TRANSLATE_NOOP("errors", "is implausibly large: {value}"),
    QT_TRANSLATE_NOOP("errors", "must be between 0 and 100 (got {value})"),
    QT_TRANSLATE_NOOP("errors", "is not a percentage: {value}"),
    QT_TRANSLATE_NOOP("errors", "must be whole Rupiah (got {value})"),
    QT_TRANSLATE_NOOP("errors", "{number} has not been disbursed; there is no disbursement slip yet"),
    QT_TRANSLATE_NOOP("errors", "{number} is still an active member; there is no settlement"),
    QT_TRANSLATE_NOOP("errors", "{number} is {status}; it has no schedule to print"),
    QT_TRANSLATE_NOOP("errors", "must be id or en (got {value})"),
    QT_TRANSLATE_NOOP("errors", "folder {folder} does not exist"),
    QT_TRANSLATE_NOOP("errors", "{voucher} is not a member's deposit, withdrawal or savings refund"),
    QT_TRANSLATE_NOOP("errors", "{voucher} has no savings movement"),
    QT_TRANSLATE_NOOP("errors", "{voucher} has no loan movement"),
    QT_TRANSLATE_NOOP("errors", "{voucher} is a loan disbursement; print its disbursement slip (bukti pencairan) instead"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "{voucher} is a loan write-off, an entry in the books with no money received; it has no receipt"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "{voucher} is a recovery on a written-off loan, booked as other income; it has no teller receipt"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "must be 3 to 8 digits (got {value})"),
    QT_TRANSLATE_NOOP("errors", "must be one of {kinds}"),
    QT_TRANSLATE_NOOP("errors", "must be member or nonmember"),
    QT_TRANSLATE_NOOP("errors", "account {code} already exists"),
    QT_TRANSLATE_NOOP("errors", "account {code} is a savings control account"),
    QT_TRANSLATE_NOOP("errors", "account {code} has postings; deactivate it instead"),
    QT_TRANSLATE_NOOP("errors", "must not be negative"),
    QT_TRANSLATE_NOOP("errors", "already holds the books of a cooperative"),
    QT_TRANSLATE_NOOP("errors", "unknown or inactive user: {name}"),
    QT_TRANSLATE_NOOP("errors", "{voucher} is itself a reversal"),
    QT_TRANSLATE_NOOP("errors", "{voucher} was already reversed by {by}"),
    QT_TRANSLATE_NOOP("errors", "is before the entry it reverses ({date})"),
    QT_TRANSLATE_NOOP("errors", "is before the books start ({start})"),
    QT_TRANSLATE_NOOP("errors", "falls in {year}, a closed year"),
    QT_TRANSLATE_NOOP("errors", "no account with code {code}"),
    QT_TRANSLATE_NOOP("errors", "no journal entry {voucher}"),
    QT_TRANSLATE_NOOP("errors", "account {code} is inactive"),
    QT_TRANSLATE_NOOP("errors", "account {code} is a heading; post to one of its sub-accounts"),
    QT_TRANSLATE_NOOP("errors", "account {code} is a savings control account; use a deposit or withdrawal"),
    QT_TRANSLATE_NOOP("errors", "account {code} is the loan control account; use the loan screens"),
    QT_TRANSLATE_NOOP("errors", "is not a number: {value}"),
    QT_TRANSLATE_NOOP("errors", "is required (at most 20 characters)"),
    QT_TRANSLATE_NOOP("errors", "range must be 1 ≤ minimum ≤ maximum ≤ {max} months"),
    QT_TRANSLATE_NOOP("errors", "must be none, pct_day, pct_month or fixed_day (got {value})"),
    QT_TRANSLATE_NOOP("errors", "must be prepay or sukarela"),
    QT_TRANSLATE_NOOP("errors", "must be current_period or full_interest"),
    QT_TRANSLATE_NOOP("errors", "loan product {code} already exists"),
    QT_TRANSLATE_NOOP("errors", "no loan product {code}"),
    QT_TRANSLATE_NOOP("errors", "must be between 0 and 100%"),
    QT_TRANSLATE_NOOP("errors", "is required when an amount is withheld"),
    QT_TRANSLATE_NOOP("errors", "no savings product {code}"),
    QT_TRANSLATE_NOOP("errors", "{number} is {status}; only a running loan takes repayments"),
    QT_TRANSLATE_NOOP("errors", "is before the disbursement ({date})"),
    QT_TRANSLATE_NOOP("errors", "is before the loan's last repayment ({date})"),
    QT_TRANSLATE_NOOP("errors", "is before loan {number}'s last transaction ({date})"),
    QT_TRANSLATE_NOOP("errors", "loan {number} has repayments; reverse those first"),
    QT_TRANSLATE_NOOP("errors", "{number} has nothing left to pay"),
    QT_TRANSLATE_NOOP("errors", "{number} was not written off"),
    QT_TRANSLATE_NOOP("errors", "is more than what is left of the written-off amount ({left})"),
    QT_TRANSLATE_NOOP("errors", "loan {number} has later transactions; reverse those first"),
    QT_TRANSLATE_NOOP("errors", "no loan {number}"),
    QT_TRANSLATE_NOOP("errors", "{number} is no longer an active member"),
    QT_TRANSLATE_NOOP("errors", "is before the member joined ({joined})"),
    QT_TRANSLATE_NOOP("errors", "loan product {code} is no longer offered"),
    QT_TRANSLATE_NOOP("errors", "must be {min} to {max} months for {product}"),
    QT_TRANSLATE_NOOP("errors", "is required for {product}"),
    QT_TRANSLATE_NOOP("errors", "is too small: fees and withheld amounts take all of it"),
    QT_TRANSLATE_NOOP("errors", "{number} is {status}, not waiting for approval"),
    QT_TRANSLATE_NOOP("errors", "the user who entered a loan cannot approve it; another user must"),
    QT_TRANSLATE_NOOP("errors", "is before the application ({date})"),
    QT_TRANSLATE_NOOP("errors", "{number} is {status}; only an application can be rejected"),
    QT_TRANSLATE_NOOP("errors", "{number} is {status}; only an approved loan can be disbursed"),
    QT_TRANSLATE_NOOP("errors", "is before the approval ({date})"),
    QT_TRANSLATE_NOOP("errors", "a pengawas approves only related-party loans"),
    QT_TRANSLATE_NOOP("errors", "{number} already has the pengurus approval"),
    QT_TRANSLATE_NOOP("errors", "must be keluar, meninggal or diberhentikan (got {value})"),
    QT_TRANSLATE_NOOP("errors", "{number} has already left ({status})"),
    QT_TRANSLATE_NOOP("errors", "the member has savings movements after this date"),
    QT_TRANSLATE_NOOP("errors", "a savings balance is negative; correct it first"),
    QT_TRANSLATE_NOOP("errors", "owes {owed} on loans but has {savings} in savings; settle the loans first"),
    QT_TRANSLATE_NOOP("errors", "is before the last transaction of loan {number} ({date})"),
    QT_TRANSLATE_NOOP("errors", "is not set; create the books first"),
    QT_TRANSLATE_NOOP("errors", "must be {expected}, the day before the books start ({start}): opening balances are those at the end of that day"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "has changed since it was checked; check it again before importing"),
    QT_TRANSLATE_NOOP("errors", "cannot be read: {reason}"),
    QT_TRANSLATE_NOOP("errors", "is not an Excel .xlsx workbook (save an old .xls file as .xlsx first): {reason}"),
    QT_TRANSLATE_NOOP("errors", "must be L or P (got {value})"),
    QT_TRANSLATE_NOOP("errors", "must be before the join date"),
    QT_TRANSLATE_NOOP("errors", "may contain only digits, spaces and + - ( )"),
    QT_TRANSLATE_NOOP("errors", "no member with number {number}"),
    QT_TRANSLATE_NOOP("errors", "is already registered to another member"),
    QT_TRANSLATE_NOOP("errors", "member {number} left on {date}, after {month}: reverse the exit, run month end {month}, then record the exit again"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "{month} has not ended yet"),
    QT_TRANSLATE_NOOP("errors", "{month} is before the books start"),
    QT_TRANSLATE_NOOP("errors", "month end {month} has not been run; there is no withholding slip yet"),
    QT_TRANSLATE_NOOP("errors", "{number} earned no interest in {month}; there is no withholding slip"),
    QT_TRANSLATE_NOOP("errors", "no member earned interest in {month}; there is no withholding slip"),
    QT_TRANSLATE_NOOP("errors", "{number} is no longer an active member ({status})"),
    QT_TRANSLATE_NOOP("errors", "must be whole Rupiah"),
    QT_TRANSLATE_NOOP("errors", "{name} can only be withdrawn when membership ends"),
    QT_TRANSLATE_NOOP("errors", "is more than the balance ({balance})"),
    QT_TRANSLATE_NOOP("errors", "reversing it would overdraw the savings of member {number}"),
    QT_TRANSLATE_NOOP("errors", "simpanan pokok is {fixed}; {paid} is already paid"),
    QT_TRANSLATE_NOOP("errors", "must be lowest or average (got {value})"),
    QT_TRANSLATE_NOOP("errors", "must be equity or liability"),
    QT_TRANSLATE_NOOP("errors", "is not a setting"),
    QT_TRANSLATE_NOOP("errors", "cannot be changed once the books exist"),
    QT_TRANSLATE_NOOP("errors", "is required (at most 60 characters)"),
    QT_TRANSLATE_NOOP("errors", "must be one of {roles}"),
    QT_TRANSLATE_NOOP("errors", "user {name} already exists"),
    QT_TRANSLATE_NOOP("errors", "must be building, vehicle, equipment or land (got {value})"),
    QT_TRANSLATE_NOOP("errors", "must be a whole number (got {value})"),
    QT_TRANSLATE_NOOP("errors", "land is not depreciated; leave the residual value at 0"),
    QT_TRANSLATE_NOOP("errors", "must be less than the cost ({cost})"),
    QT_TRANSLATE_NOOP("errors", "must be 1 to {max} months (got {value})"),
    QT_TRANSLATE_NOOP("errors", "no fixed asset {number}"),
    QT_TRANSLATE_NOOP("errors", "must be 1110 (Kas), 1121 (Bank) or opening (got {value})"),
    QT_TRANSLATE_NOOP("errors", "only an asset bought before the books start ({start}) can be entered as already owned"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "is after today ({today})"),
    QT_TRANSLATE_NOOP("errors", "must be 1110 (Kas) or 1121 (Bank) (got {value})"),
    QT_TRANSLATE_NOOP("errors", "{number} was cancelled (its purchase entry was reversed)"),
    QT_TRANSLATE_NOOP("errors", "{number} was already disposed of on {date}"),
    QT_TRANSLATE_NOOP("errors", "is before the asset was acquired ({date})"),
    QT_TRANSLATE_NOOP("errors", "depreciation of {number} is already posted for {month}, after this date; the disposal must be dated later"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "{number} was disposed of; reverse the disposal first"),
    QT_TRANSLATE_NOOP("errors", "{number} has depreciation posted by month end; it cannot be cancelled"),
    QT_TRANSLATE_NOOP("errors", "{voucher} is depreciation of fixed assets; it follows the schedule and cannot be reversed"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "account {code} is not a cash or bank account"),
    QT_TRANSLATE_NOOP("errors", "account {code} is not an expense account"),
    QT_TRANSLATE_NOOP("errors", "account {code} is not an income account"),
    QT_TRANSLATE_NOOP("errors", "must be a different account from {code}"),
    QT_TRANSLATE_NOOP("errors", "is before the start of the period ({start})"),
    QT_TRANSLATE_NOOP("errors", "is after the end of the period ({end})"),
    QT_TRANSLATE_NOOP("errors", "{n} lines do not fit on one Excel sheet; export a shorter period or to CSV"),
    QT_TRANSLATE_NOOP("errors", "applies to income and expense accounts only"),
    QT_TRANSLATE_NOOP("errors", "must be one of {groups}"),
    QT_TRANSLATE_NOOP("errors", "is not a Rupiah note or coin: {value}"),
    QT_TRANSLATE_NOOP("errors", "must be written DENOMINATION=PIECES, e.g. 100000=12 (got {value})"),
    QT_TRANSLATE_NOOP("errors", "must be a whole number of pieces (got {value})"),
    QT_TRANSLATE_NOOP("errors", "is required to post the difference"),
    QT_TRANSLATE_NOOP("errors", "no cash count {number}"),
    # the SHU allocation table (domain/shu.py)
    QT_TRANSLATE_NOOP("errors", "every post needs a name and an account"),
    QT_TRANSLATE_NOOP("errors", "{name}: the kind must be reserve, jasa_modal, jasa_usaha or fund (got {kind})"),
    QT_TRANSLATE_NOOP("errors", "{name}: the percentage must be more than 0 (got {percent})"),
    QT_TRANSLATE_NOOP("errors", "{name}: the percentage must be at most 100, with at most 4 decimals (got {percent})"),
    QT_TRANSLATE_NOOP("errors", "{name} appears more than once"),
    QT_TRANSLATE_NOOP("errors", "the percentages must total exactly 100 (they total {total})"),
    QT_TRANSLATE_NOOP("errors", "needs exactly one jasa_modal post and one jasa_usaha post"),
    QT_TRANSLATE_NOOP("errors", "is not an allocation table: {value}"),
    QT_TRANSLATE_NOOP("errors", "{name}: the percentage is not a number (got {percent})"),
    # year end: closing and re-opening a year (services/year_end.py, services/corrections.py)
    QT_TRANSLATE_NOOP("errors", "must be a year such as 2025 (got {value})"),
    QT_TRANSLATE_NOOP("errors", "{year} is before the books start ({start})"),
    QT_TRANSLATE_NOOP("errors", "{year} is already closed"),
    QT_TRANSLATE_NOOP("errors", "{previous} is not closed yet; close it first"),
    QT_TRANSLATE_NOOP("errors", "cannot be closed yet: {problems}"),
    QT_TRANSLATE_NOOP("errors", "{year} has not ended yet"),
    QT_TRANSLATE_NOOP("errors", "only an administrator can re-open a closed year"),
    QT_TRANSLATE_NOOP("errors", "{year} is not closed"),
    QT_TRANSLATE_NOOP("errors", "{next} is closed too; re-open it first"),
    QT_TRANSLATE_NOOP("errors", "{voucher} closes the year {year}; re-open the year instead"),
    # raised by the UI itself
    QT_TRANSLATE_NOOP("errors", "choose an account"),
    QT_TRANSLATE_NOOP("errors", "unknown account: {value}"),
    QT_TRANSLATE_NOOP("errors", "the entry does not balance: the difference is {difference}"),
)


def translate_error(exc: ValidationError) -> str:
    """The message in the user's language, with its parameters filled in."""
    text = QCoreApplication.translate("errors", exc.template)
    try:
        return text.format(**exc.params)
    except (KeyError, IndexError, ValueError):
        # A translation that lost a placeholder must not hide the error itself.
        return exc.message


def error_with_field(exc: ValidationError) -> str:
    """``"NIK: harus tepat 16 digit"``: for places away from the field (message boxes)."""
    return f"{field_label(exc.field)}: {translate_error(exc)}"
