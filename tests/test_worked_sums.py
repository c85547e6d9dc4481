"""Worked sums in plain English and people's units, the checks that passed, and triage files.

The sums are read from the real rules' findings on the example articles, so a rule that
changes its evidence breaks these tests rather than the page.
"""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from newslint.cli import app
from newslint.report import people
from newslint.report.model import Quantity
from newslint.report.render_html import payload, title_of
from newslint.rules.registry import Flag, Rule, Verified, all_rules, get_rule
from web_support import EXAMPLES


@pytest.fixture(scope="module")
def examples(nlp):
    from newslint import check

    return {
        name: check(EXAMPLES / f"{name}.txt", published="2022-09-13", nlp=nlp)
        for name in ("recaptured-territory", "council-budget", "heatwave")
    }


def _shown(report, rule: str, *, nth: int = 0) -> dict:
    found = [f for f in payload(report)["findings"] if f["rule"] == rule]
    assert len(found) > nth, f"{rule} did not fire"
    return found[nth]


@pytest.mark.parametrize(
    ("x", "shown"),
    [(108.5, "108.5"), (264.9, "264.9"), (26250.0, "26,250"), (0.29, "0.29"), (5957.0, "5,957")],
)
def test_numbers_keep_the_digits_the_evidence_has(x, shown):
    assert people.number(x) == shown


@pytest.mark.parametrize(
    ("si", "dimension", "shown"),
    [
        (13_149_000, "time", "152.2 days"),  # five months, not 13,149,000 seconds
        (278.15, "temperature", "5°C"),  # not kelvin
        (5_956_972_653.77, "area", "5,957 km²"),
        (4_200_000, "area", "4.2 km²"),
        (180_000, "area", "18 hectares"),
        (30_000, "length", "30 km"),
        (40_000_000, "volume", "40 million m³"),
        (86_400, "time", "24 hours"),
    ],
)
def test_measures_in_the_units_people_use(si, dimension, shown):
    assert people.measure(si, dimension) == shown


def test_people_words():
    assert people.plural(1, "day") == "1 day" and people.plural(202, "day") == "202 days"
    assert people.unit("mile**2") == "sq mi" and people.unit("degree_Celsius") == "°C"
    assert people.money(2_400_000, "GBP") == "£2.4 million"
    assert people.money_range(2_350_000, 2_450_000, "GBP") == "£2.35–2.45 million"
    assert people.money_range(84_500, 85_500, "GBP") == "£84,500–85,500"
    assert people.measure_range(3_750_000, 9_375_000, "volume") == "3.75–9.38 million m³"
    assert people.transposed("3,200 square miles", "2,300 square miles") == (
        "3,200 vs 2,300: transposed digits?"
    )
    assert people.transposed("3,200", "3,300") is None
    assert people.fraction_words(0.29) == "a third" and people.fraction_words(0.9) is None
    assert people.day("2022-02-24") == "24 February 2022"


def test_num003_sum_names_the_reference_and_the_figure(examples):
    f = _shown(examples["recaptured-territory"], "NUM003")
    assert f["working"][0] == "3 × Wales (20,779 km²) = 62,337 km²"
    assert "62,205–62,337 km²" in f["working"][1]  # the range the message gives
    assert "62,205-62,337" in f["message"]
    assert f["working"][2] == (
        "the article says 2,300 square miles = 5,957 km², 0.29 × Wales (about a third of it)"
    )


def test_num002_sum_in_km2_with_the_likely_fix(examples):
    f = _shown(examples["recaptured-territory"], "NUM002")
    assert f["working"][:2] == [
        "first: '2,300 square miles' = 5,245–6,695 km² (allowing for rounding and 'about')",
        "later: '3,200 square miles' = 8,158–8,417 km²",
    ]
    assert f["working"][-1] == "likely fix: 3,200 vs 2,300: transposed digits?"
    rows = {r["label"]: r["value"] for r in f["evidence"] if "value" in r}
    assert rows["first range"] == "5,245–6,695 km²"  # never raw SI
    assert "unit" not in rows
    money = _shown(examples["council-budget"], "NUM002")
    assert money["working"][0] == "first: '£2.4m' = £2.35–2.45 million (allowing for rounding)"


