"""Notice pages as files: find them cheaply, read their front matter, build their Notice.

Most pages of a site are not notices, so a page is read only up to the end of its front matter
unless a top-level `seloste:` key is there.
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .model import Notice, NoticeError, Problem, parse
from .outline import Outline, build, check_references

KEY = "seloste"
_NOTICE_KEY = re.compile(rf"^{KEY}\s*:")
_DELIMITERS = ("---", "...")
DATA_FILE_SUFFIXES = (".yml", ".yaml")
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR, _MAP, _SEQ, _MERGE = (f"tag:yaml.org,2002:{name}" for name in ("str", "map", "seq", "merge"))


class _NotPlain(Exception):
    """A document the plain construction does not cover: PyYAML's own constructor builds it."""


@lru_cache(maxsize=8192)
def _resolve_tag(kind, value, implicit):
    # PyYAML's resolve reads only class attributes of its loader, so the class stands in for an instance.
    return _SAFE_LOADER.resolve(_SAFE_LOADER, kind, value, implicit)


class _Loader(_SAFE_LOADER):
    """yaml.safe_load's result, built faster for the plain documents front matter is.

    A notice is mappings, lists and strings; PyYAML's constructor takes a generic two-step path
    for every node of them (a third of the parse). Those are built directly here, every other
    scalar (numbers, dates, booleans) by PyYAML itself; anything else (merge keys, sets, a
    mapping as a key, a recursive alias) falls back to PyYAML for the whole document.
    An alias is built again where it is used, so no two places share one object.
    """

    # A node's tag depends on its kind, text and quoting alone (safe loading has no path resolvers),
    # and front matter repeats its texts ("fi", "sv", "name", ...): each is resolved once, not by
    # PyYAML's patterns every time (a sixth of the parse). libyaml calls these three for every node:
    # they are C functions, not Python methods, so that no Python frame is made for any of them.
    resolve = staticmethod(_resolve_tag)
    # Only path resolvers need to follow the parser down and up the tree, and safe loading has none:
    # do nothing, with C functions that take the same arguments (a node and an index; nothing).
    descend_resolver = staticmethod(operator.is_)
    ascend_resolver = staticmethod(bool)

    def construct_document(self, node):
        try:
            data = self._plain(node, set())
        except _NotPlain:
            return super().construct_document(node)
        self.constructed_objects, self.recursive_objects = {}, {}
        return data

    def _plain(self, node, ancestors: set[int]):
        kind = node.__class__
        if kind is yaml.ScalarNode:
            return node.value if node.tag == _STR else self.construct_object(node)
        if id(node) in ancestors:
            raise _NotPlain  # an alias of a node inside itself
        ancestors.add(id(node))
        try:
            if kind is yaml.MappingNode and node.tag == _MAP:
                data = {}
                for key, value in node.value:
                    if key.__class__ is not yaml.ScalarNode or key.tag == _MERGE:
                        raise _NotPlain
                    data[key.value if key.tag == _STR else self.construct_object(key)] = self._plain(value, ancestors)
                return data
            if kind is yaml.SequenceNode and node.tag == _SEQ:
                return [self._plain(item, ancestors) for item in node.value]
            raise _NotPlain
        finally:
            ancestors.discard(id(node))


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
    data_file: str | None = None  # `seloste: x.seloste.yml`: the notice's data, relative to the page


def split(text: str) -> tuple[str, str, int]:
    """Front matter YAML, body, and the line number the YAML starts on."""
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines[1:], 1):
        if line.rstrip() in _DELIMITERS:
            return "".join(lines[1:i]), "".join(lines[i + 1:]), 2
    raise NoticeError([Problem("front matter", "the front matter has no closing '---' line")])


def safe_load(text: str) -> Any:
    """yaml.safe_load's result, with libyaml's C parser where PyYAML has it (several times faster)."""
    return yaml.load(text, Loader=_Loader)


def _yaml(text: str, where: str, first_line: int) -> Any:
    try:
        return safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        at = f"line {mark.line + first_line}, column {mark.column + 1}" if mark else "somewhere"
        problem = getattr(e, "problem", None) or str(e)
        raise NoticeError([Problem(where, f"not valid YAML at {at}: {problem}")]) from None


def load(text: str, languages: list[str], directory: Path | None = None) -> NoticePage:
    """Parse a notice page's text; raises NoticeError naming every problem and where it is.

    The notice's data may be in a YAML file of its own (`seloste: potilasrekisteri.seloste.yml`,
    relative to the page's `directory`), which editors can check against the JSON Schema.
    """
    front, body, first_line = split(text)
    meta = _yaml(front, "front matter", first_line)
    if not isinstance(meta, dict):
        raise NoticeError([Problem("front matter", "expected 'key: value' lines")])
    data, data_file = meta.get(KEY), None
    if isinstance(data, str) and data.endswith(DATA_FILE_SUFFIXES):
        data_file = data
        path = (directory or Path(".")) / data
        if not path.is_file():
            raise NoticeError([Problem(KEY, f"found {data!r}, but there is no such file next to the page")])
        data = _yaml(path.read_text(encoding="utf-8-sig"), data, 1)
    notice = parse(data, languages, root=KEY)
    outline = build(notice)
    problems = check_references(notice, outline)
    if problems:
        raise NoticeError(problems)
    return NoticePage(
        notice=notice,
        outline=outline,
        meta={k: v for k, v in meta.items() if k != KEY},
        body=body.strip(),
        data_file=data_file,
    )
