"""Text that comes from front matter, and how it is made safe for Markdown."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import lru_cache

# Free text may point at a section: {ref:contact} or {ref:controller,contact}.
REF_MARKER = re.compile(r"\{ref:([^{}]*)\}")


@dataclass(frozen=True, slots=True)  # one per value a clinic wrote: no dict for each
class Text:
    """A piece of text a clinic wrote.

    `by_language` holds what was written per language. A plain string is written in the default
    language: when `translatable`, the site's catalogs translate it for the other languages
    (missing translations are reported); otherwise (names, addresses) it reads the same in all.
    """

    by_language: dict[str, str]
    path: str  # key path in front matter, for messages: "seloste.data[4]"
    translatable: bool = True
    source: str | None = field(default=None)  # the plain string, when one was given

    def refs(self) -> list[str]:
        """Section ids named by {ref:...} markers, in order."""
        ids = []
        for value in self.by_language.values():
            if "{ref:" not in value:  # most texts: no pattern search needed
                continue
            for match in REF_MARKER.finditer(value):
                ids.extend(part.strip() for part in match.group(1).split(","))
        return list(dict.fromkeys(ids))


# Characters that start Markdown (or attr_list) syntax anywhere in a line.
_INLINE_SPECIALS = re.compile(r"([\\`*_\[\]{}#|!])")
# At the start of a line: list bullets, ordered-list numbers, block quotes, headings.
_LINE_START = re.compile(r"^(\s*)([-+]|\d+[.)])(\s)")
_WHITESPACE = re.compile(r"\s+")


@lru_cache(maxsize=16384)  # names, addresses and phrases recur on every page of every language
def escape_markdown(value: str) -> str:
    """Escape text so Markdown and HTML show it as it was written.

    HTML is escaped (a `<script>` shows as text), Markdown syntax characters get a backslash, and
    line breaks become spaces: a value is always inline text.
    """
    value = _WHITESPACE.sub(" ", value)
    value = html.escape(value, quote=False)
    value = _INLINE_SPECIALS.sub(r"\\\1", value)
    return _LINE_START.sub(lambda m: m.group(1) + m.group(2).replace(".", "\\.").replace(")", "\\)")
                           .replace("-", "\\-").replace("+", "\\+") + m.group(3), value)


def paragraphs(value: str) -> list[str]:
    """Split free text at blank lines into paragraphs."""
    return [p for p in re.split(r"\n\s*\n", value.strip()) if p.strip()]
