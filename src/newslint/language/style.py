"""House style: a newsroom's own words to avoid, from ``[tool.newslint.style]`` in the config.

    [tool.newslint.style]
    packs = ["newsroom-example"]        # shipped packs by name, or TOML files (relative to the
                                        # config file) with entries in the same shape
    "Kiev" = "Kyiv"                     # a word and its replacement
    "slams" = { use = "criticises", code = "LNG101", severity = "warning",
                message = "Our voice is neutral: '{use}', not '{word}'", quotes = false }
    "literally" = { message = "Cut '{word}'" }

Matching is case-insensitive on whole words ("Kiev" finds "KIEV" and "Kiev's", not "Kievan");
a phrase matches across any whitespace. Each finding carries the entry's code (LNG100 to
LNG199; LNG100 by default), its severity (warning by default), the newsroom's message with
``{word}`` (as written in the article) and ``{use}`` filled in, and the replacements. An entry
with ``quotes = false`` stays silent inside quotations and reported speech (a loaded verb is the
speaker's there); by default an entry applies everywhere (a spelling applies inside quotes too).
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from newslint.errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

PACKS = Path(__file__).parent / "styles"
# the codes a house-style entry may carry: its findings are reported under them
HOUSE_STYLE_CODE = "LNG100"
HOUSE_STYLE_CODES = re.compile(r"LNG1\d\d")
SEVERITIES = ("error", "warning", "info")
_ENTRY_KEYS = {"use", "message", "code", "severity", "quotes", "name"}
DEFAULT_MESSAGE = "House style: '{use}', not '{word}'"
DEFAULT_MESSAGE_NO_USE = "House style: avoid '{word}'"


@dataclass(frozen=True)
class StyleEntry:
    word: str  # as the newsroom wrote it
    use: tuple[str, ...]
    message: str
    code: str
    name: str
    severity: str
    quotes: bool
    origin: str  # the pack or config file it came from


@dataclass(frozen=True)
class HouseStyle:
    entries: tuple[StyleEntry, ...]
    pattern: re.Pattern[str] | None

    def entry_for(self, matched: str) -> StyleEntry:
        key = _key(matched)
        return next(e for e in self.entries if _key(e.word) == key)


def _key(phrase: str) -> str:
    return " ".join(phrase.casefold().split())


def house_style(table: dict[str, Any], base: Path | None = None) -> HouseStyle:
    """The compiled house style of a config's ``style`` table (cached by its content)."""
    where = str(base) if base is not None else ""
    return _compiled(json.dumps(table, sort_keys=True, default=str), where)


@cache
def _compiled(table_json: str, base: str) -> HouseStyle:
    table = json.loads(table_json)
    folder = Path(base).parent if base else Path.cwd()
    entries: dict[str, StyleEntry] = {}
    packs = table.pop("packs", [])
    if isinstance(packs, str):
        packs = [packs]
    if not isinstance(packs, list):
        raise ConfigError("style: packs must be a list of pack names or TOML files")
    for pack in packs:
        path = _pack_path(str(pack), folder)
        for entry in _entries(_read_pack(path), path.name):
            entries[_key(entry.word)] = entry
    for entry in _entries(table, Path(base).name if base else "config"):
        entries[_key(entry.word)] = entry  # the newsroom's own table wins over its packs
    ordered = sorted(entries.values(), key=lambda e: -len(e.word))  # longest phrase first
    if not ordered:
        return HouseStyle((), None)
    alternatives = "|".join(r"\s+".join(map(re.escape, e.word.split())) for e in ordered)
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
    return HouseStyle(tuple(ordered), pattern)


def _pack_path(pack: str, folder: Path) -> Path:
    if "/" not in pack and "\\" not in pack and not pack.endswith(".toml"):
        path = PACKS / f"{pack}.toml"
        if not path.is_file():
            shipped = ", ".join(sorted(p.stem for p in PACKS.glob("*.toml")))
            raise ConfigError(f"style: no shipped style pack {pack!r} (shipped: {shipped})")
        return path
    path = Path(pack)
    return path if path.is_absolute() else folder / path


def _read_pack(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read style pack: {exc}") from None


def _entries(table: dict[str, Any], origin: str) -> list[StyleEntry]:
    found = []
    for word, spec in table.items():
        if word == "packs":
            continue
        if not word.strip() or not re.search(r"\w", word):
            raise ConfigError(f"{origin}: style: {word!r} is not a word or phrase")
        if isinstance(spec, (str, list)):
            spec = {"use": spec}
        if not isinstance(spec, dict):
            raise ConfigError(f"{origin}: style: {word!r} must be a replacement or a table")
        unknown = set(spec) - _ENTRY_KEYS
        if unknown:
            raise ConfigError(f"{origin}: style: {word!r}: unknown key {sorted(unknown)[0]!r}")
        found.append(_entry(word, spec, origin))
    return found


def _entry(word: str, spec: dict[str, Any], origin: str) -> StyleEntry:
    use = spec.get("use", [])
    use = [use] if isinstance(use, str) else use
    if not isinstance(use, list) or not all(isinstance(u, str) for u in use):
        raise ConfigError(f"{origin}: style: {word!r}: use must be a word or a list of words")
    code = str(spec.get("code", HOUSE_STYLE_CODE)).upper()
    if not HOUSE_STYLE_CODES.fullmatch(code):
        raise ConfigError(f"{origin}: style: {word!r}: code must be LNG100-LNG199, not {code!r}")
    severity = str(spec.get("severity", "warning"))
    if severity not in SEVERITIES:
        raise ConfigError(
            f"{origin}: style: {word!r}: severity must be error, warning or info, not {severity!r}"
        )
    message = spec.get("message") or (DEFAULT_MESSAGE if use else DEFAULT_MESSAGE_NO_USE)
    try:
        message.format(word=word, use=" or ".join(use))
    except (KeyError, IndexError, ValueError) as exc:
        raise ConfigError(
            f"{origin}: style: {word!r}: message may use {{word}} and {{use}} only ({exc})"
        ) from None
    quotes = spec.get("quotes", True)
    if not isinstance(quotes, bool):
        raise ConfigError(f"{origin}: style: {word!r}: quotes must be true or false")
    return StyleEntry(
        word=" ".join(word.split()),
        use=tuple(use),
        message=message,
        code=code,
        name=str(spec.get("name", "house-style")),
        severity=severity,
        quotes=quotes,
        origin=origin,
    )


def cased_like(replacement: str, written: str) -> str:
    """ "Slams" -> "Criticises"; a replacement with its own capitals ("Kyiv") stays as it is."""
    if replacement != replacement.lower():
        return replacement
    if written.isupper() and len(written) > 1:
        return replacement.upper()
    if written[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement
