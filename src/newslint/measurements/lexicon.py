"""The newsroom's words for what a figure measures, folded into classes.

Two mentions are one measure only when their words fall in one class here: "the £1.9m
refurbishment" and "the £9.1m scheme" (a project), "recaptured" and "retaken" (recapture). The
classes are small on purpose: a word missing here costs a miss, a word wrongly here costs a
false alarm.
"""

from __future__ import annotations

import re

# nouns a figure labels ("the £4.2m scheme"), by the thing they name
NOUN_CLASSES: dict[str, set[str]] = {
    "project": {
        "scheme", "plan", "project", "programme", "program", "development", "redevelopment",
        "refurbishment", "renovation", "upgrade", "overhaul", "revamp", "regeneration",
        "proposal", "restoration", "refit", "works", "expansion", "extension", "makeover",
        "conversion", "rebuild", "modernisation", "modernization", "improvement",
    },
    "energy site": {"farm", "plant", "station", "park", "array", "facility", "installation"},
    "venue": {"arena", "stadium", "venue", "ground", "bowl"},
    "theatre": {"theatre", "theater", "hall", "auditorium", "playhouse"},
    "road": {"road", "bypass", "motorway", "highway", "route", "link", "dual carriageway",
             "greenway", "trail", "path", "cycleway", "walkway", "track", "boardwalk"},
    "flood defence": {"levee", "wall", "barrier", "embankment", "defence", "defense",
                      "floodwall", "dyke", "dike", "seawall"},
    "building": {"building", "tower", "block", "skyscraper", "headquarters", "hq", "complex"},
    "deal": {"deal", "contract", "agreement", "settlement", "takeover", "acquisition", "merger"},
    "package": {"package", "bailout", "rescue", "stimulus", "assistance", "aid", "relief"},
    "appeal": {"appeal", "campaign", "fundraiser", "crowdfunder", "drive"},
    "fire": {"fire", "wildfire", "blaze", "bushfire", "inferno", "megafire", "wildland fire"},
    "home": {"home", "house", "mansion", "flat", "apartment", "villa"},
    # words for any piece of land or holding: like "project", they may name a thing of any
    # other class ("the 120,000-hectare station" ... "the property")
    "property": {"property", "estate", "site", "holding", "landholding", "plot", "parcel"},
    "ship": {"ship", "vessel", "boat", "ferry", "tanker", "liner", "yacht"},
    "reserve": {"reserve", "sanctuary", "zone", "refuge", "preserve", "wilderness"},
    "library": {"library"},
    "tunnel": {"tunnel"},
    "bridge": {"bridge", "crossing", "viaduct"},
    "hospital": {"hospital"},
    "school": {"school", "academy", "college", "campus"},
    "prison": {"prison", "jail", "gaol"},
    "centre": {"centre", "center", "hub"},
    "pipeline": {"pipeline", "pipe", "main", "cable", "line", "railway", "rail link"},
}  # fmt: skip
# the classes whose nouns can name a thing of any other class: "the development" (a wind
# farm), "the property" (a cattle station)
GENERIC_LABELS = frozenset({"project", "property"})
# determiners that point back at a thing already told (a closed class)
DEFINITE_WORDS = frozenset({"the", "this", "that", "these", "those", "its", "their"})
NOUN_CLASS = {noun: name for name, nouns in NOUN_CLASSES.items() for noun in nouns}
# words that name another thing of the same kind beside the one told ("her sister ship, a
# 16,000-tonne vessel", "its rival's 320 stores"): a closed class
ANOTHER_OF_KIND = frozenset({
    "sister", "twin", "rival", "sibling", "counterpart", "predecessor", "successor",
    "neighbouring", "neighboring",
})  # fmt: skip
# the parts of a place by the compass, each word to the part it names ("northern" -> north)
COMPASS_PARTS = {"northern": "north", "southern": "south", "eastern": "east", "western": "west",
                 "north": "north", "south": "south", "east": "east", "west": "west",
                 "central": "central", "north-east": "north-east", "north-west": "north-west",
                 "south-east": "south-east", "south-west": "south-west",
                 "northeast": "north-east", "northwest": "north-west", "southeast": "south-east",
                 "southwest": "south-west", "northeastern": "north-east",
                 "northwestern": "north-west", "southeastern": "south-east",
                 "southwestern": "south-west"}  # fmt: skip
# the ordinals that pick one stage or part of a series: "the first phase", "the final leg"
ORDINAL_WORDS = frozenset({
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "final",
})  # fmt: skip
# families of words that pick one member of a set of siblings ("the northern section" / "the
# southern section", "the first phase" / "the second phase", "the upper deck" / "the lower
# deck"): two clauses naming two members of one family name two things
SIBLING_WORDS = (
    frozenset(COMPASS_PARTS),
    ORDINAL_WORDS,
    frozenset({"upper", "lower", "inner", "outer", "front", "rear"}),
)

