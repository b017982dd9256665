"""Kartu angsuran: a loan's schedule with what was paid on each installment.

A disbursed loan prints the installments stored at disbursement (loan_installments, made by
:func:`coopdesk.domain.loan_schedule.schedule`) and, as of a chosen day, what was paid on
each (from loan_transactions) and its state: lunas, sebagian, terlambat, jatuh tempo,
belum jatuh tempo, or hapus buku.  An application not yet disbursed prints the same schedule
function's preview from the application date, marked SIMULASI: its due dates move to the
disbursement date when the loan is paid out.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import HRFlowable, KeepTogether, Paragraph, Spacer, Table
from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.db.models import JournalEntry, Loan, LoanInstallment, LoanProduct, LoanTransaction, Member
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.money import format_rupiah
from coopdesk.reports import pdf_style as ps
from coopdesk.reports.tables import Column, Row, grid
from coopdesk.services.loans import by_number, fees_for, loan_schedule, position, user_name

# --- loan terms in words (shared by the slip and the receipt) ---------------------------------

_METHODS = {
    "id": {"flat": "flat", "menurun": "menurun (efektif)", "anuitas": "anuitas"},
    "en": {"flat": "flat", "menurun": "declining balance", "anuitas": "annuity"},
}
_PER = {"id": {"month": "per bulan", "year": "per tahun"}, "en": {"month": "per month", "year": "per year"}}
_MONTHS_WORD = {"id": "bulan", "en": "months"}


def percent_text(value: Decimal, lang: str = "id") -> str:
    """``Decimal("1.50")`` → ``"1,5"`` (Indonesian decimal comma), ``"1.5"`` in English."""
    text = format(value.normalize(), "f") if value != 0 else "0"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang == "id" else text


def rate_in_words(rate: Decimal, per: str, method: str, lang: str = "id") -> str:
    """``"1,5% per bulan, flat"`` / ``"18% per year, annuity"``."""
    return f"{percent_text(rate, lang)}% {_PER[lang].get(per, per)}, {_METHODS[lang].get(method, method)}"


def term_in_words(months: int, lang: str = "id") -> str:
    return f"{months} {_MONTHS_WORD[lang] if lang == 'id' or months != 1 else 'month'}"


# --- reading a card -------------------------------------------------------------------------

STATUSES = ("lunas", "sebagian", "terlambat", "jatuh_tempo", "belum", "hapus_buku")
_STATUS_TEXT = {
    "id": {"lunas": "lunas", "sebagian": "sebagian", "terlambat": "terlambat", "jatuh_tempo": "jatuh tempo",
           "belum": "belum jatuh tempo", "hapus_buku": "hapus buku"},
    "en": {"lunas": "paid", "sebagian": "part paid", "terlambat": "late", "jatuh_tempo": "due today",
           "belum": "not yet due", "hapus_buku": "written off"},
}
_WRITE_OFF_KINDS = ("writeoff", "rev-writeoff")


@dataclass(frozen=True)
class CardRow:
    no: int
    due_date: date
    principal: int
    interest: int
    outstanding: int  # principal still owed after this installment, as scheduled
    paid: int = 0  # principal + interest received on it by the card's date (cash, or netted at exit)
    paid_on: date | None = None  # last day something was received on it
    status: str | None = None  # one of STATUSES; None on a simulation

    @property
    def total(self) -> int:
        return self.principal + self.interest


@dataclass(frozen=True)
class CardPosition:
    """The loan on the card's date (from services.loans.position)."""

    outstanding: int  # principal not yet repaid
    installments_late: int
    arrears: int  # principal + interest of installments due and unpaid
    denda_due: int
    dpd: int
    collectibility: str  # label, e.g. "Lancar"


