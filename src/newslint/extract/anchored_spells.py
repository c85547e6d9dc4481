"""Spells a duration names itself ("anchored" spells, DAT003's reading): "a fortnight later, on
20 August" (from the date told just before), "adjourned for three weeks until 18 June" (from the
day of the hearing told before), "completed on 14 January, six months after the application was
submitted" (from the date of the clause that names the same thing), "50 years since the fire"
(to today, or "tomorrow", from the fire's date), "after 62 years of marriage" (from the day they
married to the article's last date, or to today). The durations, the printed spells and their
start and end words are ``extract/spells.py``'s.
"""

from __future__ import annotations

import calendar
import itertools
import re
from datetime import timedelta
from typing import TYPE_CHECKING

from newslint.extract.dates import CalendarDate
from newslint.extract.spells import END_WORDS, START_WORDS, Duration, Point, Spell, point
from newslint.extract.timex import WEEKDAY_NUMBERS, WEEKDAY_PATTERN

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newslint.analysis import Analysis


# -- spells a duration names itself --------------------------------------------------------

# what follows a duration and says where it is counted from
_MARK = re.compile(
    r"^\s*,?\s*(?:to the day\s+)?(?P<mark>later|afterwards|after|since|before|earlier|until|till|of|"
    r"on(?=\s*[,.;]|\s+(?:the|air)\b)|in|at)\b",
    re.I,
)
_CLAUSE_END = re.compile(r"[,;.!?:\n()]|\s[-–—]\s")
_RELATIVE_NOW = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
_RELATIVE_WORD = re.compile(r"\b(yesterday|today|tonight|tomorrow)\b", re.I)
_STOP = frozenset(
    re.findall(
        r"\S+",
        "the a an and or of in on at to for from with by as is was were be been has have had it "
        "its this that these those which who their there than then first after before since "
        "later when while also but not only just still now more less over under about their "
        "said says year years month months week weeks day days being into",
    )
)
_WORD = re.compile(r"[A-Za-z]{3,}")
PARAGRAPHS_BACK = 2  # "later" counts from a date told at most two paragraphs earlier


def anchored_spells(analysis: Analysis, durations: list[Duration]) -> dict[int, list[Spell]]:
    """For each duration (by its start) whose words say where it is counted from, the spells
    it may measure; the rule stays silent if it fits any."""
    text = analysis.text
    full = [d for d in analysis.dates if d.date is not None]
    found: dict[int, list[Spell]] = {}
    for duration in durations:
        mark = _MARK.match(text[duration.end : duration.end + 20])
        sentence = analysis.sentence_at(duration.start)
        if sentence is None:
            continue
        if mark is None:
            since = _since_then(analysis, full, duration)
            began = _after_what_began(analysis, full, duration) if since is None else []
            if since is not None or began:
                found[duration.start] = [since] if since is not None else began
            continue
        word = mark.group("mark").lower()
        after = duration.end + mark.end()
        if word == "on":  # "found on 2 April, 45 days on." / "marks 30 years on the high street"
            word = "later" if re.match(r"\s*[,.;]", text[after : after + 3]) else "in"
        own = _own_day(analysis, duration, full, (sentence.start, sentence.end), word, after)
        spells: list[Spell] = []
        if word in ("later", "afterwards", "until", "till") and own is not None:
            spells = [
                Spell(point(d), own, word) for d in _told_before(analysis, full, duration, own)
            ]
        elif word in ("after", "since", "before", "earlier"):
            spells = _after_event(analysis, full, duration, own, word, after)
        elif word == "of":
            spells = _spell_of(analysis, full, duration, after)
        elif word in ("in", "at"):
            # "celebrates 40 years in business", "marks a decade at the helm": an anniversary
            # only (a spell "in prison" or "in office" may have ended long before today)
            spells = _founded_to_now(analysis, full, duration)
        if spells:
            found[duration.start] = spells
    return found


