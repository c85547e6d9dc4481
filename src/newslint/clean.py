"""Cleaning: the article's own text, without the page furniture around it.

HTML goes through trafilatura (main text and metadata: ``html_text.from_html``). Plain text,
and trafilatura's output, go through our boilerplate stripper, which reads the page's shape:

1. whole-line furniture anywhere (``furniture.line_kind``): promo and newsletter lines, "READ
   MORE" teasers, "Source:" trailers, share/follow prompts, photo credits, lines addressing the
   reader with a web action, related headlines in capitals;
2. lists of related links: a heading ("Related stories", "More on this story") and the short
   title lines under it;
3. the page's edges: between the headline (the first line) and the article's first sentence,
   and after its last sentence, the labels, bylines, datelines, tag lists, related headlines,
   author notes and notices a pasted page carries (``page_edges.is_edge_clutter``).

A line is removed only when the whole line is furniture, and never when it carries a
statement (a reporting clause or a quotation: ``furniture.carries_statement``), so an article
sentence that mentions a newsletter stays, as do subheadings between the article's sentences.

Editorial notes ("This article was amended on ...", "Additional reporting by ...",
"Correction, 15 May: ...") belong to the article but are not its story: they are set aside in
``removed`` with the kind ``editorial``, so a correction's old figure ("an earlier version gave
the number as 1,500") is not read as the article contradicting itself, and a reporting credit
is not read as a source. The report still lists them, with their offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newslint.article import Article
from newslint.errors import InputError
from newslint.furniture import (
    BULLET,
    carries_statement,
    is_bracketed_note,
    is_bulleted,
    is_end_mark,
    is_labelled_teaser,
    is_prose,
    line_kind,
)
from newslint.html_text import flatten_deep_html, from_html
from newslint.page_edges import (
    byline_names,
    is_edge_clutter,
    is_entry_stamp,
    is_line_up,
    is_menu,
    is_page_marker,
    is_page_note,
    is_standfirst,
    is_time_stamp,
)
from newslint.reader_address import Voices, has_contact, only_a_phone
from newslint.report.model import Removed

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["Cleaned", "clean", "flatten_deep_html", "line_kind", "strip_boilerplate"]


@dataclass(frozen=True)
class Cleaned:
    article: Article
    text: str
    removed: list[Removed] = field(default_factory=list)


# A heading that opens a list of related links; the short title lines under it go with it.
_LIST_HEADING = re.compile(
    rf"^{BULLET}?(?:related(?:\s+(?:articles|stories|links|content|coverage|topics|reading))?|"
    r"more\s+on\s+this\s+(?:story|topic)|more\s+(?:from|stories\s+from|on)\s+.{1,40}|"
    r"more\s+[\w&'’ ]{1,30}|read\s+(?:more|next)|top\s+of\s+the\s+news|"
    r"explore\s+more\s+on\s+these\s+topics|topics|tags|you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)|"
    r"recommended(?:\s+(?:for\s+you|stories|reading))?|"
    r"most\s+(?:read|popular|viewed|shared)|top\s+stories|also\s+on\s+.{1,40}|"
    r"popular(?:\s+now)?(?:\s+(?:in|on)\s+.{1,30})?|"
    r"latest(?:\s+(?:news|stories))?(?:\s+(?:from|in|on)\s+.{1,40})?|further\s+reading|see\s+also|more\s+stories|"
    r"trending(?:\s+now)?(?:\s+(?:on|in)\s+.{1,30})?|editor'?s\s+picks?|in\s+case\s+you\s+missed\s+it|"
    r"also\s+(?:read|see|watch)|read\s+also|must\s+read|don'?t\s+miss)\s*:?\s*$",
    re.IGNORECASE,
)
# A link title: short, no final full stop (headlines rarely end with one), maybe a bullet.
_LINK_LINE = re.compile(r"^(?:[-–—•*>]\s*)?\S.{0,140}?(?<![.;,])$")


@dataclass
class _Line:
    start: int
    end: int  # end of the text, before the newline
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()


def _lines(text: str) -> list[_Line]:
    lines, pos = [], 0
    for raw in text.split("\n"):
        lines.append(_Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return lines


def strip_boilerplate(text: str, nlp: Language | None = None) -> tuple[str, list[Removed]]:
    """Return the text without boilerplate lines, and what was removed (offsets into ``text``).

    ``nlp`` parses the few lines whose voice decides (``reader_address``); the default pipeline
    is loaded when none is given and a line needs it."""
    lines = _lines(text)
    voices = Voices(nlp)
    kinds: list[str | None] = [line_kind(line.text) for line in lines]
    _keep_headline(lines, kinds)
    _mark_reader_prompts(lines, kinds, voices)
    _mark_time_stamps(lines, kinds)
    _mark_link_lists(lines, kinds)
    _mark_sponsored(lines, kinds)
    _mark_furniture_blocks(lines, kinds, voices)
    _mark_edges(lines, kinds, voices)
    removed: list[Removed] = []
    keep: list[str] = []
    for line, kind in zip(lines, kinds, strict=True):
        if kind is None:
            keep.append(line.text)
            continue
        body = line.text.strip()
        start = line.start + (len(line.text) - len(line.text.lstrip()))
        if (
            removed
            and removed[-1].kind == kind
            and _only_space_between(text, removed[-1].end, start)
        ):
            prev = removed[-1]
            removed[-1] = Removed(
                start=prev.start,
                end=start + len(body),
                kind=kind,
                text=text[prev.start : start + len(body)],
            )
        else:
            removed.append(Removed(start=start, end=start + len(body), kind=kind, text=body))
        keep.append("")  # keep the paragraph break where the line was
    cleaned = re.sub(r"\n{3,}", "\n\n", "\n".join(keep)).strip("\n")
    return cleaned, removed


def _keep_headline(lines: list[_Line], kinds: list[str | None]) -> None:
    """The first line is the headline: under a label ("LIVE: Storm ...", "WATCH: ...",
    "EXCLUSIVE | ...") or in capitals it reads like a teaser, but it leads the article."""
    first = next((i for i, line in enumerate(lines) if line.stripped), None)
    if first is not None and kinds[first] == "read-more":
        kinds[first] = None


def _mark_time_stamps(lines: list[_Line], kinds: list[str | None]) -> None:
    """After the first sentence, a line that is only the page's time: a video's length
    ("Duration 1:58"), an age ("2 hours ago"), "Posted by ... at 11:52". A live blog's bare
    entry stamp ("11:52", "14:48 BST") stays with its entry, but a bare clock set under a
    video's or a podcast's label with nothing under it is the player's length ("Watch:
    Highlights / 4:12"). (Those above the first sentence are the page header's.)"""
    first = next((i for i, line in enumerate(lines) if is_prose(line.text)), len(lines))
    for i in range(first + 1, len(lines)):
        text = lines[i].text
        page_time = not is_entry_stamp(text) or _player_length(lines, kinds, i)
        if kinds[i] is None and is_time_stamp(text) and page_time:
            kinds[i] = "timestamp"


