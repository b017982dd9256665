"""The receipt a teller hands the member: bukti setoran, bukti penarikan, bukti pengembalian,
and the kuitansi of a loan repayment or payoff.

:func:`receipt_for_voucher` reads everything a receipt shows from the posted journal entry,
its savings rows and its loan rows, so a reprint months later shows exactly what was booked
(and, if the entry was reversed since, says so).  A loan receipt shows the loan as it stood
right after that payment (outstanding principal, next installment), whatever came later.
:func:`render_receipt_pdf` lays it out on half an A4 sheet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A5, landscape
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, Paragraph, Spacer, Table
from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from coopdesk.db.models import (
    JournalEntry,
    Loan,
    LoanInstallment,
    LoanProduct,
    LoanTransaction,
    Member,
    SavingsProduct,
    SavingsTransaction,
    User,
)
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.money import format_rupiah
from coopdesk.domain.terbilang import terbilang
from coopdesk.reports import pdf_style as ps
from coopdesk.services.ledger import entry_by_voucher, reversal_for

ReceiptKind = Literal["setoran", "penarikan", "pengembalian", "angsuran", "pelunasan"]

# Which postings get a receipt, by the source the posting service wrote on the entry.
# Interest, opening balances and manual journals are not cash handed over a counter.
_KIND_BY_SOURCE: dict[str, ReceiptKind] = {
    "savings.deposit": "setoran",
    "savings.withdrawal": "penarikan",
    "member.exit": "pengembalian",
    "loan.repayment": "angsuran",
    "loan.payoff": "pelunasan",
}

# Loan postings that are not money handed over a counter by the member, with the reason
# printed when a clerk asks for their receipt.
_NOT_A_RECEIPT = {
    "loan.disbursement": "{voucher} is a loan disbursement; print its disbursement slip (bukti pencairan) instead",
    "loan.writeoff": "{voucher} is a loan write-off, an entry in the books with no money received; it has no receipt",
    "loan.recovery": "{voucher} is a recovery on a written-off loan, booked as other income; it has no teller "
                     "receipt",
}

_TITLES: dict[str, dict[str, str]] = {
    "id": {"setoran": "BUKTI SETORAN", "penarikan": "BUKTI PENARIKAN", "pengembalian": "BUKTI PENGEMBALIAN SIMPANAN",
           "angsuran": "KUITANSI ANGSURAN PINJAMAN", "pelunasan": "KUITANSI PELUNASAN PINJAMAN"},
    "en": {"setoran": "DEPOSIT RECEIPT", "penarikan": "WITHDRAWAL RECEIPT", "pengembalian": "SAVINGS REFUND RECEIPT",
           "angsuran": "LOAN REPAYMENT RECEIPT", "pelunasan": "LOAN PAYOFF RECEIPT"},
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
        "exit_note_loans": "Pengembalian seluruh simpanan karena keanggotaan berakhir, setelah dikurangi "
                           "pelunasan pinjaman.",
        "netted": "Dipotong pelunasan pinjaman {number}", "cash_total": "Dibayarkan tunai",
        "loan_number": "No. Pinjaman", "loan_product": "Jenis Pinjaman", "installments": "Angsuran ke",
        "settled": "lunas", "partly": "sebagian", "payoff": "pelunasan",
        "principal": "Pokok", "interest": "Bunga", "denda": "Denda", "to_sukarela": "Kelebihan ke Sukarela",
        "paid_total": "Jumlah dibayar", "outstanding_after": "Sisa pokok pinjaman",
        "next": "Angsuran berikutnya", "next_value": "ke-{no}, jatuh tempo {date}: {amount}",
        "next_overdue": "ke-{no}, sudah jatuh tempo {date}: {amount} (belum termasuk denda)",
        "paid_off": "LUNAS: pinjaman ini tidak mempunyai sisa kewajiban.", "loan_state": "Status pinjaman",
        "waived": "Sisa bunga {amount} tidak ditagih (pelunasan dipercepat).",
        "payer": "Penyetor",
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
        "exit_note_loans": "All savings paid back because the membership ended, less the loans settled out of "
                           "them.",
        "netted": "Less settlement of loan {number}", "cash_total": "Paid in cash",
        "loan_number": "Loan no.", "loan_product": "Loan product", "installments": "Installments",
        "settled": "paid", "partly": "in part", "payoff": "payoff",
        "principal": "Principal", "interest": "Interest", "denda": "Late penalty",
        "to_sukarela": "Excess to sukarela", "paid_total": "Amount paid",
        "outstanding_after": "Outstanding principal", "next": "Next installment",
        "next_value": "no. {no}, due {date}: {amount}",
        "next_overdue": "no. {no}, overdue since {date}: {amount} (late penalty not included)",
        "paid_off": "PAID OFF: nothing more is owed on this loan.", "loan_state": "Loan status",
        "waived": "Remaining interest of {amount} not charged (early payoff).",
        "payer": "Paid by",
    },
}


@dataclass(frozen=True)
class ReceiptItem:
    """One savings product the movement touched (an exit pays back several at once)."""

    product_name: str
    amount: int  # always positive: the money that changed hands for this product
    balance_after: int


@dataclass(frozen=True)
class LoanSettled:
    """What one entry paid on one loan: a repayment, a payoff, or the netting at exit."""

    number: str
    principal: int
    interest: int
    denda: int
    waived_interest: int = 0  # interest not charged (early payoff); not money

    @property
    def amount(self) -> int:
        return self.principal + self.interest + self.denda


@dataclass(frozen=True)
class InstallmentPaid:
    """One installment a loan payment touched."""

    no: int
    principal: int
    interest: int
    denda: int
    settled: bool  # nothing left to pay on it right after this payment


@dataclass(frozen=True)
class LoanPayment:
    """The loan side of a repayment or payoff receipt, as the loan stood right after it."""

    number: str
    product_name: str
    installments: tuple[InstallmentPaid, ...]
    to_sukarela: int  # overpayment credited to simpanan sukarela
    waived_interest: int
    outstanding_after: int  # principal still owed
    next_no: int | None  # oldest installment with something unpaid, None when the loan is paid off
    next_due: date | None
    next_amount: int  # principal + interest still unpaid on it (denda not included)

    @property
    def principal(self) -> int:
        return sum(i.principal for i in self.installments)

    @property
    def interest(self) -> int:
        return sum(i.interest for i in self.installments)

    @property
    def denda(self) -> int:
        return sum(i.denda for i in self.installments)

    @property
    def total(self) -> int:
        return self.principal + self.interest + self.denda + self.to_sukarela

    @property
    def paid_off(self) -> bool:
        return self.next_no is None


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
    loan: LoanPayment | None = None  # a loan repayment or payoff
    loans_netted: tuple[LoanSettled, ...] = ()  # an exit that settled loans out of the savings

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
    """The receipt of a member's deposit, withdrawal, exit payment, loan repayment or loan
    payoff, read from the books.

    Raises NotFoundError for an unknown voucher and ValidationError for an entry that is not
    money a member handed over or received at the counter (interest run, manual journal, a
    reversal, a loan disbursement, write-off or recovery).
    """
    entry: JournalEntry = entry_by_voucher(session, voucher)
    kind = _KIND_BY_SOURCE.get(entry.source)
    if kind is None:
        if entry.source in _NOT_A_RECEIPT:
            raise ValidationError("voucher", _NOT_A_RECEIPT[entry.source], voucher=entry.voucher)
        raise ValidationError("voucher", "{voucher} is not a member's deposit, withdrawal or savings refund",
                              voucher=entry.voucher)
    if kind in ("angsuran", "pelunasan"):
        return _loan_receipt(session, entry, kind, printed_at or datetime.now())
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
    netted = loans_settled_by(session, entry.id) if kind == "pengembalian" else ()
    # An exit pays the savings back less the loans settled out of them: the cash handed over.
    amount = sum(i.amount for i in items) - sum(n.amount for n in netted)
    return Receipt(
        **_common(session, entry, member, printed_at), kind=kind,
        product_name=", ".join(i.product_name for i in items), amount=amount, amount_words=terbilang(amount),
        balance_after=sum(i.balance_after for i in items), items=tuple(items), loans_netted=netted,
    )


def _common(session: Session, entry: JournalEntry, member: Member, printed_at: datetime | None) -> dict[str, Any]:
    """What every receipt carries: the cooperative, the voucher, the member, who posted it, a
    later cancellation."""
    user = session.get(User, entry.user_id)
    reversal = reversal_for(session, entry.id)
    coop = ps.coop_info(session)
    return {
        "coop_name": coop.name, "coop_address": coop.address, "coop_phone": coop.phone,
        "coop_legal_number": coop.legal_number, "voucher": entry.voucher, "date": entry.date,
        "member_number": member.number, "member_name": member.name, "posted_by": user.name if user else "",
        "printed_at": printed_at or datetime.now(),
        "reversed_by": reversal.voucher if reversal else None, "reversed_on": reversal.date if reversal else None,
        "reversal_reason": reversal.reason if reversal else None,
    }


def loans_settled_by(session: Session, entry_id: int) -> tuple[LoanSettled, ...]:
    """The loans one entry paid on, loan by loan (the loan rows it wrote, summed)."""
    rows = session.execute(
        select(Loan.number, func.sum(LoanTransaction.principal), func.sum(LoanTransaction.interest),
               func.sum(LoanTransaction.denda), func.sum(LoanTransaction.waived_interest))
        .join(Loan, LoanTransaction.loan_id == Loan.id)
        .where(LoanTransaction.entry_id == entry_id)
        .group_by(Loan.id, Loan.number)
        .order_by(Loan.id)
    ).all()
    return tuple(LoanSettled(number, int(p), int(i), int(d), int(w)) for number, p, i, d, w in rows)


def _loan_receipt(session: Session, entry: JournalEntry, kind: ReceiptKind, printed_at: datetime) -> Receipt:
    rows = list(session.scalars(
        select(LoanTransaction).where(LoanTransaction.entry_id == entry.id).order_by(LoanTransaction.id)))
    if not rows:
        raise ValidationError("voucher", "{voucher} has no loan movement", voucher=entry.voucher)
    loan = session.get(Loan, rows[0].loan_id)
    assert loan is not None
    member = session.get(Member, loan.member_id)
    product = session.get(LoanProduct, loan.product_id)
    assert member is not None and product is not None
    to_sukarela = int(session.scalar(select(func.coalesce(func.sum(SavingsTransaction.amount), 0))
                                     .where(SavingsTransaction.entry_id == entry.id)) or 0)
    # The loan right after this payment: its installments with every movement up to this
    # entry's own rows (later payments, and a later reversal of this one, left out).
    last_id = max(r.id for r in rows)
    settled_by_no: dict[int, int] = {}
    for no, amount in session.execute(
        select(LoanTransaction.installment_no,
               func.sum(LoanTransaction.principal + LoanTransaction.interest + LoanTransaction.waived_interest))
        .where(LoanTransaction.loan_id == loan.id, LoanTransaction.id <= last_id,
               LoanTransaction.installment_no.is_not(None))
        .group_by(LoanTransaction.installment_no)
    ).all():
        settled_by_no[int(no)] = int(amount)
    paid_principal = int(session.scalar(
        select(func.coalesce(func.sum(LoanTransaction.principal), 0))
        .where(LoanTransaction.loan_id == loan.id, LoanTransaction.id <= last_id,
               LoanTransaction.installment_no.is_not(None))) or 0)
    schedule = list(session.scalars(select(LoanInstallment).where(LoanInstallment.loan_id == loan.id)
                                    .order_by(LoanInstallment.no)))
    unpaid = {i.no: i.principal + i.interest - settled_by_no.get(i.no, 0) for i in schedule}
    following = next((i for i in schedule if unpaid[i.no] > 0), None)
    parts: dict[int, list[int]] = {}
    waived = 0
    for r in rows:
        if r.installment_no is None:
            continue
        part = parts.setdefault(r.installment_no, [0, 0, 0])
        part[0] += r.principal
        part[1] += r.interest
        part[2] += r.denda
        waived += r.waived_interest
    installments = tuple(InstallmentPaid(no, p, i, d, unpaid.get(no, 0) <= 0)
                         for no, (p, i, d) in sorted(parts.items()) if p or i or d)
    payment = LoanPayment(
        number=loan.number, product_name=product.name, installments=installments, to_sukarela=to_sukarela,
        waived_interest=waived, outstanding_after=sum(i.principal for i in schedule) - paid_principal,
        next_no=following.no if following else None, next_due=following.due_date if following else None,
        next_amount=unpaid[following.no] if following else 0,
    )
    return Receipt(
        **_common(session, entry, member, printed_at), kind=kind, product_name=product.name,
        amount=payment.total, amount_words=terbilang(payment.total), balance_after=payment.outstanding_after,
        loan=payment,
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
    story: list[Any] = heading(receipt.coop, title, receipt.voucher, receipt.date, lang, width)
    if receipt.loan is not None:
        story += _loan_body(receipt, receipt.loan, lang, width)
        space = 30 if receipt.reversed_by else 44
        payer = ps.Signer(L["payer"])  # often a relative or the payroll clerk, so left blank
    else:
        story += _savings_body(receipt, lang, width)
        several = len(receipt.items) > 1 or bool(receipt.loans_netted)
        # The reversal stamp and the item table of an exit take room; the signature space
        # gives way so the receipt always stays on one page.
        space = 28 if several and receipt.reversed_by else 48
        if receipt.kind == "setoran":
            payer = ps.Signer(L["depositor"])  # often a relative or the payroll clerk, so left blank
        elif receipt.kind == "penarikan":
            payer = ps.Signer(L["receiver"], receipt.member_name)
        else:
            payer = ps.Signer(L["receiver_exit"])  # after a death the heir signs
    if receipt.reversed_by:
        assert receipt.reversed_on is not None
        story += [Spacer(1, 5), cancel_stamp(receipt.reversed_by, receipt.reversed_on, receipt.reversal_reason,
                                             lang, width)]
    story.append(Spacer(1, 10))
    story.append(ps.signature_block([payer, ps.Signer(L["teller"], receipt.posted_by)], width, space=space, size=9))
    doc.build(story)
    return path


def heading(coop: ps.CoopInfo, title: str, voucher: str, day: date, lang: str, width: float) -> list[Any]:
    """Letterhead on the left, the title, voucher number and date on the right (the things the
    member and the auditor look for first), then a rule.  Shared by the disbursement slip."""
    L = _LABELS[lang]
    left_w, right_w = width * 0.56, width * 0.44
    title_size = ps.fitting_size(title, right_w, 14, 11)
    right_side = [
        Paragraph(ps.text(title), ps.style("title", title_size, bold=True, align=TA_RIGHT)),
        Paragraph(f"{L['voucher']}: <b>{ps.text(voucher)}</b>", ps.style("v", 9, align=TA_RIGHT)),
        Paragraph(f"{L['date']}: {ps.format_date(day, lang)}", ps.style("d", 9, align=TA_RIGHT)),
    ]
    head = Table([[ps.letterhead_lines(coop, lang, name_size=12.5, width=left_w - 6), right_side]],
                 colWidths=[left_w, right_w])
    head.setStyle(ps.table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (0, 0), 6)]))
    return [head, Spacer(1, 3), HRFlowable(width="100%", thickness=1.2, color=ps.RULE, spaceAfter=6)]


def words_box(words: str, width: float, size: float = 10) -> Table:
    """The terbilang in a shaded box, as on a pre-printed kuitansi."""
    box = Table([[Paragraph(ps.text(words), ps.style("words", size))]], colWidths=[width])
    box.setStyle(ps.table_style([("BACKGROUND", (0, 0), (-1, -1), ps.SHADE),
                                 ("BOX", (0, 0), (-1, -1), 0.4, ps.MUTED),
                                 ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return box


def _savings_body(receipt: Receipt, lang: str, width: float) -> list[Any]:
    L = _LABELS[lang]
    widths = (44 * mm, width - 44 * mm)
    amount_para = Paragraph(f"<b>{format_rupiah(receipt.amount)}</b>", ps.style("amount", 14.5, leading=17))
    several = len(receipt.items) > 1 or bool(receipt.loans_netted)
    rows: list[tuple[str, object]] = [
        (L["member_number"], receipt.member_number),
        (L["member_name"], Paragraph(f"<b>{ps.text(receipt.member_name)}</b>", ps.style("name", 10))),
        (L["product"], _items_table(receipt, lang, ps.value_width(widths)) if several else receipt.product_name),
        (L["amount"], amount_para),
        (L["words"], words_box(receipt.amount_words, ps.value_width(widths))),
        (L["balance_total"] if len(receipt.items) > 1 else L["balance"], format_rupiah(receipt.balance_after)),
    ]
    story: list[Any] = [ps.label_table(rows, widths, size=10, padding=3.2, middle=(3, 4))]
    if receipt.kind == "pengembalian":
        note = L["exit_note_loans"] if receipt.loans_netted else L["exit_note"]
        story.append(Paragraph(ps.text(note), ps.style("note", 8, color=ps.MUTED, space_before=3)))
    return story


def _items_table(receipt: Receipt, lang: str, width: float) -> Table:
    """An exit pays back several products at once: one row each, then the loans settled out
    of them and the cash paid."""
    L = _LABELS[lang]
    size = 8.5
    cell = ps.style("cell", size)
    head = ps.style("cell-head", size, bold=True)
    data: list[list[Any]] = [[Paragraph(L["item_product"], head), ps.right(L["item_amount"], size, bold=True),
                              ps.right(L["item_balance"], size, bold=True)]]
    data += [[Paragraph(ps.text(i.product_name), cell), ps.right(format_rupiah(i.amount), size),
              ps.right(format_rupiah(i.balance_after), size)] for i in receipt.items]
    netted_from = len(data)
    data += [[Paragraph(ps.text(L["netted"].format(number=n.number)), cell), ps.right(format_rupiah(-n.amount), size),
              ""] for n in receipt.loans_netted]
    if receipt.loans_netted:
        data.append([Paragraph(f"<b>{ps.text(L['cash_total'])}</b>", cell),
                     ps.right(format_rupiah(receipt.amount), size, bold=True), ""])
    table = Table(data, colWidths=[width * 0.52, width * 0.24, width * 0.24], hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, ps.RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.3, ps.MUTED),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]
    if receipt.loans_netted:
        commands += [("LINEABOVE", (0, netted_from), (-1, netted_from), 0.3, ps.MUTED),
                     ("LINEABOVE", (0, -1), (1, -1), 0.6, ps.RULE)]
    table.setStyle(ps.table_style(commands))
    return table


def installments_text(installments: tuple[InstallmentPaid, ...], kind: ReceiptKind, lang: str) -> str:
    """``"2–3 (lunas), 4 (sebagian)"``: installment numbers, runs joined, grouped by whether
    the payment settled them."""
    L = _LABELS[lang]
    groups: list[tuple[bool, list[int]]] = []
    for i in installments:
        if groups and groups[-1][0] == i.settled:
            groups[-1][1].append(i.no)
        else:
            groups.append((i.settled, [i.no]))
    if kind == "pelunasan" and all(i.settled for i in installments):
        return f"{_runs([i.no for i in installments])} ({L['payoff']})"
    return ", ".join(f"{_runs(nos)} ({L['settled'] if settled else L['partly']})" for settled, nos in groups)


def _runs(numbers: list[int]) -> str:
    out: list[str] = []
    start = prev = numbers[0]
    for n in [*numbers[1:], None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        out.append(str(start) if start == prev else f"{start}\u2013{prev}" if prev > start + 1 else f"{start}, {prev}")
        if n is not None:
            start = prev = n
    return ", ".join(out)


def _loan_body(receipt: Receipt, loan: LoanPayment, lang: str, width: float) -> list[Any]:
    """Who paid on which loan (left), the split of the money (right), the terbilang, then the
    loan after the payment."""
    L = _LABELS[lang]
    gap = 8 * mm
    left_w = width * 0.52
    right_w = width - left_w - gap
    label_w = 41 * mm
    left_rows: list[tuple[str, object]] = [
        (L["member_number"], receipt.member_number),
        (L["member_name"], Paragraph(f"<b>{ps.text(receipt.member_name)}</b>", ps.style("name", 10))),
        (L["loan_number"], Paragraph(f"<b>{ps.text(loan.number)}</b>", ps.style("ln", 10))),
        (L["loan_product"], loan.product_name),
        (L["installments"], installments_text(loan.installments, receipt.kind, lang)),
    ]
    size = 9.5
    split: list[list[Any]] = [
        [Paragraph(L["principal"], ps.style("s", size)), ps.right(format_rupiah(loan.principal), size)],
        [Paragraph(L["interest"], ps.style("s", size)), ps.right(format_rupiah(loan.interest), size)],
        [Paragraph(L["denda"], ps.style("s", size)), ps.right(format_rupiah(loan.denda), size)],
    ]
    if loan.to_sukarela:
        split.append([Paragraph(ps.text(L["to_sukarela"]), ps.style("s", size)),
                      ps.right(format_rupiah(loan.to_sukarela), size)])
    split.append([Paragraph(f"<b>{ps.text(L['paid_total'])}</b>", ps.style("t", 10.5)),
                  ps.right(format_rupiah(receipt.amount), 13, bold=True)])
    split_table = Table(split, colWidths=[right_w * 0.58, right_w * 0.42])
    split_table.setStyle(ps.table_style([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, ps.RULE), ("TOPPADDING", (0, -1), (-1, -1), 4),
    ]))
    body = Table([[ps.label_table(left_rows, (label_w, left_w - label_w), size=10, padding=2.6), "", split_table]],
                 colWidths=[left_w, gap, right_w])
    body.setStyle(ps.table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    words = Table([[Paragraph(L["words"], ps.style("wl", 10, color=ps.MUTED)), Paragraph(":", ps.style("c", 10)),
                    words_box(receipt.amount_words, width - label_w - 8)]], colWidths=[label_w, 8, width - label_w - 8])
    words.setStyle(ps.table_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    after: list[tuple[str, object]] = [(L["outstanding_after"], Paragraph(
        f"<b>{format_rupiah(loan.outstanding_after)}</b>", ps.style("oa", 10)))]
    if loan.paid_off:
        after.append((L["loan_state"], Paragraph(f"<b>{ps.text(L['paid_off'])}</b>", ps.style("po", 10))))
    else:
        assert loan.next_due is not None
        key = "next_overdue" if loan.next_due < receipt.date else "next_value"
        text_value = L[key].format(no=loan.next_no, date=ps.format_date(loan.next_due, lang),
                                   amount=format_rupiah(loan.next_amount))
        style = ps.style("nx", 10, color=ps.ALERT if key == "next_overdue" else ps.INK)
        after.append((L["next"], Paragraph(ps.text(text_value), style)))
    story: list[Any] = [body, Spacer(1, 4), words, Spacer(1, 3),
                        ps.label_table(after, (label_w, width - label_w), size=10, padding=2.2)]
    if loan.waived_interest:
        story.append(Paragraph(ps.text(L["waived"].format(amount=format_rupiah(loan.waived_interest))),
                               ps.style("waived", 8, color=ps.MUTED, space_before=2)))
    return story


def cancel_stamp(reversed_by: str, reversed_on: date, reason: str | None, lang: str, width: float) -> Table:
    """A red framed note: a reprint of a cancelled movement must not pass for a valid receipt."""
    L = _LABELS[lang]
    line = L["reversed"].format(voucher=reversed_by, date=ps.format_date(reversed_on, lang))
    parts = [Paragraph(f"<b>{ps.text(line)}</b>", ps.style("stamp", 10, color=ps.ALERT))]
    if reason:
        parts.append(Paragraph(f"{L['reason']}: {ps.text(reason)}", ps.style("stamp-reason", 8.5, color=ps.ALERT)))
    stamp = Table([[parts]], colWidths=[width])
    stamp.setStyle(ps.table_style([("BOX", (0, 0), (-1, -1), 1.2, ps.ALERT), ("TOPPADDING", (0, 0), (-1, -1), 3),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return stamp
