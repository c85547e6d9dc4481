"""The words to a figure's left: approximators ("about", "more than") and changes ("rose by")."""

from __future__ import annotations

import re

_I = re.IGNORECASE

# ---- what surrounds it ------------------------------------------------------------------------

APPROX: dict[str, str] = {
    "about": "~",
    "around": "~",
    "roughly": "~",
    "some": "~",
    "nearly": "~",
    "almost": "~",
    "close to": "~",
    "approximately": "~",
    "approx.": "~",
    "an estimated": "~",
    "estimated": "~",
    "circa": "~",
    "c.": "~",
    "ca.": "~",
    "~": "~",
    "just over": ">",
    "just under": "<",
    "more than": ">",
    "over": ">",
    "over than": ">",
    "above": ">",
    "in excess of": ">",
    "upwards of": ">",
    "upward of": ">",
    "north of": ">",
    "greater than": ">",
    "at least": ">=",
    "no fewer than": ">=",
    "no less than": ">=",
    "a minimum of": ">=",
    "less than": "<",
    "under": "<",
    "below": "<",
    "fewer than": "<",
    "lower than": "<",
    "shy of": "<",
    "up to": "<=",
    "no more than": "<=",
    "at most": "<=",
    "a maximum of": "<=",
    "as many as": "<=",
    "as much as": "<=",
    "as high as": "<=",
    "not more than": "<=",
}


APPROX_AFTER_RE = re.compile(
    r"(?:\s+or\s+(?P<more>more|above|over|higher|so|less|fewer|under)\b|(?P<plus>\+|-plus\b))", _I
)

_UP = (
    "rose|rise|rises|rising|risen|up|increased|increase|increases|increasing|climbed|climb|climbs|"
    "climbing|gained|gains|gaining|jumped|jumps|jumping|soared|soars|soaring|surged|surges|surging|"
    "grew|grow|grows|growing|grown|advanced|advances|advancing|rallied|rebounded|added|adds|spiked|"
    "leapt|leaped|leaps|boosted|hiked|widened|accelerated|edged\\s+up|ticked\\s+up|"
    "went\\s+up|gone\\s+up|going\\s+up|higher|upward|upwards|rallying|rallies|rally|jump|"
    "surge|soar|advance|spiking|spikes"
)
_DOWN = (
    "fell|fall|falls|falling|fallen|down|dropped|drop|drops|dropping|declined|decline|declines|"
    "declining|decreased|decrease|decreases|decreasing|slid|slides|sliding|slipped|slips|slumped|"
    "slumps|plunged|plunges|plummeted|plummets|tumbled|tumbles|sank|sinks|sunk|shed|sheds|lost|loses|"
    "losing|eased|eases|dipped|dips|lower|shrank|shrinks|shrunk|contracted|retreated|cut|cuts|"
    "reduced|lowered|slowed|narrowed|edged\\s+down|ticked\\s+down|went\\s+down|gone\\s+down|"
    "going\\s+down|tanked|crashed|collapsed|sagged|dived|dove|lose|downward|downwards|"
    "plummeting|plummet|tumbling|tumble|slumping|slump|sinking|sink|diving|dive|slipping|slip|"
    "sliding|slide|dipping|dip|easing|ease|tanking|shrinking|shrink|shedding"
)


def _word_table(alternation: str, direction: str) -> dict[str, str]:
    return {w.replace("\\s+", " "): direction for w in alternation.split("|")}


_CHANGE_ALL = {**_word_table(_UP, "up"), **_word_table(_DOWN, "down")}
# every word and phrase of movement, with its direction ("edged up": up)
MOVEMENT_WORDS = {w.replace(" ", r"\s+"): d for w, d in _CHANGE_ALL.items()}
CHANGE_WORDS = {w: d for w, d in _CHANGE_ALL.items() if " " not in w}
_CHANGE_PHRASES = {w: d for w, d in _CHANGE_ALL.items() if " " in w}
_RATIO_ONLY_VERBS = {
    "lost",
    "loses",
    "losing",
    "lose",
    "shed",
    "sheds",
    "cut",
    "cuts",
    "added",
    "adds",
    "gained",
    "gains",
    "gaining",
    "reduced",
    "lowered",
    "boosted",
    "raised",
}
_ARTICLE_FILLERS = {"further", "additional", "extra", "massive", "whopping", "modest"}
# "gave up 517 yards", "made up 40%": the particle, not a rise
_PHRASAL_VERBS = {
    "gave",
    "give",
    "gives",
    "giving",
    "given",
    "made",
    "make",
    "makes",
    "making",
    "set",
    "sets",
    "picked",
    "pick",
    "took",
    "take",
    "takes",
    "put",
    "puts",
    "shut",
    "back",
    "backed",
    "end",
    "ended",
    "ends",
    "turned",
    "turn",
    "broke",
    "break",
    "cut",
    "cuts",
    "wound",
    "wind",
    "sum",
    "summed",
    "add",
    "adds",
    "added",
    "stepped",
    "step",
    "show",
    "showed",
    "showing",
    # "setting up 5,460 polling stations": the -ing forms are phrasal verbs too
    *("setting", "picking", "taking", "putting", "shutting", "turning", "breaking"),
    *("winding", "stepping", "summing", "adding", "backing"),
}
_CLOSING_VERBS = {"end", "ended", "ends", "ending", "finished", "closed", "settled"}
_RAISE_WORDS = {"raised", "raises", "raising", "lifted", "lifts"}
_CHANGE_FILLERS = {
    "by",
    "further",
    "another",
    "massive",
    "whopping",
    "modest",
    "just",
    "only",
    "additional",
    "extra",
    "sharply",
    "slightly",
    "steeply",
    "nearly",
    "almost",
    "about",
    "some",
    "roughly",
    "around",
    "over",
    "more",
    "than",
}
_CHANGE_NOUNS = {
    **dict.fromkeys(
        ["increase", "rise", "jump", "gain", "growth", "surge", "hike", "climb", "boost"], "up"
    ),
    **dict.fromkeys(
        [
            "decrease",
            "fall",
            "drop",
            "decline",
            "cut",
            "reduction",
            "slump",
            "dip",
            "plunge",
        ],
        "down",
    ),
}
CHANGE_AFTER_RE = re.compile(
    r"\s+(?:(?P<up>higher|up)|(?P<down>lower|down))\b(?!\s+(?:to|from)\b)", _I
)


