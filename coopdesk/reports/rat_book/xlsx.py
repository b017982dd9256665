"""The RAT book's tables as one workbook, a sheet per table: membership, savings, loans,
collectibility, income and costs, the four statements, budget realisation, next year's RAPB,
SHU allocation, SHU per member, organisation, health.

Amounts are whole-Rupiah numbers (never text), counts are integers, so the treasurer can
re-check and chart them; the figures are the PDF's (the same :class:`BookData`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from coopdesk.reports import xlsx_style as xs
from coopdesk.reports.rat_book.data import BookData, BudgetLine
from coopdesk.reports.rat_book.labels import LABELS
from coopdesk.reports.statement_xlsx import write_statement_sheet

MAX_TITLE = 31  # Excel's limit on a sheet name


def _sheet(workbook: Workbook, title: str, heading: Sequence[str]) -> tuple[Worksheet, int]:
    ws = workbook.create_sheet(title[:MAX_TITLE])
    return ws, xs.title_block(ws, heading)


def _heading(book: BookData, title: str) -> list[str]:
    return [book.cover.coop.name or "-", title]


def write_membership(workbook: Workbook, book: BookData) -> Worksheet:
    L = LABELS[book.lang]
    ws, row = _sheet(workbook, L["sheet_members"], _heading(book, L["ch_members"]))
    columns = [xs.XColumn(L["year"], "int", 8)]
    for g in ("start", "joined", "left", "died", "end"):
        columns += [xs.XColumn(f"{L[g]} {L['L']}", "int", 11), xs.XColumn(f"{L[g]} {L['P']}", "int", 11)]
    columns.append(xs.XColumn(L["total"], "int", 10))
    rows = [[y.year, *[getattr(y, g)[s] for g in ("start", "joined", "left", "died", "end") for s in ("L", "P")],
             y.total("end")] for y in book.membership]
    xs.table(ws, row, columns, rows, autofilter=False)
    return ws


def write_savings(workbook: Workbook, book: BookData) -> Worksheet:
    L = LABELS[book.lang]
    ws, row = _sheet(workbook, L["sheet_savings"], _heading(book, L["s_savings"]))
    columns = [xs.XColumn(L["product"], "text", 24)] + [xs.XColumn(str(y), "rupiah", 18, total=True)
                                                        for y in book.years]
    columns.append(xs.XColumn(L["savers"].format(year=book.year), "int", 14, total=True))
    rows = [[s.name, *[s.balances[y] for y in book.years], s.savers.get(book.year, 0)] for s in book.savings]
    xs.table(ws, row, columns, rows, totals_label=L["total"], autofilter=False)
    return ws


def write_loans(workbook: Workbook, book: BookData) -> Worksheet:
    L = LABELS[book.lang]
    ws, row = _sheet(workbook, L["sheet_loans"], _heading(book, L["s_loans"]))
    columns = [xs.XColumn(L["year"], "int", 8), xs.XColumn(L["disbursed_n"], "int", 14),
               xs.XColumn(L["disbursed"], "rupiah", 20), xs.XColumn(L["running"], "int", 14),
               xs.XColumn(L["borrowers"], "int", 12), xs.XColumn(L["outstanding"], "rupiah", 20)]
    rows = [[y.year, y.disbursed_count, y.disbursed_principal, y.loans, y.borrowers, y.outstanding]
            for y in book.loans]
    xs.table(ws, row, columns, rows, autofilter=False)
    return ws


def write_quality(workbook: Workbook, book: BookData) -> Worksheet | None:
    from coopdesk.reports.rat_book.pdf import CLASS_NAMES

    L = LABELS[book.lang]
    q = book.quality
    if q is None:
        return None
    ws, row = _sheet(workbook, L["sheet_quality"], _heading(book, L["s_quality"]))
    columns = [xs.XColumn(L["class"], "text", 26), xs.XColumn(L["loans_n"], "int", 10, total=True),
               xs.XColumn(L["outstanding"], "rupiah", 20, total=True), xs.XColumn(L["rate"], "percent", 12),
               xs.XColumn(L["allowance"], "rupiah", 20, total=True)]
    rows = [[CLASS_NAMES[book.lang][r.cls], r.count, r.outstanding, r.rate / 100, r.allowance] for r in q.rows]
    _, totals = xs.table(ws, row, columns, rows, totals_label=L["total"], autofilter=False)
    assert totals is not None
    ws.cell(row=totals + 2, column=1, value="NPL")
    npl = ws.cell(row=totals + 2, column=2, value=q.npl)
    npl.number_format = xs.PERCENT
    ws.cell(row=totals + 2, column=3, value=q.npl_label)
    return ws


def write_pnl(workbook: Workbook, book: BookData) -> Worksheet | None:
    L = LABELS[book.lang]
    pnl = book.pnl
    if pnl is None:
        return None
    ws, row = _sheet(workbook, L["sheet_pnl"], _heading(book, L["s_pnl"]))
    columns = [xs.XColumn(L["code"], "text", 9), xs.XColumn(L["item"], "text", 40),
               xs.XColumn(L["kind"], "text", 12),
               xs.XColumn(str(book.year), "rupiah", 20), xs.XColumn(str(book.year - 1), "rupiah", 20)]
    rows = [[r.code, r.name, L[r.kind], r.amount, r.previous] for r in pnl.rows]
    _, _ = xs.table(ws, row, columns, rows, autofilter=False)
    last = row + len(rows) + 1
    for label, now, before in ((L["total_income"], pnl.total("income"), pnl.total("income", True)),
                               (L["total_expense"], pnl.total("expense"), pnl.total("expense", True)),
                               (L["shu_line"], pnl.shu(), pnl.shu(True))):
        ws.cell(row=last, column=2, value=label).font = xs.BOLD
        for c, v in ((4, now), (5, before)):
            cell = ws.cell(row=last, column=c, value=v)
            cell.number_format = xs.RUPIAH
            cell.font = xs.BOLD
        last += 1
    return ws


def _budget_sheet(workbook: Workbook, book: BookData, title: str, heading: str, lines: Sequence[BudgetLine],
                  first: str, second: str, budget_first: bool) -> Worksheet:
    L = LABELS[book.lang]
    ws, row = _sheet(workbook, title, _heading(book, heading))
    columns = [xs.XColumn(L["code"], "text", 9), xs.XColumn(L["item"], "text", 40), xs.XColumn(L["kind"], "text", 12),
               xs.XColumn(first, "rupiah", 20), xs.XColumn(second, "rupiah", 20)]
    rows = [[b.code, b.name, L.get(b.kind, b.kind), *((b.budget, b.actual) if budget_first else (b.actual, b.budget))]
            for b in lines]
    xs.table(ws, row, columns, rows, autofilter=False)
    return ws


def write_budgets(workbook: Workbook, book: BookData) -> list[Worksheet]:
    L = LABELS[book.lang]
    out = []
    if book.budgets.available and any(b.budget for b in book.budgets.realisation):
        out.append(_budget_sheet(workbook, book, L["sheet_budget"], L["s_realisation"].format(year=book.year),
                                 book.budgets.realisation, L["budget"], L["actual"], True))
    if book.budgets.available and any(b.budget for b in book.budgets.next_year):
        out.append(_budget_sheet(workbook, book, L["sheet_rapb"], L["s_rapb"].format(next=book.year + 1),
                                 book.budgets.next_year, L["plan_actual"].format(year=book.year),
                                 L["plan_budget"].format(next=book.year + 1), False))
    return out


def write_shu(workbook: Workbook, book: BookData) -> list[Worksheet]:
    L = LABELS[book.lang]
    sheet = book.shu
    if sheet is None:
        return []
    ws, row = _sheet(workbook, L["sheet_allocation"], _heading(book, L["s_allocation"].format(year=book.year)))
    columns = [xs.XColumn(L["post"], "text", 30), xs.XColumn(L["percent"], "text", 8),
               xs.XColumn(L["code"], "text", 9), xs.XColumn(L["amount"], "rupiah", 20, total=True)]
    lines: list[Any] = list(getattr(sheet, "lines", []) or [])
    if lines:
        rows = [[line.name, str(line.percent), line.account, line.amount] for line in lines]
    else:
        rows = [[p.post.name, str(p.post.percent), p.post.account, p.amount] for p in sheet.pools]
    xs.table(ws, row, columns, rows, totals_label=L["total"], autofilter=False)
    members, row = _sheet(workbook, L["sheet_shu"], _heading(book, L["ch_annex"].format(year=book.year)))
    columns = [xs.XColumn(L["member_no"], "text", 12), xs.XColumn(L["member"], "text", 30),
               xs.XColumn(L["capital"], "rupiah", 18, total=True), xs.XColumn(L["business"], "rupiah", 18, total=True),
               xs.XColumn(L["jasa_modal"], "rupiah", 16, total=True),
               xs.XColumn(L["jasa_usaha"], "rupiah", 16, total=True), xs.XColumn(L["shu_total"], "rupiah", 16,
                                                                                 total=True)]
    rows = [[r.number, r.name, round(r.capital), r.business, r.jasa_modal.rounded, r.jasa_usaha.rounded, r.total]
            for r in sheet.rows]
    xs.table(members, row, columns, rows, totals_label=L["total"], label_column=2)
    return [ws, members]


def write_officers(workbook: Workbook, book: BookData) -> Worksheet | None:
    L = LABELS[book.lang]
    if not book.officers:
        return None
    ws, row = _sheet(workbook, L["sheet_officers"], _heading(book, L["s_officers"]))
    columns = [xs.XColumn(L["role"], "text", 22),
               xs.XColumn(L["title"], "text", 20), xs.XColumn(L["name"], "text", 32),
               xs.XColumn(L["gender"], "text", 6, align="center")]
    rows = [[L.get(f"role_{p.role}", p.role), p.title, p.name, p.gender] for p in book.officers]
    xs.table(ws, row, columns, rows, autofilter=False)
    return ws


def write_book_xlsx(book: BookData, path: Path) -> Path:
    L = LABELS[book.lang]
    workbook = xs.new_workbook()
    default = workbook.active
    write_membership(workbook, book)
    write_savings(workbook, book)
    write_loans(workbook, book)
    write_quality(workbook, book)
    write_pnl(workbook, book)
    for statement in book.statements:
        write_statement_sheet(workbook.create_sheet("s"), statement, book.cover.coop)
    write_budgets(workbook, book)
    write_shu(workbook, book)
    write_officers(workbook, book)
    if book.health is not None:
        from coopdesk.reports.health_report import write_health_sheet

        write_health_sheet(workbook.create_sheet(L["sheet_health"][:MAX_TITLE]), book.health, book.lang)
    if default is not None:
        workbook.remove(default)
    return xs.save(workbook, path)
