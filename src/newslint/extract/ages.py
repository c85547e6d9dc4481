"""Ages, birth dates and death dates, each given to the person it is about.

An age is read from the quantity table (``dimension == "age"``: "Jane Smith, 34,", "aged 34",
"the 43-year-old", "He was 93", "turns 58") and, for the forms the table counts as plain
numbers, here: "turned 101", "at the age of 86", "in March 1948, at 18,", "John Smith (34)",
"Mr Tan (52)", "died Saturday at 88", "was 34 when ... in 2010", "is Peter Vance, 61.", "Fenn,
now 18,". An age in a when-clause is the clause's year's; "at the time" or "then", the last
date told before it. A birth date is "born on 9 August 1924", "Born in 1947", "(b. 1971)",
"gave his date of birth as ..."; a death date "died on 16 January".

Each statement is tied to its bearer by the sentence's parse (``extract/bearers.py``): the
name it is in apposition to ("Jane Smith, 34,", "Ms Daly, aged 52,"), the noun it describes
("Twenty-year-old Faith Chepkemoi", "a 52-year-old man"), the relative clause's noun ("Smith,
who turned 60"), or its clause's subject ("At 29, she is ...", "He was 93", "Born June 3, 1938,
..., Dorothy was ..."). A pronoun or a description is not a name: the rule decides whether it
is the article's main person, or nobody.

People are grouped by ``mention_groups.group_mentions`` (surnames and given names, as the quote
table's speakers are), so "Ms Daly" and "Róisín Daly" are one person and "Mr Twomey" another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from newslint.extract.bearers import Bearers, Subject
from newslint.extract.dates import YEAR, YEAR_RANGE_NEXT, month_days
from newslint.extract.entities import ROLE_WORDS, Mention, Person
from newslint.extract.mention_groups import group_mentions
from newslint.extract.noun_classes import noun_class
from newslint.extract.timex import MONTH_NUMBERS, WEEKDAY_NUMBERS, WORD_NUMBERS

if TYPE_CHECKING:
    from newslint.analysis import Analysis
    from newslint.extract.dates import CalendarDate

Window = tuple[date, date]
AHEAD_YEARS = 50  # an age "at" a time to come: any day up to this many years ahead

_NUMBER_WORDS = [w for w in WORD_NUMBERS if w not in ("a", "an", "few", "several")]
_NUMBER = r"(?P<n>\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")"
# the forms the quantity table reads as plain counts
_TURNED = re.compile(
    r"\b(?:turned|turns|turning)\s+" + _NUMBER + r"(?:th|st|nd|rd)?\b"
    r"(?![\d.,]\d|\s*(?:%|per|degrees|points|years? ago))",
    re.I,
)
_AGE_OF = re.compile(r"\bat the age of\s+" + _NUMBER + r"\b", re.I)
# "dies at 88", "died Saturday at 88": an age at death (not a time, "died at 10.30pm", nor an
# address, "died at 12 Hill Street")
_DIED_AT = re.compile(
    r"\b(?:died|dies|dying)\b[^.;:\n]{0,30}?\bat\s+(?P<n>[1-9]\d{1,2})\b"
    r"(?![\d,.:]\d|\s*(?:%|am\b|pm\b|a\.m|p\.m|o['’]clock|hours?\b|[A-Z]))"
)
# "opened the cafe at 19 in 2005", "joined the council in 1975 at 19,": an age inside a clause,
# checked only against a year or date that clause prints (a bare "at 19" may be an address, a
# time or a price; the reader takes it only before a clause's end or a time's preposition)
_AT_MID = re.compile(
    r"(?<=[\w,] )at\s+(?P<n>1[3-9]|[2-9]\d|1[01]\d)\b(?![\d,.:]\d)"
    r"(?=\s*[,;.)](?:\s|$)|\s+(?:in|during)\s+(?:early\s+|late\s+|mid-)?" + YEAR + r"\b"
    r"|\s+(?:next|once|when|after|before)\b)"
)
# verbs that set a value "at" a figure: "set the limit at 20", "valued at 15", "finished at 19"
_VALUE_VERBS = frozenset(
    re.findall(
        r"\S+",
        "set put fix peg cap price value estimate rate rank place finish close stand peak "
        "hold keep level settle end total score sell buy trade",
    )
)
_BRACKETED = re.compile(r"(?<=[A-Za-z])\s+\((?P<n>\d{1,3})\)")
# "She was 34 when she opened ...": an age at the time of a when-clause (the table counts it)
# "Craig ... was 70.", "He was 41 at the time": a copula's age closing its clause
_WAS_WHEN = re.compile(
    r"\b(?:was|were|is)\s+(?:only\s+|just\s+|aged\s+)?(?P<n>\d{1,3})"
    r"(?=\s+(?:when|at the time)\b|[.;](?:\s|$))"
)
# "aged 41 at the time of the crash": the forms the table leaves as counts
_AGED = re.compile(r"\baged\s+(?P<n>\d{1,3})\b(?![\d,.]\d|\s*(?:%|-|–|to|and|or)\b)")
# "Fenn, now 18, trains ...", "Smith, then 20,": an adverb between a name and its age (this
# reader and the next open with the comma and look back after it: the engine then jumps from
# comma to comma instead of trying every position of every article)
_NOW_AGED = re.compile(
    r",(?<=[A-Za-z],)\s+(?:now|then|still only|still|only|just)\s+(?:aged\s+)?(?P<n>\d{1,3})"
    r"(?=\s*[,;.)])"
)
# "The new chairman is Peter Vance, 61.": an age closing its sentence after a name
_APPOSED_LAST = re.compile(r",(?<=[A-Za-z],)\s+(?P<n>\d{1,3})(?=[.;](?:\s|$))")
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "ORG"})  # a name that is not a person
_AFTER_PREPOSITION = re.compile(r"\b(?:at|in|of|from|to|near|on|into|outside)\s+(?:the\s+)?$", re.I)
_BIRTHDAY_VERB = re.compile(r"\b(turned|turns|turning)\s+$", re.I)
# "over 30 years old", "under 10": a bound the quantity table leaves exact (an age bound is
# usually a group's, and says no one's age)
_BOUND_BEFORE = re.compile(r"\b(?:over|above|under|below|upwards of)\s+$", re.I)
# "At 29, she is one of ...": an age opening its clause (its first word tested first, for speed)
_FRONTED_AT = re.compile(
    r"(?=[Aa]t\s)(?:^|(?<=[.!?;:]\s)|(?<=\n)|(?<=,\s))[Aa]t\s+(?P<n>\d{1,3}),(?!\d)"
)
# "Now 31, he is ...", "Still only 19, she has ...": an age fronting its clause with an adverb;
# like "At 29," it is the age at the clause's time
_FRONTED_NOW = re.compile(
    r"\b(?=[NSOJA])(?:^|(?<=[.!?;:]\s)|(?<=\n)|(?<=[.!?;:][\"”’]\s))"
    r"(?:Now|Still|Only|Just|Already|Not yet)(?:\s+(?:only|just|aged))?\s+(?P<n>\d{1,3}),(?!\d)"
)
_NOW = re.compile(r"\b(?:Now|Still|Already|Not yet)\b[a-z\s]*$")
# "his 38th birthday", "her 100th birthday": the age reached on the birthday
_ORDINAL_BIRTHDAY = re.compile(r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+(?P<word>birthday)\b", re.I)
# prepositions that put a birthday at the time of their clause ("on her 100th birthday")
_BIRTHDAY_AT = frozenset({"on", "at", "for"})
_BORN = re.compile(rf"\b(?:[Bb]orn|date of birth)\b|(?<=\()b\.(?=\s*{YEAR})")
# "born in 1947", "born in Thurles in 1996", "(born 1972)"
_BORN_YEAR = re.compile(
    rf"^(?:(?:[^.;!?\n]{{0,40}}?\s)?in\s+|:?\s*)(?P<year>{YEAR})\b(?!{YEAR_RANGE_NEXT})"
)
# "Tom Baker (1948-2024)", "Jean Ross, 1931-2024": a life's years after a name (read from the
# name's end: a bracket, or a comma closing the line or the clause)
_LIFE_SPAN = re.compile(
    rf"(?:\s\(|,\s)(?P<born>{YEAR})\s*[-–]\s*(?P<died>{YEAR})"
    r"(?:\)|(?=\s*(?:\n|$|[,;.]\s)))"
)
_DIED = re.compile(r"\b(?:died|passed away|death)\b")
_CLAUSE_END = re.compile(r"[;!?\n]|\.\s+(?=[A-Z\"“])")
# after an age, words that put it at a time of its own the article does not date ("who was 32
# at the time of the robbery", "was 19 then", "during the strike")
_WHEN = re.compile(
    r"^\s*(?:when|before|after|until|by the time|while|during|then|back then|at the time|"
    r"at that time|at the (?:start|end|height|outset) of|on the (?:day|night|morning) of)\b",
    re.I,
)
# a time told already: "She was 29 at the time", "then"
_ANAPHORIC_TIME = re.compile(r"\s*(?:at the time|at that time|then)\b(?!\s+(?:of|when)\b)", re.I)
# between a name and its age: "Ms Daly, aged 52", "Zulu, a 27-year-old teacher", "Smith (34)"
_BESIDE = re.compile(
    r"[\s,(]*(?:(?:of|from)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*,\s*)?"
    r"(?:(?:aged|now|a|an|the|who\s+is|who's)\s+)*"
)
# "Jane Smith, of Hull,": where a resident's name ends before the place
_OF_PLACE = re.compile(r",\s*(?:of|from)\s+$")
# "Smith, then 20,", "the then 20-year-old", "then-leader Ames, 33,"
_THEN = re.compile(r"\bthen[\s-]+(?:aged\s+|only\s+|just\s+)?$", re.I)
_AS_A = re.compile(r"\bas\s+an?\s+$", re.I)
# a year the clause is set in: "in 1996", "during 2019"
_YEAR = re.compile(
    r"\b(?:[Ii]n|[Dd]uring|[Bb]y)\s+(?:early\s+|late\s+|mid-)?"
    rf"(?P<year>{YEAR})\b(?!{YEAR_RANGE_NEXT})"
)
_PAST = re.compile(r"\b(?:was|were|died|had|turned)\b", re.I)
# an age that ends a spell: "ran the bar until she was 85", "worked on until the age of 70"
_UNTIL = re.compile(
    r"\b(?:until|till|up to)\s+(?:(?:he|she|they)\s+(?:was|were|turned|reached)\s+|the age of\s+)?$",
    re.I,
)
_RELATIVE_DAY = re.compile(
    r"\b(?P<word>yesterday|today|tonight|(?:this|last|next) (?:week|month))\b"
    r"|\bon\s+(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?:in|this|next|last)\s+(?P<month>january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\b",
    re.I,
)


@dataclass(frozen=True)
class AgeStatement:
    start: int
    end: int
    text: str
    age: int
    subject: Subject
    window: Window | None  # the days the age is given for (None: now, date unknown)
    birthday: bool = False  # "turned 60 on Tuesday": the birthday falls in the window
    present: bool = True  # given for now (the published date), not for a date of its own
    headline: bool = False


@dataclass(frozen=True)
class BirthStatement:
    start: int
    end: int
    text: str
    window: Window  # one day, or a whole month or year
    subject: Subject


@dataclass(frozen=True)
class DeathStatement:
    start: int
    end: int
    day: date
    subject: Subject


@dataclass
class AgeFacts:
    ages: list[AgeStatement]
    births: list[BirthStatement]
    deaths: list[DeathStatement]
    people: list[Person]


def read_age_facts(analysis: Analysis) -> AgeFacts:
    return _Reader(analysis).read()


def years_before(day: date, years: int) -> date:
    """The same day ``years`` earlier (29 February falls back to the 28th)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


