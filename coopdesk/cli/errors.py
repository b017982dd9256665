"""Errors in the command line itself (as opposed to bad values, which are ValidationErrors)."""


class CliError(Exception):
    """A malformed command line: printed as one line, exit code 2."""
