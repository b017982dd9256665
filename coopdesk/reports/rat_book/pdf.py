"""The RAT book as one A4 PDF: cover, contents with page numbers, the chapters of DOMAIN.md §6,
the per-member SHU list as an annex.

Built with platypus' ``multiBuild``: the first pass finds on which page each heading lands,
the second writes the contents with those numbers (headings are registered in
``afterFlowable`` and become PDF bookmarks too).  Every chapter starts on a new page; a
section heading never stays alone at the foot of a page (it is kept with what follows).
The financial statements are the statement module's own tables, so they read exactly as the
statements printed on their own.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.tableofcontents import TableOfContents

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.loan_quality import Collectibility
from coopdesk.domain.money import format_rupiah
from coopdesk.domain.shu import parse_allocation
from coopdesk.reports import pdf_style as ps
from coopdesk.reports.loan_card import percent_text
from coopdesk.reports.rat_book import charts
from coopdesk.reports.rat_book.data import BookData, BudgetLine, Person, budget_groups
from coopdesk.reports.rat_book.labels import LABELS
from coopdesk.reports.statement_format import check_lines, format_amount, period_heading
from coopdesk.reports.statement_pdf import statement_table
from coopdesk.reports.tables import Column, Row, grid

MARGINS = (20 * mm, 18 * mm, 16 * mm, 18 * mm)  # left, right, top, bottom
CLASS_NAMES = {
    "id": {c: c.label for c in Collectibility},
    "en": {Collectibility.LANCAR: "Lancar (pass)", Collectibility.KURANG_LANCAR: "Kurang Lancar (substandard)",
           Collectibility.DIRAGUKAN: "Diragukan (doubtful)", Collectibility.MACET: "Macet (loss)"},
}
ROLE_ORDER = ("pengurus", "pengawas", "dps", "manager", "employee")


def money(value: int) -> str:
    return format_amount(value, prefix=False)


def count(value: int, lang: str) -> str:
    return f"{value:,}".replace(",", "." if lang == "id" else ",")


def percent(value: Decimal | None, lang: str, digits: int = 1) -> str:
    if value is None:
        return "\u2013"
    quantum = Decimal(1).scaleb(-digits)
    return percent_text(value.quantize(quantum), lang) + "%"


def ratio(part: int, whole: int) -> Decimal | None:
    return None if not whole else Decimal(part) * 100 / Decimal(whole)


class Heading(Paragraph):
    """A chapter (level 0) or section (level 1) heading: listed in the contents and bookmarked."""

    def __init__(self, text: str, style: ParagraphStyle, level: int, key: str) -> None:
        super().__init__(ps.text(text), style)
        self.toc_text, self.level, self.key = text, level, key


class BookDocument(BaseDocTemplate):
    def __init__(self, path: Path | io.BytesIO, *, footer_note: str, lang: str, title: str, author: str) -> None:
        ps.register_fonts()
        left, right_m, top, bottom = MARGINS
        target = path if isinstance(path, io.BytesIO) else str(path)  # the probe lays out into memory
        super().__init__(target, pagesize=A4, leftMargin=left, rightMargin=right_m, topMargin=top, bottomMargin=bottom,
                         title=title, author=author, subject=title, creator="CoopDesk",
                         initialFontName=ps.FONT)
        frame = Frame(left, bottom, self.width, self.height, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0, id="body")
        self.footer_note, self.lang, self.pages = footer_note, lang, 0
        self.addPageTemplates([PageTemplate(id="cover", frames=[frame], onPage=self._count),
                               PageTemplate(id="body", frames=[frame], onPage=self._footer)])

    def _count(self, canvas: Canvas, doc: Any) -> None:
        self.pages = max(self.pages, canvas.getPageNumber())

    def _footer(self, canvas: Canvas, doc: Any) -> None:
        self._count(canvas, doc)
        canvas.saveState()
        y = self.bottomMargin - 16
        canvas.setStrokeColor(ps.SHADE)
        canvas.setLineWidth(0.6)
        canvas.line(self.leftMargin, y + 9, self.leftMargin + self.width, y + 9)
        canvas.setFont(ps.FONT, 7)
        canvas.setFillColor(ps.MUTED)
        page = LABELS[self.lang]["page"].format(n=canvas.getPageNumber())
        canvas.drawRightString(self.leftMargin + self.width, y, page)
        # A long cooperative name must not run into the page number: cut the note short.
        room = self.width - stringWidth(page, ps.FONT, 7) - 12
        note = self.footer_note
        while note and stringWidth(note, ps.FONT, 7) > room:
            note = note[:-2] + "…"
        canvas.drawString(self.leftMargin, y, note)
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            self.notify("TOCEntry", (flowable.level, flowable.toc_text, self.page, flowable.key))
            self.canv.bookmarkPage(flowable.key)
            self.canv.addOutlineEntry(flowable.toc_text, flowable.key, flowable.level, closed=flowable.level > 0)


class Book:
    """Lays out one book: holds the language, the width and the heading counters."""

    def __init__(self, data: BookData, width: float, *, annex_rows: bool = True) -> None:
        self.data, self.width, self.lang = data, width, data.lang
        self.annex_rows = annex_rows  # False: the annex heading only (the probe that finds the pages)
        self.toc = TableOfContents()
        self.L = LABELS[data.lang]
        self.chapter = 0
        self.section = 0
        self.keys = 0
        self.h1 = ps.style("rb-h1", 15, bold=True, space_after=10, leading=19)
        self.h2 = ps.style("rb-h2", 11.5, bold=True, space_before=10, space_after=6)
        self.body = ps.style("rb-body", 9.5, leading=13.5, space_after=5).clone("rb-body", alignment=TA_JUSTIFY)
        self.note = ps.style("rb-note", 8, color=ps.MUTED, space_before=4, space_after=4)
        self.missing = ps.style("rb-missing", 9.5, color=ps.ALERT, space_after=6)

    # --- building blocks ---------------------------------------------------------------------

    def _key(self) -> str:
        self.keys += 1
        return f"h{self.keys}"

    def chapter_heading(self, title: str, *, numbered: bool = True) -> list[Flowable]:
        if numbered:
            self.chapter += 1
            self.section = 0
            title = f"{self.chapter}. {title}"
        return [PageBreak(), Heading(title, self.h1, 0, self._key()),
                HRFlowable(width="100%", thickness=1, color=ps.RULE, spaceBefore=0, spaceAfter=10)]

    def section_heading(self, title: str, following: Sequence[Flowable] = ()) -> list[Flowable]:
        """A numbered section heading kept together with the first flowables after it."""
        self.section += 1
        heading = Heading(f"{self.chapter}.{self.section} {title}", self.h2, 1, self._key())
        return [CondPageBreak(60 * mm), KeepTogether([heading, *following])] if following else [heading]

    def paragraphs(self, text: str) -> list[Flowable]:
        """The user's free text: a blank line starts a new paragraph, a single line break stays one."""
        out: list[Flowable] = []
        for block in text.replace("\r\n", "\n").split("\n\n"):
            block = block.strip()
            if block:
                out.append(Paragraph(ps.text(block).replace("\n", "<br/>"), self.body))
        return out

    def free_text(self, kind: str) -> list[Flowable]:
        text = self.data.texts.get(kind, "")
        return self.paragraphs(text) if text else [Paragraph(ps.text(self.L["not_filled"]), self.missing)]

    def para(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(ps.text(text), style or self.body)

    def chart(self, drawing: Flowable) -> Flowable:
        return KeepTogether([Spacer(1, 6), drawing, Spacer(1, 4)])

    # --- chapters ----------------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        d, L, lang = self.data, self.L, self.lang
        c = d.cover
        big_size = ps.fitting_size(L["cover_1"], self.width, 19, 15)  # the title on one line
        big = ps.style("cv-big", big_size, bold=True, align=TA_CENTER, leading=big_size * 1.3)
        mid = ps.style("cv-mid", 12.5, align=TA_CENTER, leading=17)
        name_size = ps.fitting_size(c.coop.name or "-", self.width, 22, 15)
        name = ps.style("cv-name", name_size, bold=True, align=TA_CENTER, leading=name_size * 1.3)
        small = ps.style("cv-small", 10, align=TA_CENTER, leading=14, color=ps.MUTED)
        story: list[Flowable] = [Spacer(1, 42 * mm), Paragraph(ps.text(L["cover_1"]), big),
                                 Paragraph(ps.text(L["cover_2"]), mid), Spacer(1, 4),
                                 Paragraph(ps.text(L["cover_3"].format(year=d.year)), big), Spacer(1, 34 * mm),
                                 HRFlowable(width="60%", thickness=1.4, color=ps.RULE, spaceAfter=12),
                                 Paragraph(ps.text(c.coop.name or "-"), name)]
        if c.address:
            story.append(Paragraph(ps.text(c.address), small))
        legal = []
        if c.legal_number:
            line = L["legal"].format(number=c.legal_number)
            if c.legal_date:
                line += " " + L["legal_date"].format(date=ps.format_date(c.legal_date, lang))
            legal.append(line)
        if c.nik:
            legal.append(L["nik"].format(nik=c.nik))
        story += [Paragraph(ps.text(line), small) for line in legal]
        story.append(HRFlowable(width="60%", thickness=1.4, color=ps.RULE, spaceBefore=12, spaceAfter=12))
        if d.rat_date:
            story.append(Paragraph(ps.text(L["rat_held"].format(date=ps.format_date(d.rat_date, lang))), small))
        place = c.coop.city
        if place:
            story.append(Paragraph(ps.text(f"{place}, {d.year + 1}"), mid))
        return story

    def contents(self) -> list[Flowable]:
        toc = TableOfContents()
        toc.levelStyles = [
            ps.style("toc-0", 10.5, bold=True, leading=15).clone("toc-0", firstLineIndent=0, leftIndent=0,
                                                               spaceBefore=5),
            ps.style("toc-1", 9.5, leading=13).clone("toc-1", firstLineIndent=0, leftIndent=14),
        ]
        toc.dotsMinLevel = 0
        self.toc = toc
        return [NextPageTemplate("body"), PageBreak(),
                Paragraph(ps.text(self.L["contents"]), self.h1),
                HRFlowable(width="100%", thickness=1, color=ps.RULE, spaceAfter=10), toc]

    def pengurus_report(self) -> list[Flowable]:
        return self.chapter_heading(self.L["ch_report"]) + self.free_text("pengurus_report")

    def organisation(self) -> list[Flowable]:
        d, L, _lang = self.data, self.L, self.lang
        story = self.chapter_heading(L["ch_org"])
        if not d.officers:
            story.append(self.para(L["no_officers"], self.missing))
        else:
            rows: list[Row] = []
            counts = []
            for role in ROLE_ORDER + tuple(sorted({p.role for p in d.officers} - set(ROLE_ORDER))):
                people = [p for p in d.officers if p.role == role]
                if not people:
                    continue
                role_name = L.get(f"role_{role}", role)
                rows.append(Row([role_name, "", ""], "group"))
                rows += [Row([p.title, p.name, L.get(p.gender, p.gender)]) for p in people]
                men = sum(1 for p in people if p.gender == "L")
                counts.append(L["count_gender"].format(role=role_name, total=len(people), l=men,
                                                       p=len(people) - men))
            columns = [Column(L["title"]), Column(L["name"], wrap=True), Column(L["gender"], "CENTER")]
            story += self.section_heading(L["s_officers"], [grid(columns, rows, self.width, size=9)])
            story.append(self.para(L["officer_counts"].format(items="; ".join(counts)), self.note))
        story += self.section_heading(L["s_meetings"], self.free_text("meetings"))
        return story

    def membership(self) -> list[Flowable]:
        d, L, lang = self.data, self.L, self.lang
        story = self.chapter_heading(L["ch_members"])
        years = d.membership
        if not years:
            return story
        last = years[-1]
        story.append(self.para(L["members_text"].format(
            year=d.year, end=count(last.total("end"), lang), l=count(last.end["L"], lang),
            p=count(last.end["P"], lang), joined=count(last.total("joined"), lang),
            left=count(last.total("left"), lang), died=count(last.total("died"), lang))))
        story.append(self._membership_table())
        story.append(self.para(L["members_note"], self.note))
        drawing = charts.bar_chart(
            L["chart_members"], [str(y.year) for y in years],
            [(L["male"], [y.end["L"] for y in years]), (L["female"], [y.end["P"] for y in years])],
            width=self.width, height=190, money=False, lang=lang)
        story.append(self.chart(drawing))
        return story

    def _membership_table(self) -> Table:
        L, lang = self.L, self.lang
        groups = ("start", "joined", "left", "died", "end")
        head = ps.style("mt-head", 8, bold=True, align=TA_CENTER, leading=9.5)
        top: list[Any] = [Paragraph(ps.text(L["year"]), head)]
        sub: list[Any] = [""]
        for g in groups:
            top += [Paragraph(ps.text(L[g]), head), ""]
            sub += [L["L"], L["P"]]
        top.append(Paragraph(ps.text(L["total"]), head))
        sub.append("")
        data: list[list[Any]] = [top, sub]
        for y in self.data.membership:
            row: list[Any] = [str(y.year)]
            for g in groups:
                row += [count(getattr(y, g)["L"], lang), count(getattr(y, g)["P"], lang)]
            row.append(count(y.total("end"), lang))
            data.append(row)
        year_w = 14 * mm
        other = (self.width - year_w) / 11
        commands: list[tuple[Any, ...]] = [
            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("FONTNAME", (0, 1), (-1, 1), ps.FONT_BOLD), ("FONTSIZE", (0, 1), (-1, 1), 8),
            ("SPAN", (0, 0), (0, 1)), ("SPAN", (11, 0), (11, 1)),
            *[("SPAN", (1 + 2 * i, 0), (2 + 2 * i, 0)) for i in range(5)],
            ("BACKGROUND", (0, 0), (-1, 1), ps.SHADE),
            ("ALIGN", (0, 0), (-1, 1), "CENTER"), ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
            ("ALIGN", (1, 2), (-1, -1), "RIGHT"), ("ALIGN", (0, 2), (0, -1), "CENTER"),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, ps.RULE), ("LINEBELOW", (0, 1), (-1, 1), 0.8, ps.RULE),
            ("LINEBELOW", (1, 0), (-2, 0), 0.3, ps.MUTED), ("LINEBELOW", (0, -1), (-1, -1), 0.8, ps.RULE),
            ("LINEBEFORE", (1, 0), (1, -1), 0.3, ps.MUTED), ("LINEBEFORE", (3, 0), (3, -1), 0.3, ps.MUTED),
            ("LINEBEFORE", (5, 0), (5, -1), 0.3, ps.MUTED), ("LINEBEFORE", (7, 0), (7, -1), 0.3, ps.MUTED),
            ("LINEBEFORE", (9, 0), (9, -1), 0.3, ps.MUTED), ("LINEBEFORE", (11, 0), (11, -1), 0.3, ps.MUTED),
            ("FONTNAME", (9, 2), (-1, -1), ps.FONT_BOLD),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        commands += [("LINEBELOW", (0, r), (-1, r), 0.25, ps.SHADE) for r in range(2, len(data) - 1)]
        table = Table(data, colWidths=[year_w] + [other] * 11, repeatRows=2, hAlign="LEFT")
        table.setStyle(ps.table_style(commands))
        return table

    def business(self) -> list[Flowable]:
        _d, L, _lang = self.data, self.L, self.lang
        story = self.chapter_heading(L["ch_business"])
        story += self._savings()
        story += self._loans()
        story += self._quality()
        story += self._pnl()
        story += self._realisation()
        return story

    def _savings(self) -> list[Flowable]:
        d, L, lang = self.data, self.L, self.lang
        years = d.years
        columns = [Column(L["product"], wrap=True)] + [Column(str(y), "RIGHT") for y in years] + [
            Column(L["growth"].format(year=d.year), "RIGHT"), Column(L["growth_pct"], "RIGHT")]
        rows = []
        for s in d.savings:
            growth = s.growth(d.year)
            rows.append(Row([s.name] + [money(s.balances[y]) for y in years] + [
                money(growth) if growth is not None else "\u2013",
                percent(ratio(growth, s.balances[d.year - 1]) if growth is not None else None, lang)]))
        totals = {y: sum(s.balances[y] for s in d.savings) for y in years}
        growth_total = totals[d.year] - totals[d.year - 1] if d.year - 1 in totals else None
        rows.append(Row([L["total"]] + [money(totals[y]) for y in years] + [
            money(growth_total) if growth_total is not None else "\u2013",
            percent(ratio(growth_total, totals[d.year - 1]) if growth_total is not None else None, lang)], "total"))
        story = self.section_heading(L["s_savings"], [grid(columns, rows, self.width, size=8.5)])
        savers = [f"{s.name} {count(s.savers.get(d.year, 0), lang)}" for s in d.savings]
        story.append(self.para(L["savings_note"] + " " + L["savers"].format(year=d.year) + ": " + ", ".join(savers)
                               + ".", self.note))
        if d.savings:
            series = [(s.name, [s.balances[y] for y in years]) for s in d.savings]
            story.append(self.chart(charts.bar_chart(L["chart_savings"], [str(y) for y in years], series,
                                                     width=self.width, height=190, lang=lang)))
        return story

    def _loans(self) -> list[Flowable]:
        d, L, lang = self.data, self.L, self.lang
        columns = [Column(L["year"], "CENTER"), Column(L["disbursed_n"], "RIGHT"), Column(L["disbursed"], "RIGHT"),
                   Column(L["running"], "RIGHT"), Column(L["borrowers"], "RIGHT"), Column(L["outstanding"], "RIGHT")]
        rows = [Row([str(y.year), count(y.disbursed_count, lang), money(y.disbursed_principal), count(y.loans, lang),
                     count(y.borrowers, lang), money(y.outstanding)]) for y in d.loans]
        story = self.section_heading(L["s_loans"], [grid(columns, rows, self.width, size=8.5)])
        story.append(self.para(L["loans_note"], self.note))
        if d.loans:
            story.append(self.chart(charts.bar_chart(
                L["chart_loans"], [str(y.year) for y in d.loans],
                [(L["series_disbursed"], [y.disbursed_principal for y in d.loans]),
                 (L["series_outstanding"], [y.outstanding for y in d.loans])],
                width=self.width, height=180, lang=lang)))
        return story

    def _quality(self) -> list[Flowable]:
        d, L, lang = self.data, self.L, self.lang
        q = d.quality
        if q is None:
            return []
        names = CLASS_NAMES[lang]
        columns = [Column(L["class"], wrap=True), Column(L["loans_n"], "RIGHT"), Column(L["outstanding"], "RIGHT"),
                   Column(L["share"], "RIGHT"), Column(L["rate"], "RIGHT"), Column(L["allowance"], "RIGHT")]
        rows = [Row([names[r.cls], count(r.count, lang), money(r.outstanding),
                     percent(ratio(r.outstanding, q.outstanding), lang), percent_text(r.rate, lang) + "%",
                     money(r.allowance)]) for r in q.rows]
        rows.append(Row([L["total"], count(q.count, lang), money(q.outstanding),
                         "100%" if q.outstanding else "\u2013", "", money(q.allowance)], "total"))
        story = self.section_heading(L["s_quality"], [grid(columns, rows, self.width, size=8.5)])
        story.append(self.para(L["npl_line"].format(npl=percent(q.npl * 100, lang, 2), label=q.npl_label)))
        story.append(self.para(L["allowance_line"].format(needed=format_rupiah(q.allowance),
                                                          booked=format_rupiah(q.allowance_booked))))
        if q.outstanding:  # no loans: the table's zeros say it; an empty pie would only take room
            story.append(self.chart(charts.pie_chart(
                L["chart_quality"].format(year=d.year), [(names[r.cls], r.outstanding) for r in q.rows],
                width=self.width, height=150, lang=lang, empty_text=L["no_loans"])))
        return story

    def _pnl(self) -> list[Flowable]:
        d, L, lang = self.data, self.L, self.lang
        pnl = d.pnl
        if pnl is None:
            return []
        columns = [Column(L["code"]), Column(L["item"], wrap=True), Column(str(d.year), "RIGHT"),
                   Column(str(d.year - 1), "RIGHT"), Column(L["change"], "RIGHT")]
        rows: list[Row] = []
        for kind, title, total_key in (("income", "income", "total_income"), ("expense", "expense", "total_expense")):
            rows.append(Row([L[title], "", "", "", ""], "group"))
            for r in pnl.rows:
                if r.kind == kind:
                    rows.append(Row([r.code, r.name, money(r.amount), money(r.previous),
                                     percent(ratio(r.amount - r.previous, r.previous), lang)]))
            now, before = pnl.total(kind), pnl.total(kind, previous=True)
            rows.append(Row(["", L[total_key], money(now), money(before), percent(ratio(now - before, before), lang)],
                            "subtotal"))
        shu, shu_before = pnl.shu(), pnl.shu(previous=True)
        # A change in percent says nothing when the result changed sign (a surplus after a loss).
        change = ratio(shu - shu_before, shu_before) if shu_before > 0 and shu >= 0 else None
        rows.append(Row(["", L["shu_line"], money(shu), money(shu_before), percent(change, lang)], "total"))
        return self.section_heading(L["s_pnl"], [grid(columns, rows, self.width, size=8.5)])

    def _budget_rows(self, lines: Sequence[BudgetLine], budget_first: bool) -> list[Row]:
        L, lang = self.L, self.lang
        rows: list[Row] = []
        sums: dict[str, tuple[int, int]] = {}
        for kind, title, total_key in (("income", "income", "total_income"), ("expense", "expense", "total_expense")):
            chosen = [line for line in lines if line.kind == kind]
            if not chosen:
                continue
            rows.append(Row([L[title], "", "", "", ""], "group"))
            for line in chosen:
                first, second = (line.budget, line.actual) if budget_first else (line.actual, line.budget)
                # An account not budgeted next year has no change to speak of (not "-100%").
                change = ratio(second if budget_first else second - first, first) if second or budget_first else None
                rows.append(Row([line.code, line.name, money(first), money(second), percent(change, lang)]))
            b, a = sum(x.budget for x in chosen), sum(x.actual for x in chosen)
            sums[kind] = (b, a)
            first, second = (b, a) if budget_first else (a, b)
            rows.append(Row(["", L[total_key], money(first), money(second),
                             percent(ratio(second if budget_first else second - first, first), lang)], "subtotal"))
        if sums:
            b = sums.get("income", (0, 0))[0] - sums.get("expense", (0, 0))[0]
            a = sums.get("income", (0, 0))[1] - sums.get("expense", (0, 0))[1]
            first, second = (b, a) if budget_first else (a, b)
            rows.append(Row(["", L["shu_line"], money(first), money(second),
                             percent(ratio(second if budget_first else second - first, abs(first)), lang)], "total"))
        return rows

    def _realisation(self) -> list[Flowable]:
        d, L, lang = self.data, self.L, self.lang
        title = L["s_realisation"].format(year=d.year)
        if not d.budgets.available:
            return self.section_heading(title, [self.para(L["no_budget_service"], self.missing)])
        lines = d.budgets.realisation
        if not any(line.budget for line in lines):
            return self.section_heading(title, [self.para(L["no_budget"].format(year=d.year), self.missing)])
        columns = [Column(L["code"]), Column(L["item"], wrap=True), Column(L["budget"], "RIGHT"),
                   Column(L["actual"], "RIGHT"), Column(L["pct"], "RIGHT")]
        story = self.section_heading(title, [grid(columns, self._budget_rows(lines, True), self.width, size=8.5)])
        groups = []
        for kind, b, a in budget_groups(list(lines)):
            groups.append((L[kind], b, a))
        if groups:
            cats = [g[0] for g in groups]
            story.append(self.chart(charts.bar_chart(
                L["chart_budget"].format(year=d.year), cats,
                [(L["budget"], [g[1] for g in groups]), (L["actual"], [g[2] for g in groups])],
                width=self.width, height=170, lang=lang)))
        return story

    def statements(self) -> list[Flowable]:
        d, L = self.data, self.L
        story = self.chapter_heading(L["ch_statements"])
        story.append(self.para(L["statements_intro"].format(year=d.year, prev=d.year - 1)))
        for i, statement in enumerate(d.statements):
            if i:
                story.append(PageBreak())
            head = [Paragraph(ps.text(period_heading(statement.period, self.lang)), self.note), Spacer(1, 4)]
            story += self.section_heading(statement.title, head)
            story.append(statement_table(statement, self.width))
            for line, holds in check_lines(statement):
                mark = "\u2713" if holds else "\u2717"
                story.append(Paragraph(ps.text(f"{mark} {line}"), ps.style(
                    "rb-check", 8, color=ps.MUTED if holds else ps.ALERT, bold=not holds, space_before=4)))
            for note in statement.notes:
                story.append(self.para(note, self.note))
        story.append(PageBreak())
        story += self.section_heading(L["s_notes"], self._notes()[:2])
        story += self._notes()[2:]
        return story

    def _notes(self) -> list[Flowable]:
        d, L, lang = self.data, self.L, self.lang
        c = d.cover
        sub = ps.style("rb-h3", 9.5, bold=True, space_before=6, space_after=2)
        legal = ""
        if c.legal_number:
            date_text = L["notes_legal_date"].format(date=ps.format_date(c.legal_date, lang)) if c.legal_date else ""
            legal = L["notes_legal"].format(number=c.legal_number, date=date_text)
        nik = L["notes_nik"].format(nik=c.nik) if c.nik else ""
        q = d.quality_settings
        classes = "".join(L[f"notes_{kind}"].format(names=_names(d.savings_classes[kind], L["and"]))
                          for kind in ("equity", "liability") if d.savings_classes.get(kind))
        rates = "".join(L["notes_rate"].format(name=name, rate=percent_text(rate, lang))
                        for name, rate in d.savings_rates)
        try:
            posts = "; ".join(f"{p.name} {percent_text(p.percent, lang)}%" for p in parse_allocation(d.allocation_text))
        except ValidationError:  # a malformed table is refused when it is saved; print nothing then
            posts = ""
        items = [
            ("notes_general", L["notes_general_text"].format(name=c.coop.name or "-", legal=legal, nik=nik,
                                                             address=c.address or "-")),
            ("notes_basis", L["notes_basis_text"].format(year=d.year, prev=d.year - 1)),
            ("notes_savings", L["notes_savings_text"].format(classes=classes.strip(), rates=rates)),
            ("notes_loans", L["notes_loans_text"].format(
                l=q.get("kol_lancar_max", ""), kl=q.get("kol_kurang_lancar_max", ""), d=q.get("kol_diragukan_max", ""),
                rl=_pct_setting(q.get("ppap_rate_lancar", ""), lang),
                rkl=_pct_setting(q.get("ppap_rate_kurang_lancar", ""), lang),
                rd=_pct_setting(q.get("ppap_rate_diragukan", ""), lang),
                rm=_pct_setting(q.get("ppap_rate_macet", ""), lang))),
            ("notes_assets", L["notes_assets_text"]),
            ("notes_shu", L["notes_shu_text"].format(posts=posts or "-")),
        ]
        out: list[Flowable] = []
        for i, (key, body) in enumerate(items, start=1):
            out += [Paragraph(ps.text(f"{i}. {L[key]}"), sub), self.para(body)]
        return out

    def shu(self, coop: ps.CoopInfo) -> list[Flowable]:
        d, L = self.data, self.L
        story = self.chapter_heading(L["ch_shu"])
        sheet = d.shu
        title = L["s_allocation"].format(year=d.year)
        if sheet is None:
            key = "shu_not_closed" if d.shu_reason == "not_closed" else "shu_unavailable"
            return story + self.section_heading(title, [self.para(L[key].format(year=d.year), self.missing)])
        from coopdesk.reports.shu_sheet import allocation_story

        parts = allocation_story(sheet, coop, self.width, self.lang)
        story += self.section_heading(title, parts[:3])
        story += parts[3:]
        story.append(Spacer(1, 6))
        story.append(self.para(L["annex_pointer"]))
        return story

    def supervisor(self) -> list[Flowable]:
        return self.chapter_heading(self.L["ch_supervisor"]) + self.free_text("supervisor_report")

    def plan(self) -> list[Flowable]:
        d, L = self.data, self.L
        story = self.chapter_heading(L["ch_plan"].format(next=d.year + 1))
        story += self.section_heading(L["s_plan"], self.free_text("work_plan"))
        title = L["s_rapb"].format(next=d.year + 1)
        if not d.budgets.available:
            return story + self.section_heading(title, [self.para(L["no_budget_service"], self.missing)])
        lines = d.budgets.next_year
        if not any(line.budget for line in lines):
            return story + self.section_heading(title, [self.para(L["no_rapb"].format(next=d.year + 1),
                                                                  self.missing)])
        columns = [Column(L["code"]), Column(L["item"], wrap=True),
                   Column(L["plan_actual"].format(year=d.year), "RIGHT"),
                   Column(L["plan_budget"].format(next=d.year + 1), "RIGHT"), Column(L["change"], "RIGHT")]
        return story + self.section_heading(title, [grid(columns, self._budget_rows(lines, False), self.width,
                                                         size=8.5)])

    def health(self, coop: ps.CoopInfo) -> list[Flowable]:
        d, L = self.data, self.L
        story = self.chapter_heading(L["ch_health"])
        if d.health is None:
            return [*story, self.para(L["health_unavailable"], self.missing)]
        from coopdesk.reports.health_report import health_story

        return story + list(health_story(d.health, coop, self.width, self.lang))

    def signatures(self) -> list[Flowable]:
        d, L = self.data, self.L
        story = self.chapter_heading(L["ch_sign"])
        story.append(self.para(L["sign_intro"].format(year=d.year)))
        place = d.cover.coop.city
        when = ps.format_date(d.rat_date, self.lang) if d.rat_date else "." * 30
        story.append(Spacer(1, 8))
        story.append(Paragraph(ps.text(f"{place}, {when}" if place else when),
                               ps.style("rb-place", 9.5, align=TA_RIGHT)))
        story.append(Spacer(1, 10))
        story.append(Paragraph(ps.text(L["pengurus"]), ps.style("rb-sign-head", 10, bold=True, align=TA_CENTER)))
        story.append(Spacer(1, 6))
        story.append(ps.signature_block([
            ps.Signer(L["chair"], _officer(d.officers, "pengurus", ("ketua",))),
            ps.Signer(L["secretary"], _officer(d.officers, "pengurus", ("sekretaris", "secretary"))),
            ps.Signer(L["treasurer"], _officer(d.officers, "pengurus", ("bendahara", "treasurer")))],
            self.width, space=52, size=9.5))
        story.append(Spacer(1, 22))
        story.append(Paragraph(ps.text(L["pengawas"]), ps.style("rb-sign-head2", 10, bold=True, align=TA_CENTER)))
        story.append(Spacer(1, 6))
        supervisors = [p for p in d.officers if p.role == "pengawas"]
        chair = _officer(d.officers, "pengawas", ("ketua", "chair"))
        signers = [ps.Signer(L["sup_chair"], chair)]
        for p in supervisors:
            if p.name != chair and len(signers) < 3:
                title = p.title if L["pengawas"].lower() in p.title.lower() else f"{p.title} {L['pengawas']}"
                signers.append(ps.Signer(title.strip(), p.name))
        block = ps.signature_block(signers, self.width * len(signers) / 3, space=52, size=9.5)
        block.hAlign = "CENTER"
        story.append(block)
        return story

    def annex(self, coop: ps.CoopInfo) -> list[Flowable]:
        d, L = self.data, self.L
        sheet = d.shu
        if sheet is None or not sheet.rows:
            return []
        from coopdesk.reports.shu_sheet import shu_list_story

        story = self.chapter_heading(L["ch_annex"].format(year=d.year), numbered=False)
        story.append(self.para(L["annex_note"], self.note))
        if not self.annex_rows:
            return story
        return story + list(shu_list_story(sheet, coop, self.width, self.lang))


def _names(names: Sequence[str], conjunction: str) -> str:
    """"A", "A dan B", "A, B dan C"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {conjunction} {names[-1]}"


def _pct_setting(value: str, lang: str) -> str:
    try:
        return percent_text(Decimal(value), lang)
    except ArithmeticError:
        return value


def _officer(people: Sequence[Person], role: str, titles: tuple[str, ...]) -> str:
    """The name of the officer of ``role`` whose title is one of ``titles`` ("Ketua", not "Wakil Ketua")."""
    for p in people:
        if p.role == role and p.title.strip().lower() in titles:
            return p.name
    for p in people:
        words = p.title.strip().lower().split()
        if p.role == role and words and words[0] in titles:
            return p.name
    return ""


def book_story(book: Book) -> list[Flowable]:
    coop = book.data.cover.coop
    story: list[Flowable] = []
    story += book.cover()
    story += book.contents()
    story += book.pengurus_report()
    story += book.organisation()
    story += book.membership()
    story += book.business()
    story += book.statements()
    story += book.shu(coop)
    story += book.supervisor()
    story += book.plan()
    story += book.health(coop)
    story += book.signatures()
    story += book.annex(coop)
    return story


def render_book_pdf(data: BookData, path: Path) -> int:
    """Write the book; returns its number of pages.

    The contents need every heading's page, which platypus learns by laying the book out once
    (``multiBuild`` lays it out until the contents stop changing).  The per-member SHU list is
    the last thing in the book and most of its pages (20.000 members: 350 pages), and no
    heading comes after it: so the probe lays the book out without the list's rows, and the
    book itself is laid out once, with the contents the probe found.
    """
    L = LABELS[ps.check_lang(data.lang)]
    coop = data.cover.coop
    note = L["footer"].format(name=coop.name or "-", year=data.year)

    def document(target: Any) -> BookDocument:
        return BookDocument(target, footer_note=note, lang=data.lang, title=f"{L['book']} {data.year}",
                            author=coop.name)

    probe_doc = document(io.BytesIO())
    probe = Book(data, probe_doc.width, annex_rows=False)
    probe_doc.multiBuild(book_story(probe))
    doc = document(path)
    book = Book(data, doc.width)
    story = book_story(book)
    book.toc._lastEntries = list(probe.toc._lastEntries)  # what multiBuild would have set
    doc.build(story)
    return doc.pages
