"""Importing the member list, with opening savings balances, from the cooperative's own Excel file.

A cooperative that moves to CoopDesk brings its members in a spreadsheet (``daftar anggota``):
a title block, a header row, one row per member and a JUMLAH row.  :func:`preview_file` reads it
and says, per row and column, what it understood and what is wrong; :func:`import_members` posts
it.  Both run the same :func:`build_preview`, so what the clerk saw is what gets posted.

Reading the file
- The header row is found by its labels, not its position: the first row in the first 30 of a
  sheet (the active sheet first) that names at least a name column, a NIK column and one more
  known column.  Columns are mapped by header text (``NO. ANGGOTA``, ``NAMA``, ``NIK``/``No. KTP``,
  ``L/P``/``Jenis Kelamin``, ``TEMPAT, TGL LAHIR`` or separate place/date columns, ``ALAMAT``,
  ``NO. HP``, ``PEKERJAAN``, ``TGL MASUK``, ``SIMP. POKOK``/``WAJIB``/``SUKARELA``); a second header
  line right below (``SIMPANAN`` over ``POKOK | WAJIB | SUKARELA``) is merged in.  Unknown columns
  and the running ``NO`` are ignored.  Required columns: name, NIK, join date.
- Blank rows are skipped.  A row labelled JUMLAH / TOTAL without a NIK is a total, not a member;
  the last one is the file's total, compared per product with the sum of the rows, and everything
  below it (signatures, notes) is ignored, except a row with a NIK there, which is a problem.
- Cells are parsed by :mod:`coopdesk.domain.spreadsheet_cells` (see there for the accepted forms).
  The file is opened with cached formula results (``data_only``), as Excel and LibreOffice save them.

Problems (each with the file's row number and the column's header as written in the file)
- Blocking (nothing can be imported until the file is fixed): a required cell missing or
  unreadable, a NIK that is not 16 valid digits, the same NIK or member number twice in the file
  or already in the books, a member number whose sequence clashes with one in the books, a join
  date after the opening date, a birth date not before the join date, an amount that is not whole
  non-negative Rupiah, a text too long for its field, a product total that differs from the file's
  JUMLAH row, a balance date in the title that is not the day before the books start, no members,
  or a row with a NIK below the JUMLAH row.
- Warnings (shown, not blocking): a NIK stored as a number whose last digit is 0 (Excel keeps 15
  digits, so the 16th may be lost), a gender that disagrees with the NIK or was taken from it
  because the cell was empty, a birth date that disagrees with the NIK, simpanan pokok above the
  amount set in CoopDesk, an unreadable JUMLAH cell, a missing savings column (balances 0).

Member numbers
- Members keep the numbers in the file.  When they all share one pattern, a fixed prefix and digits
  (``0001``, ``A-017``), ``Member.seq`` is the number's value, so later registrations (max seq + 1)
  continue after the highest imported number; in empty books the ``member_number_format`` setting is
  set to the same pattern, e.g. ``{seq:04d}`` when the digits are zero-padded to width 4 (``{seq:d}``
  when not padded), so new members look like the old ones.  The change is made as an audited
  settings change (``setting.change``) inside the import's transaction.  When the books already
  have members the format is left alone (their numbers follow it) and a warning says so.
- Numbers without a common pattern are kept as they are and get sequences after the highest in the
  books, in file order; the format stays (warning).  A file without a number column is numbered by
  CoopDesk with its current format, in file order (warning).

Posting (one database transaction: all or nothing)
- Members are registered active, with ``created_by`` the acting user and one ``member.register``
  audit record each ("imported from FILE row N"); the join date may lie before the books start.
- The balances are those at the end of ``as_of``, which must be the day before the books start
  (settings ``books_start``; "Keadaan per 31 Desember 2024" for books starting 1 January 2025).
  A title line in the file that states another date is a blocking problem (the opening date itself
  is accepted too, read as "at the start of that day").
- One MEMORIAL entry dated on the books start, source ``savings.opening``, memo "Saldo awal simpanan
  anggota (impor dari FILE)": Dr 3190 Saldo Awal for the total, and one credit line per member and
  product with a balance (the product's control account: 3110 pokok, 3120 wajib, 2111 sukarela),
  each carrying the member id, so the journal traces to members.  The matching
  ``savings_transactions`` rows have kind ``opening``; wajib arrears count only real payments
  (``deposit``/``rev-deposit``), so an opening wajib balance never pays a month billed later.
  Reversing the entry (corrections: ``savings.opening`` → ``undo_movements``) cancels the balances;
  the members stay registered.  No entry is posted when every balance is zero.
- A ``members.import`` audit record keeps the file name, its SHA-256 and the voucher; importing the
  same file again is refused (its NIKs are already registered) and changes nothing.
- ``expected_sha256`` lets the dialog insist that the file is still the one it previewed.
"""

from __future__ import annotations

