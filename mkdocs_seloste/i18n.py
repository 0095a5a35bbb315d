"""Translations: the package's catalogs, a site's own catalogs on top, and Babel's formats.

Catalogs are `.po` files read directly (no compile step for translators), once per build.
A site catalog overrides the package's wording and translates the site's free text.
"""

from __future__ import annotations

import datetime
import gettext as _gettext
import os
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from babel import Locale
from babel.dates import format_date
from babel.lists import format_list

from . import formats, pofile
from .languages import Language
from .text import Text
from .vocabulary import Message

DOMAIN = "mkdocs_seloste"
# What a translation must keep from its msgid: %(name)s placeholders and {ref:...} markers.
_PLACEHOLDERS = re.compile(r"%\(\w+\)[sd]|\{ref:[^{}]*\}")


class CatalogError(Exception):
    """A `.po` file cannot be read; the message names the file and, where known, the line."""


def package_locale_dir() -> Path:
    """The package's own catalogs: inside the installed package, or at the top of a source checkout."""
    here = Path(__file__).parent
    for candidate in (here / "locales", here.parent / "locales"):
        if (candidate / f"{DOMAIN}.pot").exists() or candidate.is_dir():
            return candidate
    return here / "locales"


def po_path(locale_dir: Path, language: Language) -> Path | None:
    """The catalog of a language: `<dir>/<code>/LC_MESSAGES/mkdocs_seloste.po`, or by its locale (sv_FI)."""
    for name in (language.code, language.locale):
        path = locale_dir / name / "LC_MESSAGES" / f"{DOMAIN}.po"
        if path.is_file():
            return path
    return None


@dataclass(frozen=True)
class Catalog:
    """The translated messages of one `.po` file: (context, msgid) -> str or plural forms."""

    path: Path | None
    messages: dict[tuple[str | None, str], str | tuple[str, ...]]
    plural: object  # n -> index of the plural form

    @classmethod
    def empty(cls) -> Catalog:
        return cls(None, {}, lambda n: int(n != 1))


def _key(context: str | None, msgid: str) -> tuple[str | None, str]:
    return (context, msgid)


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDERS.findall(text))


def _check_placeholders(path: str, entry: pofile.Entry) -> None:
    ids = (entry.msgid,) if entry.msgid_plural is None else (entry.msgid, entry.msgid_plural)
    strings = entry.msgstr.values()
    expected = placeholders(ids[-1])
    for string in strings:
        # ngettext's singular may leave out the number, so only %(num)s may be missing there.
        found = placeholders(string)
        if string and found != expected and [p for p in expected if p != "%(num)s"] != found:
            raise CatalogError(f"{path}:{entry.line}: the translation of {ids[0]!r} has the placeholders "
                               f"{found or 'none'}, but its msgid has {expected or 'none'}: keep each one exactly once")


