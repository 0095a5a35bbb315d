"""The theme's state while it renders one notice page: Material's interface language and language
selector are the page's, then put back as they were for the site's other pages."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from .languages import Language

_MISSING = object()


class ThemeLanguage:
    """Switches Material's `theme.language` and `extra.alternate` for one page, and back."""

    def __init__(self, config: MkDocsConfig, languages: list[Language]):
        self.material = config.theme.name == "material"
        self.languages = languages
        self._restore: list[tuple] = []

    def speak(self, config: MkDocsConfig, language: Language, urls: dict[str, str]) -> None:
        """The theme renders the next page in `language`; `urls` are the notice's versions by language."""
        if not self.material:
            return
        if _has_language(config, language.code):
            self._set(config.theme, "language", language.code)
        self._set(config.extra, "alternate", [{"name": lang.name, "link": urls[lang.code], "lang": lang.tag}
                                              for lang in self.languages])

    def put_back(self) -> None:
        """The theme's settings as they were before `speak` changed them for one page."""
        for mapping, key, old in reversed(self._restore):
            if old is _MISSING:
                del mapping[key]
            else:
                mapping[key] = old
        self._restore = []

    def _set(self, mapping, key: str, value) -> None:
        self._restore.append((mapping, key, mapping[key] if key in mapping else _MISSING))
        mapping[key] = value


def _has_language(config: MkDocsConfig, code: str) -> bool:
    return any((Path(d) / "partials" / "languages" / f"{code}.html").is_file() for d in config.theme.dirs)
