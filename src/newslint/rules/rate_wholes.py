"""NUM005's shares that name their total in their own phrase, before or around its period:
"More than 80% of the 5,000 signatures collected since 2019 came in the last 48 hours", "Of
the 12,000 homes built since 2010, more than half went up in the past month". The total is the
figure right after "of the"; the window is the first one after the total's period (or the
share) in the sentence, with nothing between that starts another statement
(``rate_window_window_after``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from newslint.extract.timex import TimeExpression
from newslint.rules.rate_window_shares import (
    SHARE,
    WindowShare,
    share_low,
    share_phrases,
    window_after,
)

if TYPE_CHECKING:
    from newslint.analysis import Analysis
    from newslint.rules.rate_totals import Total

# "of the 5,000 signatures", "of its 1.2 million visitors": the total's figure follows
_OF_THE = re.compile(r"\s+of\s+(?:the|its|their)\s+", re.I)
# "Of the 12,000 homes ...": the sentence opens on the total
_OPENS_OF_THE = re.compile(r"^\W*of\s+(?:the|its|their)\s+$", re.I)
# between the total's period and a share after it: a few words, then the comma
_TO_SHARE = re.compile(r"(?:\s+[A-Za-z'’-]+){0,5}\s*,\s*")


def shares_naming_totals(
    analysis: Analysis,
    windows: list[TimeExpression],
    totals: Sequence[Total],
    starts: list[int],
) -> Iterator[tuple[WindowShare, Total, str]]:
    """Each share that names its total in its own phrase, with that total and how."""
    text = analysis.text
    by_start = {t.quantity.start: t for t in totals}
    for m in share_phrases(analysis):
        if not m.group("of"):
            continue
        of_the = _OF_THE.match(text, m.end("share"))
        total = by_start.get(of_the.end()) if of_the else None
        if total is None:
            continue
        after = max(total.quantity.end, total.period.end)
        share = _share(analysis, m, total, after, windows, starts)
        if share is not None:
            yield share, total, f"'{share.phrase}': the share names its total"
    for total in totals:
        q, period = total.quantity, total.period
        sentence = analysis.sentences[total.sentence]
        if period.start < q.end or not _OPENS_OF_THE.match(text, sentence.start, q.start):
            continue
        comma = _TO_SHARE.match(text, period.end)
        told = SHARE.match(text, comma.end()) if comma else None
        if told is None or told.group("of") or not _bare(analysis, total, told.end("share")):
            continue
        share = _share(analysis, told, total, told.end("share"), windows, starts)
        if share is not None:
            yield share, total, f"'Of the {q.text} ..., {share.phrase}': the share's total"


def _share(
    analysis: Analysis,
    m: re.Match[str],
    total: Total,
    after: int,
    windows: list[TimeExpression],
    starts: list[int],
) -> WindowShare | None:
    text = analysis.text
    window = window_after(text, after, windows)
    sentence = analysis.sentences[total.sentence]
    if window is None or window.end > sentence.end:
        return None
    low = share_low(m) * (0.8 if m.group("about") else 1.0)
    end = m.end("share")
    return WindowShare(
        phrase=text[m.start() : end],
        low=low,
        start=m.start(),
        end=end,
        window=window,
        refers="total",
        noun=None,
        sentence=total.sentence,
    )


def _bare(analysis: Analysis, total: Total, end: int) -> bool:
    """'..., more than half went up': the share stands alone, its verb next (not "most
    families", a share of another thing)."""
    tokens, base = analysis.parsed_tokens(analysis.sentences[total.sentence])
    after = next((t for t in tokens if t.idx + base > end), None)
    return after is not None and after.pos_ in ("VERB", "AUX", "ADV", "ADP")
