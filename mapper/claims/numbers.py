"""How figures are written: "900", "1,180", "1.2 thousand", "two hundred", "2 1/2",
"two-and-a-half", "½", "a" (as in "less than a mile"), each with the rounding step its
writing implies."""

from __future__ import annotations

import math
import re

from .vocabulary import _ONES, _SCALES, _TENS

__all__ = ["parse_number"]


_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
_GROUP_SPACE = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))")


def parse_number(raw: str) -> tuple[float, float]:
    """Return the value of a written number and the rounding step its writing implies.

    Examples
    --------
    >>> parse_number("900"), parse_number("1,180"), parse_number("2.5"), parse_number("72,4")
    ((900.0, 100.0), (1180.0, 10.0), (2.5, 0.1), (72.4, 0.1))
    >>> parse_number("two hundred"), parse_number("2 1/2"), parse_number("two-and-a-half")
    ((200.0, 100.0), (2.5, 0.5), (2.5, 0.5))
    """
    words = raw.lower().replace("-", " ").replace(",", " , ").split()
    if words[0] == "half":
        return 0.5, 0.5  # "half a mile"
    fraction = _fraction(raw)
    if fraction is not None:
        return fraction, 0.5 if fraction % 1 in (0.0, 0.5) else 0.25
    if words[-3:] == ["and", "a", "half"]:  # "two and a half"
        whole, _ = parse_number(" ".join(words[:-3]))
        return whole + 0.5, 0.5
    if _DECIMAL_COMMA.fullmatch(raw):  # "72,4": a decimal comma, no thousands
        raw = raw.replace(",", ".")
    if raw[0].isdigit():
        digits = _GROUP_SPACE.sub("", raw.lower().replace(",", ""))  # "1 400"
        if len(digits) > 30:  # no distance is written so: leave it to the range check
            return math.inf, math.inf
        scale = 1.0
        for name, factor in _SCALES.items():
            if digits.endswith(name):
                digits, scale = digits[: -len(name)].strip(" -"), float(factor)
        if "." in digits:
            step = 10.0 ** -len(digits.split(".")[1])
        else:
            stripped = digits.rstrip("0")
            step = 10.0 ** (len(digits) - len(stripped)) if stripped else 1.0
        return float(digits) * scale, step * scale
    total = current = 0
    for word in words:
        if word in ("a", "an"):
            current = 1
        elif word in _ONES:
            current += _ONES[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in ("thousand", "million"):
            total += max(current, 1) * _SCALES[word]
            current = 0
    value = total + current
    stripped = str(value).rstrip("0")
    step = 10.0 ** (len(str(value)) - len(stripped)) if value else 1.0
    return float(value), step


_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75}


def _fraction(raw: str) -> float | None:
    """Return the value of "2 1/2", "2½" or "½", or None for a number without a fraction."""
    if raw[-1:] in _VULGAR:
        return float(raw[:-1] or 0) + _VULGAR[raw[-1]]
    if "/" in raw:
        whole, part = raw.split()
        num, den = part.split("/")
        return int(whole) + int(num) / int(den)
    return None
