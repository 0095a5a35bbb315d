"""The site's 404 page says "not found" in every notice language: GitHub Pages serves one for all."""

from __future__ import annotations

import html
import re

from .i18n import Translator
from .languages import Language
from .vocabulary import N_

# TRANSLATORS: on the site's 404 page, in every notice language.
NOT_FOUND = N_("404 page", "The page you were looking for was not found.")


def in_every_language(output: str, languages: list[Language], translators: dict[str, Translator]) -> str:
    lines = "".join(f'<p lang="{lang.tag}">{html.escape(translators[lang.code].message(NOT_FOUND))}</p>'
                    for lang in languages)
    # Material's heading is English whatever the site's language: say so.
    output = output.replace("<h1>404 - Not found</h1>", '<h1 lang="en">404 - Not found</h1>', 1)
    return re.sub(r"(</h1>)", lambda m: m.group(1) + f'<div class="seloste-not-found">{lines}</div>', output, count=1)
