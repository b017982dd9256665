"""Officers, the year's RAT texts, the RAPB budget and the ODS sheet from the command line.

    coopdesk officer add --role pengurus --title Ketua --name "Budi" --gender L [--from 2024-01-01]
    coopdesk officer list [--json];  coopdesk officer end ID --date 2025-12-31
    coopdesk year text 2025 --kind pengurus_report (--file F | --text T | --show)
    coopdesk budget set 2026 (--file budget.csv | --set 4110=12000000 ...);  coopdesk budget show 2026 [--json]
    coopdesk export ods 2025 --xlsx F
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path
from typing import Any

from coopdesk.cli.context import open_context
from coopdesk.cli.output import emit_json, table
from coopdesk.domain.calendar import parse_date
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.money import parse_rupiah
from coopdesk.services import budget, organisation, settings, year_texts
from coopdesk.services.year_end import check_year

Sub = Any  # argparse's private _SubParsersAction


def register(sub: Sub) -> None:
    p = sub.add_parser("officer", help="pengurus, pengawas, manager and employees (RAT book, ODS sheet)")
    os_ = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    q = os_.add_parser("add", help="add an officer")
    q.add_argument("--role", required=True, choices=organisation.ROLES)
    q.add_argument("--title", default="", help="e.g. Ketua, Bendahara, Kasir")
    q.add_argument("--name", required=True)
    q.add_argument("--gender", required=True, choices=organisation.GENDERS)
    q.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="serving since")
    q.set_defaults(handler=cmd_officer_add)
    q = os_.add_parser("list", help="officers serving now")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_officer_list)
    q = os_.add_parser("end", help="an officer stops serving on a date")
    q.add_argument("id", type=int)
    q.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    q.set_defaults(handler=cmd_officer_end)

    p = sub.add_parser("budget", help="the RAPB: next year's budget per income or expense account")
    bs = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    q = bs.add_parser("set", help="set budget amounts (0 removes a line); other accounts stay as they are")
    q.add_argument("year")
    src = q.add_mutually_exclusive_group(required=True)
    src.add_argument("--file", metavar="CSV", help="CSV with columns account,amount")
    src.add_argument("--set", dest="pairs", nargs="+", action="extend", metavar="CODE=AMOUNT")
    q.set_defaults(handler=cmd_budget_set)
    q = bs.add_parser("show", help="the budget of a year beside the year's actual")
    q.add_argument("year")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_budget_show)


def register_year_text(ys: Sub) -> None:
    """``year text``: added to the ``year`` group of commands_year."""
    q = ys.add_parser("text", help="a text of the RAT book (pengurus report, supervisor report, work plan, "
                                   "meetings held) or the RAT date")
    q.add_argument("year")
    q.add_argument("--kind", required=True, choices=year_texts.EDITABLE)
    src = q.add_mutually_exclusive_group(required=True)
    src.add_argument("--file", metavar="FILE", help="UTF-8 text file")
    src.add_argument("--text", metavar="TEXT")
    src.add_argument("--show", action="store_true", help="print the saved text")
    q.set_defaults(handler=cmd_year_text)


def register_exports(exports: Sub) -> None:
    q = exports.add_parser("ods", help="the annual figures for the Ministry's Online Data System, as Excel")
    q.add_argument("year")
    q.add_argument("--xlsx", required=True, metavar="FILE")
    q.add_argument("--lang", dest="doc_lang", default=None, choices=["id", "en"])
    q.set_defaults(handler=cmd_export_ods)


def cmd_officer_add(ns: argparse.Namespace) -> int:
    start = parse_date(ns.start) if ns.start else None
    officer = organisation.add_officer(open_context(ns), ns.role, ns.title, ns.name, ns.gender, start)
    print(officer.id)
    return 0


def cmd_officer_list(ns: argparse.Namespace) -> int:
    with open_context(ns).reading() as session:
        rows = [(o.id, o.role, o.title, o.name, o.gender, o.start_date.isoformat() if o.start_date else "")
                for o in organisation.officers(session)]
    if ns.json:
        emit_json([dict(zip(("id", "role", "title", "name", "gender", "start_date"), r, strict=True)) for r in rows])
    else:
        table(["id", "role", "title", "name", "gender", "from"], rows)
    return 0


def cmd_officer_end(ns: argparse.Namespace) -> int:
    organisation.end_officer(open_context(ns), ns.id, parse_date(ns.date))
    return 0


def cmd_year_text(ns: argparse.Namespace) -> int:
    year = check_year(ns.year)
    ctx = open_context(ns)
    if ns.show:
        with ctx.reading() as session:
            print(year_texts.get_text(session, year, ns.kind))
        return 0
    if ns.file:
        try:
            text = Path(ns.file).expanduser().read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ValidationError("file", "cannot read {path}: {reason}", path=ns.file, reason=str(exc)) from None
    else:
        text = ns.text
    year_texts.set_text(ctx, year, ns.kind, text)
    return 0


def _pairs(ns: argparse.Namespace) -> dict[str, int]:
    items: list[tuple[str, str]] = []
    if ns.file:
        try:
            with open(Path(ns.file).expanduser(), encoding="utf-8-sig", newline="") as fh:
                for row in csv.reader(fh):
                    if not row or not row[0].strip() or row[0].strip().lower() in ("account", "akun", "kode"):
                        continue
                    if len(row) < 2:
                        raise ValidationError("file", "a line needs account,amount: {line}", line=",".join(row))
                    items.append((row[0].strip(), row[1].strip()))
        except OSError as exc:
            raise ValidationError("file", "cannot read {path}: {reason}", path=ns.file, reason=str(exc)) from None
    else:
        for pair in ns.pairs:
            code, sep, amount = pair.partition("=")
            if not sep:
                raise ValidationError("set", "expected CODE=AMOUNT: {pair}", pair=pair)
            items.append((code.strip(), amount.strip()))
    return {code: parse_rupiah(amount) for code, amount in items}


def cmd_budget_set(ns: argparse.Namespace) -> int:
    year = check_year(ns.year)
    budget.set_budget(open_context(ns), year, _pairs(ns))
    return 0


def cmd_budget_show(ns: argparse.Namespace) -> int:
    year = check_year(ns.year)
    with open_context(ns).reading() as session:
        rows = budget.realisation(session, year)
    t = budget.totals(rows)
    if ns.json:
        emit_json({"year": year, "lines": [
            {"code": r.code, "name": r.name, "kind": r.kind, "budget": r.budget, "actual": r.actual,
             "percent": None if r.percent is None else str(r.percent)} for r in rows],
            "totals": {"income_budget": t.income_budget, "income_actual": t.income_actual,
                       "expense_budget": t.expense_budget, "expense_actual": t.expense_actual,
                       "shu_budget": t.shu_budget, "shu_actual": t.shu_actual}})
        return 0
    table(["account", "name", "budget", "actual", "%"],
          [(r.code, r.name, r.budget, r.actual, "" if r.percent is None else f"{r.percent}%") for r in rows]
          + [("", "pendapatan", t.income_budget, t.income_actual, ""),
             ("", "beban", t.expense_budget, t.expense_actual, ""),
             ("", "SHU", t.shu_budget, t.shu_actual, "")], money=[2, 3])
    return 0


def cmd_export_ods(ns: argparse.Namespace) -> int:
    from coopdesk.reports.ods_sheet import ods_figures, write_ods_xlsx
    from coopdesk.reports.pdf_style import coop_info

    year = check_year(ns.year)
    ctx = open_context(ns)
    with ctx.reading() as session:
        figures = ods_figures(session, year)
        coop = coop_info(session)
        lang = ns.doc_lang or getattr(ns, "lang", None) or settings.get(session, "language") or "id"
    path = write_ods_xlsx(figures, Path(ns.xlsx).expanduser(), coop, lang="en" if lang == "en" else "id")
    print(path)
    for key in figures.missing:
        print(f"warning: {key} not filled in (settings)")
    return 0
