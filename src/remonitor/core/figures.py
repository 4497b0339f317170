"""Figures as exact decimals: read as the source wrote them, stored exactly, derived in
decimal arithmetic, and written for people with grouping and their published decimals.

A figure is a :class:`~decimal.Decimal` and the number of decimals it was published with
(1 for 38,563.6; 0 for 5,792; −2 for 55,400 rounded to hundreds). The store keeps it as
that pair: the integer ``mantissa`` = value × 10^decimals, and ``decimals``.

Floats only reach a figure from sources that hold binary floats (a workbook's number cell,
a JSON number) or that wrote one out carelessly (``24630.999999999996`` in a CSV). No
published figure has more than 15 significant digits, and 15 is what a double holds
exactly: such noise is rounded to 15 significant digits and its trailing zeros dropped,
so the CSV, the JSON and the workbook of one table give the same figures.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation, localcontext

SIGNIFICANT = 15
"""Digits a double holds exactly; a figure written with more is float noise."""

ZERO = Decimal(0)


class NotAFigure(ValueError):
    """Text or a float that is no finite number."""


def _significant(value: Decimal) -> int:
    digits = value.as_tuple().digits
    return len(digits) - next((i for i, d in enumerate(digits) if d), len(digits))


NOISE = Decimal("1e-14")
"""How far (relatively) float arithmetic may have pushed a figure: a few dozen units in the
last place of a double. ``-519006.0000000006`` (a difference of two floats) is 1.2e-15
from -519006."""


def _denoise(value: Decimal) -> Decimal:
    """A figure written with more than 15 significant digits is float noise: the shortest
    decimal within ``NOISE`` of it is what was meant."""
    if _significant(value) <= SIGNIFICANT:
        return value
    with localcontext() as ctx:
        ctx.rounding = ROUND_HALF_EVEN
        for digits in range(1, SIGNIFICANT + 1):
            ctx.prec = digits
            candidate = +value
            if abs(candidate - value) <= abs(value) * NOISE:
                break
    candidate = candidate.normalize()
    if candidate.as_tuple().exponent > 0:  # 1.2E+3 back to 1200
        candidate = candidate.quantize(Decimal(1))
    return candidate


LARGEST = Decimal(10) ** 15
"""No trade figure reaches a quadrillion (world trade is some 3 × 10^13 USD a year); larger
text is a misread cell, and the store's integers must hold it with its decimals."""


def _in_range(value: Decimal, written: str) -> None:
    if abs(value) >= LARGEST:
        raise NotAFigure(f"{written.strip()!r} is too large to be a figure")


def decimals_of(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) else 0


def from_text(text: str) -> tuple[Decimal, int]:
    """A plain numeral (``-1234.50``, ``1e5``; no separators) as written: its value and its
    decimals (trailing zeros count: ``5666.30`` was published with 2)."""
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        raise NotAFigure(f"{text!r} is not a number") from None
    if not value.is_finite():
        raise NotAFigure(f"{text!r} is not a finite number")
    _in_range(value, text)
    cleaned = _denoise(value)
    if cleaned is not value:
        return cleaned, max(decimals_of(cleaned), 0)
    if value.as_tuple().exponent > 0:  # 1E+5: a whole number
        value = value.quantize(Decimal(1))
    return value, decimals_of(value)


def from_float(number: float) -> tuple[Decimal, int]:
    """A binary float (a workbook or JSON number) as the decimal it stands for: its shortest
    round-trip form, noise beyond 15 significant digits rounded away, no trailing zeros
    (a float cannot say how many decimals were published)."""
    if number != number or number in (float("inf"), float("-inf")):
        raise NotAFigure(f"{number!r} is not a finite number")
    _in_range(Decimal(number), repr(number))
    value = _denoise(Decimal(repr(number))).normalize()
    if value.as_tuple().exponent > 0:
        value = value.quantize(Decimal(1))
    if value == 0:
        value = ZERO
    return value, max(decimals_of(value), 0)


def mantissa(value: Decimal, decimals: int) -> int:
    """The stored integer: value × 10^decimals (exact for a figure with those decimals)."""
    return int(value.scaleb(decimals).to_integral_value(ROUND_HALF_EVEN))


def exact_stored(value: float, decimals: int) -> tuple[int, int]:
    """A figure stored as a binary float with its decimals (schema 6) as (mantissa,
    decimals): its noise rounded away (a float read from a CSV as ``24630.999999999996``
    with 12 decimals becomes 24631 with 0)."""
    written = Decimal(repr(float(value)))
    cleaned = _denoise(written)
    if cleaned != written or decimals > SIGNIFICANT:
        decimals = max(decimals_of(cleaned), 0)
    return mantissa(cleaned, decimals), decimals


def from_mantissa(mantissa_: int, decimals: int) -> Decimal:
    """The stored pair as the figure was written: ``(6258, -1)`` is 62580, not 6.258E+4."""
    value = Decimal(mantissa_).scaleb(-decimals)
    return value.quantize(Decimal(1)) if decimals < 0 else value


def scaled(value: Decimal, decimals: int, factor: int) -> tuple[Decimal, int]:
    """``value`` in a unit ``factor`` times smaller (亿元 → yuan: ×100,000,000), its
    precision carried along (1.5 with 1 decimal becomes 150,000,000 with −7)."""
    exponent = len(str(abs(factor))) - 1 if str(abs(factor)).strip("0") == "1" else None
    result = value * factor
    if exponent is not None:
        return result, decimals - exponent
    return result, max(decimals_of(result), 0)


def figure_text(value: Decimal | float | int, decimals: int = 0) -> str:
    """A figure for people: grouped, with its published decimals (never fewer than none):
    ``62,580``, ``5,666.271``, ``55,400``."""
    places = max(decimals, 0)
    number = value if isinstance(value, Decimal) else Decimal(repr(value)) \
        if isinstance(value, float) else Decimal(value)
    return f"{number:,.{places}f}"


def number_text(value: Decimal | float | int) -> str:
    """A number without a published precision (a licence quantity typed by hand) for
    people: grouped, with the decimals it has and no float noise (``1,250.5``)."""
    if isinstance(value, float):
        number, decimals = from_float(value)
    else:
        number = Decimal(value)
        decimals = max(decimals_of(number.normalize()), 0) if number else 0
    return figure_text(number, decimals)


def at_most(value: Decimal, places: int = 6) -> Decimal:
    """A derived value that need not terminate (a monthly average of a quarter, a ratio)
    cut to ``places`` decimals for a file; an exact figure is left as it is."""
    if decimals_of(value) <= places:
        return value
    return value.quantize(Decimal(1).scaleb(-places), ROUND_HALF_EVEN).normalize()


def exact_text(value: Decimal, decimals: int) -> str:
    """A figure for people with the decimals it has when it is exact (14,224.3 derived
    from 62,580 − 48,355.7), else its published decimals."""
    own = decimals_of(value)
    return figure_text(value, own if decimals <= own <= 4 else decimals)


def plain_text(value: Decimal, decimals: int) -> str:
    """A figure for a file: no grouping, its published decimals (``14224.3``)."""
    return f"{value:.{max(decimals, 0)}f}"


def change_text(fraction: Decimal | float, places: int = 1) -> str:
    """A change as a signed percentage: ``+12.9%``, ``−15.6%``."""
    number = (fraction if isinstance(fraction, Decimal) else Decimal(repr(fraction))) * 100
    text = f"{number:+.{places}f}%"
    return text.replace("-", "−")
