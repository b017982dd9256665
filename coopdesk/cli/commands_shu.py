"""SHU from the command line: ``coopdesk shu compute|post|slips YEAR``.

``compute`` prints the allocation and the per-member sheet (or JSON, or writes the working
sheet as xlsx / PDF); ``post`` posts the allocation approved by the RAT and pays the members;
``slips`` writes the per-member slips.
"""

from __future__ import annotations

import argparse
from typing import Any

from coopdesk.cli.commands_statements import _language, _target, _write
from coopdesk.cli.context import open_context
from coopdesk.cli.output import emit_json, table
from coopdesk.domain.calendar import parse_date
from coopdesk.domain.money import format_rupiah
from coopdesk.services import shu, year_end

Sub = Any  # argparse's private _SubParsersAction

RULES_HELP = (
    "Only a closed year. Members get only the SHU from business with members: SHU x member_net / (member_net + "
    "nonmember_net) of the income statement; the non-members' part of the jasa modal and jasa usaha pools goes "
    "to the reserve. Capital = pokok + wajib (setting shu_capital_sukarela: + sukarela) at 31 December, or "
    "(shu_capital_basis=average) the average of the 12 month ends, counting 0 before joining and after leaving. "
    "Business = loan interest paid in the year, or (shu_business_basis=principal) principal disbursed. Whole "
    "Rupiah by largest remainder.")


def register(sub: Sub) -> None:
    p = sub.add_parser("shu", help="SHU of a closed year: the working sheet, posting after the RAT, member slips",
                       description=RULES_HELP)
    ss = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    q = ss.add_parser("compute", help="the allocation and per member: bases, jasa modal, jasa usaha, total",
                      description=RULES_HELP)
    q.add_argument("year", help="e.g. 2025")
    q.add_argument("--json", action="store_true")
    q.add_argument("--xlsx", metavar="FILE", help="write the working sheet as Excel")
    q.add_argument("--pdf", metavar="FILE", help="write the working sheet as PDF (A4 landscape)")
    q.add_argument("--lang", choices=("id", "en"), help="language of the files (default: the books' setting)")
    q.set_defaults(handler=cmd_compute)
    q = ss.add_parser("post", help="post the SHU as the RAT approved it: Dr 3180 / Cr the posts' accounts; with "
                                   "--pay also pay the members (a member who has left is paid in cash)",
                      description="Post the SHU allocation (one JM entry dated the RAT day) and, with --pay, pay "
                                  "every member's share in one more entry: cash, or credited to simpanan sukarela. "
                                  "Without --pay the shares wait in 2121; run again with --pay to pay them. Running "
                                  "it twice pays nobody twice.")
    q.add_argument("year", help="e.g. 2025")
    q.add_argument("--rat-date", required=True, metavar="DATE", help="the day the RAT approved the SHU (YYYY-MM-DD)")
    q.add_argument("--pay", choices=shu.PAY_MODES, help="pay members now: cash or sukarela")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_post)
    q = ss.add_parser("slips", help="per-member SHU slips (PDF), three per page with cut lines")
    q.add_argument("year", help="e.g. 2025")
    q.add_argument("--pdf", required=True, metavar="FILE", help="PDF file to write")
    q.add_argument("--per-page", action="store_true", help="one slip per page")
    q.add_argument("--member", action="append", metavar="NUMBER", help="only this member (repeat for several)")
    q.add_argument("--lang", choices=("id", "en"))
    q.set_defaults(handler=cmd_slips)


def cmd_compute(ns: argparse.Namespace) -> int:
    from coopdesk.reports import pdf_style as ps
    from coopdesk.reports.shu_sheet import render_shu_sheet_pdf, write_shu_sheet_xlsx

    year = year_end.check_year(ns.year)
    pdf, xlsx = _target(ns.pdf, "pdf"), _target(ns.xlsx, "xlsx")
    ctx = open_context(ns)
    lang = _language(ns, ctx)
    with ctx.reading() as session:
        sheet = shu.compute(session, year)
        coop = ps.coop_info(session)
    if pdf is not None:
        _write("pdf", pdf, lambda: render_shu_sheet_pdf(sheet, coop, pdf, lang, printed_at=ctx.now()))
    if xlsx is not None:
        _write("xlsx", xlsx, lambda: write_shu_sheet_xlsx(sheet, coop, xlsx, lang))
    if ns.json:
        emit_json(sheet.as_json())
    elif pdf is None and xlsx is None:
        _print_sheet(sheet)
    return 0


def _print_sheet(sheet: shu.ShuSheet) -> None:
    print(f"SHU {sheet.year}: {format_rupiah(sheet.shu)}; from members {format_rupiah(sheet.member_part)}, "
          f"from non-members {format_rupiah(sheet.nonmember_part)}")
    table(["post", "%", "account", "by table", "posted"],
          [(l.name, f"{l.percent.normalize():f}" if l.percent else "", l.account, l.table_amount, l.amount)
           for l in sheet.lines], money=[3, 4])
    table(["number", "name", "capital", "jasa modal", "business", "jasa usaha", "total"],
          [(r.number, r.name, r.capital if isinstance(r.capital, int) else f"{r.capital:.2f}", r.jasa_modal.rounded,
            r.business, r.jasa_usaha.rounded, r.total) for r in sheet.rows], money=[2, 3, 4, 5, 6])
    print(f"to members: {format_rupiah(sheet.total_to_members())} ({len(sheet.rows)} members)")
    if sheet.distribution is not None:
        d = sheet.distribution
        print(f"posted {d.allocation_voucher} (RAT {d.rat_date.isoformat()}); "
              + (f"paid {d.payout_voucher or '-'} ({d.pay_mode})" if d.pay_mode else "members not paid yet"))


def cmd_post(ns: argparse.Namespace) -> int:
    year = year_end.check_year(ns.year)
    rat_date = parse_date(ns.rat_date, "rat_date")
    result = shu.post(open_context(ns), year, rat_date, ns.pay)
    if ns.json:
        emit_json(result.as_json())
        return 0
    if result.allocation_voucher:
        print(f"{year}: SHU {format_rupiah(result.shu)} posted {result.allocation_voucher} dated "
              f"{rat_date.isoformat()}")
    if result.pay_mode:
        print(f"paid {result.payout_voucher or '-'}: {result.paid_members} members, "
              f"{format_rupiah(result.paid_total)} ({result.pay_mode})")
    else:
        print("members not paid yet: run again with --pay cash|sukarela")
    return 0


def cmd_slips(ns: argparse.Namespace) -> int:
    from coopdesk.reports import pdf_style as ps
    from coopdesk.reports.shu_slips import render_shu_slips_pdf

    year = year_end.check_year(ns.year)
    pdf = _target(ns.pdf, "pdf")
    assert pdf is not None
    ctx = open_context(ns)
    lang = _language(ns, ctx)
    with ctx.reading() as session:
        sheet = shu.compute(session, year)
        coop = ps.coop_info(session)
        modes = {mid: p.pay_mode for mid, p in shu.payments(session, year).items()}
    _write("pdf", pdf, lambda: render_shu_slips_pdf(sheet, coop, pdf, lang, per_page=ns.per_page, pay_modes=modes,
                                                    numbers=ns.member, printed_at=ctx.now()))
    return 0
