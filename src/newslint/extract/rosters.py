"""Lists of names given for a count (NUM007's second reading): "Three people were arrested: A,
B, C and D", "four children, Patrick, Maureen, Kevin and Anne", "the five accused are ...",
"Police named the three people who died. They are Kirsty Lang, 34, and her son Jayden; and
Peter Doyle, 61, and his wife Margaret, 59", "The squad in full:" and a list under each heading.

Where the names run with descriptions ("her eight-year-old son Jayden", "his wife Margaret, 59,
of Coonabarabran") the list is read from the parse: the names coordinated with the first one,
each a name or a noun that names its person. Otherwise it is read from the punctuation: items
separated by commas, "and" or semicolons, each a name with a few words of description.
Vote rolls and the children of a parent "of five" are read in ``vote_rolls.py``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from newslint.arithmetic import Interval
from newslint.extract.apposed_counts import apposed_counts
from newslint.extract.covered_names import covered_names
from newslint.extract.list_complete import PLURAL_ENDINGS, partial, stem
from newslint.extract.roster_subjects import labelled_rosters, subject_rosters
from newslint.extract.totals import NOT_THE_WHOLE, Breakdown, Part
from newslint.report.model import Quantity

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newslint.analysis import Analysis

_NAMES_INTRO = re.compile(
    r"^\s*(?:(?:are|were|is|was|will be|have been|has been|had been)(?:\s+[a-z]+){0,2}\s*:"
    r"|(?:are|were|is|was|will be|have been|has been|had been)\b\s*:?|:|,(?!\s+(?:who|which|including|"
    r"among|such|all|both|most|many|some)\b)|\s+[-–]\s|\u2014)\s*",
    re.I,
)
# "Four people were charged on Friday: ...", "The five books on this year's shortlist are ...":
# the verb a few words after the noun, then a colon or the first name
# ("The three victims were named as John Ryan, 45, and ...": the names after "named as")
_NAMED_AS = r"(?:\s+(?:named|identified|formally identified)(?:\s+by\s+[a-z ]{1,30}?)?\s+as)?"
_LATE_INTRO = re.compile(
    r"^[^.:;!?\d\n]{0,50}?\b(?:are|were|is|was|will be|have been|has been|had been)\b"
    + _NAMED_AS
    + r"(?:[^.:;!?\d\n]{0,40}:\s*|\s+(?=[A-Z]))"
    # "named a 16-man squad for Saturday's final: Byrne, Collins, ..."
    r"|^[^.:;!?\d\n]{0,40}:\s*(?=[A-Z])"
)
# "six of the state's eight dioceses: A, B, ...": the count is the whole a part is taken from
NUMBER_WORD = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_PART_OF = re.compile(
    r"\b(?:\d+|" + NUMBER_WORD + r")\s+of\s+"
    r"(?:(?:the|its|their|his|her|our|these|those)\s+)?(?:[\w-]+['’]s\s+)?$",
    re.I,
)
# "from a field of 14 applicants", "out of 40 entrants": the pool a few were picked from; the
# names after it are those picked
_POOL = re.compile(
    r"\b(?:from|out of|among(?:st)?)\s+(?:(?:a|an|the|its|their)\s+)?"
    r"(?:(?:field|pool|list|shortlist|total)\s+of\s+)?$",
    re.I,
)
# one member named by a reflexive before the names: "a race between himself, A and B"
_PRONOUN_MEMBER = re.compile(r"\b(?:himself|herself|myself|yourself)\b(?=\W*$)")
# "a crew of five, Captain Ruth Alder, ...": the count after its noun
_NOUN_OF = re.compile(
    r"\b(?:crew|family|team|squad|group|panel|party|jury|board|committee|gang|band|field|"
    r"shortlist|line-?up|cast|delegation|trio|quartet|quintet|side)\s+of\s+$"
)
_THE_NOUNS_ARE = re.compile(
    r"\b(?:The|the|These|these|Those|those)\s+(?P<noun>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\s+"
    r"(?:are|were|have been)" + _NAMED_AS + r"\s+(?:at\s+|in\s+)?",
)
_THEY_ARE = re.compile(
    r"\b(?P<noun>They|These|Those)\s+(?:are|were|have been)" + _NAMED_AS + r"\s+(?=[A-Z])"
)
_LIST_STOP = re.compile(
    r",?\s+(?:(?:both|all)(?!\s+(?:of|from)\s+[A-Z])|each|who|whom|which|whose|while|where|with|"
    r"after|before|because|"
    r"but|as|to|for|in order|according|said|according to)\b|[.!?(]|\s[-–—]\s|\n",
)
# words that never describe a listed name: "were delivered at Addington", "four against Malta"
_NOT_DESCRIPTION = re.compile(
    r"\b(?:were|was|are|is|be|been|at|in|on|to|of|by|for|from|with|against|the|their|his|her|"
    r"its|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b",
    re.I,
)
SUBSET = re.compile(
    r"\b(?:\w+est|worst|best|most|main|key|top|major|biggest|other|remaining|some|several|"
    r"first|last|new|many|few|worst-hit|hardest-hit|worst-affected)\b",
    re.I,
)
# "his wife Karen", "their neighbour Dean Price", "her eight-year-old son Jayden": a relation
# names its person
_KIN = re.compile(
    r"^(?:his|her|their)\s+(?:[\w-]+-old\s+)?(?:wife|husband|partner|son|daughter|mother|father|"
    r"brother|sister|cousin|uncle|aunt|nephew|niece|grandson|granddaughter|grandmother|"
    r"grandfather|stepson|stepdaughter|friend|neighbour|neighbor|colleague|fianc[eé]e?|"
    r"girlfriend|boyfriend|sons|daughters|children)\s+$"
)
_NAME_THEN_FIGURE = re.compile(r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+\d[\d,.]*")
_ENDS_WITH_NAME = re.compile(r"[A-Z][\w'’.-]*\)?$|\d+\)?$")
_NOT_PEOPLE = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"})
_PEOPLE = re.compile(r"^(?:[a-z][\w'’.-]*\s+){0,5}(?P<name>[A-Z][\w'’.-]*)")


def name_lists(analysis: Analysis) -> list[Breakdown]:
    text = analysis.text
    found = []
    counts = [
        q
        for q in analysis.quantities
        if q.kind == "count"
        and q.value is not None
        and 2 <= q.value <= 30
        and q.low is None
        and q.change is None
    ]
    for q in counts:
        noun_end = _noun_end(text, q)
        if (
            noun_end is None
            and (
                _NOUN_OF.search(text[max(0, q.start - 25) : q.start])
                # "The three are ...": the count said again as the subject of the names
                or re.search(r"\b[Tt]he\s+$", text[max(0, q.start - 5) : q.start])
            )
        ):
            noun_end = q.end
        before = text[max(0, q.start - 30) : q.start]
        if noun_end is None or NOT_THE_WHOLE.search(before) or _PART_OF.search(before):
            continue
        if _POOL.search(before):
            continue  # "five were appointed from a field of 14 applicants: A, ...": the chosen
        intro = _LATE_INTRO.match(text[noun_end : noun_end + 90]) or _NAMES_INTRO.match(
            text[noun_end : noun_end + 20]
        )
        if intro is None:
            continue
        # "four children, Patrick, Maureen, ...": after a bare comma the names start at once
        comma = intro.group(0).strip() == ","
        start = noun_end + intro.end()
        if _more_members(analysis, start):
            continue
        items = listed_names(analysis, start, first_capital=comma)
        pronoun = _PRONOUN_MEMBER.search(text, q.end, noun_end)
        if items is not None and pronoun is not None:
            # "a three-way race between herself, A and B": the speaker is one of the three
            items = [pronoun.span(), *items]
        if items is not None:
            found.append(
                named_breakdown(q, items, f"'{text[q.start : noun_end].strip()}' then names")
            )
        elif not comma and (things := _coordinated_items(analysis, start)):
            # "five awards: best picture, best director, ...": things, one each
            if _words_of_phrases(text, q, noun_end, things):
                continue
            cue = f"'{text[q.start : noun_end].strip()}' then items"
            found.append(named_breakdown(q, things, cue, "items"))
    for m in list(_THE_NOUNS_ARE.finditer(text)) + list(_THEY_ARE.finditer(text)):
        if partial(text[max(0, m.start() - 12) : m.start()]) or SUBSET.search(m.group("noun")):
            continue  # "Among the newcomers are", "The worst-hit districts are": some of them
        count = _count_for(analysis, counts, m)
        if count is None or _more_members(analysis, m.end()):
            continue
        items = listed_names(analysis, m.end())
        if items is not None:
            found.append(named_breakdown(count, items, f"'{m.group(0).strip()}' then names"))
        elif (things := _coordinated_items(analysis, m.end())) is not None:
            found.append(
                named_breakdown(count, things, f"'{m.group(0).strip()}' then items", "items")
            )
    found += _named_them(analysis, counts) + apposed_counts(analysis, counts)
    found += covered_names(analysis, counts)
    read = {(b.total.start, b.parts[0].start) for b in found}
    found += [
        b
        for b in subject_rosters(analysis, counts) + labelled_rosters(analysis, counts)
        if (b.total.start, b.parts[0].start) not in read
    ]
    from newslint.extract.vote_rolls import children_named, vote_rolls

    found += _headed_lists(analysis, counts)
    return found + vote_rolls(analysis) + children_named(analysis)


# "Police named them as A, B and C", "officers identified the victims as ...", "named the five
# men as ...": the names of the people a count just before (or the words' own count) counted
_NAMED_THEM = re.compile(
    r"\b(?:named|identified)\s+(?:them|the\s+(?:(?:" + NUMBER_WORD + r"|\d{1,2})\s+)?"
    r"(?:[a-z]+\s+)?(?:victims|men|women|people|dead|"
    r"accused|defendants|suspects|boys|girls|teenagers|children|passengers|pupils|students|"
    r"workers|climbers|soldiers)(?:\s+of\s+the\s+[a-z]+)?)\s+as\s+(?=[A-Z])"
)


def _named_them(analysis: Analysis, counts: list[Quantity]) -> list[Breakdown]:
    """The people named as "them" after the one count of people in that sentence or the one
    before ("Four men have been charged. Police named them as ...")."""
    found = []
    for m in _NAMED_THEM.finditer(analysis.text):
        sentence = analysis.sentence_at(m.start())
        if sentence is None or _more_members(analysis, m.end()):
            continue
        index = analysis.sentence_index(sentence)
        start = analysis.sentences[max(0, index - 1)].start
        # ("Five were arrested and two charged. Police named them as": which ones is unsure)
        # ("named the five men as": the count inside the words that name them)
        near = [q for q in counts if start <= q.start < m.end()]
        people = [q for q in near if (q.counted or "").endswith(PLURAL_ENDINGS)]
        items = listed_names(analysis, m.end()) if len(near) == len(people) == 1 else None
        if items is not None:
            found.append(named_breakdown(people[0], items, f"'{m.group(0).strip()}' then names"))
    return found


def listed_names(
    analysis: Analysis, start: int, first_capital: bool = False
) -> list[tuple[int, int]] | None:
    """The names listed from ``start``: from the punctuation when every item is a name, else
    from the parse (names with descriptions, "her son Jayden")."""
    text = analysis.text
    if partial(text[start : start + 30]) or (
        first_capital and not text[start : start + 1].isupper()
    ):
        return None
    # a plain list ("A, B, C and D") is read from its commas, which the parse may misjoin;
    # the parse reads names with descriptions ("her son Jayden", "Kirsty Lang, 34, of Gunnedah")
    plain = plain_names(text, start, first_capital)
    if plain is None and _TALLY_OPENS.match(text, start):
        return None  # "14 players, Munster nine and Ulster six": a tally, not names
    return plain if plain is not None else _coordinated_names(analysis, start)


# connectives that add members to a list already closed: "along with", "as well as"
_MORE_MEMBERS = re.compile(r"\b(?:(?:along|together)\s+with|as\s+well\s+as|plus)\s+[A-Z]")


def _more_members(analysis: Analysis, start: int) -> bool:
    """ "A, B and C, where ..., along with D and E": members added after the list's end."""
    sentence = analysis.sentence_at(start)
    return sentence is not None and bool(_MORE_MEMBERS.search(analysis.text, start, sentence.end))


