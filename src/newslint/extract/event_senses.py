"""Which words may name one event: "burned" and "scorched", "inundated" and "submerged",
"recaptured" and "retook", "connected" and "connections".

A figure and a comparison or a share said of it often name their event with different words:
"inundated about 1.8 million acres" ... "the submerged area is four times the size of ...".
``same_event`` answers whether two words (verbs, participles or the nouns made from verbs)
share a sense of WordNet's verbs, or one's sense is the other's direct hypernym ("scorch" is a
kind of "burn"). It is a loose test: callers keep their own guards (owner, time, arithmetic).

``event_senses.tsv`` holds, for every one-word verb of WordNet 3.0, its first ``SENSES`` senses
(with the irregular forms of ``verb.exc``: "burnt", "took"), and for every one-word noun, the
verb senses its first two senses are derived from (``+`` pointers: "connection" -> connect);
then each verb sense's direct hypernyms. Built by ``python -m newslint.extract.event_senses
/usr/share/wordnet`` (Debian's wordnet-base 1:3.0-37). Source: Princeton University, "About
WordNet", WordNet 3.0, 2010, https://wordnet.princeton.edu/ (WordNet 3.0 license: use, copy and
distribute with this notice).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from newslint.extract.wordnet_files import exceptions, index_entries, synsets

TABLE = Path(__file__).with_name("event_senses.tsv")
SENSES = 4  # a verb's senses read: "submerge" meets "inundate" at its fourth
NOUN_SENSES = 2
# verbs that name no event of their own: any figure is "had", "made" or "got"
_LIGHT = {"be", "have", "do", "make", "get", "take", "give", "go", "come", "put", "set", "say",
          "see", "find", "show", "reach", "total", "stand", "become", "include", "cover",
          "estimate", "report", "record", "measure", "count", "add", "size", "area"}  # fmt: skip


@cache
def _table() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    senses: dict[str, frozenset[str]] = {}
    uppers: dict[str, frozenset[str]] = {}
    for row in TABLE.read_text(encoding="utf-8").splitlines():
        if not row or row.startswith("#"):
            continue
        kind, word, offsets = row.split("\t")
        (senses if kind == "w" else uppers)[word] = frozenset(offsets.split())
    return senses, uppers


# the endings that make a noun of a verb: "clearance", "settlement", "evacuation", "removal"
_NOUN_ENDINGS = ("ance", "ence", "ment", "ion", "ation", "al", "age", "ure")


def _derived(noun: str, verb: str) -> bool:
    """'clearance' of 'clear' or 'cleared', 'evacuations' of 'evacuated': the noun is the
    verb's stem with an ending that makes nouns of verbs."""
    stem = verb.removesuffix("ed").removesuffix("e") if verb.endswith("ed") else verb
    if len(stem) < 4 or not noun.startswith(stem) or not senses(verb):
        return False
    rest = noun[len(stem) :].removesuffix("s")
    return rest.lstrip("e") in _NOUN_ENDINGS or rest in _NOUN_ENDINGS


@cache
def _light() -> frozenset[str]:
    """The senses of the light verbs: "had" and "made" are as light as "have" and "make"."""
    return frozenset().union(*(_table()[0].get(word, frozenset()) for word in _LIGHT))


def senses(word: str) -> frozenset[str]:
    """The verb senses a word may name: its own, else those of a regular past or -ing form."""
    table, _ = _table()
    word = word.lower()
    if word in table:
        return table[word]
    for cut, add in (("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"), ("s", "")):
        if word.endswith(cut) and word[: -len(cut)] + add in table:
            return table[word[: -len(cut)] + add]
    return frozenset()


def same_event(a: str, b: str, kinds: bool = True) -> bool:
    """May ``a`` and ``b`` name one event? The same word, a noun made of the other, a shared
    verb sense, or (``kinds``: for verbs, not nouns: "forest" is no kind of "plant") one a
    direct kind of the other; never a light verb ("had", "made")."""
    a, b = a.lower(), b.lower()
    sa, sb = senses(a), senses(b)
    if a in _LIGHT or b in _LIGHT or (sa and sa <= _light()) or (sb and sb <= _light()):
        return False
    if a == b or _derived(a, b) or _derived(b, a):
        return True
    if not sa or not sb:
        return False
    if sa & sb:
        return True
    if not kinds:
        return False
    _, uppers = _table()
    up_a = frozenset().union(*(uppers.get(s, frozenset()) for s in sa))
    up_b = frozenset().union(*(uppers.get(s, frozenset()) for s in sb))
    return bool(up_a & sb or up_b & sa)


def _verb_links(wordnet: Path, part: str, symbol: str) -> dict[str, list[str]]:
    """Each synset's links of one kind to verb senses ("+" derived from, "@" a kind of)."""
    return {
        offset: [p.offset for p in synset.pointers if p.symbol == symbol and p.pos == "v"]
        for offset, synset in synsets(wordnet, part).items()
    }


def build(wordnet: Path) -> list[str]:
    verbs = {lemma: senses for lemma, _, senses in index_entries(wordnet, "verb")}
    rows = []
    for word, offsets in verbs.items():
        if word.isalpha():
            rows.append(f"w\t{word}\t{' '.join(offsets[:SENSES])}")
    for form, base in exceptions(wordnet, "verb"):
        if form.isalpha() and form not in verbs and base in verbs:
            rows.append(f"w\t{form}\t{' '.join(verbs[base][:SENSES])}")
    derived = _verb_links(wordnet, "noun", "+")
    for word, _, offsets in index_entries(wordnet, "noun"):
        if not word.isalpha() or word in verbs:
            continue
        found = sorted({v for o in offsets[:NOUN_SENSES] for v in derived.get(o, [])})
        if found:
            rows.append(f"w\t{word}\t{' '.join(found)}")
    for offset, ups in _verb_links(wordnet, "verb", "@").items():
        if ups:
            rows.append(f"h\t{offset}\t{' '.join(ups)}")
    return rows


if __name__ == "__main__":
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    lines = ["# w: word, its verb senses; h: verb sense, its direct hypernyms (event_senses.py)"]
    TABLE.write_text("\n".join(lines + build(source)) + "\n", encoding="utf-8")
