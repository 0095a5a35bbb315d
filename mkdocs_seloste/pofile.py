"""Reading a gettext `.po` catalog: its messages, fuzzy flags and Plural-Forms, in one pass.

Every build reads the package's and the site's catalogs, so this is a small strict reader of
the format msgfmt accepts, not Babel's general one (Babel still extracts, updates and writes
them; a test reads every catalog of the project with both and compares). Anything it cannot
read is a PoError naming the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A keyword line or a continuation line: keyword (optional) and one closed "..." string.
# The string is matched as runs of plain characters between escapes: a branch per character is slow.
_LINE = re.compile(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)?\s*"([^"\\]*(?:\\.[^"\\]*)*)"\s*$')
# Babel's (and msgfmt's) escapes in .po strings; any other backslash stays as written.
_ESCAPE = re.compile(r'\\([\\trn"])')
_ESCAPES = {"\\": "\\", "t": "\t", "r": "\r", "n": "\n", '"': '"'}
_PLURAL = re.compile(r"plural\s*=\s*([^;]*)")


class PoError(ValueError):
    """A line that is not what a .po file may hold; `line` is its number, from 1."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line


@dataclass
class Entry:
    """One message of a catalog, as written."""

    line: int  # the line of its msgid
    context: str | None = None
    msgid: str | None = None
    msgid_plural: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)  # form index -> text; 0 for a plain message
    fuzzy: bool = False


@dataclass
class PoFile:
    entries: list[Entry]
    plural_forms: str | None  # the header's Plural-Forms, as written

    @property
    def plural_expr(self) -> str | None:
        found = _PLURAL.search(self.plural_forms or "")
        return found.group(1).strip() if found else None


def _unescape(text: str) -> str:
    return _ESCAPE.sub(lambda m: _ESCAPES[m.group(1)], text) if "\\" in text else text


def parse(text: str) -> PoFile:
    """The entries of a .po file's text (obsolete `#~` entries left out)."""
    entries: list[Entry] = []
    entry = Entry(0)
    flags_fuzzy = False
    target: tuple[str, int] | None = None  # the field a continuation line adds to
    header: str | None = None

    def finish() -> None:
        nonlocal entry
        if entry.msgid is not None:
            entries.append(entry)
        entry = Entry(0)

    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            if line.startswith("#,"):
                flags_fuzzy = flags_fuzzy or "fuzzy" in (flag.strip() for flag in line[2:].split(","))
            continue  # comments, references, previous msgids and obsolete (#~) entries
        match = _LINE.match(line)
        if match is None:
            raise PoError(number, "a quoted string is not closed, or the line is not 'msgid \"...\"', "
                                  f"'msgstr \"...\"' or '\"...\"': {line[:60]}")
        keyword, index, value = match.group(1), match.group(2), _unescape(match.group(3))
        if keyword is None:
            if target is None:
                raise PoError(number, f"a string without msgid or msgstr before it: {line[:60]}")
            name, form = target
            if name == "msgstr":
                entry.msgstr[form] += value
            else:
                setattr(entry, name, getattr(entry, name) + value)
            continue
        if keyword in ("msgctxt", "msgid") and (entry.msgstr or (keyword == "msgctxt" and entry.msgid is not None)):
            finish()
        if keyword == "msgctxt":
            entry.context, target = value, ("context", 0)
        elif keyword == "msgid":
            if entry.msgid is not None:
                raise PoError(number, "a second msgid before the first one's msgstr")
            entry.msgid, entry.line, target = value, number, ("msgid", 0)
            entry.fuzzy, flags_fuzzy = flags_fuzzy, False
        elif keyword == "msgid_plural":
            if entry.msgid is None:
                raise PoError(number, "msgid_plural without a msgid before it")
            entry.msgid_plural, target = value, ("msgid_plural", 0)
        else:
            if entry.msgid is None:
                raise PoError(number, "msgstr without a msgid before it")
            form = int(index) if index is not None else 0
            entry.msgstr[form], target = value, ("msgstr", form)
    finish()
    for found in entries:
        if found.msgid == "" and found.context is None:
            header = found.msgstr.get(0, "")
    plural_forms = None
    for header_line in (header or "").splitlines():
        name, _, value = header_line.partition(":")
        if name.strip().lower() == "plural-forms":
            plural_forms = value.strip()
    return PoFile([e for e in entries if e.msgid], plural_forms)
