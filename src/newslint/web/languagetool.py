"""LanguageTool's HTTP API on ``newslint serve``: ``POST /v2/check`` and ``GET /v2/languages``.

LanguageTool's browser add-on, LibreOffice and the LTeX+ editor extension can be pointed at any
server that speaks this API, so newslint reaches them without a plugin of its own. A request
gives ``text`` (or ``data``, LanguageTool's annotated text) and ``language`` as form fields;
each newslint finding becomes one match: the rule code as its id, category ``NEWSLINT``, the
message with its worked sum, the finding's ``replacements``. Offsets and lengths count UTF-16
code units of the text as sent (markup included), as the API and browsers do.

Every check goes through ``Checker.report``: the one place that runs the pipeline, in a worker
process of the server's check pool (``run_in_pool``, with its queue and time budget), with a
cache of reports by text hash in front of it (an unchanged re-check is a look-up). The caches,
the sharing of a check between requests and the mapping of offsets stay in the server process;
the worker sends the report back whole (pickled) for them.
"""

from __future__ import annotations

import asyncio
import bisect
import json
import pickle
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from newslint import __version__
from newslint.config import Config
from newslint.drafts import Cache, Draft, Placed, ReportCache, cache_key, place
from newslint.errors import ConfigError
from newslint.markup import Annotated, AnnotationError, from_annotation, plain
from newslint.offsets import Units
from newslint.report.evidence import worked_sum
from newslint.report.model import Report, Span
from newslint.web.app import ApiError, run_in_pool
from newslint.web.worker import CheckJob, report_pickle

if TYPE_CHECKING:
    from fastapi import FastAPI

    from newslint.rules.registry import Rule

CATEGORY = {"id": "NEWSLINT", "name": "newslint"}
CONTEXT_CHARS = 40  # LanguageTool's default context on each side of a match
# newslint reads English; these are the variants LanguageTool clients name
LANGUAGES = [
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "English (Australian)", "code": "en", "longCode": "en-AU"},
    {"name": "English (Canadian)", "code": "en", "longCode": "en-CA"},
    {"name": "English (New Zealand)", "code": "en", "longCode": "en-NZ"},
    {"name": "English (South African)", "code": "en", "longCode": "en-ZA"},
]
_NAMES = {lang["longCode"]: lang["name"] for lang in LANGUAGES}
# ITS 2.0 issue types, which LanguageTool clients colour by
_ISSUE_TYPES = {"NUM": "numbers", "DAT": "numbers", "TXT": "inconsistent-entities", "LNG": "style"}


# -- the mapping -----------------------------------------------------------------------------


def matches(draft: Draft, rules: dict[str, Rule]) -> list[dict[str, Any]]:
    """Every finding of ``draft`` as a LanguageTool match (offsets in UTF-16 code units)."""
    from newslint.extract.sentences import sentence_spans

    document = draft.prose.document
    units = Units(document)
    sentences = sentence_spans(draft.report.text)
    return [
        _match(
            p,
            document,
            units,
            _sentence(draft.report.text, sentences, p.finding.start),
            rules.get(p.finding.rule),
        )
        for p in draft.findings
    ]


