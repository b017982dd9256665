"""Two clerks at the same moment (threads, each with its own connection): the checks made before
a posting must see every posting committed before it.  Found by this suite: two withdrawals of the
same balance both went through and overdrew the account, on both engines."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from typing import Any

from coopdesk.domain.errors import ValidationError
from coopdesk.services import corrections, member_exit, savings
from coopdesk.services.context import AppContext

from .helpers import balances, credit_balance, join


def at_the_same_moment(*actions: Callable[[], Any]) -> list[str]:
    """Run the actions in parallel threads; 'done' or 'refused' for each (anything else fails)."""
    start = threading.Barrier(len(actions))
    results: list[str] = [""] * len(actions)

    def run(i: int, action: Callable[[], Any]) -> None:
        start.wait()
        try:
            action()
            results[i] = "done"
        except ValidationError:
            results[i] = "refused"
        except Exception as exc:
            results[i] = repr(exc)

    threads = [threading.Thread(target=run, args=(i, a)) for i, a in enumerate(actions)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


def test_two_withdrawals_of_the_same_money(ctx: AppContext) -> None:
    number = join(ctx)
    for round_no in range(4):
        savings.deposit(ctx, number, "sukarela", 100_000, date(2025, 3, 1))
        take = lambda: savings.withdraw(ctx, number, "sukarela", 100_000, date(2025, 3, 2))  # noqa: E731
        assert sorted(at_the_same_moment(take, take)) == ["done", "refused"], round_no
        assert balances(ctx, number)["sukarela"] == 0
    assert credit_balance(ctx, "2111") == 0


def test_two_pokok_payments_over_the_ceiling(ctx: AppContext) -> None:
    number = join(ctx)
    pay = lambda: savings.deposit(ctx, number, "pokok", 60_000, date(2025, 3, 1))  # noqa: E731
    # Pokok is 100.000: 60.000 + 60.000 would be 120.000.
    assert sorted(at_the_same_moment(pay, pay)) == ["done", "refused"]
    assert balances(ctx, number)["pokok"] == 60_000


def test_exit_while_the_clerk_pays_out(ctx: AppContext) -> None:
    number = join(ctx)
    savings.deposit(ctx, number, "pokok", 100_000, date(2025, 3, 1))
    savings.deposit(ctx, number, "sukarela", 500_000, date(2025, 3, 1))
    results = at_the_same_moment(
        lambda: savings.withdraw(ctx, number, "sukarela", 500_000, date(2025, 3, 5)),
        lambda: member_exit.exit_member(ctx, number, date(2025, 3, 5), "keluar"),
    )
    # Either the withdrawal went first and the exit paid back the pokok, or the exit paid back
    # everything and the withdrawal was refused: never both paid out.
    assert results in (["done", "done"], ["refused", "done"])
    assert balances(ctx, number) == {"pokok": 0, "wajib": 0, "sukarela": 0}
    assert credit_balance(ctx, "2111") == credit_balance(ctx, "3110") == 0


def test_reversal_while_the_money_is_taken_out(ctx: AppContext) -> None:
    number = join(ctx)
    deposit = savings.deposit(ctx, number, "sukarela", 300_000, date(2025, 3, 1)).voucher
    results = at_the_same_moment(
        lambda: savings.withdraw(ctx, number, "sukarela", 300_000, date(2025, 3, 5)),
        lambda: corrections.reverse(ctx, deposit, "salah anggota", date(2025, 3, 5)),
    )
    assert sorted(results) == ["done", "refused"]
    assert balances(ctx, number)["sukarela"] == 0
