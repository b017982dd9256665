"""Bukti pencairan pinjaman: the slip the borrower signs when the loan is paid out.

Every figure is read back from the disbursement's journal entry (Dr 1141 principal; Cr Kas
cash paid, Cr 4120 provisi, Cr 4130 administrasi, Cr savings the amount withheld), so the
slip shows exactly what was posted.  Half an A4 sheet, like the teller's receipts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.db.models import (
    JournalEntry,
    LoanInstallment,
    LoanProduct,
    Member,
    SavingsProduct,
    SavingsTransaction,
    User,
)
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.money import format_rupiah
from coopdesk.domain.terbilang import terbilang
from coopdesk.domain.users import Role
from coopdesk.reports import pdf_style as ps
from coopdesk.reports.loan_card import rate_in_words, term_in_words
from coopdesk.reports.receipt import MARGIN, PAGE_SIZE, cancel_stamp, heading, words_box
from coopdesk.services.ledger import reversal_for
from coopdesk.services.loans import ADMIN_ACCOUNT, LOAN_ACCOUNT, PROVISI_ACCOUNT, by_number, user_name


@dataclass(frozen=True)
class DisbursementSlip:
    coop: ps.CoopInfo
    voucher: str
    date: date
    loan_number: str
    member_number: str
    member_name: str
    product_name: str
    term: int
    rate: Decimal
    rate_per: str
    method: str
    principal: int  # debit on 1141
    provisi: int  # credit on 4120
    admin_fee: int  # credit on 4130
    withheld: int  # credited to the member's savings
    withheld_product: str  # name of that savings product ("" when nothing was withheld)
    first_due: date | None
    first_installment: int
    posted_by: str
    approved_by: str  # the approver's name when that user is the ketua, else "" (signed by hand)
    printed_at: datetime
    reversed_by: str | None = None
    reversed_on: date | None = None
    reversal_reason: str | None = None

    @property
    def cash_paid(self) -> int:
        return self.principal - self.provisi - self.admin_fee - self.withheld

    @property
    def cash_words(self) -> str:
        return terbilang(self.cash_paid)


def disbursement_slip(session: Session, number: str, *, printed_at: datetime | None = None) -> DisbursementSlip:
    """The slip of a disbursed loan.  Refused (ValidationError) before disbursement."""
    loan = by_number(session, number)
    if loan.disbursement_entry_id is None:
        raise ValidationError("loan", "{number} has not been disbursed; there is no disbursement slip yet",
                              number=loan.number)
    entry = session.get(JournalEntry, loan.disbursement_entry_id)
    member = session.get(Member, loan.member_id)
    product = session.get(LoanProduct, loan.product_id)
    assert entry is not None and member is not None and product is not None
    by_account: dict[str, tuple[int, int]] = {}
    for line in entry.lines:
        debit, credit = by_account.get(line.account.code, (0, 0))
        by_account[line.account.code] = (debit + line.debit, credit + line.credit)
    withheld_rows = session.execute(
        select(SavingsProduct.name, func.sum(SavingsTransaction.amount))
        .join(SavingsProduct, SavingsTransaction.product_id == SavingsProduct.id)
        .where(SavingsTransaction.entry_id == entry.id, SavingsTransaction.amount > 0)
        .group_by(SavingsProduct.id, SavingsProduct.name)
    ).all()
    first = session.scalar(select(LoanInstallment).where(LoanInstallment.loan_id == loan.id)
                           .order_by(LoanInstallment.no).limit(1))
    approver = session.get(User, loan.approved_by) if loan.approved_by is not None else None
    reversal = reversal_for(session, entry.id)
    return DisbursementSlip(
        coop=ps.coop_info(session), voucher=entry.voucher, date=entry.date, loan_number=loan.number,
        member_number=member.number, member_name=member.name, product_name=product.name, term=loan.term,
        rate=loan.rate, rate_per=loan.rate_per, method=loan.method,
        principal=by_account.get(LOAN_ACCOUNT, (0, 0))[0], provisi=by_account.get(PROVISI_ACCOUNT, (0, 0))[1],
        admin_fee=by_account.get(ADMIN_ACCOUNT, (0, 0))[1], withheld=sum(int(a) for _, a in withheld_rows),
        withheld_product=", ".join(name for name, _ in withheld_rows),
        first_due=first.due_date if first else None,
        first_installment=first.principal + first.interest if first else 0,
        posted_by=user_name(session, entry.user_id),
        approved_by=approver.name if approver is not None and approver.role == Role.KETUA.value else "",
        printed_at=printed_at or datetime.now(),
        reversed_by=reversal.voucher if reversal else None, reversed_on=reversal.date if reversal else None,
        reversal_reason=reversal.reason if reversal else None,
    )


_LABELS: dict[str, dict[str, str]] = {
    "id": {
        "title": "BUKTI PENCAIRAN PINJAMAN", "member_number": "No. Anggota", "member_name": "Nama Anggota",
        "loan_number": "No. Pinjaman", "product": "Jenis Pinjaman", "term": "Jangka waktu", "rate": "Bunga",
        "first": "Angsuran pertama", "first_due": "Jatuh tempo ke-1",
        "principal": "Pokok pinjaman", "less": "Dikurangi:", "provisi": "Provisi", "admin": "Administrasi",
        "withheld": "Ditahan ke {product}", "cash": "Diterima tunai", "words": "Terbilang",
        "borrower": "Peminjam", "cashier": "Kasir", "chair": "Ketua",
        "received": "Yang menerima,", "paid": "Yang membayarkan,", "approved": "Mengetahui,",
        "printed": "Dicetak {when} · dibukukan oleh {user} · CoopDesk",
    },
    "en": {
        "title": "LOAN DISBURSEMENT SLIP", "member_number": "Member no.", "member_name": "Member name",
        "loan_number": "Loan no.", "product": "Loan product", "term": "Term", "rate": "Interest",
        "first": "First installment", "first_due": "First due date",
        "principal": "Loan principal", "less": "Less:", "provisi": "Provision fee", "admin": "Administration fee",
        "withheld": "Withheld to {product}", "cash": "Paid in cash", "words": "In words",
        "borrower": "Borrower", "cashier": "Cashier", "chair": "Chair",
        "received": "Received by,", "paid": "Paid by,", "approved": "Acknowledged,",
        "printed": "Printed {when} · posted by {user} · CoopDesk",
    },
}


def render_disbursement_slip_pdf(slip: DisbursementSlip, path: Path, lang: str = "id") -> Path:
    """Write the slip as a one-page A5-landscape PDF and return its path."""
    ps.check_lang(lang)
    path = ps.ensure_parent(Path(path))
    L = _LABELS[lang]
    note = L["printed"].format(when=ps.format_datetime(slip.printed_at, lang), user=slip.posted_by or "-")
    doc = ps.document(
        path, PAGE_SIZE, margins=(MARGIN, MARGIN, 9 * mm, MARGIN), on_page=ps.footer(note, lang=lang),
        title=f"{L['title']} {slip.loan_number}", author=slip.coop.name,
        subject=f"{slip.member_number} {slip.member_name}",
    )
    width = doc.width
    story: list[Any] = heading(slip.coop, L["title"], slip.voucher, slip.date, lang, width)
    gap = 7 * mm
    left_w = width * 0.51
    right_w = width - left_w - gap
    label_w = 33.5 * mm
    left: list[tuple[str, object]] = [
        (L["member_number"], slip.member_number),
        (L["member_name"], Paragraph(f"<b>{ps.text(slip.member_name)}</b>", ps.style("n", 9.5))),
        (L["loan_number"], Paragraph(f"<b>{ps.text(slip.loan_number)}</b>", ps.style("l", 9.5))),
        (L["product"], slip.product_name),
        (L["term"], term_in_words(slip.term, lang)),
        (L["rate"], rate_in_words(slip.rate, slip.rate_per, slip.method, lang)),
    ]
    if slip.first_due is not None:
        left += [(L["first"], format_rupiah(slip.first_installment)),
                 (L["first_due"], ps.format_date(slip.first_due, lang))]
    body = Table([[ps.label_table(left, (label_w, left_w - label_w), size=9.5, padding=1.9), "",
                   _calculation(slip, lang, right_w)]], colWidths=[left_w, gap, right_w])
    body.setStyle(ps.table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    story.append(body)
    words_label = 24 * mm
    words = Table([[Paragraph(L["words"], ps.style("wl", 9.5, color=ps.MUTED)), Paragraph(":", ps.style("c", 9.5)),
                    words_box(slip.cash_words, width - words_label - 8, size=9.5)]],
                  colWidths=[words_label, 8, width - words_label - 8])
    words.setStyle(ps.table_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story += [Spacer(1, 5), words]
    if slip.reversed_by:
        assert slip.reversed_on is not None
        story += [Spacer(1, 4), cancel_stamp(slip.reversed_by, slip.reversed_on, slip.reversal_reason, lang, width)]
    story.append(Spacer(1, 7))
    signers = [ps.Signer(L["borrower"], slip.member_name, above=L["received"]),
               ps.Signer(L["cashier"], slip.posted_by, above=L["paid"]),
               ps.Signer(L["chair"], slip.approved_by, above=L["approved"])]
    story.append(ps.signature_block(signers, width, space=30 if slip.reversed_by else 40, size=8.5))
    doc.build(story)
    return path


def _calculation(slip: DisbursementSlip, lang: str, width: float) -> Table:
    """Principal, the deductions, and the cash paid, like a kasir's working on paper."""
    L = _LABELS[lang]
    size = 9.5
    plain = ps.style("calc", size)
    indent = ps.style("calc-indent", size, leading=size * 1.2)
    indent.leftIndent = 8
    rows: list[list[Any]] = [
        [Paragraph(L["principal"], plain), ps.right(format_rupiah(slip.principal), size)],
        [Paragraph(L["less"], ps.style("less", size - 0.5, color=ps.MUTED)), ""],
        [Paragraph(L["provisi"], indent), ps.right(format_rupiah(-slip.provisi), size)],
        [Paragraph(L["admin"], indent), ps.right(format_rupiah(-slip.admin_fee), size)],
    ]
    if slip.withheld:
        rows.append([Paragraph(ps.text(L["withheld"].format(product=slip.withheld_product)), indent),
                     ps.right(format_rupiah(-slip.withheld), size)])
    cash = format_rupiah(slip.cash_paid)
    rows.append([Paragraph(f"<b>{ps.text(L['cash'])}</b>", ps.style("cash", 10.5)),
                 ps.right(cash, ps.fitting_size(cash, width * 0.42 - 2, 13, 9), bold=True)])
    table = Table(rows, colWidths=[width * 0.58, width * 0.42])
    table.setStyle(ps.table_style([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, ps.RULE), ("TOPPADDING", (0, -1), (-1, -1), 4),
    ]))
    return table