def _match(
    placed: Placed, document: str, units: Units, sentence: str, rule: Rule | None
) -> dict[str, Any]:
    f = placed.finding
    offset = units.units(placed.start)
    length = units.units(placed.end) - offset
    working = worked_sum(f.evidence)
    message = f.message + (f" — {'; '.join(working)}" if working else "")
    return {
        "message": message,
        "shortMessage": f.name.replace("-", " ").capitalize(),
        "replacements": [{"value": r} for r in f.replacements],
        "offset": offset,
        "length": length,
        "context": _context(document, placed.start, placed.end),
        "sentence": sentence,
        "type": {"typeName": "Other"},
        "rule": {
            "id": f.rule,
            "description": rule.summary if rule else f.name,
            "issueType": _ISSUE_TYPES.get(f.rule[:3], "uncategorized"),
            "category": CATEGORY,
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def _context(document: str, start: int, end: int) -> dict[str, Any]:
    """Up to 40 characters each side, on one line, "..." where cut (offsets in UTF-16)."""
    left = max(0, start - CONTEXT_CHARS)
    right = min(len(document), end + CONTEXT_CHARS)
    before = ("..." if left else "") + document[left:start]
    flagged = document[start:end]
    after = document[end:right] + ("..." if right < len(document) else "")

    def one_line(s: str) -> str:
        return s.replace("\r", " ").replace("\n", " ")

    shown = one_line(before + flagged + after)
    units = Units(shown)
    offset = units.units(len(before))
    return {
        "text": shown,
        "offset": offset,
        "length": units.units(len(before) + len(flagged)) - offset,
    }


def _sentence(text: str, sentences: list[Span], offset: int) -> str:
    i = bisect.bisect_right(sentences, offset, key=lambda s: s.start) - 1
    if i >= 0 and offset < sentences[i].end:
        return text[sentences[i].start : sentences[i].end]
    return ""


def language_of(code: str | None, preferred: str = "") -> dict[str, Any] | None:
    """The language block of a response, or None when newslint has nothing to say.

    ``auto`` is read as the English variant among ``preferred`` (LanguageTool's
    ``preferredVariants``), else en-US."""
    code = (code or "").strip()
    if code.lower() in ("", "auto"):
        variants = [v.strip() for v in preferred.split(",") if v.strip() in _NAMES]
        code = variants[0] if variants else "en-US"
    if code.lower().split("-")[0] != "en":
        return None
    long_code = code if code in _NAMES else "en"
    return {
        "name": _NAMES[long_code],
        "code": long_code,
        "detectedLanguage": {"name": _NAMES[long_code], "code": long_code, "confidence": 1.0},
    }


def rules_for(config: Config, fields: dict[str, str]) -> Config | None:
    """The config a request asks for, from LanguageTool's rule and category fields (None: no
    newslint rule is wanted). Rule ids newslint does not know (LanguageTool's own) are skipped.
    A request for everything but text-level rules (``mode=allButTextLevelOnly``, the add-on's
    paragraph checks) wants none: every newslint rule reads the whole article."""
    from newslint.rules.registry import all_rules

    codes = {r.code for r in all_rules()}

    def listed(name: str) -> list[str]:
        return [c.strip().upper() for c in fields.get(name, "").split(",") if c.strip()]

    only = fields.get("enabledOnly", "").lower() == "true"
    if CATEGORY["id"] in listed("disabledCategories"):
        return None
    # every newslint rule reads the whole article: LanguageTool's text-level rules
    if fields.get("mode") == "allButTextLevelOnly":
        return None
    if only and CATEGORY["id"] not in listed("enabledCategories"):
        enabled = [c for c in listed("enabledRules") if c in codes]
        if not enabled:
            return None
        config = config.merged(select=enabled)
    disabled = [c for c in listed("disabledRules") if c in codes]
    if disabled:
        config = config.merged(ignore=[*config.ignore, *disabled])
    return config


# -- the endpoints ---------------------------------------------------------------------------


Run = Callable[[str, Config, Request], Awaitable[Report]]


async def check_in_pool(text: str, config: Config, request: Request) -> Report:
    """The check itself, in a worker of the server's pool: plain prose, as ``newslint check``
    reads a text file. Errors are the pool's (``ApiError``: 413, 422, 503, 500)."""
    job = CheckJob("text", text, config, name="<draft>", render=report_pickle)
    report: Report = pickle.loads(await run_in_pool(request, job))  # our own worker's bytes
    return report


@dataclass
class Checker:
    """Runs checks for the endpoint: cached by text hash, in the server's check pool.

    Requests for a text already being checked wait for that check instead of starting another
    (an add-on re-sending on every pause, or two tabs on one draft).
    """

    config: Config
    run: Run  # the check; ``check_in_pool`` in the server
    cache: ReportCache
    # whole answers by request: an unchanged re-check costs a hash and a look-up
    answers: Cache[bytes] = field(default_factory=lambda: Cache[bytes](256))
    in_flight: dict[str, asyncio.Future[Report]] = field(default_factory=dict)

    async def report(self, text: str, config: Config, request: Request) -> tuple[Report, str]:
        """The one call into the checks (``run`` with ``request``, for its Server-Timing).

        Returns the report and how it was had: ``hit`` (cache), ``shared`` (another request's
        check of the same text) or ``miss`` (checked now). A shared check whose own request
        was cancelled (its client went away) is not an answer: the next waiter checks anew."""
        key = cache_key(text, config)
        while True:
            report = self.cache.get(key)
            if report is not None:
                return report, "hit"
            shared = self.in_flight.get(key)
            if shared is None:
                break
            await asyncio.wait({shared})  # never cancels ``shared``; raises if we are
            if not shared.cancelled():
                return shared.result(), "shared"
        pending: asyncio.Future[Report] = asyncio.get_running_loop().create_future()
        self.in_flight[key] = pending
        try:
            report = await self.run(text, config, request)
        except asyncio.CancelledError:
            pending.cancel()
            raise
        except BaseException as exc:
            pending.set_exception(exc)
            pending.exception()  # retrieved here; waiters re-raise it
            raise
        finally:
            del self.in_flight[key]
        self.cache.put(key, report)
        pending.set_result(report)
        return report, "miss"


def install(app: FastAPI, config: Config, cache_size: int = 256) -> Checker:
    """Add ``/v2/check`` and ``/v2/languages`` to the app (whose lifespan sets ``state.pool``
    and ``state.rules``)."""
    checker = Checker(
        config=config,
        run=check_in_pool,
        cache=ReportCache(cache_size),
        answers=Cache[bytes](cache_size),
    )
    router = APIRouter(prefix="/v2", tags=["LanguageTool"])

    @router.get("/languages")
    async def languages() -> list[dict[str, str]]:
        """The languages newslint checks, as LanguageTool lists them."""
        return LANGUAGES

    async def check(request: Request) -> Response:
        fields = await _fields(request)
        if "language" not in fields:
            raise ApiError(400, "missing 'language' parameter (en-US, en-GB or auto)")
        if "data" not in fields and "text" not in fields:
            raise ApiError(400, "missing 'text' or 'data' parameter")
        language = language_of(fields["language"], fields.get("preferredVariants", ""))
        try:
            wanted = rules_for(config, fields) if language else None
        except ConfigError as exc:
            raise ApiError(400, str(exc)) from None
        key = _key(fields, wanted, config)
        body, how = checker.answers.get(key), "hit"
        if body is None:
            body, how = await answer(request, fields, language, wanted)
            checker.answers.put(key, body)
        return Response(
            body,
            media_type="application/json",
            headers={"X-Newslint-Cache": how},  # hit, shared, miss; none: nothing checked
        )

    async def answer(
        request: Request,
        fields: dict[str, str],
        language: dict[str, Any] | None,
        wanted: Config | None,
    ) -> tuple[bytes, str]:
        try:
            prose = _prose(fields)
        except AnnotationError as exc:
            raise ApiError(400, str(exc)) from None
        found: list[dict[str, Any]] = []
        how = "none"
        if wanted is not None and prose.text.strip():
            report, how = await checker.report(prose.text, wanted, request)
            draft = place(prose, report)
            found = matches(draft, {r.code: r for r in app.state.rules})
        return _answer_body(fields, language, found), how

    for method in ("POST", "GET"):
        router.add_api_route(
            "/check",
            check,
            methods=[method],
            operation_id=f"languagetool_check_{method.lower()}",
            summary="Check a text (LanguageTool's API)",
            description="Form fields (or query parameters): `text` or `data` (annotated "
            "text, JSON), `language` (en-US, en-GB, auto), and optionally `enabledRules`, "
            "`disabledRules`, `enabledOnly`, `enabledCategories`, `disabledCategories`, "
            "`mode`, `preferredVariants`.",
        )

    app.include_router(router)
    app.state.languagetool = checker
    return checker


def _key(fields: dict[str, str], wanted: Config | None, config: Config) -> str:
    """The answer cache's key: the text and everything that changes the answer to it."""
    return cache_key(
        fields.get("data", fields.get("text", "")),
        wanted or config,
        "data" in fields,
        fields["language"],
        fields.get("preferredVariants", ""),
        wanted is None,
    )


def _answer_body(
    fields: dict[str, str], language: dict[str, Any] | None, found: list[dict[str, Any]]
) -> bytes:
    """LanguageTool's answer, as its clients parse it."""
    body = {
        "software": {
            "name": "newslint",
            "version": __version__,
            "buildDate": "",
            "apiVersion": 1,
            "premium": False,
            "status": "",
        },
        "warnings": {"incompleteResults": False},
        "language": language or _unchecked(fields["language"]),
        "matches": found,
    }
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


async def _fields(request: Request) -> dict[str, str]:
    fields = dict(request.query_params)
    if request.method == "POST":
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype not in ("application/x-www-form-urlencoded", "multipart/form-data", ""):
            raise ApiError(
                415, f"send the fields as application/x-www-form-urlencoded, not {ctype}"
            )
        if ctype:
            form = await request.form(max_files=0, max_fields=50)
            fields.update({k: v for k, v in form.items() if isinstance(v, str)})
    return fields


def _prose(fields: dict[str, str]) -> Annotated:
    if "data" in fields:
        try:
            data = json.loads(fields["data"])
        except json.JSONDecodeError as exc:
            raise AnnotationError(f"data is not valid JSON: {exc}") from None
        return from_annotation(data)
    return plain(fields["text"])


def _unchecked(code: str) -> dict[str, Any]:
    """A language newslint does not read: echoed back, with no matches."""
    return {
        "name": code,
        "code": code,
        "detectedLanguage": {"name": code, "code": code, "confidence": 0.0},
    }