class _Reader:
    def __init__(self, analysis: Analysis):
        self.analysis = analysis
        self.text = analysis.text
        self.published = analysis.article.published
        self.quoted = [(m.start, m.end) for m in analysis.quotation_marks]
        many = len(analysis.paragraphs) > 1
        self.headline_end = analysis.paragraphs[0].end if many else 0

    def read(self) -> AgeFacts:
        spans = [a for a in self._age_spans() if not self._quoted(a[0]) and 0 < a[2] < 125]
        borns = [m for m in _BORN.finditer(self.text) if not self._quoted(m.start())]
        dieds = [m for m in _DIED.finditer(self.text) if not self._quoted(m.start())]
        lives = [m for m in _LIFE_SPAN.finditer(self.text) if not self._quoted(m.start())]
        if not spans and not borns and not lives:
            return AgeFacts([], [], [], [])
        # the sentences that say something of an age are parsed, in one batch
        offsets = [a[0] for a in spans] + [m.start() for m in borns + dieds]
        names = [m for m in self.analysis.names if m.words]
        self._name_ending = {m.end: m for m in names}
        self.bearers = Bearers(self.analysis, names, offsets)
        self.deaths = self._deaths(dieds)
        self.deaths_told = bool(dieds)
        births = self._births(borns) + self._life_spans(lives)
        # a birth date in an age's sentence is not the day the age is given for
        self.birth_spans = [(b.start, b.end) for b in births]
        ages = []
        for start, end, age, form in spans:
            statement = self._age(start, end, age, form)
            if statement is not None:
                ages.append(statement)
        if not ages and not births:
            return AgeFacts([], [], self.deaths, [])
        everyone = sorted(names + self.bearers.added, key=lambda m: m.start)
        people = group_mentions(everyone, self.bearers.aliases)
        return AgeFacts(ages, births, self.deaths, people)

    def _quoted(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.quoted)

    def _sentence(self, offset: int) -> tuple[int, int]:
        sentence = self.analysis.sentence_at(offset)
        if sentence is None:
            return max(0, offset - 200), min(len(self.text), offset + 200)
        return sentence.start, sentence.end

    # -- ages ----------------------------------------------------------------------------

    def _age_spans(self) -> list[tuple[int, int, int, str]]:
        """(start, end, age, form) for every age in the text, the quantity table's first."""
        found: list[tuple[int, int, int, str]] = []
        bounds: list[tuple[int, int]] = []
        for q in self.analysis.quantities:
            if q.dimension != "age" or q.value is None or q.low is not None:
                continue
            if q.approx != "=" or _BOUND_BEFORE.search(self.text, max(0, q.start - 12), q.start):
                # "more than 20 years old", "nearly 80": a bound or a round figure (often a
                # group's: "four of the five jets are more than 20 years old") is no one's age
                bounds.append((q.start, q.end))
            elif q.text.lower().endswith("olds"):
                bounds.append((q.start, q.end))  # "a class of eight-year-olds": a group's
            elif q.value == int(q.value):
                form = "year-old" if "old" in q.text.lower() else "age"
                found.append((q.start, q.end, int(q.value), form))
        taken = [(s, e) for s, e, _, _ in found] + bounds
        readers = (
            (_TURNED, "age"),
            (_AGE_OF, "at"),
            (_DIED_AT, "at"),
            (_AT_MID, "at-dated"),
            (_FRONTED_AT, "at"),
            (_FRONTED_NOW, "fronted"),
            (_BRACKETED, "bracketed"),
            (_WAS_WHEN, "was"),
            (_AGED, "age"),
            (_APPOSED_LAST, "apposed"),
            (_NOW_AGED, "apposed"),
            (_ORDINAL_BIRTHDAY, "birthday"),
        )
        for pattern, form in readers:
            for m in pattern.finditer(self.text):
                start, end = m.span("n")
                value = _number(m.group("n"))
                if value is None or any(a < end and start < b for a, b in taken):
                    continue
                if form == "birthday":
                    start, end = m.start("n"), m.end("word")
                found.append((start, end, value, form))
                taken.append((start, end))
        return sorted(found)

    def _age_subject(self, start: int, end: int, form: str) -> Subject | None:
        if form in ("year-old", "birthday"):
            subject = self.bearers.of(start, end)
        else:
            subject = self.bearers.of(start)
        if subject is None or _not_a_person(subject):
            return None
        if form == "bracketed":
            # "John Smith (34)": a person's full name, not "Mapletoft (53)" or "Scotland (8)"
            name = subject.name
            # "Mr Tan (52)": one word, but a title says it is a person's
            if name is None or name.label in PLACE_LABELS:
                return None
            if len(name.words) < 2 and name.gender is None:
                return None
        if form == "apposed" and (
            subject.name is None
            or subject.how != "apposition"
            or subject.name.label in PLACE_LABELS
        ):
            return None  # "..., Vance, 61.": said of a name beside it, not "in Kent, 12."
        if form == "at-dated" and not self._at_an_age(start, subject):
            return None
        if form == "was" and (
            (subject.name is None and subject.pronoun is None)
            or (subject.name is not None and subject.name.label in PLACE_LABELS)
        ):
            return None  # "The temperature was 34 when ...": a person's age only
        name = subject.name
        if name is not None and (
            name.label in PLACE_LABELS or form in ("age", "year-old", "apposed")
        ):
            resident = self._resident(name)
            if resident is not None:
                return Subject(name=resident, how="apposition", gender=resident.gender)
        if (
            name is not None
            and name.label in PLACE_LABELS
            and _AFTER_PREPOSITION.search(self.text[max(0, name.start - 8) : name.start])
        ):
            return None  # "He died at University Hospital Kerry, aged 79": not a person
        return subject

    def _at_an_age(self, start: int, subject: Subject) -> bool:
        """Is "at 19" in "opened the cafe at 19 in 2005" a person's age: said of a name or a
        pronoun, by a past verb "at" hangs on that does not set a value ("set the limit at 20",
        "priced at 15")?"""
        person = subject.pronoun is not None or (
            subject.name is not None and subject.name.label not in PLACE_LABELS
        )
        if not person or subject.tense not in ("past", "future"):
            return False
        token = self.bearers.sentences.token(start)
        if token is None or token.head.lower_ != "at":
            return False
        verb = token.head.head
        return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in _VALUE_VERBS

    def _resident(self, place: Mention) -> Mention | None:
        """ "Jane Smith, of Hull, 34,": the parse gives the age to the place; it is the name's
        before "of"."""
        before = _OF_PLACE.search(self.text, max(0, place.start - 12), place.start)
        if before is None:
            return None
        return self._name_ending.get(before.start())

    def _age(self, start: int, end: int, age: int, form: str) -> AgeStatement | None:
        text = self.text
        s_start, s_end = self._sentence(start)
        subject = self._age_subject(start, end, form)
        if subject is None:
            return None
        headline = start < self.headline_end
        if form == "at-dated" and subject.tense == "future":
            # "will retire at 63 once the election is over": an age at a time still to come
            return self._ahead(start, end, age, subject, headline)
        if form == "at-dated":
            # only at the year or date its own sentence prints for the event
            window = self._past_told(
                self._dated_after(end, s_end)
                if text[end:].lstrip()[:1].isalpha()  # "at 19 in 2005"
                else self._dated_before(s_start, start)
            )
            if window is None:
                return None
            return self._statement(start, end, age, subject, window, headline)
        verb = _BIRTHDAY_VERB.search(text[max(s_start, start - 25) : start])
        birthday = verb is not None or form == "birthday"
        # headlines speak in the present of what has happened: "as she turns 101"
        future = (
            bool(verb)
            and not headline
            and verb.group(1).lower() != "turned"  # type: ignore[union-attr]
            and subject.tense != "past"  # "celebrated turning 100 on Sunday"
        ) or (subject.tense == "future" and not headline)  # "who will be 55 in June"
        if form == "birthday":
            if not self._birthday_on_its_day(start, end):
                return None
            future = subject.tense == "future"
        when_clause = _WHEN.match(text[end:s_end]) is not None
        if subject.how in ("apposition", "adjacent", "description") and not birthday:
            return self._described(start, end, age, subject, headline, when_clause)
        if form == "fronted" and subject.name is None and subject.pronoun is None:
            return None  # "Only 14, the number of cases ...": not a person's age
        if _ANAPHORIC_TIME.match(text, end) is not None and not birthday:
            # "Keane, who was 35 at the time, ...": the time of the events told before, never
            # the date of the sentence's own telling ("told the court on Tuesday that ...")
            window = self._told_time(s_start, start, end)
            if window is None:
                return None
            return self._statement(start, end, age, subject, window, headline)
        if _UNTIL.search(text, max(s_start, start - 25), start) and not birthday:
            # the age ends a spell: a date in its sentence is the spell's start or another
            # clause's ("Jack died in 2009, and she ran the bar until she was 85"); only a
            # year its own when-clause prints dates it
            own_when = re.match(r"\s*,?\s*when\b", text[end:s_end]) is not None
            window = self._dated_after(end, s_end) if own_when else None
            if window is None:
                return None
            return self._statement(start, end, age, subject, window, headline)
        window = self._when((s_start, s_end), start, future)
        if window is None and when_clause and subject.tense == "future":
            return self._ahead(start, end, age, subject, headline)  # "will be 40 when ..."
        if window is None and when_clause:
            # "She was 34 when she opened her first salon in 2010": the when-clause's year
            window = self._dated_after(end, s_end) or self._told_time(s_start, start, end)
            if window is None:
                return None  # "She was 34 when she joined": an age at a time not given
            return self._statement(start, end, age, subject, window, headline)
        # "Now 31, he is ...", "Still only 21, Hadley has won ...": the age now, whatever the verb
        now = form == "fronted" and _NOW.search(text[max(s_start, start - 20) : start]) is not None
        if (
            window is None
            and form in ("at", "fronted")
            and (now or subject.tense in ("present", "future"))
        ):
            # ("At 55, Whitaker will be ...": a fronted age is the age now, whatever the verb)
            opening = _FRONTED_AT.search(text, max(0, start - 4), end + 1)
            fronted = form != "at" or (opening is not None and opening.start("n") == start)
            if subject.tense == "future" and not now and not fronted:
                # "He will step down at the age of 65": at some time to come, so no older now
                return self._ahead(start, end, age, subject, headline)
            # "At 29, she is one of the youngest founders": the age now
            return self._present(start, end, age, subject, headline)
        past = _PAST.search(text[max(s_start, start - 30) : start]) or "died" in text[s_start:s_end]
        if window is None and (past or subject.tense == "past") and not birthday:
            # "died in 2019, aged 82", "joined the firm in 1996, aged 24": the clause's year
            window = self._dated_before(s_start, start)
        if window is None and past and not birthday:
            window = self._past_window(subject)
            if window is None:
                return None
        if window is None and form in ("at", "fronted"):
            return None  # "at 18" with no date of its own: its time is unknown
        if window is None and birthday:
            if self.published is None or (form == "birthday" and subject.tense is None):
                # "told an interviewer on her 80th birthday": a birthday no verb celebrates
                # now or soon, at a time the article does not date
                return None
            year = timedelta(days=365)
            p = self.published
            window = (p, p + year) if future else (p - year, p)
        if window is None:
            return self._present(start, end, age, subject, headline)
        return self._statement(start, end, age, subject, window, headline, birthday=birthday)

    def _birthday_on_its_day(self, start: int, end: int) -> bool:
        """Is "her 83rd birthday" at the time its sentence speaks of ("celebrated his 60th
        birthday on Sunday", "on her 100th birthday")? Not when a preposition sets it apart
        from that time: "seven weeks short of her 83rd birthday", "days before his 40th
        birthday", "in the run-up to her 100th birthday"."""
        token = self.bearers.sentences.token(start, end)
        if token is None:
            return False
        head = token.head
        return head.pos_ != "ADP" or head.lower_ in _BIRTHDAY_AT

    def _described(
        self, start: int, end: int, age: int, subject: Subject, headline: bool, when: bool
    ) -> AgeStatement | None:
        """An age said of a name or a noun: "Jane Smith, 34,", "the 26-year-old" give the age
        now; one trailing a dated clause ("joined the firm in 1996, aged 24"), or after a
        date fronting its sentence ("In 1987 a 33-year-old Ruth Ames was elected"), the age
        then; one at a time of its own the article does not date ("Smith, then 20,", "the then
        20-year-old", "qualified as a doctor, aged 24", "27 at the time") none we can check."""
        s_start = self._sentence(start)[0]
        name = subject.name
        after = name.end if name is not None and name.end <= start else s_start
        before = self.text[max(after, start - 12) : start]
        # "Smith, then 20,"; "joined Hamburg as a 12-year-old": an age at a time of its own
        then = _THEN.search(before) is not None or _AS_A.search(before) is not None
        beside = name is None or _BESIDE.fullmatch(self.text[name.end : start]) is not None
        dated = self._dated_before(after, start)
        if dated is not None and (then or not beside or name is None or name.start > start):
            return self._statement(start, end, age, subject, dated, headline)
        if then or when or not beside:
            return None
        return self._present(start, end, age, subject, headline)

    def _dated_before(self, after: int, start: int, printed: bool = False) -> Window | None:
        """The days of the last date or year printed in ``[after, start)`` outside a birth
        date: "in March 1996", "in 1996"; with ``printed``, no date whose year is only the
        published date's guess ("on 23 February" in a story looked back on)."""
        found: list[tuple[int, Window]] = []
        for d in self.analysis.dates:
            if printed and d.year_from == "published":
                continue
            if after <= d.start and d.end <= start and d.year is not None:
                window = self._dated(d, False)
                if window is not None and not self._in_birth(d.start):
                    found.append((d.start, window))
        for m in _YEAR.finditer(self.text, after, start):
            year = int(m.group("year"))
            if not self._in_birth(m.start()):
                found.append((m.start(), (date(year, 1, 1), date(year, 12, 31))))
        return max(found)[1] if found else None

    def _dated_after(self, end: int, s_end: int) -> Window | None:
        """The year of the clause an age's "when" opens: "was 19 when she fled Aleppo in
        2013"; None if it holds none, or more than one."""
        clause = self._limit(end, s_end - end)
        years = {int(m.group("year")) for m in _YEAR.finditer(self.text, end, clause)}
        if len(years) != 1:
            return None
        year = years.pop()
        return date(year, 1, 1), date(year, 12, 31)

    def _told_time(self, s_start: int, start: int, end: int) -> Window | None:
        """ "... appointed in 2020. She was 29 at the time.": "at the time" or "then" is the
        last date told before the age, in its sentence or the one before."""
        if _ANAPHORIC_TIME.match(self.text, end) is None:
            return None
        window = self._past_told(self._dated_before(s_start, start, printed=True))
        sentence = self.analysis.sentence_at(start)
        before = self.analysis.sentence_before(sentence) if sentence is not None else None
        if window is None and before is not None:
            window = self._past_told(self._dated_before(before.start, before.end, printed=True))
        return window

    def _past_told(self, window: Window | None) -> Window | None:
        """A time "at the time" can point back to: not the days around publication, which are
        the telling's ("said on Tuesday that ..."), not the events'."""
        p = self.published
        if window is None or p is None or window[1] < p - timedelta(days=31):
            return window
        return None

    def _in_birth(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.birth_spans)

    def _statement(
        self,
        start: int,
        end: int,
        age: int,
        subject: Subject,
        window: Window | None,
        headline: bool,
        *,
        birthday: bool = False,
        present: bool = False,
    ) -> AgeStatement:
        """The statement of the age printed at ``[start, end)``, given for ``window``."""
        text = self.text[start:end]
        return AgeStatement(start, end, text, age, subject, window, birthday, present, headline)

    def _present(
        self, start: int, end: int, age: int, subject: Subject, headline: bool
    ) -> AgeStatement:
        p = self.published
        window = (p, p) if p is not None else None
        return self._statement(start, end, age, subject, window, headline, present=True)

    def _ahead(
        self, start: int, end: int, age: int, subject: Subject, headline: bool
    ) -> AgeStatement | None:
        """An age at a time to come that the sentence does not date: any day from the
        published date on (so it says only that the person is no older now)."""
        p = self.published
        if p is None:
            return None
        window = (p, years_before(p, -AHEAD_YEARS))
        return self._statement(start, end, age, subject, window, headline)

    def _past_window(self, subject: Subject) -> Window | None:
        """ "He was 93", "died aged 82": at the person's death date if the article gives one,
        else some day of the year before publication (the birthday may have passed since)."""
        death = self._death_of(subject)
        if death is not None:
            return death.day, death.day
        if self.published is None:
            return None
        return self.published - timedelta(days=365), self.published

    # -- the time an age is given for ------------------------------------------------------

    def _when(self, sentence: tuple[int, int], start: int, future: bool) -> Window | None:
        """The days the age holds for, from a date in its sentence: "in March 1948", "on
        Tuesday", "yesterday", "in December"; None when the sentence gives none."""
        s_start, s_end = sentence
        dated = [
            d
            for d in self.analysis.dates
            if s_start <= d.start < s_end
            and d.year is not None
            and not any(a <= d.start < b for a, b in self.birth_spans)
        ]
        if dated:
            nearest = min(dated, key=lambda d: abs(d.start - start))
            return self._dated(nearest, future)
        return self._relative(self.text[s_start:s_end], future)

    def _dated(self, d: CalendarDate, future: bool) -> Window | None:
        window = d.first_and_last()
        p = self.published
        if window is None or p is None or d.year_from != "published":
            return window
        # the nearest occurrence may be the wrong side of publication for the tense
        if not future and window[0] > p:
            return years_before(window[0], 1), years_before(window[1], 1)
        if future and window[1] < p:
            return years_before(window[0], -1), years_before(window[1], -1)
        return window

    def _relative(self, sentence: str, future: bool) -> Window | None:
        p = self.published
        m = _RELATIVE_DAY.search(sentence)
        if p is None or m is None:
            return None
        if m.group("word"):
            word = m.group("word").lower()
            back = {"yesterday": 1, "today": 0, "tonight": 0}
            if word in back:
                day = p - timedelta(days=back[word])
                return day, day
            return _relative_period(p, word, future)
        if m.group("weekday"):
            weekday = WEEKDAY_NUMBERS[m.group("weekday").lower()]
            if future:
                day = p + timedelta(days=(weekday - p.weekday()) % 7)
            else:
                day = p - timedelta(days=(p.weekday() - weekday) % 7)
            return day, day
        month = MONTH_NUMBERS[m.group("month").lower()]
        year = p.year
        if future and month < p.month:
            year += 1
        elif not future and month > p.month:
            year -= 1
        return month_days(year, month)

    # -- births and deaths -----------------------------------------------------------------

    def _births(self, borns: list[re.Match[str]]) -> list[BirthStatement]:
        found = []
        for m in borns:
            window = self._born_window(m)
            if window is None:
                continue
            subject = self.bearers.of(m.start())
            if subject is not None:
                first, last, end = window
                text = self.text[m.start() : end]
                found.append(BirthStatement(m.start(), end, text, (first, last), subject))
        return found

    def _life_spans(self, lives: list[re.Match[str]]) -> list[BirthStatement]:
        """ "Tom Baker (1948-2024)", "Obituary: Jean Ross, 1931-2024": the years of a life set
        beside the name, the first of them the year of birth. Only in a story of a death that
        ends in the published year or the one before, and long enough for a life: a term of
        office is written the same way ("former chairman Tom Hart (2015-2019)")."""
        if self.published is None or not self.deaths_told:
            return []
        found = []
        for m in lives:
            born, died = int(m["born"]), int(m["died"])
            name = self._name_ending.get(m.start())
            if name is None or not 18 <= died - born < 120:
                continue
            if not self.published.year - 1 <= died <= self.published.year:
                continue
            subject = Subject(name=name, how="apposition", gender=name.gender)
            window = (date(born, 1, 1), date(born, 12, 31))
            found.append(BirthStatement(m.start("born"), m.end("born"), m["born"], window, subject))
        return found

    def _limit(self, at: int, chars: int) -> int:
        after = self.text[at : at + chars]
        stop = _CLAUSE_END.search(after)
        return at + (stop.start() if stop else len(after))

    def _born_window(self, m: re.Match[str]) -> tuple[date, date, int] | None:
        """The days a "born ..." names: the first day or month with a year within 45
        characters ("born on 9 August 1924", "Born June 3, 1938"), or "born in 1947"."""
        limit = self._limit(m.end(), 45)
        for d in self.analysis.dates:
            if m.end() <= d.start < limit and d.printed_year is not None:
                window = d.first_and_last()
                if window:
                    return window[0], window[1], d.end
        year = _BORN_YEAR.match(self.text[m.end() : limit])
        if year:
            y = int(year.group("year"))
            return date(y, 1, 1), date(y, 12, 31), m.end() + year.end("year")
        return None

    def _deaths(self, dieds: list[re.Match[str]]) -> list[DeathStatement]:
        found = []
        for m in dieds:
            limit = self._limit(m.end(), 40)
            born = _BORN.search(self.text, m.end(), limit)
            if born is not None:
                limit = born.start()  # "died aged 90, was born on ...": not the day of death
            day = next(
                (d for d in self.analysis.dates if m.end() <= d.start < limit and d.date), None
            )
            if day is None or day.date is None:
                continue
            subject = self.bearers.of(m.start())
            if subject is not None:
                found.append(DeathStatement(m.start(), day.end, day.date, subject))
        return found

    def _death_of(self, subject: Subject) -> DeathStatement | None:
        """A subject's death date: by surname, or the article's only death date for a pronoun
        or a description."""
        if subject.name is not None:
            surname = subject.name.tokens[-1:]
            for d in self.deaths:
                if d.subject.name is not None and d.subject.name.tokens[-1:] == surname:
                    return d
        if len({d.day for d in self.deaths}) == 1:
            return self.deaths[0]
        return None


