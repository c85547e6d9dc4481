"""LanguageTool's API on ``newslint serve``, driven by a real client written by others
(``language-tool-python`` in remote-server mode) against the real command on loopback."""

from __future__ import annotations

import json
import unicodedata

import httpx
import language_tool_python
import pytest

from editor_samples import ARTICLE, EXAMPLES, newslint_check, utf16
from newslint.config import Config
from newslint.drafts import Draft, Placed
from newslint.markup import plain
from newslint.report.model import Finding, Report
from newslint.web.languagetool import language_of, matches, rules_for
from web_support import start_serve, stop_serve

ORIGIN = "https://docs.example.org"


@pytest.fixture(scope="module")
def server():
    """``newslint serve --allow-origin ...`` as a process, on a free loopback port."""
    process, base = start_serve("--allow-origin", ORIGIN, "--log-level", "warning")
    try:
        yield base
    finally:
        stop_serve(process)


@pytest.fixture(scope="module")
def tool(server):
    lt = language_tool_python.LanguageTool("en-US", remote_server=server)
    yield lt
    lt.close()


@pytest.mark.slow
@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.txt")), ids=lambda p: p.name)
def test_examples_give_the_same_rules_and_spans_as_newslint_check(tool, example, nlp):
    text = example.read_text(encoding="utf-8")
    got = [(m.rule_id, text[m.offset : m.offset + m.error_length]) for m in tool.check(text)]
    assert got == newslint_check(example)
    assert len(got) >= 3
    assert all(m.category == "NEWSLINT" for m in tool.check(text))


@pytest.mark.slow
def test_the_message_carries_the_worked_sum(tool):
    text = (EXAMPLES / "recaptured-territory.txt").read_text(encoding="utf-8")
    [comparison] = [m for m in tool.check(text) if m.rule_id == "NUM003"]
    assert comparison.message.startswith("'three times the size of Wales'")
    # the client NFKC-normalises messages: km² arrives as km2
    working = (
        " — 3 × Wales (20,779 km²) = 62,337 km²; allowing for the rounding of the multiple and "
        "for Wales 20,735–20,779 km²: 62,205–62,337 km²; the article says 2,300 square miles = "
        "5,957 km², 0.29 × Wales (about a third of it)"
    )
    assert unicodedata.normalize("NFKC", working) in comparison.message
    assert comparison.rule_issue_type == "numbers"
    # NUM002 writes its own sum too: the ranges in km² and the likely fix reach the client
    [restated] = [m for m in tool.check(text) if m.rule_id == "NUM002"]
    for line in (
        "first: '2,300 square miles' = 5,245–6,695 km² (allowing for rounding and 'about')",
        "likely fix: 3,200 vs 2,300: transposed digits?",
    ):
        assert unicodedata.normalize("NFKC", line) in restated.message


@pytest.mark.slow
def test_offsets_in_utf16_after_emoji_accents_and_cjk(server, tool):
    [match] = tool.check(ARTICLE)  # the client turns UTF-16 offsets back into code points
    assert match.rule_id == "TXT002"
    assert ARTICLE[match.offset : match.offset + match.error_length] == "Zelenskyy"
    assert match.replacements == ["Zelensky"]
    assert match.offset_in_context >= 0 and "Zelenskyy" in match.context

    raw = httpx.post(server + "/v2/check", data={"text": ARTICLE, "language": "en-GB"}).json()
    [m] = raw["matches"]
    assert m["offset"] == utf16(ARTICLE[: ARTICLE.index("Zelenskyy")])
    assert m["offset"] == ARTICLE.index("Zelenskyy") + 3  # 😀 and two flag letters
    assert m["length"] == 9
    assert m["rule"]["id"] == "TXT002" and m["rule"]["category"]["id"] == "NEWSLINT"
    assert m["rule"]["issueType"] == "inconsistent-entities"
    assert m["sentence"].startswith("Café 😀🇺🇦 東京: Mr Zelenskyy")
    context = m["context"]
    shown = context["text"].encode("utf-16-le")
    flagged = shown[2 * context["offset"] : 2 * (context["offset"] + context["length"])]
    assert flagged.decode("utf-16-le") == "Zelenskyy"
    assert raw["language"]["code"] == "en-GB"
    assert raw["software"]["apiVersion"] == 1


