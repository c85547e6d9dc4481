"""``newslint lsp`` driven end to end by pytest-lsp's client: a real server process on stdio."""

from __future__ import annotations

import asyncio
import sys

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, default_converter, register_lsp_features

from editor_samples import ARTICLE, EXAMPLES, LINE, newslint_check, utf16

SERVER = [sys.executable, "-m", "newslint.cli", "lsp", "--debounce", "0.3"]

pytestmark = pytest.mark.asyncio(loop_scope="module")


def recording_client() -> LanguageClient:
    """pytest-lsp's client, keeping every publishDiagnostics (with its version) in order."""
    client = LanguageClient(converter_factory=default_converter)
    client.published = []  # type: ignore[attr-defined]

    def publish(client: LanguageClient, params: types.PublishDiagnosticsParams) -> None:
        client.diagnostics[params.uri] = params.diagnostics
        client.published.append(params)  # type: ignore[attr-defined]

    register_lsp_features(
        client, {**DEFAULT_CLIENT_FEATURES, types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: publish}
    )
    return client


CONFIG = ClientServerConfig(server_command=SERVER, client_factory=recording_client)


@pytest_lsp.fixture(config=CONFIG, scope="module")
async def client(lsp_client: LanguageClient):
    result = await lsp_client.initialize_session(
        types.InitializeParams(capabilities=client_capabilities("visual_studio_code"))
    )
    lsp_client.server_info = result  # type: ignore[attr-defined]
    yield
    await lsp_client.shutdown_session()


async def published(client, uri: str, version: int, timeout: float = 60):
    """The diagnostics the server published for ``uri`` at ``version``."""
    deadline = asyncio.get_running_loop().time() + timeout
    while asyncio.get_running_loop().time() < deadline:
        for params in client.published:
            if params.uri == uri and params.version == version:
                return list(params.diagnostics)
        await asyncio.sleep(0.02)
    raise AssertionError(f"no diagnostics for {uri} version {version}")


def open_doc(client, uri: str, text: str, language: str = "plaintext", version: int = 1):
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, language, version, text))
    )


def change(client, uri: str, text: str, version: int):
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(version=version, uri=uri),
            [types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )


async def test_capabilities_and_utf16_by_default(client):
    caps = client.server_info.capabilities
    assert caps.position_encoding == types.PositionEncodingKind.Utf16
    assert caps.hover_provider
    assert caps.code_action_provider
    assert caps.text_document_sync.change == types.TextDocumentSyncKind.Full


async def test_diagnostic_in_utf16_after_emoji_accents_and_cjk(client, tmp_path):
    uri = (tmp_path / "draft.txt").as_uri()
    open_doc(client, uri, ARTICLE)
    [diagnostic] = await published(client, uri, 1)
    assert diagnostic.code == "TXT002" and diagnostic.source == "newslint"
    assert diagnostic.severity == types.DiagnosticSeverity.Warning
    column = utf16(LINE[: LINE.index("Zelenskyy")])
    assert column == LINE.index("Zelenskyy") + 3  # 😀 and the two flag letters: 2 units each
    assert diagnostic.range == types.Range(
        types.Position(2, column), types.Position(2, column + len("Zelenskyy"))
    )
    # the other spelling's uses are linked
    related = [r.location.range.start for r in diagnostic.related_information]
    assert types.Position(0, ARTICLE.index("Zelensky")) in related

    hover = await client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(uri), types.Position(2, column + 4))
    )
    text = hover.contents.value
    assert "**TXT002** name-variant (warning)" in text
    assert "Zelenskyy" in text and "similarity" in text and "Fix: `Zelensky`" in text
    assert hover.range == diagnostic.range
    nothing = await client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(uri), types.Position(2, 0))
    )
    assert nothing is None

    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            types.TextDocumentIdentifier(uri),
            diagnostic.range,
            types.CodeActionContext(diagnostics=[diagnostic]),
        )
    )
    [action] = actions
    assert action.kind == types.CodeActionKind.QuickFix and action.is_preferred
    [edit] = action.edit.changes[uri]
    assert edit.new_text == "Zelensky" and edit.range == diagnostic.range

    # the writer takes the fix: the finding goes
    fixed = ARTICLE.replace("Zelenskyy", "Zelensky")
    change(client, uri, fixed, 2)
    assert await published(client, uri, 2) == []


