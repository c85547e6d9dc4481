"""The boilerplate stripper, measured on ten articles of our own with furniture mixed in.

In each fixture a line starting with ``@@ `` is boilerplate. The test strips the marker, feeds
the text to the stripper and checks that exactly those lines go, that every article line stays,
and that each removed span points at the removed text in the input.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.article import Article
from newslint.clean import clean, line_kind, strip_boilerplate
from newslint.page_edges import is_menu

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "boilerplate").glob("*.txt"))
MARK = "@@ "


def _truth(path: Path) -> tuple[str, list[str], list[str]]:
    """The input as fed to newslint, its boilerplate lines and its article lines."""
    text_lines, boilerplate, article = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(MARK):
            line = line[len(MARK) :]
            boilerplate.append(line)
        elif line.strip():
            article.append(line)
        text_lines.append(line)
    return "\n".join(text_lines) + "\n", boilerplate, article


def test_there_are_ten_fixtures_of_article_length():
    assert len(FIXTURES) == 10
    for path in FIXTURES:
        _, boilerplate, article = _truth(path)
        words = sum(len(line.split()) for line in article)
        assert 300 <= words <= 700, (path.name, words)
        assert len(boilerplate) >= 3, path.name


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_exactly_the_boilerplate_goes(path):
    text, boilerplate, article = _truth(path)
    cleaned, removed = strip_boilerplate(text)

    kept = [line for line in cleaned.splitlines() if line.strip()]
    assert kept == article  # no article line lost, nothing extra kept, order unchanged

    removed_lines = [line for r in removed for line in r.text.splitlines() if line.strip()]
    assert [line.strip() for line in removed_lines] == [line.strip() for line in boilerplate]


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_removed_offsets_point_into_the_input(path):
    text, _, _ = _truth(path)
    _, removed = strip_boilerplate(text)
    assert removed
    for r in removed:
        assert text[r.start : r.end] == r.text
        assert r.text == r.text.strip()
        assert r.kind
    starts = [r.start for r in removed]
    assert starts == sorted(starts)


def test_figures_over_all_fixtures():
    """The README's figures: every promo line removed, zero article lines removed."""
    promo_total = promo_removed = article_total = article_lost = 0
    for path in FIXTURES:
        text, boilerplate, article = _truth(path)
        cleaned, removed = strip_boilerplate(text)
        kept = {line for line in cleaned.splitlines() if line.strip()}
        gone = {line.strip() for r in removed for line in r.text.splitlines()}
        promo_total += len(boilerplate)
        promo_removed += sum(1 for b in boilerplate if b.strip() in gone)
        article_total += len(article)
        article_lost += sum(1 for a in article if a not in kept)
    assert (promo_removed, article_lost) == (promo_total, 0)
    assert promo_total >= 50 and article_total >= 100


@pytest.mark.parametrize(
    "line",
    [
        "READ MORE: Council confirms budget cuts",
        "Read more: Ten things to do this weekend",
        "ALSO READ: Bus fares to rise",
        "WATCH: How the bridge was built",
        "LIVE: Election results as they come in",
        "Sign up to our free morning newsletter",
        "Get the best stories sent straight to your inbox",
        "Never miss a story: get our daily briefing",
        "Source: Reuters",
        "Source: Aske Valley Gazette",
        "Read Full Article",
        "Read the full story on our website",
        "Originally published at example.org",
        "This article first appeared in the Danbury Chronicle.",
        "Share this article",
        "Share on Facebook | Share on X | Copy link",
        "Follow us on Instagram and TikTok",
        "Follow @CityNews on X",
        "Like us on Facebook",
        "Tweet this | Email this | Print this page",
        "Advertisement",
        "ADVERTISEMENT",
        "Story continues below advertisement",
        "Download our free app for breaking news alerts",
        "Support independent journalism. Become a member today.",
        "Have you been affected? Email us at news@example.org",
        "Copyright 2024 Example News. All rights reserved.",
        "Comments (12)",
        "Listen to this article",
        "Subscribe now",
        "Image source, Getty Images",
        "Image caption, Firefighters worked through the night",
        "Photo: Brinsea News",
    ],
)
def test_boilerplate_line(line):
    assert line_kind(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "The museum's newsletter, sent to about 8,000 members, said the coins would go on show.",
        '"Read more books, and talk about them at home," the head teacher told parents.',
        "Read more, cut less, she told the council.",
        "Sources close to the club said the offer was worth £40m.",
        "Source: the county finds officer, who recorded every coin on a national database "
        "before they were cleaned.",
        "Print editions of the timetable will not be updated before the strike.",
        "Print on demand has kept the small publisher afloat, she said.",
        "Like on previous occasions, the strike will close most schools.",
        "Follow the advice of the emergency services, the agency said.",
        "Share prices fell by 4% on the news.",
        "Watch the weather as well: snow is expected on high ground.",
        "Join the dots between the two industries, the report said, and both could share the sea.",
        "Register your interest in the shares had been the message to staff in March.",
        "Subscribers to the school's weekly email bulletin were sent a list of books.",
        "Email alerts are sent to patients when a clinic has a cancellation.",
        "Advertising revenue fell by a third last year.",
        "A new chapter",
        "Photographs of the flood were shared widely on Sunday.",
        "Subscribers will pay £2 more a month from April.",
        "Next steps",
    ],
)
def test_article_line_stays(line):
    assert line_kind(line) is None


