"""Kinds of accounts and which side their balance normally sits on."""

from __future__ import annotations

from enum import StrEnum


class AccountKind(StrEnum):
    ASSET = "asset"
    CONTRA_ASSET = "contra_asset"
    LIABILITY = "liability"
    EQUITY = "equity"
    INCOME = "income"
    EXPENSE = "expense"

    @property
    def normal_side(self) -> str:
        """``"D"`` for accounts that grow with debits, ``"C"`` for those that grow with credits."""
        return "D" if self in (AccountKind.ASSET, AccountKind.EXPENSE) else "C"


def balance_sides(debit_total: int, credit_total: int) -> tuple[int, int]:
    """Net a debit and a credit total onto one side, as a trial balance shows it."""
    net = debit_total - credit_total
    return (net, 0) if net >= 0 else (0, -net)
