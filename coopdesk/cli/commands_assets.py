"""Fixed assets and the cash count from the command line.

``coopdesk asset add|list|schedule|dispose`` and ``coopdesk cash count``.  Depreciation is
posted by ``coopdesk month-end YYYY-MM`` (Dr 5270 / Cr 1325, 1335, 1345), never by hand.
Commands that create something print its number alone (``--json`` tells everything).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from coopdesk.cli.context import open_context
from coopdesk.cli.output import emit_json, table
from coopdesk.domain.calendar import parse_date
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.money import format_rupiah, parse_rupiah
from coopdesk.services import cash_count, fixed_assets, settings
from coopdesk.services.context import AppContext
from coopdesk.services.fixed_assets import AssetInput

Sub = Any  # argparse's private _SubParsersAction

CONVENTION = ("Straight-line monthly depreciation, posted by month end. An asset is depreciated for every month in "
              "which it is owned on the 15th: bought on the 1st-15th, from that month; on the 16th or later, from "
              "the next. The last month takes the rounding remainder. Land is not depreciated.")

# reportlab and openpyxl are imported inside the commands that write files: at module level
# they would make every CLI call slower.


def register(sub: Sub, cash: Sub | None = None) -> None:
    """``asset ...`` and ``cash count`` (added to the ``cash`` group when one is given or exists)."""
    p = sub.add_parser("asset", help="fixed assets: add, list, schedule, dispose", description=CONVENTION)
    acts = p.add_subparsers(dest="action", required=True, metavar="ACTION")

    q = acts.add_parser("add", help="register a fixed asset; prints its number", description=CONVENTION)
    q.add_argument("--name", required=True)
    q.add_argument("--category", required=True, help="building, vehicle, equipment or land")
    q.add_argument("--cost", required=True, help="harga perolehan, whole Rupiah")
    q.add_argument("--date", required=True, help="acquired on, YYYY-MM-DD")
    q.add_argument("--life-months", default=None, help="useful life in months (not for land)")
    q.add_argument("--residual", default="0", help="residual value, Rupiah (default 0)")
    q.add_argument("--paid-from", default="1110",
                   help="1110 (Kas, default), 1121 (Bank) or opening (owned before the books started)")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_add)

    q = acts.add_parser("list", help="the asset register: cost, accumulated depreciation, book value")
    q.add_argument("--date", default=None, help="as of this day (default today)")
    q.add_argument("--json", action="store_true")
    q.add_argument("--pdf", default=None, metavar="FILE", help="also write the register as a PDF")
    q.add_argument("--xlsx", default=None, metavar="FILE", help="also write the register as an Excel workbook")
    q.set_defaults(handler=cmd_list)

    q = acts.add_parser("schedule", help="an asset's depreciation month by month, with what is posted")
    q.add_argument("number")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_schedule)

    q = acts.add_parser("dispose", help="sell or scrap an asset; prints the voucher",
                        description="Depreciation still due up to the disposal is posted first; then the cost and "
                                    "accumulated depreciation leave the books, the proceeds go to Kas/Bank, a gain "
                                    "to 4290 and a loss to 5280.")
    q.add_argument("number")
    q.add_argument("--date", required=True)
    q.add_argument("--proceeds", default="0", help="money received, Rupiah (default 0: scrapped)")
    q.add_argument("--to", default="1110", help="1110 (Kas, default) or 1121 (Bank)")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_dispose)

    group = cash if cash is not None else _cash_group(sub)
    q = group.add_parser("count", help="kas opname: count notes and coins against the books; prints the count number",
                         description="Saves the count (with --dry-run only shows it). --adjust posts the difference "
                                     "with --reason: a shortage Dr 5280 / Cr 1110, a surplus Dr 1110 / Cr 4290; no "
                                     "difference posts nothing.")
    q.add_argument("--date", default=None, help="YYYY-MM-DD (default today)")
    q.add_argument("--count", action="append", default=[], metavar="DENOMINATION=PIECES",
                   help="e.g. 100000=12, 500=4; 1000 is the note, coin1000 the coin; repeat for each")
    q.add_argument("--adjust", action="store_true", help="post the difference (needs --reason)")
    q.add_argument("--reason", default="", help="why the cash differs from the books")
    q.add_argument("--dry-run", action="store_true", help="show the count against the books; save nothing")
    q.add_argument("--json", action="store_true")
    q.add_argument("--pdf", default=None, metavar="FILE", help="also write the berita acara kas opname")
    q.set_defaults(handler=cmd_cash_count)


def _cash_group(sub: Sub) -> Sub:
    """The subparsers of an existing ``cash`` command, or a new ``cash`` group."""
    parser = sub.choices.get("cash")
    if parser is None:
        parser = sub.add_parser("cash", help="cash: the count (kas opname)")
        return parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    for action in parser._actions:  # argparse keeps a command's subparsers among its actions
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise RuntimeError("the cash command has no subcommands")


def _language(ns: argparse.Namespace, ctx: AppContext) -> str:
    """The global --lang, else the books' language setting (as the document commands do)."""
    if getattr(ns, "lang", None):
        return str(ns.lang)
    with ctx.reading() as session:
        value = settings.get(session, "language")
    return value if value in ("id", "en") else "id"