# a list that opens with a name and a figure in words or digits is a tally of figures
_TALLY_OPENS = re.compile(
    r"\s*(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+(?:\d[\d,.]*|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty)\b"
)


def _coordinated_names(analysis: Analysis, start: int) -> list[tuple[int, int]] | None:
    """ "They are Kirsty Lang, 34, of Gunnedah, and her eight-year-old son Jayden; and Peter
    Doyle, 61, and his wife Margaret, 59": the first name after ``start`` and every name
    coordinated with it, each a proper noun or a noun that carries one ("son Jayden"); None if
    any coordinated item names nobody."""
    from newslint.extract.clauses import Sentences

    sentences = Sentences(analysis, [start])
    found = sentences.doc(start)
    if found is None:
        return None
    doc, base = found
    first = next((t for t in doc if base + t.idx >= start and t.pos_ == "PROPN"), None)
    if first is None or base + first.idx > start + 40:
        return None
    head = first
    while head.dep_ in ("compound", "flat", "nmod") and head.head.pos_ == "PROPN":
        head = head.head
    # the list must open with the named item: "four against Bosnia, five against Malta" lists
    # figures, and its names only say whom they were against
    opening = next((t for t in doc if base + t.idx >= start and not t.is_space), None)
    if opening is None or opening.i < head.left_edge.i:
        return None
    items = [head]
    for item in items:
        items += [c for c in item.children if c.dep_ == "conj"]
    spans = []
    cores: list[tuple[int, int]] = []
    for item in items:
        name = item if item.pos_ == "PROPN" else _titled_name(item)
        if name is None or _not_a_person(analysis, base + name.idx):
            return None  # "three associates, The Walt Disney Company and ...": not people
        # the item with its own words ("John Ames, 44, of Leeds"), not the items joined to it
        own = [t for t in item.subtree if not _joined_later(t, item)]
        while own and (own[-1].is_punct or own[-1].dep_ == "cc"):
            own.pop()
        spans.append((base + own[0].idx, base + own[-1].idx + len(own[-1].text)))
        # (the item's name and its appositions, not a clause about it: "Filip Novak, who has
        # signed from FK Hradec" names one person)
        core = [t for t in own if not _in_clause(t, item)]
        cores.append((base + core[0].idx, base + core[-1].idx + len(core[-1].text)))
    if any(_people_in(analysis, a, b) > 1 for a, b in cores):
        return None  # "A, B, his aide C, and D": the parse hung several names on one item
    return sorted(spans) if len(spans) >= 2 else None


