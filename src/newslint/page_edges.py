"""The page around the article: its time stamps, and the lines at its edges.

What ``clean.py`` reads at the top and the bottom of a pasted page, and in a live blog's
entries: a line that is only a time ("11:52", "2 hours ago", "Duration 1:58"), a byline, a
publication time, a reading time, a tag label, a menu, a note about the writer, the page
speaking of itself, a standfirst that lacks only its full stop, a team sheet. Whole-line
furniture that is furniture wherever it stands is ``furniture.py``'s.
"""

from __future__ import annotations

import re

from newslint.furniture import DATE_WORD, WORD, carries_statement, is_prose

_I = re.IGNORECASE

_AGO = re.compile(r"\b\d+\s*(?:mins?|minutes?|hrs?|hours?|days?)\s+ago\b", _I)
# a live blog's entry stamp with its writer: "Posted by Jo Reed at 11:52"
_POSTED_BY = re.compile(
    r"^(?i:posted|updated|published)\s+by\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+"
    r"(?i:at|on)\s+\d{1,2}[:.]\d{2}\s*(?i:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$"
)
# a player's length: "Duration 1:58", "Duration: 2 minutes 14 seconds", "2m 14s"
_DURATION = re.compile(
    r"^(?:duration|length|runtime)?\s*:?\s*(?:\d{1,2}:\d{2}(?::\d{2})?|"
    r"(?:\d+\s*(?:m|mins?|minutes?|h|hours?)\s*)?\d+\s*(?:s|secs?|seconds?))$",
    _I,
)


def is_time_stamp(line: str) -> bool:
    """A line that is only a time: a live blog's entry stamps ("11:52", "09:14 GMT",
    "Posted at 4.05pm", "2 hours ago"), a page's "Updated 11:52 AEDT". Nothing but date and
    clock words, with a clock or an age in it; a line with any other word is not one. And a
    video's length ("Duration 1:58")."""
    if _DURATION.match(line.strip()) or _POSTED_BY.match(line.strip()):
        return True
    tokens = [t for t in line.split() if any(ch.isalnum() for ch in t)]
    if not tokens or len(tokens) > 8 or not all(DATE_WORD.fullmatch(t) for t in tokens):
        return False
    if re.search(r"[£$€¥₹%]", line):  # a price or a share, not a clock: "£59.99"
        return False
    return _CLOCK.search(line) is not None or _AGO.search(line) is not None


def is_entry_stamp(line: str) -> bool:
    """A live blog's bare entry stamp ("11:52", "09:14 GMT", "11.25am"): when the entry was
    posted, part of the story's own record of events (two of the three writers of our blind
    pages who wrote live blogs counted it as the article's); an age ("2 hours ago"), a
    video's length or a "Posted by ... at" line is the page's."""
    s = line.strip()
    if not is_time_stamp(s) or _POSTED_BY.match(s) or _AGO.search(s):
        return False
    # a bare "11:52" reads as a clock; a video's length carries its label ("Duration 1:58")
    return _PAGE_TIME_WORD.search(s) is None


_PAGE_TIME_WORD = re.compile(
    r"\b(?:updated|published|posted|modified|read|duration|length|runtime)\b", _I
)


# -- the edges of the page: before the first sentence and after the last --------------------