@pytest.mark.slow
def test_annotated_text_offsets_count_the_markup(server):
    annotation = [
        {"markup": "<p>"},
        {"text": "President Volodymyr "},
        {"markup": "<b>"},
        {"text": "Zelensky"},
        {"markup": "</b>"},
        {"text": " visited Kyiv on Monday."},
        {"markup": "</p><p>", "interpretAs": "\n\n"},
        {"text": "😀 Mr Zelenskyy told reporters the talks had failed."},
        {"markup": "</p>"},
    ]
    document = "".join(a.get("text", a.get("markup")) for a in annotation)
    body = httpx.post(
        server + "/v2/check",
        data={"data": json.dumps({"annotation": annotation}), "language": "auto"},
    ).json()
    [m] = body["matches"]
    assert m["offset"] == utf16(document[: document.index("Zelenskyy")])
    assert body["language"]["code"] == "en-US"


@pytest.mark.slow
def test_rule_fields_and_bad_requests(server):
    url = server + "/v2/check"
    off = httpx.post(
        url, data={"text": ARTICLE, "language": "en", "disabledRules": "TXT002,WHITESPACE_RULE"}
    )
    assert off.json()["matches"] == []
    only = {"text": ARTICLE, "language": "en", "enabledOnly": "true"}
    assert httpx.post(url, data={**only, "enabledRules": "TXT002"}).json()["matches"]
    assert (
        httpx.post(url, data={**only, "enabledRules": "UPPERCASE_SENTENCE_START"}).json()["matches"]
        == []
    )
    assert (
        httpx.post(
            url, data={"text": ARTICLE, "language": "en", "disabledCategories": "NEWSLINT"}
        ).json()["matches"]
        == []
    )
    # GET works as on LanguageTool
    assert httpx.get(url, params={"text": ARTICLE, "language": "en-US"}).json()["matches"]
    # another language: echoed, nothing to say
    german = httpx.post(url, data={"text": "Der Rat tagte am Montag.", "language": "de-DE"}).json()
    assert german["matches"] == [] and german["language"]["code"] == "de-DE"
    for data, problem in [
        ({"text": ARTICLE}, "missing 'language'"),
        ({"language": "en"}, "missing 'text' or 'data'"),
        ({"data": "{not json", "language": "en"}, "not valid JSON"),
        ({"data": '{"annotation": [{"x": 1}]}', "language": "en"}, "neither text nor markup"),
    ]:
        answer = httpx.post(url, data=data)
        assert answer.status_code == 400 and problem in answer.json()["error"], answer.text
    # a text the check refuses: the worker pool's answer, one line
    nul = httpx.post(url, data={"text": "The council met.\x00", "language": "en"})
    assert nul.status_code == 422 and "NUL character at offset 16" in nul.json()["error"], nul.text
    wrong_type = httpx.post(url, json={"text": ARTICLE, "language": "en"})
    assert wrong_type.status_code == 415
    languages = httpx.get(server + "/v2/languages").json()
    assert {"name": "English (US)", "code": "en", "longCode": "en-US"} in languages


@pytest.mark.slow
def test_cors_for_the_allowed_origin_only(server):
    preflight = {"Access-Control-Request-Method": "POST"}
    ok = httpx.options(server + "/v2/check", headers={"Origin": ORIGIN, **preflight})
    assert ok.status_code == 200 and ok.headers["access-control-allow-origin"] == ORIGIN
    other = httpx.options(
        server + "/v2/check", headers={"Origin": "https://evil.example", **preflight}
    )
    assert "access-control-allow-origin" not in other.headers
    answer = httpx.post(
        server + "/v2/check",
        data={"text": "The council met.", "language": "en"},
        headers={"Origin": ORIGIN},
    )
    assert answer.headers["access-control-allow-origin"] == ORIGIN


