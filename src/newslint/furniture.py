"""Page furniture, one line at a time: what a line of a pasted web page is by its shape.

Two kinds of evidence, used by ``clean.py``:

- **whole-line patterns** (``line_kind``): a line that is furniture wherever it stands: "READ
  MORE: ...", newsletter and app promos, share bars, photo credits, a line addressing the
  reader with a web action ("Sign up ...", "Check ... with our live map", "Join the debate in
  the comments"), a related headline in capitals, an editorial note about the article itself;
- **shapes** (``is_prose``): whether a line reads as a sentence of the article (the labels,
  bylines, datelines and notices at the page's edges are ``page_edges.py``'s).

The guard (``carries_statement``): a line with a reporting clause or a quotation ("..., the
council said", 'said: "..."') is the article's, whatever its shape.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
BULLET = r"(?:[-–—•*>»›▪●◦]\s*)"
_BULLET = BULLET + "?"
SOCIAL = (
    r"(?:facebook|twitter|x|instagram|linkedin|whatsapp|e-?mail|tiktok|youtube|threads|bluesky|"
    r"telegram|reddit|messenger|pinterest|snapchat|mastodon|flipboard|google\s+news)"
)
# A short lead-in before the call to action: "Never miss a story:", "Enjoyed this article?",
# "Don't miss the latest news - sign up ...", "FARNBOROUGH 2024: Follow ..."
_LEAD = r"(?:[^.:!?|]{0,60}(?:[:!?.|–—]|\s-)\s+)?"

# the picture agencies and the words of a picture's credit (a closed class): "Getty Images",
# "AFP via Getty Images", "Reuters/File Photo", "Supplied"
_AGENCY = (
    r"(?:(?:[A-Z][\w.&'’-]*\s+){0,3}via\s+)?(?:getty(?:\s+images)?|shutterstock|alamy|afp|"
    r"ap(?:\s+photo)?|pa(?:\s+(?:media|wire|images))?|epa(?:-efe)?|reuters|aap(?:\s+image)?|"
    r"supplied|file\s+(?:photo|image|picture)|handout)(?:\s*/\s*[\w .&'’-]{1,40})?"
)
# Each pattern must match a whole line (after stripping). Order matters only for the kind named.
_LINE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "read-more",
        re.compile(
            # "READ MORE: ...", "See also ›", "Read more" on its own, "READ | ..."
            rf"^{_BULLET}(?:read|see|watch|listen)\s+(?:more|also|next|now|again)\b"
            r"\s*(?:[:|\-–—>»›]|\bhere\b|$).*$"
            # a teaser label with a colon, bar or arrow, then the teased headline
            rf"|^{_BULLET}(?:also\s+read|also\s+see|related|more\s+on\s+this(?:\s+story)?|more|"
            r"read|watch|listen|"
            r"live(?:\s+(?:updates|blog|coverage))?|latest|breaking|recommended|trending|"
            r"top\s+stories|most\s+read|in\s+other\s+news|don'?t\s+miss|continue\s+reading|"
            r"also\s+read|must\s+read|"
            r"you\s+(?:might|may)\s+also\s+like|further\s+reading|"
            r"more\s+(?:from|on)\s+[\w' ]{1,30}?)\s*[:|»>›]\s*\S.*$",
            _I,
        ),
    ),
    (
        "source-trailer",
        re.compile(
            # "Source: Reuters": a credit is a name, not a sentence with a clause
            r"^(?:sources?|via|credit|credits)\s*:\s*(?=.{1,60}$)(?!.*,\s+(?:who|which|that)\b)\S.*$"
            r"|^(?:read|view|see)\s+(?:the\s+)?(?:full|original|complete|whole|rest\s+of\s+the)\s+"
            r"(?:article|story|report|piece)(?:\s+(?:here|at|on|in)\b.{0,80})?\s*[.»>›…]*$"
            r"|^continue\s+reading(?:\s+(?:the\s+)?(?:main\s+)?(?:story|article)|\s+below)?"
            r"\s*[.»>›…]*$"
            r"|^click\s+here\s+to\s+read\b.{0,120}$"
            r"|^(?:originally|first)\s+published\s+(?:at|on|by|in)\b.{0,100}$"
            r"|^this\s+(?:article|story|piece|report)\s+(?:was\s+)?(?:first|originally)\s+"
            r"(?:appeared|published|ran)\b.{0,100}$"
            r"|^this\s+(?:article|story|piece|report)\s+(?:is|was|has\s+been)\s+(?:republished|"
            r"reproduced|syndicated|reprinted)\s+(?:from|with|by|courtesy)\b.{0,160}$",
            _I,
        ),
    ),
    (
        "newsletter",
        re.compile(
            rf"^(?=.{{0,220}}$){_BULLET}{_LEAD}(?:sign\s+up|subscribe|register|join|get|receive)\b"
            r".{0,160}\b(?:newsletters?|bulletins?|briefings?|inbox|e-?mails?|digest|"
            r"unlimited\s+access|(?:news\s+)?alerts)\b.*$"
            r"|^(?=.{0,220}$).{0,80}\b(?:straight|direct(?:ly)?)\s+(?:to|in)\s+your\s+inbox\b.*$"
            r"|^(?=.{0,160}$)(?:enter\s+your\s+email|your\s+email\s+address)\b.*$"
            r"|^(?:subscribe|sign\s+up|register)(?:\s+(?:now|today|here|for\s+free))?\W*$"
            r"|^(?=.{0,200}$).{0,60}\bnewsletter\b.{0,60}\b(?:sign\s+up|subscribe)\b.*$"
            # the sign-up form's consent: "By submitting your information you agree to ..."
            r"|^(?=.{0,300}$)by\s+(?:submitting|signing\s+up|subscribing|registering|clicking|"
            r"entering)\b.{0,80}\byou\s+(?:agree|consent|accept|confirm)\b.*$",
            _I,
        ),
    ),
    (
        "share-prompt",
        re.compile(
            # "Share this article", "Email this story to a friend"
            r"^(?=.{0,160}$)(?:share|tweet|e-?mail|print|save|send)\s+(?:this|the)\s+"
            r"(?:article|story|page|post|piece)\b.*$"
            # "Follow us on Instagram", "Like us on Facebook", "Share on WhatsApp"
            rf"|^(?=.{{0,160}}$){_LEAD}(?:share|follow|like|find|join|connect\s+with|watch|"
            rf"listen\s+to)(?:\s+(?:us|him|her|them|[A-Z][\w.]*))?\s+(?:on|via)\s+{SOCIAL}\b.*$"
            r"|^(?=.{0,160}$)follow\s+@\w+.*$"
            r"|^(?=.{0,160}$)(?:click|tap)\s+(?:here\s+)?to\s+"
            r"(?:share|follow|subscribe|sign\s+up|like|download|join)\b.*$"
            r"|^(?=.{0,80}$)(?:copy\s+link|link\s+copied|comments?\s*\(\d+\)|\d+\s+comments?|"
            r"view\s+comments|show\s+comments|join\s+the\s+(?:conversation|discussion))\W*$"
            # "Want to join the conversation? Please log in to comment on this article."
            r"|^(?=.{0,200}$)(?:(?:want|like)\s+to\s+)?join\s+the\s+(?:conversation|discussion|"
            r"debate)\?.*$"
            r"|^(?=.{0,200}$).{0,80}\bto\s+comment\s+on\s+this\s+(?:article|story|post)\b.*$",
            _I,
        ),
    ),
    (
        "promo",
        re.compile(
            r"^(?=.{0,200}$)(?:advertisement|advert|ad|sponsored(?:\s+content)?|promoted|"
            r"paid\s+(?:content|partnership)|"
            r"(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:advertisement|ad))?|"
            r"scroll\s+(?:down\s+)?to\s+continue(?:\s+(?:with\s+content|reading))?|"
            r"skip\s+(?:advert(?:isement)?|ad)|listen\s+to\s+this\s+(?:article|story).{0,30})"
            r"(?:\s*[-–—|:·]\s*(?:scroll\s+(?:down\s+)?to\s+continue|continue\s+reading|"
            r"(?:story|article)\s+continues\s+below))?\W*$"
            # an ad slot's or a player's placeholder: "This advertisement has not loaded yet, but
            # your article continues below.", "Article content", "Loading..."
            r"|^(?=.{0,160}$)(?:.*\b(?:advertisement|advert|ad)\b.{0,60}\b(?:has\s+not|hasn'?t)\s+"
            r"loaded\b.*|.*\byour\s+(?:article|story)\s+continues\s+(?:below|after)\b.*|"
            r"article\s+content|loading(?:\s+(?:video|player|content))?\s*(?:\.{3}|…)?)$"
            # an embed's and a gallery's controls: "Skip Instagram content", "End of X content",
            # "[Embedded content]", "Enlarge this image", "toggle caption", "Playing in 3..."
            r"|^(?:skip|end\s+of|allow)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:content|post|video)\??$"
            r"|^\[?embedded\s+(?:content|video|tweet|post|media)\]?$"
            r"|^(?:expand|close|collapse|enlarge(?:\s+this\s+(?:image|photo))?|toggle\s+caption|"
            r"(?:hide|show)\s+caption|open\s+(?:image|photo)\s+in\s+(?:gallery|full\s+screen)|"
            r"view\s+(?:the\s+)?(?:gallery|slideshow)|up\s+next|next\s+up|replay|"
            r"(?:next|previous)\s+(?:image|photo|slide)|playing\s+in\s+\d+\W.{0,20})$"
            # "Content continues below", "Continue reading your article with a membership", "Stay
            # informed with our daily briefing"
            r"|^(?:content|reading)\s+continues\s+(?:below|after)\W*$"
            r"|^(?=.{0,160}$)continue\s+reading\b.{0,60}\b(?:membership|subscription|subscriber|"
            r"account)\b.*$"
            rf"|^(?=.{{0,200}}$){_LEAD}stay\s+(?:informed|updated|up\s+to\s+date|in\s+the\s+know|"
            r"ahead)\s+with\s+(?:our|the\s+\w+['’]s)\b.*$"
            # a shop's buttons: "View at Amazon", "View Deal", "Check price at Currys", "Buy now"
            r"|^(?:view|see|check|compare)\s+(?:the\s+)?(?:deals?|prices?|offers?)"
            r"(?:\s+(?:at|on)\s+.{1,30})?$"
            r"|^(?:view|buy|shop|see)\s+(?:it\s+|now\s+)?(?:at|on|from)\s+(?-i:[A-Z])[\w.&'’ -]{0,30}$"
            r"|^(?:buy|shop|order)\s+(?:it\s+)?now\W*$"
            # the shop's disclosure: "We may earn a commission when you buy through links on
            # this page.", "Prices were correct at the time of publishing."
            r"|^(?=.{0,300}$)(?:.*\W)?(?:we|this\s+(?:site|website|publication))\s+(?:may\s+|might\s+|"
            r"could\s+)?(?:earn|receive|get)s?\s+(?:an?\s+)?(?:small\s+)?(?:affiliate\s+)?"
            r"(?:commission|share\s+of\s+(?:the\s+)?(?:sale|sales|revenue))\b.*$"
            r"|^(?=.{0,200}$)(?:all\s+)?prices\s+(?:were|are|was)\s+(?:correct|accurate)\s+at\s+the\s+"
            r"time\s+of\s+(?:publishing|publication|writing|going\s+to\s+press)\b.*$"
            # a live page's controls: "Show key events only", "Pinned post", "Load more posts"
            r"|^(?:show\s+)?key\s+events(?:\s+only)?$|^pinned(?:\s+post)?$"
            r"|^(?:load|show)\s+(?:more|earlier|newer|latest|older)(?:\s+(?:posts|updates|entries))?$"
            r"|^\d+\s+new\s+(?:posts?|updates?)$"
            # "Sponsored: ...", "Advertisement feature: ..."
            r"|^(?=.{0,200}$)(?:sponsored|promoted|advertisement|paid\s+(?:content|post)|partner"
            r"(?:\s+content)?)(?:\s+feature)?\s*[:|]\s*\S.*$"
            rf"|^(?=.{{0,220}}$){_LEAD}(?:download|get|install)\s+(?:our|the)\s+(?:free\s+)?"
            r"(?:[\w&-]+\s+){0,6}app\b.*$"
            r"|^(?=.{0,220}$)(?:try|start)\s+(?:a\s+)?(?:free\s+trial|\d+\s+days?\s+free)\b.*$"
            # the offer: "Want more stories like this? Subscribe for just £1 a week."
            rf"|^(?=.{{0,220}}$){_LEAD}(?:subscribe|join|sign\s+up)\s+(?:now\s+|today\s+)?"
            r"(?:for|from)\s+(?:just\s+|only\s+)?(?:[£$€₹R]|US\$|A\$)?\s?\d.*$"
            # "Subscribe to The Courier: a year of print and digital for $29."
            rf"|^(?=.{{0,220}}$){_LEAD}(?:subscribe|sign\s+up)\s+to\s+[^.!?]{{1,80}}?\b(?:for|from)\s+"
            r"(?:just\s+|only\s+)?(?:[£$€₹]|US\$|A\$)\s?\d.*$"
            # "Support local journalism.", not "Support for local journalism has fallen"
            rf"|^(?=.{{0,220}}$){_LEAD}(?:support\s+(?!(?:for|of|to|from|in|among|by)\b)"
            r"(?:[\w-]+\s+){0,2}journalism(?=\s*(?:[.!:–—-]|$)|\s+(?:today|now|here|with|by|and)\b|\s+(?-i:[A-Z]))|"
            r"become\s+a\s+(?:member|subscriber|supporter)|donate\s+(?:now|today)|"
            r"already\s+a\s+(?:subscriber|member)\??|"
            # the paywall: "Log in or subscribe to continue.", "Subscribe to keep reading"
            r"(?:(?:log|sign)\s+in|subscribe|register)(?:\s+or\s+(?:(?:log|sign)\s+in|"
            r"subscribe|register|sign\s+up))?\s+to\s+(?:continue|keep\s+reading|unlock))\b.*$"
            # the account box: "Register (it's free) or sign in now.", "Sign in or create an
            # account to comment"
            r"|^(?=.{0,120}$)(?:(?:log|sign)\s+in|register|subscribe|sign\s+up)\b[^.!?]{0,40}\s+or\s+"
            r"(?:(?:log|sign)\s+in|register|subscribe|sign\s+up|create\s+(?:an?\s+|your\s+)?"
            r"(?:free\s+)?account)\b.*$"
            # "Copyright 2024 Reuters", "Copyright © The Herald" (not "Copyright in the design
            # is held by ...", a sentence about copyright)
            r"|^(?=.{0,160}$)(?:copyright\s+(?:©\s*|\(c\)\s*)?(?:\d{4}|(?-i:[A-Z]))|copyright\W*$|"
            r"©|\(c\)\s).*$"
            r"|^(?=.{0,400}$)(?:.*\W)?all\s+rights\s+reserved\b.*$"
            # the browser's and the cookie banner's notices: "Please turn on JavaScript to use
            # this feature", "This site uses cookies ...", "Please use Chrome browser for ..."
            r"|^(?=.{0,300}$)please\s+(?:enable|turn\s+on|use|update|upgrade|switch\s+to|"
            r"disable|allow|whitelist)\b.{0,60}\b(?:javascript|browser|cookies|ad\s*-?blockers?|"
            r"video\s+player)\b.*$"
            r"|^(?=.{0,300}$)(?:enable|turn\s+on|disable|whitelist)\b.{0,60}\b(?:javascript|"
            r"ad\s*-?blockers?)\b.*$"
            r"|^(?=.{0,300}$)(?:this|our)\s+(?:site|website|page)\s+uses\s+cookies\b.*$"
            # the page's rights notice, about itself: "This material may not be published,
            # broadcast, rewritten or redistributed." (not a court's reporting restriction)
            r"|^(?=.{0,400}$)(?:this|such|the)\s+(?:material|content|article|story)\b[^.]{0,80}"
            r"\bmay\s+not\s+be\s+(?:reproduced|published|broadcast|rewritten|redistributed|copied)"
            r"\b.*$",
            _I,
        ),
    ),
    (
        "caption",
        re.compile(
            # photo furniture: "Image source, Getty Images", "Image caption, ...", "Photo: AP"
            r"^(?=.{0,240}$)(?:image|photo|picture|video)\s+(?:source|caption|credit)s?\s*[,:].*$"
            r"|^(?=.{0,240}$)\(?(?:photograph|photo|picture|pic|image|video|credit)s?\s*:\s*\S.*$"
            # a caption ending in its credit: "... (Image: Ceri Lloyd)", "(Dan Whitby/PA Wire)"
            r"|^(?=.{0,240}$)(?:.*\s)?\((?:photograph|photo|picture|pic|image|video|credit)s?"
            r"(?:\s+credit)?\s*:\s*[^()]{1,80}\)$"
            r"|^(?=.{0,240}$)(?:.*\s)?\([A-Z][\w.'’ -]{0,40}/\s?[A-Z@][\w.&'’@ -]{0,40}\)$"
            # a caption ending in its credit in brackets after its stop: "... to leave early.
            # (ABC News)", a name and nothing else
            r"|^(?=.{0,300}$).*[.!?]\s+\((?-i:[A-Z])[\w.'’&-]*(?:\s+(?-i:[A-Z])[\w.'’&-]*){0,4}\)$"
            # a caption ending in its credit after a stop or a bar: "... on Thursday. Photo:
            # Gallo Images/Jane Doe", "... in Puri. | Photo Credit: PTI"
            r"|^(?=.{0,300}$).*(?:[.!?]\s+|\s[|–—]\s*)(?:photograph|photo|picture|pic|image|"
            r"video|credit)s?(?:\s+credit)?\s*:\s*(?-i:[A-Z])[\w.'’&/ -]{0,60}$"
            # a picture agency's credit alone or closing a caption: "AFP via Getty Images",
            # "Supplied", "... in Glasgow last year (Getty)"
            rf"|^(?=.{{0,240}}$)(?:.*\s\(|\()?{_AGENCY}\)?$"
            # the other ways to give a credit: "Photo / Getty Images", "Picture by Jane Doe",
            # "Image via Reuters", "Photo courtesy of the Smith family": a name, not a clause
            r"|^\(?(?:photograph|photo|picture|pic|image|video|footage)s?\s*(?:/|\bby\b|\bvia\b|"
            r"\bcourtesy(?:\s+of)?\b)\s*(?:the\s+)?(?-i:[A-Z])[\w.'’&/ -]{0,60}\)?$",
            _I,
        ),
    ),
    (
        "tip-line",
        re.compile(
            # "Got a story? Email us", "Have you been affected? Contact ...": a call for tips
            r"^(?=.{0,220}$)(?:got\s+a\s+(?:story|news\s+tip|tip)|do\s+you\s+have\s+a\s+story|"
            r"have\s+you\s+been\s+affected|do\s+you\s+(?:work|live)\s+"
            r"(?:for|at|in|near)\b|get\s+in\s+touch|share\s+your\s+(?:story|experiences?|views|"
            r"pictures|photos)|send\s+(?:us\s+)?your\s+(?:stories|story|news|pictures|photos|tips))"
            r"\b.{0,160}(?:\b(?:e-?mail(?:ing)?|contact|get\s+in\s+touch|send|whatsapp|message)\b|"
            r"\S+@\S+\.\w+).*$"
            # "Are you affected by the strike? Share your experiences by emailing us.": asked
            # for the outlet ("us", "our newsdesk"), not sent to a helpline
            r"|^(?=.{0,220}$)(?:are|were)\s+you\s+affected\b[^?]{0,100}\?\s+.{0,120}\b(?:us|our\s+"
            r"(?:newsdesk|news\s+desk|team|reporters?|journalists?))\b.*$"
            # the tip box's label and its small print: "Get in touch", "Please include a contact
            # number if you are willing to speak to a journalist."
            r"|^get\s+in\s+touch\W*$"
            r"|^(?=.{0,220}$).*\b(?:if\s+you\s+are|you(?:'re|\s+are)?)\s+(?:happy|willing|prepared)\s+"
            r"to\s+(?:speak|talk)\s+to\s+(?:a|one\s+of\s+our|our)\s+(?:journalists?|reporters?)\b.*$",
            _I,
        ),
    ),
]

# An editorial note that belongs to the article: a correction, an update note, a reporting
# credit. Set aside with its own kind (not boilerplate): see ``clean.py`` for why.
_ABOUT_ITSELF = (
    r"(?:this\s+(?:article|story|report|piece|headline|version|interview|transcript|"
    r"conversation)|the\s+(?:headline|title|"
    r"photo|picture|image)\s+(?:on|of|in)\s+this\s+(?:article|story|report|piece))\s+(?:was|has\s+been|"
    r"had\s+been|is\s+being)\s+(?:[a-z]+ly\s+)?(?:amended|updated|corrected|changed|edited|revised)\b"
    r"|(?:an|a|the)\s+(?:earlier|previous|original)\s+version\s+of\s+this\s+"
    r"(?:article|story|report|piece)\b"
)
# what the article said before: "This story previously said ..."
_PREVIOUSLY_SAID = (
    r"this\s+(?:article|story|report|piece)\s+(?:previously|originally|wrongly|incorrectly)\s+"
    r"(?:said|stated|reported|gave)\b"
)
# A correction quotes what the article said before: its "said" is no reporting clause.
SELF_CORRECTION = re.compile(
    rf"^(?=.{{0,500}}$)\(?(?:(?:correction|clarification)s?\b[^:]{{0,40}}:\s*)?"
    rf"(?:{_ABOUT_ITSELF}|{_PREVIOUSLY_SAID})",
    _I,
)
EDITORIAL = re.compile(
    r"^(?=.{0,500}$)(?:[*•–—]\s*)?\(?(?:"
    + _ABOUT_ITSELF
    + "|"
    + _PREVIOUSLY_SAID
    # a production credit: "This article was produced by the Local Democracy Reporting Service."
    + r"|this\s+(?:article|story|report|piece)\s+(?:was|is|has\s+been)\s+(?:produced|written|"
    r"prepared|supplied|provided|funded|commissioned|co-published)\s+(?:by|with|in|as|for|"
    r"through|under)\b.{0,200}$"
    r"|(?:correction|clarification|update|editor['’]s\s+note)s?\b[^:.]{0,40}:"
    r"|(?:additional\s+)?reporting\s+by\s+(?-i:[A-Z])"
    # the other credits for the article's own work: "Additional reporting: Sam Hale",
    # "Contributing: Jo Ray, USA TODAY", "Fact-checked by Amy Lee"
    r"|(?:additional\s+reporting|contributing(?:\s+reporters?)?)\s*[:–—-]\s*(?-i:[A-Z])"
    r"|fact[-\s]checked\s+by\s+(?-i:[A-Z])"
    r"|with\s+(?:additional\s+)?(?:files|reporting)\s+from\s+(?-i:[A-Z])"
    # a wire's credit for help: "— With assistance from Jo Reed and Sam Hale in London"; names
    # only, so "With assistance from Red Cross volunteers, the family rebuilt ..." is a sentence
    r"|with\s+(?:additional\s+)?(?:assistance|contributions?|help)\s+(?:from|by)\s+"
    r"(?-i:[A-Z])(?:[\w'’.-]|\s(?:and|in|at|of|&)\s|\s(?-i:[A-Z])|,\s?(?-i:[A-Z]))*\.?$"
    r"|editing\s+by\s+(?-i:[A-Z])"
    r"|(?-i:[A-Z])[^.]{0,120}\s+contributed\s+(?:reporting\s+)?to\s+this\s+"
    r"(?:report|story|article)"
    # "Updated at 5.30pm with comments from the mayor", "Corrected on 12 June to fix ..."
    r"|(?:updated|amended|corrected)\s+(?:at|on)\s+.{1,40}?\s+(?:with|to)\s+.{0,160}$"
    r"|this\s+(?:article|story|report|piece)\s+was\s+(?:originally|first)\s+published\b"
    r"[^.]{0,80}\b(?:updated|amended|corrected)\b.{0,40}$"
    # the wire or agency credits of other styles: "(With inputs from PTI)", "(With PTI inputs)",
    # "— With AAP",
    # "Writing by Tom Hale; editing by ...", "Compiled by Priya Sharma"
    r"|with\s+inputs?\s+from\s+[^.]{1,40}\)?\.?$"
    r"|with\s+(?-i:[A-Z])[\w&]{1,20}(?:\s+and\s+[\w&]{1,20})?\s+inputs?\)?\.?$"
    r"|[-–—]\s*with\s+(?-i:[A-Z])[\w ,&]{1,40}$"
    r"|with\s+(?-i:AAP|AFP|AP|PTI|IANS|ANI|Reuters|agencies|wires)\W*$"
    r"|(?:writing|compiled|edited)\s+by\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}"
    r"(?:\s*[;,]\s*.{0,80})?$"
    # a funder's note that keeps the outlet's independence: "The Ledger's health coverage
    # receives support from the Hartwell Trust. The Ledger is solely responsible for all content."
    r"|(?=.{0,400}$)[^.!?]*\b(?:receives?|received|supported|funded|underwritten|"
    r"made\s+possible)\b[^.!?]*[.!?]\s+"
    r"(?=[^.!?]*\b(?:solely\s+responsible\s+for\s+(?:all\s+|its\s+|the\s+)?content|"
    r"(?:full|complete|sole)\s+editorial\s+(?:control|independence)|editorially\s+independent|"
    r"no\s+(?:say|input|influence)\s+(?:over|in|on)\s+(?:the|its|our)\s+(?:journalism|coverage|"
    r"reporting|content))\b).+$"
    r"|(?:this|our)\s+(?:[\w-]+\s+){0,3}(?:coverage|reporting|journalism|series)\s+(?:is|was)\s+"
    r"(?:supported|funded|made\s+possible|underwritten)\b.{0,200}$"
    # a wire's note on its own report, or a release's on itself: "This report by The Canadian
    # Press was first published May 17, 2024.", "This is a press release issued by the council."
    r"|this\s+(?:article|story|report|piece)(?:\s+by\s+[^.]{1,60}?)?\s+was\s+(?:first|originally)\s+"
    r"published\s+(?:on\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)"
    r".{0,40}$"
    r"|this\s+is\s+an?\s+(?:press|media|news)\s+release\b.{0,120}$"
    # "*Names have been changed to protect identities."
    r"|\*?\s*(?:some\s+|all\s+)?(?:names?|identities)\s+(?:has|have)\s+been\s+changed\b.{0,80}$"
    r")",
    _I,
)

# A reporting clause marks article text ("..., the council said"): never furniture, except for
# labelled teasers, whose headline may quote someone.
REPORTED = re.compile(
    r"\b(?:said|says|told|added|warned|wrote|according\s+to|announced|confirmed|claimed|"
    r"insisted|explained|stated|denied|admitted|revealed|argued|heard)\b",
    _I,
)
# a quotation of three words or more in double marks
_QUOTATION = re.compile(r"[\"“][^\"“”]*?\w+\W+\w+\W+\w+[^\"“”]*[\"”]")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
WORD = re.compile(r"[^\W\d_][\w'’-]*")


def is_bulleted(line: str) -> bool:
    return re.match(BULLET, line.strip()) is not None and not line.strip().startswith("--")


def carries_statement(line: str) -> bool:
    """A line with a reporting clause or a quotation is the article's: the guard that keeps a
    quote, an attributed figure or a named person's statement whatever the line's shape."""
    s = line.strip()
    if is_bulleted(s):
        return False
    if REPORTED.search(s) and len(s.split()) >= 5:
        return True
    return _QUOTATION.search(s) is not None and ends_sentence(s)


def ends_sentence(line: str) -> bool:
    return _SENTENCE_END.search(line.strip()) is not None


# words of a dateline: "Dec. 3, 2024 Updated Dec. 3, 2024 5:40 p.m."
DATE_WORD = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|"
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?|[ap]\.?m\.?|"
    r"updated|published|posted|first|last|modified|at|on|ago|hours?|mins?|minutes?|read|"
    r"today|yesterday|"
    r"gmt|bst|ist|est|edt|cst|cdt|pst|pdt|et|pt|cet|cest|sast|wat|eat|aest|aedt|awst|acst|"
    r"nzst|nzdt|utc|\W*\d[\d:.,/]*\w{0,2}\W*",
    _I,
)


def is_prose(line: str) -> bool:
    """Reads as a sentence of an article: three words or more, a lower-case word after the
    first, and a full stop (or a question or exclamation mark) at the end; or a statement.
    A dateline ("Dec. 3, 2024 Updated 5:40 p.m.") is not prose."""
    s = line.strip()
    if carries_statement(s):
        return True
    if not ends_sentence(s):
        return False
    tokens = s.split()
    others = [t for t in tokens if not DATE_WORD.fullmatch(t)]
    # a dateline is dates and names; "Doors open at 7pm." has a verb in lower case
    if len(others) <= 0.5 * len(tokens) and not any(
        w[0].islower() for w in WORD.findall(" ".join(others))
    ):
        return False
    words = WORD.findall(s)
    return len(words) >= 3 and any(w[0].islower() for w in words[1:])


# a related headline or promo in capitals ("HOSEPIPE BAN FEARS AS RESERVOIR LEVELS DROP"): six
# words or more, with the small words of a sentence; a title in capitals ("METAL GEAR SOLID:
# SNAKE EATER", "TOO FAST TOO FURIOUS (DIGITAL BRIDGES)") has none
_SMALL_WORDS = {"AS", "ON", "OF", "TO", "IN", "FOR", "AFTER", "OVER", "THE", "A", "AT", "WITH",
                "FROM", "AND", "IS", "ARE", "HAS", "BY", "INTO", "UP"}  # fmt: skip


def _capitals_teaser(line: str) -> bool:
    words = WORD.findall(line)
    letters = [ch for ch in line if ch.isalpha()]
    return (
        len(words) >= 6
        and all(ch.isupper() for ch in letters)
        and not line.rstrip().endswith((".", ":"))
        and "(" not in line
        and any(w in _SMALL_WORDS for w in words)
    )


# A line that addresses the reader with a web action: an imperative ("sign up", "check",
# "follow", "join", "listen", "watch", "tell us") about the outlet's own things (its newsletter,
# app, live coverage, comments, map, deals) or "here". Both parts are needed, so an article's
# "Check your smoke alarms" or "Follow the advice of the fire service" stays.
_WEB_ACTION = re.compile(
    rf"^(?=.{{0,260}}$){_BULLET}{_LEAD}(?:(?:please\s+)?(?:sign\s+up|subscribe|register|click|tap|"
    r"follow|download|install|join|share|watch|listen|check|read|explore|get|try|submit|"
    r"report|e-?mail|tell|send|contact|learn|find\s+out|discover|see|shop|book|vote|comment|"
    r"visit|log\s+in|stay|keep\s+up|don'?t\s+miss|never\s+miss|want|enjoy|catch))\b"
    r"(?=.*\b(?:here|newsletters?|inbox|app|podcasts?|comments?|below|link|website|"
    r"community|channel|deals?|live(?!\s+(?:in|with|near|at|alone|together))|"
    r"free|(?:our|the)\s+latest|latest\s+(?:news|updates|stories)|"
    r"our\s+(?:\w+\s+){0,3}(?:hub|map|planner|page|coverage|team|site|tracker|guide|"
    r"blog|feed|stories|reporters?|journalism|newsroom|editors?)|us|"
    + SOCIAL
    + r")\b|.*\S+@\S+\.\w+)",
    _I,
)
# A question to the reader before a call to action: "What do you think? Join the debate",
# "Were you caught up in the queues? Email travel@...", "Do you have a hero? Tell us"
_READER_QUESTION = re.compile(
    r"^(?=.{0,240}$)(?:[^?]{0,120}\b(?:you|your)\b[^?]{0,120})\?\s+"
    r"(?:e-?mail|tell|contact|send|join|share|let|write|comment|get\s+in\s+touch|call|message)"
    r"\b.*$",
    _I,
)


# a page's notice in brackets under a label: "(Disclaimer: The views of the experts are their
# own ...)", "[Note: Prices are indicative ...]"
_BRACKETED_NOTE = re.compile(r"^[(\[]\s*[A-Z][\w'’ ]{0,24}\s*:\s+\S.*[)\]]$")


def is_bracketed_note(line: str) -> bool:
    s = line.strip()
    return _BRACKETED_NOTE.match(s) is not None and not carries_statement(s)


# A line that ends with a button's label after its sentences: "Stream every goal with
# Touchline+. Sign up now.", "Audio generated by AI. Learn more.", "You can unsubscribe at any
# time. More info"
_BUTTON_AFTER = re.compile(
    r"^(?=.{0,300}$).*[.!?]\s+(?:sign\s+up|subscribe|register|learn\s+more|find\s+out\s+more|"
    r"read\s+more|more\s+info(?:rmation)?|click\s+here|join\s+(?:now|today)|download\s+now|"
    r"get\s+started|start\s+(?:now|today)|book\s+now|shop\s+now|watch\s+now|listen\s+now|"
    r"try\s+(?:it\s+)?(?:now|free))(?:\s+(?:now|today|here|for\s+free))?\W*$",
    _I,
)
# A line that ends in an order to click: "Early bird pricing ends Friday. Click here to book
# your seat.", "Tap the link below to watch." (an article sends its reader nowhere by a click)
_CLICK_ORDER = re.compile(
    r"^(?=.{0,300}$)(?:.*(?:[.!?:]|\s[-–—|])\s+)?(?:please\s+)?(?:click|tap)\s+(?:here|below|"
    r"(?:on\s+)?(?:the|this)\s+(?:link|button|banner)\s+below)\b[^.!?]{0,120}[.!?]?$",
    _I,
)
# An order to keep up with the outlet's latest, full stop or not: "Stay across the latest
# emergency updates on ABC Emergency.", "Catch up on every court story on the Courier."
_LATEST = re.compile(
    rf"^(?=.{{0,220}}$){_BULLET}(?:stay|keep|get|catch|follow|read|find|see|check)\b"
    r"[^.!?]{0,80}\b(?:(?:the|our|all\s+the)\s+latest|every|all\s+(?:the|our)|our)\s+"
    r"(?:[\w-]+\s+){0,2}(?:news|updates|headlines|stories|story|coverage|videos|podcasts)\b"
    r"[^!?]{0,120}$"
    # the purpose first: "For the latest news, weather and sport, head to WLNX 6 News." (the
    # outlet's news; "For the latest updates on closures, visit the council website" is advice)
    r"|^(?=.{0,220}$)for\s+(?:the|our|all\s+the)\s+latest\s+(?:local\s+|breaking\s+)?"
    r"(?:news|headlines)\b[^.!?]{0,100},\s*(?:head|go|tune|turn|download|follow|subscribe|"
    r"sign\s+up)\b[^!?]{0,120}$",
    _I,
)


def line_kind(line: str) -> str | None:
    """The kind of furniture a single line is, or None for article text."""
    s = line.strip()
    if not s:
        return None
    inner = _unwrapped(s)
    if inner != s and (kind := line_kind(inner)) is not None:
        return kind  # "[READ MORE: ...]": the brackets do not change what the line is
    if EDITORIAL.match(s) and (not REPORTED.search(s) or SELF_CORRECTION.match(s)):
        return "editorial"
    if is_share_bar(s):
        return "share-prompt"
    guarded = carries_statement(s)
    for kind, pattern in _LINE_PATTERNS:
        if pattern.match(s) and (kind == "read-more" or not guarded):
            return kind
    if guarded:
        return None
    # a call to action is a label, not a sentence: "Listen to the full interview on our
    # website from 7pm." is the article telling the reader where to hear more
    if not s.endswith(".") and (_WEB_ACTION.match(s) or _READER_QUESTION.match(s)):
        return "promo"
    if _BUTTON_AFTER.search(s) or _LATEST.match(s) or _CLICK_ORDER.match(s):
        return "promo"
    if _capitals_teaser(s):
        return "read-more"
    return None


_WRAPPED = re.compile(r"^\[(.+)\]$|^\((.+)\)$")
# a line set in italics or bold with the marks pasted: "*This article was updated at ...*",
# "_Additional reporting by ..._", "**Correction:** ..."
_EMPHASIS = re.compile(r"^([*_]{1,3})(?=[^\s*_])(.+?)(?:\1)?$")


def _unwrapped(line: str) -> str:
    """The line inside the brackets or emphasis marks that enclose all of it, if any."""
    m = _EMPHASIS.match(line)
    if m is not None:
        return m.group(2).replace(m.group(1), "").strip()
    m = _WRAPPED.match(line)
    if m is None:
        return line
    inner = (m.group(1) or m.group(2)).strip()
    return line if any(ch in inner for ch in "[]()") else inner


# A teaser under a label in capitals: "MATCH REPORT: Harcastle United 0-3 Millbrook Athletic",
# "WATCH | The moment the roof gave way". The label is a word or four in capitals, the teased
# title is not a sentence (no final stop) and not in capitals itself (a title in capitals,
# "METAL GEAR SOLID: SNAKE EATER", is a name)
_CAPITALS_LABEL = re.compile(
    r"^[A-Z][A-Z'’&-]+(?:\s+[A-Z'’&-]+){0,3}\s*[:|]\s+(?P<title>\S.{0,200})$"
)


def is_labelled_teaser(line: str) -> bool:
    s = line.strip()
    m = _CAPITALS_LABEL.match(s)
    if m is None or carries_statement(s):
        return False
    title = m.group("title")
    return (
        any(ch.islower() for ch in title)
        and not ends_sentence(title)
        and not title.endswith(":")
        and len(title.split()) <= 20
    )


# The mark a press release or a wire story ends with: "ENDS", "- ends -", "###", "-30-"
# (the conventions of press offices and wire desks). What follows it is the sender's notes.
_END_MARK = re.compile(r"^[-–—*\s]*(?:ends?|#{3}|-30-)[-–—*\s]*$", _I)


def is_end_mark(line: str) -> bool:
    s = line.strip()
    return _END_MARK.match(s) is not None and (s.isupper() or not s[:1].isalpha())


# A line of share buttons: "Tweet this | Email this | Print this page", "Facebook · X · Copy link"
_SHARE_TOKEN = re.compile(
    rf"^(?:(?:share|tweet|e-?mail|print|save|send|post|pin|copy)(?:\s+(?:this|on|to|link))*"
    rf"(?:\s+(?:page|article|story|link))?(?:\s+{SOCIAL})?|{SOCIAL}|copy\s+link)$",
    _I,
)
# the bare separator: "\s*[|/]\s*" tried at every space of a long blank run is quadratic
_SHARE_SEPARATORS = re.compile(r"[|•·/]")


def is_share_bar(line: str) -> bool:
    parts = [p.strip() for p in _SHARE_SEPARATORS.split(line)]
    parts = [p for p in parts if p]
    return len(parts) >= 2 and all(_SHARE_TOKEN.match(p.strip()) for p in parts)
