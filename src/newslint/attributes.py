"""The attribute ruler's matches without spaCy's Matcher: same result, a fraction of the time.

The small English pipeline's attribute ruler maps each tag to its POS and morphology and fixes
some words' lemmas with about 180 patterns. spaCy's Matcher tries every pattern on every token,
which cost more than the tagger and the parser together in our profile. Almost all patterns
look at one token's tag, lower-case form, dependency label and whether it is a space, so the
patterns a token matches are worked out once per such combination and remembered; the few
patterns of two tokens still go through a Matcher of their own. The annotations are then set
by the ruler itself, in its own order (later patterns win), so the result is the same.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.pipeline import AttributeRuler

if TYPE_CHECKING:
    from spacy.tokens import Doc

_FIELDS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
MEMO_SIZE = 200_000
_COLUMNS = [TAG, LOWER, DEP, IS_SPACE]


def speed_up(ruler: object) -> None:
    """Give ``ruler`` the fast ``match``; leave it alone if its patterns are of another kind."""
    if type(ruler) is not AttributeRuler:
        return
    patterns: list[tuple[int, list[dict[str, Any]]]] = []
    for attr_id in range(len(ruler.attrs)):
        key = str(attr_id)
        if key not in ruler.matcher:
            continue
        for pattern in ruler.matcher.get(key)[1]:
            if not all(set(c) <= set(_FIELDS) and _plain(c) for c in pattern):
                return  # an operator or another attribute: keep spaCy's Matcher
            patterns.append((attr_id, pattern))
    ruler.__class__ = FastAttributeRuler
    fast: Any = ruler
    fast._patterns = _Patterns(ruler, patterns)


def _plain(conditions: dict[str, Any]) -> bool:
    """Conditions this module can test: a value, {"IN": [...]}, {"NOT_IN": [...]}, {"REGEX": ...}."""
    for value in conditions.values():
        if isinstance(value, dict) and not set(value) <= {"IN", "NOT_IN", "REGEX"}:
            return False
    return True


def _holds(condition: Any, value: Any) -> bool:
    if isinstance(condition, dict):
        if "IN" in condition and value not in condition["IN"]:
            return False
        if "NOT_IN" in condition and value in condition["NOT_IN"]:
            return False
        return not ("REGEX" in condition and not re.search(condition["REGEX"], str(value)))
    return bool(condition == value)


class _Patterns:
    """The ruler's patterns, with which conditions a token's (tag, lower, dep, space) meets
    worked out once per combination. A condition naming words (LOWER) is only tried on them."""

    def __init__(self, ruler: AttributeRuler, patterns: list[tuple[int, list[dict[str, Any]]]]):
        self.strings = ruler.vocab.strings
        self.keys = {a: ruler.vocab.strings.add(str(a)) for a, _ in patterns}
        self.conditions: list[dict[str, Any]] = []
        index: dict[str, int] = {}
        self.patterns: list[tuple[int, list[int]]] = []
        for attr_id, pattern in patterns:
            ids = []
            for c in pattern:
                key = repr(sorted(c.items()))
                if key not in index:
                    index[key] = len(self.conditions)
                    self.conditions.append(c)
                ids.append(index[key])
            self.patterns.append((attr_id, ids))
        self.by_word: dict[str, list[int]] = {}
        self.wordless: list[int] = []  # conditions that do not look at the word
        self.by_pattern: list[int] = []  # conditions on the word by a regex or NOT_IN
        for n, c in enumerate(self.conditions):
            lower = c.get("LOWER")
            if lower is None:
                self.wordless.append(n)
            elif isinstance(lower, str):
                self.by_word.setdefault(lower, []).append(n)
            elif isinstance(lower, dict) and set(lower) == {"IN"}:
                for word in lower["IN"]:
                    self.by_word.setdefault(word, []).append(n)
            else:
                self.by_pattern.append(n)
        self.wordless_memo: dict[tuple[int, int, int], list[int]] = {}
        self.single: dict[int, list[int]] = {}  # condition -> attr ids of one-token patterns
        self.multi: list[tuple[int, list[int]]] = []
        for attr_id, ids in self.patterns:
            if len(ids) == 1:
                self.single.setdefault(ids[0], []).append(attr_id)
            else:
                self.multi.append((attr_id, ids))
        self.multi_by_start: dict[int, list[tuple[int, list[int]]]] = {}
        for attr_id, ids in self.multi:
            self.multi_by_start.setdefault(ids[0], []).append((attr_id, ids))
        self.multi_starts = frozenset(self.multi_by_start)
        self.memo: dict[tuple[int, ...], frozenset[int]] = {}

    def met(self, key: tuple[int, ...]) -> frozenset[int]:
        found = self.memo.get(key)
        if found is None:
            s = self.strings
            tag, lower, dep, space = key
            values = (
                s[tag] if tag else "",
                s[lower] if lower else "",
                s[dep] if dep else "",
                bool(space),
            )
            wordless = self.wordless_memo.get((tag, dep, space))
            if wordless is None:
                wordless = self.wordless_memo[(tag, dep, space)] = self._true(self.wordless, values)
            found = frozenset(
                wordless + self._true(self.by_word.get(values[1], []) + self.by_pattern, values)
            )
            if len(self.memo) > MEMO_SIZE:  # a corpus's vocabulary keeps growing
                self.memo.clear()
            self.memo[key] = found
        return found

    def _true(self, conditions: list[int], values: tuple[Any, ...]) -> list[int]:
        return [
            n
            for n in conditions
            if all(_holds(c, values[_FIELDS[f]]) for f, c in self.conditions[n].items())
        ]


class FastAttributeRuler(AttributeRuler):
    """spaCy's AttributeRuler with ``match`` worked out from memoised conditions."""

    _patterns: _Patterns

    def match(self, doc: Doc):  # type: ignore[no-untyped-def]
        p = self._patterns
        keys = p.keys
        met = [p.met(tuple(row)) for row in doc.to_array(_COLUMNS).tolist()]
        matches = []
        for i, conditions in enumerate(met):
            for n in conditions:
                for a in p.single.get(n, ()):
                    matches.append((a, keys[a], i, i + 1))
        if p.multi:
            starts = p.multi_starts
            for i, conditions in enumerate(met):
                for n in conditions & starts:
                    for a, ids in p.multi_by_start[n]:
                        span = len(ids)
                        if i + span <= len(met) and all(
                            ids[j] in met[i + j] for j in range(1, span)
                        ):
                            matches.append((a, keys[a], i, i + span))
        matches.sort()
        return matches
