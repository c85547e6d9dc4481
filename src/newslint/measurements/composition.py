"""Shares that make up one whole: a mix, a breakdown, a split of revenue or of output.

"Lignite accounted for 15.4% of generation and hard coal for 5.9%" ... "The remaining 12.8%
came from other sources"; "SA ... contributing 71% of revenue" ... "the rest of Africa, which
accounted for 36% of group sales". Each share is a different part (its subject), said by a
verb of composition (account for, make up, contribute, supply, come from). The parts exclude
each other only when the article says so: one of them is "the rest" or "the remaining" of the
whole, so that together they are all of it. A part said to be inside another ("Germany alone",
"of which") is no separate part.
"""

from __future__ import annotations

import re

from newslint.measurements.lexicon import INSIDE_WORDS, WHOLE_CLASS

# the verb that puts a share in a mix, right before it: "accounted for 15.4%", "contributing
# 71% of revenue", "produced 16.2%", "made up a further 9%"
_COMPOSED = re.compile(
    r"\b(?:account(?:s|ed|ing)?\s+for|ma(?:de|kes?|king)\s+up|contribut(?:e|es|ed|ing)|"
    r"generat(?:e|es|ed|ing)|produc(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|"
    r"represent(?:s|ed|ing)?|c(?:o|a)me\s+from|comes\s+from|comprising|comprised|"
    r"brought\s+in|bring(?:s|ing)?\s+in)\s+"
    r"(?:(?:a\s+)?(?:record|further|another|about|around|roughly|some|nearly|almost|just|only|"
    r"over|under|a)\s+)*$",
    re.I,
)
# the verb elided after a first part of the same sentence: "... and hard coal for 5.9%"
_ELIDED = re.compile(
    r"(?:,|\band\b|\bwhile\b|\bwith\b)\s+(?:[\w'’-]+\s+){1,3}(?:for|on|at)\s+"
    r"(?:(?:about|around|some|nearly|almost|just|only|a further|another)\s+)?$",
    re.I,
)
# the part that is the rest of the whole: "The remaining 12.8%", "the rest of Africa, which
# accounted for 36%", "the rest, 19%"
_REST = re.compile(r"\b(?:the\s+)?(?:remaining|remainder|rest)\b", re.I)
# a part inside another part, not beside it: "Germany alone", "of which", "within that"
_INSIDE = re.compile(
    rf"\b(?:{INSIDE_WORDS}|of that|of this|of those|within (?:that|this|it))\b", re.I
)
_OF_WHOLE = re.compile(r"\s*of\s+((?:[\w'’-]+\s*){1,4})", re.I)
_WHOLE_STOP = {"in", "at", "on", "for", "from", "last", "this", "that", "which", "and", "by",
               "the", "its", "their", "a", "an", "to", "with", "while", "was", "were", "is"}  # fmt: skip


def composed_share(before: str, after: str) -> tuple[str | None, bool] | None:
    """``(whole, rest)`` for a share a verb of composition puts in a mix, or None: the class of
    the whole named after it ("of group sales" -> revenue; None when it names none), and
    whether the share is the rest of that whole. ``before`` is the sentence up to the share,
    ``after`` its clause after it."""
    tail = before[-90:]
    verb = _COMPOSED.search(tail)
    elided = verb is None and _ELIDED.search(tail) and _COMPOSED_IN.search(before)
    if verb is None and not elided:
        return None  # "The remaining 12.8% came from ...": the rest of any list (``shares``)
    own = tail[verb.start() - 40 : verb.start()] if verb else tail[-40:]
    if _INSIDE.search(own) or re.match(r"\s*(?:alone|of which|of it|of that)\b", after, re.I):
        return None
    return whole_class(after), _REST.search(own) is not None


_COMPOSED_IN = re.compile(r"\b(?:account(?:s|ed)?\s+for|ma(?:de|kes?)\s+up)\b", re.I)


def whole_class(after: str) -> str | None:
    """The whole a share is 'of', in its class: 'of the electricity produced in Germany' ->
    'output', 'of group sales' -> 'revenue', 'of the county' -> 'county'."""
    m = _OF_WHOLE.match(after)
    if m is None:
        return None
    first = None
    for word in m.group(1).lower().split():
        word = word.strip(",.;:")
        if word.endswith(("'s", "’s")):
            continue
        if word in WHOLE_CLASS:
            return WHOLE_CLASS[word]
        if word in _WHOLE_STOP or word.endswith("ed"):
            if first is not None:
                break
            continue
        first = first or word
    return first.rstrip("s") if first else None
