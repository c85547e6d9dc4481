"""The words newslint reads attributions by: reporting verbs, claim nouns, stance adjectives,
and the nouns that tell a person, a body, a document or an outlet.

Written for newslint from newsroom usage and general knowledge of English (never derived from
an annotated corpus) and meant to be extended: add a word to the right set and every rule and
the quote table pick it up. Every cue word is in ``CUE_WORDS``, so a sentence can be chosen for
parsing by its words alone (``parse.py``).
"""

from __future__ import annotations

import re

# fmt: off
# Verbs that report what someone said, wrote, found or believes. Every verb cue is in this
# lexicon (so a sentence can be picked for parsing by its words, see CUE_WORDS); the parse
# decides which uses of a verb report a claim.
COMMUNICATION_VERBS = {
    "say", "tell", "add", "claim", "warn", "insist", "explain", "note", "argue", "report",
    "announce", "state", "write", "tweet", "post", "reply", "respond", "answer", "ask",
    "confirm", "deny", "admit", "acknowledge", "allege", "assert", "declare", "suggest",
    "predict", "estimate", "reveal", "disclose", "indicate", "maintain", "contend", "concede",
    "caution", "stress", "emphasise", "emphasize", "complain", "boast", "vow", "pledge",
    "promise", "threaten", "urge", "demand", "describe", "recall", "recount", "testify",
    "inform", "brief", "mention", "remark", "comment", "observe", "reiterate", "repeat", "joke",
    "quip", "lament", "forecast", "conclude", "find", "show", "believe", "think", "accuse",
    "blame", "criticise", "criticize", "praise", "agree", "dispute", "counter", "retort",
    "shout", "exclaim", "publish", "learn", "hear", "understand", "expect", "hope", "fear",
    "worry", "doubt", "know", "feel", "signal", "hint", "imply", "advise", "recommend",
    "propose", "order", "question", "speculate", "assure", "reassure", "point", "cite",
    "quote", "tout", "highlight", "underscore", "underline",
    "decry", "condemn", "denounce", "dismiss", "reject", "endorse", "call", "plan",
    "want", "intend", "refuse", "decline", "offer", "wonder", "recognise",
    "recognize", "assess", "calculate", "project", "put", "label", "dub", "brand",
    "charge", "attack", "slam", "blast", "mock", "defend", "support", "oppose", "welcome",
    "applaud", "detail", "outline", "relay", "convey", "echo", "apologise", "apologize", "grant", "pronounce", "proclaim",
    "insinuate", "surmise", "guess", "reckon", "figure", "notice", "see", "consider",
    "judge", "suspect", "assume", "presume", "anticipate", "request", "instruct",
}
# More verbs of speaking, judging, intending and feeling about something (Levin-style classes,
# written for newslint): their object or complement is the position being reported.
COMMUNICATION_VERBS |= {
    "speak", "talk", "discuss", "address", "reference", "raise", "present", "characterise",
    "characterize", "portray", "depict", "frame", "pitch", "promote", "push", "champion",
    "advocate", "lobby", "campaign", "press", "implore", "plead", "beg", "appeal", "encourage",
    "invite", "challenge", "grill", "quiz", "query", "examine", "analyse", "analyze", "rate",
    "rank", "hail", "laud", "commend", "congratulate", "thank", "credit", "salute", "celebrate",
    "lambast", "rebuke", "chastise", "scold", "assail", "bash", "ridicule", "deride", "scoff",
    "refute", "rebut", "contradict", "contest", "fault", "indict", "implicate", "justify",
    "excuse", "clarify", "elaborate", "confess", "accept", "concur", "back", "favour", "favor",
    "resist", "object", "protest", "grumble", "regret", "bemoan", "deplore", "wish", "decide",
    "determine", "resolve", "rule", "direct", "command", "require", "counsel", "alert",
    "swear", "guarantee", "verify", "blog", "notify", "paraphrase", "summarise", "summarize",
    "admire", "respect", "love", "hate", "like", "dislike", "detest", "despise", "resent",
    "appreciate", "embrace", "cheer", "downplay", "play", "acknowledge", "seek", "aim",
    "vow", "demonstrate", "prove", "document", "chronicle", "illustrate", "emphasise",
    "insist", "stress", "signal", "flag", "spell", "float", "unveil", "lay", "set", "envision",
    "envisage", "imagine", "view", "regard", "deem", "recognise", "predict", "forecast",
    "reckon", "eye", "consider", "weigh", "contemplate", "ponder", "mull", "tease", "preview",
    "recommend", "prefer", "choose", "vote", "veto", "sign", "approve", "condone", "allow",
    "forbid", "ban", "prohibit", "pressure", "warn", "vouch", "attest", "certify", "assert",
}
# Verbs of affirming, disputing, judging and disparaging (written for newslint from general
# English usage, never from an annotated corpus).
COMMUNICATION_VERBS |= {
    "reaffirm", "affirm", "aver", "avow", "profess", "purport", "opine", "theorize", "theorise",
    "posit", "hypothesize", "hypothesise", "rail", "lash", "grouse", "gripe", "fume", "rant",
    "vent", "snipe", "taunt", "brag", "crow", "allude", "remind", "persuade", "convince",
    "aspire", "foresee", "gauge", "infer", "deduce", "realise", "realize", "discover",
    "restate", "reassert", "debate", "disagree", "sympathize", "sympathise", "petition",
    "exhort", "fret", "rue", "relish", "minimize", "minimise", "exaggerate", "overstate",
    "understate", "distort", "misrepresent", "misstate", "mislead", "term", "perceive",
    "interpret", "construe", "lie", "extol", "glorify", "vilify", "demonize", "demonise",
    "smear", "disparage", "belittle", "insult", "denigrate", "malign", "berate", "excoriate",
    "castigate", "censure", "reprimand", "admonish", "espouse", "uphold", "trumpet", "herald",
    "debunk", "disprove", "rebuff", "spurn", "repudiate", "disavow", "disown", "renounce",
    "retract", "recant", "acclaim", "vouch", "jeer", "heckle", "boo", "tease", "needle",
}
# Verbs of voice and of written words (written for newslint): '"...," she continued',
# 'the letter reads', 'protesters chanted'. "read" reports only a document's words (see cues).
SPEECH_SOUND_VERBS = {
    "continue", "read", "yell", "scream", "chant", "whisper", "mutter", "cry", "sob", "gasp",
    "murmur", "bellow", "roar", "snap", "shriek", "stammer", "sigh", "text", "message",
    "gush", "enthuse", "rave", "muse", "confide", "rage", "sneer", "marvel", "fume",
}
COMMUNICATION_VERBS |= SPEECH_SOUND_VERBS
# Adjectives that report a stance when predicated of someone: "is determined to", "is sure that".
STANCE_ADJECTIVES = {
    "determined", "eager", "confident", "sure", "certain", "convinced", "adamant", "worried",
    "concerned", "afraid", "hopeful", "optimistic", "pessimistic", "skeptical", "sceptical",
    "aware", "unaware", "keen", "willing", "unwilling", "reluctant", "committed", "critical",
    "supportive", "opposed", "proud", "happy", "unhappy", "angry", "upset", "frustrated",
    "disappointed", "pleased", "satisfied", "dissatisfied", "furious", "doubtful", "insistent",
    "clear", "explicit", "vocal", "outspoken", "silent", "quiet", "wary", "fearful", "anxious",
    "excited", "enthusiastic", "ready", "prepared", "intent", "open", "resistant", "hostile",
}
# Verbs that make a tag on their own, set off by commas: "The plan failed, he said."
TAG_VERBS = {
    "say", "tell", "add", "claim", "warn", "insist", "explain", "note", "argue", "report",
    "announce", "state", "write", "tweet", "post", "reply", "respond", "answer", "ask",
    "confirm", "deny", "admit", "acknowledge", "allege", "assert", "declare", "suggest",
    "predict", "estimate", "reveal", "disclose", "indicate", "maintain", "contend", "concede",
    "caution", "stress", "emphasise", "emphasize", "complain", "boast", "recall", "recount",
    "testify", "believe", "think", "fear", "hope", "expect", "know", "feel", "agree", "counter",
    "retort", "joke", "quip", "observe", "remark", "comment", "reckon", "guess", "suspect",
    "conclude", "find", "show", "learn", "hear", "understand", "promise", "vow", "pledge",
    "threaten", "urge", "point", "recommend", "advise", "speculate", "assure", "reiterate",
    "repeat", "summarise", "summarize", "blog", "lament", "charge",
} | SPEECH_SOUND_VERBS
# Verbs whose noun object is itself the claim: "denied any involvement", "announced a plan".
OBJECT_CLAIM_VERBS = {
    "announce", "deny", "confirm", "reveal", "disclose", "acknowledge", "admit", "claim",
    "demand", "predict", "propose", "promise", "pledge", "dispute", "question", "reject",
    "endorse", "criticise", "criticize", "condemn", "denounce", "praise", "defend", "blame",
    "accuse", "call", "urge", "describe", "estimate", "report", "cite", "dismiss", "welcome",
    "support", "oppose", "decry", "mock", "slam", "attack", "tout", "echo", "repeat", "reiterate",
}
# Verbs that give something a character or a name: "called the plan a disgrace", "described
# the ruling as a step back", "branded the scheme a tax"; what was said is the character.
CHARACTERISING_VERBS = {
    "call", "term", "dub", "label", "brand", "describe", "characterise", "characterize",
    "portray", "hail", "nickname", "christen", "deem",
}
# Verbs whose infinitive complement is what was said: "vowed to fight on", "urged residents to
# leave" (a directive only when someone is told: "asked not to be named" reports nothing).
DIRECTIVE_VERBS = {
    "ask", "tell", "urge", "order", "advise", "instruct", "request", "call", "implore",
    "encourage", "invite", "beg", "direct", "remind", "warn", "press", "appeal",
}
INFINITIVE_CLAIM_VERBS = DIRECTIVE_VERBS | {
    "promise", "vow", "pledge", "threaten", "offer", "claim", "say", "deny", "demand", "propose",
}
# Verbs whose infinitive is an intention, a wish or an act, not something said: "wants to give
# her name", "agreed to meet", "declined to comment", "plans to expand", "hopes to win".
INTENTION_VERBS = {
    "want", "agree", "decline", "refuse", "plan", "intend", "hope", "expect", "wish", "try",
    "seek", "aim", "like", "prefer", "choose", "decide", "attempt", "fail", "need", "prepare",
    "continue",
}
# Verbs that take a clause but report no speech: "made sure that", "it means that".
NOT_CUES = {"be", "have", "do", "make", "let", "help", "get", "mean", "ensure", "go", "seem",
            "appear", "become", "remain", "keep", "take", "give"}

