"""CLI commands for loans: the schedule calculator, loan products, applications, approval,
disbursement, repayments, early payoff, write-off and recovery, a loan's page, the arrears
list and the portfolio's quality.

Interest and denda are income when they are received (cash basis, the common practice of
KSPs): a repayment posts Dr Kas / Cr 1141 principal, Cr 4110 interest, Cr 4140 denda.  A
repayment (or a disbursement, payoff, write-off or recovery) is corrected with
``coopdesk journal reverse VOUCHER --reason ...``; only a loan's newest transaction can be.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from coopdesk.cli.context import open_context
from coopdesk.cli.output import emit_json, table
from coopdesk.db.models import JournalEntry, Loan, LoanProduct, LoanTransaction, Member
from coopdesk.domain.calendar import parse_date
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.loan_payments import Allocation, InstallmentState, PenaltyRule
from coopdesk.domain.loan_schedule import LoanTerms, Method, RatePer, schedule
from coopdesk.domain.money import format_rupiah, parse_percent, parse_rupiah
from coopdesk.services import loan_portfolio, loan_products, loan_repayments, loans
from coopdesk.services.context import AppContext
from coopdesk.services.loan_products import LoanProductInput

Sub = Any  # argparse's private _SubParsersAction

CASH_BASIS = ("Interest and denda are income when received (cash basis). Correct a posting with "
              "`coopdesk journal reverse VOUCHER --reason ...` (a loan's newest transaction first).")


# --- parsing what the user typed ----------------------------------------------------------

def _date(value: str | None, field: str = "date") -> date | None:
    return None if value is None else parse_date(value, field)


def _whole(text: str, field: str) -> int:
    """A whole number (months, days, a rounding unit): anything else is refused, naming the field."""
    raw = str(text).strip()
    try:
        return int(raw)
    except ValueError:
        raise ValidationError(field, "must be a whole number (got {value})", value=text) from None


def _per(text: str) -> str:
    value = str(text).strip().lower()
    if value not in {p.value for p in RatePer}:
        raise ValidationError("per", "must be month or year (got {value})", value=text)
    return value


def _method(text: str) -> str:
    value = str(text).strip().lower()
    if value not in {m.value for m in Method}:
        raise ValidationError("method", "must be flat, menurun or anuitas (got {value})", value=text)
    return value


def parse_penalty(text: str) -> tuple[str, Decimal]:
    """``none``, ``pct_day:0.1`` (% of the overdue installment per day), ``pct_month:2`` or
    ``fixed_day:5000`` (Rupiah per day)."""
    raw = str(text).strip().lower()
    if raw == "none":
        return PenaltyRule.NONE.value, Decimal(0)
    rule, sep, value = raw.partition(":")
    if not sep or rule not in {r.value for r in PenaltyRule} - {PenaltyRule.NONE.value}:
        raise ValidationError("penalty", "must be none, pct_day:PCT, pct_month:PCT or fixed_day:RUPIAH (got {value})",
                              value=text)
    if rule == PenaltyRule.FIXED_DAY.value:
        return rule, Decimal(parse_rupiah(value, "penalty"))
    return rule, parse_percent(value, "penalty")


def parse_admin(text: str) -> tuple[Decimal, int]:
    """``--admin 25000`` is Rupiah, ``--admin 0.5%`` a percentage of the principal."""
    raw = str(text).strip()
    if raw.endswith("%"):
        return parse_percent(raw, "admin"), 0
    return Decimal(0), parse_rupiah(raw, "admin", allow_zero=True)


def penalty_text(product: LoanProduct) -> str:
    if product.penalty_rule == PenaltyRule.NONE.value:
        return "none"
    return f"{product.penalty_rule}:{product.penalty_value}"


# --- registering the commands -------------------------------------------------------------

def register(sub: Sub) -> None:
    p = sub.add_parser("loan", help="loans: schedule, apply, approve, disburse, repay, payoff, show, arrears, "
                                    "portfolio", description=CASH_BASIS)
    ls = p.add_subparsers(dest="action", required=True)

    q = ls.add_parser("schedule", help="installment schedule of any terms (a calculation; no books needed)")
    q.add_argument("--principal", required=True)
    q.add_argument("--rate", required=True, help="interest in %%, per month unless --per year")
    q.add_argument("--per", default="month", help="month (default) or year")
    q.add_argument("--term", required=True, help="months")
    q.add_argument("--method", required=True, help="flat, menurun or anuitas")
    q.add_argument("--rounding", default="1", help="installments rounded up to 1, 100, 500 or 1000")
    q.add_argument("--start", default=None, help="disbursement date (default today); first due one month later")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_schedule)

    q = ls.add_parser("apply", help="record an application; prints the loan number")
    q.add_argument("member")
    q.add_argument("--product", required=True, help="loan product code (e.g. UMUM)")
    q.add_argument("--principal", required=True)
    q.add_argument("--term", required=True, help="months")
    q.add_argument("--date", default=None, help="application date (default today)")
    q.add_argument("--purpose", default="")
    q.add_argument("--collateral", default="", help="what is pledged (e.g. BPKB motor)")
    q.add_argument("--collateral-value", default="0", help="eligible collateral value, Rupiah")
    q.add_argument("--related-party", action="store_true",
                   help="loan to a pengurus, pengawas or their business: needs a pengawas approval too")
    q.set_defaults(handler=cmd_apply)

    q = ls.add_parser("list", help="loans (the approval queue with --status applied)")
    q.add_argument("--status", default=None)
    q.add_argument("--member", default=None)
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_list)

    q = ls.add_parser("approve", help="approve as --user (not the one who entered it); prints the status")
    q.add_argument("loan")
    q.add_argument("--date", default=None)
    q.set_defaults(handler=cmd_approve)

    q = ls.add_parser("reject", help="reject an application")
    q.add_argument("loan")
    q.add_argument("--reason", required=True)
    q.set_defaults(handler=cmd_reject)

    q = ls.add_parser("disburse", help="pay an approved loan out; prints the voucher (--dry-run: the slip)")
    q.add_argument("loan")
    q.add_argument("--date", default=None)
    q.add_argument("--dry-run", action="store_true", help="show the fees and the cash paid; post nothing")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_disburse)

    q = ls.add_parser("repay", help="a repayment (denda, interest, principal); prints the voucher",
                      description=CASH_BASIS)
    q.add_argument("loan")
    q.add_argument("amount")
    q.add_argument("--date", default=None)
    q.add_argument("--dry-run", action="store_true", help="show how the amount would be split; post nothing")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_repay)

    q = ls.add_parser("payoff", help="settle the whole loan: prints the amount, then the voucher")
    q.add_argument("loan")
    q.add_argument("--date", default=None)
    q.add_argument("--dry-run", action="store_true", help="only print the amount to settle")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_payoff)

    q = ls.add_parser("show", help="a loan: schedule with paid / late rows, outstanding, DPD, class, history")
    q.add_argument("loan")
    q.add_argument("--date", default=None, help="as of this day (default today)")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_show)

    q = ls.add_parser("arrears", help="loans with installments late: who to call, how much, how late")
    q.add_argument("--date", default=None)
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_arrears)

    q = ls.add_parser("portfolio", help="outstanding per class, NPL, aging, allowance needed vs booked")
    q.add_argument("--date", default=None)
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_portfolio)

    q = ls.add_parser("write-off", help="write off a loss loan (Dr 1149 / Cr 1141); prints the voucher")
    q.add_argument("loan")
    q.add_argument("--reason", required=True)
    q.add_argument("--date", default=None)
    q.set_defaults(handler=cmd_write_off)

    q = ls.add_parser("recover", help="money received on a written-off loan (Dr Kas / Cr 4290); prints the voucher")
    q.add_argument("loan")
    q.add_argument("amount")
    q.add_argument("--date", default=None)
    q.set_defaults(handler=cmd_recover)


def register_loan_products(ps: Sub) -> None:
    """``product add-loan`` and ``product set-loan`` (``product`` is registered with the savings products)."""
    q = ps.add_parser("add-loan", help="add a loan product; prints its code")
    q.add_argument("--code", required=True)
    q.add_argument("--name", required=True)
    _loan_product_options(q, defaults=True)
    q.set_defaults(handler=cmd_product_add_loan)
    q = ps.add_parser("set-loan", help="change a loan product (loans already applied for keep their terms)")
    q.add_argument("code")
    q.add_argument("--name", default=None)
    _loan_product_options(q, defaults=False)
    q.set_defaults(handler=cmd_product_set_loan)


def _loan_product_options(q: argparse.ArgumentParser, *, defaults: bool) -> None:
    def d(value: str) -> str | None:
        return value if defaults else None

    q.add_argument("--method", required=defaults, default=None, help="flat, menurun or anuitas")
    q.add_argument("--rate", required=defaults, default=None, help="interest in %%, per month unless --per year")
    q.add_argument("--per", default=d("month"), help="month (default) or year")
    q.add_argument("--term-min", default=d("1"), help="shortest term, months")
    q.add_argument("--term-max", default=d("36"), help="longest term, months")
    q.add_argument("--rounding", default=d("1"), help="installments rounded up to 1, 100, 500 or 1000")
    q.add_argument("--provisi", default=d("0"), help="provisi, %% of the principal")
    q.add_argument("--admin", default=d("0"), help="administrasi: Rupiah (25000) or %% of the principal (0.5%%)")
    q.add_argument("--withheld", default=d("0"), help="%% of the principal withheld into a savings product")
    q.add_argument("--withheld-product", default=None, help="savings product receiving the withheld amount")
    q.add_argument("--penalty", default=d("none"),
                   help="late penalty: none, pct_day:PCT, pct_month:PCT or fixed_day:RUPIAH (e.g. pct_day:0.1)")
    q.add_argument("--grace", default=d("0"), help="days after the due date before denda starts")
    q.add_argument("--order", default=d("denda,interest,principal"), help="payment allocation order")
    q.add_argument("--overpayment", default=d("prepay"), help="prepay (next installments) or sukarela")
    q.add_argument("--payoff", default=d("current_period"), help="early payoff: current_period or full_interest")
    q.add_argument("--collateral-required", default=None, action=argparse.BooleanOptionalAction)


def _product_input(ns: argparse.Namespace, base: LoanProductInput) -> LoanProductInput:
    def pick(value: Any, parse: Any, current: Any) -> Any:
        return current if value is None else parse(value)

    penalty_rule, penalty_value = (base.penalty_rule, base.penalty_value) if ns.penalty is None \
        else parse_penalty(ns.penalty)
    admin_pct, admin_fixed = (base.admin_pct, base.admin_fixed) if ns.admin is None else parse_admin(ns.admin)
    return LoanProductInput(
        code=base.code, name=base.name if ns.name is None else ns.name,
        method=pick(ns.method, _method, base.method),
        rate=pick(ns.rate, lambda v: parse_percent(v, "rate"), base.rate),
        rate_per=pick(ns.per, _per, base.rate_per),
        term_min=pick(ns.term_min, lambda v: _whole(v, "term"), base.term_min),
        term_max=pick(ns.term_max, lambda v: _whole(v, "term"), base.term_max),
        rounding=pick(ns.rounding, lambda v: _whole(v, "rounding"), base.rounding),
        provisi_pct=pick(ns.provisi, lambda v: parse_percent(v, "provisi"), base.provisi_pct),
        admin_pct=admin_pct, admin_fixed=admin_fixed,
        withheld_pct=pick(ns.withheld, lambda v: parse_percent(v, "withheld"), base.withheld_pct),
        withheld_product=base.withheld_product if ns.withheld_product is None else ns.withheld_product.strip(),
        penalty_rule=penalty_rule, penalty_value=penalty_value,
        grace_days=pick(ns.grace, lambda v: _whole(v, "grace"), base.grace_days),
        allocation_order=pick(ns.order, str, base.allocation_order),
        overpayment=pick(ns.overpayment, lambda v: str(v).strip().lower(), base.overpayment),
        payoff_rule=pick(ns.payoff, lambda v: str(v).strip().lower(), base.payoff_rule),
        collateral_required=base.collateral_required if ns.collateral_required is None else ns.collateral_required,
    )


def cmd_product_add_loan(ns: argparse.Namespace) -> int:
    data = _product_input(ns, LoanProductInput(code=ns.code, name=ns.name))
    print(loan_products.add(open_context(ns), data))
    return 0


def cmd_product_set_loan(ns: argparse.Namespace) -> int:
    ctx = open_context(ns)
    with ctx.reading() as session:
        p = loan_products.by_code(session, ns.code)
        base = LoanProductInput(
            code=p.code, name=p.name, method=p.method, rate=p.rate, rate_per=p.rate_per, term_min=p.term_min,
            term_max=p.term_max, rounding=p.rounding, provisi_pct=p.provisi_pct, admin_pct=p.admin_pct,
            admin_fixed=p.admin_fixed, withheld_pct=p.withheld_pct, withheld_product=p.withheld_product,
            penalty_rule=p.penalty_rule, penalty_value=p.penalty_value, grace_days=p.grace_days,
            allocation_order=p.allocation_order, overpayment=p.overpayment, payoff_rule=p.payoff_rule,
            collateral_required=p.collateral_required)
    loan_products.update(ctx, base.code, _product_input(ns, base))
    return 0


def loan_product_rows(ns: argparse.Namespace) -> list[dict[str, Any]]:
    """Loan products for ``product list`` (shown after the savings products)."""
    return [{"type": "loan", "code": p.code, "name": p.name, "method": p.method, "rate": str(p.rate),
             "per": p.rate_per, "term_min": p.term_min, "term_max": p.term_max, "rounding": p.rounding,
             "provisi": str(p.provisi_pct), "admin_pct": str(p.admin_pct), "admin_fixed": p.admin_fixed,
             "withheld": str(p.withheld_pct), "withheld_product": p.withheld_product, "penalty": penalty_text(p),
             "grace": p.grace_days, "order": p.allocation_order, "overpayment": p.overpayment,
             "payoff": p.payoff_rule, "collateral_required": p.collateral_required, "active": p.active}
            for p in loan_products.all_products(open_context(ns))]


def print_loan_products(rows: list[dict[str, Any]]) -> None:
    print()
    print("Loan products")
    table(["code", "name", "method", "rate", "term", "rounding", "provisi %", "admin", "penalty", "grace"],
          [(r["code"], r["name"], r["method"], f"{r['rate']}%/{r['per']}", f"{r['term_min']}-{r['term_max']}",
            r["rounding"], r["provisi"],
            f"{r['admin_pct']}%" if Decimal(str(r["admin_pct"])) else format_rupiah(int(str(r["admin_fixed"]))),
            r["penalty"], r["grace"]) for r in rows])


# --- the calculator -----------------------------------------------------------------------

def cmd_schedule(ns: argparse.Namespace) -> int:
    terms = LoanTerms(
        principal=parse_rupiah(ns.principal, "principal", allow_zero=True),
        term=_whole(ns.term, "term"),
        rate=parse_percent(ns.rate, "rate"),
        method=Method(_method(ns.method)),
        per=RatePer(_per(ns.per)),
        rounding=_whole(ns.rounding, "rounding"),
        start=_date(ns.start, "start") or date.today(),
    )
    plan = schedule(terms)
    if ns.json:
        emit_json(plan.as_json())
        return 0
    _print_schedule_rows([(i.no, i.due_date.isoformat(), i.principal, i.interest, i.total, i.outstanding)
                          for i in plan.installments], plan.total_principal, plan.total_interest)
    return 0


def _print_schedule_rows(rows: list[tuple[Any, ...]], total_principal: int, total_interest: int,
                         extra: list[str] | None = None) -> None:
    headers = ["no", "due date", "principal", "interest", "total", "outstanding", *(extra or [])]
    table(headers, [*rows, ("", "total", total_principal, total_interest, total_principal + total_interest, "",
                            *[""] * len(extra or []))], money=[2, 3, 4, 5])


# --- the lifecycle ------------------------------------------------------------------------

def cmd_apply(ns: argparse.Namespace) -> int:
    ctx = open_context(ns)
    applied_on = _date(ns.date) or ctx.today()
    app = loans.Application(
        member=ns.member, product=ns.product, principal=parse_rupiah(ns.principal, "principal"),
        term=_whole(ns.term, "term"), applied_on=applied_on, purpose=ns.purpose, collateral=ns.collateral,
        collateral_value=parse_rupiah(ns.collateral_value, "collateral-value", allow_zero=True),
        related_party=ns.related_party)
    number = loans.apply(ctx, app)
    if ns.related_party:
        with ctx.reading() as session:
            warning = loans.related_party_warning(session, app.principal, applied_on)
        if warning:
            print(f"warning: {warning}", file=sys.stderr)
    print(number)
    return 0


def cmd_list(ns: argparse.Namespace) -> int:
    ctx = open_context(ns)
    with ctx.reading() as session:
        q = select(Loan, Member).join(Member, Loan.member_id == Member.id).order_by(Loan.id)
        if ns.status:
            q = q.where(Loan.status == ns.status.strip().lower())
        if ns.member:
            q = q.where(Member.number == ns.member.strip())
        rows = [{"number": l.number, "member": m.number, "name": m.name, "principal": l.principal, "term": l.term,
                 "method": l.method, "status": l.status, "applied_on": l.applied_on, "disbursed_on": l.disbursed_on,
                 "entered_by": loans.user_name(session, l.entered_by)}
                for l, m in session.execute(q).tuples()]
    if ns.json:
        emit_json(rows)
    else:
        table(["loan", "member", "name", "principal", "term", "status", "applied"],
              [(r["number"], r["member"], r["name"], r["principal"], r["term"], r["status"],
                r["applied_on"].isoformat()) for r in rows], money=[3])
    return 0


def cmd_approve(ns: argparse.Namespace) -> int:
    print(loans.approve(open_context(ns), ns.loan, _date(ns.date)))
    return 0


def cmd_reject(ns: argparse.Namespace) -> int:
    loans.reject(open_context(ns), ns.loan, ns.reason)
    return 0


def cmd_disburse(ns: argparse.Namespace) -> int:
    ctx = open_context(ns)
    day = _date(ns.date) or ctx.today()
    if not ns.dry_run:
        posted = loans.disburse(ctx, ns.loan, day)
        if ns.json:
            emit_json({"voucher": posted.voucher, "date": posted.date, "amount": posted.amount})
        else:
            print(posted.voucher)
        return 0
    with ctx.reading() as session:
        loan = loans.by_number(session, ns.loan)
        if loan.status not in ("applied", "approved"):
            raise ValidationError("loan", "{number} is {status}; only an application can be disbursed",
                                  number=loan.number, status=loan.status)
        fees = loans.fees_for(session, loan)
        plan = loans.loan_schedule(loan, day)
    slip = {"loan": loan.number, "date": day, "principal": loan.principal, "provisi": fees.provisi,
            "admin": fees.admin, "withheld": fees.withheld, "cash_paid": fees.cash_paid(loan.principal),
            **plan.as_json()}
    if ns.json:
        emit_json(slip)
        return 0
    print(f"Pencairan {loan.number} on {day.isoformat()}")
    table(["", "amount"], [("principal", loan.principal), ("provisi", -fees.provisi), ("administrasi", -fees.admin),
                           ("withheld", -fees.withheld), ("cash paid", fees.cash_paid(loan.principal))], money=[1])
    print()
    _print_schedule_rows([(i.no, i.due_date.isoformat(), i.principal, i.interest, i.total, i.outstanding)
                          for i in plan.installments], plan.total_principal, plan.total_interest)
    return 0


def _allocation_json(allocation: Allocation) -> dict[str, object]:
    return {"amount": allocation.amount, "denda": allocation.denda, "interest": allocation.interest,
            "principal": allocation.principal, "waived_interest": allocation.waived_interest,
            "to_sukarela": allocation.to_sukarela,
            "installments": [{"no": p.installment_no, "denda": p.denda, "interest": p.interest,
                              "principal": p.principal, "waived_interest": p.waived_interest}
                             for p in allocation.parts]}


def _print_allocation(allocation: Allocation) -> None:
    rows = [(p.installment_no, p.denda, p.interest, p.principal, p.waived_interest) for p in allocation.parts]
    table(["installment", "denda", "interest", "principal", "waived interest"],
          [*rows, ("total", allocation.denda, allocation.interest, allocation.principal, allocation.waived_interest)],
          money=[1, 2, 3, 4])
    if allocation.to_sukarela:
        print(f"To simpanan sukarela: {format_rupiah(allocation.to_sukarela)}")
    print(f"Amount: {format_rupiah(allocation.amount)}")


def cmd_repay(ns: argparse.Namespace) -> int:
    ctx = open_context(ns)
    amount = parse_rupiah(ns.amount, "amount")
    day = _date(ns.date) or ctx.today()
    if ns.dry_run:
        allocation = loan_repayments.preview(ctx, ns.loan, amount, day)
        if ns.json:
            emit_json(_allocation_json(allocation))
        else:
            _print_allocation(allocation)
        return 0
    result = loan_repayments.repay(ctx, ns.loan, amount, day)
    if ns.json:
        emit_json({"voucher": result.voucher, "paid_off": result.paid_off, **_allocation_json(result.allocation)})
    else:
        print(result.voucher)
    return 0


def cmd_payoff(ns: argparse.Namespace) -> int:
    ctx = open_context(ns)
    day = _date(ns.date) or ctx.today()
    if ns.dry_run:
        allocation = loan_repayments.payoff_amount(ctx, ns.loan, day)
        voucher = None
    else:
        result = loan_repayments.settle(ctx, ns.loan, day)
        allocation, voucher = result.allocation, result.voucher
    if ns.json:
        emit_json({"voucher": voucher, **_allocation_json(allocation)})
    else:
        print(allocation.amount)
        if voucher:
            print(voucher)
    return 0


def cmd_write_off(ns: argparse.Namespace) -> int:
    print(loan_repayments.write_off(open_context(ns), ns.loan, _date(ns.date), ns.reason).voucher)
    return 0


def cmd_recover(ns: argparse.Namespace) -> int:
    ctx = open_context(ns)
    amount = parse_rupiah(ns.amount, "amount")
    print(loan_repayments.recover(ctx, ns.loan, amount, _date(ns.date)).voucher)
    return 0


# --- reading ------------------------------------------------------------------------------

def _state(s: InstallmentState, as_of: date) -> str:
    if s.unpaid(as_of) <= 0:
        return "paid"
    if s.due_date < as_of:
        return "late"
    if s.due_date == as_of:
        return "due"
    return "partial" if s.paid_principal(as_of) or s.paid_interest(as_of) else "open"


def loan_page(ctx: AppContext, number: str, as_of: date) -> dict[str, Any]:
    """Everything ``loan show`` prints, as plain data."""
    with ctx.reading() as session:
        loan = loans.by_number(session, number)
        member = session.get(Member, loan.member_id)
        product = session.get(LoanProduct, loan.product_id)
        assert member is not None and product is not None
        penalty = loans.penalty_of(session, loan)
        fees = loans.fees_for(session, loan) if loan.disbursed_on is None else \
            loans.Fees(loan.provisi, loan.admin_fee, loan.withheld)
        disbursed = loan.disbursed_on is not None
        if disbursed:
            states = loans.installment_states(session, [loan.id]).get(loan.id, [])
        else:  # an application: the preview, from the same schedule function
            states = [InstallmentState(i.no, i.due_date, i.principal, i.interest)
                      for i in loans.loan_schedule(loan).installments]
        pos = loans.position(session, loan, as_of, states) if disbursed else None
        payoff = None
        if loan.status == "disbursed":
            payoff = loan_repayments.payoff_allocation(session, loan, max(as_of, loan.disbursed_on or as_of))
        history = [
            {"date": tx_date, "voucher": voucher, "kind": kind, "principal": principal, "interest": interest,
             "denda": denda, "waived_interest": waived}
            for tx_date, voucher, kind, principal, interest, denda, waived in _history(session, loan.id)]
        written_off = loan_repayments.written_off_amount(session, loan)
        recovered = loan_repayments.recovered_amount(session, loan)
        names = {k: loans.user_name(session, v) for k, v in (("entered_by", loan.entered_by),
                                                             ("approved_by", loan.approved_by),
                                                             ("approved_by_pengawas", loan.approved_by_supervisor))}
    outstanding = loan.principal
    rows = []
    for s in states:
        outstanding -= s.principal
        waived = sum(m.waived_interest for m in s.movements if m.date <= as_of)
        rows.append({
            "no": s.no, "due_date": s.due_date, "principal": s.principal, "interest": s.interest,
            "total": s.principal + s.interest, "outstanding": outstanding,
            "paid_principal": s.paid_principal(as_of), "paid_interest": s.paid_interest(as_of) - waived,
            "waived_interest": waived, "paid_denda": s.paid_denda(as_of), "unpaid": max(s.unpaid(as_of), 0),
            "denda_due": s.denda_due(as_of, penalty) if disbursed else 0,
            "state": _state(s, as_of) if disbursed else "preview",
        })
    due = pos.due if pos else None
    return {
        "number": loan.number, "member": member.number, "name": member.name, "phone": member.phone,
        "product": product.code, "status": loan.status, "principal": loan.principal, "term": loan.term,
        "rate": str(loan.rate), "per": loan.rate_per, "method": loan.method, "rounding": loan.rounding,
        "applied_on": loan.applied_on, "approved_on": loan.approved_on, "disbursed_on": loan.disbursed_on,
        "closed_on": loan.closed_on, "purpose": loan.purpose, "collateral": loan.collateral,
        "collateral_value": loan.collateral_value, "related_party": loan.related_party, **names,
        "rejected_reason": loan.rejected_reason,
        "fees": {"provisi": fees.provisi, "admin": fees.admin, "withheld": fees.withheld,
                 "cash_paid": fees.cash_paid(loan.principal)},
        "as_of": as_of,
        "installments": rows,
        "total_principal": sum(s.principal for s in states), "total_interest": sum(s.interest for s in states),
        "outstanding": due.outstanding_principal if due else (0 if disbursed else None),
        "remaining_interest": due.remaining_interest if due else None,
        "dpd": pos.dpd if pos else None,
        "class": pos.collectibility.value if pos else None,
        "class_label": pos.collectibility.label if pos else None,
        "allowance": pos.allowance if pos else None,
        "installments_late": due.installments_late if due else None,
        "denda_due": due.denda if due else None,
        "due_today": {"denda": due.denda, "interest": due.interest, "principal": due.principal,
                      "total": due.total} if due else None,
        "payoff": payoff.amount if payoff else None,
        "written_off": written_off, "recovered": recovered,
        "history": history,
    }


def _history(session: Any, loan_id: int) -> list[tuple[Any, ...]]:
    rows: dict[tuple[date, str, str], list[int]] = {}
    q = (select(LoanTransaction, JournalEntry.voucher).join(JournalEntry, LoanTransaction.entry_id == JournalEntry.id)
         .where(LoanTransaction.loan_id == loan_id).order_by(LoanTransaction.id))
    for tx, voucher in session.execute(q).tuples():
        sums = rows.setdefault((tx.date, voucher, tx.kind), [0, 0, 0, 0])
        for i, v in enumerate((tx.principal, tx.interest, tx.denda, tx.waived_interest)):
            sums[i] += v
    return [(*key, *sums) for key, sums in rows.items()]


def cmd_show(ns: argparse.Namespace) -> int:
    ctx = open_context(ns)
    page = loan_page(ctx, ns.loan, _date(ns.date) or ctx.today())
    if ns.json:
        emit_json(page)
        return 0
    print(f"{page['number']}  {page['member']} {page['name']}  {page['product']}  ({page['status']})")
    print(f"{format_rupiah(page['principal'])}, {page['term']} months, {page['rate']}% per {page['per']}, "
          f"{page['method']}; applied {page['applied_on']}, disbursed {page['disbursed_on'] or '-'}")
    rows = page["installments"]
    _print_schedule_rows([(r["no"], r["due_date"].isoformat(), r["principal"], r["interest"], r["total"],
                           r["outstanding"], r["state"], format_rupiah(r["denda_due"]))
                          for r in rows], page["total_principal"], page["total_interest"],
                         extra=["state", "denda"])
    if page["dpd"] is not None:
        due = page["due_today"]
        print(f"As of {page['as_of']}: outstanding {format_rupiah(page['outstanding'])}, "
              f"DPD {page['dpd']}, {page['class_label']}, due today {format_rupiah(due['total'])} "
              f"(denda {format_rupiah(page['denda_due'])})")
    if page["payoff"] is not None:
        print(f"Payoff today: {format_rupiah(page['payoff'])}")
    if page["history"]:
        print()
        table(["date", "voucher", "kind", "principal", "interest", "denda"],
              [(h["date"].isoformat(), h["voucher"], h["kind"], h["principal"], h["interest"], h["denda"])
               for h in page["history"]], money=[3, 4, 5])
    return 0


def cmd_arrears(ns: argparse.Namespace) -> int:
    ctx = open_context(ns)
    as_of = _date(ns.date) or ctx.today()
    with ctx.reading() as session:
        rows = loan_portfolio.arrears(session, as_of)
    data = [{"loan": r.number, "member": r.member_number, "name": r.member_name, "phone": r.phone,
             "installments_late": r.position.due.installments_late, "amount_due": r.position.due.total,
             "principal_due": r.position.due.principal, "interest_due": r.position.due.interest,
             "denda_due": r.position.due.denda, "days_late": r.position.dpd,
             "oldest_due": r.position.due.oldest_unpaid_due, "outstanding": r.position.outstanding,
             "class": r.position.collectibility.value} for r in rows]
    if ns.json:
        emit_json(data)
        return 0
    print(f"Tunggakan pinjaman per {as_of.isoformat()}")
    table(["loan", "member", "name", "phone", "late", "amount due", "days late", "class"],
          [(d["loan"], d["member"], d["name"], d["phone"] or "-", d["installments_late"], d["amount_due"],
            d["days_late"], r.position.collectibility.label) for d, r in zip(data, rows, strict=True)], money=[5])
    return 0


def cmd_portfolio(ns: argparse.Namespace) -> int:
    ctx = open_context(ns)
    as_of = _date(ns.date) or ctx.today()
    with ctx.reading() as session:
        book = loan_portfolio.portfolio(session, as_of)
    data = book.as_json()
    if ns.json:
        emit_json(data)
        return 0
    print(f"Kualitas pinjaman per {as_of.isoformat()}: {data['loans']} loans, "
          f"outstanding {format_rupiah(book.outstanding)}")
    table(["class", "loans", "outstanding", "allowance"],
          [(c["label"], c["count"], c["outstanding"], c["allowance"]) for c in data["classes"]],
          money=[2, 3])
    print(f"NPL {data['npl']}% ({data['npl_label']})")
    print()
    table(["days late", "loans", "outstanding"],
          [(a["bucket"], a["count"], a["outstanding"]) for a in data["aging"]], money=[2])
    print()
    print(f"Allowance needed {format_rupiah(book.allowance_needed)}, booked {format_rupiah(book.allowance_booked)}, "
          f"difference {format_rupiah(book.allowance_needed - book.allowance_booked)}")
    return 0
