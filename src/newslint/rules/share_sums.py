"""NUM004's messages, evidence and worked sums, written once from the same figures.

Each share enters the sum at the lowest value its rounding allows (``lowest``, "45%" is at
least 44.5%); the message ("add up to 110% (at least 108.5% after rounding)"), the evidence
(``sum``, ``sum_at_least``, ``lowest``) and the ``working`` lines
(``newslint.report.sums.shares``) all give those numbers, formatted by
``newslint.report.people``, so a reader's hand arithmetic, the sum and the message agree.
"""

from __future__ import annotations

from typing import Any

from newslint.arithmetic import sig
from newslint.report import people, sums
from newslint.report.model import Quantity
from newslint.rules.registry import Flag, Verified


def percent(q: Quantity) -> float:
    """A share in per cent: "45%" -> 45; "a third" (a fraction) -> 33.33."""
    value = q.value or 0.0
    return value if q.kind == "percent" else 100 * value


def shares_evidence(
    shares: list[Quantity], lowest: list[float], why: str, **extra: Any
) -> dict[str, Any]:
    """The shares, their sum as printed and at their lowest, and the working lines."""
    evidence: dict[str, Any] = {
        "shares": [q.text for q in shares],
        **extra,
        "values": [sig(percent(q), 4) for q in shares],
        "lowest": [sig(x, 4) for x in lowest],
        "sum": sig(sum(percent(q) for q in shares), 4),
        "sum_at_least": sig(sum(lowest), 4),
        "limit": 100,
        "why": why,
        "units": dict.fromkeys(("values", "lowest", "sum", "sum_at_least", "limit"), "%"),
    }
    evidence["working"] = sums.shares(evidence, {})
    return evidence


def shares_flag(
    shares: list[Quantity], lowest: list[float], why: str, answers: list[str] | None = None
) -> Flag:
    """Shares of one whole that add up past 100% even at their lowest. ``answers``: the
    answers of a list spread over the article, whose finding sits on its first share."""
    extra = {"answers": answers} if answers is not None else {}
    evidence = shares_evidence(shares, lowest, why, **extra)
    total, at_least = people.number(evidence["sum"]), people.number(evidence["sum_at_least"])
    listed = f": {', '.join(repr(q.text) for q in shares)}" if answers is not None else ""
    return Flag(
        start=shares[0].start,
        end=shares[0].end if answers is not None else shares[-1].end,
        message=f"shares of one whole add up to {total}% (at least {at_least}% after "
        f"rounding){listed}",
        related=tuple((q.start, q.end) for q in shares[1 if answers is not None else 0 :]),
        evidence=evidence,
    )


def shares_check(shares: list[Quantity], lowest: list[float], why: str) -> Verified:
    """ "45% said poor, 30% acceptable and 25% good": within 100% at their lowest."""
    evidence = shares_evidence(shares, lowest, why)
    return Verified(
        start=shares[0].start,
        end=shares[-1].end,
        message=f"shares of one whole add up to {people.number(evidence['sum'])}%",
        related=tuple((q.start, q.end) for q in shares),
        evidence=evidence,
    )


def part_flag(
    part: Quantity, whole: Quantity, part_at_least: float, whole_at_most: float, why: str
) -> Flag:
    """A part whose lowest value is above its whole's highest (both as the rule rounded them)."""
    low, high = part_at_least, whole_at_most
    evidence: dict[str, Any] = {
        "part": part.text,
        "whole": whole.text,
        "part_at_least": low,
        "whole_at_most": high,
        "share": sig(low / high, 3) if high else None,
        "why": why,
    }
    about = [q.text for q in (part, whole) if q.approx == "~"]
    if about:
        evidence["widened_for_about"] = about
    hint = people.transposed(part.text, whole.text)  # "Of the 340 roads, 430 ...": a typo?
    if hint:
        evidence["likely_fix"] = hint
    evidence["working"] = sums.part_whole(evidence, {})
    return Flag(
        start=part.start,
        end=part.end,
        message=f"the part '{part.text}' (at least {people.number(low)}) is larger than its "
        f"whole '{whole.text}' (at most {people.number(high)})" + (f"; {hint}" if hint else ""),
        related=((whole.start, whole.end),),
        evidence=evidence,
    )


def share_over_whole_flag(q: Quantity, at_least: float) -> Flag:
    """ "120% of voters": one share past all of its whole."""
    evidence: dict[str, Any] = {
        "share": q.text,
        "share_at_least": at_least,
        "limit": 100,
        "units": {"share_at_least": "%", "limit": "%"},
    }
    evidence["working"] = sums.share_over_whole(evidence, {})
    return Flag(
        start=q.start,
        end=q.end,
        message=f"'{q.text}' of a whole is more than all of it (at least "
        f"{people.number(evidence['share_at_least'])}%)",
        evidence=evidence,
    )