def _in_clause(token: Token, item: Token) -> bool:
    """Is ``token`` inside a relative clause or a phrase hung on ``item``?"""
    while token.i != item.i:
        if token.dep_ in ("relcl", "acl", "prep") and token.head.i in (item.i, *_name_of(item)):
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _name_of(item: Token) -> tuple[int, ...]:
    name = _titled_name(item)
    return (name.i,) if name is not None else ()


def _titled_name(item: Token) -> Token | None:
    """The name a noun carries: "his wife Margaret" (in apposition), "goalkeeper Filip Novak"
    (a title the parse took for a verb, with the name right after it as its object)."""
    for child in item.children:
        if child.pos_ != "PROPN":
            continue
        if child.dep_ == "appos" or (child.dep_ == "dobj" and child.left_edge.i == item.i + 1):
            return child
    return None


def _people_in(analysis: Analysis, start: int, end: int) -> int:
    """How many people spaCy's entities name between ``start`` and ``end`` (one sentence)."""
    sentence = analysis.sentence_at(start)
    if sentence is None:
        return 0
    doc = analysis.entities_parsed(sentence)
    a, b = start - sentence.start, end - sentence.start
    return sum(1 for e in doc.ents if e.label_ == "PERSON" and a <= e.start_char < b)


def _coordinated_items(analysis: Analysis, start: int) -> list[tuple[int, int]] | None:
    """ "a new library, a skate park, a community garden and a bus shelter": the items the
    punctuation separates from ``start`` to the list's end (its sentence's end, a closing dash,
    a clause of its own), each a short noun phrase by the parse (a noun, no verb), counting one;
    None for a list that says it is partial or holds figures (another reader's)."""
    from newslint.extract.clauses import Sentences

    text = analysis.text
    sentence = analysis.sentence_at(start)
    if sentence is None:
        return None
    end_match = _ITEMS_END.search(text, start, sentence.end)
    end = end_match.start() if end_match else sentence.end
    if end_match and end_match.group(0)[0] in ".!?" and text[end : sentence.end].strip(" .!?\"'’”"):
        return None  # "PayPerAction LLC., Leadplex LLC. and ...": a full stop inside the list
    body = text[start:end]
    if partial(body) or not body.strip() or analysis.quantities_in(start, end):
        return None  # (figures in the list are another reader's: "seven women and four men")
    found = Sentences(analysis, [start]).doc(start)
    if found is None:
        return None
    doc, base = found
    pieces = _item_pieces(body)
    if pieces is None:
        return None
    spans = []
    pos = 0
    for piece in pieces:
        at = body.find(piece, pos)
        pos = at + len(piece)
        stripped = piece.strip()
        if not stripped:
            continue
        a = start + at + (len(piece) - len(piece.lstrip()))
        b = a + len(stripped)
        tokens = [t for t in doc if a <= base + t.idx < b]
        words = [t for t in tokens if not t.is_punct]
        if not 1 <= len(words) <= 6 or not any(t.pos_ in ("NOUN", "PROPN") for t in words):
            return None
        if any(t.pos_ in ("VERB", "AUX") for t in words):
            return None  # "... and the council will pay the rest": a clause, not an item
        spans.append((a, b))
    return spans if len(spans) >= 2 else None


