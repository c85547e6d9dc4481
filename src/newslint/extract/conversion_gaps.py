"""What joins a conversion to the figure it converts: "10 miles (16km)", "6ft or 1.83m",
"26 miles - about 42km - long", "€5,000, roughly £4,300".

One vocabulary for the two readers that ask: the figure reader (is the "m" after a length
metres, not millions?) and NUM001 (is the second figure a conversion of the first?). The
readings differ only in how loosely they take a dash or a comma, and each says why.
"""

from __future__ import annotations

import re

# the hedge a conversion may carry: "(about 16km)", ", roughly £4,300", "(c. 40ft)"
# (no word boundary of its own: each reading says what follows it)
HEDGE = r"(?:about|around|roughly|approximately|approx\.?|some|nearly|almost|c\.)"
# a bound a conversion may carry, taken only after a bracket or a joining word ("(more than
# 16km)"): after a bare comma it compares ("10 miles, more than 5km further")
BOUND = r"(?:just\s+over|just\s+under|more\s+than|less\s+than|over|under)"
# the words that say the figure after them is the same amount: "or", "which is", "i.e."
JOINING_WORDS = r"(?:(?:or|which\s+is|that\s+is|equivalent\s+to|the\s+equivalent\s+of)\b|i\.e\.)"
_DASH = r"[-\u2013\u2014]"

# NUM001, a conversion printed right after its figure: a bracket, a slash or a joining word,
# then at most a hedge or a bound ("30cm (12in)", "£1bn/$1.2bn", "10 miles, or about 16km")
CONVERSION_GAP = re.compile(
    rf"^\s*(?:[(\[/]|,?\s*{JOINING_WORDS})\s*(?:{HEDGE}|{BOUND})?\s*$", re.I
)
# NUM001, a conversion between dashes or after a comma, always with a hedge or "the equivalent
# of" ("26 miles - about 62km - long", "300 metres long, the equivalent of 984ft"): taken only
# when nothing after it compares the two (the caller's test)
LOOSE_CONVERSION_GAP = re.compile(
    r"^(?:\s+(?:long|high|tall|wide|deep|across|away|in\s+length|in\s+diameter))?\s*"
    rf"(?:[\u2013\u2014]|\s-|,)\s*(?:{HEDGE}|(?:the\s+)?equivalent\s+(?:of|to)\b)\s*$",
    re.I,
)
# the figure reader, the words before a length's conversion ("6ft 2in (1.88m)", "6ft - about
# 1.8m"): any dash, since a length's "m" after one is metres whatever joins them
CONVERSION_OPENER = (
    rf"(?:[(\[]|\s?{_DASH}|,?\s*{JOINING_WORDS}|,(?=\s*{HEDGE}(?![a-z])))\s*(?:{HEDGE}\s*)?"
)