def counted_from_an_event(analysis: Analysis, duration: Duration) -> bool:
    """ "The silence comes two days after the paper said it would ...": a duration counted from
    an event its own words tell, with no date, is the gap from that event to its clause's
    time; it measures no printed spell unless the event is a spell's start or end ("20 days
    after the strike began", "a week after it reopened")."""
    text = analysis.text
    mark = _MARK.match(text[duration.end : duration.end + 20])
    if mark is None or mark.group("mark").lower() not in ("after", "since", "before"):
        return False
    after = duration.end + mark.end()
    stop = _CLAUSE_END.search(text, after, after + 80)
    event = text[after : stop.start() if stop else after + 80]
    if not _WORD.search(event) or any(after <= d.start < after + 25 for d in analysis.dates):
        return False  # "three weeks after 14 March": a date, not an event
    return not (START_WORDS.search(event) or END_WORDS.search(event))


# "after a six-week trial that began on Monday 15 January": the thing the duration measures,
# its start told in a relative clause, and "after" putting its end at its clause's time
_AFTER_THE = re.compile(r"\b(?:after|following)\s+(?:a|an|the|its|his|her|their)\s+$", re.I)
_THAT_BEGAN = re.compile(
    r"\s+(?:[a-z-]+\s+){1,2}?(?:that|which)\s+(?:had\s+)?(?:began|begun|started|opened|"
    r"commenced)\s+(?:on\s+)?",
    re.I,
)


def _after_what_began(
    analysis: Analysis, full: list[CalendarDate], duration: Duration
) -> list[Spell]:
    """ "The jury returned its verdicts on Friday, after a six-week trial that began on Monday
    15 January": from the day the relative clause gives to the day the main clause speaks of
    (a date of its own, else the weekday it names or the published date)."""
    text = analysis.text
    sentence = analysis.sentence_at(duration.start)
    if sentence is None or not _AFTER_THE.search(text, sentence.start, duration.start):
        return []
    began = _THAT_BEGAN.match(text, duration.end)
    if began is None:
        return []
    first = next((d for d in full if d.start == began.end()), None)
    if first is None:
        return []
    own = [
        d
        for d in full
        if sentence.start <= d.start < duration.start and d.date > first.date  # type: ignore[operator]
    ]
    ends = [point(own[-1])] if own else _now_days(analysis, duration)
    return [
        Spell(point(first), end, "after what began")
        for end in ends
        if end.day > first.date  # type: ignore[operator]
    ]


_SINCE_THEN = re.compile(r"\b(?:since then|ever since)\b", re.I)
_SINCE_TO_DURATION = re.compile(r"\W*(?:(?:for|in|over|during)\s+)?(?:the\s+)?", re.I)


def _since_then(analysis: Analysis, full: list[CalendarDate], duration: Duration) -> Spell | None:
    """ "The mill shut on 4 April 2023. Since then, for more than 18 months, ...": "then" is
    the last date of the sentence before, and the spell runs to the day the sentence speaks of
    (the published date, "tomorrow"); a sentence with a date of its own is left alone."""
    sentence = analysis.sentence_at(duration.start)
    before = analysis.sentence_before(sentence) if sentence is not None else None
    if sentence is None or before is None:
        return None
    # the duration is what "since then" measures: "Since then, for 18 months," not "Since
    # then, the buyer spent 18 months on plans"
    since = _SINCE_THEN.search(analysis.text, sentence.start, duration.start)
    if since is None or not _SINCE_TO_DURATION.fullmatch(
        analysis.text, since.end(), duration.start
    ):
        return None
    if any(sentence.start <= d.start < sentence.end for d in full):
        return None
    told = [d for d in full if before.start <= d.start < before.end]
    end = _now(analysis, duration)
    if not told or end is None or told[-1].date >= end.day:  # type: ignore[operator]
        return None
    return Spell(point(told[-1]), end, "since then")


def _own_day(
    analysis: Analysis,
    duration: Duration,
    full: list[CalendarDate],
    sentence: tuple[int, int],
    word: str,
    after: int,
) -> Point | None:
    """The day the duration ends on, told in its own clause: "a fortnight later, on 20 August",
    "until Tuesday 18 June", "completed on 14 January 2025, six months after ..."."""
    text = analysis.text
    start, end = sentence
    if word in ("until", "till"):
        nxt = [d for d in full if after <= d.start < after + 25]
        return point(nxt[0]) if nxt else None
    clause_start = max(start, text.rfind(";", start, duration.start) + 1)
    clause_end = text.find(";", duration.end, end)
    clause_end = end if clause_end < 0 else clause_end
    # after "after" or "since" comes the other end ("three weeks after 14 March"), not its own
    counted_from = word in ("after", "since", "before", "earlier")
    near = [
        d
        for d in full
        if clause_start <= d.start < clause_end
        and not (counted_from and after <= d.start < after + 40)
    ]
    if near:
        return point(min(near, key=lambda d: abs(d.start - duration.start)))
    if not counted_from:
        return None
    # "Plans ... have been approved, 13 months after ...": the day of the clause elsewhere that
    # names what this one does ("The committee finally approved the scheme on 14 November")
    words = _words(text[clause_start : duration.start])
    named = [
        d for d in full if not start <= d.start < end and words & _words(_clause_of(analysis, d))
    ]
    return point(named[0]) if len(named) == 1 else None