# verbs of events whose object is one measure in a story: what was taken, burned, raised
VERB_CLASSES: dict[str, set[str]] = {
    "recapture": {"recapture", "retake", "regain", "reclaim", "liberate", "win back", "take back",
                  "claw back", "seize back", "recover"},
    "capture": {"capture", "seize", "occupy", "conquer", "annex", "overrun", "take over"},
    "burn": {"burn", "scorch", "destroy", "raze", "consume", "blacken", "char", "ravage", "gut",
             "devastate", "sweep through"},
    "flood": {"flood", "inundate", "submerge", "swamp", "deluge"},
    "strip": {"strip", "devour", "eat"},
    "raise": {"raise", "crowdfund"},
    "employ": {"employ", "hire", "staff"},
    "inspect": {"inspect", "survey", "check", "examine", "test", "audit", "visit", "assess",
                "poll", "question", "interview", "screen"},
    "evacuate": {"evacuate", "rescue", "relocate", "move", "displace"},
    "arrest": {"arrest", "detain", "charge", "take into custody"},
    "kill": {"kill", "die"},
    "injure": {"injure", "hurt", "wound"},
    "wait": {"wait"},
    "vaccinate": {"vaccinate", "jab", "immunise", "immunize"},
    "treat": {"treat", "admit", "hospitalise", "hospitalize"},
    "cull": {"cull", "slaughter"},
    "sell": {"sell"},
    "plant": {"plant"},
    "build": {"build", "construct"},
    "cut": {"axe", "shed", "lay off", "make redundant"},
    "stop": {"stop", "pull over"},
    "carry": {"carry", "transport", "ship", "haul"},
    "fell": {"fell", "chop down", "cut down", "uproot"},
    "clear": {"clear"},
    "protect": {"protect", "designate"},
    # a measurement or tally kept: "the station recorded 132mm" ... "the 96mm recorded there"
    "record": {"record", "log", "register"},
    # money taken: "took HK$27.3m from investors" ... "the HK$23.7m she obtained"
    "steal": {"steal", "embezzle", "defraud", "swindle", "misappropriate", "siphon", "obtain",
              "launder", "con", "cheat", "pocket", "take from", "syphon", "divert"},
}  # fmt: skip
VERB_CLASS = {verb: name for name, verbs in VERB_CLASSES.items() for verb in verbs}

# verbs that state an attribute of their subject: "the scheme will cost £4.2m", "the park
# covers 30 sq km", "the farm will generate 240MW": the subject is what the figure measures
ATTRIBUTE_VERBS = {
    "be", "cost", "total", "measure", "cover", "span", "stretch", "extend", "weigh", "hold",
    "generate", "produce", "have", "seat", "house", "sprawl", "occupy", "comprise", "reach",
    "run", "value", "price", "stand", "rise", "tower", "encompass", "straddle", "boast", "fit",
    "accommodate", "contain", "store", "provide", "supply", "employ", "fill",
}  # fmt: skip

# nouns of a bar to reach, which a figure hyphened to them sizes ("the 1,237-delegate
# threshold", "a 60-vote majority"): a line drawn, never a count of the things named
LIMIT_NOUNS = frozenset({
    "threshold", "limit", "target", "majority", "mark", "cap", "quota", "minimum", "maximum",
    "requirement", "lead", "margin", "barrier", "ceiling", "benchmark", "bar", "goal",
})  # fmt: skip

# nouns of the measure itself ("an area of 300 sq km", "a capacity of 240MW", "the cost of
# £2m"): the measured thing is whatever owns them
ATTRIBUTE_NOUNS = {
    "area", "size", "capacity", "cost", "price", "value", "length", "height", "width", "depth",
    "total", "sum", "figure", "budget", "bill", "tag", "worth", "output", "expanse", "swathe",
    "swath", "stretch", "territory", "land", "ground", "acreage", "extent", "distance", "tract",
}  # fmt: skip

# land nouns a measured area is "of": "2,300 square miles of territory"
LAND_NOUNS = {
    "territory", "land", "ground", "area", "countryside", "terrain", "farmland", "forest",
    "woodland", "moorland", "bush", "bushland", "heath", "heathland", "grassland", "scrub",
    "crops", "cropland", "field", "fields",
}  # fmt: skip