@dataclass(frozen=True)
class LoanCard:
    coop: ps.CoopInfo
    number: str
    status: str  # the loan's status: applied, approved, disbursed, paid_off, written_off
    simulation: bool
    member_number: str
    member_name: str
    member_address: str
    member_phone: str
    product_name: str
    principal: int
    term: int
    rate: Decimal
    rate_per: str
    method: str
    rounding: int
    applied_on: date
    disbursed_on: date | None
    purpose: str
    collateral: str
    collateral_value: int
    provisi: int
    admin_fee: int
    withheld: int
    disbursement_voucher: str | None
    rows: tuple[CardRow, ...]
    as_of: date
    position: CardPosition | None  # None on a simulation
    denda_paid: int
    waived_interest: int  # interest not charged because the loan was paid off early
    written_off: int  # principal written off (hapus buku) by the card's date: still owed by the member
    closed_on: date | None
    entered_by: str
    approved_by: str
    printed_at: datetime

    @property
    def cash_paid(self) -> int:
        return self.principal - self.provisi - self.admin_fee - self.withheld

    @property
    def total_principal(self) -> int:
        return sum(r.principal for r in self.rows)

    @property
    def total_interest(self) -> int:
        return sum(r.interest for r in self.rows)

    @property
    def total(self) -> int:
        return self.total_principal + self.total_interest

    @property
    def total_paid(self) -> int:
        return sum(r.paid for r in self.rows)


def _status(due: date, unpaid: int, paid: int, written: int, as_of: date) -> str:
    if unpaid <= 0:
        return "hapus_buku" if written else "lunas"
    if due < as_of:
        return "terlambat"
    if due == as_of:
        return "jatuh_tempo"
    return "sebagian" if paid > 0 else "belum"


def loan_card(session: Session, number: str, as_of: date, *, printed_at: datetime | None = None) -> LoanCard:
    """The card of a loan as of ``as_of``.  A rejected application or a cancelled
    disbursement has no schedule to print (ValidationError)."""
    loan = by_number(session, number)
    if loan.status in ("rejected", "cancelled"):
        raise ValidationError("loan", "{number} is {status}; it has no schedule to print", number=loan.number,
                              status=loan.status)
    member = session.get(Member, loan.member_id)
    product = session.get(LoanProduct, loan.product_id)
    assert member is not None and product is not None
    simulation = loan.disbursed_on is None
    card_position = None
    denda_paid = waived = written_off = 0
    voucher = None
    if simulation:
        plan = loan_schedule(loan, loan.applied_on)
        rows = tuple(CardRow(i.no, i.due_date, i.principal, i.interest, i.outstanding) for i in plan.installments)
        fees = fees_for(session, loan)
        provisi, admin_fee, withheld = fees.provisi, fees.admin, fees.withheld
    else:
        rows, denda_paid, waived, written_off = _disbursed_rows(session, loan, as_of)
        provisi, admin_fee, withheld = loan.provisi, loan.admin_fee, loan.withheld
        entry = session.get(JournalEntry, loan.disbursement_entry_id) if loan.disbursement_entry_id else None
        voucher = entry.voucher if entry is not None else None
        pos = position(session, loan, as_of)
        card_position = CardPosition(pos.outstanding, pos.due.installments_late,
                                     pos.due.principal + pos.due.interest, pos.due.denda, pos.dpd,
                                     pos.collectibility.label)
    return LoanCard(
        coop=ps.coop_info(session), number=loan.number, status=loan.status, simulation=simulation,
        member_number=member.number, member_name=member.name, member_address=member.address,
        member_phone=member.phone, product_name=product.name, principal=loan.principal, term=loan.term,
        rate=loan.rate, rate_per=loan.rate_per, method=loan.method, rounding=loan.rounding,
        applied_on=loan.applied_on, disbursed_on=loan.disbursed_on, purpose=loan.purpose,
        collateral=loan.collateral, collateral_value=loan.collateral_value, provisi=provisi, admin_fee=admin_fee,
        withheld=withheld, disbursement_voucher=voucher, rows=rows, as_of=as_of, position=card_position,
        denda_paid=denda_paid, waived_interest=waived, written_off=written_off,
        closed_on=loan.closed_on if loan.closed_on is not None and loan.closed_on <= as_of else None,
        entered_by=user_name(session, loan.entered_by), approved_by=user_name(session, loan.approved_by),
        printed_at=printed_at or datetime.now(),
    )


