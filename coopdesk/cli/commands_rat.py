"""``coopdesk report rat YEAR --pdf F [--xlsx F] [--lang en]``: the RAT book (Laporan
Pertanggungjawaban Pengurus) as one PDF and, optionally, the same tables as a workbook.

Prints the number of pages, the time it took and what the book still lacks (texts not typed
in, SHU not computed, ...): the book is made anyway and says so where it matters.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from coopdesk.cli.context import open_context
from coopdesk.domain.errors import ValidationError

Sub = Any  # argparse's private _SubParsersAction


def register_reports(reports: Sub) -> None:
    q = reports.add_parser("rat", help="the RAT book (Laporan Pertanggungjawaban Pengurus) of a year: one A4 PDF "
                                       "with contents and page numbers, optionally the same tables as Excel",
                           description="The RAT book of a year: cover, pengurus' report, organisation, membership, "
                                       "savings and loans, collectibility, budget realisation, the financial "
                                       "statements compared with the year before, SHU (with the list per member "
                                       "as an annex), supervisor's report, work plan and RAPB, health "
                                       "self-assessment, signatures.")
    q.add_argument("year", help="the financial year, e.g. 2025")
    q.add_argument("--pdf", required=True, metavar="FILE", help="PDF file to write (A4)")
    q.add_argument("--xlsx", metavar="FILE", help="Excel file to write as well (one sheet per table)")
    q.add_argument("--lang", choices=("id", "en"), default=None,
                   help="language of the book (default: the cooperative's setting)")
    q.set_defaults(handler=cmd_rat)


def _target(text: str | None, field: str) -> Path | None:
    if text is None:
        return None
    path = Path(text).expanduser()
    if path.is_dir():
        raise ValidationError(field, "{path} is a folder; give a file name", path=text)
    if not path.parent.is_dir():
        raise ValidationError(field, "folder {folder} does not exist", folder=str(path.parent))
    return path


def cmd_rat(ns: argparse.Namespace) -> int:
    from coopdesk.reports.rat_book import book as rat_book
    from coopdesk.services import settings, year_end

    year = year_end.check_year(ns.year)
    pdf, xlsx = _target(ns.pdf, "pdf"), _target(ns.xlsx, "xlsx")
    assert pdf is not None
    ctx = open_context(ns)
    lang = ns.lang
    if lang is None:
        with ctx.reading() as session:
            lang = settings.get(session, "language")
        lang = lang if lang in ("id", "en") else "id"
    try:
        result = rat_book.build(ctx, year, pdf, xlsx, lang=lang)
    except OSError as exc:
        raise ValidationError("pdf", "cannot write {path}: {error}", path=str(pdf),
                              error=exc.strerror or exc) from None
    print(result.pdf_path)
    if result.xlsx_path is not None:
        print(result.xlsx_path)
    print(f"{result.pages} pages in {result.seconds:.1f} s")
    for item in result.missing:
        print(f"missing: {item}")
    return 0
