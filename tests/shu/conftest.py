"""Fixtures for the SHU tests: the hand-worked 2025 books of tests/shu/coop.py, built once per
session into a SQLite file (open and closed) and copied for each test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from coopdesk.db.schema import Database, open_database
from coopdesk.services.books import BooksSetup, init_books

from .coop import books


def _build(path: Path, close: bool) -> Path:
    db = open_database(str(path))
    init_books(db, BooksSetup("KSP Sejahtera", date(2025, 1, 1), address="Jl. Merdeka 1, Salatiga"))
    books(db, close=close)
    db.dispose()
    return path


@pytest.fixture(scope="session")
def closed_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory.mktemp("shu") / "closed.db", close=True)


@pytest.fixture(scope="session")
def open_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory.mktemp("shu-open") / "open.db", close=False)


@pytest.fixture
def closed_path(closed_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "books.db"
    shutil.copy(closed_template, target)
    return target


@pytest.fixture
def closed_db(closed_path: Path) -> Iterator[Database]:
    db = open_database(str(closed_path))
    yield db
    db.dispose()


@pytest.fixture
def open_db(open_template: Path, tmp_path: Path) -> Iterator[Database]:
    target = tmp_path / "open.db"
    shutil.copy(open_template, target)
    db = open_database(str(target))
    yield db
    db.dispose()
