"""The app's look: one style sheet and the table settings every list shares.

Calm colours, enough padding for a long working day, red only for errors.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

STYLE_SHEET = """
QMainWindow, QDialog { background: #f6f7f9; }
QListWidget#nav { background: #1f3a5f; color: #e8eef6; border: none; font-size: 11pt; outline: 0; }
QListWidget#nav::item { padding: 10px 14px; border-left: 4px solid transparent; }
QListWidget#nav::item:selected { background: #2d5286; color: white; border-left: 4px solid #f2b84b; }
QListWidget#nav::item:hover:!selected { background: #284a75; }
QLabel#navTitle { background: #1f3a5f; color: white; font-weight: bold; font-size: 12pt; padding: 14px 14px 4px 14px; }
QLabel#navSubtitle { background: #1f3a5f; color: #aebfd6; padding: 0 14px 12px 14px; }
QLabel#pageTitle { font-size: 15pt; font-weight: bold; color: #1f3a5f; padding-bottom: 2px; }
QLabel#hint { color: #5b6572; }
QLabel#sectionTitle { font-weight: bold; color: #1f3a5f; margin-top: 6px; }
QLabel#bigAmount { font-size: 14pt; font-weight: bold; color: #1f3a5f; }
QLabel#fieldError { color: #b3261e; }
QLabel#amountWords { color: #2d5286; font-style: italic; }
QLabel#banner { background: #fff4d6; border: 1px solid #f2b84b; border-radius: 4px; padding: 8px; }
QLabel#okBanner { background: #e3f4e8; border: 1px solid #6fbf86; border-radius: 4px; padding: 8px; color: #14532d; }
QLabel#badBanner { background: #fde8e6; border: 1px solid #e08a83; border-radius: 4px; padding: 8px; color: #8c1d18; }
QFrame#card { background: white; border: 1px solid #dde2e8; border-radius: 6px; }
QLabel#cardTitle { color: #5b6572; }
QLabel#cardValue { font-size: 14pt; font-weight: bold; color: #1f3a5f; }
QLabel#badge { background: #e3f4e8; color: #14532d; border-radius: 8px; padding: 2px 10px; }
QLabel#badgeOff { background: #eceff3; color: #5b6572; border-radius: 8px; padding: 2px 10px; }
QLineEdit#amountEdit { font-size: 13pt; padding: 4px; }
*[invalid="true"] { border: 1px solid #b3261e; }
QTableView { background: white; alternate-background-color: #f3f6fa; gridline-color: #e3e7ec;
             selection-background-color: #cfe0f5; selection-color: black; }
QHeaderView::section { background: #eef1f5; padding: 4px 6px; border: none; border-bottom: 1px solid #d5dbe3;
                       font-weight: bold; }
QPushButton { padding: 5px 14px; }
QPushButton#primary { background: #2d5286; color: white; border: 1px solid #1f3a5f; border-radius: 3px; }
QPushButton#primary:disabled { background: #9fb3cc; }
QPushButton#primary:hover { background: #244673; }
QGroupBox { font-weight: bold; border: 1px solid #dde2e8; border-radius: 6px; margin-top: 10px; padding-top: 6px;
            background: white; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; color: #1f3a5f; }
"""


def setup_table(view: QTableView, model: QAbstractItemModel, *, stretch: int | None = None) -> QTableView:
    """Row selection, no in-place editing, compact rows; ``stretch`` is the column that
    takes the spare width (usually the name or description)."""
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    view.setTabKeyNavigation(False)  # Tab leaves the table, as a keyboard user expects
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def fit_columns(view: QTableView, widths: dict[int, int]) -> None:
    for column, width in widths.items():
        view.setColumnWidth(column, width)


def set_primary(button: QWidget) -> None:
    button.setObjectName("primary")