def _relative_period(p: date, word: str, future: bool) -> Window:
    """The days "this month", "last week", "next month" name around the published date ``p``:
    the calendar month (its days before ``p`` for the past tense, from ``p`` for the future:
    "turns 29 later this month"), or the seven days a week-word allows."""
    which, unit = word.split()
    if unit == "week":
        if which == "this":
            return (p, p + timedelta(days=7)) if future else (p - timedelta(days=7), p)
        step = timedelta(days=7 if which == "next" else -7)
        return min(p, p + 2 * step), max(p, p + 2 * step)
    first = p.replace(day=1)
    if which == "last":
        first = (first - timedelta(days=1)).replace(day=1)
    elif which == "next":
        first = (first + timedelta(days=32)).replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    if which == "this":
        return (p, last) if future else (first, p)
    return first, last


def _not_a_person(subject: Subject) -> bool:
    """ "the 14-year-old business", "a 30-year-old law": an age described on a noun whose
    first sense is a body or a text (WordNet) and no people word is a thing's, not a person's.
    A noun WordNet does not know stays a person ("the 24-year-old midfielder")."""
    if subject.name is not None or not subject.description:
        return False
    head = subject.description.split()[-1]
    return noun_class(head) in ("group", "communication") and head not in ROLE_WORDS


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    value = WORD_NUMBERS.get(word.lower())
    return int(value) if value is not None else None