def _told_before(
    analysis: Analysis, full: list[CalendarDate], duration: Duration, own: Point
) -> list[CalendarDate]:
    """The dates told before a "later" or an "until", earlier than its own day: the nearest
    first."""
    here = _paragraph(analysis, duration.start)
    before = [
        d
        for d in full
        if d.end <= min(duration.start, own.start if own.start >= 0 else duration.start)
        and d.date < own.day  # type: ignore[operator]
        and here - _paragraph(analysis, d.start) <= PARAGRAPHS_BACK
    ]
    return sorted(before, key=lambda d: -d.start)


def _now(analysis: Analysis, duration: Duration) -> Point | None:
    """The day a sentence with no date of its own speaks of: "tomorrow", "yesterday", or the
    published date."""
    published = analysis.article.published
    sentence = analysis.sentence_at(duration.start)
    if published is None or sentence is None:
        return None
    relative = _RELATIVE_WORD.search(analysis.text, sentence.start, sentence.end)
    shift = _RELATIVE_NOW[relative.group(1).lower()] if relative else 0
    label = relative.group(1) if relative else "the published date"
    return Point(published + timedelta(days=shift), -1, -1, label)


_BARE_WEEKDAY = re.compile(r"\b(?:on|last|this|next)\s+(?P<wd>" + WEEKDAY_PATTERN + r")\b", re.I)


def _now_days(analysis: Analysis, duration: Duration) -> list[Point]:
    """The days a sentence with no date of its own may speak of: ``_now``'s, and for a weekday
    named without a date ("The ship berthed on Thursday, 118 days after ...") that weekday in
    the week before publication and in the week after (the rule is silent if any fits)."""
    now = _now(analysis, duration)
    sentence = analysis.sentence_at(duration.start)
    if now is None or sentence is None or now.text != "the published date":
        return [now] if now is not None else []
    days = [now]
    p = now.day
    for m in _BARE_WEEKDAY.finditer(analysis.text, sentence.start, sentence.end):
        at = m.start("wd")
        if any(min(d.start, d.weekday_start or d.start) <= at < d.end for d in analysis.dates):
            continue  # "on Friday, November 14": a date's own weekday
        weekday = WEEKDAY_NUMBERS[m.group("wd").lower()]
        before = p - timedelta(days=(p.weekday() - weekday) % 7)
        later = p + timedelta(days=(weekday - p.weekday()) % 7)
        days += [
            Point(day, -1, -1, f"{m.group('wd')} ({day.isoformat()})")
            for day in sorted({before, later})
        ]
    return days


def _after_event(
    analysis: Analysis,
    full: list[CalendarDate],
    duration: Duration,
    own: Point | None,
    word: str,
    after: int,
) -> list[Spell]:
    """ "13 months after the application was first submitted": the dates whose clauses name
    what the words after "after" name ("lodged the application on 12 August 2022"); "50 years
    since the fire": failing that, the one date with a year the article gives that far back."""
    text = analysis.text
    stop = _CLAUSE_END.search(text, after, after + 80)
    event = text[after : stop.start() if stop else after + 80]
    named = [d for d in full if after <= d.start < after + 25]
    ends = [own] if own is not None else _now_days(analysis, duration)
    if not ends:
        return []
    end = ends[0]
    if named and not _WORD.search(text[after : named[0].start]):
        candidates = named[:1]  # "three weeks after 14 March"
    else:
        words = _words(event)
        candidates = [
            d
            for d in full
            if not (own is not None and d.start == own.start)
            and words & _words(_clause_of(analysis, d))
        ]
        if not candidates and word == "since" and own is None:
            dated = [d for d in full if d.printed_year is not None and d.date < end.day]  # type: ignore[operator]
            candidates = dated if len(dated) == 1 else []
        if not candidates and own is not None and _ITSELF.match(event):
            # "completed on 14 January, six months after it was first announced": what "it"
            # did before is the one earlier date the article prints outside this sentence
            candidates = _only_earlier_date(analysis, full, duration, own)
    spells = []
    for d, end in itertools.product(candidates, ends):
        first, last = (point(d), end) if word in ("after", "since") else (end, point(d))
        if first.day < last.day:
            spells.append(Spell(first, last, f"{word} what its clause names"))
    return spells