import hashlib
import io
import re
import warnings
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from coopdesk.db.models import AuditLog, Member, SavingsProduct, SavingsTransaction, User
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.journal import JournalType, LineSpec
from coopdesk.domain.members import MemberStatus, format_member_number, nik_gender
from coopdesk.domain.money import format_rupiah
from coopdesk.domain.savings import SavingsKind
from coopdesk.domain.spreadsheet_cells import (
    CellError,
    cell_text,
    clean_code,
    find_date_in_text,
    parse_amount,
    parse_date_cell,
    parse_gender,
    parse_nik,
    split_place_date,
    tidy_name,
    tidy_phone,
    tidy_place,
    tidy_text,
)
from coopdesk.services import audit, ledger, settings
from coopdesk.services.context import AppContext
from coopdesk.services.members import MemberInput, _validated

OPENING_ACCOUNT = "3190"
SOURCE = "savings.opening"
PRODUCTS = (SavingsKind.POKOK.value, SavingsKind.WAJIB.value, SavingsKind.SUKARELA.value)
HEADER_SCAN_ROWS = 30
BLANK_RUN_LIMIT = 1000  # stop reading after this many blank rows (sheets formatted to row 1.048.576)

# Our field keys, in the order the preview shows them.
FIELDS = ("number", "name", "nik", "gender", "birth", "birth_place", "birth_date", "address", "phone",
          "occupation", "joined", *PRODUCTS)
REQUIRED = ("name", "nik", "joined")
MAX_LENGTH = {"birth_place": 80, "phone": 30, "occupation": 80, "number": 30}
_TOTAL_LABEL = re.compile(r"^(jumlah|total|grand total|sub ?total)\b", re.IGNORECASE)
_MISSING_COLUMN = {
    "name": "has no column for the members' names (a header like NAMA)",
    "nik": "has no column for the NIK (a header like NIK or NO. KTP)",
    "joined": "has no column for the join date (a header like TGL MASUK)",
}
_STATED_DATE = re.compile(r"\b(per|keadaan|posisi|tanggal|tgl)\b", re.IGNORECASE)
_NUMBER_PATTERN = re.compile(r"^(.*?)(\d+)$")


def classify_header(text: str) -> str | None:
    """Which field a header cell names, or ``None`` (ignored columns, the running ``NO``)."""
    t = re.sub(r"[^a-z0-9]+", " ", str(text).lower()).strip()
    words = set(t.split())
    if not t:
        return None
    if words & {"nik", "ktp"} or "induk kependudukan" in t:
        return "nik"
    if "anggota" in words and words & {"no", "nomor", "nomer", "kode", "id"} and "nama" not in words:
        return "number"
    if t in {"no agt", "no induk", "nomor induk", "kode", "id"}:
        return "number"
    if "nama" in words:
        return "name"
    if t in {"l p", "lp", "jk", "l pr", "gender", "sex"} or "kelamin" in words:
        return "gender"
    if t == "ttl":
        return "birth"
    if "lahir" in words:
        has_date = bool(words & {"tgl", "tanggal", "tg"})
        if "tempat" in words:
            return "birth" if has_date else "birth_place"
        return "birth_date"
    if "alamat" in words:
        return "address"
    if words & {"hp", "telp", "telepon", "telpon", "tlp", "phone", "wa", "whatsapp", "handphone"}:
        return "phone"
    if words & {"pekerjaan", "profesi"}:
        return "occupation"
    if words & {"masuk", "bergabung", "gabung", "daftar", "terdaftar"}:
        return "joined"
    if "pokok" in words:
        return "pokok"
    if "wajib" in words:
        return "wajib"
    if words & {"sukarela", "tabungan"}:
        return "sukarela"
    return None


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# ---------------------------------------------------------------------------- values


@dataclass(frozen=True)
class Column:
    field: str
    index: int  # 0-based
    header: str  # as written in the file

    @property
    def letter(self) -> str:
        return column_letter(self.index)


@dataclass(frozen=True)
class Problem:
    """Something wrong (``blocking``) or worth a look (a warning) at a row and column of the file."""

    row: int | None  # the spreadsheet's row number; None for the file as a whole
    field: str  # our field key ("" when not about one column)
    column: str  # the column's header as written in the file
    letter: str  # the column's letter, "" when none
    template: str  # English, with {name} parameters (Qt context "errors")
    params: dict[str, Any] = field(default_factory=dict)
    blocking: bool = True

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    @property
    def location(self) -> str:
        parts = []
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column {self.column} ({self.letter})" if self.letter else f"column {self.column}")
        return ", ".join(parts) or "file"

    def describe(self) -> str:
        return f"{self.location}: {self.message}"

    def as_json(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "letter": self.letter, "field": self.field,
                "message": self.message, "blocking": self.blocking}


