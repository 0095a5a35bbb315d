"""A notice page's HTML said in its language: `<html lang>`, its `hreflang` alternates, and the
language names in Material's selector marked with their own language."""

from __future__ import annotations

import html
import re
from urllib.parse import urljoin

from mkdocs.utils import get_relative_url

from .languages import Language

_HTML_LANG = re.compile(r"<html\b[^>]*>", re.IGNORECASE)
_LANG_ATTRIBUTE = re.compile(r'''\slang=(?:"[^"]*"|'[^']*'|[^\s>]+)''')
_THEME_ALTERNATE = re.compile(r'(<link rel="alternate" href=")([^"]*)(" hreflang=")')


def set_html_lang(output: str, tag: str) -> str:
    def replace(match: re.Match) -> str:
        element = _LANG_ATTRIBUTE.sub("", match.group(0))
        return element[:5] + f' lang="{tag}"' + element[5:]

    return _HTML_LANG.sub(replace, output, count=1)


def add_alternates(output: str, url: str, urls: dict[str, str], languages: list[Language],
                   canonical: str | None) -> str:
    """`<link rel="alternate" hreflang>` to each language version, for a theme that writes none
    (Material writes its own from extra.alternate); absolute when the page's `canonical` URL is known
    (site_url is set), as search engines require of alternates."""
    def href(target: str) -> str:
        relative = get_relative_url(target, url)
        return urljoin(canonical, relative) if canonical else relative

    links = "".join(f'<link rel="alternate" hreflang="{lang.tag}" href="{html.escape(href(urls[lang.code]))}">\n'
                    for lang in languages)
    return output.replace("</head>", links + "</head>", 1)


def absolute_alternates(output: str, canonical: str | None) -> str:
    """Material's `<link rel="alternate" hreflang>` (relative, from extra.alternate) made absolute from the
    page's canonical URL, when site_url gives it one."""
    if not canonical:
        return output
    return _THEME_ALTERNATE.sub(lambda m: m.group(1) + html.escape(urljoin(canonical, html.unescape(m.group(2))))
                                + m.group(3), output)


def mark_selector_languages(output: str, languages: list[Language]) -> str:
    """Material's language selector names each language in itself: say which language that is."""
    for lang in languages:
        output = output.replace(f'hreflang="{lang.tag}" class="md-select__link"',
                                f'hreflang="{lang.tag}" lang="{lang.tag}" class="md-select__link"')
    return output
