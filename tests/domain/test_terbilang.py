"""Amounts in Indonesian words, as printed on receipts (terbilang)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.domain.terbilang import number_words, terbilang


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        (0, "nol rupiah"),
        (1, "satu rupiah"),
        (10, "sepuluh rupiah"),
        (11, "sebelas rupiah"),
        (15, "lima belas rupiah"),
        (19, "sembilan belas rupiah"),
        (20, "dua puluh rupiah"),
        (100, "seratus rupiah"),
        (111, "seratus sebelas rupiah"),
        (115, "seratus lima belas rupiah"),
        (1000, "seribu rupiah"),
        (1001, "seribu satu rupiah"),
        (1100, "seribu seratus rupiah"),
        (2500, "dua ribu lima ratus rupiah"),
        (11_000, "sebelas ribu rupiah"),
        (21_511, "dua puluh satu ribu lima ratus sebelas rupiah"),
        (100_000, "seratus ribu rupiah"),
        (101_000, "seratus satu ribu rupiah"),
        (110_000, "seratus sepuluh ribu rupiah"),
        (1_000_000, "satu juta rupiah"),
        (1_001_001, "satu juta seribu satu rupiah"),
        (1_250_000, "satu juta dua ratus lima puluh ribu rupiah"),
        (999_999, "sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan rupiah"),
        (1_000_000_000, "satu miliar rupiah"),
        (2_000_000_000_000, "dua triliun rupiah"),
        (1_000_000_000_000_000, "seribu triliun rupiah"),
    ],
)
def test_terbilang_hand_cases(amount: int, words: str) -> None:
    assert terbilang(amount) == words


def test_number_words_has_no_currency() -> None:
    assert number_words(1_250_000) == "satu juta dua ratus lima puluh ribu"
    assert number_words(-5) == "minus lima"


_UNITS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
          "sembilan": 9}
_SE = {"sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000}
_SCALES = {"ribu": 10**3, "juta": 10**6, "miliar": 10**9, "triliun": 10**12}


def words_to_int(text: str) -> int:
    """An independent reader of terbilang text (what a cashier does in her head)."""
    words = text.split(" ")
    assert words[-1] == "rupiah"
    words = words[:-1]
    if words == ["nol"]:
        return 0
    total = group = pending = 0
    for w in words:
        if w in _UNITS:
            assert pending == 0, text
            pending = _UNITS[w]
        elif w in _SE:
            group += _SE[w]
        elif w == "belas":
            assert pending > 1, text  # "satu belas" is sebelas
            group, pending = group + pending + 10, 0
        elif w == "puluh":
            assert pending > 1, text  # "satu puluh" is sepuluh
            group, pending = group + pending * 10, 0
        elif w == "ratus":
            assert pending > 1, text  # "satu ratus" is seratus
            group, pending = group + pending * 100, 0
        elif w in _SCALES:
            group, pending = group + pending, 0
            assert group > 0, text
            total, group = total + group * _SCALES[w], 0
        else:
            raise AssertionError(f"unknown word {w!r} in {text!r}")
    return total + group + pending


@given(st.integers(min_value=0, max_value=10**15))
def test_terbilang_reads_back_to_the_amount(n: int) -> None:
    text = terbilang(n)
    assert text.strip() == text
    assert "  " not in text
    assert text.endswith(" rupiah")
    assert not text.startswith("satu ribu")
    assert words_to_int(text) == n
