"""The site's 404 page in every notice language: GitHub Pages serves one for all of them, at any address."""

from __future__ import annotations

import html
import re

from .i18n import Translator
from .languages import Language
from .vocabulary import N_

# TRANSLATORS: the heading of the site's 404 page, shown in every notice language side by side.
HEADING = N_("404 page", "Page not found")
# TRANSLATORS: on the site's 404 page, in every notice language.
NOT_FOUND = N_("404 page", "The page you were looking for was not found.")
# TRANSLATORS: on the site's 404 page, a link to the site's home page.
HOME = N_("404 page", "Go to the home page")

_HEADING = re.compile(r"<h1\b[^>]*>.*?</h1>", re.IGNORECASE | re.DOTALL)


def in_every_language(output: str, languages: list[Language], translators: dict[str, Translator], home: str) -> str:
    """The theme's 404 heading replaced by one in every notice language, and under it, in each language,
    that the page was not found, with a link to `home` (an address from the site's root: the page is
    served at any address)."""
    said = {lang.code: translators[lang.code] for lang in languages}
    heading = " / ".join(f'<span lang="{lang.tag}">{html.escape(said[lang.code].message(HEADING))}</span>'
                         for lang in languages)
    lines = "".join(f'<p lang="{lang.tag}">{html.escape(said[lang.code].message(NOT_FOUND))} '
                    f'<a href="{html.escape(home)}">{html.escape(said[lang.code].message(HOME))}</a></p>'
                    for lang in languages)
    replacement = f'<h1>404 – {heading}</h1><div class="seloste-not-found">{lines}</div>'
    replaced, count = _HEADING.subn(lambda m: replacement, output, count=1)
    return replaced if count else output
