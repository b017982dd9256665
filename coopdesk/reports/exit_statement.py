"""The settlement statement of a member who left: what was paid back, product by product,
less the running loans settled out of the savings, and the cash actually paid.

Read back from the books (the exit's journal entry, its savings rows and its loan rows)
rather than recomputed, so the statement always matches what
:mod:`coopdesk.services.member_exit` posted: the entry debits the savings, credits each
loan's principal (1141), interest (4110) and denda (4140), and pays cash only for the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, KeepTogether, Paragraph, Spacer, Table
from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.db.models import JournalEntry, JournalLine, SavingsProduct, SavingsTransaction, User
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.members import MemberStatus
from coopdesk.domain.money import format_rupiah
from coopdesk.domain.terbilang import terbilang
from coopdesk.reports import pdf_style as ps
from coopdesk.reports.receipt import LoanSettled, loans_settled_by
from coopdesk.services.ledger import reversal_for
from coopdesk.services.members import by_number

_REASONS = {
    "id": {"keluar": "Keluar atas permintaan sendiri", "meninggal": "Meninggal dunia",
           "diberhentikan": "Diberhentikan"},
    "en": {"keluar": "Left at own request", "meninggal": "Deceased", "diberhentikan": "Expelled"},
}

_LABELS: dict[str, dict[str, str]] = {
    "id": {
        "title": "PERHITUNGAN PENGEMBALIAN SIMPANAN ANGGOTA KELUAR",
        "member_number": "No. Anggota", "member_name": "Nama Anggota", "nik": "NIK", "address": "Alamat",
        "joined": "Tanggal masuk", "exit_date": "Tanggal keluar", "reason": "Sebab keluar",
        "voucher": "No. Bukti Kas Keluar", "no": "No.", "product": "Jenis Simpanan",
        "amount": "Jumlah Dikembalikan", "total": "Jumlah yang dibayarkan kepada anggota", "words": "Terbilang",
        "savings_total": "Jumlah simpanan", "loans_heading": "Dikurangi pelunasan pinjaman",
        "loan": "No. Pinjaman", "principal": "Pokok", "interest": "Bunga", "denda": "Denda", "loan_amount": "Jumlah",
        "loans_total": "Jumlah pelunasan pinjaman", "less_loans": "Dikurangi pelunasan pinjaman",
        "intro_loans": "Dengan berakhirnya keanggotaan anggota tersebut di bawah ini, simpanannya dikembalikan "
                       "setelah dikurangi pelunasan pinjamannya, sebagai berikut:",
        "waived": "Sisa bunga {amount} tidak ditagih (pelunasan dipercepat).",
        "nothing": "Tidak ada saldo simpanan yang dikembalikan.",
        "intro": "Dengan berakhirnya keanggotaan anggota tersebut di bawah ini, simpanannya dikembalikan "
                 "sebagai berikut:",
        "received": "Yang menerima,", "member_or_heir": "Anggota / Ahli Waris", "handed": "Yang menyerahkan,",
        "treasurer": "Bendahara", "approved": "Mengetahui,", "chair": "Ketua",
        "printed": "Dicetak {when} · dibukukan oleh {user} · CoopDesk",
    },
    "en": {
        "title": "SAVINGS SETTLEMENT OF A DEPARTING MEMBER",
        "member_number": "Member no.", "member_name": "Member name", "nik": "NIK", "address": "Address",
        "joined": "Joined", "exit_date": "Exit date", "reason": "Reason",
        "voucher": "Cash voucher no.", "no": "No.", "product": "Savings product",
        "amount": "Amount paid back", "total": "Total paid to the member", "words": "In words",
        "savings_total": "Total savings", "loans_heading": "Less loans settled",
        "loan": "Loan no.", "principal": "Principal", "interest": "Interest", "denda": "Late penalty",
        "loan_amount": "Amount", "loans_total": "Total loans settled", "less_loans": "Less loans settled",
        "intro_loans": "The membership of the member below has ended; the member's savings are paid back, less "
                       "the loans settled out of them, as follows:",
        "waived": "Remaining interest of {amount} not charged (early payoff).",
        "nothing": "No savings balance to pay back.",
        "intro": "The membership of the member below has ended; the member's savings are paid back as follows:",
        "received": "Received by,", "member_or_heir": "Member / heir", "handed": "Handed over by,",
        "treasurer": "Treasurer", "approved": "Acknowledged,", "chair": "Chair",
        "printed": "Printed {when} · posted by {user} · CoopDesk",
    },
}


@dataclass(frozen=True)
class ExitStatement:
    coop: ps.CoopInfo
    member_number: str
    member_name: str
    nik: str
    address: str
    joined: date
    exit_date: date
    reason: str  # keluar, meninggal or diberhentikan (MemberStatus values)
    voucher: str | None  # None when there was nothing to pay back
    paid_back: tuple[tuple[str, int], ...]  # (product name, whole Rupiah)
    posted_by: str
    printed_at: datetime
    loans_settled: tuple[LoanSettled, ...] = ()  # running loans netted against the savings

    @property
    def total(self) -> int:
        """Savings paid back, before the loans are taken out of them."""
        return sum(amount for _, amount in self.paid_back)

    @property
    def loans_total(self) -> int:
        return sum(loan.amount for loan in self.loans_settled)

    @property
    def cash_paid(self) -> int:
        """What the member (or heir) actually receives: savings less loans."""
        return self.total - self.loans_total

    @property
    def total_words(self) -> str:
        """Terbilang of the cash paid."""
        return terbilang(self.cash_paid)


def _exit_entry(session: Session, member_id: int) -> JournalEntry | None:
    """The member's current exit settlement: the latest one that was not reversed (a reversed
    exit makes the member active again, so at most one stands)."""
    entries = session.scalars(
        select(JournalEntry)
        .where(JournalEntry.source == "member.exit",
               JournalEntry.id.in_(select(JournalLine.entry_id).where(JournalLine.member_id == member_id)))
        .order_by(JournalEntry.id.desc())
    )
    for entry in entries:
        if reversal_for(session, entry.id) is None:
            return entry
    return None


def exit_statement(session: Session, member_number: str, *, printed_at: datetime | None = None) -> ExitStatement:
    """The settlement of a member who left.  Refused (ValidationError) for an active member."""
    member = by_number(session, member_number)
    if member.status == MemberStatus.ACTIVE.value or member.status_date is None:
        raise ValidationError("member", "{number} is still an active member; there is no settlement",
                              number=member.number)
    entry = _exit_entry(session, member.id)
    paid: list[tuple[str, int]] = []
    settled: tuple[LoanSettled, ...] = ()
    posted_by = ""
    if entry is not None:
        rows = session.execute(
            select(SavingsProduct.name, SavingsTransaction.amount)
            .join(SavingsProduct, SavingsTransaction.product_id == SavingsProduct.id)
            .where(SavingsTransaction.entry_id == entry.id, SavingsTransaction.member_id == member.id)
            .order_by(SavingsTransaction.id)
        ).all()
        paid = [(name, -int(amount)) for name, amount in rows]
        settled = loans_settled_by(session, entry.id)
        user = session.get(User, entry.user_id)
        posted_by = user.name if user else ""
    return ExitStatement(
        coop=ps.coop_info(session), member_number=member.number, member_name=member.name, nik=member.nik,
        address=member.address, joined=member.joined, exit_date=member.status_date, reason=member.status,
        voucher=entry.voucher if entry is not None else None, paid_back=tuple(paid), posted_by=posted_by,
        printed_at=printed_at or datetime.now(), loans_settled=settled,
    )


def render_exit_statement_pdf(statement: ExitStatement, path: Path, lang: str = "id") -> Path:
    """Write the statement as an A4 portrait PDF (it goes into the member's file) and return its path."""
    ps.check_lang(lang)
    path = ps.ensure_parent(Path(path))
    L = _LABELS[lang]
    margin = 18 * mm
    note = L["printed"].format(when=ps.format_datetime(statement.printed_at, lang), user=statement.posted_by or "-")
    doc = ps.document(
        path, A4, margins=(margin, margin, 15 * mm, margin), on_page=ps.footer(note, page_numbers=True, lang=lang),
        title=f"{L['title']} {statement.member_number}", author=statement.coop.name,
        subject=f"{statement.member_number} {statement.member_name}",
    )
    width = doc.width
    story: list = []
    # Kop surat: the cooperative centred above a double rule, as on its letters.
    story += ps.letterhead_lines(statement.coop, lang, align=TA_CENTER, name_size=15, width=width)
    story += [Spacer(1, 4), HRFlowable(width="100%", thickness=1.6, color=ps.RULE, spaceAfter=1.2),
              HRFlowable(width="100%", thickness=0.5, color=ps.RULE, spaceAfter=14)]
    story.append(Paragraph(ps.text(L["title"]), ps.style("title", 12.5, bold=True, align=TA_CENTER)))
    if statement.voucher:
        story.append(Paragraph(f"{L['voucher']}: {ps.text(statement.voucher)}",
                               ps.style("voucher", 9.5, align=TA_CENTER, space_before=3)))
    intro = L["intro_loans"] if statement.loans_settled else L["intro"]
    story += [Spacer(1, 14), Paragraph(ps.text(intro), ps.style("intro", 10, space_after=6))]

    reason = _REASONS[lang].get(statement.reason, statement.reason)
    rows: list[tuple[str, object]] = [
        (L["member_number"], statement.member_number),
        (L["member_name"], Paragraph(f"<b>{ps.text(statement.member_name)}</b>", ps.style("n", 10))),
        (L["nik"], statement.nik),
    ]
    if statement.address:
        rows.append((L["address"], statement.address))
    rows += [
        (L["joined"], ps.format_date(statement.joined, lang)),
        (L["exit_date"], ps.format_date(statement.exit_date, lang)),
        (L["reason"], reason),
    ]
    story += [ps.label_table(rows, (45 * mm, width - 45 * mm), size=10), Spacer(1, 12)]

    if statement.paid_back:
        story.append(_amounts_table(statement, lang, width))
    else:
        story.append(Paragraph(ps.text(L["nothing"]), ps.style("nothing", 10)))
    if statement.loans_settled:
        story += [Spacer(1, 10), Paragraph(f"<b>{ps.text(L['loans_heading'])}</b>", ps.style("lh", 10,
                                                                                             space_after=4)),
                  _loans_table(statement, lang, width)]
        waived = sum(loan.waived_interest for loan in statement.loans_settled)
        if waived:
            story.append(Paragraph(ps.text(L["waived"].format(amount=format_rupiah(waived))),
                                   ps.style("waived", 8.5, color=ps.MUTED, space_before=3)))
        story += [Spacer(1, 10), _net_table(statement, lang, width)]
    words = Paragraph(f"{L['words']}: <b>{ps.text(statement.total_words)}</b>", ps.style("words", 10))
    box = Table([[words]], colWidths=[width])
    box.setStyle(ps.table_style([("BACKGROUND", (0, 0), (-1, -1), ps.SHADE), ("BOX", (0, 0), (-1, -1), 0.4, ps.MUTED),
                             ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    story += [Spacer(1, 8), box, Spacer(1, 28)]

    signers = [
        ps.Signer(L["member_or_heir"], statement.member_name if statement.reason != "meninggal" else "",
                  above=L["received"]),
        ps.Signer(L["treasurer"], above=L["handed"]),
        ps.Signer(L["chair"], above=L["approved"]),
    ]
    # The date line and the signatures belong together: never let a page break split them.
    story.append(KeepTogether([
        Paragraph(ps.format_date(statement.exit_date, lang), ps.style("place", 10, align=TA_RIGHT)),
        Spacer(1, 8),
        ps.signature_block(signers, width, space=58, size=9.5),
    ]))

    doc.build(story)
    return path


def _amounts_table(statement: ExitStatement, lang: str, width: float) -> Table:
    L = _LABELS[lang]
    size = 10
    head = ps.style("th", size, bold=True)
    cell = ps.style("td", size)
    data = [[Paragraph(L["no"], head), Paragraph(L["product"], head), ps.right(L["amount"], size, bold=True)]]
    data += [[Paragraph(str(i), cell), Paragraph(ps.text(name), cell), ps.right(format_rupiah(amount), size)]
             for i, (name, amount) in enumerate(statement.paid_back, start=1)]
    # With loans netted the savings total is a subtotal; the amount paid comes after the loans.
    total_label = L["savings_total"] if statement.loans_settled else L["total"]
    data.append(["", Paragraph(f"<b>{ps.text(total_label)}</b>", cell),
                 ps.right(format_rupiah(statement.total), size, bold=True)])
    table = Table(data, colWidths=[12 * mm, width - 12 * mm - 55 * mm, 55 * mm], repeatRows=1)
    table.setStyle(ps.table_style([
        ("GRID", (0, 0), (-1, -2), 0.5, ps.MUTED),
        ("BOX", (0, -1), (-1, -1), 0.5, ps.MUTED),
        ("LINEABOVE", (0, -1), (-1, -1), 1.2, ps.RULE),
        ("BACKGROUND", (0, 0), (-1, 0), ps.SHADE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table


def _loans_table(statement: ExitStatement, lang: str, width: float) -> Table:
    """Each loan settled out of the savings, split as the exit entry booked it."""
    L = _LABELS[lang]
    size = 10
    head = ps.style("lth", size, bold=True)
    cell = ps.style("ltd", size)
    money = [31 * mm, 27 * mm, 26 * mm, 33 * mm]  # principal, interest, denda, amount
    data: list[list[object]] = [[Paragraph(L["no"], head), Paragraph(L["loan"], head),
                                 ps.right(L["principal"], size, bold=True), ps.right(L["interest"], size, bold=True),
                                 ps.right(L["denda"], size, bold=True), ps.right(L["loan_amount"], size, bold=True)]]
    data += [[Paragraph(str(i), cell), Paragraph(ps.text(loan.number), cell),
              ps.right(format_rupiah(loan.principal), size), ps.right(format_rupiah(loan.interest), size),
              ps.right(format_rupiah(loan.denda), size), ps.right(format_rupiah(loan.amount), size)]
             for i, loan in enumerate(statement.loans_settled, start=1)]
    data.append(["", Paragraph(f"<b>{ps.text(L['loans_total'])}</b>", cell), "", "", "",
                 ps.right(format_rupiah(statement.loans_total), size, bold=True)])
    table = Table(data, colWidths=[12 * mm, width - 12 * mm - sum(money), *money], repeatRows=1)
    table.setStyle(ps.table_style([
        ("GRID", (0, 0), (-1, -2), 0.5, ps.MUTED),
        ("BOX", (0, -1), (-1, -1), 0.5, ps.MUTED),
        ("SPAN", (1, -1), (4, -1)),
        ("LINEABOVE", (0, -1), (-1, -1), 1.2, ps.RULE),
        ("BACKGROUND", (0, 0), (-1, 0), ps.SHADE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def _net_table(statement: ExitStatement, lang: str, width: float) -> Table:
    """Savings − loans = cash paid, the sum the member checks before signing."""
    L = _LABELS[lang]
    size = 10.5
    rows = [
        [Paragraph(ps.text(L["savings_total"]), ps.style("nt", size)), ps.right(format_rupiah(statement.total), size)],
        [Paragraph(ps.text(L["less_loans"]), ps.style("nt", size)),
         ps.right(format_rupiah(-statement.loans_total), size)],
        [Paragraph(f"<b>{ps.text(L['total'])}</b>", ps.style("nt", size)),
         ps.right(format_rupiah(statement.cash_paid), 12, bold=True)],
    ]
    table = Table(rows, colWidths=[width - 55 * mm, 55 * mm])
    table.setStyle(ps.table_style([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEABOVE", (0, -1), (-1, -1), 1.2, ps.RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, ps.RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table
