"""DAT003: a stated duration checked only against the spell it measures. Three readings that
pair it with another spell's dates:

- a duration in the present perfect ("has been running for 20 months") runs up to the time of
  telling: a deadline after the published date is not its end (but "her 14 years in charge
  have not been smooth" is what the verb speaks of, and is checked);
- "docked on Tuesday, 93 days after leaving on Sunday, March 1": a weekday named without a
  date is that weekday of the week before publication (or after), not the published date;
- a headline's "after 52 days" said again in the body is the body's, judged there, not
  against whatever spell is nearest the headline.

Passages written for these tests; each mechanism has passages that fire and near-misses that
stay silent."""

from __future__ import annotations

import pytest

# (text, published, the duration flagged)
FIRES = [
    # present perfect, but the spell it disagrees with ended before publication
    ("The bridge was closed on 5 January and reopened on 16 February.\n\nIt has been shut for "
     "ten weeks in all, the council admitted.", "2026-03-01", "ten weeks"),
    # not a perfect: a festival ahead, told in the present, is its own dates
    ("The festival runs from 3 August to 10 August, a fortnight of music in the park.",
     "2026-07-01", "a fortnight"),
    # a weekday named without a date that fits neither week around publication
    ("The ferry returned to Oban on Thursday, 30 days after leaving on 1 April.", "2026-05-15",
     "30 days"),
    # a duration that is what a perfect verb speaks of, not its time: the spell to the exit
    # ahead ("will step down on" ends a spell as "stepped down on" does)
    ("The head teacher, Lena Ortiz, will step down on 31 July 2026, the governors said.\n\n"
     "Ortiz was appointed on 1 September 2016.\n\nBut Ortiz's 14 years in charge have not all "
     "been smooth.", "2026-05-10", "14 years"),
    # a headline's duration the body does not say again is the headline's own
    ("Rower home after 62 days at sea\n\nThe Cork rower set off from La Gomera on 28 November "
     "and returned to port on 19 January.", "2026-01-22", "62 days"),
]  # fmt: skip

SILENT = [
    # a campaign running now, with a deadline ahead
    ("The Save Our Lido campaign was launched on 2 May 2024. It has been running for 20 months "
     "and organisers hope to close it by 30 April.", "2026-01-15"),
    ("Talks between the union and the trust began on 9 September 2025. They have now gone on "
     "for three months, and a deal is due by 20 March.", "2025-12-10"),
    ("Road works on the A6 started on 6 October and have lasted six weeks so far; the road "
     "reopens on 19 December.", "2025-11-18"),
    ("The head teacher, Lena Ortiz, will step down on 31 July 2026, the governors said.\n\n"
     "Ortiz was appointed on 1 September 2016.\n\nBut Ortiz's ten years in charge have not all "
     "been smooth.", "2026-05-10"),
    # the day of the duration's clause is a weekday of the week before publication
    ("The trawler docked in Fremantle on Tuesday, 93 days after leaving port on Sunday, March 1.",
     "2026-06-05"),
    ("The climbers were rescued on Monday, 14 days after setting out from base camp on 18 May.",
     "2026-06-03"),
    # the headline's duration is the body's, which fits its own dates
    ("Rower home after 52 days at sea\n\nA Cork rower has become the first woman from the "
     "county to cross the Atlantic alone.\n\nShe reached Antigua on 19 January, 52 days after "
     "setting off from La Gomera on 28 November.\n\nHer support crew's yacht shadowed the "
     "race from 2 December to 4 January.", "2026-01-22"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "duration"), FIRES)
def test_duration_against_its_own_spell_fires(rule_findings, text, published, duration):
    report, found = rule_findings("DAT003", text, published)
    assert len(found) == 1, [f.message for f in found]
    assert report.text[found[0].start : found[0].end] == duration


@pytest.mark.parametrize(("text", "published"), SILENT)
def test_duration_against_another_spell_is_silent(rule_findings, text, published):
    _, found = rule_findings("DAT003", text, published)
    assert found == [], [f.message for f in found]
