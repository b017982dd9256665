"""User roles.  Enforcement of permissions per role comes later; the model is here now."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    BENDAHARA = "bendahara"  # treasurer
    KASIR = "kasir"  # clerk / teller
    KETUA = "ketua"  # chair: approves loans
    PENGAWAS = "pengawas"  # supervisor: reads everything, changes nothing