def _disbursed_rows(session: Session, loan: Loan, as_of: date) -> tuple[tuple[CardRow, ...], int, int, int]:
    """The stored installments with what was paid on each by ``as_of``; also the denda
    received, the interest waived at an early payoff and the principal written off, by then."""
    installments = list(session.scalars(select(LoanInstallment).where(LoanInstallment.loan_id == loan.id)
                                        .order_by(LoanInstallment.no)))
    txs = list(session.scalars(select(LoanTransaction).where(
        LoanTransaction.loan_id == loan.id, LoanTransaction.installment_no.is_not(None),
        LoanTransaction.date <= as_of).order_by(LoanTransaction.id)))
    # A payment reversed by then does not count as the day the installment was paid.
    reversed_ids = set(session.scalars(select(JournalEntry.reverses_id).where(
        JournalEntry.id.in_(sorted({t.entry_id for t in txs if t.kind.startswith("rev-")})))))
    paid: dict[int, int] = defaultdict(int)
    settled: dict[int, int] = defaultdict(int)  # principal + interest paid, waived or written off
    written: dict[int, int] = defaultdict(int)
    last_paid: dict[int, date] = {}
    denda = waived = 0
    for t in txs:
        no = int(t.installment_no)  # type: ignore[arg-type]
        settled[no] += t.principal + t.interest + t.waived_interest
        waived += t.waived_interest
        if t.kind in _WRITE_OFF_KINDS:
            written[no] += t.principal
            continue
        paid[no] += t.principal + t.interest
        denda += t.denda
        if not t.kind.startswith("rev-") and t.entry_id not in reversed_ids and t.principal + t.interest + t.denda > 0:
            last_paid[no] = max(last_paid.get(no, t.date), t.date)
    rows = []
    outstanding = loan.principal
    for i in installments:
        outstanding -= i.principal
        unpaid = i.principal + i.interest - settled[i.no]
        rows.append(CardRow(i.no, i.due_date, i.principal, i.interest, outstanding, paid[i.no],
                            last_paid.get(i.no) if paid[i.no] > 0 else None,
                            _status(i.due_date, unpaid, paid[i.no], written[i.no], as_of)))
    return tuple(rows), denda, waived, sum(written.values())


# --- the PDF ----------------------------------------------------------------------------------