# the label of an embedded player: "Watch: ...", "Video | ...", "Listen: ..."
_MEDIA_LABEL = re.compile(r"^(?:watch|video|listen|audio|podcast|play)\b", re.IGNORECASE)


def _player_length(lines: list[_Line], kinds: list[str | None], i: int) -> bool:
    """A clock that closes a block opened by a player's label: no entry under it."""
    above = lines[i - 1].stripped if i > 0 else ""
    below = lines[i + 1].stripped if i + 1 < len(lines) else ""
    return kinds[i - 1] is not None and _MEDIA_LABEL.match(above) is not None and not below


# a label that names the item under it as paid for ("Sponsored content", "Promoted",
# "Paid partnership", "From our partners"); "Advertisement" marks a slot, not its neighbour
_SPONSOR_LABEL = re.compile(
    r"^(?:sponsored|promoted|paid|partner)(?:\s+(?:content|stories|story|links|post|partnership|"
    r"feature))?\W*$|^from\s+our\s+(?:partners|sponsors)\W*$",
    re.IGNORECASE,
)


def _mark_sponsored(lines: list[_Line], kinds: list[str | None]) -> None:
    """The title right under a sponsor's label goes with it."""
    for i in range(len(lines) - 1):
        title = lines[i + 1].stripped
        if (
            _SPONSOR_LABEL.match(lines[i].stripped)
            and kinds[i + 1] is None
            and _is_link_title(title)
            and not is_prose(title)
        ):
            kinds[i] = kinds[i] or "promo"
            kinds[i + 1] = "promo"


