"""Ages, birth dates and death dates, each given to the person it is about.

An age is read from the quantity table (``dimension == "age"``: "Jane Smith, 34,", "aged 34",
"the 43-year-old", "He was 93", "turns 58") and, for the forms the table counts as plain
numbers, here: "turned 101", "at the age of 86", "in March 1948, at 18,", "John Smith (34)".
A birth date is "born on 9 August 1924", "Born in 1947", "gave his date of birth as ..."; a
death date "died on 16 January".

Each statement is tied to a person the way a sub-editor reads it, and only this way:

- by apposition or adjacency: "Jane Smith, 34,", "Twenty-year-old Faith Chepkemoi", "Smith,
  who turned 60", "Born June 3, 1938, in Fort Wayne, Dorothy was ...";
- by the subject of its clause: a name ("Hollis died on 3 February"), a pronoun ("He was
  93") or a description ("the 26-year-old"). A pronoun or a description is not a name: the
  rule decides whether it is the article's main person, or nobody.

People are grouped by ``entities.group_mentions`` (surnames and given names, as the quote
table's speakers are), so "Ms Daly" and "Róisín Daly" are one person and "Mr Twomey" another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from newslint.extract.entities import Mention, Person, Word, fold, group_mentions
from newslint.extract.timex import MONTH_NUMBERS, WEEKDAY_NUMBERS, WORD_NUMBERS

if TYPE_CHECKING:
    from newslint.analysis import Analysis
    from newslint.extract.dates import CalendarDate

Window = tuple[date, date]

_PRONOUNS = {"he": "m", "she": "f"}
_NUMBER_WORDS = [w for w in WORD_NUMBERS if w not in ("a", "an", "few", "several")]
_NUMBER = r"(?P<n>\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")"
# the forms the quantity table reads as plain counts
_TURNED = re.compile(
    r"\b(?:turned|turns|turning)\s+" + _NUMBER + r"(?:th|st|nd|rd)?\b"
    r"(?![\d.,]\d|\s*(?:%|per|degrees|points|years? ago))",
    re.I,
)
_AGE_OF = re.compile(r"\bat the age of\s+" + _NUMBER + r"\b", re.I)
_AT_AGE = re.compile(r",\s+at\s+(?P<n>\d{1,3}),")
_BRACKETED = re.compile(r"(?<=[A-Za-z])\s+\((?P<n>\d{1,3})\)")
_PLACE_LABELS = {"GPE", "LOC", "FAC", "NORP", "ORG"}
_BIRTHDAY_VERB = re.compile(r"\b(turned|turns|turning)\s+$", re.I)
_BORN = re.compile(r"\b(?:[Bb]orn|date of birth)\b")
_BORN_YEAR = re.compile(r"^(?:[^.;!?\n]{0,40}?\s)?in\s+(?P<year>(?:18|19|20)\d\d)\b(?!\s*[-–]\d)")
_DIED = re.compile(r"\b(?:died|passed away|death)\b")
_CLAUSE_END = re.compile(r"[;!?\n]|\.\s+(?=[A-Z\"“])")
# a name and its apposed age: "Smith, 34," / "Smith, now aged 34," / "Smith (34)"
_APPOSED = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*)(?:\s+\([^)]{1,40}\))?,\s+(?:(?:now|still)\s+)?(?:aged\s+)?$"
)
# "Smith, who has died aged 82," / "Smith, who turned 101 yesterday,"
_WHO = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*),\s+who\s+(?:has\s+|had\s+|is\s+|was\s+|will\s+)?"
    r"(?:(?:just|recently|only)\s+)?(?:died\s+(?:on\s+[^,]{1,20}\s+)?)?(?:aged\s+|be\s+)?"
    r"(?:turned|turns|turning|died|was|is)?\s*(?:aged\s+)?$"
)
_AUXILIARY = r"(?:has|had|who|now|just|only|recently|will|would|is|was|be|been|being)"
_VERB_BEFORE = re.compile(
    r"\b(?P<subject>[A-Za-z][\w'’.-]*)\s+(?:" + _AUXILIARY + r"\s+)*"
    r"(?:was|is|turned|turns|turning|died|dies|be)\s+(?:aged\s+)?$"
)
_AFTER_PREPOSITION = re.compile(
    r"\b(?:at|in|of|from|to|for|by|near|on|into|outside)\s+(?:the\s+)?$", re.I
)
_YEAR_OLD_AFTER = re.compile(r"^(?P<noun>(?:\s+[a-z][a-z-]+){0,3})\s+(?P<name>[A-Z][\w'’.-]+)")
_NOT_NOUNS = (
    "was|is|has|had|said|says|will|would|could|can|did|does|also|then|who|at|in|on|for|from|"
    "with|to|of|and|or|but|as|by|told|appeared|remains|faces|denied|admitted|pleaded"
)
_DESCRIBED = re.compile(
    r"^\s+(?P<noun>(?!(?:" + _NOT_NOUNS + r")\b)[a-z][a-z-]+"
    r"(?:\s+(?!(?:" + _NOT_NOUNS + r")\b)[a-z][a-z-]+)?)"
)
_WHEN = re.compile(r"^\s*(?:when|before|after|until|by the time)\b", re.I)
_PAST = re.compile(r"\b(?:was|were|died|had|turned)\b", re.I)
_FRONTED_SUBJECT = re.compile(
    r"(?:^|[,;]\s+)(?P<word>[Hh]e|[Ss]he)\s+(?!said\b|says\b|told\b)[a-z]+"
)
_RELATIVE_DAY = re.compile(
    r"\b(?P<word>yesterday|today|tonight|this week|last week|this month|last month)\b"
    r"|\bon\s+(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?:in|this|next|last)\s+(?P<month>january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\b",
    re.I,
)


@dataclass(frozen=True)
class Subject:
    """Who a statement is about: a name (a person), a pronoun, or a description."""

    name: Mention | None = None
    pronoun: str | None = None  # "m" or "f"
    description: str | None = None  # "the 54-year-old chief executive": "chief executive"
    how: str = ""


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


class _Names:
    """The article's name mentions, and the capitalised words known to be names: a name word
    the parse missed ("Chepkemoi, now aged 21," opening an untagged sentence) still counts when
    the article uses it in a name elsewhere."""

    def __init__(self, text: str, mentions: list[Mention]):
        self.text = text
        self.mentions = mentions
        self.known = {w.text for m in mentions for w in m.words if len(w.text) > 2}
        self.added: list[Mention] = []

    def ending_at(self, at: int) -> Mention | None:
        for m in self.mentions + self.added:
            if m.start < at <= m.end + 2 and m.end >= at - 2:
                return m
        word = re.search(r"[A-Z][\w'’-]*$", self.text[max(0, at - 40) : at])
        return self._known(at - len(word.group(0)), at) if word else None

    def starting_at(self, at: int) -> Mention | None:
        for m in self.mentions + self.added:
            if m.start <= at < m.end:
                return m
        word = re.match(r"[A-Z][\w'’-]*", self.text[at : at + 40])
        return self._known(at, at + len(word.group(0))) if word else None

    def _known(self, start: int, end: int) -> Mention | None:
        word = self.text[start:end]
        if word not in self.known:
            return None
        mention = Mention(word, start, end, "NAME", (Word(word, start, end),))
        self.added.append(mention)
        return mention

    def first_in(self, start: int, end: int) -> Mention | None:
        return next((m for m in self.mentions if start <= m.start < end), None)

    def person_between(self, start: int, end: int) -> bool:
        return any(m.label == "PERSON" and start < m.start < end for m in self.mentions)

    def all(self) -> list[Mention]:
        return sorted(self.mentions + self.added, key=lambda m: m.start)


class _Reader:
    def __init__(self, analysis: Analysis):
        from newslint.extract.quotes import quotation_marks

        self.analysis = analysis
        self.text = analysis.text
        self.published = analysis.article.published
        self.names = _Names(self.text, [m for m in analysis.names if m.words])
        paragraphs = [(p.start, p.end) for p in analysis.paragraphs]
        self.quoted = [(m.start, m.end) for m in quotation_marks(self.text, paragraphs)]
        many = len(analysis.paragraphs) > 1
        self.headline_end = analysis.paragraphs[0].end if many else 0

    def read(self) -> AgeFacts:
        deaths = [d for d in self._deaths() if not self._quoted(d.start)]
        births = [b for b in self._births() if not self._quoted(b.start)]
        # a birth date in an age's sentence is not the day the age is given for
        self.birth_spans = [(b.start, b.end) for b in births]
        self.deaths = deaths
        ages = []
        for start, end, age, form in self._age_spans():
            if self._quoted(start) or not 0 < age < 125:
                continue
            statement = self._age(start, end, age, form)
            if statement is not None:
                ages.append(statement)
        # people are grouped only when something is said of their age (most articles: never)
        people = group_mentions(self.names.all()) if ages or births else []
        return AgeFacts(ages, births, deaths, people)

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
        for q in self.analysis.quantities:
            if q.dimension != "age" or q.value is None or q.low is not None:
                continue
            if q.value == int(q.value):
                form = "year-old" if "old" in q.text.lower() else "age"
                found.append((q.start, q.end, int(q.value), form))
        taken = [(s, e) for s, e, _, _ in found]
        readers = ((_TURNED, "age"), (_AGE_OF, "at"), (_AT_AGE, "at"), (_BRACKETED, "bracketed"))
        for pattern, form in readers:
            for m in pattern.finditer(self.text):
                start, end = m.span("n")
                value = _number(m.group("n"))
                if value is None or any(a < end and start < b for a, b in taken):
                    continue
                found.append((start, end, value, form))
                taken.append((start, end))
        return sorted(found)

    def _age(self, start: int, end: int, age: int, form: str) -> AgeStatement | None:
        text = self.text
        s_start, s_end = self._sentence(start)
        subject = self._age_subject(s_start, start, end, form)
        if subject is None:
            return None
        headline = start < self.headline_end
        verb = _BIRTHDAY_VERB.search(text[max(s_start, start - 25) : start])
        birthday = verb is not None
        # headlines speak in the present of what has happened: "as she turns 101"
        future = bool(verb) and not headline and verb.group(1).lower() != "turned"  # type: ignore[union-attr]
        if subject.how in ("apposition", "adjacent", "description") and not birthday:
            # "Jane Smith, 34,", "the 26-year-old": the age now
            return self._present(start, end, age, subject, headline)
        when_clause = _WHEN.match(text[end:s_end]) is not None
        window = self._when((s_start, s_end), start, future)
        if window is None and when_clause:
            return None  # "She was 34 when she joined": an age at a time not given
        past = _PAST.search(text[max(s_start, start - 30) : start]) or "died" in text[s_start:s_end]
        if window is None and past and not birthday:
            window = self._past_window(subject, s_start, s_end, start)
            if window is None:
                return None
        if window is None and form == "at":
            return None  # "at 18" with no date of its own: its time is unknown
        if window is None and birthday:
            if self.published is None:
                return None
            year = timedelta(days=365)
            p = self.published
            window = (p, p + year) if future else (p - year, p)
        if window is None:
            return self._present(start, end, age, subject, headline)
        return AgeStatement(
            start, end, text[start:end], age, subject, window, birthday, False, headline
        )

    def _present(
        self, start: int, end: int, age: int, subject: Subject, headline: bool
    ) -> AgeStatement:
        p = self.published
        window = (p, p) if p is not None else None
        return AgeStatement(
            start, end, self.text[start:end], age, subject, window, False, True, headline
        )

    def _past_window(self, subject: Subject, s_start: int, s_end: int, start: int) -> Window | None:
        """ "He was 93", "died aged 82": at the person's death date if the article gives one,
        else some day of the year before publication (the birthday may have passed since)."""
        death = self._death_of(subject)
        if death is not None:
            return death.day, death.day
        if self.published is None:
            return None
        return self.published - timedelta(days=365), self.published

    def _age_subject(self, s_start: int, start: int, end: int, form: str) -> Subject | None:
        text = self.text
        if form == "year-old":
            return self._year_old_subject(s_start, start, end)
        before = text[s_start:start]
        if form == "bracketed":
            before = text[s_start : start - 1].rstrip(" (")
            named = re.search(r"[A-Z][\w'’.-]+\s+[A-Z][\w'’.-]+$", before)
            mention = self.names.ending_at(s_start + len(before)) if named else None
            # "John Smith (34)": a full name of a person, not "Mapletoft (53)" or "Scotland (8)"
            if mention is None or mention.label in _PLACE_LABELS:
                return None
            return Subject(name=mention, how="apposition")
        m = _APPOSED.search(before)
        if m:
            name = self.names.ending_at(s_start + m.end("name"))
            # "He died at University Hospital Kerry, aged 79": a place, not the age's bearer
            if name is not None and not _AFTER_PREPOSITION.search(
                text[max(0, name.start - 8) : name.start]
            ):
                return Subject(name=name, how="apposition")
        m = _WHO.search(before)
        if m:
            name = self.names.ending_at(s_start + m.end("name"))
            if name is not None:
                return Subject(name=name, how="relative clause")
        return self._clause_subject(s_start, start)

    def _year_old_subject(self, s_start: int, start: int, end: int) -> Subject | None:
        text = self.text
        after = text[end : end + 60]
        m = _YEAR_OLD_AFTER.match(after)
        if m and not re.search(r"[.,;]", m.group("noun")):
            name = self.names.starting_at(end + m.start("name"))
            if name is not None:
                return Subject(name=name, how="adjacent")
        before = text[max(s_start, start - 40) : start]
        # "Nokuthula Zulu, a 27-year-old teacher": apposition to the name before
        m2 = re.search(r"(?P<name>[A-Z][\w'’.-]*),\s+(?:a|an|the)\s+$", before)
        if m2:
            name = self.names.ending_at(start - len(before) + m2.end("name"))
            if name is not None:
                return Subject(name=name, how="apposition")
        if re.search(r"\bthe\s+$", before, re.I):
            described = _DESCRIBED.match(after)
            return Subject(
                description=described.group("noun") if described else "", how="description"
            )
        return None  # "a 27-year-old teacher": someone new, not a person named before

    def _clause_subject(self, s_start: int, start: int) -> Subject | None:
        """The subject of the clause holding ``start``: the word before its verb, else the name
        or pronoun that opens the sentence (titles and a short description may come first), else
        a pronoun after a fronted phrase ("Eager to see the world, he enlisted ...")."""
        text = self.text
        head = text[s_start:start]
        m = _VERB_BEFORE.search(head)
        if m:
            word = fold(m.group("subject")).strip(".")
            if word in _PRONOUNS:
                return Subject(pronoun=_PRONOUNS[word], how="pronoun")
            name = self.names.ending_at(s_start + m.end("subject"))
            if name is not None:
                return Subject(name=name, how="subject")
            if word == "who":
                return None
        opening = re.match(r"\s*(?P<word>[A-Za-z]+)\b", head)
        if opening and fold(opening.group("word")) in _PRONOUNS:
            return Subject(pronoun=_PRONOUNS[fold(opening.group("word"))], how="pronoun")
        first = self.names.first_in(s_start, start)
        if (
            first is not None
            and len(text[s_start : first.start].split()) <= 4
            and not self.names.person_between(first.end, start)
        ):
            return Subject(name=first, how="subject")
        fronted = _FRONTED_SUBJECT.search(head)
        if fronted:
            return Subject(pronoun=_PRONOUNS[fronted.group("word").lower()], how="pronoun")
        return None

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
            span = 31 if "month" in word else 7
            if word.startswith("last"):
                span *= 2
            return p - timedelta(days=span), p
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
        first = date(year, month, 1)
        last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
        return first, last

    # -- births and deaths -----------------------------------------------------------------

    def _births(self) -> list[BirthStatement]:
        found = []
        for m in _BORN.finditer(self.text):
            window = self._born_window(m)
            if window is None:
                continue
            s_start, s_end = self._sentence(m.start())
            subject = self._birth_subject(s_start, s_end, m.start())
            if subject is not None:
                first, last, end = window
                text = self.text[m.start() : end]
                found.append(BirthStatement(m.start(), end, text, (first, last), subject))
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

    def _birth_subject(self, s_start: int, s_end: int, at: int) -> Subject | None:
        text = self.text
        head = text[s_start:at]
        if not head.strip():
            # "Born June 3, 1938, in Fort Wayne, Indiana, Dorothy was the daughter of ...": the
            # main clause's subject is the first name (or pronoun) followed by a lower-case word
            main = re.finditer(
                r",\s+(?P<word>[A-Z][\w'’.-]*|he|she)(?:\s+[A-Z][\w'’.-]*)*\s+[a-z]",
                text[at:s_end],
            )
            for m in main:
                word = m.group("word")
                if fold(word) in _PRONOUNS:
                    return Subject(pronoun=_PRONOUNS[fold(word)], how="pronoun")
                name = self.names.starting_at(at + m.start("word"))
                if name is not None:
                    return Subject(name=name, how="subject")
            return None
        who = _WHO.search(head)
        if who:
            name = self.names.ending_at(s_start + who.end("name"))
            if name is not None:
                return Subject(name=name, how="relative clause")
        return self._clause_subject(s_start, at)

    def _deaths(self) -> list[DeathStatement]:
        found = []
        for m in _DIED.finditer(self.text):
            limit = self._limit(m.end(), 40)
            born = _BORN.search(self.text, m.end(), limit)
            if born is not None:
                limit = born.start()  # "died aged 90, was born on ...": not the day of death
            day = next(
                (d for d in self.analysis.dates if m.end() <= d.start < limit and d.date), None
            )
            if day is None or day.date is None:
                continue
            s_start, _ = self._sentence(m.start())
            subject = self._clause_subject(s_start, m.start())
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


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    value = WORD_NUMBERS.get(word.lower())
    return int(value) if value is not None else None
