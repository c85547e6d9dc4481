"""What a bare number counts ("53,000 troops", "new 737 Max jets"), and that noun in dictionary form."""

from __future__ import annotations

import re
from functools import lru_cache

_I = re.IGNORECASE

_COMPOUND_NOUN_RE = re.compile(r"-(?P<w>[a-z]{3,})\b(?!-)")
_PARTITIVE_RE = re.compile(
    r"\s+of\s+(?:the|its|their|his|her|our|these|those|them|[A-Z][\w-]*['’]s)\s+"
    r"(?P<w>(?:[A-Z][\w-]*\s+)?[a-z][a-z-]*[a-z]s)\b"
)
_WHOLE_RE = re.compile(
    r"\s+(?:of\s+)?(?:(?:the|all|its|their|his|her|our|those|these)\s+)?"
    r"(?P<w>(?:[A-Z][\w-]*\s+)?[A-Za-z][a-z-]*[a-z])\b"
)
_PROPER_PLURAL_RE = re.compile(r"\s(?P<w>[A-Z][a-z]+(?:ans|ers|ists|ians|ese))\b")

# Words after a bare number that are not the thing counted.
NOT_COUNTED = set(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "and",
        "or",
        "but",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "as",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "should",
        "can",
        "may",
        "might",
        "must",
        "shall",
        "than",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "this",
        "these",
        "those",
        "it",
        "its",
        "their",
        "his",
        "her",
        "our",
        "my",
        "your",
        "into",
        "onto",
        "over",
        "under",
        "per",
        "so",
        "such",
        "if",
        "when",
        "while",
        "then",
        "there",
        "here",
        "not",
        "no",
        "nor",
        "yet",
        "after",
        "before",
        "since",
        "until",
        "between",
        "among",
        "during",
        "against",
        "about",
        "around",
        "across",
        "through",
        "up",
        "down",
        "out",
        "off",
        "also",
        "only",
        "just",
        "even",
        "more",
        "less",
        "most",
        "least",
        "very",
        "too",
        "each",
        "every",
        "all",
        "any",
        "both",
        "either",
        "neither",
        "another",
        "same",
        "own",
        "than",
        "percent",
        "cent",
        "time",
        "points",
        "point",
        "do",
        "does",
        "did",
        "said",
        "says",
        "say",
        "according",
        "told",
        "percentage",
        "votes",
        "vs",
        "versus",
        "x",
        "while",
        "where",
        "what",
        "how",
        "why",
        "rose",
        "fell",
        "increased",
        "decreased",
        "jumped",
        "climbed",
        "dropped",
        "declined",
        "gained",
        "lost",
        "grew",
        "soared",
        "plunged",
        "behind",
        "beyond",
        "within",
        "without",
        "near",
        "inside",
        "outside",
        "above",
        "below",
        "toward",
        "towards",
        "via",
        "like",
        "upon",
        "amid",
        "despite",
        "along",
    ]
)
# One space-separated word of a noun phrase: "new", "Max", "737", "Model", "3s", "Kia".
NP_TOKEN_RE = re.compile(r"[ \t]+([A-Za-z0-9](?:[A-Za-z0-9'’-]*[A-Za-z0-9])?)(?=[\s,.;:!?)]|$)")

_PARTICIPLES = {"seen", "made", "done", "known", "given", "taken", "held", "left", "sold", "paid"}
_COUNT_MODIFIERS = {"more", "other", "extra", "additional", "further", "fewer"}
NOT_HEAD = {
    "last",
    "next",
    "later",
    "earlier",
    "ago",
    "apiece",
    "each",
}
_IRREGULAR_PLURALS = {
    "people",
    "children",
    "police",
    "cattle",
    "staff",
    "personnel",
    "mice",
    "teeth",
    "feet",
}


def counted_noun(text: str, pos: int, singular: bool = False) -> str | None:
    """The thing a bare number counts, as printed: "troops", "new schools", "Liverpool fans",
    "Kia and Hyundai vehicles", "new 737 Max jets", "of its Echo devices" -> "Echo devices";
    None when the next word is not a noun we can trust.

    A noun phrase without a parser: modifiers (words, names, model numbers, "and" between
    modifiers) up to the first plural noun; with no plural in reach, the run of words before the
    first function word ("one particular demand that" -> "particular demand")."""
    partitive = _PARTITIVE_RE.match(text, pos)  # "5,000 of the soldiers", "35m of its devices"
    if partitive:
        return partitive.group("w")
    tokens = _noun_tokens(text, pos)
    if not tokens:
        compound = _COMPOUND_NOUN_RE.match(text, pos)  # "a four-cylinder engine"
        if compound and compound.group("w") not in NOT_COUNTED:
            return compound.group("w")
        return None
    if tokens[0] in _COUNT_MODIFIERS and len(tokens) > 1:
        tokens = tokens[1:]  # "eight more picks", "two other sites": the picks, the sites
    first = tokens[0]
    if re.fullmatch(r"\d{3,}s", first):
        return first  # "two 787s": the model counted
    if first.lower() in NOT_COUNTED or first.endswith(("ly", "'s", "’s")) or first[0].isdigit():
        return None
    if first[0].isupper():
        proper = _PROPER_PLURAL_RE.match(text, pos)  # "1,307,000 Americans"
        if proper:
            return proper.group("w")
    for k, word in enumerate(tokens):
        if word[0].isdigit() and k > 0 and re.fullmatch(r"\d+s", word):
            return " ".join(tokens[: k + 1])  # "63,150 Model 3s", "two 737s"
        if word[0].isupper() or word[0].isdigit():
            if (
                k > 0
                and word[0].isupper()
                and _looks_plural(word.lower())
                and (k + 1 == len(tokens) or not tokens[k + 1][0].isupper())
            ):
                return " ".join(tokens[: k + 1])  # "eight straight World Cups"
            continue  # a name or a model number inside the phrase: "Model 3 sedans"
        if word in NOT_COUNTED:
            # "digital and physical sales": "and" joins two modifiers of one noun
            if word == "and" and 0 < k < len(tokens) - 1 and tokens[k + 1] not in NOT_COUNTED:
                continue
            break
        if _looks_plural(word):
            if singular and k > 0:
                return " ".join(tokens[:k])  # "one proposal asks": a verb after a singular noun
            return _plural_head(tokens, k)
    if not first[0].islower():
        return None
    return _singular_run(tokens)