# a short line with a question to the reader and more after it: "Enjoying this? Tell a friend."
_QUESTION_THEN_MORE = re.compile(r"^(?=.{0,240}$).*\byou.*\?\s+\S", re.IGNORECASE)


def _mark_reader_prompts(lines: list[_Line], kinds: list[str | None], voices: Voices) -> None:
    """Below the headline, a line that sends the reader somewhere (a web or e-mail address, a
    telephone number, a social platform) in the imperative or the second person: "Join the
    Daily's WhatsApp channel ...", "Do you have a news tip? WhatsApp us on ..."; a question to
    the reader followed by an order ("Are you enjoying this? Tell a friend."). And a teaser
    under a label in capitals ("MATCH REPORT: ...")."""
    body = [i for i, line in enumerate(lines) if line.stripped][1:]
    asked = [
        i
        for i in body
        if kinds[i] is None
        and (has_contact(lines[i].text) or _QUESTION_THEN_MORE.search(lines[i].text))
        and not carries_statement(lines[i].text)
    ]
    voices.read(lines[i].text for i in asked)
    for i in asked:
        voice = voices(lines[i].text)
        text = lines[i].text
        sent = has_contact(text) and (voice.first_plural or not only_a_phone(text))
        if voice.prompt or (voice.addresses_reader and sent):
            kinds[i] = "promo"
    for i in body:
        if kinds[i] is None and is_labelled_teaser(lines[i].text):
            kinds[i] = "read-more"


def _mark_link_lists(lines: list[_Line], kinds: list[str | None]) -> None:
    """A list heading and the link titles under it (a heading that is itself a teaser label,
    "Read next", counts as one)."""
    i = 0
    while i < len(lines):
        if kinds[i] in {None, "read-more"} and _LIST_HEADING.match(lines[i].stripped):
            items = [k for k in _link_items(lines, i) if kinds[k] in {None, "read-more"}]
            if items:
                for k in (i, *items):
                    kinds[k] = "related-links"
                i = items[-1] + 1
                continue
        i += 1


def _mark_furniture_blocks(lines: list[_Line], kinds: list[str | None], voices: Voices) -> None:
    """A link title set among furniture: in a block of lines with no blank line between them,
    where two or more lines are furniture, a short title line that is not a sentence is a
    promoted headline ("Sign up ...", "Advertisement", "Best electric cars 2024: the top EVs").
    Right beside a furniture line, a short label that speaks to the reader goes with it
    ("ADVERTISEMENT / Advertise with us").
    """
    headline = next((i for i, line in enumerate(lines) if line.stripped), None)
    block: list[int] = []
    for i in range(len(lines) + 1):
        if i < len(lines) and lines[i].stripped:
            block.append(i)
            continue
        for run in _runs_between_sentences(lines, kinds, block):
            furniture = [k for k in run if kinds[k] not in {None, "editorial"}]
            if len(furniture) < 2:
                continue
            for k in run:
                line = lines[k].stripped
                if (
                    kinds[k] is None
                    and k != headline
                    and _is_link_title(line)
                    and not is_prose(line)
                    and not is_entry_stamp(line)
                    and not _entry_title(lines, k)
                ):
                    kinds[k] = "related-links"
        for k in block:  # next to a furniture line, with no blank line between
            beside = {kinds[j] for j in (k - 1, k + 1) if j in block}
            if (
                kinds[k] is None
                and not is_bulleted(lines[k].text)  # a list's item is the list's
                and beside - {None, "editorial"}
                and _short_label(lines[k].stripped)
            ):
                voice = voices(lines[k].stripped)
                if voice.addresses_reader or voice.first_plural:
                    kinds[k] = "promo"
        block = []


