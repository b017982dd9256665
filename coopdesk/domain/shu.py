"""SHU (Sisa Hasil Usaha): the allocation table and sharing the member pools, in whole Rupiah.

The rules (DOMAIN.md §6; the help text says the same):

* **Allocation.**  The year's SHU is shared over the posts of the allocation table from the
  bylaws (AD/ART): name, percentage, account, kind.  The percentages total exactly 100, each is
  more than zero, names are unique, and there is exactly one *jasa modal* post (shared to members
  by capital) and one *jasa usaha* post (shared to members by their business).  A zero or
  negative SHU (a loss) gives nothing to share: every post gets 0.
* **Whole Rupiah by largest remainder.**  Every split (SHU over the posts, a pool over the
  members) gives each party the whole-Rupiah part of its exact proportional share, then hands
  the Rupiah still left over, one each, to the parties with the largest fractional remainders.
  The shares therefore add up to the amount split *exactly*, and nobody is a whole Rupiah or
  more away from the exact share.  Equal remainders: the posts in table order, the members in
  ascending key order (member number), so the same books always give the same slips.
* **Jasa modal** of member i = JM pool × capital_i / Σ capital; **jasa usaha** of member i =
  JU pool × business_i / Σ business (business = loan interest paid in the year, or principal
  disbursed).  A member whose basis is 0 gets 0; when every basis is 0 nobody gets anything and
  the whole pool stays undistributed (:func:`undistributed` says how much).
* **Capital basis.**  By default the member's simpanan pokok + wajib (option: + sukarela) at year
  end; as an option the average of the twelve month-end balances, where a member who joined
  during the year counts 0 for the months before joining and one who left counts 0 for the
  months after leaving.

Everything here is exact: money is ``int``, percentages and exact shares are ``Decimal``, the
comparisons of remainders are made on exact fractions.  No floats.
"""

from __future__ import annotations

import json
import math
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Context, Decimal, InvalidOperation
from fractions import Fraction
from typing import Any, Protocol, TypeVar

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.savings import SavingsKind

RESERVE = "reserve"
JASA_MODAL = "jasa_modal"
JASA_USAHA = "jasa_usaha"
FUND = "fund"
KINDS = (RESERVE, JASA_MODAL, JASA_USAHA, FUND)
MONTHS_IN_YEAR = 12
MAX_DECIMALS = 4  # of a percentage in the allocation table: 12.5 or 2.25 are what bylaws write
EXACT_DIGITS = 50  # significant digits of an "exact" share that does not terminate (1/3 of a Rupiah)
_FIELD = "allocation"
_EXACT = Context(prec=EXACT_DIGITS)
_WIDE = Context(prec=2 * EXACT_DIGITS)  # wide enough that rounded − exact is itself exact


class _Orderable(Hashable, Protocol):
    def __lt__(self, other: Any, /) -> bool: ...


K = TypeVar("K", bound=_Orderable)


@dataclass(frozen=True)
class AllocationPost:
    """One line of the allocation table: ``percent`` of the SHU goes to ``account``.

    ``kind`` is ``"reserve"`` (cadangan, stays in equity), ``"jasa_modal"`` / ``"jasa_usaha"`` (the
    two member pools) or ``"fund"`` (dana pengurus, karyawan, pendidikan, sosial, ...).
    """

    name: str
    percent: Decimal
    account: str
    kind: str


# DOMAIN.md §6, the accounts from resources/chart_of_accounts.csv: the member pools go to 2121
# Dana SHU Anggota until paid; each fund has its own 212x sub-account of 2120 Dana Bagian SHU.
DEFAULT_ALLOCATION: tuple[AllocationPost, ...] = (
    AllocationPost("Cadangan", Decimal("40"), "3161", RESERVE),
    AllocationPost("Jasa Modal", Decimal("20"), "2121", JASA_MODAL),
    AllocationPost("Jasa Usaha", Decimal("25"), "2121", JASA_USAHA),
    AllocationPost("Dana Pengurus & Pengawas", Decimal("5"), "2122", FUND),
    AllocationPost("Dana Karyawan", Decimal("5"), "2123", FUND),
    AllocationPost("Dana Pendidikan", Decimal("2.5"), "2124", FUND),
    AllocationPost("Dana Sosial", Decimal("2.5"), "2125", FUND),
)


