"""Fixtures for the member import: the sample member list, what it must give, and broken copies."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

DATA = Path(__file__).with_name("data")
SAMPLE = DATA / "daftar-anggota-contoh.xlsx"
TRUTH = DATA / "daftar-anggota-contoh.truth.json"


@pytest.fixture(scope="session")
def sample() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def truth() -> dict[str, Any]:
    return json.loads(TRUTH.read_text(encoding="utf-8"))


def edited_copy(target: Path, changes: dict[str, object]) -> Path:
    """The sample with some cells changed (``{"D7": "123"}``), saved as ``target``."""
    wb = openpyxl.load_workbook(SAMPLE)
    ws = wb["Anggota"]
    for ref, value in changes.items():
        ws[ref] = value
    wb.save(target)
    return target


@pytest.fixture
def broken_file(tmp_path: Path) -> Path:
    """Row 7: a 15-digit NIK; row 9: the NIK of row 5 again; row 12: a wajib amount typed with letter O's."""
    return edited_copy(tmp_path / "rusak.xlsx", {"D7": "332518570360898", "D9": "6107140404749953",
                                                 "L12": "Rp 5OO.OOO"})


def write_sheet(path: Path, rows: list[list[object]], title: str = "Sheet1") -> Path:
    """A workbook with one sheet holding ``rows`` from A1 down."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


MakeSheet = Callable[[list[list[object]]], Path]


@pytest.fixture
def make_sheet(tmp_path: Path) -> MakeSheet:
    counter = iter(range(1000))
    return lambda rows: write_sheet(tmp_path / f"sheet{next(counter)}.xlsx", rows)