@dataclass
class ParsedRow:
    """One member row as understood; ``cells`` keeps each cell's text as the file shows it."""

    row: int
    cells: dict[str, str] = field(default_factory=dict)
    number: str = ""
    seq: int | None = None
    name: str = ""
    nik: str = ""
    gender: str = ""
    birth_place: str = ""
    birth_date: date | None = None
    address: str = ""
    phone: str = ""
    occupation: str = ""
    joined: date | None = None
    pokok: int = 0
    wajib: int = 0
    sukarela: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def blocking(self) -> bool:
        return any(p.blocking for p in self.problems)

    def amount(self, product: str) -> int:
        return int(getattr(self, product))

    def problems_at(self, field_key: str) -> list[Problem]:
        keys = {field_key, "birth"} if field_key in ("birth_place", "birth_date") else {field_key}
        return [p for p in self.problems if p.field in keys]

    def as_json(self) -> dict[str, Any]:
        return {"row": self.row, "number": self.number, "name": self.name, "nik": self.nik, "gender": self.gender,
                "birth_place": self.birth_place, "birth_date": self.birth_date, "address": self.address,
                "phone": self.phone, "occupation": self.occupation, "joined": self.joined, "pokok": self.pokok,
                "wajib": self.wajib, "sukarela": self.sukarela,
                "problems": [p.as_json() for p in self.problems]}


@dataclass
class Preview:
    path: str
    sha256: str
    sheet: str = ""
    header_row: int | None = None
    total_row: int | None = None
    columns: dict[str, Column] = field(default_factory=dict)
    rows: list[ParsedRow] = field(default_factory=list)
    file_problems: list[Problem] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)
    file_totals: dict[str, int | None] = field(default_factory=dict)
    stated_as_of: date | None = None
    as_of: date | None = None
    entry_date: date | None = None
    current_number_format: str = ""
    number_format: str | None = None  # the member_number_format the import will set, None = unchanged
    next_number: str = ""  # what the first member registered after the import will get

    @property
    def file_name(self) -> str:
        return Path(self.path).name

    @property
    def problems(self) -> list[Problem]:
        """Every problem, file-wide ones first, then by row."""
        return self.file_problems + [p for r in self.rows for p in r.problems]

    @property
    def blocking_problems(self) -> list[Problem]:
        return [p for p in self.problems if p.blocking]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.blocking]

    @property
    def can_import(self) -> bool:
        return bool(self.rows) and not self.blocking_problems

    @property
    def invalid_rows(self) -> list[int]:
        return sorted({p.row for p in self.blocking_problems if p.row is not None})

    def as_json(self) -> dict[str, Any]:
        return {"file": self.path, "sha256": self.sha256, "sheet": self.sheet, "header_row": self.header_row,
                "total_row": self.total_row, "as_of": self.as_of, "entry_date": self.entry_date,
                "stated_as_of": self.stated_as_of, "members": [r.as_json() for r in self.rows],
                "totals": self.totals, "file_totals": self.file_totals, "invalid_rows": self.invalid_rows,
                "number_format": self.number_format, "can_import": self.can_import,
                "problems": [p.as_json() for p in self.problems]}


@dataclass(frozen=True)
class ImportResult:
    members: int
    first_number: str
    last_number: str
    voucher: str | None  # None when every balance was zero
    entry_date: date
    totals: dict[str, int]
    number_format_change: tuple[str, str] | None  # (old, new)
    warnings: list[Problem]

    def as_json(self) -> dict[str, Any]:
        return {"members": self.members, "first_number": self.first_number, "last_number": self.last_number,
                "voucher": self.voucher, "entry_date": self.entry_date, "totals": self.totals,
                "total": sum(self.totals.values()),
                "number_format": self.number_format_change[1] if self.number_format_change else None,
                "warnings": [p.as_json() for p in self.warnings]}


class ImportRefused(ValidationError):
    """The file has blocking problems; nothing was imported.  ``preview`` says which and where."""

    def __init__(self, preview: Preview) -> None:
        self.preview = preview
        super().__init__("file", "has {count} problem(s) to fix; nothing was imported",
                         count=len(preview.blocking_problems))


# ---------------------------------------------------------------------------- reading the workbook

Cell = tuple[object, str]  # (value, number format)


@dataclass
class RawSheet:
    """The cells of the sheet holding the member list, as openpyxl gave them."""

    path: str
    sha256: str
    sheet: str = ""
    rows: list[tuple[int, list[Cell]]] = field(default_factory=list)  # (row number, cells)
    header_row: int | None = None


def _looks_like_header(values: Iterable[object]) -> set[str]:
    fields = {classify_header(cell_text(v)) for v in values if isinstance(v, str)}
    fields.discard(None)
    return fields  # type: ignore[return-value]


def _is_header(fields: set[str]) -> bool:
    return {"name", "nik"} <= fields and len(fields) >= 3