async def test_a_newer_edit_cancels_the_pending_check(client, tmp_path):
    uri = (tmp_path / "typing.txt").as_uri()
    open_doc(client, uri, "The council met on Monday.")
    assert await published(client, uri, 1) == []
    # a burst of keystrokes inside the debounce: only the last text is checked
    typed = ARTICLE[: ARTICLE.index("Zelenskyy") + 6]
    for version, end in enumerate(range(len(typed), len(ARTICLE) + 1, 2), start=2):
        change(client, uri, ARTICLE[:end], version)
    last = version
    if ARTICLE[:end] != ARTICLE:
        last += 1
        change(client, uri, ARTICLE, last)
    [diagnostic] = await published(client, uri, last)
    assert diagnostic.code == "TXT002"
    versions = [p.version for p in client.published if p.uri == uri]
    assert versions == [1, last]


async def test_markdown_offsets_point_into_the_markup(client, tmp_path):
    uri = (tmp_path / "draft.md").as_uri()
    text = (
        "# Visit\n\nPresident **Volodymyr Zelensky** visited [Kyiv](https://example.org).\n\n"
        "- Mr *Zelenskyy* 😀 told reporters in Kyiv that talks had failed.\n"
    )
    open_doc(client, uri, text, "markdown")
    [diagnostic] = await published(client, uri, 1)
    line = text.split("\n")[4]
    assert diagnostic.range.start == types.Position(4, line.index("Zelenskyy"))


async def test_config_from_newslint_toml_next_to_the_file(client, tmp_path):
    (tmp_path / "newslint.toml").write_text('ignore = ["TXT002"]\n')
    (tmp_path / "desk").mkdir()
    uri = (tmp_path / "desk" / "draft.txt").as_uri()
    open_doc(client, uri, ARTICLE)
    assert await published(client, uri, 1) == []


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.txt")), ids=lambda p: p.name)
async def test_examples_round_trip(client, example, nlp):
    """Every finding of ``newslint check`` arrives with the same rule over the same words."""
    expected = newslint_check(example)
    text = example.read_text(encoding="utf-8")
    uri = example.as_uri()
    open_doc(client, uri, text)
    diagnostics = await published(client, uri, 1)
    lines = text.split("\n")

    def offset(p: types.Position) -> int:
        before = sum(len(line) + 1 for line in lines[: p.line])
        line = lines[p.line] if p.line < len(lines) else ""
        units = 0
        for i, ch in enumerate(line):
            if units >= p.character:
                return before + i
            units += utf16(ch)
        return before + len(line)

    got = [(d.code, text[offset(d.range.start) : offset(d.range.end)]) for d in diagnostics]
    assert got == expected
    assert len(expected) >= 3


async def test_utf8_when_the_client_asks_for_it():
    """Neovim 0.11 offers UTF-8 first (its capabilities as pytest-lsp records them)."""
    client = recording_client()
    await client.start_io(*SERVER)
    try:
        caps = client_capabilities("neovim@v0.11.0")
        assert caps.general.position_encodings[0] == types.PositionEncodingKind.Utf8
        result = await client.initialize_session(types.InitializeParams(capabilities=caps))
        assert result.capabilities.position_encoding == types.PositionEncodingKind.Utf8
        uri = "untitled:Untitled-1"
        open_doc(client, uri, ARTICLE)
        [diagnostic] = await published(client, uri, 1)
        column = len(LINE[: LINE.index("Zelenskyy")].encode("utf-8"))
        assert diagnostic.range.start == types.Position(2, column)
        assert diagnostic.range.end == types.Position(2, column + len("Zelenskyy"))
        await client.shutdown_session()
    finally:
        await client.stop()


async def test_hover_shows_the_evidence_and_worked_sum(client):
    text = (EXAMPLES / "recaptured-territory.txt").read_text(encoding="utf-8")
    uri = "file:///desk/recaptured-copy.txt"
    open_doc(client, uri, text)
    [comparison] = [d for d in await published(client, uri, 1) if d.code == "NUM003"]
    assert comparison.severity == types.DiagnosticSeverity.Error
    hover = await client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(uri), comparison.range.start)
    )
    value = hover.contents.value
    assert "**NUM003** comparison-mismatch (error)" in value
    assert "```text\n3 × Wales (20,779 km²) = 62,337 km²" in value
    assert "the article says 2,300 square miles = 5,957 km², 0.29 × Wales" in value
    assert "Evidence:" in value and "- ratio: 0.29" in value


@pytest.mark.asyncio(loop_scope="function")
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--debounce", "-1"], "--debounce must be 0 or more"),
        (["--config", "/nonexistent/newslint.toml"], "no such config file"),
        (["--log-level", "loud"], "is not debug, info"),
    ],
)
async def test_bad_options_exit_2_with_one_line(args, message):
    from typer.testing import CliRunner

    from newslint.cli import app

    result = CliRunner().invoke(app, ["lsp", *args])
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output