# "Daniel Osei is a Toronto-based reporter covering transit.", "Rebecca Tan covers biotech for
# PharmaPulse.", "Tyler Brandt can be reached at ...": a note about the writer
_AUTHOR_NOTE = re.compile(
    r"^(?=.{0,300}$)[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s+(?:"
    r"(?:is|was)\s+(?:a|an|the|our)\b.{0,100}\b(?:reporter|writer|correspondent|editor|"
    r"journalist|columnist|contributor|producer|presenter|critic|photographer)\b"
    r"|covers\b|writes\s+(?:about|on|for)\b|reports\s+on\b|can\s+be\s+(?:reached|contacted)\b)",
)
# the page speaking of itself: "This article is closed for comments.", "If you buy something
# from a link in this article, we may earn a commission.", "Our Standards: ...", "(This story
# has not been edited by our staff ...)", "News24 is committed to providing you with ..."
_SELF_REFERENCE = re.compile(
    r"^(?=.{0,320}$)\(?(?:.*\b(?:this|the)\s+(?:article|story|page|content|site|website|"
    r"material)\s+(?:is|was|has|may|will|cannot|can(?:not)?|contains)\b"
    r"|our\s+(?:standards|policy|policies|journalism|editorial|code)\b"
    # the page's comment box: "Comments will be visible after moderation."
    r"|(?:comments|replies|your\s+comment)\s+(?:are|will|is|have|must|may|can)\b"
    r"|.*\bis\s+committed\s+to\s+(?:providing|bringing|keeping|giving)\s+you\b"
    # its comment box's rules: "Please keep comments relevant and respectful.", "... a lively but
    # civil forum for discussion"
    r"|.*\b(?:keep|make)\s+(?:your\s+)?comments\b|.*\bcomments\s+(?:must|should)\s+be\b"
    r"|.*\b(?:civil|respectful)\s+(?:forum|space|place)\s+for\s+(?:discussion|debate|conversation)\b"
    # its access and its updates: "This is a Premium article and requires a subscription",
    # "Live updates are no longer being posted on this page."
    r"|.*\bthis\s+is\s+an?\s+(?:[\w-]+\s+){0,2}(?:article|story|piece)\b[^.!?]{0,80}"
    r"\b(?:subscription|subscribers?|members?|premium)\b"
    r"|.*\b(?:on|to|from)\s+this\s+(?:page|blog|live\s+(?:blog|page|feed))\s*[.!]?\)?$"
    r"|.*\bis\s+not\s+responsible\s+for\s+the\s+content\s+of\b"
    # the writer's box and the opinion page's disclaimer: "About the author: ...", "The views
    # expressed are the writer's own ...", and the thanks: "Thank you for reading."
    r"|about\s+the\s+(?:author|writer|reporter|columnist)s?\b"
    r"|disclaimer\s*:"
    r"|.*\bviews\s+expressed\b.{0,80}\b(?:author|writer|columnist|contributor)s?['’]?"
    r"|(?:thanks|thank\s+you)\s+for\s+(?:reading|following|visiting|your\s+support)\b"
    # the outlet's regulator: "The Press is a member of the NZ Media Council.", "This site
    # adheres to the Editors' Code of Practice", "... subscribes to the Press Code"
    r"|.*\b(?:is\s+an?\s+member\s+of|(?:is|are)\s+regulated\s+by|adheres?\s+to|"
    r"subscribes?\s+to|abides?\s+by)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}(?:(?:media|press)\s+"
    r"(?:council|ombudsman|code|complaints)|editors['’]?\s+code|ipso|impress|ofcom)\b"
    # and asking about itself: "Was this page helpful?", "Is this article useful?"
    r"|(?:was|is|did|does|has)\s+(?:this|the)\s+(?:article|story|page|content|information)\b"
    r"[^.!?]{0,80}\?$)",
    _I,
)
_EMAIL_OR_HANDLE = re.compile(r"\S+@\S+\.\w+|(?<!\w)@\w{2,}")


_BYLINE = re.compile(r"^(?=.{0,120}$)(?:by|written\s+by|words\s+by)\s+(?-i:[A-Z])\S*", _I)
_NAME = re.compile(r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}$")


def byline_names(line: str) -> list[str]:
    """The writers a byline names: "By Jo Reed and Sam Hale, Transport Team" -> both."""
    s = line.strip()
    if not _BYLINE.match(s) or is_prose(s):
        return []
    names = re.split(r"\s+(?:and|&)\s+|,\s*", re.split(r"\s[|·•–—-]\s|\s*[|·•]", s)[0])
    names[0] = re.sub(r"^(?:by|written\s+by|words\s+by)\s+", "", names[0], flags=_I)
    return [n.strip() for n in names if _NAME.match(n.strip())]


