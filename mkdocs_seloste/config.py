"""The plugin's options in mkdocs.yml."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c

from .languages import DEFAULT_CODES, Language, make_language
from .model import COMPLETENESS_LEVELS


class _LanguageOptions(base.Config):
    """One language: `- sv` or `- {code: sv, locale: sv_FI, name: svenska, prefix: sv}`."""

    code = c.Type(str)
    locale = c.Optional(c.Type(str))
    name = c.Optional(c.Type(str))
    prefix = c.Optional(c.Type(str))
    date_format = c.Optional(c.Type(str))


class Languages(c.BaseConfigOption[list[Language]]):
    """The notice languages, default language first; each a code or a mapping of options."""

    def __init__(self) -> None:
        super().__init__()
        self.default = list(DEFAULT_CODES)

    def run_validation(self, value: object) -> list[Language]:
        if not isinstance(value, list) or not value:
            raise base.ValidationError(f"expected a list of language codes such as [fi, sv, en], found {value!r}")
        languages = []
        for i, item in enumerate(value):
            options = _LanguageOptions()
            options.load_dict({"code": item} if isinstance(item, str) else item if isinstance(item, dict) else {})
            failed, warnings = options.validate()
            if failed or not isinstance(item, (str, dict)):
                detail = "; ".join(f"{key}: {error}" for key, error in failed) or f"found {item!r}"
                raise base.ValidationError(f"languages[{i}]: {detail} (expected a code such as 'sv', or a mapping "
                                           "with 'code' and optional 'locale', 'name', 'prefix', 'date_format')")
            try:
                languages.append(make_language(options.code, default=(i == 0), locale=options.locale,
                                               name=options.name, prefix=options.prefix,
                                               date_format=options.date_format))
            except ValueError as e:
                raise base.ValidationError(f"languages[{i}]: {e}")
        # Two languages at the same code or URL would overwrite each other's pages.
        for attribute in ("code", "prefix"):
            seen = [getattr(lang, attribute) for lang in languages]
            duplicates = sorted({x for x in seen if seen.count(x) > 1})
            if duplicates:
                raise base.ValidationError(f"two languages have the same {attribute}: {', '.join(map(repr, duplicates))}")
        return languages


class _Completeness(c.Choice):
    def run_validation(self, value: object) -> str:
        # YAML reads a bare `completeness: off` as false.
        return super().run_validation("off" if value is False else value)


class SelosteConfig(base.Config):
    enabled = c.Type(bool, default=True)
    # Notice languages; the first is the default, at the page's own URL.
    languages = Languages()
    # The site's catalogs: <locale_dir>/<lang>/LC_MESSAGES/mkdocs_seloste.po, relative to mkdocs.yml.
    locale_dir = c.Type(str, default="locales")
    # Show a list of links to the other language versions at the top of each notice.
    language_switch = c.Type(bool, default=True)
    # Add the plugin's small stylesheet: the language switch in a row, and a clean printout.
    css = c.Type(bool, default=True)
    # What a missing GDPR item (Art. 13, 14) or a common mistake is: error, warn or off.
    # A notice can set its own with `completeness:` in its front matter.
    completeness = _Completeness(COMPLETENESS_LEVELS, default="warn")
    # Show e-mail addresses as info(at)example.fi, without a mailto: link.
    obfuscate_email = c.Type(bool, default=False)
    # Add the notice as JSON-LD in the W3C Data Privacy Vocabulary to each notice page.
    jsonld = c.Type(bool, default=True)
    # Warn when a notice with uncommitted changes says something new but keeps its old date.
    history_check = c.Type(bool, default=True)
    # Warn when built pages load fonts, scripts, images or frames from a host no notice names.
    hosts_check = c.Type(bool, default=True)
