"""House style (LNG100-LNG199): the newsroom's own word lists from the config and style packs."""

from __future__ import annotations

import subprocess
import sys

import pytest

from newslint.config import Config, from_table, load_config
from newslint.errors import ConfigError
from newslint.language.style import PACKS, house_style

NEWSLINT = [sys.executable, "-m", "newslint.cli"]


def style_findings(lint, text, style, **options):
    report = lint(text, config=from_table({"style": style}), **options)
    return [f for f in report.findings if f.rule.startswith("LNG1")]


def test_word_and_replacement_from_the_table(lint):
    text = "Shelling resumed in Kiev overnight."
    (f,) = style_findings(lint, text, {"Kiev": "Kyiv"})
    assert (f.rule, f.name, f.severity) == ("LNG100", "house-style", "warning")
    assert text[f.start : f.end] == "Kiev"
    assert f.message == "House style: 'Kyiv', not 'Kiev'"
    assert f.replacements == ["Kyiv"]
    assert f.evidence["style_entry"] == "Kiev"


def test_case_insensitive_whole_words(lint):
    text = "KIEV and kiev's mayor; a Kievan chronicle; Kievskaya station."
    found = style_findings(lint, text, {"Kiev": "Kyiv"})
    assert [text[f.start : f.end] for f in found] == ["KIEV", "kiev"]


def test_phrase_across_whitespace_and_replacement_case(lint):
    text = "He said the club slams\nthe door. Slams all round. The Ukraine talks."
    style = {"slams": "criticises", "the Ukraine": "Ukraine"}
    found = style_findings(lint, text, style)
    assert [(text[f.start : f.end], f.replacements) for f in found] == [
        ("slams", ["criticises"]),
        ("Slams", ["Criticises"]),
        ("The Ukraine", ["Ukraine"]),
    ]


def test_entry_with_own_code_message_severity_and_no_replacement(lint):
    style = {
        "literally": {"code": "LNG104", "name": "usage", "severity": "info",
                      "message": "Cut '{word}'"},
    }  # fmt: skip
    (f,) = style_findings(lint, "The town was literally cut off.", style)
    assert (f.rule, f.name, f.severity, f.message) == ("LNG104", "usage", "info", "Cut 'literally'")
    assert f.replacements == []


def test_quotes_false_stays_silent_in_quotes_and_reported_speech(lint):
    text = (
        'Labour slams the plan.\n\n"Labour slams everything," the minister said.\n\n'
        "The minister said Labour slams every plan."
    )
    reporter_only = style_findings(lint, text, {"slams": {"use": "criticises", "quotes": False}})
    assert [f.start for f in reporter_only] == [text.index("slams")]
    everywhere = style_findings(lint, text, {"slams": "criticises"})
    assert len(everywhere) == 3


def test_shipped_pack_and_override(lint):
    text = "Aid reached Kiev and Burma on Monday."
    style = {"packs": ["newsroom-example"], "Burma": {"use": "Myanmar", "code": "LNG101"}}
    found = style_findings(lint, text, style)
    assert [(text[f.start : f.end], f.rule, f.replacements) for f in found] == [
        ("Kiev", "LNG101", ["Kyiv"]),
        ("Burma", "LNG101", ["Myanmar"]),
    ]
    assert "Ukrainian spelling" in found[0].message


def test_pack_file_relative_to_the_config(lint, tmp_path):
    (tmp_path / "ours.toml").write_text('"Peking" = { use = "Beijing", code = "LNG150" }\n')
    (tmp_path / "newslint.toml").write_text('[style]\npacks = ["ours.toml"]\n')
    config = load_config(tmp_path / "newslint.toml")
    (f,) = [f for f in lint("Peking duck.", config=config).findings if f.rule == "LNG150"]
    assert f.replacements == ["Beijing"]


def test_select_and_ignore_a_house_style_code(lint):
    text = "Aid reached Kiev. Labour slams the plan."
    config = from_table({"style": {"packs": ["newsroom-example"]}})
    codes = lambda report: sorted(f.rule for f in report.findings if f.rule.startswith("LNG1"))  # noqa: E731
    assert codes(lint(text, config=config)) == ["LNG101", "LNG103"]
    assert codes(lint(text, config=config, ignore=["LNG101"])) == ["LNG103"]
    assert codes(lint(text, config=config, select=["LNG101"])) == ["LNG101"]
    assert codes(lint(text, config=config, select=["LNG"], ignore=["LNG100"])) == []


def test_no_style_no_findings(lint):
    assert style_findings(lint, "Shelling resumed in Kiev overnight.", {}) == []


@pytest.mark.parametrize(
    ("style", "message"),
    [
        ({"packs": ["nosuchpack"]}, "no shipped style pack 'nosuchpack'"),
        ({"Kiev": {"use": "Kyiv", "code": "NUM001"}}, "code must be LNG100-LNG199"),
        ({"Kiev": {"use": "Kyiv", "severity": "fatal"}}, "severity must be error, warning"),
        ({"Kiev": {"use": "Kyiv", "colour": "red"}}, "unknown key 'colour'"),
        ({"Kiev": {"message": "use {replacement}"}}, "message may use {word} and {use} only"),
        ({"Kiev": 3}, "must be a replacement or a table"),
        ({"...": "x"}, "is not a word or phrase"),
    ],
)
def test_bad_style_is_a_config_error(style, message):
    with pytest.raises(ConfigError, match=message.replace("{", r"\{").replace("}", r"\}")):
        Config().merged(style=style)


def test_bad_style_in_a_config_file_exits_2_with_one_line(tmp_path):
    (tmp_path / "newslint.toml").write_text('[style]\nKiev = { use = "Kyiv", code = "X1" }\n')
    (tmp_path / "a.txt").write_text("Shelling resumed in Kiev overnight.\n")
    done = subprocess.run(
        [*NEWSLINT, "check", "a.txt"], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1
    assert "code must be LNG100-LNG199" in done.stderr


def test_cli_check_reads_style_from_pyproject(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.newslint.style]\n"slams" = { use = "criticises", message = "Neutral: {use}" }\n'
    )
    (tmp_path / "a.txt").write_text("Labour slams the plan.\n")
    done = subprocess.run(
        [*NEWSLINT, "check", "a.txt", "--format", "line", "--select", "LNG100"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0  # a warning; the default --fail-on is error
    assert "a.txt:1:8: LNG100 [warning] Neutral: criticises" in done.stdout


def test_every_entry_of_the_shipped_pack_fires_on_its_own_word(lint):
    for pack in PACKS.glob("*.toml"):
        style = house_style({"packs": [pack.stem]})
        assert style.entries, pack
        for entry in style.entries:
            text = f"On page two, {entry.word} appeared again.\n"  # the reporter's own voice
            found = style_findings(lint, text, {"packs": [pack.stem]})
            assert any(
                f.rule == entry.code and text[f.start : f.end] == entry.word for f in found
            ), entry.word