_LABELS: dict[str, dict[str, str]] = {
    "id": {
        "title": "KARTU ANGSURAN PINJAMAN", "simulation_title": "SIMULASI JADWAL ANGSURAN PINJAMAN",
        "watermark": "SIMULASI", "loan_number": "No. Pinjaman", "application": "Permohonan tanggal",
        "member_number": "No. Anggota", "member_name": "Nama Anggota", "address": "Alamat", "phone": "Telepon",
        "product": "Jenis Pinjaman", "purpose": "Keperluan", "collateral": "Agunan",
        "principal": "Pokok pinjaman", "term": "Jangka waktu", "rate": "Bunga", "disbursed": "Tanggal pencairan",
        "not_disbursed": "belum dicairkan", "voucher": "Bukti pencairan",
        "provisi": "Provisi", "admin": "Administrasi", "withheld": "Simpanan ditahan", "cash": "Diterima tunai",
        "no": "No.", "due": "Jatuh Tempo", "col_principal": "Pokok", "col_interest": "Bunga",
        "col_total": "Jumlah Angsuran", "col_outstanding": "Sisa Pokok", "col_paid_on": "Tanggal Bayar",
        "col_paid": "Dibayar", "col_status": "Status", "totals": "Jumlah",
        "simulation_note": "SIMULASI: jatuh tempo dihitung dari tanggal permohonan. Jadwal resmi dibuat pada "
                           "tanggal pencairan, dengan angsuran yang sama dan jatuh tempo sebulan setelah pencairan.",
        "position": "Posisi pinjaman per {date}", "outstanding": "Sisa pokok",
        "late": "Tunggakan", "late_value": "{n} angsuran, {amount}", "none_late": "tidak ada",
        "denda_due": "Denda berjalan", "dpd": "Hari terlambat", "dpd_value": "{n} hari",
        "class": "Kolektibilitas", "denda_paid": "Denda sudah dibayar",
        "paid_off": "LUNAS pada {date}", "written_off": "DIHAPUSBUKUKAN pada {date}",
        "written_off_amount": "Pokok dihapusbukukan",
        "waived": "Pelunasan dipercepat: sisa bunga {amount} tidak ditagih.",
        "amounts_in": "Jumlah dalam Rupiah.",
        "borrower": "Peminjam", "applicant": "Pemohon", "officer": "Petugas", "board": "Pengurus",
        "board_above": "Menyetujui,",
        "printed": "Dicetak {when} · CoopDesk",
    },
    "en": {
        "title": "LOAN INSTALLMENT CARD", "simulation_title": "LOAN INSTALLMENT SCHEDULE (SIMULATION)",
        "watermark": "SIMULATION", "loan_number": "Loan no.", "application": "Applied on",
        "member_number": "Member no.", "member_name": "Member name", "address": "Address", "phone": "Phone",
        "product": "Loan product", "purpose": "Purpose", "collateral": "Collateral",
        "principal": "Principal", "term": "Term", "rate": "Interest", "disbursed": "Disbursed on",
        "not_disbursed": "not disbursed yet", "voucher": "Disbursement voucher",
        "provisi": "Provision fee", "admin": "Administration fee", "withheld": "Savings withheld",
        "cash": "Cash paid out",
        "no": "No.", "due": "Due date", "col_principal": "Principal", "col_interest": "Interest",
        "col_total": "Installment", "col_outstanding": "Outstanding", "col_paid_on": "Paid on",
        "col_paid": "Paid", "col_status": "Status", "totals": "Total",
        "simulation_note": "SIMULATION: due dates are counted from the application date. The binding schedule "
                           "is made at disbursement, with the same installments due one month after it.",
        "position": "Loan position on {date}", "outstanding": "Outstanding principal",
        "late": "Arrears", "late_value": "{n} installments, {amount}", "none_late": "none",
        "denda_due": "Late penalty due", "dpd": "Days past due", "dpd_value": "{n} days",
        "class": "Collectibility", "denda_paid": "Late penalty paid",
        "paid_off": "PAID OFF on {date}", "written_off": "WRITTEN OFF on {date}",
        "written_off_amount": "Principal written off",
        "waived": "Paid off early: remaining interest of {amount} not charged.",
        "amounts_in": "Amounts in Rupiah.",
        "borrower": "Borrower", "applicant": "Applicant", "officer": "Officer", "board": "Board",
        "board_above": "Approved by,",
        "printed": "Printed {when} · CoopDesk",
    },
}

MARGIN = 12 * mm
_LATE = colors.HexColor("#b00020")


def _on_page(note: str, lang: str, watermark: str | None) -> Any:
    base = ps.footer(note, page_numbers=True, lang=lang)

    def draw(canvas: Canvas, doc: Any) -> None:
        base(canvas, doc)
        if watermark:
            # A pale diagonal word across every page: a preview must never pass for the
            # binding schedule, even photocopied or cut.
            canvas.saveState()
            canvas.setFont(ps.FONT_BOLD, 96)
            canvas.setFillColor(colors.Color(0.8, 0.8, 0.8, alpha=0.35))
            width, height = doc.pagesize
            canvas.translate(width / 2, height / 2)
            canvas.rotate(40)
            canvas.drawCentredString(0, -30, watermark)
            canvas.restoreState()

    return draw


