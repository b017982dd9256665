"""Making the RAT book of a year (``build``): read the figures (one session), lay out the PDF, optionally
write the same tables as a workbook, and say what the book still lacks.

The app calls :func:`build` on its worker thread; ``progress(step, total, label)`` is called
between the chapters so the window can show where it is.  Nothing is written to the books.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from coopdesk.reports import pdf_style as ps
from coopdesk.reports.rat_book import data as rb
from coopdesk.reports.rat_book.labels import LABELS, TEXT_TITLES
from coopdesk.services import settings, year_end
from coopdesk.services.context import AppContext

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class RatBookResult:
    pages: int
    seconds: float
    pdf_path: Path
    xlsx_path: Path | None
    missing: list[str] = field(default_factory=list)


def _steps(lang: str) -> list[str]:
    read = LABELS[lang]["progress_read"]
    if lang == "id":
        what = ["data koperasi", "keanggotaan", "simpanan dan pinjaman", "kolektibilitas pinjaman",
                "pendapatan, biaya dan anggaran", "laporan keuangan", "SHU", "penilaian kesehatan"]
    else:
        what = ["the cooperative's details", "membership", "savings and loans", "loan collectibility",
                "income, costs and budget", "the financial statements", "the SHU", "the health assessment"]
    return [read.format(what=w) for w in what]


def gather(session: Session, year: int, lang: str = "id", progress: Progress | None = None,
           total: int | None = None) -> rb.BookData:
    """Every figure of the book, read in one session; ``progress`` hears of each step."""
    steps = _steps(lang)
    total = total or len(steps)

    def tell(i: int) -> None:
        if progress is not None:
            progress(i, total, steps[i])

    tell(0)
    years = rb.years_shown(session, year)
    book = rb.BookData(year=year, lang=lang, cover=rb.cover(session, year), years=years,
                       closed=year_end.is_closed(session, year))
    book.texts = {kind: rb.year_text(session, year, kind) for kind in rb.TEXT_KINDS}
    book.officers = rb.officers(session, year)
    book.rat_date = rb.rat_date(session, year)
    book.quality_settings = rb.quality_settings(session)
    book.savings_rates = rb.savings_rates(session)
    book.savings_classes = rb.savings_classes(session)
    book.allocation_text = settings.get(session, "shu_allocation")
    tell(1)
    book.membership = rb.membership(session, years)
    tell(2)
    book.savings = rb.savings(session, years)
    book.loans = rb.loans(session, years)
    tell(3)
    book.quality = rb.quality(session, year)
    tell(4)
    book.pnl = rb.income_costs(session, year)
    book.budgets = rb.budgets(session, year, book.pnl)
    tell(5)
    book.statements = rb.statements(session, year, lang)
    tell(6)
    book.shu, book.shu_reason = rb.shu_sheet(session, year)
    if book.rat_date is None and book.shu is not None and book.shu.distribution is not None:
        book.rat_date = book.shu.distribution.rat_date
    tell(7)
    book.health, book.health_reason = rb.health(session, year)
    book.health_answered = rb.health_answered(session, year)
    return book


def missing(book: rb.BookData) -> list[str]:
    """What the book lacks, in the book's language: each is also said where it matters in the book."""
    L, titles = LABELS[book.lang], TEXT_TITLES[book.lang]
    out = [L["missing_text"].format(what=titles[kind]) for kind in rb.TEXT_KINDS if not book.texts.get(kind)]
    if not any(p.role in ("pengurus", "pengawas") for p in book.officers):
        out.append(L["missing_officers"])
    if not book.cover.legal_number:
        out.append(L["missing_legal"])
    if not book.cover.nik:
        out.append(L["missing_nik"])
    if book.shu is None:
        out.append(L["missing_shu"].format(year=book.year) if book.shu_reason == "not_closed"
                   else L["missing_shu_module"])
    if book.health is None:
        out.append(L["missing_health"])
    elif not book.health_answered:
        out.append(L["missing_health_answers"])
    if book.budgets.available:
        if not any(line.budget for line in book.budgets.realisation):
            out.append(L["missing_budget"].format(year=book.year))
        if not any(line.budget for line in book.budgets.next_year):
            out.append(L["missing_rapb"].format(next=book.year + 1))
    return out


def build(ctx: AppContext, year: int, pdf_path: Path, xlsx_path: Path | None = None, lang: str = "id",
          progress: Progress | None = None) -> RatBookResult:
    from coopdesk.reports.rat_book.pdf import render_book_pdf

    started = time.monotonic()
    year = year_end.check_year(year)
    ps.check_lang(lang)
    pdf_path = ps.ensure_parent(Path(pdf_path))
    if xlsx_path is not None:
        from coopdesk.reports.xlsx_style import ensure_target

        xlsx_path = ensure_target(Path(xlsx_path))
    steps = len(_steps(lang)) + 1 + (1 if xlsx_path is not None else 0)
    with ctx.reading() as session:
        book = gather(session, year, lang, progress, steps)
    L = LABELS[lang]
    if progress is not None:
        progress(steps - (2 if xlsx_path is not None else 1), steps, L["progress_pdf"])
    pages = render_book_pdf(book, pdf_path)
    if xlsx_path is not None:
        from coopdesk.reports.rat_book.xlsx import write_book_xlsx

        if progress is not None:
            progress(steps - 1, steps, L["progress_xlsx"])
        write_book_xlsx(book, xlsx_path)
    if progress is not None:
        progress(steps, steps, "")
    return RatBookResult(pages, time.monotonic() - started, pdf_path, xlsx_path, missing(book))
