"""Members of the cooperative."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coopdesk.db.base import Base


class Member(Base):
    __tablename__ = "members"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    seq: Mapped[int] = mapped_column(unique=True)
    name: Mapped[str] = mapped_column(String(120), index=True)
    nik: Mapped[str] = mapped_column(String(16), unique=True)
    gender: Mapped[str] = mapped_column(String(1))
    birth_place: Mapped[str] = mapped_column(String(80), default="")
    birth_date: Mapped[date | None]
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    occupation: Mapped[str] = mapped_column(String(80), default="")
    joined: Mapped[date]
    status: Mapped[str] = mapped_column(String(16), default="aktif", index=True)
    status_date: Mapped[date | None]
    exit_reason: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime]