def read_workbook(path: str | Path) -> RawSheet:
    """Read the sheet that holds the member list (the first whose header row can be found)."""
    import openpyxl  # deferred: only this workflow needs it, and it costs ~0.1 s to import
    from openpyxl.utils.exceptions import InvalidFileException

    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise ValidationError("file", "cannot be read: {reason}", reason=exc.strerror or str(exc)) from None
    raw = RawSheet(str(file), hashlib.sha256(data).hexdigest())
    cached = _last_read.get("sheet")
    if cached is not None and (cached.path, cached.sha256) == (raw.path, raw.sha256):
        return cached  # the same bytes as the preview just read: parsing 20.000 rows again takes seconds
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about unsupported Excel extensions
            # from the bytes just hashed, so the preview and the import read exactly what was checked
            wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        raise ValidationError("file", "is not an Excel .xlsx workbook (save an old .xls file as .xlsx first): "
                              "{reason}", reason=str(exc)) from None
    try:
        sheets = [wb.active, *[ws for ws in wb.worksheets if ws is not wb.active]]
        for ws in sheets:
            if ws is None or not hasattr(ws, "iter_rows"):
                continue
            header = None
            for number, values in enumerate(ws.iter_rows(max_row=HEADER_SCAN_ROWS, values_only=True), start=1):
                if _is_header(_looks_like_header(values)):
                    header = number
                    break
            if header is None:
                continue
            raw.sheet, raw.header_row = ws.title, header
            blank_run = 0
            for number, cells in enumerate(ws.iter_rows(), start=1):
                # the number format matters only for numbers (a member number 1 shown as 0001)
                row = [(c.value, (getattr(c, "number_format", None) or "General")
                        if isinstance(c.value, (int, float)) else "General") for c in cells]
                if all(cell_text(v) == "" for v, _ in row):
                    blank_run += 1
                    if blank_run > BLANK_RUN_LIMIT and number > header:
                        break
                    continue
                blank_run = 0
                raw.rows.append((number, row))
            break
        if raw.header_row is None:
            raw.sheet = wb.active.title if wb.active is not None else ""
    finally:
        wb.close()
    _last_read["sheet"] = raw
    return raw


# The last sheet read, keyed by path and content hash: the import after a preview reuses it.
_last_read: dict[str, RawSheet] = {}


# ---------------------------------------------------------------------------- the books' side


@dataclass
class BooksState:
    """What the preview checks the file against."""

    books_start: date | None
    niks: dict[str, str]  # NIK → member number
    numbers: set[str]
    seqs: dict[int, str]  # seq → member number
    number_format: str
    products: dict[str, SavingsProduct]  # kind → product
    previous_imports: dict[str, str]  # sha256 → detail of the earlier import

    @property
    def member_count(self) -> int:
        return len(self.numbers)

    @property
    def max_seq(self) -> int:
        return max(self.seqs, default=0)


def books_state(session: Session) -> BooksState:
    niks: dict[str, str] = {}
    numbers: set[str] = set()
    seqs: dict[int, str] = {}
    for nik, number, seq in session.execute(select(Member.nik, Member.number, Member.seq)):
        niks[nik] = number
        numbers.add(number)
        seqs[seq] = number
    products: dict[str, SavingsProduct] = {}
    for product in session.scalars(select(SavingsProduct).where(SavingsProduct.active).order_by(SavingsProduct.id)):
        products.setdefault(product.kind, product)
    previous: dict[str, str] = {}
    for at, detail in session.execute(select(AuditLog.at, AuditLog.detail).where(AuditLog.action == "members.import")):
        match = re.search(r"sha256=([0-9a-f]{64})", detail or "")
        if match:
            previous[match.group(1)] = f"{at:%d-%m-%Y %H:%M}: {detail.split('; sha256=')[0]}"
    return BooksState(settings.books_start(session), niks, numbers, seqs,
                      settings.get(session, "member_number_format"), products, previous)


# ---------------------------------------------------------------------------- understanding the sheet


class _RowBuilder:
    """Parses one row's cells into a :class:`ParsedRow`, collecting its problems."""

    def __init__(self, row: int, cells: list[Cell], columns: dict[str, Column]) -> None:
        self.columns = columns
        self.cells = cells
        self.parsed = ParsedRow(row)
        for key in columns:
            self.parsed.cells[key] = cell_text(self.value(key))

    def value(self, key: str) -> object:
        col = self.columns.get(key)
        if col is None or col.index >= len(self.cells):
            return None
        return self.cells[col.index][0]

    def fmt(self, key: str) -> str:
        col = self.columns.get(key)
        if col is None or col.index >= len(self.cells):
            return "General"
        return self.cells[col.index][1]

    def problem(self, key: str, template: str, *, blocking: bool = True, **params: Any) -> None:
        col = self.columns.get(key)
        self.parsed.problems.append(Problem(self.parsed.row, key, col.header if col else "", col.letter if col else "",
                                            template, params, blocking))

    def parse(self, key: str, parser: Any, *args: Any) -> Any:
        try:
            return parser(self.value(key), *args)
        except CellError as exc:
            self.problem(key, exc.template, **exc.params)
            return None


def _find_columns(header: list[Cell], below: list[Cell] | None) -> tuple[dict[str, Column], bool]:
    """Map fields to columns; returns (columns, whether the row below is a second header line)."""
    columns: dict[str, Column] = {}
    for index, (value, _) in enumerate(header):
        key = classify_header(cell_text(value))
        if key and key not in columns:
            columns[key] = Column(key, index, cell_text(value))
    two_line = False
    if below is not None:
        extra: dict[str, Column] = {}
        texts = [(i, cell_text(v)) for i, (v, _) in enumerate(below) if cell_text(v)]
        for index, text in texts:
            key = classify_header(text)
            if key and key not in columns and key not in extra:
                extra[key] = Column(key, index, text)
        if texts and len(extra) == len(texts):  # every filled cell is a label: a second header line
            columns.update(extra)
            two_line = True
    if "birth" in columns:
        columns.pop("birth_place", None)
        columns.pop("birth_date", None)
    return columns, two_line


