"""The financial statements, the buku besar and the worksheet as Excel workbooks, one sheet each.

Figures are numbers (whole Rupiah) in the statements' own format, negatives in parentheses
(:data:`coopdesk.reports.statement_format.XLSX_FORMAT`), so the sheet reads like the PDF.
Subtotals and totals are formulas over the rows that make them wherever the statement adds
them up (a section's subtotal is the SUM of its account rows, total assets the two
subtotals, the SHU after tax the SHU before tax less the tax rows), so a treasurer who
annotates or corrects a row sees the totals follow.  Every formula is checked against the
statement's own figure before it is written; a line that is not a plain sum of rows above
it (the opening cash of a cash-flow statement, say) is written as its value.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet as Sheet

from coopdesk.reports import pdf_style as ps
from coopdesk.reports import xlsx_style as xs
from coopdesk.reports.general_ledger import GeneralLedger
from coopdesk.reports.statement import LineKind, Statement, StatementLine
from coopdesk.reports.statement_format import XLSX_FORMAT, XLSX_FORMAT_PLAIN, check_lines, period_heading
from coopdesk.reports.worksheet import Worksheet

_LABELS: dict[str, dict[str, str]] = {
    "id": {
        "balance_sheet": "Posisi Keuangan", "income_statement": "Hasil Usaha", "cash_flow": "Arus Kas",
        "equity_changes": "Perubahan Ekuitas", "ledger_sheet": "Buku Besar {code}", "worksheet_sheet": "Neraca Lajur",
        "description": "Uraian", "accounts": "Akun", "notes": "Catatan",
        "ledger": "BUKU BESAR", "account": "Akun {code} \u00b7 {name}", "several": "Akun {codes}",
        "date": "Tanggal", "voucher": "No. Bukti", "memo": "Uraian", "member": "Anggota", "acct": "Akun",
        "debit": "Debit", "credit": "Kredit", "balance": "Saldo", "opening": "Saldo awal",
        "total": "Jumlah mutasi", "closing": "Saldo akhir", "rupiah": "Angka dalam Rupiah.",
        "worksheet": "NERACA LAJUR", "worksheet_sub": "Neraca saldo sebelum dan setelah penyesuaian",
        "code": "Kode", "name": "Nama Akun", "before": "Neraca Saldo", "adjust": "Penyesuaian",
        "after": "Neraca Saldo Setelah Penyesuaian", "sum": "Jumlah",
    },
    "en": {
        "balance_sheet": "Financial Position", "income_statement": "Operating Results", "cash_flow": "Cash Flows",
        "equity_changes": "Changes in Equity", "ledger_sheet": "Ledger {code}", "worksheet_sheet": "Worksheet",
        "description": "Description", "accounts": "Accounts", "notes": "Notes",
        "ledger": "GENERAL LEDGER", "account": "Account {code} \u00b7 {name}", "several": "Accounts {codes}",
        "date": "Date", "voucher": "Voucher", "memo": "Description", "member": "Member", "acct": "Account",
        "debit": "Debit", "credit": "Credit", "balance": "Balance", "opening": "Opening balance",
        "total": "Total movements", "closing": "Closing balance", "rupiah": "Amounts in Rupiah.",
        "worksheet": "WORKSHEET", "worksheet_sub": "Trial balance before and after adjustments",
        "code": "Code", "name": "Account", "before": "Trial balance", "adjust": "Adjustments",
        "after": "Adjusted trial balance", "sum": "Total",
    },
}

THIN = Side(style="thin")
SUBTOTAL_BORDER = Border(top=THIN)
TOTAL_BORDER = Border(top=THIN, bottom=Side(style="double"))
SUBTITLE = Font(bold=True, size=11)
ALERT = Font(color="B00020", bold=True, size=9)

# Statement sheet columns: description, account codes, current, previous.
DESCRIPTION, CODES, CURRENT, PREVIOUS = 1, 2, 3, 4


# --- Which rows make a total ----------------------------------------------------------------------

@dataclass(frozen=True)
class Block:
    """The account lines right after the line ``after`` (a heading or a total), up to the next
    line that is not an account.  ``by_code``: an expense account (5xxx) counts negative, as in
    "other income less other expenses"."""

    after: str
    by_code: bool = False


@dataclass(frozen=True)
class Prefix:
    """Every line whose key starts with ``prefix`` (the opening balances of all equity components)."""

    prefix: str


Term = tuple[int, "str | Block | Prefix"]  # (+1 or -1, a line key, a block or a prefix)

# How the statements add up, where it is not simply "the account rows just above".
RULES: dict[str, dict[str, list[Term]]] = {
    "balance_sheet": {
        "total_assets": [(1, "total_current_assets"), (1, "total_noncurrent_assets")],
        "total_liabilities": [(1, "total_current_liabilities"), (1, "total_longterm_liabilities")],
        "total_liabilities_equity": [(1, "total_liabilities"), (1, "total_equity")],
    },
    "income_statement": {
        "member_net": [(1, "total_member_income"), (-1, "total_member_cost")],
        "nonmember_net": [(1, Block("h:nonmember", by_code=True))],
        "gross": [(1, "member_net"), (1, "nonmember_net")],
        "operating_result": [(1, "gross"), (-1, "total_operating"), (-1, "total_cooperative")],
        "other_net": [(1, Block("h:other", by_code=True))],
        "before_tax": [(1, "operating_result"), (1, "other_net")],
        "after_tax": [(1, "before_tax"), (-1, Block("before_tax"))],
    },
    "cash_flow": {
        "net_change": [(1, "net_operating"), (1, "net_investing"), (1, "net_financing")],
        "opening_cash": [],  # the cash at the start: a balance, not a sum of rows
        "closing_cash": [(1, "opening_cash"), (1, "net_change")],
    },
    "equity_changes": {
        "opening_equity": [(1, Prefix("opening:"))],
        "closing_equity": [(1, Prefix("closing:"))],
    },
}


def _block(lines: Sequence[StatementLine], after: str) -> list[int]:
    start = next(i for i, line in enumerate(lines) if line.key == after) + 1
    indexes = []
    for i in range(start, len(lines)):
        if lines[i].kind is not LineKind.ACCOUNT:
            break
        indexes.append(i)
    return indexes


def _default_terms(lines: Sequence[StatementLine], index: int) -> list[tuple[int, int]]:
    """A subtotal right under account lines is their sum."""
    terms = []
    i = index - 1
    while i >= 0 and lines[i].kind is LineKind.ACCOUNT:
        terms.append((1, i))
        i -= 1
    return terms[::-1]


def formula_terms(statement: Statement, index: int) -> list[tuple[int, int]] | None:
    """The (sign, line index) terms a subtotal or total adds up, or None when it is written as
    a value: no rows make it, or the rows do not give the statement's figure in both columns."""
    lines = statement.lines
    line = lines[index]
    rule = RULES.get(statement.key, {}).get(line.key)
    try:
        if rule is None:
            terms = _default_terms(lines, index)
        else:
            terms = []
            for sign, ref in rule:
                if isinstance(ref, Block):
                    for i in _block(lines, ref.after):
                        negative = ref.by_code and lines[i].codes[:1] and lines[i].codes[0].startswith("5")
                        terms.append((-sign if negative else sign, i))
                elif isinstance(ref, Prefix):
                    terms += [(sign, i) for i, other in enumerate(lines) if other.key.startswith(ref.prefix)]
                else:
                    terms.append((sign, next(i for i, other in enumerate(lines) if other.key == ref)))
    except StopIteration:  # a line the rule names is not on this statement
        return None
    if not terms or any(i >= index for _, i in terms):
        return None
    for column in ("amount", "previous"):
        total = sum(sign * (getattr(lines[i], column) or 0) for sign, i in terms)
        if total != (getattr(line, column) or 0):
            return None
    return terms


