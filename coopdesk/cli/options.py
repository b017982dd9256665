"""Options every command shares (--db, --user, --lang).

Kept apart from the command modules so that starting the desktop app, which only needs
these, does not import the whole CLI (that cost a second of start-up).
"""

from __future__ import annotations

import argparse


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=None, help="SQLite file or SQLAlchemy URL (default: COOPDESK_DB or "
                                                   "the file in your data folder)")
    parser.add_argument("--user", default=None, help="act as this user (default: the administrator)")
    parser.add_argument("--lang", default=None, choices=["id", "en"], help="language of the app")


def parse_globals(args: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(add_help=False)
    add_global_options(parser)
    try:
        return parser.parse_known_args(args)
    except SystemExit:
        return argparse.Namespace(db=None, user=None, lang=None), args