def _is_total_row(cells: list[Cell], columns: dict[str, Column]) -> bool:
    nik_col = columns.get("nik")
    if nik_col is not None and nik_col.index < len(cells) and cell_text(cells[nik_col.index][0]):
        return False
    return any(isinstance(v, str) and _TOTAL_LABEL.match(cell_text(v)) for v, _ in cells)


def _is_blank_member(cells: list[Cell], columns: dict[str, Column]) -> bool:
    return all(c.index >= len(cells) or not cell_text(cells[c.index][0]) for c in columns.values())


def build_preview(raw: RawSheet, state: BooksState, as_of: date | None = None) -> Preview:
    """Everything the file says and everything wrong with it, checked against the books."""
    preview = Preview(raw.path, raw.sha256, raw.sheet, raw.header_row,
                      current_number_format=state.number_format)
    file_problem = preview.file_problems

    def add_file_problem(template: str, row: int | None = None, col: Column | None = None, *,
                         blocking: bool = True, **params: Any) -> None:
        file_problem.append(Problem(row, col.field if col else "", col.header if col else "",
                                    col.letter if col else "", template, params, blocking))

    if state.books_start is None:
        raise ValidationError("books_start", "is not set; create the books first")
    preview.entry_date = state.books_start
    expected = state.books_start - timedelta(days=1)
    if as_of is not None and as_of != expected:
        raise ValidationError("as_of", "must be {expected}, the day before the books start ({start}): opening "
                              "balances are those at the end of that day", expected=expected.isoformat(),
                              start=state.books_start.isoformat())
    preview.as_of = expected
    if raw.sha256 in state.previous_imports:
        add_file_problem("this file was already imported ({detail})", detail=state.previous_imports[raw.sha256])
    if raw.header_row is None:
        add_file_problem("no header row found: looked for columns named like NAMA, NIK and L/P in the first "
                         "{rows} rows of every sheet", rows=HEADER_SCAN_ROWS)
        return preview

    rows = raw.rows
    header_cells = next(cells for number, cells in rows if number == raw.header_row)
    after = [(n, c) for n, c in rows if n > raw.header_row]
    below = after[0][1] if after and after[0][0] == raw.header_row + 1 else None
    columns, two_line = _find_columns(header_cells, below)
    if two_line:
        after = after[1:]
    preview.columns = columns

    for number, cells in rows:  # the title block: "Keadaan per 31 Desember 2024"
        if number >= raw.header_row:
            break
        for value, _ in cells:
            text = cell_text(value)
            stated = find_date_in_text(text) if _STATED_DATE.search(text) else None
            if stated is not None and preview.stated_as_of is None:
                preview.stated_as_of = stated
                if stated not in (expected, state.books_start):
                    add_file_problem("the title says the balances are at {stated}, but opening balances for books "
                                     "starting {start} must be those at {expected}", number,
                                     stated=stated.strftime("%d-%m-%Y"), start=state.books_start.strftime("%d-%m-%Y"),
                                     expected=expected.strftime("%d-%m-%Y"))

    for key in REQUIRED:
        if key not in columns:
            add_file_problem(_MISSING_COLUMN[key], raw.header_row)
    for product in PRODUCTS:
        if product not in columns:
            add_file_problem("has no column for simpanan {product}; those balances will be 0", raw.header_row,
                             blocking=False, product=product)
    if "gender" not in columns and {"name", "nik", "joined"} <= set(columns):
        add_file_problem("has no column for gender (L/P); it is taken from each NIK", raw.header_row,
                         blocking=False)
    if any(key not in columns for key in REQUIRED):
        return preview

    # members, total rows, and what lies below the last total
    member_cells: list[tuple[int, list[Cell]]] = []
    total_rows: list[tuple[int, list[Cell]]] = []
    for number, cells in after:
        if _is_blank_member(cells, columns):
            continue
        if _is_total_row(cells, columns):
            total_rows.append((number, cells))
            continue
        member_cells.append((number, cells))
    if total_rows:
        last_total, total_cells = total_rows[-1]
        preview.total_row = last_total
        nik_col = columns["nik"]
        for number, cells in [(n, c) for n, c in member_cells if n > last_total]:
            has_nik = nik_col.index < len(cells) and cell_text(cells[nik_col.index][0])
            if has_nik:
                add_file_problem("is below the JUMLAH row (row {total}); move it above the total or delete it",
                                 number, nik_col, total=last_total)
        member_cells = [(n, c) for n, c in member_cells if n < last_total]
        for product in PRODUCTS:
            col = columns.get(product)
            if col is None:
                continue
            value = total_cells[col.index][0] if col.index < len(total_cells) else None
            try:
                preview.file_totals[product] = parse_amount(value) if not cell_text(value).startswith("=") else None
            except CellError:
                preview.file_totals[product] = None
            if preview.file_totals[product] is None:
                add_file_problem("the JUMLAH cell cannot be read ({value}); the total is not checked", last_total,
                                 col, blocking=False, value=cell_text(value))

    parsed = [_parse_row(number, cells, columns, state, preview) for number, cells in member_cells]
    preview.rows = parsed
    if not parsed:
        add_file_problem("has no member rows below the header (row {header})", raw.header_row,
                         header=raw.header_row)
        return preview
    _check_duplicates(parsed, columns, state)
    _assign_sequences(preview, state, add_file_problem)
    preview.totals = {p: sum(r.amount(p) for r in parsed) for p in PRODUCTS}
    for product in PRODUCTS:
        stated_total = preview.file_totals.get(product)
        col = columns.get(product)
        if stated_total is not None and col is not None and stated_total != preview.totals[product]:
            unreadable = [r.row for r in parsed if r.problems_at(product)]
            amounts = {"sum": format_rupiah(preview.totals[product]), "total": format_rupiah(stated_total),
                       "diff": format_rupiah(stated_total - preview.totals[product])}
            if unreadable:
                add_file_problem("the rows add up to {sum} but the JUMLAH row says {total} (difference {diff}); "
                                 "amounts that could not be read are on rows {rows}", preview.total_row, col,
                                 rows=", ".join(map(str, unreadable)), **amounts)
            else:
                add_file_problem("the rows add up to {sum} but the JUMLAH row says {total} (difference {diff})",
                                 preview.total_row, col, **amounts)
    missing = [p for p in PRODUCTS if preview.totals[p] and p not in state.products]
    for product in missing:
        add_file_problem("the books have no active savings product {product}", raw.header_row, columns.get(product),
                         product=product)
    return preview


