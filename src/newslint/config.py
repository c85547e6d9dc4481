"""Options: defaults, then a config file found upward from the current directory, then flags.

The file is ``newslint.toml`` (top-level keys) or ``pyproject.toml`` (under ``[tool.newslint]``).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from newslint.article import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from newslint.errors import ConfigError
from newslint.nlp import DEFAULT_PIPELINE

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

FAIL_ON = ("error", "warning", "info", "never")
# selective: parse only the sentences a check reads (newslint.parse); full: every sentence
PARSE_MODES = ("selective", "full")


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ()  # empty: every rule
    ignore: tuple[str, ...] = ()
    fail_on: str = "error"
    pipeline: str = DEFAULT_PIPELINE
    # "selective": the pipeline runs only on sentences a check reads (quotes, cues); "full": all
    parse: str = "selective"
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT
    # per-rule settings, e.g. {"NUM001": {"money_tolerance": 0.05}}
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    # house style: {"packs": [...], "Kiev": "Kyiv", ...} (newslint/language/style.py)
    style: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None  # the file the settings came from

    def merged(self, **options: Any) -> Config:
        """This config with the options given (None means 'not given')."""
        updates = {k: v for k, v in options.items() if v is not None}
        for key in ("select", "ignore"):
            if key in updates:
                updates[key] = _codes(updates[key], key)
        config = replace(self, **updates)
        config.validate()
        return config

    def validate(self) -> None:
        if self.fail_on not in FAIL_ON:
            raise ConfigError(f"fail-on must be one of {', '.join(FAIL_ON)}, not {self.fail_on!r}")
        if self.parse not in PARSE_MODES:
            raise ConfigError(f"parse must be 'selective' or 'full', not {self.parse!r}")
        if self.max_bytes <= 0:
            raise ConfigError("max-bytes must be positive")
        if self.style:
            from newslint.language.style import house_style

            house_style(self.style, self.path)  # a bad entry is a usage error now


def _codes(value: Any, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = value.split(",")
    try:
        return tuple(c.strip().upper() for c in value if str(c).strip())
    except TypeError:
        raise ConfigError(f"{key} must be a list of rule codes or families") from None


def find_config_file(start: Path | None = None) -> tuple[Path, dict[str, Any]] | None:
    """The nearest newslint.toml or pyproject.toml with [tool.newslint], upward from ``start``."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        own = folder / "newslint.toml"
        if own.is_file():
            return own, _read(own)
        project = folder / "pyproject.toml"
        if project.is_file():
            table = _read(project).get("tool", {}).get("newslint")
            if table is not None:
                return project, table
    return None


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config: {exc}") from None


def from_table(table: dict[str, Any], path: Path | None = None) -> Config:
    known = {f.name for f in fields(Config)} - {"path"}
    options: dict[str, Any] = {}
    for key, value in table.items():
        name = key.replace("-", "_")
        if name not in known:
            where = f"{path}: " if path else ""
            raise ConfigError(f"{where}unknown config key {key!r}")
        options[name] = value
    if "rules" in options and not isinstance(options["rules"], dict):
        raise ConfigError("rules must be a table of rule codes")
    if "style" in options and not isinstance(options["style"], dict):
        raise ConfigError("style must be a table of words and their replacements")
    try:
        return Config(path=path).merged(**options)
    except TypeError as exc:
        raise ConfigError(f"{path}: {exc}") from None


def load_config(path: Path | None = None, start: Path | None = None) -> Config:
    """Config from an explicit file, else the nearest one found, else the defaults."""
    if path is not None:
        if not path.is_file():
            raise ConfigError(f"{path}: no such config file")
        table = _read(path)
        if path.name == "pyproject.toml":
            table = table.get("tool", {}).get("newslint", {})
        return from_table(table, path)
    found = find_config_file(start)
    if found is None:
        return Config()
    return from_table(found[1], found[0])