# counted nouns folded into one class: "staff", "workers", "employees" are one group of people
COUNTED_CLASSES: dict[str, set[str]] = {
    "staff": {"staff", "worker", "employee", "job", "workforce", "role", "position", "post",
              "vacancy"},
    "person": {"people", "person", "resident", "individual", "evacuee", "villager",
               "inhabitant", "local", "citizen"},
    "pupil": {"pupil", "student", "grader", "schoolchild"},
    "patient": {"patient"},
    "home": {"home", "house", "household", "property", "dwelling", "unit", "flat",
             "apartment", "condo", "townhouse"},
    "vehicle": {"vehicle", "car", "van", "lorry", "truck"},
    "respondent": {"respondent", "people surveyed", "people polled", "those surveyed"},
}  # fmt: skip
COUNTED_CLASS = {noun: name for name, nouns in COUNTED_CLASSES.items() for noun in nouns}

# the parties to a case: a count of them names whoever brought or faces it, whatever else they
# are ("34 former warehouse workers" sued ... "each of the 43 plaintiffs"), unlike two roles
# of their own ("34 nurses" ... "the 43 doctors")
PARTY_ROLES = frozenset({
    "plaintiff", "claimant", "defendant", "complainant", "petitioner", "litigant", "appellant",
})  # fmt: skip

# people named by their part in a story: the general word ("people", "residents", the
# "person" class above) may restate any one of them ("1,300 civilians evacuated" ... "the 1,800
# people evacuated"), while two roles are two groups ("350 employees" ... "530 shareholders").
# Groups by age or sex (children, women, pensioners) are not here: they are usually a part of
# the people counted, not another name for them.
PEOPLE_ROLES = {
    "staff", "pupil", "patient", "respondent", "volunteer", "participant", "passenger",
    "customer", "client", "visitor", "tourist", "fan", "spectator", "supporter", "member",
    "voter", "runner", "athlete", "competitor", "entrant", "protester", "demonstrator",
    "striker", "miner", "farmer", "driver", "commuter", "traveller", "traveler", "pilgrim",
    "migrant", "refugee", "soldier", "troop", "officer", "firefighter", "nurse", "doctor",
    "teacher", "prisoner", "inmate", "detainee", "victim", "survivor", "tenant", "homeowner",
    "shareholder", "investor", "user", "subscriber", "applicant", "claimant", "plaintiff",
    "attendee", "delegate", "guest", "shopper", "recruit", "trainee", "apprentice", "cyclist",
    "motorist", "rider", "player", "civilian", "hostage", "mourner", "worshipper", "marcher",
    "graduate", "candidate", "learner", "recipient", "beneficiary", "borrower", "buyer",
    "student", "holidaymaker", "camper", "hiker", "climber", "swimmer", "walker", "diner",
} | PARTY_ROLES  # fmt: skip

# counted nouns that count time, money or generic amounts: never one measure by the noun alone
GENERIC_COUNTED = {
    "year", "month", "week", "day", "hour", "minute", "second", "time", "times", "%", "percent",
    "cent", "point", "goal", "run", "match", "game", "case", "way", "thing", "part", "one",
    "other", "more", "less", "lot", "number", "figure", "total", "item", "kind", "type",
    "round", "stage", "step", "place", "position", "side", "page", "line", "word",
}  # fmt: skip

# nouns too general to key a label ("a £2m loss" ... "the £5m loss" are often two losses)
GENERIC_NOUNS = {
    "year", "month", "week", "day", "people", "time", "%", "cent", "share", "total", "figure",
    "rise", "increase", "fall", "drop", "cut", "amount", "sum", "level", "rate", "profit",
    "loss", "sale", "revenue", "turnover", "price", "value", "cost", "bill", "fee", "fine",
    "salary", "wage", "pay", "bonus", "bid", "offer", "stake", "debt", "tax", "budget",
    "fund", "payment", "gain", "earnings", "income", "spending", "investment", "grant",
    "mile", "kilometre", "metre", "km", "foot", "inch", "acre", "hectare", "tonne", "ton",
    "pound", "dollar", "euro", "m", "bn", "k", "award", "damages", "compensation", "prize",
    "donation", "loan", "saving", "overspend", "deficit", "surplus", "shortfall", "windfall",
    "jackpot", "fare", "rent", "mortgage", "pension", "benefit", "allowance", "subsidy",
    "hike", "reduction", "boost", "injection", "rebate", "refund", "charge",
    "contribution", "funding", "payout", "settlement", "sentence", "term", "limit", "cap",
    "target", "estimate", "forecast", "valuation", "round", "instalment", "tranche", "pot",
    "area", "size", "stretch", "distance", "length", "height", "depth", "swathe", "weight",
    # in sport the distance names the event: the 200m race and the 60m are two races
    "race", "heat", "final", "event", "relay", "sprint", "hurdles", "record", "title", "lap",
    "leg", "stage", "dash", "freestyle", "breaststroke", "butterfly", "backstroke",
    "medley", "run", "swim", "marathon", "course", "personal best", "best",
}  # fmt: skip

