"""When a list of parts is the whole of its total: the wording that says so (NUM007).

Used by ``extract/totals.py`` (which reads the lists) and ``extract/line_lists.py``.

A list counts as complete (so its parts must add up to the total) only when the wording says so:
a colon or a comma right after the total, "made up of", "consisting of", "comprises",
"breaks down into", "breakdown", "split among", "in all", "covered every", the same number of
groups as parts ("three programmes" and three figures), or "the N nouns are ...". "Including",
"among them", "such as" never make a list complete. A list of figures whose parts add up to
*more* than the total is read as well: no complete list is needed to see that.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from newslint.extract.change_words import stem as singular
from newslint.report.model import Quantity

if TYPE_CHECKING:
    from newslint.analysis import Analysis


_PARTIAL = re.compile(
    r"\b(?:includ\w*|(?<!split )(?<!divided )(?<!spread )among(?:st)?|such as|like|for example|e\.g\.|notably|other|others|"
    # ("Some 1,204 backed the offer": "some" before a figure is "about")
    r"besides|in addition|as well as|plus|also|several|some(?!\s+\d)|many|more|further|another)\b",
    re.I,
)


# what says the things after it are examples of a whole, however far into the sentence
_EXAMPLES = re.compile(
    r"\b(?:includ(?:e|es|ed|ing)|such as|for example|for instance|e\.g\.|notably|among (?:them|whom|"
    r"those|others))\b",
    re.I,
)


def partial(text: str) -> bool:
    """Does ``text`` say a list is partial ("including", "among them")? A capitalised word
    inside a name is not that word ("the Freedom Front Plus")."""
    for m in _PARTIAL.finditer(text):
        word = m.group(0)
        if (
            word[:1].islower()
            or not text[: m.start()].strip()
            or text[: m.start()].rstrip()[-1:] in ".:;"
        ):
            return True
    return False


COMPLETE = re.compile(
    r"(?P<cue>\bmade up (?:of|as follows)|\bconsist(?:s|ed|ing)? of|\bcompris(?:e|es|ed|ing)\b|\bbreaks? down\b|"
    r"\bbroken down\b|\bbreakdown\b|\bsplit (?:among|between|into|across)|\bdivided (?:among|"
    r"between|into)|\bspread (?:across|among|over)|\bcovered every|\baccounted for (?:all|every)|"
    # "Of the total, Sh3.9bn ...", "the money came from ticket sales of ...", "in full:"
    # ("three of which", "the money came from": a part, or not a whole, so neither is a cue)
    r"\b[Oo]f (?:the|this|that) (?:total|sum|amount|figure)\b|\bin full\b|"
    # "Of those, 812 were adults, ...", "Of that, £41.2m goes to schools", "420 graduates, of
    # whom 250 were women"
    r"\b[Oo]f (?:those|these|that|this|them|it),|,\s+of (?:whom|which)\b)",
    re.I,
)


# "the money came from ticket sales of $21,400, ...": a cue only right before the list (after
# it, "Much of the funding came from Sir Paul" names a source, not the parts)
SOURCES = re.compile(r"(?P<cue>\b(?:came|comes|come) from\b)", re.I)


_AFTER_TOTAL = re.compile(r"^(?:[\s-]*[a-z][\w'’-]*){0,7}?\s*(?P<mark>:)\s*", re.I)


# nouns that name the groups a total is split into: "three programmes", "four categories"
_GROUP_NOUNS = re.compile(
    r"^(?:part(?:y|ies)|categor(?:y|ies)|programs?|programmes?|areas?|segments?|divisions?|"
    r"units?|regions?|wards?|districts?|groups?|sections?|parts?|types?|sources?|departments?|"
    r"streams?|components?|elements?|constituenc(?:y|ies)|count(?:y|ies)|days?|classes|"
    r"sites?|locations?|branches|businesses|arms?|lines?|heads?|items?|local electoral areas?|"
    r"double-headers?|matches|games|rounds?|stages?|phases?|quarters?|halves)\b",
    re.I,
)


def is_group_noun(noun: str) -> bool:
    """Does the noun name groups a total is split into ("district", "regions")?"""
    return bool(_GROUP_NOUNS.fullmatch(noun.lower()))


_DEFINITE_SUBJECT = re.compile(r"(?:it|this|that|they|these|those|its|their|the)", re.I)


# "23 people over the weekend, 15 men and nine women", "14 schools - eight primaries and five
# secondaries -", "20 medals (seven gold, six silver, eight bronze)": the parts in apposition to
# the total
APPOSED_LIST = re.compile(r"^(?:\s+[a-z][\w'-]*){0,4}\s*(?:,|\s[-–—]|\s\()\s*$")


# "The Greens won nine seats. They took four in the north, ...": the next sentence's subject is
# the total
_PRONOUN_LIST = re.compile(r"\s*(?:They|These|Those|It|Its|Their)\s+(?:[a-z]+\s+){0,2}$")


# "Of the 48 councillors elected, 22 ...", "..., of the 12,418 votes cast": the whole
OF_THE = re.compile(
    r"\b(?:of|out of)\s+(?:the|its|their|those|these|all(?: the)?|a total of)\s+$", re.I
)


_OF_IT = re.compile(r"of (?:those|these|that|this|them|it),|,\s+of (?:whom|which)\b", re.I)


# the last part named as what is left of the whole: "and concessions the remaining 900", "the
# other 12", "the rest": a closed class of remainder words
_REMAINDER = re.compile(
    r"\b(?:the|its|their)\s+(?:remaining|other|rest|remainder|balance)\b[^;.]{0,25}$",
    re.I,
)


# the sides of a vote or a poll: a tally of them all is complete
_TALLY = re.compile(
    r"^\s+(?:(?:were|was|voted|votes?|said)\s+)?(?:(?P<yes>in favour|for|backed|supported|approved|"
    r"yes)|(?P<no>against|opposed|rejected|no)|(?P<other>undecided|abstained|abstentions?|"
    r"spoil(?:ed|t)|informal|unsure|neutral|did not vote|don['’]t know))\b",
    re.I,
)


# the results of games played: "played 38, winning 20, drawing 10 and losing 8"
_RESULT_BEFORE = re.compile(
    r"\b(?:(?P<win>won|winning|wins)|(?P<draw>drew|drawing|draws|drawn|tied|tying)|"
    r"(?P<loss>lost|losing|losses))\s+$",
    re.I,
)


def every_result(text: str, run: list[Quantity]) -> bool:
    """Three parts, the games won, drawn and lost."""
    results = {
        m.lastgroup for p in run if (m := _RESULT_BEFORE.search(text, p.start - 12, p.start))
    }
    return len(run) == 3 and results == {"win", "draw", "loss"}


def summable(q: Quantity) -> bool:
    return (
        (q.kind in ("count", "money", "measure") or _plain_count(q))
        and q.value is not None
        and q.low is None
        and q.change is None
        and q.approx not in (">", ">=", "<", "<=")
        and (q.dimension not in ("age", "time", "duration", "speed", "temperature") or is_spell(q))
        and q.per is None
    )


def is_spell(q: Quantity) -> bool:
    """ "jailed for 12 years": a spell in whole years or months, summed only under a total said
    to be one ("a combined 38 years", ``_SUMMED_SPELL``)."""
    return q.kind == "measure" and q.dimension == "time" and q.unit in ("year", "month")


def _plain_count(q: Quantity) -> bool:
    """ "a fleet of 36 buses": read as a comparison with a bus's length by the quantity table,
    but with no comparing words it is a count."""
    return q.kind == "comparison" and bool(re.fullmatch(r"[\d,]+\s+[a-z]+", q.text))


def figure_kind(q: Quantity) -> str:
    return "count" if _plain_count(q) else q.kind


def same_measure(a: Quantity, b: Quantity) -> bool:
    if figure_kind(a) != figure_kind(b):
        return False
    if figure_kind(a) == "count":
        return True
    if a.kind != b.kind:
        return False
    if a.kind == "money":
        return a.currency == b.currency
    if a.kind == "measure":
        return a.unit == b.unit
    return True


_WON_BEFORE = re.compile(
    r"(?:\b(?:won|wins|took|takes|holds|held|gained|bagged|secured|kept)|[A-Z][\w()]*\s+with)\s+$"
)


def is_group_count(text: str, q: Quantity) -> bool:
    """ "three programmes", "four-party", "over the three days": a number of groups, which is
    neither a total nor a part; not what a side won ("The JD(S) won six wards")."""
    if q.value is None or not 2 <= q.value <= 12 or q.kind not in ("count", "measure"):
        return False
    if _WON_BEFORE.search(text, max(0, q.start - 20), q.start):
        return False
    after = text[q.end : q.end + 40].lstrip(" -")
    if q.kind == "measure":
        after = q.text.split()[-1] if " " in q.text else ""
    if _TIME_OFFSET.match(text, q.end):
        return False  # "two days after his death": how long, not days a total is split over
    return bool(_GROUP_NOUNS.match(after.lower()) or _GROUP_NOUNS.match((q.counted or "").lower()))


_TIME_OFFSET = re.compile(r"\s+[a-z]+\s+(?:after|before|later|earlier|ago|into)\b")


# the endings of a plural count of things or people ("women" ends in "men")
PLURAL_ENDINGS = ("s", "men", "people", "children")


def item_count(analysis: Analysis, total: Quantity) -> int | None:
    """ "retained four players for a combined Rs 57 crore": a sum of money (or of a measure)
    said with how many items it is for; the list must name as many."""
    if figure_kind(total) == "count":
        return None
    sentence = analysis.sentence_at(total.start)
    if sentence is None:
        return None
    start = max(sentence.start, analysis.text.rfind(";", sentence.start, total.start) + 1)
    counts = [
        q
        for q in analysis.quantities
        if start <= q.start < total.start
        and q.kind == "count"
        and q.value is not None
        and 2 <= q.value <= 30
        and (q.counted or "").endswith(PLURAL_ENDINGS)
        and q.approx == "="
    ]
    if len(counts) == 1:
        return None if _with_others(analysis.text, counts[0]) else int(counts[0].value or 0)
    if counts:
        return None
    from newslint.extract.sum_subjects import coordinated_subjects

    # ("A builder, a scaffolder and a hire firm were fined a total of £52,000": named, not counted)
    return coordinated_subjects(analysis, total)


# "a father and his two sons", "two men and a woman": others named beside the counted group
_OTHERS_BEFORE = re.compile(r"\b(?:and|plus|with)\s+(?:(?:his|her|their|its|the)\s+)?$", re.I)
_OTHERS_AFTER = re.compile(r"\s*,?\s+(?:and|plus|with)\s+(?:a|an|the|his|her|their|one|[A-Z])\b")


def _with_others(text: str, count: Quantity) -> bool:
    """The counted group is one of several named together ("A father and his two sons were
    jailed for a combined 21 years"): the sum is of more items than the count says."""
    if _OTHERS_BEFORE.search(text, max(0, count.start - 16), count.start):
        return True
    noun = re.match(r"\s+[\w'-]+", text[count.end :]) if count.counted else None
    return bool(_OTHERS_AFTER.match(text, count.end + (noun.end() if noun else 0)))


def list_completeness(analysis: Analysis, total: Quantity, run: list[Quantity]) -> str:
    """Why the list counts as complete, or "" when the wording does not say so."""
    text = analysis.text
    between = text[total.end : run[0].start]
    listed = text[run[0].start : run[-1].end]
    # (the lead-in read up to the first part's figure: "Some 1,204 backed ..." is "about"; in
    # the list's own sentence: "missing several of its sprinters. The haul was made up of")
    lead_in = max(total.end, run[0].start - 60, sentence_start(analysis, run[0].start))
    # ("the other categories were ...", "the other 12": the rest of the whole, not "other" ones)
    listed = _THE_REST.sub("the", listed)
    if partial(text[lead_in : run[0].end]) or partial(listed):
        return ""
    if analysis.sentence_at(total.start) is analysis.sentence_at(run[0].start) and _EXAMPLES.search(
        between
    ):
        return ""  # "46 witnesses, including his daughter, who ..., and three doormen"
    if more_after(analysis, run):
        return ""  # "..., and the raffle, which brought in $9,250": the list was not read whole
    if _REMAINDER.search(text[max(run[-2].end, run[-1].start - 30) : run[-1].start]):
        return "the last part is the rest of the whole"
    if _result_told(analysis, total, run):
        return "the result told in full"
    if _rest_listed(analysis, run):
        return "the later parts are listed as the rest of the whole"
    groups = _group_count(analysis, total, run)
    if groups is not None and groups != len(run) and not _opens_with_cue(analysis, total, run):
        return ""  # "three matches" and two figures read: a part was missed
    items = item_count(analysis, total)
    if items == len(run):
        return f"{items} items named with the total, {len(run)} parts listed"
    here = analysis.sentence_at(total.start)
    if _colon_opens(text, total, run, here.end if here else total.end + 40):
        return "colon"
    if APPOSED_LIST.match(between) and _ends_sentence(analysis, run):
        return "the parts follow the total after a comma, a dash or a bracket"
    if _PRONOUN_LIST.match(text[sentence_start(analysis, run[0].start) : run[0].start]):
        first = analysis.sentence_at(run[0].start)
        if first is not None and here is not None and first is not here:
            previous = analysis.sentences[analysis.sentence_index(first) - 1]
            if previous is here:
                return "the next sentence lists them ('They ...')"
    if _complementary(analysis, run) and _opens_next_sentence(analysis, total, run):
        return "the two halves of the whole open the next sentence"
    from newslint.extract.part_kinds import every_kind, kind_again, refers_back

    kinds = every_kind(analysis, total, run)
    if kinds and refers_back(analysis, total, run) and not kind_again(analysis, run, kinds):
        return f"every kind of the whole has its part: {kinds}"
    by_group = BY_GROUP.match(text, sentence_start(analysis, run[0].start))
    if by_group and _groups_word(by_group.group("noun")) and _closed_by_rest(analysis, total, run):
        # "By province, Saskatchewan ... 10.6 million tonnes, Alberta 6.5 million and Manitoba
        # 2.8 million, with BC, Ontario and Quebec adding a combined 0.2 million": the whole
        # broken down group by group, the last part the rest (a ranking of the largest few,
        # "Saskatchewan 10.6, Alberta 6.5 and Manitoba 1.4", leaves the others out)
        return f"a breakdown {by_group.group(0).strip(' ,').lower()}"
    if len(run) >= 3 or _complementary(analysis, run):
        whole = _whole_of_three_or_more(analysis, total, run)
        if whole:
            return whole
    for cue in itertools.chain(COMPLETE.finditer(between), SOURCES.finditer(between)):
        if not _near_either(analysis, total, run, total.end + cue.start()):
            continue  # a cue sentences away from both heads a list of its own
        if cue.group("cue").endswith("follows") and re.search(r"\d", between[cue.end() :]):
            continue  # "made up as follows: Labour 30, ...": the list right after it, not later
        if _OF_IT.match(cue.group("cue")) and not (
            _complementary(analysis, run) or (len(run) >= 3 and nearly_all(total, run))
        ):
            continue  # "Of those, 11 were treated at the scene and nine ...": some of them
        if cue_names_total(analysis, total, cue.start() + total.end):
            return cue.group("cue").lower().lstrip(", ")
    # "... according to the segment breakdown", "These three categories covered every
    # offence": a cue after the list, in its sentence or the next
    last = analysis.sentence_at(run[-1].start)
    following = analysis.sentence_after(last) if last is not None else None
    end = following.end if following else (last.end if last else run[-1].end)
    for late in COMPLETE.finditer(text, run[-1].end, end):
        if _HEADS_NEXT.match(late.group("cue")):
            continue  # "... one has charges pending. Of the total, 135 were men": a new list
        in_list_sentence = last is not None and late.start() < last.end
        if in_list_sentence or cue_names_total(analysis, total, late.start()):
            return late.group("cue").lower()
    if groups is not None:
        return f"{groups} groups named, {len(run)} parts listed"
    return ""


# "Thefts accounted for 188 of the crimes. The other categories were assaults, 96; ...": a
# sentence that opens by naming what it lists as the rest of the whole
_REST_OPENS = re.compile(
    r"\W*(?:the|its|their)\s+(?:remaining|other|rest|remainder|balance)\b(?:\s+[a-z][\w-]*){0,3}"
    r"\s+(?:were|are|was|is|went|came)\b[^\d;:.]{0,40}$",
    re.I,
)


# "The result was Labour 1,204, Conservative 980, ...", "the final standings were: ...": a
# result told in full, its list right after the words (not "the results were close, with ...")
_RESULT_LIST = re.compile(
    r"\b(?:[Rr]esults?|(?:[Ff]inal|[Ff]ull) (?:tally|count|standings?|order))\s+(?:was|were|is|"
    r"are|read|reads)(?:\s*:\s+[^.;:\d]{0,40}|\s+(?:the\s+)?[A-Z][\w'’.()-]*"
    r"(?:\s+[A-Z(][\w'’.()-]*){0,4}\s+)$"
)


# "Of the total, ...", "Of those, ...", ", of whom": a cue that heads the figures after it
_HEADS_NEXT = re.compile(r"[Oo]f (?:the|this|that|those|these|them|it)\b|,\s+of (?:whom|which)")


def _near_either(analysis: Analysis, total: Quantity, run: list[Quantity], at: int) -> bool:
    """Is the cue at ``at`` in the total's sentence, or in the list's sentence or the one
    before it? (A "came from" six paragraphs on from "289 rules" is about something else.)"""
    here = analysis.sentence_at(at)
    first = analysis.sentence_at(run[0].start)
    if here is None or first is None or here is analysis.sentence_at(total.start):
        return True
    return 0 <= analysis.sentence_index(first) - analysis.sentence_index(here) <= 1


def _result_told(analysis: Analysis, total: Quantity, run: list[Quantity]) -> bool:
    start = sentence_start(analysis, run[0].start)
    told = _RESULT_LIST.search(analysis.text, max(start, run[0].start - 80), run[0].start)
    return told is not None and cue_names_total(analysis, total, told.start())


_THE_REST = re.compile(r"\b(?:the|its|their)\s+(?:other|remaining|rest)\b", re.I)


def _rest_listed(analysis: Analysis, run: list[Quantity]) -> bool:
    """Do the parts after the first sentence's open the next sentence, about the rest of the
    whole, with no count of its own ("The other two new entries are ... at seven": two more
    of a chart, not the rest of it)?"""
    first = analysis.sentence_at(run[0].start)
    later = next((p for p in run if analysis.sentence_at(p.start) is not first), None)
    if (
        later is None
        or first is None
        or analysis.sentence_after(first) is not analysis.sentence_at(later.start)
    ):
        return False
    opening = _REST_OPENS.match(analysis.text, sentence_start(analysis, later.start), later.start)
    return opening is not None and not _NUMBER_WORD.search(opening.group(0))


_NUMBER_WORD = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|few)\b", re.I
)