# where a list of things ends: its sentence's end, a closing dash, a clause of its own
_ITEMS_END = re.compile(r"[.!?;](?:\s|$)|\s[-–—]\s|—|,\s+(?:which|who|while|but|where|each|all)\b")


def _item_pieces(body: str) -> list[str] | None:
    """A list's items by its punctuation: commas (or semicolons) between them and "and" (or
    "or") before the last; an "and" anywhere else ("best presenters for A and B") leaves the
    items uncertain: None."""
    pieces = re.split(r";\s*(?:and\s+)?" if ";" in body else r",\s*", body)
    last = re.split(r"^(?:and|or)\s+|\s+(?:and|or)\s+", pieces[-1])
    if any(_AND.search(p) for p in pieces[:-1]) or len(last) > 2:
        return None
    return [p for p in pieces[:-1] + last if p.strip()]


_AND = re.compile(r"\s(?:and|or)\s")


def _not_a_person(analysis: Analysis, offset: int) -> bool:
    """Is the name at ``offset`` labelled a body, a place or a work by spaCy's entities? (Its
    sentence through the whole pipeline: the clause parses carry no entities.)"""
    sentence = analysis.sentence_at(offset)
    if sentence is None:
        return False
    doc = analysis.entities_parsed(sentence)
    at = offset - sentence.start
    return any(t.idx == at and t.ent_type_ in _NOT_PEOPLE for t in doc)