def _runs_between_sentences(
    lines: list[_Line], kinds: list[str | None], block: list[int]
) -> list[list[int]]:
    """The block cut at the article's sentences: on a page pasted without blank lines, the
    furniture around one paragraph says nothing of the titles around another."""
    runs: list[list[int]] = [[]]
    for k in block:
        if kinds[k] is None and is_prose(lines[k].text):
            runs.append([])
        else:
            runs[-1].append(k)
    return [run for run in runs if run]


def _entry_title(lines: list[_Line], k: int) -> bool:
    """A live blog's entry title: right under the entry's time stamp, right over its first
    sentence."""
    text = lines[k].text
    if len(text.split()) < 3 or is_time_stamp(text) or is_prose(text):
        return False
    above, below = _next_line(lines, k, -1), _next_line(lines, k)
    stamped = above is not None and is_time_stamp(lines[above].text)
    return stamped and below is not None and is_prose(lines[below].text)


def _first_entry_stamp(lines: list[_Line], i: int) -> bool:
    """A live blog's first entry stamp, over the first sentence: a bare clock with its entry
    under it (a sentence, or an entry's title), on a page with more entry stamps below."""
    if not is_entry_stamp(lines[i].text):
        return False
    below = _next_line(lines, i)
    if below is None or not (is_prose(lines[below].text) or _entry_title(lines, below)):
        return False
    return any(is_entry_stamp(line.text) for line in lines[below:])


def _next_line(lines: list[_Line], i: int, step: int = 1) -> int | None:
    """The next line with text after ``i`` (before it, with ``step`` -1), over one blank."""
    for j in (i + step, i + 2 * step):
        if 0 <= j < len(lines) and lines[j].stripped:
            return j
    return None


def _short_label(line: str) -> bool:
    return len(line.split()) <= 8 and not is_prose(line) and not carries_statement(line)


def _mark_edges(lines: list[_Line], kinds: list[str | None], voices: Voices) -> None:
    """On a pasted web page, the clutter before the article's first sentence (after the
    headline, its first line) and after its last sentence.

    Only with evidence that the text is a page: furniture somewhere, or a page marker (a
    byline, a publication time, a tag label, an author note, an end mark) at an edge. Without
    it, short lines at the edges are the article's own: a standfirst, a match's venue and
    kick-off time, the teams' line-ups.
    """
    content = [i for i, line in enumerate(lines) if line.stripped and kinds[i] is None]
    writers = [name for line in lines for name in byline_names(line.text)]
    prose = [
        i
        for i in content[1:]
        if is_prose(lines[i].text)
        and not _page_note(lines[i].text, voices)
        and not _about_the_writer(lines[i].text, writers)
    ]
    if not prose:
        return
    # a first line that is a sentence ends with a full stop: the article starts there, with
    # no headline and no page header after it
    first = lines[content[0]].stripped.rstrip("\"'”’)")
    top = [i for i in content[1:] if i < prose[0]] if not first.endswith(".") else []
    if top or not first.endswith("."):
        top += _header_after_standfirst(lines, content, prose)
    end = _article_end(lines, kinds, prose, voices)
    bottom = [i for i in content if i > end]
    furnished = any(kind not in {None, "editorial"} for kind in kinds)
    marked = any(is_page_marker(lines[i].text) or is_end_mark(lines[i].text) for i in top + bottom)
    if not furnished and not marked:
        return
    # a byline under the standfirst marks it as one, whichever stage took the byline (a
    # header block with a list heading in it goes as links: "Politics / By ... / Related Topics")
    header = range(content[0] + 1, prose[0])
    bylined = [i for i in header if lines[i].stripped and is_page_marker(lines[i].text)]
    summary = {k for i in top for k in _lead_in_list(lines, i)}  # "Key points:" over bullets
    for i in top:
        # a standfirst or a subheading among the header's labels stays, and the labels go
        byline_below = any(j > i for j in bylined)
        if i in summary:
            continue
        if is_edge_clutter(lines[i].text) and not _opens_article(lines, i, byline_below):
            kinds[i] = "page-header"
    # the sender's notes to editors after an end mark ("ENDS", "###")
    mark = next((i for i in bottom if is_end_mark(lines[i].text)), len(lines))
    data = _closing_data(lines, kinds, bottom)
    for i in reversed(bottom):
        text = lines[i].text
        about_the_writer = _about_the_writer(text, writers)
        if i in data or not (_footer_line(text, i > mark, voices) or about_the_writer):
            break
        kinds[i] = "page-footer"


