"""The languages a notice is written in, and every spelling of a language code in one place.

One language has several names: `sv` in URLs, front matter and theme settings, `sv_FI` for
Babel and gettext, `sv-FI` for `<html lang>` and `hreflang`.
"""

from __future__ import annotations

from dataclasses import dataclass

from babel import Locale, UnknownLocaleError


@dataclass(frozen=True)
class Language:
    code: str  # as written in front matter mappings and mkdocs.yml: "sv"
    locale: str  # Babel / gettext: "sv_FI"
    name: str  # the language's name in itself: "svenska"
    prefix: str  # URL folder of its pages: "sv"; "" for the default language
    date_format: str  # Babel pattern or "short" / "medium" / "long"

    @property
    def english_name(self) -> str:
        """For messages to the site's author: "Swedish"."""
        return Locale.parse(self.locale).get_language_name("en") or self.code

    @property
    def tag(self) -> str:
        """BCP 47 tag for `lang` and `hreflang`: sv_FI -> sv-FI."""
        return self.locale.replace("_", "-")


def version_uri(src_uri: str, language: Language, default: Language) -> str:
    """Where a notice page's version in `language` goes, from the page's path in the docs folder:
    the page itself for the default language, `sv/<path>` for the others."""
    return f"{language.prefix}/{src_uri}" if language != default and language.prefix else src_uri


# Finnish sites: dates as Finns write them in each language (Finnish 1.11.2026, not US order).
KNOWN = {
    "fi": {"locale": "fi_FI", "name": "suomi", "date_format": "d.M.yyyy"},
    "sv": {"locale": "sv_FI", "name": "svenska", "date_format": "d.M.yyyy"},
    "en": {"locale": "en_FI", "name": "English", "date_format": "d MMMM yyyy"},
}

DEFAULT_CODES = ("fi", "sv", "en")


def make_language(code: str, *, default: bool, locale: str | None = None, name: str | None = None,
                  prefix: str | None = None, date_format: str | None = None) -> Language:
    """A Language from a code and optional overrides; raises ValueError naming what is wrong."""
    known = KNOWN.get(code, {})
    locale = locale or known.get("locale") or code
    try:
        parsed = Locale.parse(locale)
    except (ValueError, UnknownLocaleError):
        raise ValueError(f"unknown locale {locale!r} for language {code!r}; expected a locale such as 'sv_FI'")
    if name is None:
        name = known.get("name") or parsed.get_display_name(parsed) or code
    if prefix is None:
        prefix = "" if default else code
    return Language(code=code, locale=locale, name=name, prefix=prefix.strip("/"),
                    date_format=date_format or known.get("date_format") or "long")


def default_languages() -> list[Language]:
    return [make_language(code, default=(i == 0)) for i, code in enumerate(DEFAULT_CODES)]