def formula(terms: Sequence[tuple[int, int]], letter: str) -> str:
    """``=SUM(C7:C9)+C14-C20``: consecutive rows of the same sign become one SUM range."""
    groups: list[tuple[int, int, int]] = []  # sign, first row, last row
    for sign, row in terms:
        if groups and groups[-1][0] == sign and groups[-1][2] == row - 1:
            groups[-1] = (sign, groups[-1][1], row)
        else:
            groups.append((sign, row, row))
    parts = []
    for sign, first, last in groups:
        ref = f"{letter}{first}" if first == last else f"SUM({letter}{first}:{letter}{last})"
        parts.append(("+" if sign > 0 else "-") + ref)
    text = "".join(parts)
    return "=" + (text[1:] if text.startswith("+") else text)


# --- Statement sheets -----------------------------------------------------------------------------

def account_code(line: StatementLine) -> str:
    """The account a line shows, for the "Akun" column: its own account, or the one account
    its figure reads.  Lines read from many accounts (the SHU with every income and expense
    account, a cash flow from all cash accounts) leave it blank: the drill-down lists them."""
    if line.key.startswith("acct:"):
        return line.key.removeprefix("acct:")
    return line.codes[0] if len(line.codes) == 1 else ""


def sheet_name(statement: Statement) -> str:
    return _LABELS[statement.lang][statement.key]