def _about_the_writer(text: str, writers: list[str]) -> bool:
    """A sentence whose subject is the byline's writer, "Jo Reed joined the Courier in 2019.",
    or that gives the writer's contact, "Contact Jo Reed at 555-0143 or on X @joreed": the
    note about the author under the story."""
    s = text.strip().lower()
    if carries_statement(text):
        return False
    contact = has_contact(text)
    return any(s.startswith(w.lower() + " ") or (contact and w.lower() in s) for w in writers)


def _closing_data(lines: list[_Line], kinds: list[str | None], bottom: list[int]) -> set[int]:
    """After the last sentence, the article's own short lines, set in a block with no blank
    line between them: a list under its lead-in ("How to stay cool:" over its advice), a fact
    box of labelled figures ("Saturday: 32C, sunny"), a match report's team sheet with its
    substitutes, bookings, attendance and referee. However short, they are the story's."""
    data: set[int] = set()
    for i in bottom:
        if i in data:
            continue
        if listed := _lead_in_list(lines, i):
            data.update(k for k in listed if kinds[k] is None)
            continue
        block = _block(lines, i)
        if any(kinds[k] is not None for k in block):
            continue
        if is_line_up(lines[i].text) or _data_box(lines, block):
            data.update(block)
    return data | _spaced_data(lines, kinds, bottom)


# a labelled line of the story's data, however long its list: "Replacements: 16 Jo Reed, 17 ..."
_LABELLED = re.compile(r"^[A-Z0-9][\w'’.&-]*(?:\s+[\w'’.&-]+){0,2}\s*:\s+\S.{0,400}$")


def _spaced_data(lines: list[_Line], kinds: list[str | None], bottom: list[int]) -> set[int]:
    """Right under the last sentence, labelled lines set apart by blank lines, two or more of
    them with a figure: a team sheet ("Sharks: 15 ..., 14 ...", "Replacements: ...", "Kick-off:
    17:00"), a result's figures ("Turnout: 41%"). The page's labels (a time, a tag list, a
    contact) are not the story's data."""
    run: list[int] = []
    for i in bottom:
        text = lines[i].stripped
        labelled = _LABELLED.match(text) and not _PAGE_LABEL.match(text)
        if kinds[i] is not None or not labelled or is_page_marker(text) or has_contact(text):
            break
        run.append(i)
    figures = [i for i in run if any(ch.isdigit() for ch in lines[i].text)]
    return set(run) if len(figures) >= 2 else set()


def _lead_in_list(lines: list[_Line], i: int) -> list[int]:
    """A lead-in ("Key points:", "What to do:") and the bulleted list under it, tight or
    after one blank line."""
    if not _list_lead_in(lines[i].text):
        return []
    block = _block(lines, i)
    items = [k for k in block if k > i]
    if not items and (below := _next_line(lines, i)) is not None:
        items = _block(lines, below)
    if items and all(is_bulleted(lines[k].text) for k in items):
        return [i, *items]
    return []


def _block(lines: list[_Line], i: int) -> list[int]:
    """The lines around ``i`` with no blank line between them."""
    start, end = i, i
    while start > 0 and lines[start - 1].stripped:
        start -= 1
    while end + 1 < len(lines) and lines[end + 1].stripped:
        end += 1
    return list(range(start, end + 1))


# a fact box's line: a short label, a colon and a value with a figure ("Sunday: 34C, sunny
# intervals", "2019: Record of 38.7C set in Cambridge", "Attendance: 18,402")
_DATA_LINE = re.compile(r"^(?=.*\d)[A-Z0-9][\w'’.&-]*(?:\s+[\w'’.&-]+){0,2}\s*:\s+\S.{0,80}$")
# the labels of the page's own lists: "Read more on:", "Share:", "Watch | ...:"
_PAGE_LABEL = re.compile(
    r"^(?:read|see|watch|listen|share|follow|more|also|related|explore|popular|trending|latest|"
    r"top|most|published|posted|updated|tags?|topics?|video|audio|podcast)\b",
    re.IGNORECASE,
)