# "after it was first announced", "since they were closed": the clause's own subject, earlier
_ITSELF = re.compile(r"\s*(?:it|they|he|she)\b", re.I)


def _only_earlier_date(
    analysis: Analysis, full: list[CalendarDate], duration: Duration, own: Point
) -> list[CalendarDate]:
    """The one date with a printed year before ``own`` outside the duration's sentence, if the
    article prints exactly one."""
    sentence = analysis.sentence_at(duration.start)
    if sentence is None:
        return []
    earlier = [
        d
        for d in full
        if d.printed_year is not None
        and d.date < own.day  # type: ignore[operator]
        and not sentence.start <= d.start < sentence.end
    ]
    return earlier if len(earlier) == 1 else []


def _spell_of(
    analysis: Analysis, full: list[CalendarDate], duration: Duration, after: int
) -> list[Spell]:
    """ "after 62 years of marriage": from the date of the clause that names it ("married ...
    on 12 December 1958") to the article's last date or to today, whichever fits."""
    text = analysis.text
    noun = _WORD.match(text, after + len(text[after:]) - len(text[after:].lstrip()))
    if noun is None:
        return []
    words = _words(noun.group(0))

    def names_it(d: CalendarDate) -> bool:
        # the clause without the duration's own words ("after 12 weeks of repairs")
        clause, at = _clause_of(analysis, d), _clause_start(analysis, d)
        own = slice(max(0, duration.start - at), max(0, noun.end() - at))
        return bool(words & _words(clause[: own.start] + " " + clause[own.stop :]))

    starts = [d for d in full if d.end <= duration.start and names_it(d)]
    if not starts:
        starts = _founding(analysis, full, duration)
    if not starts:
        return []
    first = starts[-1]
    ends = [point(d) for d in full if d.date > first.date]  # type: ignore[operator]
    now = _now(analysis, duration)
    if now is not None:
        ends.append(now)
    if not ends:
        return []
    latest = max(ends, key=lambda p: p.day)
    options = {latest, *(p for p in ends if p.start < 0)}
    return [Spell(point(first), p, "of what its clause names") for p in options]


def _founded_to_now(
    analysis: Analysis, full: list[CalendarDate], duration: Duration
) -> list[Spell]:
    """ "opened its doors on 1 September 1987 ... celebrates 40 years in business": from the
    day it began to the day the sentence speaks of."""
    sentence = analysis.sentence_at(duration.start)
    if sentence is None or _PAST_MARKING.search(analysis.text, sentence.start, sentence.end):
        return []  # "celebrated 20 years in business last summer": not today
    starts = _founding(analysis, full, duration)
    now = _now(analysis, duration)
    if len(starts) != 1 or now is None or starts[0].date >= now.day:  # type: ignore[operator]
        return []
    return [Spell(point(starts[0]), now, "since it began")]


_PAST_MARKING = re.compile(r"\b(?:celebrated|marked|had|was|were)\b", re.I)


# an anniversary: "marked 30 years of care", "celebrates 45 years of theatre"
ANNIVERSARY = re.compile(
    r"\b(?:anniversar\w*|mark(?:s|ed|ing)?|celebrat\w*|milestone|jubilee)\b", re.I
)
# the day a thing began: "opened its doors on", "was founded on", "set up on"
FOUNDED = re.compile(
    r"\b(?:opened|founded|established|formed|set up|launched|inaugurated|incorporated|"
    r"created|began|started|first \w+)\b[^.;!?]{0,40}$",
    re.I,
)
_ANY_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _founding(
    analysis: Analysis, full: list[CalendarDate], duration: Duration
) -> list[CalendarDate]:
    """ "The celebration on 14 May 2026 marked 30 years of care": an anniversary counts from
    the one day the article says the thing began ("opened its doors on 14 May 1994"), when its
    own sentence dates nothing else ("who joined in 1996")."""
    sentence = analysis.sentence_at(duration.start)
    if sentence is None:
        return []
    text = analysis.text
    if not ANNIVERSARY.search(text, sentence.start, sentence.end):
        return []
    own = [d for d in full if sentence.start <= d.start < sentence.end]
    years = _ANY_YEAR.findall(text, sentence.start, sentence.end)
    if len(years) > len(own):
        return []  # a year of something else: "Fraser, who joined in 1996, marked 30 years"
    began = [
        d
        for d in full
        # told before ("Opened on 12 March 1999, the theatre marks 30 years") or after, as a
        # lede's anniversary is ("is celebrating 40 years ... The company was founded on ...")
        if d.printed_year is not None and FOUNDED.search(text[max(0, d.start - 60) : d.start])
    ]
    return began if len(began) == 1 else []