# "all 51 seats had been filled, with the results as follows: Labour 22, ...": a colon later in
# the total's clause, with no figure between, opens its list
_COLON_LATER = re.compile(r"^[^\d;.]{0,80}?(?P<mark>:)\s*")


def _colon_opens(text: str, total: Quantity, run: list[Quantity], end: int) -> bool:
    """Does a colon after the total, in its sentence, open the list ("57 seats: Labour 24, ..."
    heads that list, not one in a later sentence past it)?"""
    colon = _AFTER_TOTAL.match(text[total.end : end]) or _COLON_LATER.match(text[total.end : end])
    if colon is None:
        return False
    opened = total.end + colon.end()
    if clause_items(text, opened) or _next_label(text, total, colon.start("mark")):
        return False
    return opened <= run[0].start and not re.search(r"\d", text[opened : run[0].start])


# "three principles: that each branch keeps one vote, that ...": the items are
# clauses (a proposition each), and the figures inside them count other things
_CLAUSE_ITEM = re.compile(r"\s*(?:that|whether|how|why|what|when|where|if|because)\b", re.I)


def clause_items(text: str, opened: int) -> bool:
    return bool(_CLAUSE_ITEM.match(text, opened))


def _next_label(text: str, total: Quantity, colon: int) -> bool:
    """ "Number of nuns: 229 Solemnly professed: ...": in a table of "Label: value" run
    together, the colon after a value ends the next label, not a list of the value's parts."""
    after = text[total.end : total.end + colon].strip()
    return (
        bool(re.search(r":\s*$", text[max(0, total.start - 3) : total.start]))
        and after[:1].isupper()
    )