def _data_box(lines: list[_Line], block: list[int]) -> bool:
    """Two or more labelled figures, under a heading or not, none the page's own."""
    rows = block[1:] if not _DATA_LINE.match(lines[block[0]].stripped) else block
    return len(rows) >= 2 and all(
        _DATA_LINE.match(lines[k].stripped) and not is_page_marker(lines[k].text) for k in rows
    )


def _list_lead_in(text: str) -> bool:
    """A line that introduces a list with a colon ("Advice for anyone in the warning area:",
    "The changes mean:"), not a page's label ("Read more on:", "Tags:")."""
    s = text.strip()
    if not s.endswith(":") or len(s.split()) < 2 or _PAGE_LABEL.match(s):
        return False
    return not (line_kind(s) or is_page_marker(s) or _LIST_HEADING.match(s))


def _opens_article(lines: list[_Line], i: int, byline_below: bool) -> bool:
    """Among the header's labels, the article's own: a standfirst that lacks only its full
    stop ("Traders fear the move will drive shoppers away from the high street") above the
    byline (under it, by the photo or the video, such a line is a caption), or a heading with
    a colon over the sentences right under it ("In short:")."""
    text = lines[i].stripped
    if is_page_note(text) or is_menu(text) or is_bulleted(text):
        return False
    if _entry_title(lines, i) and not is_page_marker(text):
        return True
    if _first_entry_stamp(lines, i):
        return True
    if text.endswith(":") and len(text.split()) <= 4:
        below = lines[i + 1].stripped if i + 1 < len(lines) else ""
        return is_prose(below) and not is_page_note(below)
    return byline_below and is_standfirst(text)


def _article_end(
    lines: list[_Line], kinds: list[str | None], prose: list[int], voices: Voices
) -> int:
    """The article's last sentence. Once the page's footer has begun (a furniture line, a page
    marker), a sentence in the page's voice (to the reader, or the outlet's "we") is the
    footer's, not the article's: "Catch all the latest news on ...", "Comments are subject to
    our community guidelines ..."."""
    end, footer = prose[0], False
    sentences = set(prose)
    statements = [i for i in sentences if carries_statement(lines[i].text)]
    last_statement = max(statements, default=-1)
    for i in range(prose[0] + 1, len(lines)):
        text = lines[i].text
        if not lines[i].stripped:
            continue
        if i > last_statement and is_end_mark(text):
            return end  # what follows the end mark is the sender's, not the story's
        if kinds[i] is not None or _page_marker(text, voices):
            footer = True
        elif i in sentences and not (footer and _outlet_voice(text, voices)):
            end, footer = i, False
    # the page's closing orders before its footer: "Download the ... App to get daily market
    # updates.", "(Catch all the latest news on ...)"; the article ends before them
    while end > max(prose[0], last_statement) and _closing_note(lines[end].text, voices):
        end = max((i for i in sentences if i < end), default=prose[0])
    return end


def _closing_note(text: str, voices: Voices) -> bool:
    """After the article's last statement, the page's own: a notice in brackets under a
    label, or the outlet speaking to the reader ("Subscribe to News24 for our exclusive ...",
    "We live in a world ... Subscribe now."). An order alone may be the story's advice ("For
    more information, visit the council website.")."""
    if is_bracketed_note(text):
        return True
    if not _page_voice(text, voices):
        return False
    voice = voices(text)
    return voice.addresses_reader and voice.first_plural


def _page_marker(text: str, voices: Voices) -> bool:
    """A page marker; a contact in a third-person sentence ("Residents with questions can
    email highways@...") is the article telling where to ask, not the page's."""
    if is_page_marker(text, contacts=False):
        return True
    return is_page_marker(text) and not _told(text, voices)


def _page_note(text: str, voices: Voices) -> bool:
    if is_page_note(text, contacts=False):
        return True
    return is_page_note(text) and not _told(text, voices)