# a month or a weekday is said of every date: it does not name what a clause is about
_CALENDAR_WORDS = frozenset(w.lower()[:5] for w in (*calendar.month_name[1:], *calendar.day_name))


def names_the_spell(analysis: Analysis, duration: Duration, spell: Spell) -> bool:
    """Does the duration's sentence name what the clause of one end of the spell names?
    "Mam spent 38 days in that hospital" and "admitted to University Hospital Galway on 3
    January": the same thing, told again. Content words cut to five letters, months and
    weekdays left out."""
    sentence = analysis.sentence_at(duration.start)
    if sentence is None:
        return False
    ends = [p for p in (spell.first, spell.last) if p.start >= 0]
    theirs = {
        w.lower()
        for p in ends
        for w in _WORD.findall(_clause_of(analysis, p))
        if _words(w) and w.lower()[:5] not in _CALENDAR_WORDS
    }
    if not theirs:
        return False
    tokens, offset = analysis.parsed_tokens(sentence)
    return any(
        not duration.start <= t.idx + offset < duration.end
        and _words(t.text)
        and any(_same_stem(t.text.lower(), w) for w in theirs)
        and _already_told(t)
        for t in tokens
    )


def _same_stem(a: str, b: str) -> bool:
    """ "married" and "marriage", "closed" and "closure", "admitted" and "admission": the same
    first five letters, or the shorter word all but its last letter (at least four)."""
    if a[:5] == b[:5]:
        return True
    shorter = min(len(a), len(b))
    common = next((k for k in range(shorter) if a[k] != b[k]), shorter)
    return common >= 4 and common >= shorter - 2


# "that hospital", "the pool", "its roof", "in hospital", "Ninewells": a thing already told;
# "a similar pool", "another bridge", "pools elsewhere" are new ones
_GIVEN = frozenset({"the", "this", "that", "these", "those"})


def _already_told(token: Token) -> bool:
    if token.pos_ == "PROPN":
        return True
    if token.pos_ != "NOUN":
        return False
    if any(c.dep_ == "amod" and c.lower_ in ("other", "similar") for c in token.children):
        return False
    determiners = [c for c in token.children if c.dep_ in ("det", "poss")]
    if not determiners:
        return token.tag_ == "NN"  # "in hospital"; not a bare plural, said in general
    return all(c.dep_ == "poss" or c.lower_ in _GIVEN for c in determiners)


def _clause_of(analysis: Analysis, d: CalendarDate | Point) -> str:
    """The words of the clause a date is told in (its sentence, up to a semicolon)."""
    sentence = analysis.sentence_at(d.start)
    if sentence is None:
        return ""
    text = analysis.text
    end = text.find(";", d.end, sentence.end)
    return text[_clause_start(analysis, d) : sentence.end if end < 0 else end]


def _clause_start(analysis: Analysis, d: CalendarDate | Point) -> int:
    sentence = analysis.sentence_at(d.start)
    if sentence is None:
        return d.start
    return max(sentence.start, analysis.text.rfind(";", sentence.start, d.start) + 1)


def _words(text: str) -> set[str]:
    """Content words, cut to five letters so that "married" meets "marriage" and
    "applied" "application"."""
    return {w.lower()[:5] for w in _WORD.findall(text) if w.lower() not in _STOP and len(w) > 3}


def _paragraph(analysis: Analysis, offset: int) -> int:
    paragraph = analysis.paragraph_at(offset)
    return analysis.paragraph_index(paragraph) if paragraph is not None else -1
