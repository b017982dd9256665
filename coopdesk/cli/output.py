"""Printing results: plain tables for people, JSON for scripts."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from datetime import date
from typing import Any

from coopdesk.domain.money import format_rupiah


def emit_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=_default)
    sys.stdout.write("\n")


def _default(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def table(headers: Sequence[str], rows: Sequence[Sequence[object]], money: Sequence[int] = ()) -> None:
    """A fixed-width table; columns listed in ``money`` are Rupiah, right-aligned."""
    cells = [[format_rupiah(v) if i in money and isinstance(v, int) else str(v) for i, v in enumerate(r)]
             for r in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v.rjust(widths[i]) if i in money else v.ljust(widths[i]) for i, v in enumerate(values))

    print(line(headers).rstrip())
    print("  ".join("-" * w for w in widths))
    for r in cells:
        print(line(r).rstrip())