def _opens_with_cue(analysis: Analysis, total: Quantity, run: list[Quantity]) -> bool:
    """Does the list's own sentence open it with a cue about the total ("24 medals across four
    days ... The haul was made up of nine gold, ...")? Then the groups said elsewhere are not
    what it splits the total into."""
    start = sentence_start(analysis, run[0].start)
    if start <= total.start:
        return False
    return any(
        cue_names_total(analysis, total, m.start())
        for m in COMPLETE.finditer(analysis.text, start, run[0].start)
    )


def _whole_of_three_or_more(analysis: Analysis, total: Quantity, run: list[Quantity]) -> str:
    """The sides of a vote ("2,904 backed the merger, 1,297 opposed it and 108 abstained"); or
    parts after "of the N" that come to nine tenths of the whole or more (a few left out would
    be named: "Of the 48 councillors elected, 22 are Labour, 15 ..."), three of them or two
    halves of it ("Of them, 652 were boys and 586 were girls"). "Of the 120 questioned, 40 were from Leeds, 30
    from York and 20 from Hull" leaves a quarter to elsewhere: some of them."""
    text = analysis.text
    here, first = analysis.sentence_at(total.start), analysis.sentence_at(run[0].start)
    if here is None or first is None:
        return ""
    sides = {m.lastgroup for p in run if (m := _TALLY.match(text[p.end : p.end + 30]))}
    if {"yes", "no"} <= sides and len(sides) == 3:
        return "a tally of every side of the vote"
    if every_result(text, run):
        return "a record of every result: won, drawn and lost"
    if not nearly_all(total, run):
        return ""
    if OF_THE.search(text[max(here.start, total.start - 40) : total.start]):
        return "'of the' whole, then its parts"
    from newslint.extract.part_kinds import taken_from, whole_words

    referent = taken_from(analysis, run[0])
    if len(run) >= 3 and referent and referent in whole_words(analysis, total):
        return f"'{run[0].text} of the {referent}', then the rest of its parts"
    return ""


