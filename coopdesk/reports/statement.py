"""The shape every financial statement shares: titled lines with a current and a comparative
figure, each line knowing the accounts that make it (so a figure can be drilled into).

Statements are plain values; the screen, the PDF, the xlsx and ``--json`` all render the same
:class:`Statement`, so a figure cannot differ between them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from coopdesk.reports.pdf_style import check_lang, format_date


class LineKind(StrEnum):
    HEADING = "heading"  # a section title, no figure
    ACCOUNT = "account"  # one account's figure
    SUBTOTAL = "subtotal"
    TOTAL = "total"  # a statement's grand totals and results (SHU)


@dataclass(frozen=True)
class Period:
    """A span of days; ``start`` is None for "the books up to ``end``" (a balance at a date)."""

    start: date | None
    end: date

    def year_earlier(self) -> Period:
        return Period(None if self.start is None else year_earlier(self.start), year_earlier(self.end))

    def label(self, lang: str = "id") -> str:
        if self.start is None:
            return format_date(self.end, lang)
        return f"{format_date(self.start, lang)} – {format_date(self.end, lang)}"

    def as_json(self) -> dict[str, str | None]:
        return {"from": None if self.start is None else self.start.isoformat(), "to": self.end.isoformat()}


def year_earlier(day: date) -> date:
    """Same day a year before; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def day_before(day: date) -> date:
    return day - timedelta(days=1)


@dataclass(frozen=True)
class StatementLine:
    key: str  # stable name of the line ("total_assets", "acct:1110", ...), used by tests and drill-down
    label: str
    kind: LineKind
    amount: int | None = None
    previous: int | None = None
    codes: tuple[str, ...] = ()  # accounts whose journal lines make the figure
    level: int = 0  # indentation
    # How the figure reads the accounts: "balance" (at the period's end) or "movement" (within the
    # period); drill-down opens the general ledger accordingly.
    basis: str = "movement"

    def as_json(self) -> dict[str, object]:
        return {"key": self.key, "label": self.label, "kind": self.kind.value, "level": self.level,
                "accounts": list(self.codes), "amount": self.amount, "previous": self.previous}


@dataclass(frozen=True)
class Check:
    """An identity the statement must satisfy, shown to the reader (e.g. assets = liabilities + equity)."""

    label: str
    left: int
    right: int

    @property
    def holds(self) -> bool:
        return self.left == self.right


@dataclass(frozen=True)
class Statement:
    key: str  # "balance_sheet", "income_statement", "cash_flow", "equity_changes"
    title: str
    lang: str
    period: Period
    previous_period: Period
    lines: list[StatementLine]
    checks: list[Check] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # printed under the statement (method, conventions)

    def line(self, key: str) -> StatementLine:
        for line in self.lines:
            if line.key == key:
                return line
        raise KeyError(key)

    def amount(self, key: str) -> int:
        return self.line(key).amount or 0

    @property
    def column_labels(self) -> tuple[str, str]:
        return self.period.label(self.lang), self.previous_period.label(self.lang)

    def as_json(self) -> dict[str, object]:
        return {
            "statement": self.key,
            "title": self.title,
            "period": self.period.as_json(),
            "previous_period": self.previous_period.as_json(),
            "lines": [line.as_json() for line in self.lines],
            "totals": {line.key: line.amount for line in self.lines if line.kind is LineKind.TOTAL},
            "checks": [{"label": c.label, "left": c.left, "right": c.right, "holds": c.holds} for c in self.checks],
            "notes": self.notes,
        }


class LineBuilder:
    """Collects lines while a statement is laid out; keeps the key unique."""

    def __init__(self) -> None:
        self.lines: list[StatementLine] = []

    def heading(self, key: str, label: str, level: int = 0) -> None:
        self.lines.append(StatementLine(key, label, LineKind.HEADING, level=level))

    def add(self, key: str, label: str, kind: LineKind, amount: int, previous: int, codes: tuple[str, ...] = (),
            level: int = 0, basis: str = "movement") -> StatementLine:
        line = StatementLine(key, label, kind, amount, previous, codes, level, basis)
        self.lines.append(line)
        return line


def language(lang: str) -> str:
    return check_lang(lang)