def _parse_row(number: int, cells: list[Cell], columns: dict[str, Column], state: BooksState,
               preview: Preview) -> ParsedRow:
    b = _RowBuilder(number, cells, columns)
    r = b.parsed
    assert preview.entry_date is not None
    if "number" in columns:
        r.number = b.parse("number", clean_code, b.fmt("number")) or ""
        if not r.number and not b.parsed.problems_at("number"):
            b.problem("number", "is required")
    name = b.parse("name", tidy_name)
    r.name = name or ""
    nik = b.parse("nik", parse_nik)
    if nik is not None:
        r.nik = nik.value
        if nik.from_number and r.nik.endswith("0"):
            b.problem("nik", "was stored as a number, and Excel keeps only 15 digits: check that the last digit "
                      "really is 0 ({nik})", blocking=False, nik=r.nik)
    gender = b.parse("gender", parse_gender) if "gender" in columns else None
    if gender is not None:
        r.gender = gender.value
        if r.nik and nik_gender(r.nik) != gender:
            b.problem("gender", "is {gender}, but the NIK says {nik_gender} (women have 40 added to the day of birth)",
                      blocking=False, gender=gender.value, nik_gender=nik_gender(r.nik).value)
    elif not b.parsed.problems_at("gender") and r.nik:
        r.gender = nik_gender(r.nik).value
        if "gender" in columns:
            b.problem("gender", "is empty; taken from the NIK ({gender})", blocking=False, gender=r.gender)
    elif not b.parsed.problems_at("gender"):
        b.problem("gender", "is required")
    if "birth" in columns:
        place_date = b.parse("birth", split_place_date)
        if place_date is not None:
            r.birth_place, r.birth_date = place_date
    else:
        if "birth_place" in columns:
            r.birth_place = tidy_place(cell_text(b.value("birth_place")))
        if "birth_date" in columns:
            r.birth_date = b.parse("birth_date", parse_date_cell)
    birth_key = "birth" if "birth" in columns else "birth_date"
    if r.birth_date is not None and r.nik:
        day, month, year = int(r.nik[6:8]) % 40 or 40, int(r.nik[8:10]), int(r.nik[10:12])
        if (r.birth_date.day, r.birth_date.month, r.birth_date.year % 100) != (day, month, year):
            b.problem(birth_key, "the birth date {birth} differs from the one in the NIK ({nik_date})", blocking=False,
                      birth=r.birth_date.strftime("%d-%m-%Y"), nik_date=f"{day:02d}-{month:02d}-{year:02d}")
    r.joined = b.parse("joined", parse_date_cell)
    if r.joined is None and not b.parsed.problems_at("joined"):
        b.problem("joined", "is required")
    if r.joined is not None and r.joined > preview.entry_date:
        b.problem("joined", "is after the opening date {date}; register members who joined later as new members",
                  date=preview.entry_date.strftime("%d-%m-%Y"))
    if r.joined is not None and r.birth_date is not None and r.birth_date >= r.joined:
        b.problem(birth_key, "the birth date {birth} is not before the join date {joined}",
                  birth=r.birth_date.strftime("%d-%m-%Y"), joined=r.joined.strftime("%d-%m-%Y"))
    r.address = tidy_text(b.value("address"))
    r.occupation = tidy_text(b.value("occupation"))
    r.phone = b.parse("phone", tidy_phone) or ""
    if r.phone and not all(c.isdigit() or c in "+-() " for c in r.phone):
        b.problem("phone", "may contain only digits, spaces and + - ( ): {value}", value=r.phone)
    for key, limit in MAX_LENGTH.items():
        value = getattr(r, key)
        if len(value) > limit:
            b.problem("birth" if key == "birth_place" and "birth" in columns else key,
                      "is too long (at most {limit} characters)", limit=limit)
    for product in PRODUCTS:
        if product in columns:
            setattr(r, product, b.parse(product, parse_amount) or 0)
    pokok = state.products.get(SavingsKind.POKOK.value)
    if pokok is not None and pokok.fixed_amount and r.pokok > pokok.fixed_amount:
        b.problem("pokok", "is more than the simpanan pokok set in CoopDesk ({fixed})", blocking=False,
                  fixed=format_rupiah(pokok.fixed_amount))
    if not r.blocking and r.number and r.nik and r.joined is not None and r.gender:
        try:  # the very checks a registration makes, so imported members obey the same rules
            _validated(MemberInput(r.name, r.nik, r.gender, r.joined, r.birth_place, r.birth_date, r.address,
                                   r.phone, r.occupation))
        except ValidationError as exc:
            b.problem(exc.field if exc.field in columns else "name", exc.template, **exc.params)
    return r


