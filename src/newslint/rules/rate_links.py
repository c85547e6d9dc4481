"""NUM005's links between a window share and a total that is not in its sentence or the one
before (``rate_totals.total_for`` tries those first):

- an anaphor paragraphs on ("More than 2,300 illegal firearms have been handed over since
  2019 ..." ... "The vast majority of them were handed in over the past ten days"): the last
  total before it, at most ``FAR_REACH`` paragraphs back, with no figure between that "them"
  or "it" could mean, and the share's own verb said of the total ("handed");
- a noun each counted thing has one of ("92,000 homes have now received a grant" ... "the
  majority of the grants were paid out in the past six weeks"): the one total whose sentence
  gives each of its things "a grant";
- "the total amount" (or "sum", "money") when the article has one total of money and others
  of things ("Rs 4,500 crore ... 18 lakh accounts ... Half of the total amount").

And the periods a total is counted over that the time expressions do not give: "since it
opened" with no date (a period of unknown length: only a stated average is a baseline), and a
launch said without "since" ("The petition, launched in 2021, has now gathered 48,000
signatures"), read only where the sentence counts up to now ("has gathered", "have been
handed out"), not a stock ("The firm, founded in 1990, employs 2,000 people").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING

from newslint.extract.dates import month_days
from newslint.extract.event_senses import same_event
from newslint.extract.noun_classes import noun_class
from newslint.extract.noun_kinds import covers
from newslint.extract.timex import MONTH_NUMBERS, TimeExpression
from newslint.measurements.owners import REPORTING_VERBS, SUBJECT_DEPS

if TYPE_CHECKING:
    from newslint.analysis import Analysis
    from newslint.report.model import Quantity, Span
    from newslint.rules.rate_totals import Total
    from newslint.rules.rate_window_shares import WindowShare

FAR_REACH = 3  # paragraphs from a total to an anaphor that points back to it

_WORD = re.compile(r"[a-z]{4,}")
# words that say nothing of what was done: auxiliaries, time and place words
_STOP = {"were", "was", "have", "has", "been", "being", "had", "will", "would", "could",
         "that", "this", "these", "those", "them", "their", "they", "with", "from", "over",
         "past", "last", "since", "into", "about", "said", "says", "than", "more", "most",
         "year", "years", "week", "weeks", "month", "months", "days", "hours", "alone",
         "only", "just", "also", "then", "there", "here", "came", "come", "went"}  # fmt: skip
_MONEY_WORDS = {"amount", "sum", "money", "value", "cash"}
# nouns of money given, taken or spent: "most of the donations", "nearly all the takings" are
# of a total of money, never of a count of things
MONEY_NOUNS = frozenset(
    {"money", "fund", "cash", "sum", "amount", "total", "payment", "spending", "cost",
     "donation", "contribution", "gift", "pledge", "takings", "taking", "proceeds", "proceed",
     "receipt", "revenue", "income", "earnings", "fundraising", "funding"}
)  # fmt: skip


def far_anaphor(
    analysis: Analysis,
    share: WindowShare,
    totals: Sequence[Total],
    nothing_between: Callable[[int, int], bool],
) -> tuple[Total, str] | None:
    """The total "them" or "it" points back to, paragraphs before (see the module's doc)."""
    before = [t for t in totals if t.quantity.end <= share.start]
    if not before:
        return None
    total = before[-1]
    starts = [p.start for p in analysis.paragraphs]
    apart = bisect.bisect_right(starts, share.start) - bisect.bisect_right(
        starts, total.quantity.start
    )
    if apart > FAR_REACH or not nothing_between(total.quantity.end, share.start):
        return None
    kind = total.quantity.kind
    if (share.noun in ("it", "that", "this")) != (kind in ("money", "measure")):
        return None  # "it" is an amount, "them" things counted
    verb = _shared_verb(analysis, share, total)
    if verb is not None:
        return (
            total,
            f"'{share.phrase}' points back to '{total.quantity.text}', the same verb ('{verb}...'), no figure between",
        )
    noun = _antecedent(analysis, share, total)
    if noun is None or noun != total.noun:
        return None
    return (
        total,
        f"'{share.phrase}' points back to '{total.quantity.text}': '{noun}' is the last plural "
        "noun before it, no figure between",
    )


def renamed(
    analysis: Analysis, share: WindowShare, totals: Sequence[Total]
) -> tuple[Total, str] | None:
    """'4,500 suspected cholera cases since February' ... 'nearly half of those infections';
    '4.1 terawatt-hours since 2012' ... 'Half of that output': a demonstrative and a noun the
    article has not said before name the thing counted anew. They point back to the
    article's only total before them, at most ``FAR_REACH`` paragraphs back, of the kind the
    demonstrative's number says ("those" things counted, "that" an amount) and of the same
    class in WordNet (people are not renamed as things: "those volunteers" of "calls")."""
    noun = share.named or ""
    before = [t for t in totals if t.quantity.end <= share.start]
    if len(before) != 1 or said_in(analysis.text, noun, _Before(share.start)):
        return None
    total = before[0]
    starts = [p.start for p in analysis.paragraphs]
    apart = bisect.bisect_right(starts, share.start) - bisect.bisect_right(
        starts, total.quantity.start
    )
    amount = total.quantity.kind in ("money", "measure")
    if apart > FAR_REACH or (share.noun in ("that", "this")) != amount:
        return None
    if noun_class(noun) != noun_class(total.noun or ""):
        return None  # "those volunteers" are people, "48,000 calls" are not
    return total, f"'{share.phrase}' names anew the article's only total before it"


class _Before:
    """The article's text before an offset, as a span ``said_in`` reads."""

    def __init__(self, end: int) -> None:
        self.start, self.end = 0, end


def _antecedent(analysis: Analysis, share: WindowShare, total: Total) -> str | None:
    """The plural noun "them" or "those" points back to: the last one said before the share,
    back to the total's sentence, leaving out speakers ("officials said most of them ...");
    its lemma. "640,000 trees ... The work is funded by a trust. The vast majority of them
    ...": trees."""
    if share.noun not in ("them", "those", "these"):
        return None
    for index in range(share.sentence, total.sentence - 1, -1):
        tokens, base = analysis.parsed_tokens(analysis.sentences[index])
        for t in reversed(list(tokens)):
            if t.idx + base >= share.start or t.tag_ not in ("NNS", "NNPS"):
                continue
            if t.dep_ in SUBJECT_DEPS and t.head.lemma_.lower() in REPORTING_VERBS:
                continue  # the speaker, not what is counted
            return t.lemma_.lower()
    return None


def said_in(text: str, word: str, span: Span | _Before) -> bool:
    """Whether a word of ``span`` begins as ``word`` does (its first five letters): "returns"
    in "have returned", "planting" in "planted"."""
    stem = word.lower()[:5]
    return any(w.startswith(stem) for w in _WORD.findall(text[span.start : span.end].lower()))


def _shared_verb(analysis: Analysis, share: WindowShare, total: Total) -> str | None:
    text = analysis.text
    sentence = analysis.sentences[total.sentence]
    said = text[share.end : share.window.end].lower()
    theirs = {w[:5] for w in _WORD.findall(text[sentence.start : sentence.end].lower())}
    for word in _WORD.findall(said):
        if word not in _STOP and word[:5] in theirs:
            return word[:5]
    return None


def one_each(
    analysis: Analysis, share: WindowShare, totals: Sequence[Total]
) -> tuple[Total, str] | None:
    """The one total whose sentence gives each counted thing 'a <noun>' of the share's noun."""
    if not share.noun:
        return None
    each = re.compile(rf"\b(?:a|an|one)\s+(?:[\w-]+\s+)?{re.escape(share.noun)}\b", re.I)
    text = analysis.text
    found = []
    for t in totals:
        sentence = analysis.sentences[t.sentence]
        if (
            t.quantity.kind == "count"
            and t.quantity.end <= share.start
            and each.search(text, t.quantity.end, sentence.end)
        ):
            found.append(t)
    if len(found) != 1:
        return None
    return found[0], f"each of '{found[0].quantity.text}' has one {share.noun}"


def named_total(
    analysis: Analysis, share: WindowShare, totals: Sequence[Total]
) -> tuple[Total, str] | None:
    """'Most of those animals' ... '3,200 donkeys'; 'half of those deliveries' ... 'has
    delivered 90,000 parcels': anywhere before the share, the totals whose counted noun the
    share's noun is, or a general word for, or whose sentence has a verb the noun names the
    event of (the same verb made a noun, a shared WordNet sense: ``names_total``). One value
    among them, or none is taken."""
    word = share.named or (share.noun if share.refers == "noun" else None)
    if not word or len(word) < 3:
        return None
    kin = [t for t in totals if t.quantity.start < share.start and names_total(analysis, word, t)]
    if not kin or len({t.quantity.value for t in kin}) != 1:
        return None
    total = kin[-1]
    return total, f"'{share.phrase}': '{word}' names what '{total.quantity.text}' counts"


def names_total(analysis: Analysis, word: str, total: Total) -> bool:
    """Does a share's noun name what a total counts: its noun, a general word for it, or the
    event of a verb of its sentence? Money is named only by a word of money or its event."""
    noun = total.noun
    if (
        noun
        and total.quantity.kind != "money"
        and (word == noun or covers(word, noun) or same_event(word, noun, kinds=False))
    ):
        return True
    if noun_class(word) == "person" and noun_class(noun or "") not in ("person", "group"):
        return False  # "the dealers" are no event of "sold 9,000 cars", "those hires" may be
    tokens, _ = analysis.parsed_tokens(analysis.sentences[total.sentence])
    return any(
        t.pos_ == "VERB" and t.lemma_.lower() not in REPORTING_VERBS
        and same_event(word, t.lemma_, kinds=False)
        for t in tokens
    )  # fmt: skip


def money_total(share: WindowShare, totals: Sequence[Total]) -> tuple[Total, str] | None:
    """'nearly all of the donations' ... the article's one total of money before it, counted
    up since a start ("raised £850,000 since it went live"; not "down from €2,100 last year",
    a price)."""
    if share.refers != "noun" or share.noun not in MONEY_NOUNS:
        return None
    kin = [t for t in totals if t.quantity.kind == "money" and t.quantity.end <= share.start]
    kin = kin if all(t.period.kind == "since" for t in kin) else []
    if len(kin) != 1:
        return None
    return kin[0], f"'{share.phrase}': money, the article's only total of money"


def total_of_kind(share: WindowShare, totals: Sequence[Total]) -> tuple[Total, str] | None:
    """'the total amount' is the one total of money; 'the total number' the one count."""
    if share.noun not in (*_MONEY_WORDS, "number"):
        return None
    money = share.noun in _MONEY_WORDS
    kin = [
        t for t in totals if (t.quantity.kind == "money") == money and t.quantity.end <= share.start
    ]
    if len(kin) != 1:
        return None
    return kin[0], f"'{share.phrase}': the article's only total of {'money' if money else 'things'}"


BEGUN = (
    r"(?:opened|reopened|launched|relaunched|began|begun|started|set up|founded|created|introduced|"
    r"established|formed|kicked off)"
)
# read on the lowered text, each pattern opening on a literal word (a case-blind pattern over
# a long article costs more than the rest of the rule)
# "since it opened", "since the scheme was launched": an event with no date of its own
_SINCE_UNDATED = re.compile(
    rf"since\s+(?:it|they|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:was\s+|were\s+)?{BEGUN}\b"
    r"(?!\s+(?:in|on)\s)"
)
# "launched in 2021", "Set up in March 2019", not after "since" (a time expression already)
_IN_YEAR = re.compile(r"\bin\s+(?:(?P<month>[a-z]+)\s+)?(?P<year>(?:19|20)\d\d)\b")
_BEGUN_BEFORE = re.compile(rf"(?<!since )(?<!since it )\b{BEGUN}\s+$")
# "first held in 1989", "first staged in 2004": any verb after "first" says when it began
_FIRST_BEFORE = re.compile(r"(?<!since )\bfirst\s+[a-z]+\s+$")
# "Klipvlei, commissioned in 1987, has produced ...": a participle set off after the subject
_APPOSITIVE_BEFORE = re.compile(r"(?<=,\s)(?:first\s+)?(?P<verb>[a-z]+)\s+$")
# a count up to now: "has now gathered", "have been handed out", "has raised"
UP_TO_NOW = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|so far\s+|already\s+|since\s+)?(?:been\s+)?[a-z]+(?:ed|en|t)\b"
)