def test_num002_message_evidence_and_sum_give_the_same_ranges(examples):
    [f] = [f for f in examples["recaptured-territory"].findings if f.rule == "NUM002"]
    assert f.message == (
        "'3,200 square miles' and '2,300 square miles' give one measure (retaken) two different "
        "values: 8,158–8,417 km² and 5,245–6,695 km² (3,200 vs 2,300: transposed digits?)"
    )
    # in the JSON too, in people's units: never SI, so the LSP and LanguageTool show the sum
    ev = f.evidence
    assert (ev["first_range"], ev["restated_range"], ev["range_unit"]) == (
        [5245.0, 6695.0],
        [8158.0, 8417.0],
        "km²",
    )
    assert "unit" not in ev and ev["likely_fix"] == "3,200 vs 2,300: transposed digits?"
    assert ev["working"][2] == "the two ranges do not meet: the later figure is 1.39 × the first"
    assert ev["working"][3].startswith("one measure: the same event ('recaptured' and 'retaken'")
    [money] = [f for f in examples["council-budget"].findings if f.rule == "NUM002"]
    assert money.evidence["range_unit"] == "GBP"
    assert "£4.15–4.25 million and £2.35–2.45 million" in money.message


def test_num002_restatement_that_agrees_is_a_check_that_passed(lint):
    report = lint(
        "Ukraine has recaptured 2,300 square miles in the north-east, officials said. The "
        "region covers 30,000 sq km.\n\n"
        "Analysts said the 6,000 sq km retaken by Ukraine was a turning point.",
        select=["NUM002"],
    )
    assert report.findings == []
    [check] = report.checks
    assert check.message == (
        "'2,300 square miles' and '6,000 sq km' agree: one measure (retaken), "
        "5,827–6,086 km² and 5,500–6,500 km²"
    )
    assert check.evidence["working"][:3] == [
        "first: '2,300 square miles' = 5,827–6,086 km² (allowing for rounding)",
        "later: '6,000 sq km' = 5,500–6,500 km²",
        "the two ranges meet: the same value, within rounding",
    ]
    # a check claims more than a silent rule: values that meet only by "about" are not verified
    budget = (
        "The council has approved a £2.4m scheme to repair roads across the city. Its annual "
        "budget is £90m.\n\nThe opposition said the {} scheme was too little, too late."
    )
    assert len(lint(budget.format("£2.4m"), select=["NUM002"]).checks) == 1
    loose = lint(budget.format("roughly £2.6m"), select=["NUM002"])
    assert loose.findings == [] and loose.checks == []


def test_num003_message_in_peoples_units_and_its_own_working(examples):
    [f] = [f for f in examples["recaptured-territory"].findings if f.rule == "NUM003"]
    assert f.message == (
        "'three times the size of Wales' implies 62,205-62,337 km², but the article gives "
        "'2,300 square miles' (5,957 km², 0.29 × Wales)"
    )
    assert f.evidence["working"][0] == "3 × Wales (20,779 km²) = 62,337 km²"
    assert f.evidence["working"][-1] == (
        "likely fix: if '2,300 square miles' is right, it is about a third of Wales, not 3 × Wales"
    )


def test_num003_one_sided_comparisons_have_a_working_line(lint):
    more = lint("The lake covers 50 sq km, more than twice the size of Manhattan.")
    [f] = [f for f in more.findings if f.rule == "NUM003"]
    assert f.message == (
        "'twice the size of Manhattan' implies more than 118.2 km², but the article gives "
        "'50 sq km' (50 km², 0.68 × Manhattan)"
    )
    assert f.evidence["working"][:2] == [
        "more than 2 × Manhattan (59.1 km²) = more than 118.2 km²",
        "the article says 50 sq km = 50 km², 0.68 × Manhattan (about two-thirds of it)",
    ]
    less = lint("The lake covers 500 sq km, less than half the size of Manhattan.")
    [f] = [f for f in less.findings if f.rule == "NUM003"]
    assert f.evidence["working"][0] == "less than 0.5 × Manhattan (87.5 km²) = less than 43.75 km²"
    fits = lint("Forces recaptured 2,000 square miles, an area bigger than Luxembourg.")
    [check] = [c for c in fits.checks if c.rule == "NUM003"]
    assert check.evidence["working"][0] == (
        "more than Luxembourg = more than 2,586 km² (allowing for rounding)"
    )
    assert not any("no limit" in line for line in check.evidence["working"])


