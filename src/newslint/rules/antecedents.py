"""Whom an unnamed age or birth date stands for (DAT002), read from what the text names around
it, with the article's people indexed once so each statement costs a bisection, not a scan.

- "Ian McBride has retired. The 71-year-old opened ...": a bare "the N-year-old" opening the
  sentence after the one sentence naming a single person, with no age printed there, is theirs;
- "... Chepkoech said. Born on 3 May 2000, she ...": "he" or "she" is the article's main person
  (named most often) when that person was the last one named and no one was introduced
  unnamed ("a 34-year-old woman") in between;
- "a 19-year-old woman ... The 19-year-old said": a definite "the N-year-old" is whoever was
  introduced at that age, not the story's named person.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from newslint.extract.ages import PLACE_LABELS, AgeFacts, AgeStatement, BirthStatement
from newslint.extract.bearers import PRONOUN_GENDERS, noun_gender_of
from newslint.extract.entities import ROLE_WORDS, Person, person_mention
from newslint.extract.noun_classes import noun_class

if TYPE_CHECKING:
    from newslint.analysis import Analysis

Statement = AgeStatement | BirthStatement

# "Brian Hughes, 68, was found guilty. The 63-year-old had denied ...": a bare age opening a
# sentence
# sentence, after at most a time adverb or a conjunction ("Today the 31-year-old runs ...")
BARE_AGE = re.compile(
    r"\W*(?:(?:today|now|nowadays|these days|since then|but|and|yet|still|so),?\s+)?"
    r"the\s+(?P<age>\d{1,3})-year-old(?:\s+(?:man|woman|boy|girl))?\b",
    re.I,
)


def opens_sentence(text: str, sentence_start: int, start: int) -> bool:
    """Is the age at ``start`` a bare "the N-year-old" opening the sentence at
    ``sentence_start``?"""
    m = BARE_AGE.match(text, sentence_start)
    return m is not None and m.start("age") == start


AGE_PRINTED = re.compile(r"[,(]\s*\d{1,3}\s*[,).;]|\b\d{1,3}-year-old\b|\baged\s+\d{1,3}\b", re.I)


def lede_start(analysis: Analysis) -> int:
    paragraphs = analysis.paragraphs
    return paragraphs[1].start if len(paragraphs) > 1 else 0


class Antecedents:
    def __init__(self, analysis: Analysis, facts: AgeFacts):
        self.analysis = analysis
        text = analysis.text
        self.people = [p for p in facts.people if any(person_mention(text, m) for m in p.mentions)]
        self.lede = lede_start(analysis)
        named = sorted((m.start, i) for i, p in enumerate(self.people) for m in p.mentions)
        self._starts = [start for start, _ in named]
        self._who = [i for _, i in named]
        counts = sorted((len(p.mentions) for p in self.people), reverse=True)
        tied = len(counts) > 1 and counts[0] == counts[1]
        self.main = None if tied or not self.people else self._most_named()
        # where someone is introduced unnamed with an age: "a 34-year-old woman"
        self._introducing = sorted(
            a.start
            for a in facts.ages
            if a.subject.description is not None and not a.subject.definite
        )
        self._first_unnamed: dict[int, int] = {}
        for a in facts.ages:
            if a.subject.name is None:
                earliest = self._first_unnamed.get(a.age, a.start)
                self._first_unnamed[a.age] = min(earliest, a.start)

    def _most_named(self) -> Person:
        return max(self.people, key=lambda p: len(p.mentions))

    def introduced_earlier(self, s: Statement) -> bool:
        """Is ``s`` a definite "the 19-year-old" whose age an earlier statement gave to someone
        not named ("a 19-year-old woman")? Then it is that person."""
        if not isinstance(s, AgeStatement) or s.subject.description is None:
            return False
        if not s.subject.definite:
            return False
        return self._first_unnamed.get(s.age, s.start) < s.start

    def of(self, s: Statement) -> Person | None:
        """The named person a pronoun or a bare "the 24-year-old" stands for, if the text
        shows one."""
        if not self.people or s.start < self.lede:
            return None
        if isinstance(s, AgeStatement) and s.subject.description is not None:
            return self._named_just_before(s)
        if s.subject.pronoun is None:
            return None
        return self._main_last_named(s, s.subject.pronoun)

    def _main_last_named(self, s: Statement, gender: str | None) -> Person | None:
        """The article's main person, when they were the last one named before ``s`` and no
        one was introduced unnamed with an age in between."""
        if self.main is None:
            return None
        k = bisect.bisect_left(self._starts, s.start)
        if k == 0 or self.people[self._who[k - 1]] is not self.main:
            return None
        last = self._starts[k - 1]
        j = bisect.bisect_right(self._introducing, last)
        if j < len(self._introducing) and self._introducing[j] < s.start:
            return None  # "bit a 34-year-old woman as she tried ...": her, not the main person
        if gender and self.main.gender and self.main.gender != gender:
            return None
        return self.main

    def _named_just_before(self, s: AgeStatement) -> Person | None:
        """ "Ian McBride has retired. The 71-year-old opened ...": the one person named in the
        sentence before a sentence that opens with a bare "the N-year-old", if no age is
        printed there."""
        analysis = self.analysis
        sentence = analysis.sentence_at(s.start)
        if sentence is None or not opens_sentence(analysis.text, sentence.start, s.start):
            return None
        noun = (s.subject.description or "").lower()
        if noun and noun not in ("man", "woman", "boy", "girl"):
            return None
        before = analysis.sentence_before(sentence)
        if before is None or AGE_PRINTED.search(analysis.text, before.start, before.end):
            return None
        a = bisect.bisect_left(self._starts, before.start)
        b = bisect.bisect_left(self._starts, before.end)
        there = set(self._who[a:b])
        if there:
            return self.people[there.pop()] if len(there) == 1 else None
        # "... monitoring his progress since he finished fourth. The 24-year-old ...": the
        # sentence before names no one, so it points back as a pronoun would, unless someone
        # else was brought in by a noun since ("Her coach said ...", "a neighbour")
        main = self._main_last_named(s, noun_gender_of(noun) if noun else None)
        if main is None:
            return None
        last = max(m.start for m in main.mentions if m.start < s.start)
        return None if self._someone_described(last, s.start) else main

    def subject_before(self, s: Statement) -> tuple[Person, list[Person]] | None:
        """ "Actor Rohan Mehra has married the film-maker Tara Sethi. The 43-year-old shared
        ...": a bare "the N-year-old" opening the sentence after one that names several
        people continues its main clause's subject (named there, not in a clause of its own).
        Returned with the others named there, whom the rule must rule out."""
        if not isinstance(s, AgeStatement) or s.start < self.lede:
            return None
        analysis = self.analysis
        sentence = analysis.sentence_at(s.start)
        if sentence is None or not opens_sentence(analysis.text, sentence.start, s.start):
            return None
        noun = (s.subject.description or "").lower()
        before = analysis.sentence_before(sentence)
        if noun not in _BARE or before is None:
            return None
        if AGE_PRINTED.search(analysis.text, before.start, before.end):
            return None
        a = bisect.bisect_left(self._starts, before.start)
        b = bisect.bisect_left(self._starts, before.end)
        there = {self._who[k] for k in range(a, b) if someone(self.people[self._who[k]])}
        if len(there) < 2:
            return None
        tokens, offset = analysis.parsed_tokens(before)
        root = next((t for t in tokens if t.dep_ == "ROOT"), None)
        nsubj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")] if root else []
        if len(nsubj) != 1:
            return None
        head = nsubj[0]
        at = head.idx + offset
        for i in there:
            person = self.people[i]
            if any(m.start <= at < m.end for m in person.mentions):
                if gender_clash(person, noun):
                    return None
                return person, [self.people[j] for j in there if j != i]
        return None

    def _someone_described(self, start: int, end: int) -> bool:
        """Is one person brought in by a noun between ``start`` and ``end`` ("the driver",
        "her coach", "a neighbour"; not "officials", nor "she was a child")?"""
        analysis = self.analysis
        for sentence in analysis.sentences:
            if sentence.end <= start or sentence.start >= end:
                continue
            tokens, offset = analysis.parsed_tokens(sentence)
            for t in tokens:
                if not start <= t.idx + offset < end or t.tag_ != "NN":
                    continue
                if t.dep_ == "attr" or t.head.lower_ == "as":
                    continue  # "since she was a child", "as a teenager": said of someone
                if noun_class(t.lemma_) == "person" or t.lower_ in ROLE_WORDS:
                    return True
        return False


_BARE = ("", "man", "woman", "boy", "girl")


def someone(person: Person) -> bool:
    """Is a name surely a person's, one who may be who a bare "the 38-year-old" means: given
    a first name and a surname ("Dana Cruz") or a title ("Ms Cruz")? A place or a firm the
    small model took for a person ("fled Aleppo") rarely is, in the text's every mention."""
    return person.gender is not None or any(
        len(m.words) > 1 and m.label not in PLACE_LABELS for m in person.mentions
    )


