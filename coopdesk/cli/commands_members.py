"""CLI commands for members and their savings."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from coopdesk.cli import commands_loans
from coopdesk.cli.context import open_context
from coopdesk.cli.output import emit_json, table
from coopdesk.domain.calendar import parse_date
from coopdesk.domain.money import parse_percent, parse_rupiah
from coopdesk.services import member_exit, members, savings, savings_products
from coopdesk.services.members import MemberInput
from coopdesk.services.savings_products import ProductChange

Sub = Any


def register(sub: Sub) -> None:
    p = sub.add_parser("member", help="members")
    ms = p.add_subparsers(dest="action", required=True)
    q = ms.add_parser("add", help="register a member; prints the member number")
    _member_fields(q, required=True)
    q.set_defaults(handler=cmd_member_add)
    q = ms.add_parser("edit", help="correct a member's profile")
    q.add_argument("number")
    _member_fields(q, required=False)
    q.set_defaults(handler=cmd_member_edit)
    q = ms.add_parser("list")
    q.add_argument("--search", default="")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_member_list)
    q = ms.add_parser("show")
    q.add_argument("number")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_member_show)
    q = ms.add_parser("exit", help="end a membership and pay back the savings")
    q.add_argument("number")
    q.add_argument("--date", required=True)
    q.add_argument("--reason", required=True, choices=["keluar", "meninggal", "diberhentikan"])
    q.set_defaults(handler=cmd_member_exit)

    p = sub.add_parser("savings", help="deposits and withdrawals")
    ss = p.add_subparsers(dest="action", required=True)
    for action, handler in (("deposit", cmd_deposit), ("withdraw", cmd_withdraw)):
        q = ss.add_parser(action, help=f"{action}; prints the voucher number")
        q.add_argument("number")
        q.add_argument("product", help="pokok, wajib or sukarela")
        q.add_argument("amount")
        q.add_argument("--date", default=None)
        q.set_defaults(handler=handler)


def _member_fields(q: argparse.ArgumentParser, *, required: bool) -> None:
    q.add_argument("--name", required=required)
    q.add_argument("--nik", required=required)
    q.add_argument("--gender", required=required, type=str.upper, choices=["L", "P"])
    q.add_argument("--joined", required=required)
    q.add_argument("--birth", default=None)
    q.add_argument("--birth-place", default=None)
    q.add_argument("--address", default=None)
    q.add_argument("--phone", default=None)
    q.add_argument("--occupation", default=None)


def _input(ns: argparse.Namespace, base: MemberInput | None = None) -> MemberInput:
    def pick(value: Any, current: Any) -> Any:
        return current if value is None else value

    b = base or MemberInput("", "", "", date.today())
    return MemberInput(
        name=pick(ns.name, b.name), nik=pick(ns.nik, b.nik), gender=pick(ns.gender, b.gender),
        joined=parse_date(ns.joined, "joined") if ns.joined else b.joined,
        birth_place=pick(ns.birth_place, b.birth_place),
        birth_date=parse_date(ns.birth, "birth") if ns.birth else b.birth_date,
        address=pick(ns.address, b.address), phone=pick(ns.phone, b.phone),
        occupation=pick(ns.occupation, b.occupation),
    )


def cmd_member_add(ns: argparse.Namespace) -> int:
    data = _input(ns)
    print(members.register(open_context(ns), data))
    return 0


def cmd_member_edit(ns: argparse.Namespace) -> int:
    ctx = open_context(ns)
    m = members.get(ctx, ns.number)
    base = MemberInput(m.name, m.nik, m.gender, m.joined, m.birth_place, m.birth_date, m.address, m.phone,
                       m.occupation)
    members.update_profile(ctx, ns.number, _input(ns, base))
    return 0


def cmd_member_list(ns: argparse.Namespace) -> int:
    rows = members.search(open_context(ns), ns.search)
    if ns.json:
        emit_json([{"number": m.number, "name": m.name, "nik": m.nik, "gender": m.gender, "joined": m.joined,
                    "status": m.status, "phone": m.phone} for m in rows])
    else:
        table(["number", "name", "NIK", "L/P", "joined", "status"],
              [(m.number, m.name, m.nik, m.gender, m.joined.isoformat(), m.status) for m in rows])
    return 0


def cmd_member_show(ns: argparse.Namespace) -> int:
    ctx = open_context(ns)
    with ctx.reading() as session:
        m = members.by_number(session, ns.number)
        bal = savings.balances(session, m.id)
        owed = savings.arrears(session, m.id)
        hist = savings.history(session, m.id)
    data = {
        "number": m.number, "name": m.name, "nik": m.nik, "gender": m.gender, "birth_place": m.birth_place,
        "birth_date": m.birth_date, "address": m.address, "phone": m.phone, "occupation": m.occupation,
        "joined": m.joined, "status": m.status, "status_date": m.status_date,
        "balances": bal, "total_savings": sum(bal.values()),
        "arrears": {"total": owed.total, "months": [{"month": p, "amount": a} for p, a in owed.months]},
        "history": [{"date": h.date, "product": h.product, "kind": h.kind, "amount": h.amount,
                     "voucher": h.voucher, "balance": h.balance} for h in hist],
    }
    if ns.json:
        emit_json(data)
        return 0
    print(f"{m.number}  {m.name}  ({m.status})")
    print(f"NIK {m.nik}  {m.gender}  joined {m.joined.isoformat()}  phone {m.phone or '-'}")
    table(["product", "balance"], [*list(bal.items()), ("total", sum(bal.values()))], money=[1])
    if owed.months:
        print(f"Tunggakan wajib: {len(owed.months)} month(s)")
        table(["month", "owed"], owed.months, money=[1])
    return 0


def cmd_member_exit(ns: argparse.Namespace) -> int:
    result = member_exit.exit_member(open_context(ns), ns.number, parse_date(ns.date), ns.reason)
    print(result.voucher or "-")
    return 0


def cmd_deposit(ns: argparse.Namespace) -> int:
    amount = parse_rupiah(ns.amount)
    day = parse_date(ns.date) if ns.date else None
    print(savings.deposit(open_context(ns), ns.number, ns.product, amount, day).voucher)
    return 0


def cmd_withdraw(ns: argparse.Namespace) -> int:
    amount = parse_rupiah(ns.amount)
    day = parse_date(ns.date) if ns.date else None
    print(savings.withdraw(open_context(ns), ns.number, ns.product, amount, day).voucher)
    return 0


def register_products(sub: Sub) -> None:
    p = sub.add_parser("product", help="savings and loan products and their settings")
    ps = p.add_subparsers(dest="action", required=True)
    q = ps.add_parser("list")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_product_list)
    q = ps.add_parser("set", help="change a savings product's settings")
    q.add_argument("code", help="pokok, wajib or sukarela")
    q.add_argument("--name", default=None)
    q.add_argument("--amount", default=None, help="fixed amount (pokok once, wajib per month)")
    q.add_argument("--rate", default=None, help="interest, %% per year")
    q.add_argument("--basis", default=None, choices=["lowest", "average"], help="interest on the lowest or "
                                                                                  "average daily balance")
    q.add_argument("--min-balance", default=None, help="no interest below this balance")
    q.add_argument("--classification", default=None, choices=["equity", "liability"])
    q.set_defaults(handler=cmd_product_set)
    commands_loans.register_loan_products(ps)


def cmd_product_list(ns: argparse.Namespace) -> int:
    rows = savings_products.all_products(open_context(ns))
    data = [{"type": "savings", "code": p.code, "name": p.name, "kind": p.kind, "account": p.account_code,
             "classification": p.classification, "amount": p.fixed_amount,
             "rate_per_year": str(p.interest_rate_year), "basis": p.interest_basis,
             "min_balance": p.interest_min_balance} for p in rows]
    loan_rows = commands_loans.loan_product_rows(ns)  # loan products follow, "type": "loan"
    if ns.json:
        emit_json(data + loan_rows)
    else:
        table(["code", "name", "account", "amount", "rate %/yr", "basis"],
              [(d["code"], d["name"], d["account"], d["amount"], d["rate_per_year"], d["basis"]) for d in data],
              money=[3])
        commands_loans.print_loan_products(loan_rows)
    return 0


def cmd_product_set(ns: argparse.Namespace) -> int:
    change = ProductChange(
        name=ns.name,
        fixed_amount=None if ns.amount is None else parse_rupiah(ns.amount, "amount", allow_zero=True),
        interest_rate_year=None if ns.rate is None else parse_percent(ns.rate, "rate"),
        interest_basis=ns.basis,
        interest_min_balance=None if ns.min_balance is None else parse_rupiah(ns.min_balance, "min-balance",
                                                                               allow_zero=True),
        classification=ns.classification,
    )
    savings_products.update(open_context(ns), ns.code, change)
    return 0
