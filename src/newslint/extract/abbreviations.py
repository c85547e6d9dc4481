"""Short forms news copy writes with or without a full stop ("Mr.", "Gen. Ruiz", "Jan. 1",
"Acme Corp."): one table, in named groups, for the readers that must not take the stop for a
sentence's end and for the names that carry a title.

Each reader takes the groups it needs: the sentence splitter all of them, the end of a "since"
clause only the months and the courtesy titles, a name's titles only the titles. Written for
newslint from general English usage.
"""

from __future__ import annotations

# a month's short form: "Jan. 1", "Sept. 30" (May, June and July are printed whole)
MONTHS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
# the months in full, which a splitter never needs: "May." ends a sentence
FULL_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")  # fmt: skip
# a month in full or short: "January", "Jan"
MONTH_WORDS = (*FULL_MONTHS, *MONTHS)
# titles of courtesy before a name: "Mr. Amar", "Dr Okafor"
COURTESY_TITLES = ("Mr", "Mrs", "Ms", "Dr")
# honorifics: the titles that make the name after them a person's ("Ms Chandran", "Sir Keir",
# "Lady Hale")
HONORIFICS = (*COURTESY_TITLES, "Miss", "Mx", "Prof", "Sir", "Dame", "Lord", "Lady")
# "St. Louis", "St Mary's" (a saint), "Baker St." (a street)
SAINT = ("St",)
# titles of rank or office before a name: "Prof. Hale", "Gen. Ruiz", "Sen. Diaz"
RANK_TITLES = ("Prof", "Sgt", "Gen", "Col", "Lt", "Capt", "Rev", "Sen", "Rep", "Gov")
# after a company's name: "Acme Inc.", "Baxter & Co."
COMPANY_SUFFIXES = ("Inc", "Ltd", "Co", "Corp")
# before a figure or a rival: "No. 10", "Nos. 4 and 5", "approx. 40", "Leeds vs. Hull"
FIGURE_WORDS = ("No", "Nos", "vs", "approx")


def alternatives(*groups: tuple[str, ...]) -> str:
    """The groups' words as a regular expression's alternatives: "Mr|Mrs|...", in order."""
    return "|".join(word for group in groups for word in group)
