"""People grouped from name mentions read outside the parsed sentences (the age readings'
bearers): fuller names first, a mention joining a person only when its given names agree with
every form of the name already there, indexed by the keys a name can join on.
"""

from __future__ import annotations

from collections.abc import Iterable

from newslint.extract.entities import (
    MAX_NAMESAKES,
    PERSON_TITLES,
    Mention,
    Person,
    compatible_given_names,
    strip_titles,
)
from newslint.extract.name_spelling import is_variant, skeleton


def group_mentions(
    found: Iterable[Mention], aliases: Iterable[tuple[Mention, str]] = ()
) -> list[Person]:
    """Group name mentions of any label by the rules of ``group_people`` (surnames that match
    or are spelling variants, compatible given names), for consumers that read names outside
    the parsed sentences (``Analysis.names``), where spaCy's labels are guesses.

    Fuller names are placed first, and a mention joins a person only if its given names agree
    with every form of the name already there: "Walter Henning" and "Mark Henning" are two
    people, and a bare "Henning" that could be either joins the one named first. ``aliases``
    are nicknames written inside a name (Dorothy "Dot" Henning): a lone "Dot", or "Dot
    Henning", joins that person.
    """
    people = _Grouped()
    nicknames = {nickname: mention for mention, nickname in aliases}
    mentions = [m for m in found if m.tokens]
    for m in sorted(mentions, key=lambda m: (-len(_untitled(m.tokens)), m.start)):
        words = _untitled(m.tokens)
        written = strip_titles(m.text.rsplit(",", 1)[-1].strip())
        fits = [p for p in people.candidates(words) if _joins(p, m, words, people.forms(p))]
        alias = nicknames.get(m.text) or nicknames.get(m.text.split()[0])  # "Dot (Henning)"
        if alias is not None and (len(words) == 1 or words[-1] == alias.tokens[-1]):
            fits = people.holding(alias)
        if len(fits) == 1 or (fits and len(words) == 1):
            # a bare surname two people share is the one introduced first: the story's
            # person, whose relatives are then called by their given names
            person = min(fits, key=lambda p: p.mentions[0].start)
        else:
            person = people.new(written)
        people.add(person, m, words)
        if len(written) > len(person.canonical):
            person.canonical = written
        if person.gender is None:
            person.gender = m.gender
    for person in people:
        person.mentions.sort(key=lambda m: m.start)
    return sorted(people, key=lambda p: p.mentions[0].start)


def _untitled(words: list[str]) -> list[str]:
    """A name's words without the titles and offices written before it ("Councillor Dean
    Marsh", "Cllr Marsh", "Coroner Anna Price"): the mention keeps only spaCy's short list
    off."""
    while len(words) > 1 and (words[0] in PERSON_TITLES or words[0] in _RANKS):
        words = words[1:]
    return words


# police ranks and members' letters written before a name: "DI Akers", "DCI Ross", "TD Byrne"
_RANKS = {"di", "dci", "ds", "dc", "dsi", "dcs", "acc", "msp", "ms", "td", "ams", "mpp"}


class _Grouped(list[Person]):
    """``group_mentions``'s people, indexed by the keys a name can join on (its surname, its
    surname's spelling frame, each of its words), so a mention is compared with the few people
    it could join rather than with everyone; the same people the scan of all would find, since
    ``_joins`` needs one of these keys to be shared."""

    def __init__(self) -> None:
        super().__init__()
        self._keyed: dict[str, list[int]] = {}
        self._forms: list[dict[tuple[str, ...], None]] = []  # each person's distinct forms
        self._holding: dict[Mention, list[int]] = {}
        self._index: dict[int, int] = {}  # id(person) -> its place in the list

    def new(self, canonical: str) -> Person:
        self.append(Person(canonical=canonical, mentions=[], roles=set()))
        self._forms.append({})
        self._index[id(self[-1])] = len(self) - 1
        return self[-1]

    def add(self, person: Person, m: Mention, words: list[str]) -> None:
        index = self._index[id(person)]
        person.mentions.append(m)
        self._holding.setdefault(m, []).append(index)
        form = tuple(words)
        if form in self._forms[index]:
            return
        self._forms[index][form] = None
        for key in _join_keys(words):
            held = self._keyed.setdefault(key, [])
            if not held or held[-1] != index:
                held.append(index)

    def candidates(self, words: list[str]) -> list[Person]:
        """The people, in order, with a form sharing a surname (or its frame) with ``words``,
        or holding a lone word: the only ones ``_joins`` can accept."""
        last = words[-1]
        keys = ["=" + last, "~" + last[:1] + skeleton(last)]
        if len(words) == 1:
            keys.append("w" + last)
        found = sorted({i for key in keys for i in self._keyed.get(key, ())})
        return [self[i] for i in found[-MAX_NAMESAKES:]]

    def forms(self, person: Person) -> Iterable[tuple[str, ...]]:
        return self._forms[self._index[id(person)]]

    def holding(self, mention: Mention) -> list[Person]:
        return [self[i] for i in sorted(set(self._holding.get(mention, ())))]


def _join_keys(words: list[str]) -> set[str]:
    last = words[-1]
    return {"=" + last, "~" + last[:1] + skeleton(last), *("w" + w for w in words)}


def _joins(person: Person, m: Mention, words: list[str], forms: Iterable[tuple[str, ...]]) -> bool:
    """May mention ``m`` (its name words ``words``) be one more mention of ``person``, whose
    distinct name forms are ``forms``?"""
    if m.gender and person.gender and m.gender != person.gender:
        return False
    forms = list(forms)
    parts = {w for f in forms if len(f) > 1 for w in f}
    for theirs in forms:
        same = theirs[-1] == words[-1] or is_variant(theirs[-1], words[-1])
        # a lone given name ("Hillary") joins a fuller form that contains it; a one-word form
        # ("Ivy", "Chalk" of "Ivy Chalk") is judged by the fuller forms it is part of
        if (
            not same
            and len(words) == 1
            and (words[0] in theirs or (len(theirs) == 1 and theirs[0] in parts))
        ):
            continue
        if not same or not compatible_given_names(list(theirs[:-1]), words[:-1]):
            return False
    return True