def _opens_next_sentence(analysis: Analysis, total: Quantity, run: list[Quantity]) -> bool:
    """ "Police arrested 23 people. Fifteen were men and nine were women.": the parts open the
    sentence after the total's, with no other figure before them and none after."""
    here, first = analysis.sentence_at(total.start), analysis.sentence_at(run[0].start)
    if here is None or first is None or analysis.sentence_after(here) is not first:
        return False
    lead = analysis.text[first.start : run[0].start]
    # (each part said to be a kind of the whole: "Fifteen were men", not "250 men attended")
    kinds = all(re.match(r"\s+(?:were|are)\s", analysis.text[q.end : q.end + 6]) for q in run)
    return (
        kinds
        and not re.search(r"\d", lead)
        and len(lead.split()) <= 3
        and analysis.sentence_at(run[-1].start) is first
        and not more_after(analysis, run)
    )


def nearly_all(total: Quantity, run: list[Quantity], share: float = 0.9) -> bool:
    """Do the parts come to nine tenths of the total or more (or another share of it)?"""
    return sum(q.value or 0 for q in run) >= share * (total.value or 0)


# a sentence that opens by naming the groups it breaks a whole into: "By province, ...",
# "Broken down by region, ..."
BY_GROUP = re.compile(r"\s*(?:By|Broken down by|Split by)\s+(?:[a-z]+\s+)?(?P<noun>[a-z]+)\s*,")
_MORE_GROUPS = frozenset(
    {"province", "state", "country", "nation", "territory", "sector", "hospital", "industry"}
)