_READ_TIME = re.compile(
    r"\b\d+\s*-?\s*min(?:ute)?s?\.?\s+read\b|\bestimated\s+\d+\s+min(?:ute)?s?\b|"
    r"\breading\s+time\b|^\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}$",
    _I,
)
_PUBLISHED = re.compile(r"\b(?:updated|published|posted|modified)\b", _I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b", _I)
_TOPIC_LABEL = re.compile(
    r"^(?:topics|tags|related\s+topics|explore\s+more\s+on\s+these\s+topics|filed\s+under|"
    r"categories|more\s+on\s+these\s+topics)\b\s*:?",
    _I,
)


def _timestamp(line: str) -> bool:
    """ "Updated 27 Mar 2024", "Thu 11 Jan 2024 11.47 GMT": when the page was published."""
    tokens = line.split()
    if len(tokens) > 16 or not any(ch.isdigit() for ch in line):
        return False
    dated = sum(1 for t in tokens if DATE_WORD.fullmatch(t)) >= 0.5 * len(tokens)
    if _PUBLISHED.search(line):
        return dated or len(tokens) <= 6
    return dated and _YEAR.search(line) is not None and _CLOCK.search(line) is not None


def is_page_marker(line: str, *, contacts: bool = True) -> bool:
    """A line only a web page has: a byline, a publication time, a reading time, a topic or
    tag label, a contact address, the page speaking of itself. One such line (or any
    furniture) tells that the text was pasted from a page, so the labels around the article's
    edges can go with it. (A note about the author is not enough on its own: a column may end
    with one.) With ``contacts=False`` an e-mail address or a handle does not count: the
    caller reads the line's voice to tell the page's contact line from the article's."""
    s = line.strip()
    if carries_statement(s):
        return False
    # "Haley Ryan · CBC News · Posted: Nov 27, 2024 4:00 AM AST | Last Updated: November 27"
    parts = [p.strip() for p in _PART_SEPARATORS.split(s)] if not is_prose(s) else []
    if any(
        _BYLINE.match(p) or _READ_TIME.search(p) or _timestamp(p) or _TOPIC_LABEL.match(p)
        for p in parts
        if p
    ):
        return True
    return bool(
        _SELF_REFERENCE.match(s)
        or (contacts and _EMAIL_OR_HANDLE.search(s) and len(s.split()) <= 30)
    )


_PART_SEPARATORS = re.compile(r"\s[·•|]\s|\|")
# a menu of the site's pages: "Corrections and clarifications|Submit a news tip|Report error"
_MENU_ITEM = re.compile(r"^[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,5}$")


def is_menu(line: str) -> bool:
    """Two or more short capitalised labels separated by bars or dots, no sentence among them."""
    parts = [p.strip() for p in _PART_SEPARATORS.split(line.strip())]
    return len(parts) >= 2 and all(
        _MENU_ITEM.match(p) and p[-1] not in ".!?" and not any(ch.isdigit() for ch in p)
        for p in parts
    )


def is_page_note(line: str, *, contacts: bool = True) -> bool:
    """A sentence that is the page's, not the article's: a page marker or a note about the
    author ("Daniel Osei is a Toronto-based reporter covering transit.")."""
    s = line.strip()
    return is_page_marker(s, contacts=contacts) or (
        _AUTHOR_NOTE.match(s) is not None and not carries_statement(s)
    )


def is_standfirst(line: str) -> bool:
    """A sentence that lacks only its full stop: seven words or more, most of them in lower
    case after the first, no bars or dates: "Traders fear the move will drive shoppers away
    from the high street". A label, a byline, a dateline or a menu is in capitals or dates."""
    s = line.strip()
    if is_prose(s) or _PART_SEPARATORS.search(s) or _timestamp(s) or _BYLINE.match(s):
        return False
    words = WORD.findall(s)
    lower = sum(1 for w in words[1:] if w[0].islower())
    return len(words) >= 7 and lower >= 0.6 * (len(words) - 1)


# a team sheet: a side's name and a colon, then its players grouped by line of play with
# semicolons ("Rovers: Ward; Evans, Hughes, Clarke; Doyle, Price; Grant."); a tag list or a
# menu has no semicolons
_TEAM_LABEL = re.compile(
    r"^[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,3}(?:\s*\([^()]{1,12}\))?\s*:\s*(?P<names>.+)$"
)
_PARTICLE = r"(?:van|von|de|da|der|di|le|la|dos|el|al)\s+"  # of a surname: "van Dam"
_PLAYER = re.compile(
    rf"^(?:{_PARTICLE})*[A-Z][\w'’.-]+(?:\s+(?:{_PARTICLE})*[A-Z][\w'’.-]+)*"
    r"(?:\s*\([^()]{1,30}\))?$"
)


def is_line_up(line: str) -> bool:
    m = _TEAM_LABEL.match(line.strip())
    if m is None or _TOPIC_LABEL.match(line.strip()):
        return False
    groups = m.group("names").split(";")
    if len(groups) < 2 or "," not in m.group("names"):  # lines of play, one of several players
        return False
    names = [n.strip() for n in re.split(r"[;,]", m.group("names").rstrip(". "))]
    return len(names) >= 4 and all(_PLAYER.match(n) for n in names)


def is_edge_clutter(line: str) -> bool:
    """On a pasted page, at the top or the bottom, outside the article's sentences: a label,
    byline, dateline, tag list or related headline (not prose), or a page note. A statement
    is never clutter."""
    s = line.strip()
    if carries_statement(s):
        return False
    return (not is_prose(s) and len(s.split()) <= 30) or is_page_note(s) or is_menu(s)