def words_before(text: str, left: int) -> list[str]:
    """The lower-case words right before ``left``, back to the last punctuation mark. Reading
    words from a short window is much cheaper than end-anchored regular expressions."""
    start = max(0, left - 64)
    chunk = text[start:left].lower()
    words = chunk.split()
    if start > 0 and words and not chunk[0].isspace():
        words = words[1:]  # the window cut a word in half
    if chunk and not chunk[-1].isspace():
        if words and words[-1].endswith("~"):
            return ["~"]
        return []  # glued to something that is not a word: "(5km", "/5"
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word[-1] in ',;:!?)]"”' or (word[-1] == "." and word not in APPROX):
            return words[i + 1 :]
        if word[0] in "([\"“'‘":
            words[i] = word.lstrip("([\"“'‘")
            return words[i:]
    return words


def _approx_of(words: list[str]) -> tuple[str, int]:
    """(approx, how many words it took) from the end of ``words``."""
    for k in (4, 3, 2, 1):
        if len(words) >= k:
            phrase = " ".join(words[-k:])
            if phrase in APPROX:
                return APPROX[phrase], k
    return "=", 0


def _change_of(words: list[str], ratio: bool = False) -> str | None:
    """'up', 'down' or None: "rose by", "fell a further", "cut rates by", "an increase of"."""
    i = len(words)
    skipped_by = False
    steps = 0
    while i > 0 and steps < 4:
        word = words[i - 1]
        if word in ("a", "an") and (i == len(words) or words[i] not in _ARTICLE_FILLERS):
            break  # "added a 30 degree homer" is not a change; "rose a further 2%" is
        if word not in _CHANGE_FILLERS and word not in ("a", "an"):
            break
        skipped_by = skipped_by or word == "by"
        i -= 1
        steps += 1
    if i >= 4 and words[i - 4 : i] == ["to", "the", "tune", "of"]:
        i -= 4
    if i > 0:
        if i >= 2 and " ".join(words[i - 2 : i]) in _CHANGE_PHRASES:
            return _CHANGE_PHRASES[" ".join(words[i - 2 : i])]
        if (
            words[i - 1] in CHANGE_WORDS
            and not (
                words[i - 1] in ("up", "down")
                and i >= 2
                and words[i - 2] in _PHRASAL_VERBS
                # "closed down 1%", "ended down 1%" are falls; "ended up" is a phrasal verb
                and not (words[i - 1] == "down" and words[i - 2] in _CLOSING_VERBS)
            )
            and (ratio or words[i - 1] not in _RATIO_ONLY_VERBS)
        ):
            return CHANGE_WORDS[words[i - 1]]
    if skipped_by:  # "cut rates by 25 basis points", "cut the arts council's grant by £2m"
        for j in range(i - 1, max(-1, i - 6), -1):
            if words[j] in CHANGE_WORDS or words[j] in _RAISE_WORDS:
                return CHANGE_WORDS.get(words[j], "up")
    if i >= 2 and words[i - 1] == "of" and words[i - 2] in _CHANGE_NOUNS:
        return _CHANGE_NOUNS[words[i - 2]]
    return None


def approx_before(text: str, left: int) -> str:
    """Only the approx of ``left_context``, without reading the change."""
    return _approx_of(words_before(text, left))[0]


def left_context(text: str, left: int, ratio: bool = False) -> tuple[str, str | None]:
    """(approx, change) from the words before a figure. ``ratio``: the figure has a unit,
    so "lost 2%" is a fall; a bare count is not: "lost 53,000 soldiers" is a toll, not a change."""
    words = words_before(text, left)
    approx, used = _approx_of(words)
    if used:
        if words[-used:] in (["below"], ["above"]):
            return approx, None  # "set to slip below 13%": a level crossed, not a fall
        words = words[:-used]
    return approx, _change_of(words, ratio)


def level_direction(text: str, left: int) -> str | None:
    """'rose 6.3 percent to 87.40 yuan', 'fell to 49.5Hz': the direction of a level reached."""
    words = words_before(text, left)
    if not words or words[-1] not in ("to", "at"):
        return None
    # "will carry up to 150 passengers": "up to" is a bound, not a rise
    last = len(words) - (3 if words[-2:] == ["up", "to"] else 2)
    for j in range(last, max(-1, len(words) - 7), -1):
        if words[j] in CHANGE_WORDS:
            return CHANGE_WORDS[words[j]]
    return None
