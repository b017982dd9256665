"""Amounts in Indonesian words (terbilang), as printed on receipts.

``terbilang(1250000)`` → ``"satu juta dua ratus lima puluh ribu rupiah"``.
The special forms are *sepuluh*, *sebelas*, *seratus* and *seribu* (but *satu juta*).
"""

from __future__ import annotations

_ONES = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]
_SCALES = [(10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (10**3, "ribu")]


def _below_thousand(n: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds == 1:
        words.append("seratus")
    elif hundreds > 1:
        words += [_ONES[hundreds], "ratus"]
    if rest == 10:
        words.append("sepuluh")
    elif rest == 11:
        words.append("sebelas")
    elif 12 <= rest <= 19:
        words += [_ONES[rest - 10], "belas"]
    elif rest >= 20:
        tens, ones = divmod(rest, 10)
        words += [_ONES[tens], "puluh"]
        if ones:
            words.append(_ONES[ones])
    elif rest > 0:
        words.append(_ONES[rest])
    return words


def number_words(n: int) -> str:
    """Whole number in Indonesian words, without the currency."""
    if n == 0:
        return "nol"
    if n < 0:
        return "minus " + number_words(-n)
    words: list[str] = []
    for scale, name in _SCALES:
        count, n = divmod(n, scale)
        if count == 0:
            continue
        if scale == 1000 and count == 1:
            words.append("seribu")
        else:
            words += [*number_words(count).split(), name]
    words += _below_thousand(n)
    return " ".join(words)


def terbilang(amount: int) -> str:
    """Rupiah amount in words, lower case, ending in ``rupiah``."""
    return f"{number_words(int(amount))} rupiah"