def _joined_later(token: Token, item: Token) -> bool:
    """Is ``token`` inside another item coordinated with ``item`` (or the word joining it)?"""
    # spaCy hands out a new Token object on each access: compare positions, not identity
    while token.i != item.i:
        if token.dep_ in ("conj", "cc") and token.head.i == item.i:
            return True
        if token.head.i == token.i:
            return False  # the root, reached without meeting the item
        token = token.head
    return False


# "The squad in full:" and a paragraph of names under each heading ("Defenders: A, B, C.")
_IN_FULL = re.compile(r"\b(?:in full|full (?:squad|list|team|line-?up))\b[^.\n]{0,20}:\s*$", re.I)
_HEADING = re.compile(r"\s*[A-Z][\w -]{0,30}(?:\s\(\d+\))?:\s+(?=[A-Z])")


def _headed_lists(analysis: Analysis, counts: list[Quantity]) -> list[Breakdown]:
    """A list given "in full" under headings: every name under them counts towards the total
    the introducing line names ("The squad in full:" ... "a 23-player squad")."""
    text = analysis.text
    paragraphs = analysis.paragraphs
    found: list[Breakdown] = []
    for k, intro in enumerate(paragraphs):
        line = text[intro.start : intro.end]
        if not _IN_FULL.search(line):
            continue
        items: list[tuple[int, int]] = []
        for p in paragraphs[k + 1 :]:
            heading = _HEADING.match(text, p.start, p.end)
            if heading is None:
                break
            names = plain_names(text, heading.end())
            if names is None:
                return found
            items += names
        words = {stem(w) for w in re.findall(r"[a-z]+", line.lower())}
        total = [
            q
            for q in counts
            if q.end <= intro.start
            and words & {stem(w) for w in re.findall(r"[a-z]+", text[q.end : q.end + 25].lower())}
        ]
        if total and len(items) >= 2:
            found.append(named_breakdown(total[-1], items, "the list is given in full"))
    return found


