"""The bukti potong: the slip a member gets for the final PPh withheld from the interest on
simpanan sukarela (DOMAIN.md §3), one per member and month, issued even when the tariff is 0%.

Read back from what month end stored (``interest_postings``: basis, gross and tax per member)
rather than recomputed, so the slip always matches the interest entry that was posted.
:func:`render_withholding_slips_pdf` prints one A5-landscape page per member.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table
from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.db.models import InterestPosting, JournalEntry, Member, MonthEndRun, User
from coopdesk.domain.calendar import Month
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.money import format_rupiah
from coopdesk.domain.savings import TAX_FREE_LIMIT, TAX_RATE
from coopdesk.reports import pdf_style as ps
from coopdesk.reports.receipt import MARGIN, PAGE_SIZE, heading
from coopdesk.services.members import by_number

_MONTHS = {
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}


@dataclass(frozen=True)
class WithholdingSlip:
    coop: ps.CoopInfo
    period: str  # "YYYY-MM", the masa pajak
    voucher: str  # the month end's interest entry, where the tax was booked (2140)
    date: date  # last day of the month: when the interest was credited and the tax withheld
    member_number: str
    member_name: str
    nik: str
    basis: int  # the lowest balance of the month the interest was paid on
    gross: int
    tax: int
    posted_by: str
    printed_at: datetime

    @property
    def rate_percent(self) -> int:
        """The tariff the rule gives for this month's gross: 0 up to the limit, else 10."""
        return int(TAX_RATE * 100) if self.gross > TAX_FREE_LIMIT else 0

    @property
    def net(self) -> int:
        """Interest credited to the member's simpanan sukarela."""
        return self.gross - self.tax


def withholding_slips(session: Session, period: str, member_number: str | None = None, *,
                      printed_at: datetime | None = None) -> list[WithholdingSlip]:
    """One slip per member with an interest posting in ``period`` (or only ``member_number``'s).

    Refused (ValidationError on "month") when month end has not been run for that month, and
    when nobody (or not that member) earned interest in it; an unknown member is NotFoundError.
    """
    month = Month.parse(period)
    member = by_number(session, member_number) if member_number is not None else None
    run = session.scalar(select(MonthEndRun).where(MonthEndRun.period == str(month)))
    if run is None:
        raise ValidationError("month", "month end {month} has not been run; there is no withholding slip yet",
                              month=str(month))
    query = (select(InterestPosting, Member).join(Member, InterestPosting.member_id == Member.id)
             .where(InterestPosting.run_id == run.id).order_by(Member.seq))
    if member is not None:
        query = query.where(Member.id == member.id)
    rows = session.execute(query).all()
    if not rows:
        if member is not None:
            raise ValidationError("member", "{number} earned no interest in {month}; there is no withholding slip",
                                  number=member.number, month=str(month))
        raise ValidationError("month", "no member earned interest in {month}; there is no withholding slip",
                              month=str(month))
    entry = session.get(JournalEntry, run.interest_entry_id) if run.interest_entry_id is not None else None
    user = session.get(User, run.user_id)
    coop = ps.coop_info(session)
    moment = printed_at or datetime.now()
    return [
        WithholdingSlip(
            coop=coop, period=str(month), voucher=entry.voucher if entry is not None else "-", date=month.last_day,
            member_number=m.number, member_name=m.name, nik=m.nik, basis=int(p.basis), gross=int(p.gross),
            tax=int(p.tax), posted_by=user.name if user is not None else "", printed_at=moment,
        )
        for p, m in rows
    ]


_LABELS: dict[str, dict[str, str]] = {
    "id": {
        "title": "BUKTI PEMOTONGAN PPh FINAL ATAS BUNGA SIMPANAN",
        "period": "Masa Pajak", "member_number": "No. Anggota", "member_name": "Nama Anggota", "nik": "NIK",
        "product": "Jenis Simpanan", "product_name": "Simpanan Sukarela",
        "basis": "Dasar: saldo terendah sebulan", "gross": "Bunga bruto", "rate": "Tarif PPh final",
        "tax": "PPh final dipotong", "net": "Bunga neto dikreditkan",
        "rule": "Ketentuan: 0% bila bunga sebulan ≤ {limit}; 10% dari seluruh bunga bila lebih.",
        "cutter": "Pemotong,", "treasurer": "Bendahara", "received": "Yang menerima,", "member": "Anggota",
        "printed": "Dicetak {when} · tutup bulan oleh {user} · CoopDesk",
    },
    "en": {
        "title": "FINAL INCOME TAX WITHHOLDING SLIP ON SAVINGS INTEREST",
        "period": "Tax period", "member_number": "Member no.", "member_name": "Member name", "nik": "NIK",
        "product": "Savings product", "product_name": "Voluntary savings (sukarela)",
        "basis": "Basis: lowest balance", "gross": "Gross interest", "rate": "Final tax rate",
        "tax": "Final tax withheld", "net": "Net interest credited",
        "rule": "Rule: 0% when the month's interest is at most {limit}; otherwise 10% of all of it.",
        "cutter": "Withheld by,", "treasurer": "Treasurer", "received": "Received by,", "member": "Member",
        "printed": "Printed {when} · month end by {user} · CoopDesk",
    },
}