def _title_rows(ws: Sheet, coop: ps.CoopInfo, title: str, lines: Sequence[str]) -> int:
    """Cooperative, title, then the period (and account) lines; returns the header row."""
    ws.cell(row=1, column=1, value=coop.name).font = xs.TITLE
    ws.cell(row=2, column=1, value=title).font = SUBTITLE
    for i, line in enumerate(lines, start=3):
        ws.cell(row=i, column=1, value=line).font = xs.MUTED
    return 3 + len(lines) + 1


def write_statement_sheet(ws: Sheet, statement: Statement, coop: ps.CoopInfo) -> dict[str, int]:
    """One statement on ``ws``; returns the row of each line (by key)."""
    L = _LABELS[statement.lang]
    ws.title = sheet_name(statement)
    header = _title_rows(ws, coop, statement.title.upper(), [period_heading(statement.period, statement.lang)])
    current, previous = statement.column_labels
    for c, title in enumerate((L["description"], L["accounts"], current, previous), start=1):
        cell = ws.cell(row=header, column=c, value=title)
        cell.font = xs.BOLD
        cell.fill = xs.HEADER_FILL
        cell.border = xs.HEADER_BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="right" if c > CODES else "left")
    ws.row_dimensions[header].height = 30
    first = header + 1
    rows = {line.key: first + i for i, line in enumerate(statement.lines)}
    for i, line in enumerate(statement.lines):
        r = first + i
        bold = line.kind in (LineKind.HEADING, LineKind.TOTAL) or (line.kind is LineKind.SUBTOTAL and line.level == 0)
        label = ws.cell(row=r, column=DESCRIPTION, value=line.label)
        label.alignment = Alignment(indent=line.level * 2)
        if bold:
            label.font = xs.BOLD
        if line.kind is LineKind.HEADING:
            if line.level == 0 and i:
                # Air above a section, as in the PDF, without a blank row that would split a sum range.
                ws.row_dimensions[r].height = 24
                label.alignment = Alignment(indent=line.level * 2, vertical="bottom")
            continue
        if line.kind is LineKind.ACCOUNT:
            ws.cell(row=r, column=CODES, value=account_code(line)).font = xs.MUTED
        terms = formula_terms(statement, i) if line.kind is not LineKind.ACCOUNT else None
        for column, value in ((CURRENT, line.amount), (PREVIOUS, line.previous)):
            letter = get_column_letter(column)
            cell = ws.cell(row=r, column=column)
            cell.value = formula([(s, first + j) for s, j in terms], letter) if terms else int(value or 0)
            cell.number_format = XLSX_FORMAT
            if bold:
                cell.font = xs.BOLD
            if line.kind is LineKind.SUBTOTAL:
                cell.border = SUBTOTAL_BORDER
            elif line.kind is LineKind.TOTAL:
                cell.border = TOTAL_BORDER
    r = first + len(statement.lines) + 1
    for text, holds in check_lines(statement):
        ws.cell(row=r, column=DESCRIPTION, value=("\u2713 " if holds else "\u2717 ") + text).font = \
            xs.MUTED if holds else ALERT
        r += 1
    for note in statement.notes:
        cell = ws.cell(row=r, column=DESCRIPTION, value=f"{L['notes']}: {note}")
        cell.font = xs.MUTED
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=r, start_column=DESCRIPTION, end_row=r, end_column=PREVIOUS)
        ws.row_dimensions[r].height = 40
        r += 1
    for column, width in ((DESCRIPTION, 56), (CODES, 16), (CURRENT, 20), (PREVIOUS, 20)):
        ws.column_dimensions[get_column_letter(column)].width = width
    ws.freeze_panes = ws.cell(row=first, column=1)
    xs.page_setup(ws, landscape=False, header_row=header)
    return rows