# units of the text itself: a count of them is of the words listed, not of the phrases
_TEXT_UNITS = frozenset({"word", "letter", "syllable", "character"})


def _words_of_phrases(text: str, q: Quantity, noun_end: int, things: list[tuple[int, int]]) -> bool:
    """ "My theme is five words: on time and under budget": a count of words, and phrases of
    several words listed; each item is not one of what the count counts."""
    nouns = {stem(w) for w in text[q.end : noun_end].split()}
    return bool(nouns & _TEXT_UNITS) and any(" " in text[a:b].strip() for a, b in things)


def _noun_end(text: str, q: Quantity) -> int | None:
    """The end of a count's noun: "Three people", "the five accused", "four children"."""
    m = re.match(
        # "a 16-man squad": the noun after a hyphen too
        r"(?:-[a-z]+)?(?:\s+(?!(?:are|were|is|was|have|has|had|will|would|been|be)\b)[a-z][\w-]*){1,3}",
        text[q.end : q.end + 40],
    )
    if m is None:
        return None
    return q.end + m.end()


def _count_for(analysis: Analysis, counts: list[Quantity], m: re.Match[str]) -> Quantity | None:
    """The count a "The <noun> are ..." list names: a count of the same noun in the two
    sentences before ("seven new railway stations ... The proposed stations are at"), or the
    count that opens the sentence before ("Five uncapped players have been included ... The
    newcomers are")."""
    noun = "" if m.group("noun") in ("They", "These", "Those") else stem(m.group("noun"))
    sentence = analysis.sentence_at(m.start())
    if sentence is None or sentence.start != m.start():
        return None
    index = analysis.sentence_index(sentence)
    if index == 0:
        return None
    before = analysis.sentences[max(0, index - 2)].start
    text = analysis.text
    near = [q for q in counts if before <= q.start < m.start()]
    for q in reversed(near):
        words = re.findall(r"[a-z]+", text[q.end : q.end + 40].split(".")[0].lower())
        if noun in {stem(w) for w in words}:
            return q
    previous = analysis.sentences[index - 1]
    opening = [q for q in near if previous.start <= q.start < previous.start + 4]
    if opening:
        return opening[0]
    if noun:
        return None
    # "Police have named the three people who died. They are ...": the count of people the
    # sentence before names
    people = [
        q for q in near if previous.start <= q.start and (q.counted or "").endswith(PLURAL_ENDINGS)
    ]
    if len(people) > 1:
        people = [q for q in people if _in_main_clause(analysis, q)]
    if not people:
        return _named_back(analysis, counts, previous)
    return people[-1] if len(people) == 1 else None


_DEFINITE_PLURAL = re.compile(r"\s*The\s+(?P<noun>[a-z]*(?:men|people|children)|[a-z]+s)\b")