def _groups_word(noun: str) -> bool:
    return is_group_noun(noun) or noun.lower() in _MORE_GROUPS


# two kinds that between them are all of a whole: "652 were boys and 586 were girls"
_COMPLEMENTS = [
    frozenset(pair)
    for pair in (
        ("boy", "girl"),
        ("man", "woman"),
        ("men", "women"),
        ("male", "female"),
        ("adult", "child"),
        ("adults", "children"),
        ("home", "away"),
        ("for", "against"),
        ("yes", "no"),
        ("urban", "rural"),
        ("public", "private"),
        ("full-time", "part-time"),
        ("domestic", "international"),
        ("domestic", "foreign"),
        ("passed", "failed"),
        ("won", "lost"),
    )
]


_LABEL = re.compile(r"\s+(?:(?:were|are|was|is)\s+)?([a-z][\w-]*)")


def _complementary(analysis: Analysis, run: list[Quantity]) -> bool:
    """Two parts whose kinds are the two halves of one whole ("652 boys and 586 girls")."""
    if len(run) != 2:
        return False
    labels = set()
    for q in run:
        m = _LABEL.match(analysis.text, q.end)
        # ("160 were men": the word it is said to be, before any noun it was read as counting)
        said = m is not None and m.group(0).split()[0].lower() in ("were", "are", "was", "is")
        word = m.group(1).lower() if m and (said or not q.counted) else stem(q.counted or "")
        labels.add(word.rstrip("s") if word not in ("men", "women", "children") else word)
    return any(
        labels == {w.rstrip("s") if w not in ("men", "women", "children") else w for w in pair}
        for pair in _COMPLEMENTS
    )


