"""Notice pages as files: find them cheaply, read their front matter, build their Notice.

Most pages of a site are not notices, so a page is read only up to the end of its front matter
unless a top-level `seloste:` key is there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .model import Notice, NoticeError, Problem, parse
from .outline import Outline, build, check_references

KEY = "seloste"
_NOTICE_KEY = re.compile(rf"^{KEY}\s*:")
_DELIMITERS = ("---", "...")


def read_notice_source(path: str | Path) -> str | None:
    """The whole text of a page whose front matter has a top-level `seloste:` key, else None.

    Reads no further than the front matter of other pages.
    """
    with open(path, encoding="utf-8-sig", errors="replace") as f:
        first = f.readline()
        if first.rstrip() != "---":
            return None
        lines = [first]
        for line in f:
            lines.append(line)
            if line.rstrip() in _DELIMITERS:
                break
            if _NOTICE_KEY.match(line):
                return "".join(lines) + f.read()
    return None


@dataclass(frozen=True)
class NoticePage:
    """A notice page's parts: the Notice, its Outline, the page's other front matter and its body."""

    notice: Notice
    outline: Outline
    meta: dict[str, Any]  # front matter other than `seloste`, kept for the theme (hide, template ...)
    body: str  # the page's own Markdown below the front matter: an introduction in the default language


def split(text: str) -> tuple[str, str, int]:
    """Front matter YAML, body, and the line number the YAML starts on."""
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines[1:], 1):
        if line.rstrip() in _DELIMITERS:
            return "".join(lines[1:i]), "".join(lines[i + 1:]), 2
    raise NoticeError([Problem("front matter", "the front matter has no closing '---' line")])


def load(text: str, languages: list[str]) -> NoticePage:
    """Parse a notice page's text; raises NoticeError naming every problem and where it is."""
    front, body, first_line = split(text)
    try:
        meta = yaml.safe_load(front)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"line {mark.line + first_line}, column {mark.column + 1}" if mark else "somewhere"
        problem = getattr(e, "problem", None) or str(e)
        raise NoticeError([Problem("front matter", f"not valid YAML at {where}: {problem}")]) from None
    if not isinstance(meta, dict):
        raise NoticeError([Problem("front matter", "expected 'key: value' lines")])
    notice = parse(meta.get(KEY), languages, root=KEY)
    outline = build(notice)
    problems = check_references(notice, outline)
    if problems:
        raise NoticeError(problems)
    return NoticePage(
        notice=notice,
        outline=outline,
        meta={k: v for k, v in meta.items() if k != KEY},
        body=body.strip(),
    )
