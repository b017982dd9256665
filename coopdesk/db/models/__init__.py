"""All tables.  Importing this package registers every model on ``Base.metadata``."""

from coopdesk.db.models.admin import AuditLog, ClosedYear, Setting, User
from coopdesk.db.models.assets import CashCount, DepreciationPosting, FixedAsset
from coopdesk.db.models.ledger import Account, AccountDayTotal, JournalEntry, JournalLine, VoucherCounter
from coopdesk.db.models.loans import Loan, LoanInstallment, LoanMonthEnd, LoanProduct, LoanTransaction
from coopdesk.db.models.members import Member
from coopdesk.db.models.savings import (
    InterestPosting,
    MonthEndRun,
    SavingsProduct,
    SavingsTransaction,
    WajibObligation,
)
from coopdesk.db.models.year_end import BudgetLine, Officer, ShuDistribution, ShuMemberPayment, YearText

__all__ = [
    "Account",
    "AccountDayTotal",
    "AuditLog",
    "BudgetLine",
    "CashCount",
    "ClosedYear",
    "DepreciationPosting",
    "FixedAsset",
    "InterestPosting",
    "JournalEntry",
    "JournalLine",
    "Loan",
    "LoanInstallment",
    "LoanMonthEnd",
    "LoanProduct",
    "LoanTransaction",
    "Member",
    "MonthEndRun",
    "Officer",
    "SavingsProduct",
    "SavingsTransaction",
    "Setting",
    "ShuDistribution",
    "ShuMemberPayment",
    "User",
    "VoucherCounter",
    "WajibObligation",
    "YearText",
]
