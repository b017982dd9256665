"""``coopdesk shu compute|post|slips``: output, files, exit codes, and nothing changed on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from tests.cli.clirun import coopdesk, dump, ok

from .coop import TOTAL


def test_compute_post_slips(closed_path: Path, tmp_path: Path) -> None:
    data = json.loads(ok(closed_path, "shu", "compute", "2025", "--json"))
    assert (data["shu"], data["member_part"], data["total_to_members"]) == (10_000_000, 8_000_000, 3_600_000)
    assert [m["total"] for m in data["members"]] == list(TOTAL)
    assert data["distribution"] is None
    xlsx, pdf = tmp_path / "shu.xlsx", tmp_path / "shu.pdf"
    out = ok(closed_path, "shu", "compute", "2025", "--xlsx", str(xlsx), "--pdf", str(pdf))
    assert out.split() == [str(pdf), str(xlsx)]
    assert pdf.read_bytes().startswith(b"%PDF")
    assert openpyxl.load_workbook(xlsx).active.title == "SHU 2025"

    out = ok(closed_path, "shu", "post", "2025", "--rat-date", "2026-03-14")
    assert out.splitlines() == ["2025: SHU Rp 10.000.000 posted JM-2026-000001 dated 2026-03-14",
                                "members not paid yet: run again with --pay cash|sukarela"]
    out = ok(closed_path, "shu", "post", "2025", "--rat-date", "2026-03-14", "--pay", "cash")
    assert out.strip() == "paid JM-2026-000002: 4 members, Rp 3.600.000 (cash)"
    before = dump(closed_path)
    again = coopdesk(closed_path, "shu", "post", "2025", "--rat-date", "2026-03-14", "--pay", "sukarela")
    assert again.returncode == 2 and again.stderr.startswith("error: year: the SHU of 2025 was already posted")
    assert dump(closed_path) == before
    slips = tmp_path / "slips.pdf"
    assert ok(closed_path, "shu", "slips", "2025", "--pdf", str(slips)).strip() == str(slips)
    assert slips.read_bytes().startswith(b"%PDF")
    assert "posted JM-2026-000001" in ok(closed_path, "shu", "compute", "2025")


@pytest.mark.parametrize(("args", "field"), [
    pytest.param(["shu", "compute", "20x5"], "year", id="bad-year"),
    pytest.param(["shu", "compute", "2026"], "year", id="not-closed"),
    pytest.param(["shu", "post", "2025", "--rat-date", "2025-12-31", "--pay", "cash"], "rat_date", id="rat-in-year"),
    pytest.param(["shu", "post", "2025", "--rat-date", "14-03-2026"], "rat_date", id="rat-not-a-date"),
    pytest.param(["shu", "compute", "2025", "--pdf", "/nonexistent/x.pdf"], "pdf", id="no-folder"),
])
def test_bad_input_exits_2_naming_the_field(closed_path: Path, args: list[str], field: str) -> None:
    before = dump(closed_path)
    result = coopdesk(closed_path, *args)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(f"error: {field}: ") and result.stderr.count("\n") == 1, result.stderr
    assert result.stdout == ""
    assert dump(closed_path) == before
