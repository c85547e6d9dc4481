"""Anonymity: a speaker the article does not name, and why.

Two kinds of evidence, beside the speaker's own words ("one official", "a source close to the
club", "insiders", typed in ``speakers.py``):

- a **non-identification clause**, found by the parse on the speaker or on its reporting verb:
  "One driver, who did not want to give her name, said ...", "Two officials, speaking on
  condition of anonymity, said ...", "an engineer who was not authorised to speak publicly";
- an **anonymous claim**: a claim attributed to nobody in particular, "it is understood that
  ...", "the deal is believed to include ...", whose source is hidden on purpose.

The markers are written for newslint from newsroom usage (never from an annotated corpus).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# what a clause says when its speaker withholds their name
_NAME = r"(?:(?:his|her|their|a|any|full|last|sur|first)\s+)*(?:name|names|surname|identity)"
_MARKERS = re.compile(
    r"\b(?:on|under)\s+(?:the\s+)?(?:condition|grounds|basis)\s+(?:of|that)\b"
    # "spoke on condition they not be named"
    r"|\bon\s+condition\s+(?:\w+\s+){1,3}?not\s+be\s+(?:named|identified|quoted)\b"
    r"|\banonymity\b|\banonymously\b|\bunnamed\b"
    r"|\b(?:not|n['’]t|never)\s+(?:want|wish|like|wanting|wishing)\w*\s+to\s+"
    rf"(?:be\s+(?:named|identified|quoted)|give\s+{_NAME}|be\s+photographed)"
    r"|\b(?:asked|asking|requested|requesting|declined|declining|refused|refusing|preferred|"
    r"preferring|wished|wishing)\s+(?:not\s+)?to\s+"
    rf"(?:be\s+(?:named|identified|quoted)|give\s+{_NAME}|identify\s+(?:himself|herself|"
    r"themselves))"
    r"|\b(?:withheld|withholding|without\s+giving)\s+" + _NAME + r"\b"
    r"|\bnot\s+(?:be\s+)?(?:authori[sz]ed|permitted|allowed|cleared|entitled)\s+to\s+"
    r"(?:speak|talk|comment|discuss|be\s+quoted)"
    r"|\bnot\s+to\s+be\s+(?:named|identified|quoted)\b",
    re.IGNORECASE,
)
# passive reports whose source is hidden: "it is understood that", "is believed to" ("it was
# reported that" names no source at all, and stays a claim without one)
ANONYMOUS_CLAIM_VERBS = {"understand", "believe", "think"}


def withholds_name(text: str) -> bool:
    """Does this clause say that its speaker withheld their name?"""
    return _MARKERS.search(text) is not None


def clause_text(head: Token) -> str:
    doc = head.doc
    return doc[head.left_edge.i : head.right_edge.i + 1].text


def withheld_by_clause(speaker_head: Token, verb: Token | None = None) -> bool:
    """A non-identification clause on the speaker ("who asked not to be named") or on its
    reporting verb ("speaking on condition of anonymity, said")."""
    hosts = [speaker_head] + ([verb] if verb is not None else [])
    for host in hosts:
        for child in host.children:
            if child.dep_ in {"relcl", "acl", "advcl", "appos", "prep", "parataxis"} and (
                withholds_name(clause_text(child))
            ):
                return True
    return False


def is_anonymity_clause(verb: Token) -> bool:
    """The verb heads a clause that only says the speaker is unnamed ("who spoke on condition
    of anonymity", "speaking anonymously"): it reports nothing itself."""
    return verb.dep_ in {"relcl", "acl", "advcl"} and withholds_name(clause_text(verb))
