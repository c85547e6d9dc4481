"""The language server: newslint's findings as diagnostics, hovers and quick fixes.

- Diagnostics for every open document, plain text or Markdown (markup is not checked; the
  offsets still point into the document), on open and after each change. A change waits
  ``debounce`` seconds; a newer change cancels the pending check (a check already running
  finishes, and its result is dropped when the document has moved on).
- Hover on a finding: its message, worked sum and evidence.
- Code actions: a quick fix for each replacement a finding carries.
- Configuration: ``newslint.toml`` (or ``[tool.newslint]``) found upward from each file, or
  ``--config``. Positions in the encoding the client negotiates (UTF-16 unless it offers
  another).

One pipeline, loaded once, runs every check in one worker thread; reports are cached by a
hash of the text, so undoing back to a checked text answers at once.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from newslint import __version__
from newslint.config import Config, load_config
from newslint.drafts import Draft, Placed, ReportCache, cache_key, check_prose, place
from newslint.errors import InputError, NewslintError
from newslint.markup import Annotated, from_markdown, plain
from newslint.offsets import Encoding, LineIndex
from newslint.report.evidence import rows, worked_sum
from newslint.report.model import Report

log = logging.getLogger("newslint.lsp")
SOURCE = "newslint"
_SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}
_MARKDOWN_IDS = {"markdown", "md", "mdx", "quarto", "rmd"}
_MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx", ".qmd", ".rmd")


@dataclass(frozen=True)
class Checked:
    version: int | None
    draft: Draft
    lines: LineIndex


class NewslintServer(LanguageServer):
    def __init__(
        self,
        config_path: Path | None = None,
        pipeline: str | None = None,
        debounce: float = 0.15,
    ) -> None:
        super().__init__(
            "newslint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full
        )
        self.config_path = config_path
        self.pipeline_name = pipeline
        self.debounce = debounce
        self.checks = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newslint-lsp")
        self.pending: dict[str, asyncio.Task[None]] = {}
        self.checked: dict[str, Checked] = {}
        self.cache = ReportCache(64)

    # -- the check ---------------------------------------------------------------------------

    def nlp(self, name: str) -> Any:
        from newslint.nlp import pipeline

        return pipeline(name)

    def config_for(self, uri: str) -> Config:
        path = self.workspace.get_text_document(uri).path
        start = Path(path).parent if path and Path(path).parent.is_dir() else None
        if start is None and self.workspace.root_path:
            start = Path(self.workspace.root_path)
        config = load_config(self.config_path, start=start)
        return config.merged(pipeline=self.pipeline_name)

    def run_check(self, text: str, config: Config) -> Report:
        """Blocking: one check on the warm pipeline (runs in the worker thread)."""
        return check_prose(text, config, self.nlp(config.pipeline))

    def schedule(self, uri: str, delay: float) -> None:
        """Check ``uri`` after ``delay`` seconds, cancelling a check still pending for it."""
        earlier = self.pending.pop(uri, None)
        if earlier is not None:
            earlier.cancel()
        task = asyncio.ensure_future(self._check_later(uri, delay))
        self.pending[uri] = task
        task.add_done_callback(lambda t: self._forget(uri, t))

    def _forget(self, uri: str, task: asyncio.Task[None]) -> None:
        if self.pending.get(uri) is task:
            del self.pending[uri]

    async def _check_later(self, uri: str, delay: float) -> None:
        if delay > 0:
            await asyncio.sleep(delay)
        document = self.workspace.get_text_document(uri)
        version, source = document.version, document.source
        prose = _prose(document.language_id, uri, source)
        try:
            config = self.config_for(uri)
            draft = await self._draft(prose, config) if prose.text.strip() else None
        except InputError:
            draft = None  # an empty or oversized document: nothing to show
        except NewslintError as exc:
            self.window_show_message(
                types.ShowMessageParams(types.MessageType.Error, f"newslint: {exc}")
            )
            return
        except Exception as exc:  # a bug: say so in the client's log, keep serving
            log.exception("check of %s failed", uri)
            self.window_log_message(
                types.LogMessageParams(types.MessageType.Error, f"newslint: check failed: {exc}")
            )
            return
        current = self.workspace.get_text_document(uri)
        if current.version != version or current.source != source:
            return  # the document moved on; its own check is on the way
        lines = LineIndex(source, self.encoding)
        if draft is not None:
            self.checked[uri] = Checked(version, draft, lines)
        else:
            self.checked.pop(uri, None)
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(
                uri=uri,
                version=version,
                diagnostics=[diagnostic(uri, p, lines) for p in draft.findings] if draft else [],
            )
        )

    async def _draft(self, prose: Annotated, config: Config) -> Draft:
        key = cache_key(prose.text, config)
        cached = self.cache.get(key)
        if cached is not None:
            return place(prose, cached)
        loop = asyncio.get_running_loop()
        report = await loop.run_in_executor(self.checks, self.run_check, prose.text, config)
        self.cache.put(key, report)
        return place(prose, report)

    @property
    def encoding(self) -> Encoding:
        chosen = str(self.workspace.position_encoding or "utf-16")
        return chosen if chosen in ("utf-8", "utf-16", "utf-32") else "utf-16"  # type: ignore[return-value]

    def findings_at(self, uri: str, position: types.Position) -> list[Placed]:
        checked = self.checked.get(uri)
        if checked is None:
            return []
        if self.workspace.get_text_document(uri).source != checked.draft.prose.document:
            return []  # changed since the check: its offsets no longer hold
        at = checked.lines.offset(position.line, position.character)
        return [
            p for p in checked.draft.findings if p.start <= at < p.end or p.start == at == p.end
        ]


def _prose(language_id: str | None, uri: str, source: str) -> Annotated:
    if (language_id or "").lower() in _MARKDOWN_IDS or uri.lower().endswith(_MARKDOWN_SUFFIXES):
        return from_markdown(source)
    return plain(source)


def _range(lines: LineIndex, start: int, end: int) -> types.Range:
    a, b = lines.position(start), lines.position(end)
    return types.Range(types.Position(*a), types.Position(*b))


def diagnostic(uri: str, placed: Placed, lines: LineIndex) -> types.Diagnostic:
    f = placed.finding
    return types.Diagnostic(
        range=_range(lines, placed.start, placed.end),
        message=f.message,
        severity=_SEVERITY.get(str(f.severity), types.DiagnosticSeverity.Information),
        code=f.rule,
        source=SOURCE,
        related_information=[
            types.DiagnosticRelatedInformation(
                location=types.Location(uri, _range(lines, a, b)),
                message=f"{f.rule}: {lines.text[a:b]}",
            )
            for a, b in placed.related
        ]
        or None,
        data={"rule": f.rule, "replacements": list(f.replacements)},
    )


def hover_text(placed: Placed) -> str:
    """A finding as Markdown: rule, message, worked sum, evidence, fix."""
    f = placed.finding
    parts = [f"**{f.rule}** {f.name} ({f.severity})", "", _escape(f.message)]
    working = worked_sum(f.evidence)
    if working:
        parts += ["", "```text", *working, "```"]
    evidence = []
    for row in rows(f.evidence):
        if "table" in row:
            table = row["table"]
            evidence += ["", f"{_escape(row['label'])}:", ""]
            evidence.append("| " + " | ".join(table["columns"]) + " |")
            evidence.append("|" + "---|" * len(table["columns"]))
            evidence += ["| " + " | ".join(map(_escape, r)) + " |" for r in table["rows"]]
        else:
            evidence.append(f"- {_escape(row['label'])}: {_escape(row['value'])}")
    if evidence:
        parts += ["", "Evidence:", "", *evidence]
    if f.replacements:
        parts += ["", "Fix: " + ", ".join(f"`{r}`" for r in f.replacements)]
    return "\n".join(parts)


def _escape(text: str) -> str:
    return "".join("\\" + c if c in "\\`*_[]<>|#" else c for c in str(text))


def build(config_path: Path | None = None, pipeline: str | None = None, debounce: float = 0.15):
    server = NewslintServer(config_path, pipeline, debounce)

    @server.feature(types.INITIALIZED)
    def initialized(ls: NewslintServer, params: types.InitializedParams) -> None:
        # load the pipeline before the first document needs it
        name = load_config(ls.config_path).merged(pipeline=ls.pipeline_name).pipeline
        ls.checks.submit(ls.nlp, name)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: NewslintServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: NewslintServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, ls.debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: NewslintServer, params: types.DidSaveTextDocumentParams) -> None:
        # the config next to the file may have changed; an unchanged text is a cache hit
        ls.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: NewslintServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        pending = ls.pending.pop(uri, None)
        if pending is not None:
            pending.cancel()
        ls.checked.pop(uri, None)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri, []))

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: NewslintServer, params: types.HoverParams) -> types.Hover | None:
        uri = params.text_document.uri
        found = ls.findings_at(uri, params.position)
        if not found:
            return None
        lines = ls.checked[uri].lines
        return types.Hover(
            contents=types.MarkupContent(
                kind=types.MarkupKind.Markdown,
                value="\n\n---\n\n".join(hover_text(p) for p in found),
            ),
            range=_range(lines, found[0].start, found[0].end),
        )

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    def code_action(
        ls: NewslintServer, params: types.CodeActionParams
    ) -> list[types.CodeAction] | None:
        actions = []
        for d in params.context.diagnostics:
            data = d.data if isinstance(d.data, dict) else {}
            if d.source != SOURCE:
                continue
            for n, text in enumerate(data.get("replacements") or []):
                actions.append(
                    types.CodeAction(
                        title=f"Replace with '{text}' ({d.code})",
                        kind=types.CodeActionKind.QuickFix,
                        diagnostics=[d],
                        is_preferred=n == 0,
                        edit=types.WorkspaceEdit(
                            changes={params.text_document.uri: [types.TextEdit(d.range, text)]}
                        ),
                    )
                )
        return actions or None

    return server


def serve(
    config_path: Path | None = None,
    pipeline: str | None = None,
    debounce: float = 0.15,
    log_level: str = "warning",
) -> None:
    logging.basicConfig(stream=sys.stderr, level=log_level.upper())
    build(config_path, pipeline, debounce).start_io()
