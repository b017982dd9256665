"""Fixed assets through the services: registering (cash, bank, already owned), month end's
depreciation (once per month, catching up late registrations), disposal with a gain or a loss,
and bad input that changes nothing.  Figures are worked out by hand in the comments."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from coopdesk.db.models import DepreciationPosting
from coopdesk.domain.errors import ValidationError
from coopdesk.services import corrections, fixed_assets, month_end
from coopdesk.services.context import AppContext
from coopdesk.services.fixed_assets import AssetInput
from tests.services.helpers import snapshot, tb

from .helpers import balance, fund, lines

LAPTOP = AssetInput("Laptop kantor", "equipment", 12_000_000, date(2025, 1, 10), 36)


def test_register_paid_from_cash_is_a_bkk_entry(ctx: AppContext) -> None:
    fund(ctx, 20_000_000)
    done = fixed_assets.register(ctx, LAPTOP)
    assert done.number == "AT-0001"
    assert done.voucher.startswith("BKK-2025-")
    assert lines(ctx, done.voucher) == [("1340", 12_000_000, 0), ("1110", 0, 12_000_000)]
    assert balance(ctx, "1110") == 8_000_000


def test_register_paid_from_bank(ctx: AppContext) -> None:
    fund(ctx, 200_000_000, account="1121")
    done = fixed_assets.register(ctx, AssetInput("Mobil operasional", "vehicle", 150_000_000, date(2025, 2, 1), 96,
                                                 residual=6_000_000, paid_from="1121"))
    assert lines(ctx, done.voucher) == [("1330", 150_000_000, 0), ("1121", 0, 150_000_000)]


def test_month_end_posts_depreciation_once(ctx: AppContext) -> None:
    fund(ctx, 20_000_000)
    fixed_assets.register(ctx, LAPTOP)  # bought 10 January: January is its first month
    jan = month_end.run(ctx, "2025-01")
    assert jan.depreciation_total == 333_333
    assert jan.depreciation is not None and jan.depreciation.voucher is not None
    assert jan.depreciation.voucher.startswith("JM-2025-")
    assert lines(ctx, jan.depreciation.voucher) == [("5270", 333_333, 0), ("1345", 0, 333_333)]
    before = snapshot(ctx.db)
    again = month_end.run(ctx, "2025-01")
    assert again.already_done and again.depreciation_total == 333_333
    assert again.depreciation is not None and again.depreciation.voucher == jan.depreciation.voucher
    assert snapshot(ctx.db) == before


def test_one_entry_for_all_assets_per_accumulated_account(ctx: AppContext) -> None:
    fund(ctx, 400_000_000)
    fixed_assets.register(ctx, LAPTOP)
    fixed_assets.register(ctx, AssetInput("Printer", "equipment", 2_400_000, date(2025, 1, 15), 24))
    fixed_assets.register(ctx, AssetInput("Motor", "vehicle", 24_000_000, date(2025, 1, 5), 48))
    fixed_assets.register(ctx, AssetInput("Tanah kantor", "land", 300_000_000, date(2025, 1, 5), 0))
    fixed_assets.register(ctx, AssetInput("Lemari", "equipment", 1_200_000, date(2025, 1, 16), 12))  # from Feb
    jan = month_end.run(ctx, "2025-01")
    # 333.333 + 100.000 (printer) on 1345, 500.000 (motor) on 1335; no land, no lemari yet.
    assert jan.depreciation is not None and jan.depreciation.voucher is not None
    assert lines(ctx, jan.depreciation.voucher) == [("5270", 933_333, 0), ("1335", 0, 500_000),
                                                    ("1345", 0, 433_333)]
    feb = month_end.run(ctx, "2025-02")
    assert feb.depreciation_total == 933_333 + 100_000


def test_an_asset_registered_late_catches_up(ctx: AppContext) -> None:
    month_end.run(ctx, "2025-01")
    month_end.run(ctx, "2025-02")
    fund(ctx, 20_000_000, date(2025, 3, 1))
    fixed_assets.register(ctx, LAPTOP)  # bought in January, entered after February's month end
    mar = month_end.run(ctx, "2025-03")
    assert mar.depreciation is not None
    assert [(l.month, l.amount) for l in mar.depreciation.lines] == [
        ("2025-01", 333_333), ("2025-02", 333_333), ("2025-03", 333_333)]
    assert -balance(ctx, "1345") == 999_999


def test_whole_life_adds_up_to_cost(ctx: AppContext) -> None:
    # 1.000.000 over 3 months: 333.333, 333.333, 333.334.
    fund(ctx, 1_000_000)
    fixed_assets.register(ctx, AssetInput("Kipas", "equipment", 1_000_000, date(2025, 1, 2), 3))
    totals = [month_end.run(ctx, f"2025-{m:02d}").depreciation_total for m in range(1, 6)]
    assert totals == [333_333, 333_333, 333_334, 0, 0]
    assert -balance(ctx, "1345") == 1_000_000


def test_opening_asset_brings_its_accumulated_depreciation(ctx: AppContext) -> None:
    # Bought 2 Jan 2024 for 12.000.000 over 36 months; the books start 1 Jan 2025:
    # 12 months (Jan-Dec 2024) = 3.999.996 already depreciated, book value 8.000.004.
    done = fixed_assets.register(ctx, AssetInput("Komputer lama", "equipment", 12_000_000, date(2024, 1, 2), 36,
                                                 paid_from="opening"))
    assert done.opening_accumulated == 3_999_996
    assert done.voucher.startswith("JM-2025-")
    assert lines(ctx, done.voucher) == [("1340", 12_000_000, 0), ("1345", 0, 3_999_996), ("3190", 0, 8_000_004)]
    jan = month_end.run(ctx, "2025-01")
    assert [(l.month, l.amount) for l in jan.depreciation.lines] == [("2025-01", 333_333)]  # type: ignore[union-attr]


def test_sale_at_a_gain(ctx: AppContext) -> None:
    fund(ctx, 20_000_000)
    fixed_assets.register(ctx, LAPTOP)
    month_end.run(ctx, "2025-01")
    month_end.run(ctx, "2025-02")
    # Sold 20 March for 11.500.000: March still counts (after the 15th), so 3 × 333.333 = 999.999
    # accumulated, book value 11.000.001, gain 499.999.
    sale = fixed_assets.dispose(ctx, "AT-0001", date(2025, 3, 20), 11_500_000, "1110")
    assert sale.accumulated == 999_999 and sale.gain == 499_999
    assert sale.depreciation_voucher is not None
    assert lines(ctx, sale.depreciation_voucher) == [("5270", 333_333, 0), ("1345", 0, 333_333)]
    assert sale.voucher.startswith("BKM-2025-")
    assert lines(ctx, sale.voucher) == [("1110", 11_500_000, 0), ("1345", 999_999, 0), ("1340", 0, 12_000_000),
                                        ("4290", 0, 499_999)]
    assert balance(ctx, "1340") == 0 and balance(ctx, "1345") == 0
    # March's month end finds nothing more to depreciate.
    assert month_end.run(ctx, "2025-03").depreciation_total == 0


def test_scrapped_at_a_loss(ctx: AppContext) -> None:
    fund(ctx, 20_000_000)
    fixed_assets.register(ctx, LAPTOP)
    month_end.run(ctx, "2025-01")
    # Scrapped 10 February for nothing: February does not count (on or before the 15th).
    # Accumulated 333.333, loss = book value 11.666.667.
    scrap = fixed_assets.dispose(ctx, "AT-0001", date(2025, 2, 10))
    assert scrap.depreciation_voucher is None and scrap.gain == -11_666_667
    assert scrap.voucher.startswith("JM-2025-")
    assert lines(ctx, scrap.voucher) == [("1345", 333_333, 0), ("5280", 11_666_667, 0), ("1340", 0, 12_000_000)]
    assert tb(ctx).balanced


def test_land_sold_has_no_depreciation(ctx: AppContext) -> None:
    fund(ctx, 100_000_000)
    fixed_assets.register(ctx, AssetInput("Tanah", "land", 100_000_000, date(2025, 1, 5), 0))
    sale = fixed_assets.dispose(ctx, "AT-0001", date(2025, 6, 30), 90_000_000, "1121")
    assert lines(ctx, sale.voucher) == [("1121", 90_000_000, 0), ("5280", 10_000_000, 0), ("1310", 0, 100_000_000)]


def test_disposal_before_a_month_already_depreciated_is_refused(ctx: AppContext) -> None:
    fund(ctx, 20_000_000)
    fixed_assets.register(ctx, LAPTOP)
    month_end.run(ctx, "2025-01")
    month_end.run(ctx, "2025-02")
    before = snapshot(ctx.db)
    with pytest.raises(ValidationError) as err:
        fixed_assets.dispose(ctx, "AT-0001", date(2025, 1, 20))
    assert err.value.field == "date"
    assert snapshot(ctx.db) == before


def test_disposed_twice_is_refused(ctx: AppContext) -> None:
    fund(ctx, 20_000_000)
    fixed_assets.register(ctx, LAPTOP)
    fixed_assets.dispose(ctx, "AT-0001", date(2025, 3, 1), 5_000_000)
    with pytest.raises(ValidationError) as err:
        fixed_assets.dispose(ctx, "AT-0001", date(2025, 4, 1), 5_000_000)
    assert err.value.field == "asset"


@pytest.mark.parametrize(("change", "field"), [
    ({"name": " "}, "name"), ({"name": "x" * 121}, "name"), ({"category": "car"}, "category"),
    ({"cost": 0}, "cost"), ({"residual": 12_000_000}, "residual"), ({"life_months": 0}, "life"),
    ({"paid_from": "2111"}, "paid_from"), ({"acquired_on": date(2026, 1, 5)}, "date"),
    ({"acquired_on": date(2024, 12, 5)}, "date"),  # before the books start, but paid in cash
    ({"paid_from": "opening"}, "paid_from"),  # bought after the books start
])
def test_bad_input_changes_nothing(ctx: AppContext, change: dict[str, object], field: str) -> None:
    fund(ctx, 20_000_000)
    data = {"name": "Laptop", "category": "equipment", "cost": 12_000_000, "acquired_on": date(2025, 1, 10),
            "life_months": 36, "residual": 0, "paid_from": "1110", **change}
    before = snapshot(ctx.db)
    with pytest.raises(ValidationError) as err:
        fixed_assets.register(ctx, AssetInput(**data))  # type: ignore[arg-type]
    assert err.value.field == field
    assert snapshot(ctx.db) == before


def test_bad_disposal_input_changes_nothing(ctx: AppContext) -> None:
    fund(ctx, 20_000_000)
    fixed_assets.register(ctx, LAPTOP)
    before = snapshot(ctx.db)
    for kwargs, field in (({"number": "AT-9999", "day": date(2025, 3, 1)}, "asset"),
                          ({"number": "AT-0001", "day": date(2025, 1, 5)}, "date"),
                          ({"number": "AT-0001", "day": date(2025, 3, 1), "proceeds": -1}, "proceeds"),
                          ({"number": "AT-0001", "day": date(2025, 3, 1), "to": "2111"}, "to")):
        with pytest.raises(ValidationError) as err:
            fixed_assets.dispose(ctx, **kwargs)  # type: ignore[arg-type]
        assert err.value.field == field
    assert snapshot(ctx.db) == before


def test_depreciation_rows_are_insert_only(ctx: AppContext) -> None:
    fund(ctx, 20_000_000)
    fixed_assets.register(ctx, LAPTOP)
    month_end.run(ctx, "2025-01")
    with pytest.raises(Exception, match="cannot be changed"), ctx.transaction() as session:
        row = session.scalars(select(DepreciationPosting)).one()
        row.amount = 1
        session.flush()


def test_reversing_a_purchase_cancels_the_asset(ctx: AppContext) -> None:
    fund(ctx, 20_000_000)
    done = fixed_assets.register(ctx, LAPTOP)
    corrections.reverse(ctx, done.voucher, "salah input", date(2025, 1, 20))
    assert balance(ctx, "1340") == 0 and balance(ctx, "1110") == 20_000_000
    assert month_end.run(ctx, "2025-01").depreciation_total == 0  # no longer depreciated
    with ctx.reading() as session:
        assert fixed_assets.all_assets(session) == []


def test_depreciation_cannot_be_reversed_nor_a_depreciated_purchase(ctx: AppContext) -> None:
    fund(ctx, 20_000_000)
    done = fixed_assets.register(ctx, LAPTOP)
    jan = month_end.run(ctx, "2025-01")
    assert jan.depreciation is not None and jan.depreciation.voucher is not None
    before = snapshot(ctx.db)
    for voucher in (jan.depreciation.voucher, done.voucher):
        with pytest.raises(ValidationError) as err:
            corrections.reverse(ctx, voucher, "coba", date(2025, 2, 1))
        assert err.value.field == "voucher"
    assert snapshot(ctx.db) == before


def test_reversing_a_disposal_puts_the_asset_back(ctx: AppContext) -> None:
    fund(ctx, 20_000_000)
    fixed_assets.register(ctx, LAPTOP)
    sale = fixed_assets.dispose(ctx, "AT-0001", date(2025, 2, 10), 11_000_000)
    corrections.reverse(ctx, sale.voucher, "batal jual", date(2025, 2, 11))
    assert balance(ctx, "1340") == 12_000_000
    # January was posted with the disposal; February's month end goes on from there.
    assert month_end.run(ctx, "2025-02").depreciation_total == 333_333
    fixed_assets.dispose(ctx, "AT-0001", date(2025, 3, 10), 10_000_000)  # can be disposed of again
