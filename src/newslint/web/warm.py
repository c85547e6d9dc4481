"""Imported once by the check pool's fork server: every worker then forks with the pipeline loaded.

Loading spaCy and the pipeline takes seconds, and so does the first check (units, exchange
rates and reference tables load on first use); forking a process that has already done both
takes milliseconds, so a worker stopped at its time budget is replaced at once and its first
check is as fast as any. The pipeline's name comes from ``NEWSLINT_WARM_PIPELINE`` (set by the
pool before it starts the fork server). Nothing here may raise: the fork server ignores only
ImportError, and a worker that finds no warm pipeline loads its own.
"""

import os

# a little of everything the rules read: money in two currencies, units, a comparison with a
# reference object, shares, a quote with a speaker
WARM_TEXT = (
    "The £2m ($2.5m) scheme covers 30cm (12in) of ground and 5 square miles, three times the "
    "size of Wales. About 40% of the 1,200 homes, the majority, flooded on 5 March 2024.\n\n"
    '"We will rebuild," said one official. Councillor Jane Hollis said the cost rose by 3%.'
)

try:
    from newslint.api import check
    from newslint.nlp import DEFAULT_PIPELINE, pipeline
    from newslint.web.worker import WARM_ENV

    check(
        WARM_TEXT,
        published="2024-03-06",
        nlp=pipeline(os.environ.get(WARM_ENV) or DEFAULT_PIPELINE),
    )
except Exception:  # a worker loads what is missing, with a clear error
    pass