# Nouns that carry a claim for their owner: "Trump's claim that", "the minister's warning".
CLAIM_NOUNS = {
    "claim", "statement", "warning", "comment", "remark", "argument", "assertion", "promise",
    "pledge", "suggestion", "allegation", "belief", "view", "insistence", "prediction",
    "estimate", "call", "demand", "denial", "admission", "accusation", "charge", "assessment",
    "position", "proposal", "plan", "vow", "threat", "announcement", "testimony", "account",
    "contention", "complaint", "criticism", "praise", "response", "answer", "reply", "message",
    "speech", "tweet", "post", "letter", "report", "finding", "conclusion", "opinion", "words",
}
# Nouns of belief, feeling and intention (written for newslint): "voiced concern that",
# "her hope that", "made the case for".
CLAIM_NOUNS |= {
    "concern", "doubt", "hope", "fear", "worry", "support", "opposition", "case", "confidence",
    "skepticism", "scepticism", "frustration", "expectation", "intention", "desire",
    "commitment", "objection", "endorsement", "idea", "suspicion", "regret", "outrage", "anger",
    "dismay", "disappointment", "optimism", "pessimism", "reservation", "preference", "wish",
    "vision", "theory", "notion", "impression", "feeling", "guess", "forecast", "projection",
    "recommendation", "request", "appeal", "plea", "assurance", "guarantee", "reassurance",
    "offer", "ultimatum", "condemnation", "rebuke", "denunciation", "backing", "approval",
    "disapproval", "rejection", "refusal", "acknowledgement", "acknowledgment", "confirmation",
    "revelation", "disclosure", "explanation", "interpretation", "characterization",
    "characterisation", "description", "portrayal", "question", "declaration", "verdict",
    "judgment", "judgement", "sympathy", "admiration", "praise", "contempt", "disdain",
}
# Documents that speak for their authors: "the report found", "a poll showed".
DOCUMENT_NOUNS = {
    "report", "study", "statement", "poll", "survey", "document", "filing", "letter", "memo",
    "analysis", "review", "research", "paper", "data", "figures", "figure", "statistics",
    "estimate", "estimates", "release", "press", "record", "records", "audit", "inquiry",
    "investigation", "assessment", "briefing", "note", "email", "e-mail", "tweet", "post",
    "message", "transcript", "indictment", "complaint", "lawsuit", "ruling", "judgment",
    "verdict", "census", "ad", "advert", "advertisement", "commercial", "film", "documentary",
    "speech", "op-ed", "editorial", "column", "interview", "broadcast", "podcast", "show", "forecast", "projection", "model", "index", "book", "article",
    "documents", "leaflet", "bulletin", "update", "dossier", "testimony", "footage", "video",
}
# More documents (written for newslint): "its alert warns", "an FBI affidavit", "court filings".
DOCUMENT_NOUNS |= {
    "alert", "affidavit", "benchmark", "benchmarks", "filings", "notice", "guidance", "minutes",
    "results", "memorandum", "submission", "petition", "manifesto", "prospectus", "recording",
    "text", "log", "diary", "tally", "count", "numbers", "stats", "ranking", "rankings",
    "questionnaire", "trial", "guide", "handbook", "evaluation", "reports", "studies", "polls",
    "surveys", "letters", "notes", "emails", "messages", "charge", "charges", "warrant",
    "order", "citation", "obituary", "bill", "law", "regulation", "regulations", "rules",
    "contract", "agreement", "treaty", "accounts", "budget", "application", "papers",
    # an authority's written instructions: "according to a notification issued by ..."
    "notification", "circular", "advisory", "directive",
    # "modelling commissioned by the alliance found ...": a written analysis
    "modelling", "modeling", "projections",
    # "the charge sheet alleges", "a fact sheet says", "slides shown to the board"
    "sheet", "presentation", "slides", "slide", "dataset",
}
# Bodies that speak as bodies: "the ministry said", "police said".
ORGANIZATION_NOUNS = {
    "ministry", "department", "government", "police", "company", "firm", "council", "army",
    "navy", "military", "agency", "office", "campaign", "committee", "commission", "court",
    "party", "union", "authority", "authorities", "administration", "white", "kremlin",
    "parliament", "congress", "senate", "board", "bank", "group", "organisation",
    "organization", "charity", "hospital", "university", "school", "club", "team", "service",
    "services", "force", "forces", "embassy", "consulate", "regulator", "watchdog", "cabinet",
    "presidency", "secretariat", "institute", "foundation", "association", "federation",
    "coalition", "alliance", "league", "network", "corporation", "inc", "ltd", "plc",
    "airline", "operator", "manufacturer", "bureau", "directorate", "command", "headquarters",
    "staff", "treasury", "mission", "delegation", "prosecutors", "regime", "state", "county",
    "city", "town", "country", "nation", "republic", "fund", "trust", "nhs", "un", "eu",
}
# More bodies (written for newslint): "the civic body", "the startup", "the power utility".
ORGANIZATION_NOUNS |= {
    "body", "startup", "start-up", "biotech", "utility", "province", "district",
    "municipality", "carrier", "chain", "retailer", "lender", "insurer", "broker", "brokerage",
    "chipmaker", "drugmaker", "automaker", "carmaker", "maker", "developer", "supplier",
    "provider", "publisher", "label", "studio", "brand", "giant", "conglomerate", "outfit",
    "franchise", "exchange", "railway", "tribunal", "ministries", "departments", "companies",
    "firms", "airlines", "councils", "banks", "agencies", "groups", "unions", "charities",
    "hospitals", "universities", "schools", "clubs", "teams", "operators", "manufacturers",
    "regulators", "retailers", "lenders", "insurers", "carriers", "utilities", "providers",
    "suppliers", "developers", "makers", "businesses", "business", "organisers", "organizers",
    "organiser", "organizer",
    "administrators", "prosecution", "defence", "defense", "jury", "panel", "secretariat",
    "consortium", "syndicate", "cooperative", "co-op", "partnership", "practice", "sponsor",
    "sponsors", "prosecutor", "constabulary", "opposition", "management",
}
# Institutions that speak through their staff (written for newslint): "the airport said",
# "the museum said", "the think tank said".
ORGANIZATION_NOUNS |= {
    "airport", "port", "zoo", "museum", "gallery", "theatre", "theater", "festival", "hotel",
    "restaurant", "supermarket", "factory", "church", "diocese", "parish", "academy",
    "tank", "think-tank", "thinktank", "inquiry", "library", "prison", "clinic",
    "surgery", "society", "ombudsman", "airports", "museums", "hotels", "supermarkets",
}  # fmt: skip
# Unnamed people: "one official", "a source", "a senior commander", "residents".
ANONYMOUS_NOUNS = {
    "official", "officials", "source", "sources", "person", "people", "aide", "aides",
    "adviser", "advisers", "advisor", "advisors", "spokesman", "spokeswoman", "spokesperson",
    "spokespeople", "commander", "commanders", "diplomat", "diplomats", "insider", "insiders",
    "officer", "officers", "analyst", "analysts", "expert", "experts", "resident", "residents",
    "witness", "witnesses", "member", "members", "worker", "workers", "employee", "employees",
    "staffer", "staffers", "colleague", "colleagues", "friend", "friends", "neighbour",
    "neighbor", "neighbours", "neighbors", "relative", "relatives", "observer", "observers",
    "critic", "critics", "supporter", "supporters", "opponent", "opponents", "activist",
    "activists", "protester", "protesters", "protestor", "protestors", "lawmaker", "lawmakers",
    "legislator", "legislators", "politician", "politicians", "minister", "ministers",
    "economist", "economists", "scientist", "scientists", "researcher", "researchers",
    "doctor", "doctors", "lawyer", "lawyers", "attorney", "attorneys",
    "investigator", "investigators", "representative", "representatives", "executive",
    "executives", "leader", "leaders", "figure", "figures", "soldier", "soldiers", "voter",
    "voters", "man", "woman", "men", "women", "someone", "somebody", "individual",
    "individuals", "participant", "participants", "delegate", "delegates", "strategist",
    "strategists", "operative", "operatives", "consultant", "consultants", "pollster", "pollsters", "veteran", "veterans", "teacher", "parent", "parents", "student",
    "students", "owner", "owners", "fan", "fans", "user", "users", "commentator",
    "commentators", "spokesmen", "spokeswomen", "chief", "chiefs", "director", "manager",
    "officialdom", "negotiator", "negotiators", "partner", "partners", "others",
    "many", "some", "several", "few", "one", "agent", "agents", "rescuer", "rescuers", "victim", "victims", "survivor",
    "survivors", "child", "children", "mother", "father", "son", "daughter", "wife",
    "husband", "girlfriend", "boyfriend", "family", "families", "citizen", "citizens",
}
# More people (written for newslint): who a reporter meets and does not always name.
PEOPLE_NOUNS = {
    "mum", "mums", "dad", "dads", "mom", "moms", "grandmother", "grandfather", "gran",
    "grandad", "granddad", "grandma", "grandpa", "pal", "pals", "mate", "mates", "commuter",
    "commuters", "passenger", "passengers", "rider", "riders", "traveller", "travellers",
    "traveler", "travelers", "holidaymaker", "holidaymakers", "shopper", "shoppers", "customer",
    "customers", "patient", "patients", "nurse", "nurses", "onlooker", "onlookers", "bystander",
    "bystanders", "lessor", "lessors", "headteacher", "headteachers", "teachers", "forecaster",
    "forecasters", "corporator", "corporators", "councillor", "councillors", "councilor",
    "councilors", "local", "locals", "villager", "villagers", "homeowner", "homeowners",
    "tenant", "tenants", "landlord", "landlords", "driver", "drivers", "pilot", "pilots",
    "farmer", "farmers", "trader", "traders", "investors", "banker", "bankers", "engineer",
    "engineers", "paramedic", "paramedics", "firefighter", "firefighters", "pupil", "pupils",
    "graduate", "graduates", "volunteer", "volunteers", "campaigner",
    "campaigners", "evacuee", "evacuees", "caller", "callers", "viewer", "viewers", "listener",
    "listeners", "reader", "readers", "guest", "guests", "visitor", "visitors", "tourist",
    "tourists", "athlete", "athletes", "surgeon", "surgeons", "academic", "academics",
    "clinician", "clinicians", "medic", "medics", "vet", "vets", "pharmacist", "pharmacists",
    "dentist", "dentists", "midwife", "midwives", "carer", "carers", "guard", "guards",
    "troops", "marine", "marines", "sailor", "sailors", "crew", "demonstrator",
    "demonstrators", "picket", "pickets", "mp", "mps", "mediator", "mediators", "juror",
    "jurors", "detective", "detectives", "whistleblower", "whistleblowers", "contractor",
    "contractors", "assistant", "assistants", "clerk", "clerks", "accountant", "accountants",
    "entrepreneur", "entrepreneurs", "shareholder", "shareholders", "stakeholder",
    "stakeholders", "donor", "donors", "islander", "islanders", "motorist", "motorists",
    "cyclist", "cyclists", "pedestrian", "pedestrians", "fisherman", "fishermen", "grower",
    "growers", "vendor", "vendors", "shopkeeper", "shopkeepers", "chef", "chefs", "cleaner",
    "cleaners", "plumber", "electrician", "mechanic", "mechanics", "cousin", "sibling",
    "siblings", "brother", "brothers", "sister", "sisters", "aunt", "uncle", "niece", "nephew",
    "fiance", "fiancee", "widow", "widower", "classmate", "classmates", "teammate", "teammates",
    "acquaintance", "acquaintances", "eyewitness", "eyewitnesses", "spectator", "spectators",
    "attendee", "attendees", "mourner", "mourners", "worshipper", "worshippers", "subscriber",
    "subscribers", "applicant", "applicants", "claimant", "claimants", "defendant",
    "defendants", "inmate", "inmates", "prisoner", "prisoners", "refugee", "refugees",
    "migrant", "migrants", "worker", "staffer", "employee", "agent", "crewman",
    "policeman", "policewoman", "constable", "trooper", "deputy", "ranger", "coastguard",
    "lifeguard", "biologist", "ecologist", "physician", "psychologist", "psychiatrist",
    "therapist", "technician", "technicians", "specialist", "specialists", "planner",
    "planners", "architect", "architects", "designer", "designers", "manager", "managers",
    "director", "directors", "boss", "bosses", "player", "players", "coach", "coaches",
}
# Titles and roles that name a position someone holds: they can hold a view, but they do not
# make a speaker anonymous ("the Republican nominee" is one identifiable person).
ROLE_NOUNS = {
    "president", "nominee", "candidate", "senator", "governor", "mayor", "congressman",
    "congresswoman", "secretary", "chairman", "chairwoman", "chair", "chairperson", "ceo", "judge", "justice",
    "general", "king", "queen", "prince", "princess", "pope", "premier", "chancellor",
    "ambassador", "envoy", "speaker", "whip", "democrat", "democrats", "republican",
    "republicans", "conservative", "conservatives", "liberal", "liberals", "progressive",
    "progressives", "moderator", "host", "anchor", "author", "writer", "columnist", "editor",
    "historian", "professor", "scholar", "founder", "head", "boss", "incumbent", "challenger",
    "rival", "opponent", "contender", "frontrunner", "front-runner", "running", "mate", "vice",
    "attorney", "sheriff", "commissioner", "administrator", "coach", "player", "star", "actor",
    "singer", "businessman", "businesswoman", "billionaire", "mogul", "everyone", "everybody",
    "nobody", "anyone", "anybody", "voter", "public", "electorate", "americans", "crowd",
    "audience", "majority", "minority", "side", "camp", "establishment", "base", "wing",
}
# People who speak for someone named: "a Kremlin spokesman", "Trump's spokeswoman".
SPOKESPERSON_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen",
                      "spokeswomen", "representative", "mouthpiece"}
