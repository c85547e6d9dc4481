"""Tenures that end at the article's time (DAT003's reading): "bringing to an end a seven-year
spell", "will retire at the end of September, closing 20 years at the helm", "is stepping down
this month after 12 years in the post".

Three readings make one spell:

- the duration is a spell in office: it modifies a tenure noun ("a seven-year spell", "his
  nine-year reign") or is followed by where the office is held ("at the helm", "in charge",
  "in the post", "as head of ...");
- its sentence says the spell ends at the time the article tells: a verb of leaving or ending
  in the present, the future or a participle ("retires", "will step down", "bringing to an
  end"), with no year of another time in the sentence;
- the article gives one day, month or year the office began ("was appointed in June 2012",
  "took over as chief executive in March 2011"); with two ("joined as a player in 2001 and
  was appointed manager in 2016") the spell may count from either, and nothing is read.

The spell's last day is the month the sentence names ("at the end of September": its nearest
occurrence from the published date on), or else from a month before the published date to six
months after it (a departure at the end of a season or school year).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from newslint.extract.coarse_spells import CoarseEnd, CoarseSpell, said_before
from newslint.extract.dates import YEAR_WORD, month_days, month_of
from newslint.extract.timex import MONTH_PATTERN

if TYPE_CHECKING:
    from newslint.analysis import Analysis
    from newslint.extract.spells import Duration

# a spell in office: "a seven-year spell", "15 years at the helm", "12 years in the post"
_TENURE_NOUN = re.compile(r"[\s-]+(?:spell|tenure|reign|stint|stewardship)\b", re.I)
_OFFICE = re.compile(
    r"\s+(?:at the helm|in charge|in (?:the|his|her|their|that) (?:post|role|job|chair|"
    r"hot seat)|in office|as (?!a\b|an\b|well\b|long\b|much\b|many\b|of\b)[a-z])",
    re.I,
)
# leaving or ending, said of now or ahead (not "retired", "ended": a past the article may not
# date)
_ENDS_NOW = re.compile(
    r"\b(?:bring(?:s|ing)? to an? (?:end|close)|ending|ends|closing|closes|concluding|"
    r"retires|retiring|will retire|leaves|leaving|will leave|steps? down|stepping down|"
    r"stands? down|standing down|bows? out|bowing out|departs|departing|will depart|quits|"
    r"quitting|will quit)\b",
    re.I,
)
# the office's first day: "was appointed in", "took over as chief executive in"
_TOOK_OFFICE = re.compile(
    r"\b(?:appointed|took (?:over|charge|up)|named|hired|installed|elected|became|joined|"
    r"succeeded|sworn in)\b",
    re.I,
)
_MONTH_NOW = re.compile(r"\b(?P<month>" + MONTH_PATTERN + r")\b(?!\s+\d)", re.I)
AHEAD = timedelta(days=183)  # "at the end of the season": up to six months after publication
BEHIND = timedelta(days=31)  # "took charge of her final game on Sunday"


def tenure_to_now(
    analysis: Analysis, duration: Duration, ends: list[CoarseEnd]
) -> CoarseSpell | None:
    """The spell in office a duration measures, from the office's one start to the time the
    article tells, read as the module says."""
    published = analysis.article.published
    sentence = analysis.sentence_at(duration.start)
    if published is None or sentence is None or duration.unit not in ("year", "month"):
        return None
    text = analysis.text
    after = text[duration.end : duration.end + 40]
    if not (_TENURE_NOUN.match(after) or _OFFICE.match(after)):
        return None
    cue = _ENDS_NOW.search(text, sentence.start, sentence.end)
    if cue is None:
        return None
    starts = [e for e in ends if said_before(text, e, _TOOK_OFFICE, _TOOK_OFFICE)]
    if len(starts) > 1:
        starts = _of_the_same_person(analysis, sentence.start, sentence.end, starts)
    if len(starts) != 1:
        return None
    first = starts[0]
    own = range(first.start, first.end)
    if any(m.start() not in own for m in YEAR_WORD.finditer(text, sentence.start, sentence.end)):
        return None  # "ended a nine-year spell in 2014": another time
    last = _now(analysis, sentence.start, sentence.end, published, cue)
    if first.last >= last.first:
        return None
    return CoarseSpell(first, last, "a tenure ending now")


def _of_the_same_person(
    analysis: Analysis, start: int, stop: int, starts: list[CoarseEnd]
) -> list[CoarseEnd]:
    """The starts told in a sentence that names a person the duration's sentence names
    ("Mr Breen took over ... in March 2011", not "his successor, who joined in 2018")."""
    names = [m for m in analysis.names if m.tokens]
    theirs = {
        m.tokens[-1] for m in names if start <= m.start < stop and (m.label == "PERSON" or m.person)
    }
    owned = []
    for end in starts:
        told = analysis.sentence_at(end.start)
        # the surname again, however it was tagged there ("Ms Nair was appointed in May 2016")
        if told is not None and any(
            told.start <= m.start < told.end and m.tokens[-1] in theirs for m in names
        ):
            owned.append(end)
    return owned


def _now(
    analysis: Analysis, start: int, stop: int, published: date, cue: re.Match[str]
) -> CoarseEnd:
    """The last day of the spell: the month the sentence names, or around the published date."""
    text = analysis.text
    for m in _MONTH_NOW.finditer(text, start, stop):
        month = month_of(m.group("month"))
        if month is None:
            continue  # "may" is a verb
        year = published.year + (1 if month < (published - BEHIND).month else 0)
        first, last = month_days(year, month)
        shown = f"{m.group(0)} ({first:%B %Y})"
        return CoarseEnd(m.start(), m.end(), shown, min(first, published), max(last, published))
    shown = f"'{cue.group(0)}' (around the published date, {published.day} {published:%B %Y})"
    return CoarseEnd(cue.start(), cue.end(), shown, published - BEHIND, published + AHEAD)