def _named_back(analysis: Analysis, counts: list[Quantity], previous) -> Quantity | None:  # type: ignore[no-untyped-def]
    """ "Six men have been jailed ... The men, who had all admitted ..., were sentenced on
    Thursday. They were ...": the sentence before names its subject as "the <noun>"; the count
    is the last one of that noun in the paragraphs before (up to three back)."""
    m = _DEFINITE_PLURAL.match(analysis.text, previous.start)
    if m is None:
        return None
    noun = stem(m.group("noun"))
    here = analysis.paragraph_at(previous.start)
    if here is None:
        return None
    k = analysis.paragraph_index(here)
    start = analysis.paragraphs[max(0, k - 3)].start
    earlier = [
        q
        for q in counts
        if start <= q.start < previous.start
        and stem(re.sub(r"^\W+", "", analysis.text[q.end : q.end + 30]).split(" ")[0]) == noun
    ]
    return earlier[-1] if earlier else None


def _in_main_clause(analysis: Analysis, q: Quantity) -> bool:
    """Does the count's noun belong to its sentence's main clause ("Police named the three
    people who died when two cars collided": the people, not the cars)?"""
    from newslint.extract.clauses import Sentences

    token = Sentences(analysis, [q.start]).token(q.start)
    if token is None:
        return False
    noun = token.head if token.dep_ == "nummod" else token
    return noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and noun.head.dep_ == "ROOT"


def plain_names(text: str, start: int, first_capital: bool = False) -> list[tuple[int, int]] | None:
    """The names listed from ``start``: items separated by commas and "and", each a name
    with at most five words of description before it ("former finance chief officer Daniel
    Rotich"); None unless there are at least two and every item is one."""
    by_semicolons = _semicolon_items(text, start)
    if by_semicolons is not None:
        return by_semicolons
    end = _list_end(text, start)
    body = text[start:end]
    if partial(body[:30]) or (first_capital and not body[:1].isupper()):
        return None
    closed = _CLOSED_BY_AND.search(body)
    rest = body[closed.end() :] if closed is not None else ""
    if closed is not None and "," in body[: closed.start()] and not re.search(r"[A-Z]", rest):
        # "four children, Ciarán, Aoife and Declan, by his grandchildren, ...": the "and"
        # before a last name closes the list; what follows its comma names nobody else ("...,
        # and the late Tom" or "and by Sean, his son" would go on with the family)
        body = body[: closed.end()]
    items: list[tuple[int, int]] = []
    pos = start
    # "John Ames, 44, of Leeds; Peter Bell, 38, of York; and ...": semicolons separate the items
    separator = r";\s*(?:and\s+)?" if ";" in body else r",\s*(?:and\s+)?|\s+and\s+"
    pieces = re.split(separator, body)
    if (
        len(pieces) > 2
        and not re.search(r"[A-Z]", pieces[-1])
        and pieces[-1].strip()[:1].islower()
        # (not "..., his aide for housing Jo Bell": a list cut by a preposition in its item)
        and _ATTRIBUTION_END.match(text, end)
    ):
        pieces = pieces[:-1]  # "..., the judges said": the attribution, not a name
    for piece in pieces:
        at = text.find(piece, pos)
        pos = at + len(piece)
        # "the mayor herself": an emphatic reflexive after a name is no other member
        stripped = _ROLE_TAG.sub("", _EMPHATIC.sub("", piece.strip()))
        if (
            re.match(r"^(?:(?:both|all)\s+)?(?:of|from|in|at|near)\s+[A-Z]|^\d{1,3}$", stripped)
            and items
        ):
            continue  # "John Smith, 41, of Leeds", "both of Leigh": his age or home, no other name
        m = _PEOPLE.match(stripped)
        described_by = stripped[: m.start("name")] if m else ""
        if not stripped or m is None or _NOT_DESCRIPTION.search(_KIN.sub("", described_by)):
            return None
        # between semicolons, a name and what it is: "Tom Ng, a firefighter"
        described = separator.startswith(";") and m.start("name") == 0 and "," in stripped
        if not described and not _ENDS_WITH_NAME.search(stripped):
            return None  # "Sinn Féin returned five councillors": a clause, not a name
        if _NAME_THEN_FIGURE.fullmatch(stripped):
            return None  # "Cork had 14 cases, Kerry 9 and Clare 6": a tally, not names
        items.append((at, at + len(piece)))
    return items if len(items) >= 2 else None