def test_unchanged_recheck_is_answered_from_the_cache():
    from newslint.web.app import ServerSettings, create_app
    from web_support import LiveServer

    web = create_app(ServerSettings(cache_size=4))
    with LiveServer(web) as live:
        first = httpx.post(live.url + "/v2/check", data={"text": ARTICLE, "language": "en"})
        again = httpx.post(
            live.url + "/v2/check",
            data={"text": ARTICLE, "language": "en"},
            headers={"Origin": ORIGIN},
        )
        assert "access-control-allow-origin" not in again.headers  # no --allow-origin given
        checker = web.state.languagetool
        cache = checker.cache
        assert (cache.misses, checker.answers.hits) == (1, 1)
        # the same prose in another language variant: a new answer from the cached report
        httpx.post(live.url + "/v2/check", data={"text": ARTICLE, "language": "en-GB"})
        assert (cache.misses, cache.hits) == (1, 1)
        assert first.json() == again.json()
        assert (first.headers["x-newslint-cache"], again.headers["x-newslint-cache"]) == (
            "miss",
            "hit",
        )
        # checked by a worker of the pool (it says how long); a re-check never reaches one
        assert "check;dur=" in first.headers["server-timing"]
        assert "server-timing" not in again.headers
        assert web.state.pool.state()["checks"] == 1
        # other rules chosen: another report
        httpx.post(
            live.url + "/v2/check",
            data={"text": ARTICLE, "language": "en", "disabledRules": "TXT002"},
        )
        assert cache.misses == 2


def test_a_finding_with_replacements_maps_to_a_match():
    text = "Prices rose 5 percent, the café said. 😀"
    finding = Finding(
        rule="LNG001",
        name="house-style",
        severity="info",
        start=12,
        end=21,
        message="house style writes per cent",
        replacements=["5 per cent", "5%"],
    )
    report = Report(text=text, findings=[finding])
    placed = Placed(finding, 12, 21)
    [m] = matches(Draft(plain(text), report, (placed,)), {})
    assert [r["value"] for r in m["replacements"]] == ["5 per cent", "5%"]
    assert (m["offset"], m["length"]) == (12, 9)
    assert m["rule"]["issueType"] == "style" and m["shortMessage"] == "House style"
    assert m["context"]["text"][m["context"]["offset"] :][:9] == "5 percent"


def test_language_codes_and_rule_fields():
    assert language_of("auto")["code"] == "en-US"
    assert language_of("en-GB")["name"] == "English (GB)"
    assert language_of("fr") is None
    config = Config()
    assert rules_for(config, {"disabledRules": "SRC002,COMMA_RULE"}).ignore == ("SRC002",)
    assert rules_for(config, {"enabledOnly": "true", "enabledRules": "NUM003"}).select == (
        "NUM003",
    )
    assert rules_for(config, {"enabledOnly": "true", "enabledCategories": "NEWSLINT"}) == config
    assert rules_for(config, {"enabledOnly": "true"}) is None
    # the add-on's paragraph checks leave out text-level rules, which all of newslint's are
    assert rules_for(config, {"mode": "allButTextLevelOnly"}) is None
    assert rules_for(config, {"mode": "textLevelOnly"}) == config
    assert language_of("auto", "de-AT,en-AU")["code"] == "en-AU"


def test_concurrent_requests_for_one_text_share_one_check():
    import asyncio

    from newslint.drafts import ReportCache
    from newslint.web.languagetool import Checker

    runs = []

    async def scenario():
        gate = asyncio.Event()

        async def run(text, config, request):
            runs.append(text)
            await gate.wait()
            if text == "boom":
                raise ValueError("boom")
            return Report(text=text)

        checker = Checker(Config(), run, ReportCache(4))
        tasks = [
            asyncio.ensure_future(checker.report("same text", Config(), None)) for _ in "abcde"
        ]
        await asyncio.sleep(0.1)
        gate.set()
        results = await asyncio.gather(*tasks)
        assert sorted(how for _, how in results) == ["miss"] + ["shared"] * 4
        assert checker.in_flight == {}
        assert (await checker.report("same text", Config(), None))[1] == "hit"
        gate.clear()
        failing = [asyncio.ensure_future(checker.report("boom", Config(), None)) for _ in "ab"]
        await asyncio.sleep(0.1)
        gate.set()
        outcomes = await asyncio.gather(*failing, return_exceptions=True)
        assert all(isinstance(o, ValueError) for o in outcomes)
        assert checker.in_flight == {}

        # the request that started a check goes away (its client hung up): the check is
        # cancelled, and a request that was sharing it checks the text itself
        gate.clear()
        first = asyncio.ensure_future(checker.report("left", Config(), None))
        second = asyncio.ensure_future(checker.report("left", Config(), None))
        await asyncio.sleep(0.1)
        first.cancel()
        await asyncio.sleep(0.1)
        gate.set()
        assert (await second)[1] == "miss" and first.cancelled()
        assert checker.in_flight == {}

    asyncio.run(scenario())
    assert runs.count("same text") == 1 and runs.count("boom") == 1 and runs.count("left") == 2
