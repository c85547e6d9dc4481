"""The digits a figure is printed with: what a slip of the keyboard or the pen can change.

Two figures are the same digits transposed ("2,750" / "2,570"), one digit apart ("1,372" /
"1,872") or the point moved when these keys say so; a count word ("two schools") has no
printed digits to slip.
"""

from __future__ import annotations

import math
import re

from newslint.measurements.model import Measurement
from newslint.measurements.reading import HYPHENS
from newslint.report.model import Quantity

_DIGIT = re.compile(r"\d")
_NUMERAL = re.compile(r"\d[\d,]*(?:\.\d+)?")


def printed_figure(q: Quantity) -> bool:
    """A figure in digits, or in words of a hundred or more ("eight thousand seven hundred"),
    not a count word ("One US official", "two schools")."""
    return bool(_DIGIT.search(q.text)) or (q.value is not None and q.value >= 100)


def compound_word(q: Quantity, text: str) -> bool:
    """A number word joined by a hyphen to the next word ("a nine-storey block", "two- and
    three-wheeler makers"): it sizes a thing and counts nothing the article may count again."""
    return not _DIGIT.search(q.text) and text.startswith(HYPHENS, q.end)


def transposition_key(m: Measurement) -> tuple[object, ...] | None:
    """Figures with this key are the same digits in another order at the same magnitude:
    '2,750' and '2,570', '£26m' and '£62m' (not '£2.7m' and '£72m')."""
    q = m.quantity
    digits = printed_digits(m)
    if not digits or not q.value:
        return None
    if len(digits) < 2 or len(set(digits)) < 2:
        return None
    magnitude = math.floor(math.log10(abs(q.value)))
    return (q.dimension, q.currency, magnitude, "".join(sorted(digits)))


def one_digit_keys(m: Measurement) -> list[tuple[object, ...]]:
    """Keys shared by figures whose printed digits differ in one place, at one magnitude:
    '1,372' and '1,872', '£2.45m' and '£2.95m'; three digits or more ("20" and "30" are too
    common a pair to be a slip)."""
    digits = printed_digits(m)
    key = transposition_key(m)
    if key is None or len(digits.rstrip("0")) < 2 or len(digits) < 3:
        return []
    return [(*key[:3], i, digits[:i] + "_" + digits[i + 1 :]) for i in range(len(digits))]


def with_point(m: Measurement) -> bool:
    """Printed with a decimal point ("€3.2m", "23.3km"): the writer chose each digit, so two
    of them read in another order are a slip, not a pair of round figures ("12" / "21")."""
    numeral = _NUMERAL.search(m.quantity.text)
    return numeral is not None and "." in numeral.group(0)


def printed_digits(m: Measurement) -> str:
    """The significant digits as printed: '176,846' -> '176846', '£2.7m' -> '27'; a figure in
    words as its digits would be printed: 'eight thousand seven hundred' -> '8700'."""
    numeral = _NUMERAL.search(m.quantity.text)
    if numeral:
        return numeral.group(0).replace(",", "").replace(".", "").lstrip("0")
    value = m.quantity.value
    if value is not None and value >= 100 and float(value).is_integer():
        return str(int(value))
    return ""
