"""Names that number a count told another way (NUM007): a vote's tally ("voted 6-3") and the
members named as voting each way; a parent "of five" and the children named later. Read with
``rosters.py``'s list of names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newslint.extract.list_complete import partial
from newslint.extract.rosters import NUMBER_WORD, named_breakdown, plain_names
from newslint.report.model import Quantity

if TYPE_CHECKING:
    from newslint.analysis import Analysis
    from newslint.extract.totals import Breakdown


_NUMBER = r"\d{1,3}|" + NUMBER_WORD
# "voted 6-3", "carried by 27 votes to three", "backed the scheme by nine votes to four"
_VOTE_TALLY = re.compile(
    r"\b(?:voted|votes?|carried|passed|approved|backed|rejected|defeated|adopted|endorsed)\b"
    r"[^.;:]{0,40}?\b(?P<yes>" + _NUMBER + r")(?:\s+votes?)?\s*(?:-|–|to)\s*"
    r"(?P<no>" + _NUMBER + r")\b",
    re.I,
)
# "Voting in favor were council members ...", "Those voting against were ..."
_ROLL = re.compile(
    r"\b(?:[Vv]oting|voted)\s+(?P<side>in favou?r|for|against)(?:\s+of\s+[^,.;:]{0,40})?"
    r"\s+(?:were|was)\s*:?\s*"
)


def vote_rolls(analysis: Analysis) -> list[Breakdown]:
    """A vote's tally ("voted 6-3") and, within three paragraphs, the members named as voting
    each way ("Voting in favor were council members A, B, C, D and E."): each side's names
    must number its votes."""
    from newslint.extract.timex import number

    text = analysis.text
    found = []
    for tally in _VOTE_TALLY.finditer(text):
        here = analysis.paragraph_at(tally.start())
        if here is None:
            continue
        k = analysis.paragraph_index(here)
        end = analysis.paragraphs[min(k + 3, len(analysis.paragraphs) - 1)].end
        for roll in _ROLL.finditer(text, tally.end(), end):
            if partial(text[max(0, roll.start() - 20) : roll.start()]):
                continue  # "Among those voting in favour were ...": some of them
            side = "no" if roll.group("side").lower() == "against" else "yes"
            value = number(tally.group(side))
            items = plain_names(text, roll.end())
            if value is None or items is None:
                continue
            start, stop = tally.span(side)
            count = Quantity(start=start, end=stop, text=tally.group(side), value=value)
            found.append(
                named_breakdown(count, items, f"a vote of {tally.group(0)!r} and those voting")
            )
    return found


# "A father of five", "a mother of three": a count of children; "their children Seán, Aoife,
# Colm and Niamh": the children named
_PARENT_OF = re.compile(
    r"\b(?:father|mother|parent|dad|mum|mom)\s+of\s+(?P<n>two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|\d{1,2})\b(?!\s*(?:-|year|month|week|day))",
    re.I,
)
# "They raised three children", "the couple had four children": the count told in the life story
_CHILDREN_RAISED = re.compile(
    r"\b(?:raised|had|have|has|adopted|brought up)\s+(?P<n>two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|\d{1,2})\s+(?:sons and daughters|children)\b",
    re.I,
)
_CHILDREN_NAMED = re.compile(r"\b(?:his|her|their)\s+(?:children|sons and daughters)[,:]?\s+")
_OWN_LIST = re.compile(
    r"[^.;:\n]*?\sand\s+[A-Z][\w'’.-]*(?:\s+[A-Z(][\w'’.()-]*)*"
    # (the last child's home: "and Diane Rust of Cedar Falls")
    r"(?:\s+of\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?(?=[,.;]|\s+(?:and|who)\b|$)"
)
# a child who died before, or a stepchild: the named list need not match the count
_OTHER_CHILD = re.compile(
    r"\b(?:predeceased\b(?:(?!surviv)[^.;]){0,80}\b(?:sons?|daughters?|child|children)\b|"
    r"(?:sons?|daughters?|child|children)\s+(?:who\s+)?(?:had\s+)?predeceased|"
    r"late (?:son|daughter)|stepchild|stepson|stepdaughter|died in (?:infancy|"
    r"childhood)|lost (?:a|his|her|their) (?:son|daughter|child)|(?:first|previous|earlier) marriage)",
    re.I,
)


def children_named(analysis: Analysis) -> list[Breakdown]:
    """A parent "of five" and, later in the article, "their children" named one by one: the
    names must number the count, unless the article tells of a child who died or a stepchild."""
    from newslint.extract.timex import number

    text = analysis.text
    if _OTHER_CHILD.search(text):
        return []
    found = []
    for parent in [*_PARENT_OF.finditer(text), *_CHILDREN_RAISED.finditer(text)]:
        named = _CHILDREN_NAMED.search(text, parent.end())
        value = number(parent.group("n"))
        if named is None or value is None:
            continue
        # (the children's own list ends at its "and" and last name: "their children Seán,
        # Aoife, Colm and Niamh, and 11 grandchildren")
        inner = _OWN_LIST.match(text, named.end())
        if inner is None:
            continue
        items = plain_names(inner.group(0), 0, first_capital=True)
        if items is None:
            continue
        items = [(a + named.end(), b + named.end()) for a, b in items]
        start, end = parent.span("n")
        count = Quantity(start=start, end=end, text=parent.group("n"), value=value)
        found.append(named_breakdown(count, items, f"'{parent.group(0)}' and the children named"))
        break
    return found
