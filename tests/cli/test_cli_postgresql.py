"""The CLI against a PostgreSQL server (``--db postgresql+psycopg://…``)."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from coopdesk.db.base import Base

from .clirun import coopdesk, ok

PG_URL = os.environ.get("COOPDESK_TEST_PG_URL", "")


@pytest.fixture
def pg_url() -> Iterator[str]:
    if not PG_URL:
        if os.environ.get("COOPDESK_REQUIRE_PG") == "1":
            pytest.fail("COOPDESK_REQUIRE_PG=1 but COOPDESK_TEST_PG_URL is not set")
        pytest.skip("no COOPDESK_TEST_PG_URL")
    name = f"cli_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield PG_URL.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def _rows(url: str) -> dict[str, list[tuple[Any, ...]]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {t.name: [tuple(r) for r in conn.execute(t.select().order_by(*t.primary_key.columns))]
                    for t in Base.metadata.sorted_tables}
    finally:
        engine.dispose()


@pytest.mark.postgresql
def test_cli_on_postgresql(pg_url: str) -> None:
    ok(pg_url, "init", "--name", "KSP Sejahtera", "--start", "2025-01-01")  # creates the schema too
    assert ok(pg_url, "member", "add", "--name", "Budi Santoso", "--nik", "3375011203750001", "--gender", "L",
              "--joined", "2025-01-02") == "00001\n"
    assert ok(pg_url, "savings", "deposit", "00001", "sukarela", "1.000.000", "--date", "2025-01-03") \
        == "BKM-2025-000001\n"
    assert ok(pg_url, "savings", "withdraw", "00001", "sukarela", "400000", "--date", "2025-01-04") \
        == "BKK-2025-000001\n"

    before = _rows(pg_url)
    result = coopdesk(pg_url, "savings", "withdraw", "00001", "sukarela", "600001", "--date", "2025-01-05")
    assert result.returncode == 2
    assert result.stderr.splitlines() == ["error: amount: is more than the balance (Rp 600.000)"]
    assert _rows(pg_url) == before

    tb = json.loads(ok(pg_url, "report", "trial-balance", "--date", "2025-12-31", "--json"))
    # Kas 1.000.000 - 400.000 = 600.000 = Simpanan Sukarela
    assert tb["accounts"] == [{"code": "1110", "name": "Kas", "debit": 600_000, "credit": 0},
                              {"code": "2111", "name": "Simpanan Sukarela", "debit": 0, "credit": 600_000}]
    assert tb["total_debit"] == tb["total_credit"] == 600_000