def test_subheading_after_a_link_list_stays():
    text = (
        "The council met on Monday.\n\nRelated stories\nBus fares to rise\nPool reopens\n\n"
        "What happens next\n\nThe plan goes to a vote in May.\n"
    )
    cleaned, removed = strip_boilerplate(text)
    assert "What happens next" in cleaned
    assert [r.kind for r in removed] == ["related-links"]
    assert removed[0].text == "Related stories\nBus fares to rise\nPool reopens"


def test_link_list_with_blank_lines_between_items():
    text = (
        "The council met on Monday.\n\nMore on this story\n\nBus fares to rise\n\n"
        "Pool reopens after refit\n\nThe plan goes to a vote in May.\n"
    )
    cleaned, removed = strip_boilerplate(text)
    assert cleaned == "The council met on Monday.\n\nThe plan goes to a vote in May."
    assert removed[0].text.splitlines()[-1] == "Pool reopens after refit"


def test_a_heading_without_links_is_article_text():
    text = "Most read\n\nThe library is the most read-from building in town, staff said.\n"
    cleaned, removed = strip_boilerplate(text)
    assert removed == []
    assert cleaned.startswith("Most read")


def test_clean_refuses_an_article_that_is_all_boilerplate():
    from newslint.errors import InputError

    with pytest.raises(InputError, match="no article text left"):
        clean(Article(text="Advertisement\n\nShare this article\n", source="x.txt"))


def test_crlf_and_offsets():
    text = "Body line one.\n\nREAD MORE: Other story\n\nBody line two.\n"
    cleaned, removed = strip_boilerplate(text)
    assert cleaned == "Body line one.\n\nBody line two."
    assert text[removed[0].start : removed[0].end] == "READ MORE: Other story"


# -- page shapes: reader prompts, credits, capitals, editorial notes, the page's edges --------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Check if your bus is running with our live journey planner", "promo"),
        ("Listen live to City FM every weekday morning", "promo"),
        ("SHOW 2025: Follow our live coverage from the main stage", "promo"),
        ("Points Table: Check full standings here", "promo"),
        ("Join our WhatsApp community for all the latest news", "promo"),
        ("What do you think? Join the debate in the comments", "promo"),
        ("Were you stuck in the queues? Email travel@example.org", "promo"),
        (
            "Don't miss the latest news from the valley - sign up to our newsletter here",
            "newsletter",
        ),
        ("Sponsored: Speed up your payroll with AcmePay", "promo"),
        ("READ | Outage schedule: Check when your area will be affected", "read-more"),
        ("BUS FARES TO RISE FOR THE THIRD TIME THIS YEAR", "read-more"),
        ("Flooded homes in Ynys on Wednesday (Image: Ceri Lloyd)", "caption"),
        ("Pickets at the depot on Monday (Dan White/PA Wire)", "caption"),
        ("(Photo: Danny Hart/Echo Pictures)", "caption"),
        ("This article was amended on 6 May 2024 to correct the name of the ward.", "editorial"),
        ("Correction, 15 May 2024: An earlier version gave the wrong date.", "editorial"),
        ("Additional reporting by Jane Hill", "editorial"),
        ("Reporting by Dan Oak; Editing by Paul Sim", "editorial"),
        ("With files from Hannah Lee", "editorial"),
        ("Press Association writer Jo Moore in Leeds contributed to this report.", "editorial"),
        # credits and update notes in other styles: agency inputs, wire desks, changed names
        ("(With inputs from PTI)", "editorial"),
        ("- With AAP", "editorial"),
        ("With AFP", "editorial"),
        ("Writing by Tom Hale; editing by Ana Ruiz", "editorial"),
        ("Compiled by Priya Sharma", "editorial"),
        ("Updated at 5.30pm with comments from the mayor.", "editorial"),
        ("Corrected on 12 June to fix the spelling of a councillor's name.", "editorial"),
        ("*Names have been changed to protect identities.", "editorial"),
        ("This story was first published on 3 May and has since been updated.", "editorial"),
        ("Copyright 2024 Reuters", "promo"),
        ("Copyright © The Valley Herald", "promo"),
    ],
)
def test_page_shape_line(line, kind):
    assert line_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Check your smoke alarms before the clocks go back.",
        "Listen to the full interview on the station's website from 1900 GMT.",
        "METAL GEAR SOLID: SNAKE EATER",
        "TOO FAST TOO FURIOUS (DIGITAL BRIDGES)",
        "Strictly Come Dancing drew an average of 8.4m viewers.",
        "Follow our lead, the minister told the conference.",
        "The report was updated on Monday, the council said.",
        # sentences about copyright, compiling or names, and a court's hearing, are the story's
        "Copyright in the design is held by the university, the court heard.",
        "Copyright lawyers say the ruling will be appealed.",
        "Compiled by the statistics office, the figures show a sharp fall in arrivals.",
        "With inputs from farmers and traders, the panel drew up a new price list.",
        "Names of the victims have not been released.",
    ],
)
def test_page_shape_article_line_stays(line):
    assert line_kind(line) is None


