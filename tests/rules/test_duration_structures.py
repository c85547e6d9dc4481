"""DAT003: how a duration is tied to the dates it measures, read by structure (passages written
for these tests).

- "after a six-week trial that began on 15 January": the relative clause gives the spell's
  first day, "after" puts its last at the main clause's time (a date of its own, the weekday it
  names, or the published date);
- "their 65th wedding anniversary" counts from the one year the couple married in.
"""

from __future__ import annotations

from conftest import dated_cases

# (text, published, the duration flagged)
FIRES = [
    ("Darren Pyke, 56, was convicted on Friday after a six-week trial that began on Monday 15 "
     "January.", "2024-03-23", "six-week"),
    ("The council approved the budget on 30 April, after a 21-day consultation that opened on "
     "2 April.", "2024-05-02", "21-day"),
    ("Workers at the plant returned on Monday following a three-week strike which started on "
     "8 July.", "2024-08-21", "three-week"),
    ("Joan and Des Keane were married in Tralee on 2 June 1962.\n\nOn Sunday the couple "
     "celebrated their 64th wedding anniversary with their family.", "2024-06-04",
     "their 64th wedding anniversary"),
    ("The pair wed in a registry office in Leeds in 1974. Last weekend they marked their 40th "
     "wedding anniversary at the same pub where they met.", "2024-09-10",
     "their 40th wedding anniversary"),
]  # fmt: skip

SILENT = [
    ("Darren Pyke, 56, was convicted on Friday after a six-week trial that began on Monday 5 "
     "February.", "2024-03-23"),
    ("The council approved the budget on 30 April, after a 28-day consultation that opened on "
     "2 April.", "2024-05-02"),
    # no "after": the trial's end is not the clause's time
    ("A six-week trial that began on Monday 15 January is expected to end in late February, "
     "the court heard on Friday.", "2024-03-23"),
    # the relative clause's day is not the duration's thing's start
    ("The jury was sent out on Friday after a six-week trial, which the judge said on 15 "
     "January would be short.", "2024-03-23"),
    ("Joan and Des Keane were married in Tralee on 2 June 1962.\n\nOn Sunday the couple "
     "celebrated their 62nd wedding anniversary with their family.", "2024-06-04"),
    # a wedding year is not where a club's anniversary counts from
    ("Club founder Tom Reid married in 1974.\n\nThe club marks its 30th anniversary this "
     "month.", "2024-09-10"),
]  # fmt: skip


test_duration_fires, test_duration_silent = dated_cases("DAT003", FIRES, SILENT)