def test_a_restated_count_has_no_unit():
    from newslint.report.sums import restatement

    evidence = {"first": "2,750 homes", "restated": "2,570 homes", "first_range": [2745, 2755],
                "restated_range": [2565, 2575], "unit": "count", "ratio": 0.935}  # fmt: skip
    assert restatement(evidence, {})[:2] == [
        "first: '2,750 homes' = 2,745–2,755 (allowing for rounding)",
        "later: '2,570 homes' = 2,565–2,575",
    ]


def test_num004_sums_show_each_share_at_its_lowest(examples):
    part, shares = (_shown(examples["council-budget"], "NUM004", nth=n) for n in (0, 1))
    assert part["working"] == [
        "the part '410' is at least 405 (the lowest its rounding allows)",
        "the whole '340' is at most 345 (the highest its rounding allows)",
        "405 > 345: a part cannot be larger than its whole",
        "405 ÷ 345 = 1.17: the part would be 117% of its whole",
    ]
    assert part["message"] == (
        "the part '410' (at least 405) is larger than its whole '340' (at most 345)"
    )
    assert shares["working"] == [
        "45% + 40% + 25% = 110%",
        "at their lowest after rounding: 44.5% + 39.5% + 24.5% = 108.5%",
        "108.5% > 100%: shares of one whole cannot add up to more than all of it",
    ]
    # the same figures in the message, the evidence and the sum: never "110.0%" or "108"
    assert (
        shares["message"] == "shares of one whole add up to 110% (at least 108.5% after rounding)"
    )
    rows = {r["label"]: r["value"] for r in shares["evidence"] if "value" in r}
    assert rows["sum at least"] == "108.5%" and rows["lowest"] == "44.5%, 39.5%, 24.5%"


def test_num004_rules_write_their_working_into_the_json(lint):
    """The JSON (and so the LSP and LanguageTool) carries each NUM004 sum, not only the page."""
    spread = lint(
        "Fifty-eight per cent supported the levy. Another 39 per cent were opposed. "
        "The remaining 12 per cent were undecided.",
        select=["NUM004"],
    )
    [f] = spread.findings
    assert f.message.startswith("shares of one whole add up to 109% (at least 108% after rounding)")
    assert f.evidence["working"] == [
        "58% + 39% + 12% = 109%",
        "at their lowest after rounding: 58% + 38.5% + 11.5% = 108%",
        "108% > 100%: shares of one whole cannot add up to more than all of it",
    ]
    over = lint("Officials claimed that 120% of voters had backed the measure.", select=["NUM004"])
    [f] = over.findings
    assert f.message == "'120%' of a whole is more than all of it (at least 119.5%)"
    assert f.evidence["working"][0] == "'120%' is at least 119.5% (the lowest its rounding allows)"
    typo = lint("Of the 340 roads surveyed by engineers, 430 were found to need urgent work.")
    [f] = [f for f in typo.findings if f.rule == "NUM004"]
    assert f.message.endswith("(at most 345); 430 vs 340: transposed digits?")
    assert f.evidence["working"][-1] == "likely fix: 430 vs 340: transposed digits?"
    linked = lint("The firm employs 2,800 staff. About 4,100 of them work in Wales.")
    [f] = [f for f in linked.findings if f.rule == "NUM004"]
    assert f.evidence["working"][0] == (
        "the part '4,100' is at least 3,645 (the lowest its rounding and 'about' allow)"
    )
    vague = lint(
        "Most of the 1,200 patients treated were children, the clinic's records show.\n\n"
        "Children were a minority of the patients treated, and most came from the city.",
        select=["NUM004"],
    )
    [f] = vague.findings
    assert f.evidence["working"][:2] == [
        "'Most' puts children at more than 50% of the patients",
        "'a minority' puts children at less than 50% of the patients",
    ]


def test_num004_answers_within_the_whole_are_a_check_that_passed(lint):
    report = lint(
        "Fifty-eight per cent supported the levy. Another 30 per cent were opposed. "
        "The remaining 12 per cent were undecided.",
        select=["NUM004"],
    )
    assert report.findings == []
    [check] = report.checks
    assert check.message == "shares of one whole add up to 100%"
    assert check.evidence["working"] == [
        "58% + 30% + 12% = 100%",
        "at their lowest after rounding: 58% + 29.5% + 11.5% = 99%",
        "99% ≤ 100%: within the whole",
    ]