def _row_problem(r: ParsedRow, columns: dict[str, Column], key: str, template: str, **params: Any) -> None:
    col = columns.get(key)
    r.problems.append(Problem(r.row, key, col.header if col else "", col.letter if col else "", template, params))


def _check_duplicates(rows: list[ParsedRow], columns: dict[str, Column], state: BooksState) -> None:
    for key, in_books in (("nik", state.niks), ("number", None)):
        seen: dict[str, list[ParsedRow]] = {}
        for r in rows:
            value = getattr(r, key)
            if value:
                seen.setdefault(value, []).append(r)
        template = ("the same NIK {value} is also on row {rows}" if key == "nik"
                    else "the same member number {value} is also on row {rows}")
        for value, group in seen.items():
            if len(group) > 1:
                for r in group:
                    others = ", ".join(str(o.row) for o in group if o is not r)
                    _row_problem(r, columns, key, template, value=value, rows=others)
            if key == "nik" and in_books and value in in_books:
                for r in group:
                    _row_problem(r, columns, key, "{value} is already registered to member {member}", value=value,
                                 member=in_books[value])
            if key == "number" and value in state.numbers:
                for r in group:
                    _row_problem(r, columns, key, "{value} is already a member number in the books", value=value)


def _assign_sequences(preview: Preview, state: BooksState, add_file_problem: Any) -> None:
    """Give each row its ``seq`` (and a number when the file has none); propose the number format."""
    rows, columns = preview.rows, preview.columns
    fmt = state.number_format
    if "number" not in columns:
        add_file_problem("has no member-number column; CoopDesk numbers the members as {example}, ...",
                         preview.header_row, blocking=False,
                         example=format_member_number(fmt, state.max_seq + 1, preview.entry_date or date.today()))
        for i, r in enumerate(rows, start=1):
            r.seq = state.max_seq + i
            r.number = format_member_number(fmt, r.seq, r.joined or preview.entry_date or date.today())
        return
    numbered = [r for r in rows if r.number]
    matches = [_NUMBER_PATTERN.match(r.number) for r in numbered]
    prefixes = {m.group(1) for m in matches if m}
    if numbered and all(matches) and len(prefixes) == 1:
        prefix = prefixes.pop().replace("{", "{{").replace("}", "}}")
        digits = [m.group(2) for m in matches if m]
        widths = {len(d) for d in digits}
        padded = len(widths) == 1 and any(d.startswith("0") for d in digits)
        proposed = f"{prefix}{{seq:0{widths.pop()}d}}" if padded else f"{prefix}{{seq:d}}"
        by_seq: dict[int, list[ParsedRow]] = {}
        for r, m in zip(numbered, matches, strict=True):
            assert m is not None
            r.seq = int(m.group(2))
            by_seq.setdefault(r.seq, []).append(r)
        for seq, group in by_seq.items():
            if len({r.number for r in group}) > 1:
                for r in group:
                    others = ", ".join(f"{o.number} (row {o.row})" for o in group if o is not r)
                    _row_problem(r, columns, "number", "{value} counts as the same number as {others}",
                                 value=r.number, others=others)
            if seq in state.seqs and state.seqs[seq] not in {r.number for r in group}:
                for r in group:
                    _row_problem(r, columns, "number", "{value} would take the place of member {member} in the "
                                 "numbering (both are number {seq})", value=r.number, member=state.seqs[seq], seq=seq)
        if state.member_count == 0:
            if proposed != fmt:
                preview.number_format = proposed
        elif proposed != fmt:
            add_file_problem("the numbers look like {proposed} but the books already number members as {current}; "
                             "new members keep the books' format", preview.header_row, columns["number"],
                             blocking=False, proposed=proposed, current=fmt)
    else:
        add_file_problem("the member numbers do not share one pattern; they are kept, and new members are numbered "
                         "as {example}, ...", preview.header_row, columns["number"], blocking=False,
                         example=format_member_number(fmt, state.max_seq + 1, preview.entry_date or date.today()))
        for i, r in enumerate(rows, start=1):
            r.seq = state.max_seq + i
    # the next registration must not hit an imported number
    new_fmt = preview.number_format or fmt
    next_seq = max([state.max_seq, *[r.seq or 0 for r in rows]]) + 1
    next_number = format_member_number(new_fmt, next_seq, preview.entry_date or date.today())
    preview.next_number = next_number
    clash = next((r for r in rows if r.number == next_number), None)
    if clash is not None:
        add_file_problem("the next member number CoopDesk would give ({number}) is already on row {row}; make the "
                         "member numbers consistent", preview.header_row, columns["number"], number=next_number,
                         row=clash.row)