PAGE = """Council approves new bus lanes after two-hour debate

Transport
Local news
By Jo Bloggs, Transport Reporter
Updated 4 March 2024, 9:02am

The council approved the new bus lanes on Tuesday after a two-hour debate.

Work on the first lane starts in March, the council said.

Jo Bloggs is a transport reporter covering the city. Email: jo@example.org
Topics
- Buses
- Council
Bus fares to rise in April
"""


def test_the_edges_of_a_pasted_page_go():
    cleaned, removed = strip_boilerplate(PAGE)
    assert cleaned.splitlines()[0] == "Council approves new bus lanes after two-hour debate"
    assert [line for line in cleaned.splitlines() if line][1:] == [
        "The council approved the new bus lanes on Tuesday after a two-hour debate.",
        "Work on the first lane starts in March, the council said.",
    ]
    assert removed[0].kind == "page-header"
    assert removed[0].text.splitlines()[-1] == "Updated 4 March 2024, 9:02am"
    assert removed[-1].text.splitlines()[-1] == "Bus fares to rise in April"


def test_short_lines_at_the_edges_stay_without_sign_of_a_page():
    """A match report's venue, kick-off and line-ups are the article's when nothing marks the
    text as a pasted page."""
    text = (
        "Blackburn v Burnley\n\nEwood Park\n\nTuesday, 1 March\n\n2000 GMT\n\n"
        "Blackburn will be without their captain for the replay.\n\n"
        "Friedel, Neill, Todd, Nelsen, Matteo.\n\nSubs Not Used:\n"
    )
    cleaned, removed = strip_boilerplate(text)
    assert removed == []
    assert cleaned == text.strip("\n")


def test_a_statement_at_the_edge_stays():
    text = (
        "Council approves new bus lanes\n\nBy Jo Bloggs\n\n"
        "The council approved the bus lanes on Tuesday.\n\n"
        'Asked about the cost, the leader said: "It will pay for itself"\n'
        "Topics: Buses\n"
    )
    cleaned, removed = strip_boilerplate(text)
    assert 'the leader said: "It will pay for itself"' in cleaned
    assert [r.text for r in removed] == ["By Jo Bloggs", "Topics: Buses"]


def test_a_headline_set_among_furniture_goes_with_it():
    text = (
        "Chargers out of action\n\nDrivers found one charger in ten broken, the survey found.\n\n"
        "Sign up to our newsletter for the latest car news\nAdvertisement\n"
        "Best family cars 2024: the top picks you can buy\n\n"
        "Operators said reliability had improved.\n\n"
        "Motorway chargers\n\nThe worst sites were at motorway services.\n"
    )
    cleaned, removed = strip_boilerplate(text)
    assert "Best family cars 2024" not in cleaned
    assert [r.kind for r in removed if "Best family" in r.text] == ["related-links"]
    # a subheading of the article's own, a block of its own, stays
    assert "Motorway chargers" in cleaned


def test_one_furniture_line_does_not_take_its_block():
    text = (
        "Bus lanes approved\n\nThe council approved the bus lanes.\n\n"
        "Advertisement\nWhat the changes mean for drivers\n\nThe lanes open in May.\n"
    )
    cleaned, _ = strip_boilerplate(text)
    assert "What the changes mean for drivers" in cleaned


def test_editorial_notes_are_set_aside_with_their_own_kind():
    text = (
        "Ward to close\n\nThe hospital will close the ward in May, the trust said.\n\n"
        "This article was amended on 6 May 2024. An earlier version gave the number of beds "
        "as 40.\n"
    )
    cleaned, removed = strip_boilerplate(text)
    assert "amended" not in cleaned
    assert [r.kind for r in removed] == ["editorial"]
    assert text[removed[0].start : removed[0].end].startswith("This article was amended")