def _whole(text: str | None, field: str) -> int:
    raw = str(text if text is not None else "").strip()
    try:
        return int(raw)
    except ValueError:
        raise ValidationError(field, "must be a whole number (got {value})", value=text) from None


# --- assets -------------------------------------------------------------------------------

def cmd_add(ns: argparse.Namespace) -> int:
    category = str(ns.category).strip().lower()
    life = 0 if category == "land" and ns.life_months is None else _whole(ns.life_months, "life")
    data = AssetInput(name=ns.name, category=category, cost=parse_rupiah(ns.cost, "cost"),
                      acquired_on=parse_date(ns.date), life_months=life,
                      residual=parse_rupiah(ns.residual, "residual", allow_zero=True),
                      paid_from=str(ns.paid_from).strip().lower())
    done = fixed_assets.register(open_context(ns), data)
    if ns.json:
        emit_json({"number": done.number, "voucher": done.voucher, "opening_accumulated": done.opening_accumulated})
    else:
        print(done.number)
    return 0


def cmd_list(ns: argparse.Namespace) -> int:
    from coopdesk.reports.asset_register import asset_register

    ctx = open_context(ns)
    as_of = parse_date(ns.date) if ns.date else ctx.today()
    with ctx.reading() as session:
        data = asset_register(session, as_of)
    if ns.pdf:
        from coopdesk.reports.asset_register import render_asset_register_pdf
        render_asset_register_pdf(data, Path(ns.pdf), _language(ns, ctx))
    if ns.xlsx:
        from coopdesk.reports.asset_register import write_asset_register_xlsx
        write_asset_register_xlsx(data, Path(ns.xlsx), _language(ns, ctx))
    if ns.json:
        emit_json(data.as_json())
        return 0
    print(f"Aset tetap per {as_of.isoformat()}")
    table(["asset", "name", "category", "acquired", "life", "cost", "accumulated", "book value"],
          [*[(r.number, r.name, r.category.value, r.acquired_on.isoformat(), r.life_months or "-", r.cost,
              r.accumulated, r.book_value) for r in data.rows],
           ("", "total", "", "", "", data.cost, data.accumulated, data.book_value)], money=[5, 6, 7])
    return 0


def cmd_schedule(ns: argparse.Namespace) -> int:
    ctx = open_context(ns)
    with ctx.reading() as session:
        asset = fixed_assets.by_number(session, ns.number)
        rows = fixed_assets.schedule_of(asset)
        posted = fixed_assets.posted_months(session, asset.id)
        number, name = asset.number, asset.name
    data = [{"no": r.no, "month": str(r.month), "amount": r.amount, "accumulated": r.accumulated,
             "book_value": r.book_value, "posted": str(r.month) in posted} for r in rows]
    if ns.json:
        emit_json({"number": number, "name": name, "months": data})
        return 0
    print(f"{number}  {name}")
    table(["no", "month", "depreciation", "accumulated", "book value", "posted"],
          [(d["no"], d["month"], d["amount"], d["accumulated"], d["book_value"], "yes" if d["posted"] else "")
           for d in data], money=[2, 3, 4])
    return 0


def cmd_dispose(ns: argparse.Namespace) -> int:
    done = fixed_assets.dispose(open_context(ns), ns.number, parse_date(ns.date),
                                parse_rupiah(ns.proceeds, "proceeds", allow_zero=True), str(ns.to).strip())
    if ns.json:
        emit_json({"number": done.number, "date": done.day, "cost": done.cost, "accumulated": done.accumulated,
                   "book_value": done.book_value, "proceeds": done.proceeds, "gain": done.gain,
                   "depreciation_voucher": done.depreciation_voucher, "voucher": done.voucher})
    else:
        print(done.voucher)
    return 0


# --- cash count ---------------------------------------------------------------------------

def cmd_cash_count(ns: argparse.Namespace) -> int:
    counts: dict[str, int] = {}
    for text in ns.count:
        denomination, pieces = cash_count.parse_count(text)
        counts[denomination.key] = counts.get(denomination.key, 0) + pieces
    ctx = open_context(ns)
    day = parse_date(ns.date) if ns.date else ctx.today()
    if ns.dry_run:
        with ctx.reading() as session:
            result = cash_count.compare(session, day, counts)
    else:
        result = cash_count.record(ctx, day, counts, adjust=ns.adjust, reason=ns.reason)
        if ns.pdf:
            from coopdesk.reports.cash_count_sheet import cash_count_sheet, render_cash_count_pdf
            with ctx.reading() as session:
                sheet = cash_count_sheet(session, result.number or "")
            render_cash_count_pdf(sheet, Path(ns.pdf), _language(ns, ctx))
    if ns.json:
        emit_json({"number": result.number, "date": day, "counts": result.counts, "counted": result.counted,
                   "account": result.account, "book_balance": result.book_balance, "difference": result.difference,
                   "reason": result.reason, "adjustment_voucher": result.adjustment_voucher})
    elif ns.dry_run:
        print(f"Counted {format_rupiah(result.counted)}, books ({result.account}) {format_rupiah(result.book_balance)}"
              f", difference {format_rupiah(result.difference)}")
    else:
        print(result.number)
    return 0