def check_allocation(posts: Sequence[AllocationPost]) -> None:
    """Refuse (ValidationError, field ``"allocation"``) a table the SHU cannot be shared by.

    Every post needs a name and an account and a known kind; each percentage is more than 0 and
    at most 100, with at most 4 decimals;
    names are unique (ignoring case and surrounding spaces); the percentages total exactly 100;
    exactly one post is ``jasa_modal`` and exactly one is ``jasa_usaha``.
    """
    seen: set[str] = set()
    for post in posts:
        if not post.name.strip() or not post.account.strip():
            raise ValidationError(_FIELD, "every post needs a name and an account")
        if post.kind not in KINDS:
            raise ValidationError(_FIELD, "{name}: the kind must be reserve, jasa_modal, jasa_usaha or fund "
                                          "(got {kind})", name=post.name, kind=post.kind)
        if not post.percent.is_finite() or post.percent <= 0:
            raise ValidationError(_FIELD, "{name}: the percentage must be more than 0 (got {percent})",
                                  name=post.name, percent=_plain(post.percent))
        # Bounded precision keeps the total exact (no 1E-50 % hiding under a rounded 100).
        if post.percent > 100 or int(post.percent.normalize().as_tuple().exponent) < -MAX_DECIMALS:
            raise ValidationError(_FIELD, "{name}: the percentage must be at most 100, with at most 4 decimals "
                                          "(got {percent})", name=post.name, percent=_plain(post.percent))
        key = post.name.strip().casefold()
        if key in seen:
            raise ValidationError(_FIELD, "{name} appears more than once", name=post.name)
        seen.add(key)
    total = sum((Fraction(post.percent) for post in posts), Fraction(0))
    if total != 100:
        raise ValidationError(_FIELD, "the percentages must total exactly 100 (they total {total})",
                              total=_plain(_EXACT.divide(Decimal(total.numerator), Decimal(total.denominator))))
    for kind in (JASA_MODAL, JASA_USAHA):
        if sum(1 for post in posts if post.kind == kind) != 1:
            raise ValidationError(_FIELD, "needs exactly one jasa_modal post and one jasa_usaha post")


def format_allocation(posts: Sequence[AllocationPost]) -> str:
    """The table as one settings string: a JSON list, percentages as strings so they stay exact."""
    return json.dumps([{"name": p.name, "percent": _plain(p.percent), "account": p.account, "kind": p.kind}
                       for p in posts], ensure_ascii=False)


def parse_allocation(text: str) -> tuple[AllocationPost, ...]:
    """Read a table written by :func:`format_allocation` and check it (:func:`check_allocation`).

    Malformed text (not JSON, not a list of objects with name, percent, account and kind,
    a percentage that is not a number) is refused with a ValidationError on ``"allocation"``.
    """
    def _no_constants(name: str) -> Any:
        raise ValueError(name)

    try:
        # parse_float=Decimal: a percentage written as a bare number 2.5 stays exact too.
        raw = json.loads(text, parse_float=Decimal, parse_constant=_no_constants)
    except (ValueError, TypeError):
        raise ValidationError(_FIELD, "is not an allocation table: {value}", value=_excerpt(text)) from None
    if not isinstance(raw, list) or not raw:
        raise ValidationError(_FIELD, "is not an allocation table: {value}", value=_excerpt(text))
    posts = []
    for item in raw:
        if not isinstance(item, dict) or set(item) != {"name", "percent", "account", "kind"} \
                or not all(isinstance(item[k], str) for k in ("name", "account", "kind")) \
                or isinstance(item["percent"], bool) or not isinstance(item["percent"], str | int | Decimal):
            raise ValidationError(_FIELD, "is not an allocation table: {value}", value=_excerpt(text))
        try:
            percent = Decimal(str(item["percent"]).strip().replace(",", "."))
        except InvalidOperation:
            raise ValidationError(_FIELD, "{name}: the percentage is not a number (got {percent})",
                                  name=item["name"], percent=item["percent"]) from None
        posts.append(AllocationPost(item["name"].strip(), percent, item["account"].strip(), item["kind"].strip()))
    check_allocation(posts)
    return tuple(posts)


