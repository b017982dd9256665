"""CLI commands that write printable documents: receipts and exit settlement statements.

Each prints the path of the PDF it wrote, alone on stdout, so a script can pass it on
(to ``lp``, a mail, an archive folder).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from coopdesk.cli.context import open_context
from coopdesk.domain.errors import ValidationError
from coopdesk.reports.exit_statement import exit_statement, render_exit_statement_pdf
from coopdesk.reports.receipt import receipt_for_voucher, render_receipt_pdf
from coopdesk.services import settings
from coopdesk.services.context import AppContext

Sub = Any  # argparse's private _SubParsersAction


def _lang_option(q: argparse.ArgumentParser) -> None:
    # Its own dest: a subcommand option named like the global --lang would overwrite the
    # global value with its default whenever it is not given after the command.
    q.add_argument("--lang", dest="doc_lang", default=None, choices=["id", "en"],
                   help="language of the document (default: the --lang option, else the books' language setting)")


def register(sub: Sub) -> None:
    p = sub.add_parser("receipt", help="write the receipt of a deposit, withdrawal or exit payment as a PDF")
    p.add_argument("voucher")
    p.add_argument("--pdf", required=True, metavar="FILE", help="PDF file to write")
    _lang_option(p)
    p.set_defaults(handler=cmd_receipt)

    p = sub.add_parser("document", help="printable documents")
    ds = p.add_subparsers(dest="action", required=True)
    q = ds.add_parser("exit-statement", help="settlement statement of a member who left, as a PDF")
    q.add_argument("number", help="member number")
    q.add_argument("--pdf", required=True, metavar="FILE", help="PDF file to write")
    _lang_option(q)
    q.set_defaults(handler=cmd_exit_statement)


def _language(ns: argparse.Namespace, ctx: AppContext) -> str:
    chosen = ns.doc_lang or getattr(ns, "lang", None)
    if chosen:
        return str(chosen)
    with ctx.reading() as session:
        value = settings.get(session, "language")
    return value if value in ("id", "en") else "id"


def _target(text: str) -> Path:
    path = Path(text).expanduser()
    if path.is_dir():
        raise ValidationError("pdf", "{path} is a folder; give a file name", path=text)
    return path


def cmd_receipt(ns: argparse.Namespace) -> int:
    target = _target(ns.pdf)
    ctx = open_context(ns)
    with ctx.reading() as session:
        receipt = receipt_for_voucher(session, ns.voucher, printed_at=ctx.now())
    try:
        written = render_receipt_pdf(receipt, target, _language(ns, ctx))
    except OSError as exc:
        raise ValidationError("pdf", "cannot write {path}: {error}", path=ns.pdf, error=exc.strerror or exc) from None
    print(written)
    return 0


def cmd_exit_statement(ns: argparse.Namespace) -> int:
    target = _target(ns.pdf)
    ctx = open_context(ns)
    with ctx.reading() as session:
        statement = exit_statement(session, ns.number, printed_at=ctx.now())
    try:
        written = render_exit_statement_pdf(statement, target, _language(ns, ctx))
    except OSError as exc:
        raise ValidationError("pdf", "cannot write {path}: {error}", path=ns.pdf, error=exc.strerror or exc) from None
    print(written)
    return 0
