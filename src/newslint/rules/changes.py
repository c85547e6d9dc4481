"""NUM006: a stated change that disagrees with the two figures it is a change between.

The change is read by ``extract/changes.py``, its figures by ``extract/change_endpoints.py`` and
the two linked by ``extract/change_links.py``; this module does the arithmetic. Writers compute a change from the figures they print, so each figure is read to its
last printed digit (``arithmetic.last_digit_step``, as NUM001 reads a converted figure): from 40
to 50 is a rise of 22-28% (25% exactly), from 4,812 to 4,106 a fall of 14.66-14.68%, from 1.5 to
2.2 per cent a rise of 0.6-0.8 points or 40-53%. The stated change stands for the range its own
digits allow ("20%" is 19.5-21%: rounded or cut), widened by "about", "almost", "more than"; it
fires only when that range and the implied one do not meet. Between two percentages, a change that fits the other measure (points
for per cent, or per cent for points) is a warning that says which was meant.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from newslint.analysis import Analysis
from newslint.arithmetic import Interval, sig, slipped_digit
from newslint.extract.change_wide import UNNAMED, WIDE
from newslint.extract.changes import Endpoints, StatedChange
from newslint.report.model import Severity
from newslint.rules.registry import Flag, rule

ABSOLUTE_SLACK = 0.01  # 1% of the change, for a calculator's rounding


@dataclass(frozen=True)
class Verdict:
    fits: bool
    implied: Interval  # the change the figures imply, in the stated change's terms
    other: Interval | None = None  # for two percentages: the other measure (points or per cent)
    other_fits: bool = False


@rule(
    "NUM006",
    "change-mismatch",
    "error",
    fires="""
        Visitor numbers rose from 41,200 to 51,500 last year, a 20% increase, the trust said.
    """,
    silent="""
        Visitor numbers rose from 41,200 to 51,500 last year, a 25% increase, the trust said.
    """,
    tolerance="""
        Each figure stands for the range its printed digits allow ("4,812" is exact, "1.2
        million" is 1.15-1.25 million, "22%" is 21.5-22.5%), so the implied change is a range. A
        stated percentage change is allowed half a point more either way (writers truncate:
        16.9% printed as "16%"); an amount 1%; "about" widens by 10% (at least one unit),
        "more than" and "almost" open one side. "Doubled" stands for 1.85-2.15 times, "halved"
        for 0.46-0.54, "by a quarter" for 22.5-27.5% of the earlier figure. A change is compared
        with figures in its own sentence (or the level it came to, "rose by 300 to 1,500", with
        the earlier level stated, as earlier, in the sentence before or after and naming the
        same thing; a change to its own level is only compared with figures that end there), or else with the pair of figures
        nearby (within three paragraphs) that moves the same way and shares a content word with
        it, or is the only pair stated as levels in the two sentences after it whose sentence
        points back to it ("of them", "such", "It"), or, for a change that points back ("the
        14% increase") with no figures of its own, the range told last before it within three
        paragraphs; a pair beside a change that came to its own level is compared only when it
        ends there, and a level with a change of its own is never another's earlier figure;
        a change dated
        to a span of years is not compared with other years' figures; if it fits any candidate
        pair, nothing is reported. A change no printed shape links is also compared with two
        levels within a paragraph before it and three after that are told at two different
        times (years, or "last", "previous", "ago" against "now") and name what it is about, or
        with its own level and an earlier one; such a pair is kept only when the change is
        within three times what the figures imply, it is not inside a direct quote, and no
        other pair of levels of its kind in that stretch fits it. A change still unlinked is
        read against every pair of levels of its kind anywhere in the article told at two
        times (not a target or forecast) that names what it names, or, when it names nothing,
        every pair moving its way; it is reported only when exactly one reading is the stated
        change with one digit slipped or two swapped ("46" for 36%; three digits or more when
        it names nothing) and no pair of its kind in the article fits it. Pence and cents
        count in their currency.
    """,
)
def change_mismatch(analysis: Analysis) -> Iterator[Flag]:
    """Flags a rise or fall that does not match its own before and after figures.

    ## What it does
    Reads stated changes ("rose 12%", "a drop of 25,724", "doubled", "fell by a quarter",
    "a deficit of 24 per cent", "up 0.7 percentage points") and the two figures they are a
    change between ("from 40 to 50", "£18.4m, compared with £23.1m", "stood at 11.9%. A year
    earlier, it was 14.0%."), works out the change the figures imply and reports a stated one
    that disagrees. Between two percentages it tells per cent from percentage points: "rose from
    4% to 5%, a 1% rise" is a warning (1 point, or a 25% rise).

    ## Why is this bad?
    A reader can do this sum, and a change that does not match its own figures makes both
    suspect. Confusing per cent and percentage points overstates or understates a change many
    times over.
    """
    reported: set[tuple[str, float, int]] = set()
    headline_end = analysis.paragraphs[0].end if len(analysis.paragraphs) > 1 else 0
    # a headline's change said again in the body is reported once, in the body
    links = sorted(analysis.change_links, key=lambda link: link.change.start < headline_end)
    for link in links:
        change = link.change
        verdicts = [(_judge(change, pair), pair) for pair in link.candidates]
        if not verdicts or any(v.fits for v, _ in verdicts):
            continue
        # the candidates come nearest first: the change is about the first
        verdict, pair = verdicts[0]
        if link.how in (WIDE, UNNAMED):
            # a pair found anywhere: only a typing error's signature is reported, and only when
            # one reading has it (three digits or more when the pair names nothing of it)
            digits = 3 if link.how == UNNAMED else 2
            if any(v.other_fits for v, _ in verdicts):
                continue  # (per cent for points is read only where the figures are joined)
            slips = [
                (v, p)
                for v, p in verdicts[: link.named]
                if digit_slip(change, v.implied, digits)
                # a slip keeps the figure's order: not "25%" for 94% (another measure's pair)
                and 0.5 <= change.value / max(v.implied.mid, 1e-9) <= 2
            ]
            # (a figure said again, in the headline and the lede, is one reading)
            if len({(p.old.value, p.new.value) for _, p in slips}) != 1:
                continue
            verdict, pair = slips[0]
        key = (change.kind, change.value, pair.new.start)
        if key in reported:
            continue
        reported.add(key)
        if verdict.other_fits:
            yield _points_flag(change, pair, verdict, link.how)
        # per cent read for points (or the reverse) explains the change only for a pair that is
        # a reading of its own: a pair merely near it needs two coincidences, another pair and
        # another measure ("64.2%, and the year before just under 60%" is no 6.7-point rise)
        elif not any(v.other_fits for v, _ in verdicts[: link.named]):
            yield _mismatch_flag(change, pair, verdict, link.how)


def _judge(change: StatedChange, pair: Endpoints) -> Verdict:
    old, new = pair.old.interval, pair.new.interval
    stated = change.interval
    if change.kind == "ratio":
        implied = _ratio(old, new)
        return Verdict(stated.overlaps(implied), implied)
    if change.kind == "absolute":
        implied = _difference(old, new)
        slack = max(ABSOLUTE_SLACK * change.value, 0.0)
        return Verdict(Interval(stated.low - slack, stated.high + slack).overlaps(implied), implied)
    relative = _relative(old, new)
    points = _difference(old, new) if pair.kind == "percent" else None
    widened = _truncated(change)
    mine: Interval = points or relative if change.kind == "points" else relative
    other: Interval | None = relative if change.kind == "points" else points
    if points is not None:
        # between two percentages, which measure was meant is read from the figures as printed
        # ("from 5% to 6%, a rise of 1%" is the 1 point, not a 20% rise): a warning
        as_printed = _as_printed(pair, change.kind)
        if not widened.overlaps(as_printed[0]) and widened.overlaps(as_printed[1]):
            return Verdict(False, mine, other, True)
    fits = widened.overlaps(mine)
    other_fits = other is not None and not fits and widened.overlaps(other)
    return Verdict(fits, mine, other if pair.kind == "percent" else None, other_fits)


def digit_slip(change: StatedChange, implied: Interval, digits: int = 2) -> bool:
    """Is the stated change the implied one with one digit slipped or two swapped?"""
    return slipped_digit(change.text, change.value, implied, digits)


def _truncated(change: StatedChange) -> Interval:
    """A percentage is rounded or cut to its last digit: "16%" is 15.5-17 (16.9% cut)."""
    stated = change.interval
    if change.quantity is None or change.quantity.approx != "=":
        return stated
    return Interval(stated.low, stated.high + (stated.high - stated.low) / 2)


def _as_printed(pair: Endpoints, kind: str) -> tuple[Interval, Interval]:
    """(the stated measure, the other measure) from the two percentages exactly as printed."""
    old, new = pair.old.value, pair.new.value
    points = abs(new - old)
    relative = abs(new - old) / old * 100 if old else float("inf")
    exact = Interval(points, points), Interval(relative, relative)
    return (exact[0], exact[1]) if kind == "points" else (exact[1], exact[0])


def _ratio(old: Interval, new: Interval) -> Interval:
    if old.low <= 0:
        return Interval(0.0, float("inf"))
    return Interval(new.low / old.high, new.high / old.low)


def _difference(old: Interval, new: Interval) -> Interval:
    """The size of the change (positive either way)."""
    a, b = new.low - old.high, new.high - old.low
    if a <= 0 <= b:
        return Interval(0.0, max(-a, b))
    return Interval(min(abs(a), abs(b)), max(abs(a), abs(b)))


def _relative(old: Interval, new: Interval) -> Interval:
    """The size of the change in per cent of the earlier figure."""
    ratio = _ratio(old, new)
    return _difference(Interval(1.0, 1.0), ratio).scaled(100.0)


def _shown(x: Interval, unit: str = "") -> str:
    if x.high == float("inf"):
        return f"more than {_n(sig(x.low, 3))}{unit}"
    low, high = _n(sig(x.low, 3)), _n(sig(x.high, 3))
    return f"{low}{unit}" if low == high else f"{low}-{high}{unit}"


def _working(change: StatedChange, pair: Endpoints, implied: Interval) -> str:
    old, new = pair.old.value, pair.new.value
    if change.kind == "ratio":
        return f"{_n(new)} ÷ {_n(old)} = {sig(new / old, 3):g} times" if old else ""
    if change.kind == "absolute":
        return f"{_n(new)} − {_n(old)} = {_n(new - old)}"
    if change.kind == "points" and pair.kind == "percent":
        return f"{_n(new)} − {_n(old)} = {sig(new - old, 3):g} points"
    return (
        f"({_n(new)} − {_n(old)}) ÷ {_n(old)} = {sig(100 * (new - old) / old, 3):g}%" if old else ""
    )


def _n(x: float) -> str:
    """A figure in words a reader knows: 12,500,000 is "12.5 million", never "1.25e+07"."""
    x = sig(x, 6)
    for scale, word in ((1e9, " billion"), (1e6, " million")):
        if abs(x) >= scale:
            return f"{sig(x / scale, 6):g}{word}"
    return f"{x:,.6g}" if abs(x) < 1e6 else f"{x:,.0f}"


def _unit(change: StatedChange) -> str:
    return {"percent": "%", "points": " points", "ratio": " times"}.get(change.kind, "")


def _base_evidence(
    change: StatedChange, pair: Endpoints, verdict: Verdict, how: str
) -> dict[str, object]:
    return {
        "stated": change.text,
        "earlier": pair.old.text if pair.how != "range" else _n(pair.old.value),
        "later": pair.new.text if pair.how != "range" else _n(pair.new.value),
        "figures_read_as": pair.how,
        "linked_by": how,
        "change_kind": change.kind,
        "stated_range": [sig(change.interval.low, 4), sig(change.interval.high, 4)],
        "implied_range": [sig(verdict.implied.low, 4), sig(verdict.implied.high, 4)],
        "working": [_working(change, pair, verdict.implied)],
    }


def _related(change: StatedChange, pair: Endpoints) -> tuple[tuple[int, int], ...]:
    spans = {(pair.old.start, pair.old.end), (pair.new.start, pair.new.end)}
    return tuple(sorted(s for s in spans if s != (change.start, change.end)))


def _endpoint_words(pair: Endpoints) -> tuple[str, str]:
    """How the two figures read in a message: as printed, or each side of a printed range."""
    if pair.how != "range":
        return pair.old.text, pair.new.text
    unit = "%" if pair.kind == "percent" else ""
    return f"{_n(pair.old.value)}{unit}", f"{_n(pair.new.value)}{unit}"


def _mismatch_flag(change: StatedChange, pair: Endpoints, verdict: Verdict, how: str) -> Flag:
    unit = _unit(change)
    stated = _shown(change.interval, unit)
    old, new = _endpoint_words(pair)
    message = f"'{change.text}' does not match {old} to {new}: that is " + _shown(
        verdict.implied, unit
    )
    if stated != change.text:
        message += f" (stated {stated})"
    evidence = _base_evidence(change, pair, verdict, how)
    return Flag(change.start, change.end, message, _related(change, pair), evidence)


def _points_flag(change: StatedChange, pair: Endpoints, verdict: Verdict, how: str) -> Flag:
    """Between two percentages: the stated change fits the other measure."""
    other = verdict.other or verdict.implied
    if change.kind == "points":
        points, percent = verdict.implied, other
        message = f"'{change.text}' matches the change in per cent, not in points"
    else:
        points, percent = other, verdict.implied
        message = f"'{change.text}' matches the change in percentage points, not per cent"
    old, new = pair.old.value, pair.new.value
    before, after = _endpoint_words(pair)
    # the figures as printed: "from 5% to 6%" is 1 point, a 20% rise
    points_printed = sig(abs(new - old), 3)
    percent_printed = sig(abs(new - old) / old * 100, 3) if old else float("inf")
    message += (
        f": {before} to {after} is {points_printed:g} point{'' if points_printed == 1 else 's'}"
        f" (a {percent_printed:g}% "
        f"{'rise' if pair.direction == 'up' else 'fall'}); counting rounding, "
        f"{_shown(points, ' points')} or {_shown(percent, '%')}"
    )
    evidence = _base_evidence(change, pair, verdict, how)
    evidence["other_measure_range"] = [sig(other.low, 4), sig(other.high, 4)]
    evidence["working"] = [
        f"{_n(new)} − {_n(old)} = {sig(new - old, 3):g} points",
        f"({_n(new)} − {_n(old)}) ÷ {_n(old)} = {sig(100 * (new - old) / old, 3):g}%",
    ]
    return Flag(
        change.start,
        change.end,
        message,
        _related(change, pair),
        evidence,
        severity=Severity.WARNING,
    )