def render_loan_card_pdf(card: LoanCard, path: Path, lang: str = "id") -> Path:
    """Write the card as an A4 portrait PDF (it goes into the loan's file) and return its path."""
    ps.check_lang(lang)
    path = ps.ensure_parent(Path(path))
    L = _LABELS[lang]
    title = L["simulation_title"] if card.simulation else L["title"]
    note = L["printed"].format(when=ps.format_datetime(card.printed_at, lang))
    doc = ps.document(
        path, A4, margins=(MARGIN, MARGIN, 12 * mm, 16 * mm),
        on_page=_on_page(note, lang, L["watermark"] if card.simulation else None),
        title=f"{title} {card.number}", author=card.coop.name, subject=f"{card.member_number} {card.member_name}",
    )
    width = doc.width
    story: list[Any] = []
    story += ps.letterhead_lines(card.coop, lang, align=TA_CENTER, name_size=14, width=width)
    story += [Spacer(1, 3), HRFlowable(width="100%", thickness=1.6, color=ps.RULE, spaceAfter=1.2),
              HRFlowable(width="100%", thickness=0.5, color=ps.RULE, spaceAfter=8)]
    story.append(Paragraph(ps.text(title), ps.style("title", 12.5, bold=True, align=TA_CENTER)))
    sub = f"{L['loan_number']}: <b>{ps.text(card.number)}</b>"
    if card.simulation:
        sub += f" · {L['application']} {ps.format_date(card.applied_on, lang)}"
    story += [Paragraph(sub, ps.style("sub", 9.5, align=TA_CENTER, space_before=2)), Spacer(1, 8)]
    story.append(_details(card, lang, width))
    story.append(Spacer(1, 8))
    if card.simulation:
        story.append(Paragraph(ps.text(L["simulation_note"]), ps.style("sim", 8.5, color=ps.ALERT, space_after=5)))
    story.append(_schedule_table(card, lang, width))
    story.append(Paragraph(ps.text(L["amounts_in"]), ps.style("unit", 7, color=ps.MUTED, space_before=2)))
    if card.waived_interest:
        story.append(Paragraph(ps.text(L["waived"].format(amount=format_rupiah(card.waived_interest))),
                               ps.style("waived", 8.5, space_before=4)))
    if card.position is not None:
        story += [Spacer(1, 8), _position_box(card, lang, width)]
    story.append(Spacer(1, 16))
    if card.simulation:
        signers = [ps.Signer(L["applicant"], card.member_name), ps.Signer(L["officer"], card.entered_by)]
    else:
        signers = [ps.Signer(L["borrower"], card.member_name), ps.Signer(L["officer"], card.entered_by),
                   ps.Signer(L["board"], card.approved_by, above=L["board_above"])]
    day = card.as_of if not card.simulation else card.applied_on
    story.append(KeepTogether([
        Paragraph(ps.format_date(day, lang), ps.style("place", 9, align=TA_RIGHT)),
        Spacer(1, 4),
        ps.signature_block(signers, width, space=46, size=8.5),
    ]))
    doc.build(story)
    return path