def _closed_by_rest(analysis: Analysis, total: Quantity, run: list[Quantity]) -> bool:
    """Does the breakdown's last part take in the rest ("with BC, Ontario and Quebec adding a
    combined 0.2 million", "the rest 1.1 million"), or do the parts come to more than the
    whole (no list of some of it can)?"""
    if sum(q.value or 0 for q in run) > (total.value or 0):
        return True
    text = analysis.text
    lead = text[max(run[-2].end, run[-1].start - 40) : run[-1].start]
    return bool(
        re.search(r"\b(?:combined|together|between them|the rest|remaining|others?)\b", lead)
    )


_SPLIT_AMONG = re.compile(r"\b(?:among|amongst|between|across|into)\s+(?:the\s+)?$", re.I)


def more_after(analysis: Analysis, run: list[Quantity]) -> bool:
    """Is there another figure of the list's measure after its last part, in its sentence (a
    part the run did not take in)?"""
    sentence = analysis.sentence_at(run[-1].start)
    if sentence is None:
        return False
    return any(
        run[-1].end <= q.start < sentence.end
        and summable(q)
        and same_measure(q, run[-1])
        # ("the remaining 521 were shared among three smaller parties": what a part is split
        # among is no further part)
        and not _SPLIT_AMONG.search(analysis.text, max(0, q.start - 12), q.start)
        for q in analysis.quantities
    )