def begun_periods(
    text: str,
    sentences: Sequence,
    published: date | None,
    participle: Callable[[int], bool] = lambda _: False,
) -> list[TimeExpression]:
    """The periods of totals counted from an opening or launch (see the module's doc), and
    from any participle the subject is described by ("The mine, commissioned in 1987, has
    produced ..."): ``participle(offset)`` says whether the word there is one, from the
    parse. A date of the subject's is when it began or later, so the period read is at most
    its real one: the rate implied is never overstated."""
    lowered = text.lower()
    found = [
        TimeExpression(m.start(), m.end(), text[m.start() : m.end()], "since", None)
        for m in _SINCE_UNDATED.finditer(lowered)
        if not m.start() or not lowered[m.start() - 1].isalnum()
    ]
    starts = [s.start for s in sentences]
    found += _since_then(text, lowered, sentences, starts, published)
    for m, index, begin in years_said(lowered, starts):
        sentence = sentences[index]
        verb = begun_before(lowered, m.start(), sentence.start, participle)
        if verb is None or not UP_TO_NOW.search(lowered, sentence.start, sentence.end):
            continue
        if published is not None and begin >= published:
            continue
        days = float((published - begin).days) if published else None
        found.append(
            TimeExpression(
                verb.start(), m.end(), text[verb.start() : m.end()], "since", days, begin, published
            )
        )
    return found