def write_statements_workbook(workbook: Workbook, statements: Sequence[Statement], coop: ps.CoopInfo) -> None:
    for i, statement in enumerate(statements):
        ws = workbook.active if i == 0 else workbook.create_sheet()
        write_statement_sheet(ws, statement, coop)


def write_statements_xlsx(statements: Sequence[Statement], path: Path, coop: ps.CoopInfo) -> Path:
    """One workbook, one sheet per statement."""
    if not statements:
        raise ValueError("no statement to write")
    return _save(path, lambda wb: write_statements_workbook(wb, statements, coop))


def _save(path: Path, fill: Callable[[Workbook], None]) -> Path:
    path = xs.ensure_target(Path(path))
    workbook = xs.new_workbook()
    fill(workbook)
    return xs.save(workbook, path)


# --- Buku besar -----------------------------------------------------------------------------------

def ledger_sheet_name(ledger: GeneralLedger, lang: str) -> str:
    codes = [a.code for a in ledger.accounts]
    name = _LABELS[lang]["ledger_sheet"].format(code=codes[0] if codes else "")
    return f"{name}+{len(codes) - 1}" if len(codes) > 1 else name


def write_ledger_sheet(ws: Sheet, ledger: GeneralLedger, coop: ps.CoopInfo, lang: str = "id") -> dict[str, int]:
    """Opening row, a row per journal line, totals and closing.  Each running balance is
    ``=previous ± debit ∓ credit`` (on the account's normal side), totals are SUMs and the
    closing balance follows from them, so a row corrected by hand carries through.
    Returns the rows of "opening", "first", "last", "totals" and "closing"."""
    L = _LABELS[ps.check_lang(lang)]
    ws.title = ledger_sheet_name(ledger, lang)
    if len(ledger.accounts) == 1:
        account = L["account"].format(code=ledger.accounts[0].code, name=ledger.accounts[0].name)
    else:
        account = L["several"].format(codes=", ".join(a.code for a in ledger.accounts))
    header = _title_rows(ws, coop, L["ledger"], [account, period_heading(ledger.period, lang), L["rupiah"]])
    several = len(ledger.accounts) > 1
    columns = [xs.XColumn(L["date"], "date", 12), xs.XColumn(L["voucher"], "text", 17),
               xs.XColumn(L["memo"], "text", 42), xs.XColumn(L["member"], "text", 10)]
    if several:
        columns.append(xs.XColumn(L["acct"], "text", 8))
    columns += [xs.XColumn(L["debit"], "int", 16), xs.XColumn(L["credit"], "int", 16),
                xs.XColumn(L["balance"], "int", 17)]
    debit, credit, balance = (get_column_letter(len(columns) - k) for k in (2, 1, 0))
    plus, minus = (debit, credit) if ledger.debit_normal else (credit, debit)
    opening = header + 1
    values: list[list[Any]] = [[ledger.period.start, None, L["opening"], None, *([None] if several else []),
                                None, None, ledger.opening]]
    for i, line in enumerate(ledger.rows):
        r = opening + 1 + i
        values.append([line.date, line.voucher, line.memo, line.member_number, *([line.account_code] if several
                                                                                   else []),
                       line.debit or None, line.credit or None, f"={balance}{r - 1}+{plus}{r}-{minus}{r}"])
    xs.table(ws, header, columns, values, autofilter=False)
    last = opening + len(ledger.rows)
    totals, closing = last + 1, last + 2
    ws.cell(row=totals, column=3, value=L["total"])
    ws.cell(row=closing, column=1, value=ledger.period.end).number_format = xs.DATE
    ws.cell(row=closing, column=3, value=L["closing"])
    for letter in (debit, credit):
        ws[f"{letter}{totals}"] = f"=SUM({letter}{opening + 1}:{letter}{last})" if ledger.rows else 0
    ws[f"{balance}{closing}"] = f"={balance}{opening}+{plus}{totals}-{minus}{totals}"
    for r in (opening, totals, closing):
        for c in range(1, len(columns) + 1):
            cell = ws.cell(row=r, column=c)
            cell.font = xs.BOLD
            if r != opening:
                cell.border = TOTAL_BORDER if r == closing else SUBTOTAL_BORDER
    for r in range(opening, closing + 1):
        for letter in (debit, credit, balance):
            ws[f"{letter}{r}"].number_format = XLSX_FORMAT_PLAIN
    xs.page_setup(ws, landscape=False, header_row=header)
    return {"opening": opening, "first": opening + 1, "last": last, "totals": totals, "closing": closing}