def sentence_start(analysis: Analysis, offset: int) -> int:
    sentence = analysis.sentence_at(offset)
    return sentence.start if sentence else offset


def _ends_sentence(analysis: Analysis, run: list[Quantity]) -> bool:
    """Nothing but the last part's words (and a closing dash) follows the list in its
    sentence: "23 people, 15 men and nine women."."""
    sentence = analysis.sentence_at(run[-1].start)
    if sentence is None:
        return False
    tail = analysis.text[run[-1].end : sentence.end]
    return bool(re.fullmatch(r"(?:\s+[a-z][\w-]*){0,3}\s*(?:[-–—)][^.]*)?[.!]?\s*", tail))


def cue_names_total(analysis: Analysis, total: Quantity, at: int) -> bool:
    """ "The tally was made up of", "Its councillors were spread across", "the spending plan
    breaks down into": a cue in a later sentence than the total must be about it (a pronoun or
    a definite description), not about something new ("Southampton's offer comprised ...")."""
    here = analysis.sentence_at(at)
    if here is None or here.start <= total.start:
        return True
    if re.match(
        r"of (?:(?:the|this|that) (?:total|sum|amount|figure)\b|(?:those|these|that|this|them|it),)",
        analysis.text[at : at + 20],
        re.I,
    ):
        return True  # "Of the total, ...": the cue points back itself
    clause = re.split(r"[,;:]\s", analysis.text[here.start : at])[-1]
    subject = clause.split()[-6:]  # "... told the meeting these three categories covered every"
    return any(_DEFINITE_SUBJECT.fullmatch(word) for word in subject)