# "12,400 ports, up from fewer than 100 in 2011", "has grown from 30 in 2015 to 900": a level
# built up from a small base since a year
_GROWN_FROM = re.compile(
    r"\b(?:up|(?:has|have)\s+(?:grown|risen|climbed|increased|jumped)|growing|rising)\s+from\s+"
)
SMALL_BASE = 0.5  # the base is under half the level: most of it was built in the period


def grown_periods(analysis: Analysis, published: date | None) -> list[TimeExpression]:
    """The periods of levels said to have grown from a small base since a year: "now has 12,400
    public charging ports, up from fewer than 100 in 2011". The period runs from the year's
    start (never shorter than the real one); a base of half the level or more is a stock that
    grew a little, not a count built in the period."""
    if published is None:
        return []
    text, lowered = analysis.text, analysis.text.lower()
    quantities = analysis.quantities
    found = []
    for m in _GROWN_FROM.finditer(lowered):
        year = _IN_YEAR.match(lowered, _base_end(quantities, m.end()))
        sentence = analysis.sentence_at(m.start())
        if year is None or sentence is None:
            continue
        base = [q for q in quantities if m.end() <= q.start < year.start()]
        level = [q for q in quantities if sentence.start <= q.start and q.end <= m.start()]
        level += [q for q in quantities if year.end() <= q.start < sentence.end][:1]
        if len(base) != 1 or not level or base[0].value is None or level[-1].value is None:
            continue
        if base[0].value >= SMALL_BASE * level[-1].value:
            continue
        begin = date(int(year.group("year")), MONTH_NUMBERS.get(year.group("month") or "", 1), 1)
        if begin >= published:
            continue
        days = float((published - begin).days)
        found.append(
            TimeExpression(
                m.start(), year.end(), text[m.start() : year.end()], "since", days, begin, published
            )
        )
    return found