def _noun_tokens(text: str, pos: int) -> list[str]:
    """Up to six space-separated words after ``pos``."""
    tokens: list[str] = []
    while len(tokens) < 6:
        t = NP_TOKEN_RE.match(text, pos)
        if not t:
            break
        tokens.append(t.group(1))
        pos = t.end()
    return tokens


def _plural_head(tokens: list[str], k: int) -> str:
    """The phrase up to the plural noun ``tokens[k]``, with an "of" phrase after it: "5,700
    categories of products", "65 snaps of man coverage"."""
    head = tokens[: k + 1]
    if k + 2 < len(tokens) and tokens[k + 1] == "of":
        for word_after in tokens[k + 2 : k + 4]:
            if (
                not word_after[0].islower()
                or word_after in NOT_COUNTED
                or word_after in _PARTICIPLES
                or word_after.endswith(("ing", "ed"))
            ):
                break
            head.append(word_after)
        if len(head) > k + 1:
            head.insert(k + 1, "of")
    return " ".join(head)


def _singular_run(tokens: list[str]) -> str | None:
    """With no plural in reach: the run of lower-case words before the first function word."""
    run: list[str] = []
    for word in tokens[:3]:
        if not word[0].islower() or word in NOT_COUNTED:
            break
        if run and (word.endswith("ed") or word in _PARTICIPLES):
            break  # "three finance minister resigned"
        run.append(word)
    verb_form = run[0].endswith("ing") or (run[0].endswith("ed") and not run[0].endswith("eed"))
    if not run or verb_form or run[0] in NOT_HEAD:
        return None  # "around 73 raising the prospect", "2.1 last year"
    if len(run) < len(tokens) and tokens[len(run)] == "than":
        return None  # "40k cheaper than"
    return " ".join(run)


_LEMMA_IRREGULAR = {
    "children": "child",
    "men": "man",
    "women": "woman",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "people": "people",
    "police": "police",
    "news": "news",
    "series": "series",
    "species": "species",
    "data": "data",
    "media": "media",
}
_LEMMA_STOPWORDS = {"a", "an", "the", "and", "or", "of", "its", "their", "his", "her", "our"}


@lru_cache(maxsize=4096)  # every pair of counts compared asks it of both nouns again
def counted_lemma(phrase: str) -> str:
    """A counted noun phrase in dictionary form, for comparing two counts of the same thing:
    "Kia and Hyundai vehicles" -> "kia hyundai vehicle", "Johnson's deputies" -> "johnson
    deputy". English plural rules and a few irregular nouns; no parser, no tables to load."""
    out = []
    for word in phrase.lower().split():
        if word in _LEMMA_STOPWORDS:
            continue
        word = re.sub(r"['’]s?$", "", word)
        out.append(_singular(word))
    return " ".join(out)


def _singular(word: str) -> str:
    if word in _LEMMA_IRREGULAR:
        return _LEMMA_IRREGULAR[word]
    if word.endswith("men") and len(word) > 4:
        return word[:-3] + "man"  # fishermen, servicemen
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zes", "uses")):
        return word[:-2]
    if word.endswith("ves") and word[:-3] in ("li", "wi", "kni", "hal", "shel", "wol", "lea"):
        return word[:-3] + ("fe" if word[:-3] in ("li", "wi", "kni") else "f")
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def _looks_plural(word: str) -> bool:
    if word in _IRREGULAR_PLURALS or word.endswith("men"):
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))


def whole_of(text: str, pos: int) -> str | None:
    """What a share is a share of: "two-thirds of voters" -> "voters", "one in five adults" ->
    "adults", "a third of the US population" -> "US population"."""
    m = _WHOLE_RE.match(text, pos)
    if not m or m.group("w").lower() in NOT_COUNTED:
        return None
    return m.group("w")
