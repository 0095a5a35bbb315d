"""The site's navigation on a notice page in another language: each notice entry replaced by its
version in that language, and every other entry marked as the default language's (WCAG 3.1.2)."""

from __future__ import annotations

import copy
import html
import posixpath
import re

from markupsafe import escape
from mkdocs.structure.nav import Link, Navigation, Section
from mkdocs.structure.pages import Page

from . import site_texts
from .languages import Language
from .pages import NoticePages, site_path

# Navigation entries of Material (md-nav__link) and of MkDocs' own theme (nav-link, dropdown-item):
# every <a> and <label> is found with a simple pattern (split keeps the tags), then its class checked.
_LINK_TAG = re.compile(r"(<(?:a|label)\s[^>]*>)")
_CONTENT_STARTS = ('<div class="md-content"', '<div class="col-md-9" role="main">')
_LABEL_END = re.compile(r"</(?:a|label)>")
_TAG = re.compile(r"<[^>]*>")


def _label_text(following: str) -> str:
    """The text of a navigation entry, from what follows its opening tag up to its end."""
    end = _LABEL_END.search(following)
    return html.unescape(_TAG.sub("", following[:end.start()] if end else following)).strip()


def _relabelled(item: Page | Link, title: str, parent):
    """A copy of a page or link of the site's navigation with another label, for one language's navigation."""
    relabelled = copy.copy(item)
    relabelled.title = title
    relabelled.parent = parent
    return relabelled


class LocalizedNav:
    """The navigation of each notice language, made once per build and language."""

    def __init__(self, pages: NoticePages):
        self.pages = pages
        self.default = pages.default
        self._navs: dict[str, Navigation] = {}
        self._marked: dict[str, dict[tuple, dict[str, str]]] = {}
        self._translated: dict[str, set[str]] = {}  # language code -> the site's labels said in it

    def for_language(self, language: Language, nav: Navigation) -> Navigation:
        """The site's navigation with each notice page replaced by its version in this language, and
        the site's other labels in it where the site's catalog translates them."""
        if language.code in self._navs:
            return self._navs[language.code]
        groups = self.pages.groups
        translator = self.pages.translators[language.code]
        said = self._translated.setdefault(language.code, set())
        pages: list[Page] = []

        def label(title: str | None) -> str | None:
            """A label in this language, escaped once (a Markup, which `|e` leaves alone): it comes from a
            catalog, and themes write a navigation title as HTML."""
            found = site_texts.translated(translator, title) if title else None
            if found is None:
                return None
            said.add(found)
            return escape(found)

        def localize(items, parent):
            out = []
            for item in items:
                if isinstance(item, Section):
                    section = Section(label(item.title) or item.title, [])
                    section.parent = parent
                    section.children = localize(item.children, section)
                    out.append(section)
                    continue
                if isinstance(item, Page):
                    group = groups.get(item.file.src_uri)
                    if group is not None and group[language.code].page is not None:
                        item = group[language.code].page
                        item.parent = parent
                    elif (title := label(item.title)) is not None:
                        item = _relabelled(item, title, parent)
                    pages.append(item)
                elif isinstance(item, Link) and (title := label(item.title)) is not None:
                    item = _relabelled(item, title, parent)
                out.append(item)
            return out

        localized = Navigation(localize(nav.items, None), pages)
        localized.homepage = nav.homepage
        self._navs[language.code] = localized
        return localized

    def mark_default_language(self, output: str, page: Page, language: Language) -> str:
        """On a page in another language, the navigation's other entries are the site's own pages in the
        default language: say so, for screen readers (WCAG 3.1.2)."""
        own = self.pages.site_paths(language)
        # Links are relative to the page's folder: its URL with directory URLs, else the URL's folder.
        folder = page.url if page.url.endswith("/") or not page.url else posixpath.dirname(page.url)
        # "../x/" means the same from every folder with the same parent: sibling pages share answers.
        parent = posixpath.dirname(folder.rstrip("/")) if folder.strip("/") else None
        # (what the answer depends on) -> tag -> the tag to write
        marked = self._marked.setdefault(language.code, {})
        by_parent = marked.setdefault(("parent", parent), {}) if parent is not None else None
        by_folder = marked.setdefault(("folder", folder), {})
        anywhere = marked.setdefault(("anywhere",), {})  # no link to another page: the same answer on every page
        said = self._translated.get(language.code, set())  # a tag's label reads the same on all its pages
        # Both themes write the navigation before the page's content; the content is the notice.
        end = next((i for i in (output.find(marker) for marker in _CONTENT_STARTS) if i >= 0), len(output))
        # Text and tags taking turns; every tag is looked up, and worked out once per answer it depends on.
        pieces = _LINK_TAG.split(output[:end])
        for i in range(1, len(pieces), 2):
            tag = pieces[i]
            if 'href="../' in tag and by_parent is not None:
                answers = by_parent
            elif 'href="' not in tag or 'href="#' in tag:
                answers = anywhere
            else:
                answers = by_folder
            found = answers.get(tag)
            if found is None:
                found = answers[tag] = self._marked_tag(tag, folder, own, _label_text(pieces[i + 1]), said)
            pieces[i] = found
        return "".join(pieces) + output[end:]

    def _marked_tag(self, tag: str, folder: str, own: set[str], text: str, said: set[str]) -> str:
        """A navigation entry marked as the default language's, unless it links to a page in this one
        or its label (`text`) is one the site's catalog gave in this language."""
        start = tag.find(' class="') + 8
        if start < 8 or " lang=" in tag or 'for="__toc"' in tag:
            return tag
        classes = tag[start:tag.find('"', start)]
        if "md-nav__link" not in classes and "nav-link" not in classes and "dropdown-item" not in classes:
            return tag
        if text in said:
            return tag
        start = tag.find(' href="') + 7
        if start >= 7:
            href = tag[start:tag.find('"', start)]
            if href.startswith("#") or site_path(folder, href) in own:
                return tag
        return f'{tag[:-1]} lang="{self.default.tag}">'