# words in a mention's noun phrase that make it another thing: "a separate £4.2m scheme"
OTHER_THING = re.compile(
    r"\b(?:second|third|another|other|previous|original|initial|extra|further|additional|"
    r"earlier|revised|separate|rival|alternative|annual|yearly|monthly|weekly|first|latest|"
    r"existing|old|current|similar|replacement|smaller|larger|bigger|each|every|per|"
    r"average|typical|proposed|planned)\b",
    re.I,
)
# a subject that is one of several: its figure is a part of the event's total
ONE_OF_MANY = re.compile(
    r"\b(?:largest|biggest|smallest|worst|single|one|individual|latest|newest|main|"
    r"each|every|another)\b"
)
# "a new £4.2m scheme" is another one; "the new bridge" may be the one already named
NEW_THING = re.compile(r"\b(?:a|an)\s+(?:\w+\s+)?new\b", re.I)

# words on a figure's verb that say another time, a plan or a change is meant ("was
# originally expected to cost", "has since risen to", "aims to raise"): the article itself tells
# of two values, so two values are no contradiction
CONTRAST = re.compile(
    r"\b(?:originally|initially|previously|first|formerly|once|earlier|later|compared|instead|"
    r"rather|rose|risen|rise|rising|fell|fallen|falling|increased?|decreased?|cut|lowered|"
    r"budgeted|targeted|targets?|estimated?|forecast|projected|hopes?|hoped|hoping|aims?|"
    r"aimed|aiming|wants?|wanted|seeks?|sought|seeking|could|might|may|should|planned|"
    r"proposed|ballooned|soared|doubled|trebled|tripled|halved|overran|revised|"
    r"now|since|each|every|annually|typically|usually)\b",
    re.I,
)

# wholes a mix of shares is "of", by what they measure: "71% of revenue" and "36% of group
# sales" are shares of one whole, "15.4% of generation" and "56.1% of the electricity produced"
WHOLE_CLASSES: dict[str, set[str]] = {
    "revenue": {"revenue", "revenues", "sales", "turnover", "income", "takings"},
    "output": {"electricity", "generation", "power", "output", "production", "supply",
               "energy"},
    "spending": {"spending", "budget", "expenditure", "spend", "costs", "outlay"},
}  # fmt: skip
WHOLE_CLASS = {noun: name for name, nouns in WHOLE_CLASSES.items() for noun in nouns}

# words that put a figure inside another part, not beside it: "Germany alone", "of which
# £2m", "including 260 under-fives", "among them 40 children". One closed class for every
# reader of parts; each adds only what its own context needs (a number after it, words that
# let parts overlap). Not "includes": "the budget of £68.4m includes a contingency" is the
# whole
INSIDE_LISTS = r"including|of which|of whom|among them|among whom"
INSIDE_WORDS = rf"alone|{INSIDE_LISTS}"

# a figure that is a bar to reach, not a whole anything is made of: "the 1,237 delegates
# needed to win", "needs 2,383 delegates to clinch", "a threshold of 270"; delegates won so far
# and delegates still to be won are parts of no such figure
_NEEDED_AFTER = re.compile(
    r"\s*(?:[A-Za-z-]+\s+){0,3}?(?:needed|required|necessary)\s+(?:to|for)\s+(?!be\b)", re.I
)
_NEEDED_BEFORE = re.compile(
    r"\b(?:needs?|needed|needing|requires?|required|requiring|threshold of|magic number of|"
    r"majority of)\s+(?:at least\s+|(?:a\s+)?(?:total|minimum)\s+of\s+|the\s+|only\s+|just\s+)?$",
    re.I,
)
# "It takes 1,237 delegates to win" (not "it took 22 days": a bar only with its purpose)
_IT_TAKES = re.compile(r"\bit\s+(?:takes|took)\s+(?:a\s+|an\s+|the\s+|at least\s+)?$", re.I)
_TO_A_VERB = re.compile(r"(?:\s+[a-z][\w-]*){0,3}?\s+to\s+[a-z]+", re.I)


def a_bar_to_reach(text: str, start: int, end: int) -> bool:
    """The figure at ``text[start:end]`` is a bar to reach ("needed to win", "it takes 270
    electoral votes to win"): neither a whole nor a part of the tallies that fall short of it."""
    return bool(
        _NEEDED_AFTER.match(text, end, end + 60)
        or _NEEDED_BEFORE.search(text, max(0, start - 40), start)
        or (_IT_TAKES.search(text, max(0, start - 30), start) and _TO_A_VERB.match(text, end))
    )
