"""Presets: the usual purposes, legal bases, retention and recipients of a Finnish clinic's registers.

`preset: patient_register` puts the preset under the notice: every top-level key the notice
gives replaces the preset's, and `text:` adds the notice's paragraphs after the preset's, section
by section, so a clinic adds only its own facts and overrides what differs.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

PRESET_DIR = Path(__file__).parent / "presets"
# The languages preset texts are written in; a site's other languages are translated by its catalogs.
PRESET_LANGUAGES = frozenset({"fi", "sv", "en"})


def names() -> list[str]:
    return sorted(path.stem for path in PRESET_DIR.glob("*.yml"))


@lru_cache(maxsize=None)
def _load(name: str) -> dict:
    with open(PRESET_DIR / f"{name}.yml", encoding="utf-8") as f:
        return yaml.safe_load(f)


def _for_languages(value: Any, languages: frozenset[str]) -> Any:
    """The preset with its texts in the site's languages only."""
    if isinstance(value, dict):
        if value and (set(value) <= PRESET_LANGUAGES or "term" in value):
            # Texts by language, alone or as the words of a term: `{term: ..., fi: ..., sv: ...}`.
            return {key: item for key, item in value.items() if key not in PRESET_LANGUAGES or key in languages}
        return {key: _for_languages(item, languages) for key, item in value.items()}
    if isinstance(value, list):
        return [_for_languages(item, languages) for item in value]
    return value


def texts(name: str) -> list[str]:
    """The sections a preset adds paragraphs to under `text:`."""
    text = _load(name).get("text")
    return list(text) if isinstance(text, dict) else []


def _as_list(value: Any) -> list:
    return value if isinstance(value, list) else [value]


def apply(name: str, notice: dict, languages: list[str]) -> dict:
    """The notice's front matter on top of the preset's."""
    merged = _for_languages(_load(name), frozenset(languages))
    for key, value in notice.items():
        if key == "text" and isinstance(value, dict) and isinstance(merged.get("text"), dict):
            added = dict(merged["text"])
            for section, texts in value.items():
                before = added.get(section)
                added[section] = _as_list(before) + _as_list(texts) if before is not None else texts
            merged["text"] = added
        elif key != "preset":
            merged[key] = value
    return merged