def test_num005_sum_explains_the_rounding_bounds(examples):
    f = _shown(examples["recaptured-territory"], "NUM005")
    assert f["working"] == [
        "'53,000' is taken as 53,000 in both the window's part and the average: they are of "
        "one total, so its rounding cancels out of their ratio",
        "'the majority of them' is at least 50%: 50% × 53,000 = 26,500 in the past 24 hours "
        "(1 day)",
        "the average since the invasion (from 24 February 2022, 202 days) is "
        "53,000 ÷ 202 = 262.4 a day",
        "26,500 ÷ 262.4 = 101 × the average; 8 × or more is implausible",
    ]


def test_num001_sum_converts_in_the_articles_units(lint):
    report = lint("The storm dropped 30cm (20in) of snow on the town overnight.")
    snow = _shown(report, "NUM001")
    assert snow["working"] == [
        "'30cm' (read to its last digit, 29.5–30.5 cm) converted: 11.6–12.0 in",
        "'20in' stands for 15–25 in (its rounding, plus 1% slack): the two do not meet",
        "the other way, '20in' converted back is 49.5–52.1 cm, outside 25–35 cm, the most "
        "'30cm' may be rounded from",
        "the printed conversion is 1.69 × what it should be",
    ]
    # the message gives the sum's figures, in people's units
    assert snow["message"] == "'20in' is not a conversion of '30cm': '30cm' is 11.6-12.0 in"
    heat = lint("Temperatures reached 40C (140F) in the city on Tuesday, officials said.")
    shown = _shown(heat, "NUM001")
    assert shown["working"][:2] == [
        "'40C' (read to its last digit, 39.5–40.5°C) converted: 103–105°F",
        "'140F' stands for 138–142°F (its rounding, plus 1 degree): the two do not meet",
    ]
    assert shown["message"].endswith("'40C' is 103-105°F")
    assert not any("degree_" in line or "kelvin" in line for line in shown["working"])


def test_num001_difference_reading_shows_both_readings(lint):
    f = _shown(lint("Temperatures rose by 3C (9F) over the decade."), "NUM001")
    assert f["message"].endswith("'3C' is 4.5-6.3°F as a difference")
    assert f["working"][0] == (
        "'3C' (read to its last digit, 2.5–3.5°C) converted as a difference (no +32): 4.5–6.3°F"
    )
    assert (
        f["working"][-1] == "read as a level (with the +32), '3C' is 36.5–38.3°F: no match either"
    )


def test_num001_money_sum_and_message_agree(lint):
    report = lint(
        "The bank agreed to pay £1bn ($9bn) to settle the claims.", published="2023-01-20"
    )
    f = _shown(report, "NUM001")
    assert f["message"].endswith("that is $0.58-1.93 billion")
    assert f["working"][:2] == [
        "1 GBP = 1.218–1.238 USD (ECB 2023-01-13..2023-01-20), plus 4% drift",
        "'£1bn' converted, with the drift: $0.58–1.93 billion",
    ]


def test_num001_check_that_passed_the_other_way(lint):
    report = lint("The race is 20 miles (35km) long.")
    [check] = [c for c in report.checks if c.rule == "NUM001"]
    assert check.message == "'20 miles' and '35km' agree"
    assert check.evidence["working"] == [
        "20 miles = 32.19 km",
        "the other way, '35km' converted back is 21.4–22.1 miles, within 15–25 miles, what "
        "'20 miles' may be rounded from",
    ]


def test_num005_message_gives_the_sums_figures(examples):
    f = _shown(examples["recaptured-territory"], "NUM005")
    assert f["message"] == (
        "'the majority of them ... the past 24 hours' means at least 26,500 of '53,000' in "
        "1 day, 101 × the average of 262.4 a day"
    )


def test_num005_plausible_rate_is_a_check_that_passed(lint):
    text = (
        "The charity has delivered 52,000 parcels since it was set up in 2019, a third of them "
        "in the past year."
    )
    report = lint(text, published="2024-03-01", select=["NUM005"])
    assert report.findings == []
    [check] = report.checks
    assert check.message == (
        "'a third of them ... the past year' fits '52,000': at least 17,160 in 365.2 days, "
        "1.7 × the average of 27.56 a day"
    )
    assert check.evidence["working"][1] == (
        "'a third of them' is at least 33%: 33% × 52,000 = 17,160 in the past year (365.2 days)"
    )
    assert (
        check.evidence["working"][-1] == "46.98 ÷ 27.56 = 1.7 × the average; under 8 ×: plausible"
    )