def _told(text: str, voices: Voices) -> bool:
    """A sentence in the third person: the article's, not the page's."""
    if not is_prose(text):
        return False
    voice = voices(text)
    return not (voice.addresses_reader or voice.first_plural)


def _footer_line(text: str, after_end_mark: bool, voices: Voices) -> bool:
    """After the article's last sentence: a label, a page note, a sentence in the page's voice,
    or anything but a statement after an end mark."""
    if is_edge_clutter(text) or _page_voice(text, voices) or is_bracketed_note(text):
        return True
    return after_end_mark and not carries_statement(text)


def _page_voice(line: str, voices: Voices) -> bool:
    if carries_statement(line) or not is_prose(line):
        return False
    voice = voices(line)
    # the reporting's "we" tells what happened ("We asked the council for its figures.")
    return voice.addresses_reader or (voice.first_plural and not voice.narrative)


def _outlet_voice(line: str, voices: Voices) -> bool:
    """The page's voice that sends the reader to the outlet: its "we" ("Comments are subject to
    our community guidelines"), or an order with a web address or a platform ("For more
    stories, visit dailyledger.ng"); an order alone ("Visit the council website for details.",
    "Call 0800 123 456 for advice.") may be the story's last advice, after an advert."""
    if not _page_voice(line, voices):
        return False
    voice = voices(line)
    sent = has_contact(line) and not only_a_phone(line)
    return (voice.first_plural and not voice.narrative) or sent or _promo_sentence(line)


def _promo_sentence(line: str) -> bool:
    """A sentence of the line is furniture on its own: "Catch all the news on Live Mint.
    Download The Mint News App to get Daily Market Updates." """
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", line.strip())
    return len(sentences) > 1 and any(line_kind(s) not in {None, "editorial"} for s in sentences)


def _header_after_standfirst(lines: list[_Line], content: list[int], prose: list[int]) -> list[int]:
    """The page's header lines set after a standfirst: "Headline / A sentence that sums it up.
    / By Calum Strachan / Updated 3rd Sep 2024 / 4 min read / First sentence." The lines
    between the first two sentences are the header's when none is a sentence and one of them
    marks a page (a sentence about "the site" is the article's)."""
    if len(prose) < 2:
        return []
    between = [i for i in content if prose[0] < i < prose[1]]
    labels = all(not is_prose(lines[i].text) for i in between)
    if between and labels and any(is_page_marker(lines[i].text) for i in between):
        return between
    return []


def _only_space_between(text: str, a: int, b: int) -> bool:
    return not text[a:b].strip()


def _link_items(lines: list[_Line], heading: int) -> list[int]:
    """The link-title lines under a list heading.

    A list is either tight (one title a line) or loose (blank lines between titles); its
    spacing is set by the gap before its second item, so a subheading that follows a tight
    list after a blank line stays with the article.
    """
    items: list[int] = []
    spacing: int | None = None  # blank lines between items, set by the second item
    j = heading + 1
    while j < len(lines):
        blanks = 0
        while j < len(lines) and not lines[j].stripped:
            blanks += 1
            j += 1
        if j >= len(lines) or not _is_link_title(lines[j].stripped):
            break
        if not items:
            if blanks > 1:
                break
        elif spacing is None:
            if blanks > 1:
                break
            spacing = blanks
        elif blanks != spacing:
            break
        items.append(j)
        j += 1
    return items


def _is_link_title(line: str) -> bool:
    if not _LINK_LINE.match(line) or len(line.split()) > 20:
        return False
    # a quote, or a sentence with a comma-led clause, is article text, not a link title
    return not line.endswith(('"', "”", ":")) and line.count(",") <= 1


def clean(article: Article, nlp: Language | None = None) -> Cleaned:
    """HTML to main text with metadata; then strip boilerplate lines from the text (``nlp``
    parses the few lines whose voice decides)."""
    if article.is_html:
        article = from_html(article)
    text, removed = strip_boilerplate(article.text, nlp)
    if not text.strip():
        raise InputError(article.source, "no article text left after removing boilerplate")
    return Cleaned(article=article, text=text, removed=removed)
