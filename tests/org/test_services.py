"""Officers, year texts and the budget: validation, the audit trail, realisation worked by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from coopdesk.db.models import AuditLog
from coopdesk.db.models.year_end import BudgetLine, Officer, YearText
from coopdesk.domain.errors import ValidationError
from coopdesk.services import budget, organisation, year_texts
from coopdesk.services.context import AppContext
from tests.year_end.coop import books_2025


def _audit(ctx: AppContext, action: str) -> list[AuditLog]:
    with ctx.reading() as s:
        return list(s.scalars(select(AuditLog).where(AuditLog.action == action)))


def test_officers_serving_and_counts(sqlite_ctx: AppContext) -> None:
    ctx = sqlite_ctx
    a = organisation.add_officer(ctx, "pengurus", "Ketua", "Budi", "L", date(2024, 1, 1))
    organisation.add_officer(ctx, "pengurus", "Bendahara", "Siti", "P", date(2024, 1, 1))
    organisation.add_officer(ctx, "employee", "Kasir", "Ani", "P", date(2026, 2, 1))
    organisation.end_officer(ctx, a.id, date(2025, 6, 30))
    with ctx.reading() as s:
        assert [o.name for o in organisation.officers(s, date(2025, 12, 31))] == ["Siti"]
        assert [o.name for o in organisation.officers(s, date(2025, 6, 30))] == ["Budi", "Siti"]
        assert [o.name for o in organisation.officers(s)] == ["Siti", "Ani"]
        counts = organisation.counts_by_gender(s, date(2026, 3, 1))
    assert counts["pengurus"] == {"L": 0, "P": 1} and counts["employee"] == {"L": 0, "P": 1}
    assert len(_audit(ctx, "officer.add")) == 3 and len(_audit(ctx, "officer.end")) == 1
    assert _audit(ctx, "officer.end")[0].object_key == str(a.id)


@pytest.mark.parametrize(("args", "field"), [
    (("ketua", "Ketua", "Budi", "L"), "role"),
    (("pengurus", "Ketua", "  ", "L"), "name"),
    (("pengurus", "Ketua", "Budi", "X"), "gender"),
])
def test_officer_validation(sqlite_ctx: AppContext, args: tuple[str, ...], field: str) -> None:
    with pytest.raises(ValidationError) as err:
        organisation.add_officer(sqlite_ctx, *args)
    assert err.value.field == field
    with sqlite_ctx.reading() as s:
        assert s.scalar(select(Officer)) is None


def test_end_before_start_refused(sqlite_ctx: AppContext) -> None:
    a = organisation.add_officer(sqlite_ctx, "pengawas", "Ketua", "Budi", "L", date(2025, 1, 1))
    with pytest.raises(ValidationError) as err:
        organisation.end_officer(sqlite_ctx, a.id, date(2024, 12, 31))
    assert err.value.field == "end_date"
    with sqlite_ctx.reading() as s:
        assert s.get(Officer, a.id).end_date is None


def test_year_texts_and_rat_date(sqlite_ctx: AppContext) -> None:
    ctx = sqlite_ctx
    year_texts.set_text(ctx, 2025, "pengurus_report", "Tahun yang baik.")
    year_texts.set_text(ctx, 2025, "rat_date", "2026-03-14")
    with ctx.reading() as s:
        assert year_texts.get_text(s, 2025, "pengurus_report") == "Tahun yang baik."
        assert year_texts.get_text(s, 2025, "work_plan") == ""
        assert year_texts.rat_date(s, 2025) == date(2026, 3, 14)
        assert year_texts.rat_date(s, 2024) is None
    for kind, text, field in [("shu_settings", "{}", "kind"), ("rat_date", "14/03/2026", "rat_date")]:
        with pytest.raises(ValidationError) as err:
            year_texts.set_text(ctx, 2025, kind, text)
        assert err.value.field == field
    assert len(_audit(ctx, "year_text.set")) == 2
    year_texts.set_text(ctx, 2025, "pengurus_report", "")
    with ctx.reading() as s:
        assert s.scalar(select(YearText).where(YearText.kind == "pengurus_report")) is None


def test_budget_validation_changes_nothing(sqlite_ctx: AppContext) -> None:
    ctx = sqlite_ctx
    for amounts, field in [({"4290": 1_000, "9999": 5}, "account"), ({"4290": 1_000, "1110": 5}, "account"),
                           ({"4290": -1}, "amount:4290"), ({"4290": 1.5}, "amount:4290")]:
        with pytest.raises(ValidationError) as err:
            budget.set_budget(ctx, 2026, amounts)  # type: ignore[arg-type]
        assert err.value.field == field
    with ctx.reading() as s:
        assert s.scalar(select(BudgetLine)) is None


def test_realisation_by_hand(sqlite_ctx: AppContext) -> None:
    """coop.py's 2025: income 4290 2.000.000, 4210 300.000; costs 5220 350.000, 5210 1.200.000, 5230 250.000."""
    ctx = sqlite_ctx
    books_2025(ctx, month_ends=False)
    budget.set_budget(ctx, 2025, {"4290": 1_600_000, "5210": 1_500_000, "5240": 100_000})
    budget.set_budget(ctx, 2025, {"5240": 0})  # 0 removes the line
    assert len(_audit(ctx, "budget.set")) == 4
    with ctx.reading() as s:
        assert budget.budget(s, 2025) == {"4290": 1_600_000, "5210": 1_500_000}
        rows = {r.code: r for r in budget.realisation(s, 2025)}
    assert set(rows) == {"4210", "4290", "5210", "5220", "5230"}
    assert (rows["4290"].budget, rows["4290"].actual, rows["4290"].percent) == (1_600_000, 2_000_000, Decimal("125.0"))
    assert (rows["5210"].actual, rows["5210"].percent) == (1_200_000, Decimal("80.0"))
    assert rows["4210"].percent is None and rows["4210"].actual == 300_000
    t = budget.totals(list(rows.values()))
    assert (t.income_budget, t.income_actual, t.expense_budget, t.expense_actual) == (
        1_600_000, 2_300_000, 1_500_000, 1_800_000)
    assert (t.shu_budget, t.shu_actual) == (100_000, 500_000)


def test_copy_actuals_as_budget(sqlite_ctx: AppContext) -> None:
    books_2025(sqlite_ctx, month_ends=False)
    budget.copy_actuals_as_budget(sqlite_ctx, 2025, 2026, 10)
    with sqlite_ctx.reading() as s:
        assert budget.budget(s, 2026) == {"4210": 330_000, "4290": 2_200_000, "5210": 1_320_000,
                                          "5220": 385_000, "5230": 275_000}