def test_every_finding_on_the_examples_has_a_sum_in_plain_units(examples):
    for report in examples.values():
        for f in payload(report)["findings"]:
            assert f["working"], f"{f['rule']} shows no working"
            for line in f["working"]:
                assert not re.search(r"\d\s?(?:km|m)2\b|\(s\)|\dx\b|\bSI\b", line), line


@pytest.mark.parametrize("code", [r.code for r in all_rules()])
def test_every_rules_findings_carry_their_own_working_in_the_json(code, nlp):
    """A worked sum for every rule, written by the rule (so the JSON, the LSP hover and the
    LanguageTool message carry it, not only the page), in people's units."""
    from newslint import check
    from newslint.config import from_table

    r = get_rule(code)
    config = from_table(r.example_config) if r.example_config else None
    report = check(r.fires, published=r.published, config=config, nlp=nlp)
    mine = [
        f
        for f in report.findings
        if f.rule == code or (r.serves and re.fullmatch(r.serves, f.rule) is not None)
    ]
    assert mine, f"{code}'s example does not fire"
    for f in mine:
        working = f.evidence.get("working")
        assert working and all(isinstance(x, str) and x for x in working), f.message
        for line in [*working, f.message]:
            assert not re.search(r"\d\s?(?:km|m)2\b|\(s\)|\d\s?x\b|\bSI\b|\d\.0%", line), line


def test_text_and_source_rules_give_their_own_working(examples):
    report = examples["recaptured-territory"]
    by_rule = {f.rule: f for f in report.findings}
    for code in ("TXT001", "TXT002", "SRC001"):
        assert by_rule[code].evidence["working"], code
    variant = by_rule["TXT002"].evidence["working"]
    assert "'Zelenskyy' and 'Zelensky' share their first letter" in variant[0]
    assert "94.1" in variant[0] and str(by_rule["TXT002"].evidence["similarity"]) in variant[0]


def test_checks_that_passed_are_in_the_json(examples):
    report = examples["recaptured-territory"]
    checks = {c.message: c for c in report.checks}
    assert "'5C' and '41F' agree" in checks
    assert "'2,300 square miles' and '6,000 sq km' agree" in checks
    assert "'$100m' ≈ '£86m' at the ECB rate of 13 September 2022" in checks
    assert checks["'5C' and '41F' agree"].evidence["working"][0] == "5C = 41°F"
    money = checks["'$100m' ≈ '£86m' at the ECB rate of 13 September 2022"].evidence["working"]
    assert money[1] == "$100 million × 0.853–0.8752 = £85.3–87.5 million"
    data = json.loads(report.to_json())
    assert list(data)[-2:] == ["findings", "checks"]
    assert {"rule", "name", "start", "end", "message", "related", "evidence"} == set(
        data["checks"][0]
    )
    # a passed check never doubles as a finding
    spans = {(f.start, f.end, f.rule) for f in report.findings}
    assert not spans & {(c.start, c.end, c.rule) for c in report.checks}


def test_a_rule_yields_findings_and_checks_side_by_side():
    def check(analysis):
        """Test rule."""
        yield Flag(0, 4, "bad")
        yield Verified(5, 9, "good", evidence={"working": ["1 + 1 = 2"]})

    rule = Rule("TST001", "test", "info", check, fires="", silent="")  # type: ignore[arg-type]
    outcomes = list(rule.outcomes(None))  # type: ignore[arg-type]
    assert [type(o).__name__ for o in outcomes] == ["Finding", "Checked"]
    assert outcomes[1].rule == "TST001" and outcomes[1].evidence["working"] == ["1 + 1 = 2"]
    assert [f.message for f in rule.run(None)] == ["bad"]  # type: ignore[arg-type]


def test_quantity_table_in_peoples_units(examples):
    rows = {q["text"]: q for q in payload(examples["recaptured-territory"])["quantities"]}
    assert rows["five months"]["normalised"] == "152.2 days"
    assert rows["5C"]["normalised"] == "5°C"
    assert rows["2,300 square miles"]["unit"] == "sq mi"
    assert rows["$100m"]["normalised"] == "$100 million"
    assert rows["three times the size of Wales"]["normalised"] == "62,205–62,337 km²"