@dataclass(frozen=True)
class MemberShare:
    """One party's part of a largest-remainder split.

    ``exact`` is the proportional share (exact when it terminates, else to 50 significant digits),
    ``rounded`` the whole Rupiah given, ``residue`` = rounded − exact (always strictly between −1 and 1).
    """

    basis: int | Decimal
    exact: Decimal
    rounded: int
    residue: Decimal


@dataclass(frozen=True)
class PoolShare:
    """A post of the allocation table with the part of the SHU it receives."""

    post: AllocationPost
    exact: Decimal
    amount: int
    residue: Decimal


@dataclass(frozen=True)
class MemberSHU:
    """A member's SHU: the jasa modal and jasa usaha shares (with basis, exact and residue) and the total."""

    jasa_modal: MemberShare
    jasa_usaha: MemberShare

    @property
    def total(self) -> int:
        return self.jasa_modal.rounded + self.jasa_usaha.rounded


def _largest_remainder(pool: int, bases: Sequence[int | Decimal]) -> list[tuple[int, int, int]]:
    """(numerator, denominator, whole Rupiah) per basis, in the given order, the exact share being
    numerator / denominator; equal remainders go to the earlier position.

    Every basis 0 (or an empty list): every share is 0 and the pool is left undistributed.
    """
    if pool < 0:
        raise ValueError(f"a pool to share cannot be negative: {pool}")
    ratios = [basis.as_integer_ratio() for basis in bases]
    if any(numerator < 0 for numerator, _ in ratios):
        raise ValueError("a basis of a share cannot be negative")
    # Scale the bases to whole numbers (Decimals have power-of-ten denominators): the shares only
    # depend on their ratios, and integer arithmetic keeps 20.000 members well under a second.
    scale = math.lcm(*(denominator for _, denominator in ratios)) if ratios else 1
    weights = [numerator * (scale // denominator) for numerator, denominator in ratios]
    total = sum(weights)
    if total == 0:
        return [(0, 1, 0) for _ in weights]
    parts = [divmod(pool * weight, total) for weight in weights]  # whole Rupiah, remainder in 1/total
    rounded = [whole for whole, _ in parts]
    left = pool - sum(rounded)
    # Largest remainder first; equal remainders by position.  A zero basis has remainder 0 and
    # is never reached: the remainders sum to `left`, each below 1, so more than `left` are > 0.
    order = sorted(range(len(parts)), key=lambda i: (-parts[i][1], i))
    for i in order[:left]:
        rounded[i] += 1
    return [(pool * weight, total, whole) for weight, whole in zip(weights, rounded, strict=True)]


def _share(basis: int | Decimal, numerator: int, denominator: int, rounded: int) -> MemberShare:
    """The share with its exact figure (50 significant digits at most) and residue = rounded − that figure."""
    exact = _EXACT.divide(Decimal(numerator), Decimal(denominator))
    return MemberShare(basis, exact, rounded, _WIDE.subtract(Decimal(rounded), exact))


def split_pools(shu: int, posts: Sequence[AllocationPost]) -> list[PoolShare]:
    """Share the SHU over the allocation posts in whole Rupiah, adding up to the SHU exactly.

    Largest remainder; equal remainders go to the post earlier in the table.  A zero or negative
    SHU (a loss is not shared) gives every post 0.  The table is checked first.
    """
    check_allocation(posts)
    amount = max(shu, 0)
    split = _largest_remainder(amount, [post.percent for post in posts])
    shares = [_share(post.percent, *parts) for post, parts in zip(posts, split, strict=True)]
    return [PoolShare(post, share.exact, share.rounded, share.residue)
            for post, share in zip(posts, shares, strict=True)]


def pool_of(pools: Sequence[PoolShare], kind: str) -> int:
    """The amount of the (single) post of ``kind``, e.g. the jasa modal pool."""
    return sum(pool.amount for pool in pools if pool.post.kind == kind)


def share_by_largest_remainder(pool: int, bases: Mapping[K, int | Decimal]) -> dict[K, MemberShare]:
    """Share ``pool`` Rupiah in proportion to ``bases``, whole Rupiah, adding up to the pool exactly.

    Each member gets the whole part of pool × basis / Σ basis; the Rupiah left over go one each to
    the largest fractional remainders, equal remainders in ascending key order.  A member with
    basis 0 gets 0.  When every basis is 0 (or there are no members) nobody gets anything: every
    share is 0 and the pool stays undistributed (see :func:`undistributed`).  The result is in
    ascending key order.  Negative pools or bases are a caller's bug (ValueError).
    """
    keys = sorted(bases)
    split = _largest_remainder(pool, [bases[key] for key in keys])
    return {key: _share(bases[key], *parts) for key, parts in zip(keys, split, strict=True)}


def undistributed(pool: int, shares: Mapping[Any, MemberShare]) -> int:
    """What of ``pool`` the shares leave over: 0, unless every basis was 0 (then the whole pool)."""
    return pool - sum(share.rounded for share in shares.values())


def member_shu(jm_pool: int, ju_pool: int, capital: Mapping[K, int | Decimal],
               business: Mapping[K, int | Decimal]) -> dict[K, MemberSHU]:
    """Each member's jasa modal (JM pool by capital) and jasa usaha (JU pool by business).

    A member missing from one of the mappings has basis 0 there.  Each pool is shared with
    :func:`share_by_largest_remainder`, so the members' jasa modal add up to the JM pool and their
    jasa usaha to the JU pool exactly (unless every basis of a pool is 0).  Ascending key order.
    """
    members = sorted(set(capital) | set(business))
    jm = share_by_largest_remainder(jm_pool, {key: capital.get(key, 0) for key in members})
    ju = share_by_largest_remainder(ju_pool, {key: business.get(key, 0) for key in members})
    return {key: MemberSHU(jm[key], ju[key]) for key in members}


CAPITAL_KINDS = (SavingsKind.POKOK, SavingsKind.WAJIB)


def capital_basis(balances_at_year_end: Mapping[K, Mapping[str, int]], *,
                  include_sukarela: bool = False) -> dict[K, int]:
    """The default capital basis: each member's simpanan pokok + wajib at year end (option: + sukarela).

    ``balances_at_year_end`` maps a member to its balances by savings kind (``"pokok"``, ``"wajib"``,
    ``"sukarela"``); a missing kind counts 0.
    """
    kinds = (*CAPITAL_KINDS, SavingsKind.SUKARELA) if include_sukarela else CAPITAL_KINDS
    return {member: sum(balances.get(kind, 0) for kind in kinds) for member, balances in balances_at_year_end.items()}


def average_monthly_capital(month_end_balances: Sequence[int]) -> Decimal:
    """The optional capital basis: the average of the member's twelve month-end balances (Jan..Dec).

    Rule shown in the help: a member who joined during the year counts 0 for every month end
    before joining, and one who left counts 0 for every month end after leaving, so a member is
    rewarded for the months the capital was actually in the cooperative.  The average is Σ / 12:
    exact when it terminates, else to 50 significant digits.  That is safe to share on: for books
    below 10^16 Rupiah the error (under 10^-33 Rupiah a share) is far smaller than the gap between
    two different remainders (at least 1 / Σ basis), and equal averages stay equal, so the rounded
    shares are those of the exact averages.
    """
    if len(month_end_balances) != MONTHS_IN_YEAR:
        raise ValueError(f"need {MONTHS_IN_YEAR} month-end balances, got {len(month_end_balances)}")
    if any(balance < 0 for balance in month_end_balances):
        raise ValueError("a month-end balance cannot be negative")
    return _EXACT.divide(Decimal(sum(month_end_balances)), Decimal(MONTHS_IN_YEAR))


def _plain(value: Decimal) -> str:
    """``Decimal("2.50")`` → ``"2.5"``, ``Decimal("4E+1")`` → ``"40"``: no exponent, no trailing zeros."""
    if not value.is_finite() or abs(value.adjusted()) > 30:  # "f" of 1E+999999 is a million digits
        return str(value)
    return format(value.normalize(), "f")


def _excerpt(text: str, limit: int = 60) -> str:
    text = str(text)
    return text if len(text) <= limit else text[:limit] + "…"