def _details(card: LoanCard, lang: str, width: float) -> Table:
    """Who borrowed (left) and the loan's terms and money paid out (right)."""
    L = _LABELS[lang]
    half = (width - 8 * mm) / 2
    left: list[tuple[str, object]] = [
        (L["member_number"], card.member_number),
        (L["member_name"], Paragraph(f"<b>{ps.text(card.member_name)}</b>", ps.style("n", 9))),
    ]
    if card.member_address:
        left.append((L["address"], card.member_address))
    if card.member_phone:
        left.append((L["phone"], card.member_phone))
    left.append((L["product"], card.product_name))
    if card.purpose:
        left.append((L["purpose"], card.purpose))
    if card.collateral or card.collateral_value:
        value = card.collateral
        if card.collateral_value:
            worth = format_rupiah(card.collateral_value)
            value = f"{value} ({worth})" if value else worth
        left.append((L["collateral"], value))
    disbursed = ps.format_date(card.disbursed_on, lang) if card.disbursed_on else L["not_disbursed"]
    right: list[tuple[str, object]] = [
        (L["principal"], Paragraph(f"<b>{format_rupiah(card.principal)}</b>", ps.style("p", 9))),
        (L["term"], term_in_words(card.term, lang)),
        (L["rate"], rate_in_words(card.rate, card.rate_per, card.method, lang)),
        (L["disbursed"], disbursed),
    ]
    if card.disbursement_voucher:
        right.append((L["voucher"], card.disbursement_voucher))
    right += [(L["provisi"], format_rupiah(card.provisi)), (L["admin"], format_rupiah(card.admin_fee))]
    if card.withheld:
        right.append((L["withheld"], format_rupiah(card.withheld)))
    right.append((L["cash"], Paragraph(f"<b>{format_rupiah(card.cash_paid)}</b>", ps.style("c", 9))))
    label_w = 27 * mm
    body = Table([[ps.label_table(left, (label_w, half - label_w), size=9, padding=1.6),
                   ps.label_table(right, (label_w + 7 * mm, half - label_w - 7 * mm), size=9, padding=1.6)]],
                 colWidths=[half + 8 * mm, half])
    body.setStyle(ps.table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return body


def _money(amount: int) -> str:
    return format_rupiah(amount, prefix=False)


def _schedule_table(card: LoanCard, lang: str, width: float) -> Table:
    L = _LABELS[lang]
    columns = [Column(L["no"], "CENTER"), Column(L["due"]), Column(L["col_principal"], "RIGHT"),
               Column(L["col_interest"], "RIGHT"), Column(L["col_total"], "RIGHT"),
               Column(L["col_outstanding"], "RIGHT")]
    if not card.simulation:
        columns += [Column(L["col_paid_on"]), Column(L["col_paid"], "RIGHT"), Column(L["col_status"])]
    statuses = _STATUS_TEXT[lang]
    rows = []
    for r in card.rows:
        cells = [str(r.no), ps.format_date(r.due_date, lang), _money(r.principal), _money(r.interest),
                 _money(r.total), _money(r.outstanding)]
        if not card.simulation:
            cells += [ps.format_date(r.paid_on, lang) if r.paid_on else "", _money(r.paid) if r.paid else "",
                      statuses[r.status or "belum"]]
        rows.append(Row(cells, color=_LATE if r.status == "terlambat" else None))
    totals = ["", L["totals"], _money(card.total_principal), _money(card.total_interest), _money(card.total), ""]
    if not card.simulation:
        totals += ["", _money(card.total_paid), ""]
    rows.append(Row(totals, "total"))
    return grid(columns, rows, width, size=8, min_size=6.5, padding=3.5)


def _position_box(card: LoanCard, lang: str, width: float) -> Table:
    L = _LABELS[lang]
    pos = card.position
    assert pos is not None
    heading = L["position"].format(date=ps.format_date(card.as_of, lang))
    if card.closed_on is not None and card.status in ("paid_off", "written_off"):
        key = "paid_off" if card.status == "paid_off" else "written_off"
        state = Paragraph(f"<b>{ps.text(L[key].format(date=ps.format_date(card.closed_on, lang)))}</b>",
                          ps.style("closed", 10))
        rows: list[tuple[str, object]] = [(L["outstanding"], format_rupiah(pos.outstanding)), ("", state)]
        if card.written_off:
            rows.insert(1, (L["written_off_amount"], format_rupiah(card.written_off)))
    else:
        late = (L["late_value"].format(n=pos.installments_late, amount=format_rupiah(pos.arrears))
                if pos.installments_late else L["none_late"])
        late_para = Paragraph(ps.text(late), ps.style("late", 9, color=_LATE if pos.installments_late else ps.INK,
                                                      bold=bool(pos.installments_late)))
        rows = [
            (L["outstanding"], Paragraph(f"<b>{format_rupiah(pos.outstanding)}</b>", ps.style("o", 9))),
            (L["late"], late_para),
            (L["denda_due"], format_rupiah(pos.denda_due)),
            (L["dpd"], L["dpd_value"].format(n=pos.dpd)),
            (L["class"], pos.collectibility),
        ]
    rows.append((L["denda_paid"], format_rupiah(card.denda_paid)))
    inner = [Paragraph(f"<b>{ps.text(heading)}</b>", ps.style("pos-h", 9.5, space_after=3)),
             ps.label_table(rows, (40 * mm, width * 0.62 - 40 * mm), size=9, padding=1.4)]
    box = Table([[inner]], colWidths=[width * 0.62 + 12], hAlign="LEFT")
    box.setStyle(ps.table_style([("BOX", (0, 0), (-1, -1), 0.5, ps.MUTED), ("TOPPADDING", (0, 0), (-1, -1), 5),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 5), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
    return box