def test_title_is_the_headline_or_the_file_name(examples):
    report = examples["recaptured-territory"]
    assert title_of(report) == (
        "Ukraine says counter-offensive has retaken thousands of square miles in the north-east"
    )
    no_headline = report.model_copy(update={"text": "One sentence. Then another one."})
    assert title_of(no_headline, "/tmp/story.txt") == "story.txt"
    assert title_of(no_headline) == "newslint report"


# -- triage files and --baseline ---------------------------------------------------------------

BUDGET = (EXAMPLES / "council-budget.txt").read_text(encoding="utf-8")


def _triage(tmp_path, entries) -> str:
    path = tmp_path / "triage.json"
    path.write_text(json.dumps({"newslint_triage": 1, "findings": entries}), encoding="utf-8")
    return str(path)


def test_baseline_hides_listed_findings_by_rule_and_text(nlp, tmp_path):
    article = tmp_path / "budget.txt"
    article.write_text(BUDGET, encoding="utf-8")
    runner = CliRunner()
    before = json.loads(runner.invoke(app, ["check", str(article), "-f", "json"]).stdout)
    assert any(f["rule"] == "NUM002" for f in before["findings"])
    triage = _triage(
        tmp_path,
        [{"rule": "NUM002", "text": "£4.2m", "status": "false-alarm", "note": "two schemes"}],
    )
    # the article edited above the passage: offsets move, the triage still holds
    article.write_text("A new first paragraph was added.\n\n" + BUDGET, encoding="utf-8")
    result = runner.invoke(app, ["check", str(article), "-f", "json", "--baseline", triage])
    after = json.loads(result.stdout)
    assert not any(f["rule"] == "NUM002" for f in after["findings"])
    assert len(after["findings"]) == len(before["findings"]) - 1
    assert "1 finding hidden by" in result.stderr
    # listed text under another rule hides nothing
    other = _triage(tmp_path, [{"rule": "NUM004", "text": "£4.2m", "status": "accepted"}])
    again = json.loads(
        runner.invoke(app, ["check", str(article), "-f", "json", "--baseline", other]).stdout
    )
    assert any(f["rule"] == "NUM002" for f in again["findings"])


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("not json", "not a triage file: not JSON"),
        ('{"findings": [{"rule": "NUM002"}]}', 'finding 1 has no "rule" and "text"'),
        ('{"other": 1}', 'no "findings" list'),
    ],
)
def test_a_bad_baseline_is_one_line_and_exit_2(nlp, tmp_path, content, problem):
    (tmp_path / "a.txt").write_text(BUDGET, encoding="utf-8")
    (tmp_path / "triage.json").write_text(content, encoding="utf-8")
    result = CliRunner().invoke(
        app, ["check", str(tmp_path / "a.txt"), "--baseline", str(tmp_path / "triage.json")]
    )
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and problem in lines[0] and "triage.json" in lines[0]


def test_quantity_rounding_helper_reads_the_printed_figure():
    from newslint.report.sums import _rounding

    q = Quantity(start=0, end=6, text="53,000", value=53000.0, kind="count")
    assert _rounding("53,000", {"53,000": q}) == "'53,000' may stand for 52,500–53,500 (rounding)"


def test_num003_counts_things_and_multiplies_places(lint):
    report = lint("The new park covers 500 square metres, the size of 70 football pitches.")
    [f] = [f for f in report.findings if f.rule == "NUM003"]
    assert f.evidence["working"][0] == "70 football pitches (8,250 m² each) = 577,500 m²"
    assert f.message.endswith("(500 m², 0.074 football pitches)")
    assert people.multiple(3, "Wales") == "3 × Wales"
    assert people.multiple(2, "double-decker bus") == "2 double-decker buses"


def test_undated_money_note_counts_in_words_and_explains_itself(lint):
    report = lint("The bank agreed to pay £1bn ($1.2bn) to settle the claims.", select=["NUM001"])
    [note] = report.findings
    assert note.message.startswith("1 money conversion checked against every ECB rate since 1999")
    assert note.evidence["working"][0] == (
        "the article gives no published date, so the day's rate is unknown"
    )
