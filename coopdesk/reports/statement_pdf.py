"""The financial statements, the buku besar and the worksheet as A4 PDF, for the pengurus
meeting, the RAT book and the auditor's file.

Each statement begins on its own page under the cooperative's letterhead: title, period,
the comparative columns (this period, the same period a year earlier), headings in bold,
subtotals with a rule above the figures, totals in bold with a double rule below, the
checks the statement satisfies, its notes, and the signature block with place and date.
Amounts are written by :func:`coopdesk.reports.statement_format.format_amount`, so the PDF
reads exactly as the screen, the CLI and the Excel sheet.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import HRFlowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from coopdesk.reports import pdf_style as ps
from coopdesk.reports.general_ledger import GeneralLedger
from coopdesk.reports.statement import LineKind, Statement
from coopdesk.reports.statement_format import check_lines, format_amount, period_heading
from coopdesk.reports.tables import PagedTable
from coopdesk.reports.worksheet import Worksheet

_LABELS: dict[str, dict[str, str]] = {
    "id": {
        "chair": "Ketua", "treasurer": "Bendahara", "supervisor": "Pengawas",
        "acknowledged": "Mengetahui,", "prepared": "Dibuat oleh,", "checked": "Diperiksa oleh,",
        "printed": "Dicetak {when} \u00b7 CoopDesk", "statements": "Laporan Keuangan",
        "notes": "Catatan", "checks": "Pemeriksaan",
        "ledger": "BUKU BESAR", "account": "Akun {code} \u00b7 {name}", "accounts": "Akun {codes}",
        "normal_debit": "Saldo normal di sisi debit; angka dalam Rupiah.",
        "normal_credit": "Saldo normal di sisi kredit; angka dalam Rupiah.",
        "date": "Tanggal", "voucher": "No. Bukti", "memo": "Uraian", "member": "Anggota", "acct": "Akun",
        "debit": "Debit", "credit": "Kredit", "balance": "Saldo", "opening": "Saldo awal",
        "total": "Jumlah mutasi", "closing": "Saldo akhir", "nothing": "Tidak ada mutasi dalam periode ini.",
        "worksheet": "NERACA LAJUR", "worksheet_sub": "Neraca saldo sebelum dan setelah penyesuaian",
        "code": "Kode", "name": "Nama Akun", "before": "Neraca Saldo", "adjust": "Penyesuaian",
        "after": "Neraca Saldo Setelah Penyesuaian", "sum": "Jumlah",
        "ws_note": "Penyesuaian: jurnal memorial tutup bulan dalam periode (bunga simpanan dan pajaknya, "
                   "penyisihan piutang, penyusutan). Angka dalam Rupiah.",
        "ws_check": "Debit = kredit di setiap pasangan kolom", "balanced": "seimbang",
        "unbalanced": "TIDAK SEIMBANG",
    },
    "en": {
        "chair": "Chair", "treasurer": "Treasurer", "supervisor": "Supervisor",
        "acknowledged": "Acknowledged,", "prepared": "Prepared by,", "checked": "Checked by,",
        "printed": "Printed {when} \u00b7 CoopDesk", "statements": "Financial statements",
        "notes": "Notes", "checks": "Checks",
        "ledger": "GENERAL LEDGER", "account": "Account {code} \u00b7 {name}", "accounts": "Accounts {codes}",
        "normal_debit": "Normal balance on the debit side; amounts in Rupiah.",
        "normal_credit": "Normal balance on the credit side; amounts in Rupiah.",
        "date": "Date", "voucher": "Voucher", "memo": "Description", "member": "Member", "acct": "Account",
        "debit": "Debit", "credit": "Credit", "balance": "Balance", "opening": "Opening balance",
        "total": "Total movements", "closing": "Closing balance", "nothing": "No movements in this period.",
        "worksheet": "WORKSHEET", "worksheet_sub": "Trial balance before and after adjustments",
        "code": "Code", "name": "Account", "before": "Trial balance", "adjust": "Adjustments",
        "after": "Adjusted trial balance", "sum": "Total",
        "ws_note": "Adjustments: the month-end memorial entries of the period (interest on savings and its tax, "
                   "loan-loss allowance, depreciation). Amounts in Rupiah.",
        "ws_check": "Debit = credit in every pair of columns", "balanced": "balanced",
        "unbalanced": "NOT BALANCED",
    },
}

MARGINS = (18 * mm, 18 * mm, 14 * mm, 18 * mm)  # left, right, top, bottom


def default_signers(lang: str = "id", *, supervisor: bool = False) -> list[ps.Signer]:
    """Ketua and Bendahara sign the statements; for the RAT the Pengawas signs as well."""
    L = _LABELS[ps.check_lang(lang)]
    signers = [ps.Signer(L["chair"], above=L["acknowledged"]), ps.Signer(L["treasurer"], above=L["prepared"])]
    if supervisor:
        signers.append(ps.Signer(L["supervisor"], above=L["checked"]))
    return signers


def render_statements_pdf(statements: Sequence[Statement], path: Path, coop: ps.CoopInfo, *,
                          signers: Sequence[ps.Signer] | None = None, place: str = "",
                          signed_on: date | None = None, printed_at: datetime | None = None) -> Path:
    """One or several statements in one PDF, each from a new page with its own letterhead and
    signatures.  ``place`` and ``signed_on`` (default: the end of the statement's period)
    go above the signatures: "Semarang, 30 Juni 2025"."""
    if not statements:
        raise ValueError("no statement to print")
    lang = ps.check_lang(statements[0].lang)
    L = _LABELS[lang]
    path = ps.ensure_parent(Path(path))
    title = statements[0].title if len(statements) == 1 else L["statements"]
    end = statements[0].period.end
    doc = _document(path, A4, coop, lang, f"{title} {end.isoformat()}", printed_at)
    story: list[Any] = []
    for i, statement in enumerate(statements):
        if i:
            story.append(PageBreak())
        story += statement_story(statement, coop, doc.width, signers=signers, place=place, signed_on=signed_on)
    doc.build(story)
    return path


def render_statement_pdf(statement: Statement, path: Path, coop: ps.CoopInfo, **options: Any) -> Path:
    return render_statements_pdf([statement], path, coop, **options)


def _document(path: Path, pagesize: tuple[float, float], coop: ps.CoopInfo, lang: str, title: str,
              printed_at: datetime | None) -> Any:
    note = _LABELS[lang]["printed"].format(when=ps.format_datetime(printed_at or datetime.now(), lang))
    return ps.document(path, pagesize, margins=MARGINS, on_page=ps.footer(note, page_numbers=True, lang=lang),
                       title=title, author=coop.name, subject=title)


def _heading(coop: ps.CoopInfo, lang: str, width: float, title: str, lines: Sequence[str], *,
             account: str = "", note: str = "") -> list[Any]:
    """Letterhead, a double rule, the title, then (for a ledger) the account in bold, the lines
    (period) and a small grey note."""
    story: list[Any] = ps.letterhead_lines(coop, lang, align=TA_CENTER, name_size=14, width=width)
    story += [Spacer(1, 3), HRFlowable(width="100%", thickness=1.6, color=ps.RULE, spaceAfter=1.2),
              HRFlowable(width="100%", thickness=0.5, color=ps.RULE, spaceAfter=8),
              Paragraph(ps.text(title), ps.style("st-title", 12.5, bold=True, align=TA_CENTER))]
    if account:
        story.append(Paragraph(ps.text(account), ps.style("st-account", 10, bold=True, align=TA_CENTER)))
    story += [Paragraph(ps.text(line), ps.style("st-sub", 9.5, align=TA_CENTER)) for line in lines]
    if note:
        story.append(Paragraph(ps.text(note), ps.style("st-hnote", 8, align=TA_CENTER, color=ps.MUTED)))
    story.append(Spacer(1, 10))
    return story


def statement_story(statement: Statement, coop: ps.CoopInfo, width: float, *,
                    signers: Sequence[ps.Signer] | None = None, place: str = "",
                    signed_on: date | None = None) -> list[Any]:
    """The flowables of one statement (for a document that holds other pages too)."""
    lang = statement.lang
    L = _LABELS[lang]
    story = _heading(coop, lang, width, statement.title.upper(), [period_heading(statement.period, lang)])
    story.append(statement_table(statement, width))
    tail: list[Any] = []
    checks = check_lines(statement)
    if checks:
        tail.append(Spacer(1, 8))
        for line, holds in checks:
            mark = "\u2713" if holds else "\u2717"
            tail.append(Paragraph(ps.text(f"{mark} {line}"),
                                  ps.style("st-check", 8, color=ps.MUTED if holds else ps.ALERT, bold=not holds)))
    for note in statement.notes:
        tail.append(Paragraph(f"<b>{ps.text(L['notes'])}:</b> {ps.text(note)}",
                              ps.style("st-note", 8, color=ps.MUTED, space_before=6)))
    story += tail
    story.append(signatures(signers or default_signers(lang), width, lang, place or coop.city,
                            signed_on or statement.period.end))
    return story


def signatures(signers: Sequence[ps.Signer], width: float, lang: str, place: str, day: date, *,
               gap: float = 18, space: float = 46) -> KeepTogether:
    """"Place, date" over the last signer's column, then the signature columns."""
    when = ps.format_date(day, lang)
    dated = f"{place}, {when}" if place else when
    columns = len(signers)
    # One or two signers sign in the right-hand columns of three, where the eye expects them.
    slots = max(columns, 3)
    slot = width / slots
    row = [""] * (slots - 1) + [Paragraph(ps.text(dated), ps.style("st-place", 8.5, align=TA_CENTER))]
    placed = Table([row], colWidths=[slot] * slots)
    placed.setStyle(ps.table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    block: Any = ps.signature_block(signers, slot * columns, space=space, size=8.5)
    if slots > columns:
        block = Table([["", block]], colWidths=[slot * (slots - columns), slot * columns])
        block.setStyle(ps.table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                       ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([Spacer(1, gap), placed, block])


def _amount_width(statement: Statement, size: float) -> float:
    widest = max((stringWidth(format_amount(v), ps.FONT_BOLD, size) for line in statement.lines
                  for v in (line.amount, line.previous) if v is not None), default=0)
    return max(widest + 12, 33 * mm)


def statement_table(statement: Statement, width: float, *, size: float = 9) -> Table:
    """Description, current and comparative column; bold headings, ruled subtotals, double-ruled totals."""
    ps.register_fonts()
    amount_w = _amount_width(statement, size)
    paren = stringWidth(")", ps.FONT, size)
    pad = 4
    label_styles = {
        (bold, level): ps.style(f"st-line-{int(bold)}-{level}", size, bold=bold, leading=size * 1.22)
        .clone(f"st-line-{int(bold)}-{level}", leftIndent=level * 11)
        for bold in (False, True) for level in range(4)
    }
    head = ps.style("st-head", size, bold=True, align=TA_RIGHT, leading=size * 1.2)
    current, previous = statement.column_labels
    data: list[list[Any]] = [["", Paragraph(ps.text(current), head), Paragraph(ps.text(previous), head)]]
    commands: list[tuple[Any, ...]] = [
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("LINEBELOW", (1, 0), (-1, 0), 0.8, ps.RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 1.4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
    ]
    previous_kind: LineKind | None = None
    for r, line in enumerate(statement.lines, start=1):
        # A subtotal of a whole side ("JUMLAH LIABILITAS") reads as a total; section subtotals stay plain.
        bold = line.kind in (LineKind.HEADING, LineKind.TOTAL) or (line.kind is LineKind.SUBTOTAL and line.level == 0)
        label = Paragraph(ps.text(line.label), label_styles[bold, min(line.level, 3)])
        cells: list[Any] = [label]
        for c, value in enumerate((line.amount, line.previous), start=1):
            if value is None or line.kind is LineKind.HEADING:
                cells.append("")
                continue
            cells.append(format_amount(value))
            if value >= 0:  # room for the ")" of the negatives, so the digits line up
                commands.append(("RIGHTPADDING", (c, r), (c, r), pad + paren))
        data.append(cells)
        if line.kind is LineKind.HEADING and r > 1 and previous_kind is not LineKind.HEADING:
            commands.append(("TOPPADDING", (0, r), (-1, r), 8 if line.level == 0 else 5))
        if line.kind is LineKind.SUBTOTAL:
            commands += [("LINEABOVE", (1, r), (-1, r), 0.5, ps.RULE), ("TOPPADDING", (0, r), (-1, r), 2.5),
                         ("BOTTOMPADDING", (0, r), (-1, r), 3)]
        elif line.kind is LineKind.TOTAL:
            commands += [("FONTNAME", (1, r), (-1, r), ps.FONT_BOLD),
                         ("LINEABOVE", (1, r), (-1, r), 0.6, ps.RULE),
                         ("LINEBELOW", (1, r), (-1, r), 0.5, ps.RULE, None, None, None, 2, 1.6),
                         ("TOPPADDING", (0, r), (-1, r), 3), ("BOTTOMPADDING", (0, r), (-1, r), 5)]
        previous_kind = line.kind
    table = Table(data, colWidths=[width - 2 * amount_w, amount_w, amount_w], repeatRows=1, hAlign="LEFT")
    table.setStyle(ps.table_style(commands))
    return table


# --- Buku besar -----------------------------------------------------------------------------------

def _money(value: int) -> str:
    return format_amount(value, prefix=False) if value else ""


def _short(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def ledger_account_text(ledger: GeneralLedger, lang: str) -> str:
    L = _LABELS[lang]
    if len(ledger.accounts) == 1:
        return L["account"].format(code=ledger.accounts[0].code, name=ledger.accounts[0].name)
    return L["accounts"].format(codes=", ".join(a.code for a in ledger.accounts))


def ledger_story(ledger: GeneralLedger, coop: ps.CoopInfo, width: float, lang: str) -> list[Any]:
    L = _LABELS[lang]
    story = _heading(coop, lang, width, L["ledger"], [period_heading(ledger.period, lang)],
                     account=ledger_account_text(ledger, lang),
                     note=L["normal_debit" if ledger.debit_normal else "normal_credit"])
    several = len(ledger.accounts) > 1
    titles = [L["date"], L["voucher"], L["memo"], L["member"], *([L["acct"]] if several else []),
              L["debit"], L["credit"], L["balance"]]

    def row(cells: list[str], account: str, figures: list[str]) -> list[str]:
        return cells + ([account] if several else []) + figures

    rows = [row([_short(ledger.period.start or ledger.period.end), "", L["opening"], ""], "",
                ["", "", format_amount(ledger.opening, prefix=False)])]
    kinds = ["subtotal"]
    rows += [row([_short(r.date), r.voucher, r.memo, r.member_number or ""], r.account_code,
                 [_money(r.debit), _money(r.credit), format_amount(r.balance, prefix=False)]) for r in ledger.rows]
    kinds += ["data"] * len(ledger.rows)
    rows.append(row(["", "", L["total"], ""], "", [format_amount(ledger.total_debit, prefix=False),
                                                   format_amount(ledger.total_credit, prefix=False), ""]))
    rows.append(row([_short(ledger.period.end), "", L["closing"], ""], "",
                    ["", "", format_amount(ledger.closing, prefix=False)]))
    kinds += ["subtotal", "total"]
    story.append(PagedTable(titles, rows, kinds, width, memo_column=2, first_figure=len(titles) - 3))
    if not ledger.rows:
        story.append(Paragraph(ps.text(L["nothing"]), ps.style("gl-nothing", 8.5, color=ps.MUTED, space_before=4)))
    return story


def render_ledger_pdf(ledger: GeneralLedger, path: Path, coop: ps.CoopInfo, lang: str = "id", *,
                      printed_at: datetime | None = None) -> Path:
    """The buku besar on A4 portrait: the header row repeats on every page."""
    ps.check_lang(lang)
    path = ps.ensure_parent(Path(path))
    title = f"{_LABELS[lang]['ledger'].title()} {ledger.title}"
    doc = _document(path, A4, coop, lang, title, printed_at)
    doc.build(ledger_story(ledger, coop, doc.width, lang))
    return path


# --- Neraca lajur ---------------------------------------------------------------------------------

_WS_COLUMNS = ("before_debit", "before_credit", "adjust_debit", "adjust_credit", "after_debit", "after_credit")


def worksheet_story(sheet: Worksheet, coop: ps.CoopInfo, width: float, lang: str, *,
                    signers: Sequence[ps.Signer] | None = None, place: str = "") -> list[Any]:
    L = _LABELS[lang]
    story = _heading(coop, lang, width, L["worksheet"], [L["worksheet_sub"], period_heading(sheet.period, lang)])
    size = 7.5
    ps.register_fonts()
    figures = [[_money(getattr(r, c)) for c in _WS_COLUMNS] for r in sheet.rows]
    totals = [format_amount(sheet.total(c), prefix=False) for c in _WS_COLUMNS]
    amount_w = max([stringWidth(v, ps.FONT_BOLD, size) for v in totals] + [18 * mm]) + 8
    code_w = 13 * mm
    longest = max((stringWidth(r.name, ps.FONT, size) for r in sheet.rows), default=0)
    name_w = min(max(longest + 8, 50 * mm), 80 * mm)
    # What the name does not need goes to the figures (a big cooperative's totals are wide).
    amount_w = max(amount_w, (width - code_w - name_w) / 6)
    name_w = width - code_w - 6 * amount_w
    head = ps.style("ws-head", size, bold=True, align=TA_CENTER, leading=size * 1.2)
    name_style = ps.style("ws-name", size, leading=size * 1.2)
    data: list[list[Any]] = [
        [Paragraph(ps.text(L["code"]), head), Paragraph(ps.text(L["name"]), head),
         Paragraph(ps.text(L["before"]), head), "", Paragraph(ps.text(L["adjust"]), head), "",
         Paragraph(ps.text(L["after"]), head), ""],
        ["", "", *[Paragraph(ps.text(L[k]), head) for k in ("debit", "credit") * 3]],
    ]
    for r, cells in zip(sheet.rows, figures, strict=True):
        data.append([r.code, Paragraph(ps.text(r.name), name_style), *cells])
    data.append(["", Paragraph(f"<b>{ps.text(L['sum'])}</b>", name_style), *totals])
    last = len(data) - 1
    commands: list[tuple[Any, ...]] = [
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)),
        ("SPAN", (2, 0), (3, 0)), ("SPAN", (4, 0), (5, 0)), ("SPAN", (6, 0), (7, 0)),
        ("BACKGROUND", (0, 0), (-1, 1), ps.SHADE),
        ("GRID", (0, 0), (-1, 1), 0.5, ps.RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, ps.RULE),
        ("LINEBEFORE", (2, 2), (-1, -1), 0.4, ps.RULE),
        ("LINEAFTER", (0, 2), (0, -1), 0.25, ps.MUTED),
        ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
        ("VALIGN", (0, 2), (-1, -1), "TOP"),
        ("ALIGN", (2, 2), (-1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("FONTNAME", (0, last), (-1, last), ps.FONT_BOLD),
        ("LINEABOVE", (0, last), (-1, last), 0.8, ps.RULE),
        ("LINEBELOW", (2, last), (-1, last), 0.5, ps.RULE, None, None, None, 2, 1.6),
    ]
    commands += [("LINEBELOW", (0, r), (-1, r), 0.25, ps.SHADE) for r in range(2, last - 1)]
    table = Table(data, colWidths=[code_w, name_w] + [amount_w] * 6, repeatRows=2, hAlign="LEFT")
    table.setStyle(ps.table_style(commands))
    story.append(table)
    holds = sheet.balanced
    check = f"{'✓' if holds else '✗'} {L['ws_check']}: {L['balanced' if holds else 'unbalanced']}"
    # The check, the note and the signature stay together: a signature alone on a page says nothing.
    story.append(KeepTogether([
        Spacer(1, 6),
        Paragraph(ps.text(check), ps.style("ws-check", 8, color=ps.MUTED if holds else ps.ALERT, bold=not holds)),
        Paragraph(ps.text(L["ws_note"]), ps.style("ws-note", 8, color=ps.MUTED, space_before=3)),
        # A working paper: the treasurer who prepared it signs, in less room than under a statement.
        signatures(signers or default_signers(lang)[1:], width, lang, place or coop.city, sheet.period.end, gap=10,
                   space=36),
    ]))
    return story


def render_worksheet_pdf(sheet: Worksheet, path: Path, coop: ps.CoopInfo, lang: str = "id", *,
                         signers: Sequence[ps.Signer] | None = None, place: str = "",
                         printed_at: datetime | None = None) -> Path:
    """The worksheet on A4 landscape (eight columns of figures need the width)."""
    ps.check_lang(lang)
    path = ps.ensure_parent(Path(path))
    title = f"{_LABELS[lang]['worksheet'].title()} {sheet.period.end.isoformat()}"
    doc = _document(path, landscape(A4), coop, lang, title, printed_at)
    doc.build(worksheet_story(sheet, coop, doc.width, lang, signers=signers, place=place))
    return path