def test_txt001_counts_editorial_notes_apart():
    from newslint import check

    text = (
        "Ward to close\n\nThe hospital will close the ward in May, the trust said.\n\n"
        "READ MORE: Clinic hours cut\n\nAdditional reporting by Jane Hill\n"
    )
    (finding,) = check(text, select=["TXT001"]).findings
    assert finding.message == (
        "removed 1 piece of boilerplate before checking (1 read-more); set aside 1 editorial note"
    )


# -- a page's header after a standfirst, menus, bars of page facts -------------------------------

STANDFIRST_PAGES = [
    (
        "Ferry fares to double on island routes\n\n"
        "Islanders say the rise will empty the outer isles of young families.\n\n"
        "By Morag Innes, Highlands Reporter\nUpdated 4th Mar 2024, 9:02am GMT\n5 min read\n\n"
        "Ferry fares on the outer island routes will double from April, the operator said.\n",
        ["By Morag Innes", "Updated 4th Mar", "5 min read"],
    ),
    (
        "Chef's renovation sparks row\n\n"
        "Neighbours claim the works cracked their walls.\n\n"
        "Tess Brady\n@tessbrady\n3 min read\nComments\n\n"
        "A chef is at war with his neighbours over a renovation, the council said.\n",
        ["Tess Brady", "@tessbrady", "3 min read", "Comments"],
    ),
    (
        "Rural clinics closed 4,000 hours, audit finds\n\n"
        "Saskatchewan\n"
        "Ana Roy · Prairie News · Posted: Mar 2, 2024 4:00 AM CST | Last Updated: March 2\n"
        "Social Sharing\n\n"
        "Rural clinics were closed for 4,000 hours last year, according to the auditor.\n\n"
        "Clinic hours fell in every region, the report said.\n\n"
        "Journalistic Standards and Practices|About Prairie News\n"
        "Corrections and clarifications|Submit a news tip|Report error\n",
        ["Saskatchewan", "Ana Roy", "Social Sharing", "Journalistic Standards", "Corrections and"],
    ),
]


@pytest.mark.parametrize(("page", "gone"), STANDFIRST_PAGES, ids=["byline", "handle", "bars"])
def test_a_header_after_a_standfirst_and_a_menu_go(page, gone):
    cleaned, _removed = strip_boilerplate(page)
    for label in gone:
        assert label not in cleaned, label
    # the standfirst and the article's sentences stay
    sentences = [line for line in page.splitlines() if line.endswith(".")]
    assert all(sentence in cleaned for sentence in sentences)


def test_a_standfirst_with_no_page_header_after_it_stays():
    text = (
        "Ferry fares to double\n\nIslanders say the rise will empty the isles.\n\n"
        "Tolls Review\n\nFares on the island routes will double from April, the operator said.\n"
    )
    cleaned, removed = strip_boilerplate(text)
    assert "Tolls Review" in cleaned and not removed


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "Want to join the conversation? Please log in to comment on this article.",
            "share-prompt",
        ),
        ("CONTINUE READING: Inside the chef's new harbour home", "read-more"),
    ],
)
def test_reader_prompts_and_teasers(line, kind):
    assert line_kind(line) == kind


def test_an_also_read_heading_takes_its_headline():
    text = (
        "Water cut in 14 wards\n\nThe city announced an alternate-day water supply on Sunday.\n\n"
        "ALSO READ\nCity records season's highest temperature at 41.2 degrees\n\n"
        "The decision was taken after the dams fell below a third of capacity, officials said.\n"
    )
    cleaned, _removed = strip_boilerplate(text)
    assert "ALSO READ" not in cleaned and "highest temperature" not in cleaned
    assert "dams fell" in cleaned


@pytest.mark.parametrize(
    "line",
    [
        "Rovers 2 | City 1",
        "Prices rose 4% | the council said it would act.",
        "Mayor Jo Hart · Deputy Sam Lee · 14 votes to 9",
    ],
)
def test_what_is_not_a_menu(line):
    assert not is_menu(line)


def test_a_menu():
    assert is_menu("Corrections and clarifications|Submit a news tip|Report error")


def test_a_sentence_about_a_site_between_two_others_stays():
    text = (
        "File-sharing site shuts\n\nStudios have claimed a high-profile victim.\n\n"
        "The site was the busiest place for trading download links.\n\n"
        "A study showed that half of the traffic was for the network.\n"
    )
    cleaned, removed = strip_boilerplate(text)
    assert "The site was the busiest place" in cleaned and not removed