def masa_pajak(period: str, lang: str = "id") -> str:
    """``"2025-02"`` → ``"Februari 2025"``."""
    month = Month.parse(period)
    return f"{_MONTHS[lang][month.month - 1]} {month.year}"


def render_withholding_slips_pdf(slips: list[WithholdingSlip], path: Path, lang: str = "id") -> Path:
    """Write the slips, one A5-landscape page each, as one PDF and return its path."""
    ps.check_lang(lang)
    path = ps.ensure_parent(Path(path))
    if not slips:
        raise ValueError("no withholding slips to print")  # withholding_slips() never returns none
    L = _LABELS[lang]
    first = slips[0]
    note = L["printed"].format(when=ps.format_datetime(first.printed_at, lang), user=first.posted_by or "-")
    subject = first.member_number if len(slips) == 1 else f"{len(slips)}"
    doc = ps.document(
        path, PAGE_SIZE, margins=(MARGIN, MARGIN, 9 * mm, MARGIN), on_page=ps.footer(note, lang=lang),
        title=f"{L['title']} {masa_pajak(first.period, lang)}", author=first.coop.name,
        subject=f"{subject} {masa_pajak(first.period, lang)}",
    )
    story: list[Any] = []
    for i, slip in enumerate(slips):
        if i:
            story.append(PageBreak())
        story += _page(slip, lang, doc.width)
    doc.build(story)
    return path


def _page(slip: WithholdingSlip, lang: str, width: float) -> list[Any]:
    L = _LABELS[lang]
    story: list[Any] = heading(slip.coop, L["title"], slip.voucher, slip.date, lang, width)
    gap = 7 * mm
    left_w = width * 0.47
    right_w = width - left_w - gap
    label_w = 27 * mm
    left: list[tuple[str, object]] = [
        (L["period"], Paragraph(f"<b>{ps.text(masa_pajak(slip.period, lang))}</b>", ps.style("p", 9.5))),
        (L["member_number"], slip.member_number),
        (L["member_name"], Paragraph(f"<b>{ps.text(slip.member_name)}</b>", ps.style("n", 9.5))),
        (L["nik"], slip.nik),
        (L["product"], L["product_name"]),
    ]
    body = Table([[ps.label_table(left, (label_w, left_w - label_w), size=9.5, padding=1.9), "",
                   _calculation(slip, lang, right_w)]], colWidths=[left_w, gap, right_w])
    body.setStyle(ps.table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    rule = Table([[Paragraph(ps.text(L["rule"].format(limit=format_rupiah(TAX_FREE_LIMIT))),
                             ps.style("rule", 8.5, color=ps.MUTED))]], colWidths=[width])
    rule.setStyle(ps.table_style([("BACKGROUND", (0, 0), (-1, -1), ps.SHADE),
                                  ("BOX", (0, 0), (-1, -1), 0.4, ps.MUTED),
                                  ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    signers = [ps.Signer(L["member"], slip.member_name, above=L["received"]),
               ps.Signer(L["treasurer"], above=L["cutter"])]
    story += [body, Spacer(1, 8), rule, Spacer(1, 8),
              Paragraph(ps.format_date(slip.date, lang), ps.style("place", 9, align=TA_RIGHT)), Spacer(1, 4),
              ps.signature_block(signers, width, space=40, size=8.5)]
    return story


def _calculation(slip: WithholdingSlip, lang: str, width: float) -> Table:
    """Basis → gross → tariff → tax → net, in the order the treasurer worked it out."""
    L = _LABELS[lang]
    size = 9.5
    plain = ps.style("calc", size)
    muted = ps.style("calc-muted", size - 0.5, color=ps.MUTED)
    net = format_rupiah(slip.net)
    rows: list[list[Any]] = [
        [Paragraph(ps.text(L["basis"]), muted), ps.right(format_rupiah(slip.basis), size - 0.5)],
        [Paragraph(ps.text(L["gross"]), plain), ps.right(format_rupiah(slip.gross), size)],
        [Paragraph(ps.text(L["rate"]), plain), ps.right(f"{slip.rate_percent}%", size)],
        [Paragraph(f"<b>{ps.text(L['tax'])}</b>", plain), ps.right(format_rupiah(slip.tax), size + 1, bold=True)],
        [Paragraph(f"<b>{ps.text(L['net'])}</b>", ps.style("net", 10)),
         ps.right(net, ps.fitting_size(net, width * 0.38 - 2, 12.5, 9), bold=True)],
    ]
    table = Table(rows, colWidths=[width * 0.62, width * 0.38])
    table.setStyle(ps.table_style([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
        ("LINEBELOW", (0, 0), (-1, 0), 0.4, ps.MUTED),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, ps.RULE), ("TOPPADDING", (0, -1), (-1, -1), 4),
    ]))
    return table
