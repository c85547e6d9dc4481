"""Language in the reporter's own voice: loaded words (LNG001), unsourced superlatives (LNG002)
and a newsroom's house style (LNG100 range).

- ``lexicon.py``: the shipped word lists (``lexicons/``, sources in ``lexicons/SOURCES.md``) and
  the index that finds their written forms among an article's tokens;
- ``voice.py``: which characters are somebody else's words (quotations, reported speech);
- ``context.py``: what the parse says about one word (part of speech, role, negation, a
  literal sense, a proper name);
- ``loaded.py`` and ``superlatives.py``: the two judgements the rules report;
- ``style.py``: house-style word lists from the config and the shipped example pack.
"""