@lru_cache(maxsize=64)
def _read(path: str, mtime_ns: int, locale: str) -> Catalog:
    try:
        with open(path, "rb") as f:
            po = pofile.parse(f.read().decode("utf-8"))
    except pofile.PoError as e:
        raise CatalogError(f"{path}:{e.line}: {e}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise CatalogError(f"{path}: cannot be read as a gettext catalog: {e}") from None
    messages: dict = {}
    for entry in po.entries:
        if entry.fuzzy:
            continue
        _check_placeholders(path, entry)
        if entry.msgid_plural is not None:
            forms = tuple(entry.msgstr[i] for i in sorted(entry.msgstr))
            if forms and all(forms):
                messages[_key(entry.context, entry.msgid)] = forms
        elif entry.msgstr.get(0):
            messages[_key(entry.context, entry.msgid)] = entry.msgstr[0]
    expression = po.plural_expr
    if expression is None:  # no Plural-Forms header: the language's own rule, as Babel and msgfmt take it
        from babel.messages.plurals import get_plural

        expression = get_plural(locale).plural_expr
    try:
        plural = _gettext.c2py(expression)
    except (ValueError, SyntaxError):
        raise CatalogError(f"{path}: the Plural-Forms header {po.plural_forms!r} is not a valid expression") from None
    return Catalog(Path(path), messages, plural)


def load_catalog(path: Path | None, locale: str) -> Catalog:
    """A catalog read once and kept until its file changes (mkdocs serve edits)."""
    if path is None:
        return Catalog.empty()
    return _read(str(path), os.stat(path).st_mtime_ns, locale)


class Translator:
    """Messages, terms, dates and lists in one language. Site catalog first, then the package's."""

    def __init__(self, language: Language, catalogs: list[Catalog]):
        self.language = language
        self.catalogs = catalogs
        self._dates: dict[datetime.date, str] = {}
        self._translated: dict[tuple[str | None, str], str] = {}  # asked for on every page

    def lookup(self, context: str | None, msgid: str) -> str | tuple[str, ...] | None:
        for catalog in self.catalogs:
            found = catalog.messages.get((context, msgid))
            if found is not None:
                return found
        return None

    def pgettext(self, context: str | None, msgid: str) -> str:
        key = (context, msgid)
        found = self._translated.get(key)
        if found is None:
            found = self.lookup(context, msgid)
            if isinstance(found, tuple):
                found = found[0]
            found = self._translated[key] = found if found is not None else msgid
        return found

    def gettext(self, msgid: str) -> str:
        return self.pgettext(None, msgid)

    def npgettext(self, context: str | None, singular: str, plural: str, n: int) -> str:
        for catalog in self.catalogs:
            found = catalog.messages.get((context, singular))
            if isinstance(found, tuple):
                index = catalog.plural(n)
                return found[index] if index < len(found) else found[-1]
        return singular if n == 1 else plural

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.npgettext(None, singular, plural, n)

    def message(self, message: Message) -> str:
        return self.pgettext(message.context, message.msgid)

    def resolve(self, text: Text, default: Language) -> tuple[str, Language | None]:
        """Free text in this language; or in the default language, returned with it, when there is
        no translation (inline, or in the site's catalog for a plain string)."""
        if self.language.code in text.by_language:
            return text.by_language[self.language.code], None
        if text.source is not None:
            if not text.translatable:
                return text.source, None
            found = self.lookup(None, text.source)
            if isinstance(found, str):
                return found, None
        return text.by_language[default.code], default

    def describe(self, item: Text | Any, default: Language) -> str:
        """A vocabulary term (anything with a `message`) or free text, as plain text in this language."""
        return self.resolve(item, default)[0] if isinstance(item, Text) else self.message(item.message)

    @cached_property
    def locale(self) -> Locale:
        """Babel's locale, parsed (and its data loaded) only for what formats.py does not write."""
        return Locale.parse(self.language.locale)

    def format_date(self, date: datetime.date) -> str:
        found = self._dates.get(date)
        if found is None:
            pattern = self.language.date_format
            found = formats.date(date, pattern, self.language.locale)
            if found is None:
                found = format_date(date, pattern, locale=self.locale)
            self._dates[date] = found
        return found

    def format_list(self, items: list[str]) -> str:
        found = formats.join(items, self.language.locale)
        return found if found is not None else format_list(items, locale=self.locale)


def missing_translation(text: Text, language: Language, default: Language) -> str:
    """What to tell the site's author about free text shown untranslated on a `language` page."""
    value = text.by_language[default.code]
    quoted = repr(value if len(value) <= 80 else value[:77] + "...")
    return (f"{text.path}: no {language.english_name} ({language.code}) translation of {quoted}; "
            f"the {default.english_name} text is shown")


def translators(languages: list[Language], site_locale_dir: Path | None) -> dict[str, Translator]:
    """One Translator per language; raises CatalogError for a catalog that cannot be read."""
    result = {}
    for language in languages:
        catalogs = []
        if site_locale_dir is not None:
            catalogs.append(load_catalog(po_path(site_locale_dir, language), language.locale))
        catalogs.append(load_catalog(po_path(package_locale_dir(), language), language.locale))
        result[language.code] = Translator(language, catalogs)
    return result
