"""How a financial statement is written out, the same on screen, in the CLI, the PDF and Excel:
amounts, the period line under the title, the column headings and the checks.

Amounts follow the Indonesian accounting convention: a negative figure in parentheses,
"(Rp 540.000)", never a minus sign that a photocopy loses; a nil figure as a dash, as
audited statements print it.  Positive figures leave room for the closing parenthesis (the
PDF pads them, Excel's format uses ``_)``) so the digits of a column line up.

Kept apart from :func:`coopdesk.domain.money.format_rupiah`, which receipts and forms use
with a minus sign.
"""

from __future__ import annotations

from collections.abc import Sequence

from coopdesk.domain.money import format_rupiah
from coopdesk.reports.pdf_style import format_date
from coopdesk.reports.statement import Check, Period, Statement

NIL = "\u2013"  # en dash

# The Excel number format of the same convention: positive; negative; zero.  "_)" leaves
# the width of ")" after a positive figure so it lines up with the negatives.
XLSX_FORMAT = f'"Rp" #,##0_);("Rp" #,##0);"{NIL}"_)'
XLSX_FORMAT_PLAIN = f'#,##0_);(#,##0);"{NIL}"_)'  # ledger and worksheet columns: "Rupiah" is in the title


def format_amount(value: int, *, prefix: bool = True) -> str:
    """``18420000`` → ``"Rp 18.420.000"``, ``-540000`` → ``"(Rp 540.000)"``, ``0`` → ``"–"``."""
    if value == 0:
        return NIL
    text = format_rupiah(abs(int(value)), prefix=prefix)
    return f"({text})" if value < 0 else text


_T = {
    "id": {"as_of": "Per {date}", "period": "Untuk periode {start} \u2013 {end}", "balanced": "seimbang",
           "agrees": "sesuai", "off": "TIDAK SESUAI: {left} dan {right}"},
    "en": {"as_of": "As of {date}", "period": "For the period {start} \u2013 {end}", "balanced": "balanced",
           "agrees": "agrees", "off": "DOES NOT AGREE: {left} and {right}"},
}


def period_heading(period: Period, lang: str) -> str:
    """The line under a statement's title: "Per 30 Juni 2025" or "Untuk periode 1 Januari 2025 – 30 Juni 2025"."""
    t = _T[lang]
    if period.start is None:
        return t["as_of"].format(date=format_date(period.end, lang))
    return t["period"].format(start=format_date(period.start, lang), end=format_date(period.end, lang))


def column_headings(statement: Statement) -> tuple[str, str]:
    """Headings of the current and the comparative column ("30 Juni 2025", "30 Juni 2024")."""
    return statement.column_labels


def check_lines(statement: Statement) -> list[tuple[str, bool]]:
    """Each identity the statement satisfies, as a line for the reader, and whether it holds.

    Checks with the same label (the current and the comparative column) are one line when
    they hold; a check that fails prints both sides, so the difference can be looked for."""
    t = _T[statement.lang]
    word = t["balanced" if statement.key == "balance_sheet" else "agrees"]
    lines: list[tuple[str, bool]] = []
    groups: dict[str, list[Check]] = {}
    for check in statement.checks:
        groups.setdefault(check.label, []).append(check)
    for label, checks in groups.items():
        failing = [c for c in checks if not c.holds]
        if not failing:
            lines.append((f"{label}: {word}", True))
        for c in failing:
            lines.append((f"{label}: " + t["off"].format(left=format_amount(c.left), right=format_amount(c.right)),
                          False))
    return lines


def codes_text(codes: Sequence[str], limit: int = 4) -> str:
    """Account codes behind a line, shortened when a figure reads many accounts."""
    if len(codes) <= limit:
        return ", ".join(codes)
    return ", ".join(codes[:limit]) + f", \u2026 (+{len(codes) - limit})"