def _base_end(quantities: Sequence[Quantity], start: int) -> int:
    """Where the base figure after "up from" ends (and "in 2011" should begin)."""
    at = bisect.bisect_left(quantities, start, key=lambda q: q.start)
    if at < len(quantities) and quantities[at].start - start <= 25:
        return quantities[at].end + 1
    return start


# "Since then": from the one year the sentence before gives ("The charity was founded in 1992
# ... Since then it has planted 1.3 million trees"); "since" as an adverb between a perfect's
# auxiliary and its verb says the same ("The club has since raised £2m")
_SINCE_THEN = re.compile(r"\b(?:since\s+then|(?<=has\s)since|(?<=have\s)since|(?<=had\s)since)\b")


def _since_then(
    text: str, lowered: str, sentences: Sequence, starts: list[int], published: date | None
) -> list[TimeExpression]:
    found = []
    for m in _SINCE_THEN.finditer(lowered):
        index = bisect.bisect_right(starts, m.start()) - 1
        if index < 1 or published is None:
            continue
        before = sentences[index - 1]
        years = list(_IN_YEAR.finditer(lowered, before.start, m.start()))
        if len({y.group(0) for y in years}) != 1:
            continue  # no year, or two: "then" is not pinned to one
        year = years[0]
        if year.group("month") and year.group("month") not in MONTH_NUMBERS:
            continue
        month = MONTH_NUMBERS.get(year.group("month") or "", 12)
        begin = month_days(int(year.group("year")), month)[1]
        if begin >= published:
            continue
        days = float((published - begin).days)  # from the year's (month's) end: never longer
        found.append(
            TimeExpression(
                m.start(), m.end(), text[m.start() : m.end()], "since", days, begin, published
            )
        )
    return found


def years_said(lowered: str, starts: list[int]) -> Iterator[tuple[re.Match[str], int, date]]:
    """Each "in 2019", "in March 2019" of the lowered text, with its sentence's index and the
    first day it names."""
    for m in _IN_YEAR.finditer(lowered):
        if m.start() and lowered[m.start() - 1].isalnum():
            continue
        if m.group("month") and m.group("month") not in MONTH_NUMBERS:
            continue
        index = max(0, bisect.bisect_right(starts, m.start()) - 1)
        yield m, index, date(int(m.group("year")), MONTH_NUMBERS.get(m.group("month") or "", 1), 1)


def begun_before(
    lowered: str, at: int, sentence_start: int, participle: Callable[[int], bool]
) -> re.Match[str] | None:
    """The words before "in 2019" that say it is when something began: a verb of beginning
    ("launched in"), "first" and a verb ("first held in"), or a participle set off after the
    sentence's subject ("Klipvlei, commissioned in 1987, ...")."""
    start = max(sentence_start, at - 30)
    verb = _BEGUN_BEFORE.search(lowered, start, at) or _FIRST_BEFORE.search(lowered, start, at)
    if verb:
        return verb
    set_off = _APPOSITIVE_BEFORE.search(lowered, start, at)
    if set_off is None or "," in lowered[sentence_start : set_off.start() - 2]:
        return None  # the subject's own description comes before any other comma
    return set_off if participle(set_off.start("verb")) else None