# ---------------------------------------------------------------------------- use cases


def preview_file(ctx: AppContext, path: str | Path, as_of: date | None = None) -> Preview:
    """Read and check the file; changes nothing."""
    raw = read_workbook(path)
    with ctx.reading() as session:
        state = books_state(session)
        return build_preview(raw, state, as_of)


def import_members(ctx: AppContext, path: str | Path, as_of: date | None = None, *,
                   expected_sha256: str | None = None) -> ImportResult:
    """Register the file's members and post their opening balances, all in one transaction.

    Raises :class:`ImportRefused` (nothing changed) when the file has blocking problems.
    """
    raw = read_workbook(path)
    if expected_sha256 is not None and raw.sha256 != expected_sha256:
        raise ValidationError("file", "has changed since it was checked; check it again before importing")
    with ctx.transaction() as session:
        user = ctx.actor(session)
        state = books_state(session)
        preview = build_preview(raw, state, as_of)
        if not preview.can_import:
            raise ImportRefused(preview)
        return _post(ctx, session, user, preview, state)


def _post(ctx: AppContext, session: Session, user: User, preview: Preview, state: BooksState) -> ImportResult:
    now = ctx.now()
    assert preview.entry_date is not None
    name = preview.file_name
    rows = preview.rows
    values = [
        {"number": r.number, "seq": r.seq, "name": r.name, "nik": r.nik, "gender": r.gender,
         "birth_place": r.birth_place, "birth_date": r.birth_date, "address": r.address, "phone": r.phone,
         "occupation": r.occupation, "joined": r.joined, "status": MemberStatus.ACTIVE.value, "status_date": None,
         "exit_reason": "", "created_by": user.id, "created_at": now}
        for r in rows
    ]
    ids = list(session.scalars(insert(Member).returning(Member.id, sort_by_parameter_order=True), values))
    session.execute(insert(AuditLog), [
        {"at": now, "user_id": user.id, "action": "member.register", "object_type": "member",
         "object_key": r.number, "detail": f"{r.name} (imported from {name} row {r.row})"}
        for r in rows
    ])
    change = None
    if preview.number_format is not None:
        old = settings.get(session, "member_number_format")
        format_member_number(preview.number_format, 1, preview.entry_date)
        settings.put(session, "member_number_format", preview.number_format)
        audit.record(session, user, now, "setting.change", "setting", "member_number_format",
                     f"{old!r} -> {preview.number_format!r} (member import from {name})")
        change = (old, preview.number_format)

    lines: list[LineSpec] = []
    movements: list[tuple[int, SavingsProduct, int]] = []
    for r, member_id in zip(rows, ids, strict=True):
        for kind in PRODUCTS:
            amount = r.amount(kind)
            if amount:
                product = state.products[kind]
                lines.append(LineSpec(product.account_code, credit=amount, member_id=member_id,
                                      memo=f"Saldo awal {product.name} {r.number}"))
                movements.append((member_id, product, amount))
    total = sum(line.credit for line in lines)
    voucher = None
    if total:
        entry = ledger.post_entry(
            session, user, journal_type=JournalType.MEMORIAL, day=preview.entry_date,
            memo=f"Saldo awal simpanan anggota (impor dari {name})",
            lines=[LineSpec(OPENING_ACCOUNT, debit=total, memo="Saldo awal simpanan anggota"), *lines],
            source=SOURCE, created_at=now,
        )
        voucher = entry.voucher
        session.execute(insert(SavingsTransaction), [
            {"member_id": member_id, "product_id": product.id, "date": preview.entry_date, "amount": amount,
             "kind": "opening", "entry_id": entry.id}
            for member_id, product, amount in movements
        ])
    audit.record(session, user, now, "members.import", "import", name[:60],
                 f"{len(rows)} members from sheet {preview.sheet} rows {rows[0].row}-{rows[-1].row}, "
                 f"voucher {voucher or '-'}, total {format_rupiah(total)}; sha256={preview.sha256}")
    session.flush()
    return ImportResult(len(rows), rows[0].number, rows[-1].number, voucher, preview.entry_date,
                        dict(preview.totals), change, preview.warnings)
