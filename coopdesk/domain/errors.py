"""Errors the layers above show to a person.

A :class:`ValidationError` names the field it is about and carries an English message
template plus its parameters, so the UI can translate the template (Qt context
``"errors"``) and fill in the same parameters, while the CLI prints it as is.
"""

from __future__ import annotations

from typing import Any


class CoopDeskError(Exception):
    """Base of every error that is the user's to fix rather than our bug."""


class ValidationError(CoopDeskError):
    """Bad input: nothing was changed.  ``field`` names the input at fault."""

    def __init__(self, field: str, template: str, **params: Any) -> None:
        self.field = field
        self.template = template
        self.params = params
        super().__init__(f"{field}: {self.message}")

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class NotFoundError(ValidationError):
    """A number the user typed (member, voucher, account) does not exist."""