def gender_clash(person: Person, noun: str) -> bool:
    gender = noun_gender_of(noun) if noun else None
    return bool(gender and person.gender and gender != person.gender)


def relative_of_another(analysis: Analysis, person: Person, pronoun: str) -> bool:
    """ "She has died. Her husband, Malcolm, 84, was with her. She was 81.": a name set beside a
    noun of the other gender ("husband"), or beside a noun whose owner is the pronoun's gender
    ("her husband", "her sister"), is not who the pronoun stands for. Read from the words,
    since the sentence need not be parsed."""
    text = analysis.text
    for m in person.mentions:
        before = _KIN_BEFORE.search(text, max(0, m.start - 40), m.start)
        after = _KIN_AFTER.match(text, m.end)
        for found in (before, after):
            if found is None:
                continue
            gender = noun_gender_of(found["noun"])
            owner = PRONOUN_GENDERS.get(found["owner"].lower()) if found["owner"] else None
            if (gender and gender != pronoun) or owner == pronoun:
                return True
    return False


# "her husband, Malcolm", "his late wife Jean", "Malcolm, her husband,"
_KIN_BEFORE = re.compile(
    r"\b(?:(?P<owner>his|her|their)\s+)?(?:late\s+|former\s+|eldest\s+|younger\s+|elder\s+)?"
    r"(?P<noun>[a-z]+),?\s+$",
    re.I,
)
_KIN_AFTER = re.compile(r",\s+(?:(?P<owner>his|her|their)\s+)?(?:late\s+)?(?P<noun>[a-z]+)\b", re.I)


def kin_just_before(analysis: Analysis, people: list[Person], person: Person, s: Statement) -> bool:
    """ "Ian McBride, 71, ... His son Mark McBride said the family were devastated. He was born
    in 1975": someone else named in the pronoun's sentence or the one before, beside a noun of
    the pronoun's gender ("son", "wife"), is who it may mean."""
    sentence = analysis.sentence_at(s.start)
    if sentence is None:
        return False
    before = analysis.sentence_before(sentence)
    start = before.start if before is not None else sentence.start
    text = analysis.text
    for other in people:
        if other is person:
            continue
        for m in other.mentions:
            if not start <= m.start < s.start:
                continue
            kin = _KIN_BEFORE.search(text, max(0, m.start - 40), m.start) or _KIN_AFTER.match(
                text, m.end
            )
            if kin is not None and noun_gender_of(kin["noun"]) == s.subject.pronoun:
                return True
    return False