# News organisations; "the Post", "told the BBC".
OUTLET_WORDS = {
    "times", "post", "journal", "bbc", "cnn", "reuters", "ap", "afp", "guardian",
    "telegraph", "herald", "tribune", "gazette", "mail", "express", "independent",
    "observer", "bloomberg", "fox", "nbc", "abc", "cbs", "msnbc", "npr", "politico", "axios",
    "breitbart", "newsweek", "economist", "atlantic", "examiner", "chronicle", "inquirer",
    "sun", "mirror", "standard", "star", "news", "newspaper", "paper", "magazine", "outlet",
    "website", "site", "broadcaster", "network", "channel", "agency", "press", "wire",
    "sky", "itv", "pbs", "ft", "wsj", "hill", "vox", "slate", "salon", "buzzfeed", "huffpost",
    "reporter", "reporters", "correspondent", "journalist", "journalists", "tass", "xinhua",
    "interfax", "ria", "dpa", "efe", "ansa", "kyodo", "yonhap", "aljazeera", "jazeera",
    # words newspapers are named with: "The Morning Ledger", "the Evening Courier"
    "ledger", "courier", "dispatch", "sentinel", "argus", "mercury", "advertiser", "gleaner",
    "enquirer", "clarion", "courant", "bugle",
}
OUTLET_SELF = re.compile(r"^(?:this|our) (?:newspaper|paper|website|site|station|program|programme|magazine|reporter|correspondent)$", re.I)
NEWS_WORDS = {"news", "newspaper", "paper", "magazine", "broadcaster", "channel", "outlet",
               "reporter", "reporters", "correspondent", "journalist", "journalists"}
# words that make a capitalised name an organisation's
ORG_NAME_WORDS = {
    "institute", "university", "college", "centre", "center", "society", "group", "council",
    "committee", "party", "bank", "fund", "trust", "ministry", "department", "agency",
    "office", "club", "union", "international", "national", "global", "company", "partners",
    "capital", "holdings", "systems", "industries", "labs", "media", "energy", "health",
}
# Every word that can make a cue: a sentence with none of these (in any inflection), no
# quotation mark, no "according to", no "Name:" line and no dash signature holds no attribution.
CUE_WORDS = (
    COMMUNICATION_VERBS | TAG_VERBS | OBJECT_CLAIM_VERBS | INFINITIVE_CLAIM_VERBS
    | CLAIM_NOUNS | STANCE_ADJECTIVES | {"according"}
)
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "who", "which",
            "that", "this", "those", "these"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "i", "who"}
# fmt: on
# the nouns a view can be held by or a speaker headed with: people, roles, bodies, texts, outlets
HOLDERS = (
    ANONYMOUS_NOUNS | PEOPLE_NOUNS | ROLE_NOUNS | ORGANIZATION_NOUNS | DOCUMENT_NOUNS | OUTLET_WORDS
)