def write_ledger_xlsx(ledger: GeneralLedger, path: Path, coop: ps.CoopInfo, lang: str = "id") -> Path:
    return _save(path, lambda wb: write_ledger_sheet(wb.active, ledger, coop, lang))


# --- Neraca lajur ---------------------------------------------------------------------------------

_WS_COLUMNS = ("before_debit", "before_credit", "adjust_debit", "adjust_credit", "after_debit", "after_credit")


def write_worksheet_sheet(ws: Sheet, sheet: Worksheet, coop: ps.CoopInfo, lang: str = "id") -> dict[str, int]:
    """Code, account and the three pairs of debit / credit columns with SUM totals.
    Returns the rows of "first", "last" and "totals"."""
    L = _LABELS[ps.check_lang(lang)]
    ws.title = L["worksheet_sheet"]
    groups = _title_rows(ws, coop, L["worksheet"], [L["worksheet_sub"], period_heading(sheet.period, lang),
                                                    L["rupiah"]])
    header = groups + 1
    for c, key in ((3, "before"), (5, "adjust"), (7, "after")):
        cell = ws.cell(row=groups, column=c, value=L[key])
        ws.merge_cells(start_row=groups, start_column=c, end_row=groups, end_column=c + 1)
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
    for c in range(1, 9):
        ws.cell(row=groups, column=c).font = xs.BOLD
        ws.cell(row=groups, column=c).fill = xs.HEADER_FILL
    columns = [xs.XColumn(L["code"], "text", 8), xs.XColumn(L["name"], "text", 40)]
    columns += [xs.XColumn(L[side], "int", 16, total=True) for _ in range(3) for side in ("debit", "credit")]
    values = [[r.code, r.name, *(getattr(r, c) or None for c in _WS_COLUMNS)] for r in sheet.rows]
    _, totals = xs.table(ws, header, columns, values, totals_label=L["sum"], label_column=2, autofilter=False)
    assert totals is not None
    for r in range(header + 1, totals + 1):
        for c in range(3, 9):
            ws.cell(row=r, column=c).number_format = XLSX_FORMAT_PLAIN
    ws.row_dimensions[groups].height = 30
    ws.row_dimensions[header].height = 18
    xs.page_setup(ws, landscape=True)
    ws.print_title_rows = f"{groups}:{header}"
    return {"first": header + 1, "last": totals - 1, "totals": totals}


def write_worksheet_xlsx(sheet: Worksheet, path: Path, coop: ps.CoopInfo, lang: str = "id") -> Path:
    return _save(path, lambda wb: write_worksheet_sheet(wb.active, sheet, coop, lang))