def _group_count(analysis: Analysis, total: Quantity, run: list[Quantity]) -> int | None:
    """ "over the three days", "three local electoral areas", "four categories", "split among
    three programmes": how many groups the total is split into, said in the total's sentence,
    the list's sentence or the sentence before either."""
    text = analysis.text
    spans = []
    for offset in (total.start, run[0].start):
        sentence = analysis.sentence_at(offset)
        if sentence is not None:
            spans.append((sentence.start, sentence.end))
            index = analysis.sentence_index(sentence)
            if index > 0:
                # "A four-party coalition has taken control ... It controls 40 seats"
                before = analysis.sentences[index - 1]
                spans.append((before.start, before.end))
    if not spans:
        return None
    nearby = analysis.quantities_in(min(a for a, _ in spans), max(b for _, b in spans))
    # ("two days of rain ... 11 of the dead were in Sindhupalchok, eight in Dolakha": parts
    # split by place are not split by the days a count of days names)
    placed = all(_PLACED.match(text, p.end) for p in run)
    for q in nearby:
        if q is total or any(q is p for p in run) or not any(a <= q.start < b for a, b in spans):
            continue
        noun = q.text.split()[-1] if " " in q.text else text[q.end : q.end + 20].lstrip(" -")
        if placed and _TIME_GROUPS.match(noun.lower()):
            continue
        if is_group_count(text, q):
            return int(q.value or 0)
    from newslint.extract.timex import number

    for a, b in spans:
        # "a four-party coalition": the quantity table leaves a hyphenated number word alone
        for m in _HYPHENATED_GROUPS.finditer(text, a, b):
            if _GROUP_NOUNS.match(m.group("noun").lower()):
                return int(number(m.group("n")) or 0) or None
    return None


# a part held by a place: "eight in Dolakha", "11 of the dead were in Sindhupalchok"
_PLACED = re.compile(r"(?:\s+[a-z][\w-]*){0,5}\s+(?:in|at)\s+[A-Z]")
# groups of time or play, which a list split by place is not split by
_TIME_GROUPS = re.compile(r"(?:days?|nights?|weeks?|rounds?|stages?|phases?|quarters?|halves)\b")


_HYPHENATED_GROUPS = re.compile(
    r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-(?P<noun>[a-z]+)\b",
    re.I,
)


def stem(noun: str) -> str:
    """The singular of a counted noun's last word ("new homes" -> "home")."""
    words = noun.split()
    return singular(words[-1]) if words else ""
