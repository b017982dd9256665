"""The receipt a teller hands the member: bukti setoran, bukti penarikan, bukti pengembalian.

:func:`receipt_for_voucher` reads everything a receipt shows from the posted journal entry
and its savings rows, so a reprint months later shows exactly what was booked (and, if the
entry was reversed since, says so).  :func:`render_receipt_pdf` lays it out on half an A4
sheet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Literal

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A5, landscape
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, Paragraph, Spacer, Table
from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from coopdesk.db.models import JournalEntry, Member, SavingsProduct, SavingsTransaction, User
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.money import format_rupiah
from coopdesk.domain.terbilang import terbilang
from coopdesk.reports import pdf_style as ps
from coopdesk.services.ledger import entry_by_voucher, reversal_for

ReceiptKind = Literal["setoran", "penarikan", "pengembalian"]

# Which postings get a receipt, by the source the posting service wrote on the entry.
# Interest, opening balances and manual journals are not cash handed over a counter.
_KIND_BY_SOURCE: dict[str, ReceiptKind] = {
    "savings.deposit": "setoran",
    "savings.withdrawal": "penarikan",
    "member.exit": "pengembalian",
}

_TITLES: dict[str, dict[str, str]] = {
    "id": {"setoran": "BUKTI SETORAN", "penarikan": "BUKTI PENARIKAN", "pengembalian": "BUKTI PENGEMBALIAN SIMPANAN"},
    "en": {"setoran": "DEPOSIT RECEIPT", "penarikan": "WITHDRAWAL RECEIPT", "pengembalian": "SAVINGS REFUND RECEIPT"},
}

_LABELS: dict[str, dict[str, str]] = {
    "id": {
        "voucher": "No. Bukti", "date": "Tanggal", "member_number": "No. Anggota", "member_name": "Nama Anggota",
        "product": "Jenis Simpanan", "amount": "Jumlah", "words": "Terbilang", "balance": "Saldo setelah transaksi",
        "balance_total": "Saldo setelah transaksi", "item_product": "Jenis Simpanan",
        "item_amount": "Jumlah", "item_balance": "Saldo setelahnya", "total": "Jumlah",
        "depositor": "Penyetor", "receiver": "Penerima", "receiver_exit": "Penerima (Anggota / Ahli Waris)",
        "teller": "Petugas / Kasir", "reversed": "DIBATALKAN dengan {voucher} tanggal {date}",
        "reason": "Alasan", "printed": "Dicetak {when} · dibukukan oleh {user} · CoopDesk",
        "exit_note": "Pengembalian seluruh simpanan karena keanggotaan berakhir.",
    },
    "en": {
        "voucher": "Voucher no.", "date": "Date", "member_number": "Member no.", "member_name": "Member name",
        "product": "Savings product", "amount": "Amount", "words": "In words", "balance": "Balance after",
        "balance_total": "Savings balance after", "item_product": "Savings product",
        "item_amount": "Amount", "item_balance": "Balance after", "total": "Total",
        "depositor": "Depositor", "receiver": "Received by", "receiver_exit": "Received by (member / heir)",
        "teller": "Teller", "reversed": "CANCELLED by {voucher} on {date}",
        "reason": "Reason", "printed": "Printed {when} · posted by {user} · CoopDesk",
        "exit_note": "All savings paid back because the membership ended.",
    },
}


@dataclass(frozen=True)
class ReceiptItem:
    """One savings product the movement touched (an exit pays back several at once)."""

    product_name: str
    amount: int  # always positive: the money that changed hands for this product
    balance_after: int


@dataclass(frozen=True)
class Receipt:
    coop_name: str
    coop_address: str
    coop_phone: str
    kind: ReceiptKind
    voucher: str
    date: date
    member_number: str
    member_name: str
    product_name: str  # one product, or the products of an exit joined with commas
    amount: int  # whole Rupiah, positive
    amount_words: str  # terbilang(amount)
    balance_after: int  # of that product (of all the products listed, for an exit)
    posted_by: str
    printed_at: datetime
    items: tuple[ReceiptItem, ...] = ()
    coop_legal_number: str = ""
    reversed_by: str | None = None  # voucher of the reversing entry, if the movement was cancelled
    reversed_on: date | None = None
    reversal_reason: str | None = None

    @property
    def coop(self) -> ps.CoopInfo:
        return ps.CoopInfo(self.coop_name, self.coop_address, self.coop_phone, self.coop_legal_number)


def _balance_after(session: Session, tx: SavingsTransaction) -> int:
    """Running balance of that member's product right after ``tx``, in the order the member
    page lists movements (date, then posting order), so receipt and page agree."""
    return int(session.scalar(
        select(func.coalesce(func.sum(SavingsTransaction.amount), 0)).where(
            SavingsTransaction.member_id == tx.member_id,
            SavingsTransaction.product_id == tx.product_id,
            or_(SavingsTransaction.date < tx.date,
                and_(SavingsTransaction.date == tx.date, SavingsTransaction.id <= tx.id)),
        )
    ) or 0)


def receipt_for_voucher(session: Session, voucher: str, *, printed_at: datetime | None = None) -> Receipt:
    """The receipt of a member's deposit, withdrawal or exit payment, read from the books.

    Raises NotFoundError for an unknown voucher and ValidationError for an entry that is not
    a member's savings movement (interest run, manual journal, a reversal).
    """
    entry: JournalEntry = entry_by_voucher(session, voucher)
    kind = _KIND_BY_SOURCE.get(entry.source)
    if kind is None:
        raise ValidationError("voucher", "{voucher} is not a member's deposit, withdrawal or savings refund",
                              voucher=entry.voucher)
    rows = list(session.scalars(
        select(SavingsTransaction).where(SavingsTransaction.entry_id == entry.id).order_by(SavingsTransaction.id)
    ))
    if not rows:
        raise ValidationError("voucher", "{voucher} has no savings movement", voucher=entry.voucher)
    member = session.get(Member, rows[0].member_id)
    assert member is not None  # foreign key
    items = []
    for tx in rows:
        product = session.get(SavingsProduct, tx.product_id)
        assert product is not None
        items.append(ReceiptItem(product.name, abs(tx.amount), _balance_after(session, tx)))
    amount = sum(i.amount for i in items)
    user = session.get(User, entry.user_id)
    reversal = reversal_for(session, entry.id)
    coop = ps.coop_info(session)
    return Receipt(
        coop_name=coop.name, coop_address=coop.address, coop_phone=coop.phone, coop_legal_number=coop.legal_number,
        kind=kind, voucher=entry.voucher, date=entry.date, member_number=member.number, member_name=member.name,
        product_name=", ".join(i.product_name for i in items), amount=amount, amount_words=terbilang(amount),
        balance_after=sum(i.balance_after for i in items), posted_by=user.name if user else "",
        printed_at=printed_at or datetime.now(), items=tuple(items),
        reversed_by=reversal.voucher if reversal else None, reversed_on=reversal.date if reversal else None,
        reversal_reason=reversal.reason if reversal else None,
    )


# Half an A4 sheet, landscape (A5, 210 × 148 mm).  Tellers print on the A4 paper every office
# printer holds, and A5 landscape is exactly as wide as A4 portrait: it prints at full size on
# the top half of the sheet, which is torn or cut off for the member (two receipts per sheet
# when needed).  It is also the size of the pre-printed kuitansi books and of half a
# continuous-form sheet, so a clerk recognises the format.
PAGE_SIZE = landscape(A5)
MARGIN = 11 * mm


def render_receipt_pdf(receipt: Receipt, path: Path, lang: str = "id") -> Path:
    """Write the receipt as a one-page A5-landscape PDF and return its path."""
    ps.check_lang(lang)
    path = ps.ensure_parent(Path(path))
    L = _LABELS[lang]
    title = _TITLES[lang][receipt.kind]
    note = L["printed"].format(when=ps.format_datetime(receipt.printed_at, lang), user=receipt.posted_by or "-")
    doc = ps.document(
        path, PAGE_SIZE, margins=(MARGIN, MARGIN, 9 * mm, MARGIN), on_page=ps.footer(note, lang=lang),
        title=f"{title} {receipt.voucher}", author=receipt.coop_name,
        subject=f"{receipt.member_number} {receipt.member_name}",
    )
    width = doc.width
    story: list = []

    # Letterhead on the left, the title and voucher number on the right: the two things the
    # member and the auditor look for first.
    left_w, right_w = width * 0.56, width * 0.44
    title_size = ps.fitting_size(title, right_w, 14, 11)
    heading = [
        Paragraph(ps.text(title), ps.style("title", title_size, bold=True, align=TA_RIGHT)),
        Paragraph(f"{L['voucher']}: <b>{ps.text(receipt.voucher)}</b>", ps.style("v", 9, align=TA_RIGHT)),
        Paragraph(f"{L['date']}: {ps.format_date(receipt.date, lang)}", ps.style("d", 9, align=TA_RIGHT)),
    ]
    head = Table([[ps.letterhead_lines(receipt.coop, lang, name_size=12.5, width=left_w - 6), heading]],
                 colWidths=[left_w, right_w])
    head.setStyle(ps.table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (0, 0), 6)]))
    story += [head, Spacer(1, 3), HRFlowable(width="100%", thickness=1.2, color=ps.RULE, spaceAfter=6)]

    widths = (44 * mm, width - 44 * mm)
    amount_para = Paragraph(f"<b>{format_rupiah(receipt.amount)}</b>", ps.style("amount", 14.5, leading=17))
    words = Paragraph(ps.text(receipt.amount_words), ps.style("words", 10))
    words_box = Table([[words]], colWidths=[ps.value_width(widths)])
    words_box.setStyle(ps.table_style([("BACKGROUND", (0, 0), (-1, -1), ps.SHADE),
                                   ("BOX", (0, 0), (-1, -1), 0.4, ps.MUTED),
                                   ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    several = len(receipt.items) > 1
    rows: list[tuple[str, object]] = [
        (L["member_number"], receipt.member_number),
        (L["member_name"], Paragraph(f"<b>{ps.text(receipt.member_name)}</b>", ps.style("name", 10))),
        (L["product"], _items_table(receipt, lang, ps.value_width(widths)) if several else receipt.product_name),
        (L["amount"], amount_para),
        (L["words"], words_box),
        (L["balance_total"] if several else L["balance"], format_rupiah(receipt.balance_after)),
    ]
    story.append(ps.label_table(rows, widths, size=10, padding=3.2, middle=(3, 4)))
    if receipt.kind == "pengembalian":
        story.append(Paragraph(ps.text(L["exit_note"]), ps.style("note", 8, color=ps.MUTED, space_before=3)))

    if receipt.reversed_by:
        story += [Spacer(1, 5), _reversal_stamp(receipt, lang, width)]

    story.append(Spacer(1, 10))
    if receipt.kind == "setoran":
        payer = ps.Signer(L["depositor"])  # often a relative or the payroll clerk, so left blank
    elif receipt.kind == "penarikan":
        payer = ps.Signer(L["receiver"], receipt.member_name)
    else:
        payer = ps.Signer(L["receiver_exit"])  # after a death the heir signs
    # The reversal stamp and the item table of an exit take room; the signature space gives
    # way so the receipt always stays on one page.
    space = 28 if several and receipt.reversed_by else 48
    story.append(ps.signature_block([payer, ps.Signer(L["teller"], receipt.posted_by)], width, space=space, size=9))
    doc.build(story)
    return path


def _items_table(receipt: Receipt, lang: str, width: float) -> Table:
    """An exit pays back several products at once: one row each, with the total."""
    L = _LABELS[lang]
    size = 8.5
    cell = ps.style("cell", size)
    head = ps.style("cell-head", size, bold=True)
    data = [[Paragraph(L["item_product"], head), ps.right(L["item_amount"], size, bold=True),
             ps.right(L["item_balance"], size, bold=True)]]
    data += [[Paragraph(ps.text(i.product_name), cell), ps.right(format_rupiah(i.amount), size),
              ps.right(format_rupiah(i.balance_after), size)] for i in receipt.items]
    table = Table(data, colWidths=[width * 0.44, width * 0.28, width * 0.28], hAlign="LEFT")
    table.setStyle(ps.table_style([
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, ps.RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.3, ps.MUTED),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def _reversal_stamp(receipt: Receipt, lang: str, width: float) -> Table:
    """A red framed note: a reprint of a cancelled movement must not pass for a valid receipt."""
    L = _LABELS[lang]
    assert receipt.reversed_by is not None and receipt.reversed_on is not None
    line = L["reversed"].format(voucher=receipt.reversed_by, date=ps.format_date(receipt.reversed_on, lang))
    parts = [Paragraph(f"<b>{ps.text(line)}</b>", ps.style("stamp", 10, color=ps.ALERT))]
    if receipt.reversal_reason:
        parts.append(Paragraph(f"{L['reason']}: {ps.text(receipt.reversal_reason)}",
                               ps.style("stamp-reason", 8.5, color=ps.ALERT)))
    stamp = Table([[parts]], colWidths=[width])
    stamp.setStyle(ps.table_style([("BOX", (0, 0), (-1, -1), 1.2, ps.ALERT), ("TOPPADDING", (0, 0), (-1, -1), 3),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return stamp
