"""Parts that name the kinds of their whole, or the whole they are taken from (NUM007).

Used by ``list_complete.py`` (when a list is all of its total) and ``totals.py`` (which figure
before a list is its whole): "12 medals ... four gold, three silver and four bronze" names every
kind of a medal; "killed 23 people ... 11 of the dead" takes its part from the toll.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newslint.extract.list_complete import stem

if TYPE_CHECKING:
    from newslint.analysis import Analysis
    from newslint.report.model import Quantity


# kinds that between them are all of a whole, however many, and the nouns that name that whole:
# a medal is gold, silver or bronze; a county budget is recurrent or development spending
_PARTITIONS = [
    (frozenset(whole.split("|")), tuple(frozenset(kind.split("|")) for kind in kinds))
    for whole, kinds in (
        ("medal|haul|tally|podium", ("gold|golds", "silver|silvers", "bronze|bronzes")),
        ("budget|spending|expenditure|estimate|allocation", ("recurrent", "development")),
        (
            "budget|spending|expenditure|estimate|allocation",
            ("capital", "revenue|operating|current|recurrent"),
        ),
        ("patient|admission|attendance", ("inpatient|inpatients", "outpatient|outpatients")),
    )
]
# the word a part is said to be, or is given to: "four gold", "Sh8.9bn to recurrent spending"
_KIND_AFTER = re.compile(
    r"\s+(?:(?:were|are|was|is|to|for|on|as|in|of)\s+)?(?:the\s+)?([a-z][\w-]*)"
)


def every_kind(analysis: Analysis, total: Quantity, run: list[Quantity]) -> str:
    """Does each part name a different kind of one closed partition of what the total counts,
    and the parts name them all ("12 medals ... four gold, three silver and four bronze", "a
    Sh13.8bn budget ... Sh8.9bn to recurrent expenditure and Sh4.6bn to development")? Then
    nothing of the whole is left over to another part. The kinds named, or ""."""
    text = analysis.text
    whole = {stem(w) for w in re.findall(r"[a-z]+", text[total.end : total.end + 25].lower())[:2]}
    whole |= {stem(total.counted or "")}
    kinds = []
    for q in run:
        m = _KIND_AFTER.match(text, q.end)
        kinds.append({m.group(1).lower()} if m else set())
    for nouns, partition in _PARTITIONS:
        if len(run) != len(partition) or not whole & nouns:
            continue
        named = [{i for i, kind in enumerate(partition) if words & kind} for words in kinds]
        if all(len(n) == 1 for n in named) and set().union(*named) == set(range(len(run))):
            return ", ".join(sorted(kind)[0] for kind in partition)
    return ""


# "15 of the injured", "nine of the victims": the first part names the whole it is taken from
_OF_THE_NOUN = re.compile(r"\s+of\s+the\s+([a-z][\w-]+)\b(?!\s+of\b)")
# what the people a toll counts are called afterwards: "killed 23 people ... 11 of the dead",
# "injured 40 ... 15 of the wounded"; the verb or noun of the toll, and its nouns for them
_TOLL_NOUNS = [
    (frozenset(said.split("|")), frozenset(called.split("|")))
    for said, called in (
        (
            "killed|kill|kills|killing|died|dying|dead|death|fatality|claimed",
            "dead|victim|death|fatality|body",
        ),
        ("injured|injuring|wounded|wounding|hurt|injury", "injured|wounded|hurt|casualty|victim"),
        ("arrested|detained|held", "arrested|detained|suspect"),
        ("evacuated|evacuee", "evacuated|evacuee|resident"),
        ("rescued|survived|survivor", "rescued|survivor"),
    )
]


def taken_from(analysis: Analysis, part: Quantity) -> str:
    """The whole a part says it is taken from: "11 of the dead" -> "dead", or ""."""
    of_the = _OF_THE_NOUN.match(analysis.text, part.end)
    return stem(of_the.group(1)) if of_the else ""


def whole_words(analysis: Analysis, q: Quantity) -> set[str]:
    """The stems of what a figure counts, the few words after it ("23 passengers injured") and
    what the people of a toll are called afterwards ("killed 23 people": the dead, the
    victims)."""
    text = analysis.text
    words = re.findall(r"[a-z]+", text[q.end : q.end + 30].lower())[:3]
    before = re.findall(r"[a-z]+", text[max(0, q.start - 25) : q.start].lower())[-3:]
    found = {stem(w) for w in words + (q.counted or "").split()}
    said = set(words + before) | {stem(w) for w in words + before}
    for verbs, called in _TOLL_NOUNS:
        if said & verbs:
            found |= called
    return found


# a sentence that opens on what it says was told before: "The haul of ...", "The estimates,
# tabled by ..., allocate", "Its ...", "They ..."
_OPENS_DEFINITE = re.compile(r"\s*(?:The|Its|Their|This|These|Those|It|They)\b")
_OWNED = re.compile(r"\s*The\s+(?:[\w-]+\s+){0,2}[\w-]+(?:['’]s|s['’])\s")


def kind_again(analysis: Analysis, run: list[Quantity], kinds: str) -> bool:
    """Is a kind named again after the list, in its sentence or the next ("... four bronze,
    topped up by a team bronze", "the wrestlers added a bronze")? Then more of the whole is
    told than the list."""
    text = analysis.text
    last = analysis.sentence_at(run[-1].start)
    if last is None:
        return True
    end = last.end
    # (the next sentence only when it adds: "A team bronze followed", "They also won a bronze";
    # "Gold went to A, B and C" tells who won the parts)
    following = analysis.sentence_after(last)
    if following is not None and _ADDS.search(text, following.start, following.end):
        end = following.end
    own = _KIND_AFTER.match(text, run[-1].end)  # (the last part's own kind: "four bronze")
    start = own.end() if own else run[-1].end
    words = set(re.findall(r"[a-z]+", text[start:end].lower()))
    return any(kind in words for kind in kinds.split(", "))


_ADDS = re.compile(r"\b(?:added|adds|another|also|further|more|plus|extra|followed)\b", re.I)


def refers_back(analysis: Analysis, total: Quantity, run: list[Quantity]) -> bool:
    """Is the list in the total's sentence, or in a sentence that opens on a definite subject
    (a pronoun, "the ...") in the total's paragraph or the next?"""
    here, first = analysis.sentence_at(total.start), analysis.sentence_at(run[0].start)
    if here is None or first is None:
        return False
    if here is first:
        return True
    home, there = analysis.paragraph_at(total.start), analysis.paragraph_at(run[0].start)
    if home is None or there is None:
        return False
    apart = analysis.paragraph_index(there) - analysis.paragraph_index(home)
    # ("The boxers' haul of ...": another owner's share, not the whole's)
    owned = _OWNED.match(analysis.text, first.start)
    return 0 <= apart <= 1 and bool(_OPENS_DEFINITE.match(analysis.text, first.start)) and not owned
