"""DAT002: whom each age and birth date is about, and which of them must fit one birth date
(the calendar and the findings: ``rules/age_conflicts.py``).

Each statement narrows the days the person can have been born on: "34" at a date means born
34-35 years before it; "turned 60 on Tuesday" means born exactly 60 years before that Tuesday;
"born in 1947" means some day of 1947. Two statements about one person whose days do not meet
contradict each other. Statements are given to people by ``extract/ages.py``; a pronoun or a
description ("the 26-year-old") is given to the article's main person only when that person is
the only one with an age or a birth date, and only when it is close to what is known of them.
A bare "the 67-year-old" that no earlier age fits contradicts whoever it points back at: it is
checked against the nearest earlier age when no other reading is open.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint.analysis import Analysis
from newslint.extract.ages import (
    AgeFacts,
    AgeStatement,
    BirthStatement,
    Subject,
)
from newslint.extract.bearers import PRONOUN_GENDERS
from newslint.extract.entities import ROLE_WORDS, Person, person_mention
from newslint.extract.noun_classes import noun_class
from newslint.report.model import Span
from newslint.rules.age_conflicts import (
    born_days,
    close_to,
    contradictions,
    gap_days,
    swapped,
    within,
)
from newslint.rules.antecedents import (
    AGE_PRINTED,
    Antecedents,
    kin_just_before,
    lede_start,
    opens_sentence,
    relative_of_another,
    someone,
)
from newslint.rules.registry import Flag

# a pronoun or a bare "the N-year-old" whose antecedent the text shows is theirs within ten years
# ("she is turning five", said of a leap-day baby of 20, is a joke; "aged nine", a child)
ANTECEDENT_YEARS = 10
Statement = AgeStatement | BirthStatement


def age_mismatch_flags(analysis: Analysis) -> Iterator[Flag]:
    facts = analysis.age_facts
    if not facts.ages and not facts.births:
        return  # nothing to compare (and no antecedents to index)
    by_person = _statements_by_person(analysis, facts)
    for person, statements in by_person.items():
        yield from contradictions(person, statements)


def _person_of(subject: Subject, people: list[Person]) -> Person | None:
    if subject.name is None:
        return None
    for person in people:
        if any(m.start == subject.name.start for m in person.mentions):
            return person
    return None


def _statements_by_person(analysis: Analysis, facts: AgeFacts) -> dict[str, list[Statement]]:
    named: dict[str, list[Statement]] = {}
    people: dict[str, Person] = {}
    unnamed: list[Statement] = []
    headline_nouns: list[Statement] = []  # "Pensioner, 82, wins lottery": a noun, not a name
    antecedents = Antecedents(analysis, facts)
    # in the order they are read: a statement given to a person by what points back at them is
    # then checked against what was said of them before it
    statements: list[Statement] = sorted([*facts.ages, *facts.births], key=lambda s: s.start)
    for s in statements:
        person = _person_of(s.subject, facts.people)
        if person is not None and _shared_surname(s, person, facts.people):
            continue  # "Maggie Lund, 45, and her son Peter Lund, 19 ... Lund, 19,": either
        if person is not None and _headline_noun(s, person):
            headline_nouns.append(s)
        elif person is not None:
            named.setdefault(person.canonical, []).append(s)
            people[person.canonical] = person
        elif (
            s.subject.name is None
            and not antecedents.introduced_earlier(s)
            and not _age_printed_before(analysis, s)
        ):
            # (a definite "the 19-year-old" after "a 19-year-old woman" is her: left out)
            unnamed.append(s)
    kept: dict[str, list[Statement]] = {}
    if not named:
        # no name carries an age: "Ian McBride ... The 71-year-old ... He was born in 1949"
        for s in unnamed:
            _give_to_antecedent(analysis, antecedents, s, named, people)
        if not any(len(found) > 1 for found in named.values()):
            kept = named if len(named) == 1 else {}
            named = {}
        given = {id(s) for found in named.values() for s in found}
        unnamed = [s for s in unnamed if id(s) not in given]  # each statement is given once
    # one statement given to one person by what points back at them (and no "he" that every
    # statement shares): a description may join it ("the 19-year-old fast bowler"), a pronoun
    # only by pointing back itself ("His son Mark McBride said ... He was born in 1975")
    pointed_back = bool(kept) and not _one_pronoun(unnamed)
    if pointed_back:
        named = kept
        given = {id(s) for found in named.values() for s in found}
        unnamed = [s for s in unnamed if id(s) not in given]
    if named:
        known = {canonical: list(found) for canonical, found in named.items()}
        for s in headline_nouns:
            canonical = _headline_subject(analysis, facts, s, people, known)
            if canonical is not None:
                named[canonical].append(s)
        for s in unnamed:
            if pointed_back and s.subject.pronoun:
                continue  # "His son Mark McBride said ... He was born in 1975": the son
            canonical = _main_person(analysis, antecedents, s, people, known)
            if canonical is not None and _aged_beside(analysis, s, known[canonical]):
                continue  # "Kelleher, 34, attacked the 43-year-old driver": someone else
            if canonical is not None:
                named.setdefault(canonical, []).append(s)
            else:
                _give_to_antecedent(analysis, antecedents, s, named, people)
    else:
        named = _one_pronoun(unnamed)
    given = {id(s) for found in named.values() for s in found}
    for s in unnamed:
        if id(s) not in given:
            _give_to_the_aged(analysis, facts, s, named)
    for statements in named.values():
        statements.sort(key=lambda s: s.start)
    return named


def _shared_surname(s: Statement, person: Person, people: list[Person]) -> bool:
    """Is the statement's name a bare surname that another person in the article has too (a
    parent and child, a couple, siblings), with no title to tell them apart?"""
    name = s.subject.name
    if name is None or len(name.tokens) != 1 or name.gender is not None:
        return False  # "Mrs McLeod" beside her husband "Alistair McLeod" is her
    surname = name.tokens[0]
    return any(
        other is not person
        and any(len(m.tokens) > 1 and m.tokens[-1] == surname for m in other.mentions)
        for other in people
    )


def _give_to_antecedent(
    analysis: Analysis,
    antecedents: Antecedents,
    s: Statement,
    named: dict[str, list[Statement]],
    people: dict[str, Person],
) -> None:
    """Add ``s`` to the statements of the person the text shows it stands for, if any, when
    it is within ten years of what else is said of them."""
    person = antecedents.of(s) or _subject_continued(antecedents, s)
    if person is None or _not_the_pronouns(analysis, antecedents, person, s):
        return
    found = named.get(person.canonical, [])
    if _aged_beside(analysis, s, found):
        return
    if not found or within(s, found, ANTECEDENT_YEARS):
        named.setdefault(person.canonical, []).append(s)
        people.setdefault(person.canonical, person)


def _subject_continued(antecedents: Antecedents, s: Statement) -> Person | None:
    """The subject of the sentence before, which a bare "the 43-year-old" continues, when each
    other person named there has an age or birth date by name that ``s`` contradicts: then
    whoever it stands for, one of their ages is wrong, and the subject is the one it most
    likely means."""
    found = antecedents.subject_before(s)
    if found is None:
        return None
    person, others = found
    return person if _ruled_out(antecedents.analysis, s, others) else None


def _ruled_out(analysis: Analysis, s: Statement, others: list[Person]) -> bool:
    """Does each of ``others`` have an age or birth date by name that ``s`` contradicts? Then
    ``s`` is not theirs without an error of its own."""
    born = born_days(s)
    if born is None:
        return False
    facts = analysis.age_facts
    statements: list[Statement] = [*facts.ages, *facts.births]
    for other in others:
        theirs = [born_days(k) for k in statements if _person_of(k.subject, facts.people) is other]
        if not any(w is not None and gap_days(born, w) > 0 for w in theirs):
            return False  # they may be the one it means
    return True


def _give_to_the_aged(
    analysis: Analysis, facts: AgeFacts, s: Statement, named: dict[str, list[Statement]]
) -> None:
    """ "a 61-year-old man was injured ... The 67-year-old remained in hospital": a bare
    definite "the N-year-old" points back at someone already introduced, yet no one before it
    has that age. Whoever it stands for, one of their two ages is wrong: it is checked against
    the earlier age nearest its own, only when no other reading is open (no one named before it
    without an age, who may be the one it means) and that age is within ten years of it or its
    digits swapped."""
    if not isinstance(s, AgeStatement) or not _bare_definite(analysis, s):
        return
    born = born_days(s)
    gender = s.subject.gender or _pronoun_after(analysis, s)
    statements: list[Statement] = [*facts.ages, *facts.births]
    earlier = [
        k
        for k in statements
        if k.start < s.start and not (isinstance(k, AgeStatement) and k.headline)
    ]
    sentence = analysis.sentence_at(s.start)
    if sentence is None or any(
        isinstance(k, AgeStatement) and sentence.start <= k.start < sentence.end for k in earlier
    ):
        return  # "Kelleher, 34, attacked the 43-year-old": one sentence does not age one twice
    windows = [(k, born_days(k)) for k in earlier]
    # (an age printed before ``s`` kept it out of the unnamed statements given here)
    if born is None or any(w is not None and gap_days(born, w) == 0 for _, w in windows):
        return  # someone earlier fits: it is them
    aged = [
        (k, w)
        for k, w in windows
        if isinstance(k, AgeStatement)
        and w is not None
        and (gender is None or k.subject.gender in (None, gender))
    ]
    if not aged or _named_without_age(analysis, facts, s, gender):
        return
    nearest, window = min(aged, key=lambda kw: gap_days(born, kw[1]))  # type: ignore[arg-type]
    if gap_days(born, window) > ANTECEDENT_YEARS * 365.25 and not swapped(s.age, nearest.age):
        return
    for statements in named.values():
        if any(k is nearest for k in statements):
            statements.append(s)
            return
    person = _person_of(nearest.subject, facts.people)
    noun = nearest.subject.description or "person"
    label = person.canonical if person else f"the {noun} first said to be {nearest.age}"
    named.setdefault(label, [nearest]).append(s)


# "the 67-year-old", "the 67-year-old man": an age that only points back (not "the 67-year-old
# driver", which says who is meant)
_BARE_NOUNS = ("", "man", "woman", "boy", "girl")
_PRONOUNS = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}


def _bare_definite(analysis: Analysis, s: AgeStatement) -> bool:
    subject = s.subject
    if s.headline or s.start < lede_start(analysis):
        return False
    if subject.name is not None or subject.pronoun is not None:
        return False
    if (subject.description or "").lower() not in _BARE_NOUNS:
        return False
    # opening its sentence, the clause's subject: not "He attacked the 32-year-old", another
    sentence = analysis.sentence_at(s.start)
    return sentence is not None and opens_sentence(analysis.text, sentence.start, s.start)


def _pronoun_after(analysis: Analysis, s: AgeStatement) -> str | None:
    """The gender of the pronouns in the rest of the sentence, when they agree ("The
    67-year-old remained in hospital and his family ...")."""
    sentence = analysis.sentence_at(s.start)
    if sentence is None:
        return None
    words = re.findall(r"\b(?:he|his|him|she|her)\b", analysis.text[s.end : sentence.end], re.I)
    genders = {_PRONOUNS[w.lower()] for w in words}
    return genders.pop() if len(genders) == 1 else None


def _named_without_age(
    analysis: Analysis, facts: AgeFacts, s: AgeStatement, gender: str | None
) -> bool:
    """Is someone named before ``s`` with no age or birth date of their own? "The 71-year-old"
    may be them."""
    statements: list[Statement] = [*facts.ages, *facts.births]
    aged = {id(p) for k in statements if (p := _person_of(k.subject, facts.people)) is not None}
    text = analysis.text
    return any(
        id(person) not in aged
        and person.gender in (None, gender or person.gender)
        and any(
            m.start < s.start and m.label in ("PERSON", "PROPN", "NAME") for m in person.mentions
        )
        and any(person_mention(text, m) for m in person.mentions)
        for person in facts.people
    )


def _aged_beside(analysis: Analysis, s: Statement, theirs: list[Statement]) -> bool:
    """Is a person given an age by name in the sentence of ``s``? Then an unnamed age there is
    another person's: one sentence does not age one person twice."""
    sentence = analysis.sentence_at(s.start)
    if sentence is None:
        return False
    return any(
        isinstance(k, AgeStatement) and k is not s and sentence.start <= k.start < sentence.end
        for k in theirs
    )


def _one_pronoun(unnamed: list[Statement]) -> dict[str, list[Statement]]:
    """No name carries an age: "He was born in 1947 ... He died aged 79" is one person only
    when every such statement says the same "he" or "she"."""
    genders = {s.subject.pronoun for s in unnamed}
    if len(genders) != 1 or None in genders or len(unnamed) < 2:
        return {}
    label = f"the person called '{'he' if genders == {'m'} else 'she'}'"
    first, rest = unnamed[0], unnamed[1:]
    return {label: [first] + [s for s in rest if close_to(s, [first])]}


def _headline_subject(
    analysis: Analysis,
    facts: AgeFacts,
    s: Statement,
    people: dict[str, Person],
    known: dict[str, list[Statement]],
) -> str | None:
    """ "Pensioner, 82, wins lottery": a headline's unnamed age is the story's main person's
    (the one named most among those the body ages), unless the body gives that age to someone
    else or it is more than ten years from theirs."""
    if not isinstance(s, AgeStatement) or not s.headline:
        return None
    if not s.subject.description and s.subject.name is None:
        return None
    if sum(1 for a in facts.ages if a.headline) != 1:
        return None
    if any(a.age == s.age and not a.headline for a in facts.ages):
        return None
    ranked = sorted(known, key=lambda c: -len(people[c].mentions))
    if not ranked:
        return None
    if len(ranked) > 1 and len(people[ranked[0]].mentions) == len(people[ranked[1]].mentions):
        return None
    main = ranked[0]
    if _noun_said_of_another(analysis, s, people[main]):
        return None  # "Woman, 34, hurt ... A woman was hurt ... Driver Tom Lee, 36, ..."
    gender = s.subject.gender
    if gender and people[main].gender and gender != people[main].gender:
        return None
    return main if within(s, known[main], ANTECEDENT_YEARS) else None


def _noun_said_of_another(analysis: Analysis, s: AgeStatement, main: Person) -> bool:
    """Does the body use the headline's noun ("woman", "boy") other than just before the main
    person's name ("pensioner Dennis Hoyle")?"""
    if s.subject.name is not None:
        noun = s.subject.name.text.lower()
    else:
        noun = (s.subject.description or "").lower()
    if not noun:
        return True
    text = analysis.text
    body = lede_start(analysis)
    names = [m.start for m in main.mentions]
    for m in re.finditer(r"\b" + re.escape(noun) + r"s?\b", text[body:].lower()):
        at = body + m.end()
        if not any(0 <= start - at <= 3 for start in names):
            return True
    return False


def _headline_noun(s: Statement, person: Person) -> bool:
    """Is the "name" an age is given to the word opening the headline, capitalised only for
    that ("Pensioner, 82, wins lottery"): one word, never written again?"""
    return (
        isinstance(s, AgeStatement)
        and s.headline
        and len(person.mentions) == 1
        and person.mentions[0].start == 0
        and len(person.mentions[0].tokens) == 1
    )


def _main_person(
    analysis: Analysis,
    antecedents: Antecedents,
    s: Statement,
    people: dict[str, Person],
    known: dict[str, list[Statement]],
) -> str | None:
    """The person a pronoun or a description stands for, if any: the only person with an age
    or a birth date by name, or the person a lede introduces without naming ("A 72-year-old man
    was attacked ..." ... "Mr Whitby, 74,")."""
    if len(known) == 1:
        ((canonical, statements),) = known.items()
        # a pronoun or "the 26-year-old" points back: when someone else is named before it,
        # not at a person whose name (their surname, however the parse split them) is first
        # told after it ("A senator ... as he turned 60" may name him later: no one else is)
        surnames = {m.tokens[-1] for m in people[canonical].mentions if m.tokens}
        named_before = any(
            m.start < s.start and m.tokens and m.tokens[-1] in surnames
            for p in analysis.age_facts.people
            for m in p.mentions
        ) or not any(m.start < s.start for p in antecedents.people for m in p.mentions)
        if named_before and _could_be(people[canonical], s, statements, analysis, antecedents):
            return canonical
    facts = analysis.age_facts
    if not _introduced_unnamed(analysis, facts, s):
        return None
    gender = s.subject.gender
    fits = [
        canonical
        for canonical, statements in known.items()
        if people[canonical].mentions[0].start > s.end
        and (gender is None or people[canonical].gender in (None, gender))
        and close_to(s, statements)
        and not _named_with_a_role(analysis, people[canonical])
    ]
    return fits[0] if len(fits) == 1 else None


def _age_printed_before(analysis: Analysis, s: Statement) -> bool:
    """Is a definite "the 39-year-old" given that age earlier in a form an age is printed in
    ("The victim, 39,", "her husband (39)", "aged 38 and 39"), whether or not the reading
    gave it to anyone? Then it is that person, not the one it would otherwise be checked
    against."""
    if not isinstance(s, AgeStatement) or s.subject.description is None:
        return False
    if not s.subject.definite and not _BARE_DEFINITE.match(analysis.text, max(0, s.start - 4)):
        return False
    n = s.age
    printed = re.compile(
        rf"\b{n}-year-old\b|[,(]\s*{n}\s*[,).;]|\baged\s+(?:\d{{1,3}}\s*(?:,|and|or)\s*)*{n}\b"
    )
    return printed.search(analysis.text, 0, s.start) is not None


_BARE_DEFINITE = re.compile(r"the\s+\d", re.I)


def _named_with_a_role(analysis: Analysis, person: Person) -> bool:
    """Is the person first named after a noun that says what they are ("Witness Tom Price",
    "rescue leader Alan Forbes")? Then they are introduced as someone new, not as the person a
    description introduced before them."""
    first = person.mentions[0]
    sentence = analysis.sentence_at(first.start)
    if sentence is None:
        return False
    tokens, offset = analysis.parsed_tokens(sentence)
    before = [t for t in tokens if t.idx + offset + len(t.text) <= first.start]
    return bool(before) and before[-1].pos_ == "NOUN" and before[-1].head.pos_ == "PROPN"


def _introduced_unnamed(analysis: Analysis, facts: AgeFacts, s: Statement) -> bool:
    """ "A 33-year-old man has been charged ...": an indefinite description with an age, the
    only age in its sentence, in the article's first paragraph (after a headline): the person
    the story is about, named further down."""
    subject = s.subject
    if not isinstance(s, AgeStatement) or subject.description is None or subject.definite:
        return False
    paragraphs = analysis.paragraphs
    lede = paragraphs[1] if len(paragraphs) > 1 else paragraphs[0]
    sentence = analysis.sentence_at(s.start)
    if sentence is None:
        return False
    if not lede.start <= s.start < lede.end and not _lede_noun_described(analysis, s, lede):
        return False
    return sum(1 for a in facts.ages if sentence.start <= a.start < sentence.end) == 1


def _lede_noun_described(analysis: Analysis, s: AgeStatement, lede: Span) -> bool:
    """ "A Calgary hiker ... [lede] ... a call from the hiker, a 34-year-old woman, who ...": the
    age in apposition to a definite noun the lede introduced is the lede's person's. Read from
    the tokens: the age's noun phrase opens with "a" after a comma that follows a noun with
    "the", and the lede uses that noun's lemma."""
    sentence = analysis.sentence_at(s.start)
    if sentence is None:
        return False
    tokens, offset = analysis.parsed_tokens(sentence)
    at = next((t.i for t in tokens if t.idx + offset >= s.start), None)
    doc = tokens.doc
    if at is None or at < 3:
        return False
    article, comma, noun = doc[at - 1], doc[at - 2], doc[at - 3]
    if article.lower_ not in ("a", "an") or comma.text != "," or noun.pos_ != "NOUN":
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    lede_tokens, _ = analysis.parsed_tokens(lede)
    return any(t.lemma_ == noun.lemma_ and t.pos_ == "NOUN" for t in lede_tokens)


def _could_be(
    person: Person,
    s: Statement,
    known: list[Statement],
    analysis: Analysis,
    antecedents: Antecedents,
) -> bool:
    """May a pronoun or description stand for the article's main person?"""
    subject = s.subject
    if subject.pronoun and person.gender and subject.pronoun != person.gender:
        return False
    if _not_the_pronouns(analysis, antecedents, person, s):
        return False
    if subject.description and not subject.definite:
        return False  # "the farmer, a 52-year-old man": someone introduced, not them
    if subject.description:
        # "the 54-year-old chief executive": the description must be said of them somewhere
        # compared word by word: the parse gives "leg-spinner" as "leg spinner"
        words = _words_of(subject.description)
        text = analysis.text
        own = analysis.sentence_at(s.start)
        head = subject.description.split()[-1] if subject.description.split() else ""
        if own is not None and head in _COUNTERPARTS:
            # "Ian Smith ... arrested. The 36-year-old victim": a counterpart must be said of
            # them elsewhere than in the age's own sentence
            text = text[: own.start] + " " * (own.end - own.start) + text[own.end :]
        if not any(
            words in _words_of(text[max(0, m.start - 80) : m.end + 80]) for m in person.mentions
        ) and not _role_taken_up(person, s, analysis):
            return False
    return close_to(s, known) or _next_sentence_subject(person, s, analysis)


def _not_the_pronouns(
    analysis: Analysis, antecedents: Antecedents, person: Person, s: Statement
) -> bool:
    """Is ``s`` a pronoun's age that the text shows is not ``person``'s?"""
    pronoun = s.subject.pronoun
    if not pronoun:
        return False
    return (
        _both_pronouns(analysis, s)
        or _named_after_another(analysis, antecedents.people, person, s)
        or relative_of_another(analysis, person, pronoun)
        or kin_just_before(analysis, antecedents.people, person, s)
    )


def _both_pronouns(analysis: Analysis, s: Statement) -> bool:
    """ "He was 21 and she was 19 when they wed": a sentence that ages a "he" and a "she"
    speaks of two people; which one the article names is not for the pronoun to say ("She
    said he was 45" ages one)."""
    sentence = analysis.sentence_at(s.start)
    if sentence is None:
        return False
    aged = _PRONOUN_AGED.findall(analysis.text, sentence.start, sentence.end)
    return len({w.lower() for w in aged}) > 1


_PRONOUN_AGED = re.compile(r"\b(he|she)\s+(?:was|is)\s+(?:only\s+|just\s+|aged\s+)?\d{1,3}\b", re.I)


def _named_after_another(
    analysis: Analysis, people: list[Person], person: Person, s: Statement
) -> bool:
    """ "Walter Kowalchuk ... died. He was 83. He married Margaret Sawchuk in 1963, when he
    was 22": a pronoun points back, at someone named before it (or before the pronoun that
    opens its sentence), not at a person named only later. (A lede's "he" before anyone is
    named points forward, at the person the story names: "A senator ... as he turned 60".)"""
    text = analysis.text
    cutoff = s.start
    sentence = analysis.sentence_at(s.start)
    if sentence is not None:
        opening = _OPENING_PRONOUN.match(text, sentence.start)
        if opening and PRONOUN_GENDERS.get(opening[1].lower()) == s.subject.pronoun:
            cutoff = sentence.start
    if any(m.start < cutoff for m in person.mentions):
        return False
    # (``people``: those the article names, indexed once per article by ``Antecedents``)
    return any(p is not person and any(m.start < cutoff for m in p.mentions) for p in people)


_OPENING_PRONOUN = re.compile(r"\W*(he|she)\b", re.I)


# people a story sets beside its named person: "The 19-year-old victim" is someone else
_COUNTERPARTS = frozenset(
    re.findall(
        r"\S+",
        "victim casualty complainant witness attacker assailant gunman suspect accused intruder "
        "robber burglar pedestrian passenger driver motorist cyclist rider patient resident "
        "neighbour neighbor opponent rival challenger partner friend son daughter wife husband",
    )
)
_ROLE_OPENING = re.compile(r"\W*the\s+(?P<age>\d{1,3})-year-old\s+(?:former\s+)?\w", re.I)


def _role_taken_up(person: Person, s: Statement, analysis: Analysis) -> bool:
    """ "Former Nyando MP Peter Onyango has been appointed ... The 67-year-old former
    legislator ...": a role noun opening the sentence after the one that names only this
    person, and prints no age, takes them up; not a counterpart ("The 19-year-old victim")."""
    if not isinstance(s, AgeStatement) or not s.subject.description:
        return False
    head = s.subject.description.split()[-1]
    if head in _COUNTERPARTS or not (noun_class(head) == "person" or head in ROLE_WORDS):
        return False
    sentence = analysis.sentence_at(s.start)
    if sentence is None:
        return False
    opening = _ROLE_OPENING.match(analysis.text, sentence.start)
    if opening is None or opening.start("age") != s.start:
        return False
    before = analysis.sentence_before(sentence)
    if before is None or AGE_PRINTED.search(analysis.text, before.start, before.end):
        return False
    # a title written as a name just before theirs ("Nyando MP Peter Onyango", "Kisii" in
    # "Kisii MP Paul Ondieki") is not another person
    theirs = {m.start for m in person.mentions}
    named = [
        p
        for p in analysis.age_facts.people
        if any(before.start <= m.start < before.end and m.label in ("PERSON", "PROPN", "NAME")
               and not any(0 <= t - m.end <= 5 for t in theirs)
               and person_mention(analysis.text, m)
               for m in p.mentions)
    ]  # fmt: skip
    return named == [person]


def _words_of(text: str) -> str:
    return " " + " ".join(re.findall(r"\w+", text.lower())) + " "


def _next_sentence_subject(person: Person, s: Statement, analysis: Analysis) -> bool:
    sentence = analysis.sentence_at(s.start)
    if sentence is None or not isinstance(s, AgeStatement):
        return False
    if not opens_sentence(analysis.text, sentence.start, s.start):
        return False
    noun = (s.subject.description or "").lower()
    if noun and noun not in ("man", "woman", "boy", "girl"):
        return False  # "The 19-year-old victim": someone else, named by what they are
    index = analysis.sentences.index(sentence)
    if index == 0:
        return False
    before = analysis.sentences[index - 1]
    named = [m for m in person.mentions if before.start <= m.start < before.end]
    facts = analysis.age_facts
    theirs = [
        a
        for a in facts.ages
        if before.start <= a.start < before.end and _person_of(a.subject, facts.people) is person
    ]
    # every age printed there is theirs ("... with his son Dean, 41" gives the 41 to the son;
    # "was 19 when" is read, not printed in a form the pattern knows)
    printed = AGE_PRINTED.findall(analysis.text, before.start, before.end)
    if not named or len(printed) > len(theirs):
        return False
    # "Villa opened it with his partner, Dana Cruz. The 38-year-old said ...": anyone else
    # named there may be the one it means, unless their own age rules them out
    others = [
        p
        for p in facts.people
        if p is not person
        and someone(p)
        and any(before.start <= m.start < before.end for m in p.mentions)
    ]
    return not others or _ruled_out(analysis, s, others)