# the last name of a list, after its "and", then a comma and words that are no name
_CLOSED_BY_AND = re.compile(
    r"\s+and\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?=\s*,\s+(?!(?:both|all|of|from)\b)[a-z])"
)


# a parenthesis of one short word after a name: "(Calif.)", "(R-Ore.)", "(D)"
_STATE_AFTER = re.compile(
    r"\([A-Z][\w.-]{0,10}\)|\((?:capt|captain|c|vc|vice-capt|vice-captain|wk|gk)\)"
)
# a player's role after the name in a squad list: "Rohan Bhoyar (capt)", "A Kale (wk)"
_ROLE_TAG = re.compile(r"\s*\((?:capt|captain|c|vc|vice-capt|vice-captain|wk|gk)\)$", re.I)
_ATTRIBUTION_END = re.compile(r",?\s+(?:said|according)\b|[.!?\n]|$")
_EMPHATIC = re.compile(r"\s+(?:himself|herself)$")


def _list_end(text: str, start: int) -> int:
    """Where a list of names from ``start`` ends: its first stop, passing over the full stop of
    an abbreviation ("Mr. Amar", "Gov. Chris Christie", "Rubio (Fla.)")."""
    for stop in _LIST_STOP.finditer(text, start):
        if stop.group(0) == "(" and _STATE_AFTER.match(text, stop.start()):
            continue  # "Sen. Ana Diaz (Calif.), ...": a name's state or party, no list end
        if stop.group(0) != "." or not _abbreviated(text, stop.start()):
            return stop.start()
    return min(len(text), start + 400)


def _abbreviated(text: str, dot: int) -> bool:
    """Does the full stop at ``dot`` end an abbreviation spaCy's English tokenizer keeps whole
    ("Mr.", "Sen.", "Fla.") or its plural ("Govs.", "Sens.")?"""
    word = re.search(r"[A-Za-z][A-Za-z.]*$", text[max(0, dot - 12) : dot])
    if word is None:
        return False
    exceptions = _tokenizer_exceptions()
    return any(w + "." in exceptions for w in (word.group(0), word.group(0).removesuffix("s")))


@lru_cache(maxsize=1)
def _tokenizer_exceptions() -> frozenset[str]:
    from spacy.lang.en import English

    return frozenset(English.Defaults.tokenizer_exceptions)


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def _semicolon_items(text: str, start: int) -> list[tuple[int, int]] | None:
    """ "Jordan Whitlock, 29, who ran the line and was jailed for nine years; Kyle Ansah, 24,
    who received six years; ... and Connor Leigh, 27, three years.": items that run to the
    next semicolon, whatever they say, each opening with a name."""
    end_match = _SENTENCE_END.search(text, start)
    end = end_match.start() if end_match else min(len(text), start + 600)
    body = text[start:end]
    if body.count(";") < 1:
        return None
    items = []
    pos = start
    for piece in re.split(r";\s*(?:and\s+)?", body):
        at = text.find(piece, pos)
        pos = at + len(piece)
        m = _PEOPLE.match(piece.strip())
        if m is None or _NOT_DESCRIPTION.search(piece.strip()[: m.start("name")]):
            return None
        items.append((at, at + len(piece)))
    return items if len(items) >= 2 else None


def named_breakdown(
    count: Quantity, items: list[tuple[int, int]], cue: str, listed: str = "names"
) -> Breakdown:
    value = count.value or 0.0
    total = Part(count.start, count.end, count.text, value, Interval(value, value))
    parts = tuple(Part(a, b, "", 1.0, Interval(1.0, 1.0)) for a, b in items)
    return Breakdown(total, parts, True, cue, True, listed)
