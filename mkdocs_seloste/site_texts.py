"""The site's own words on its notice pages in another language: its description and its navigation's
labels (section and folder names, page titles, links), translated by the site's catalog, whose msgid is
the text as the site writes it. `seloste catalog` collects them with `collect`."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Link, Navigation, Section
from mkdocs.structure.pages import Page

from .i18n import Translator

# Where a text is used, for the translator (an auto comment in the catalog).
DESCRIPTION = "site_description in mkdocs.yml: the meta description of the notice pages"
NAVIGATION = "a navigation label (a section, folder, page or link of the site's menu)"


def translated(translator: Translator, text: str) -> str | None:
    """The site's catalog's translation of one of its texts, or None."""
    found = translator.lookup(None, text)
    return found if isinstance(found, str) and found else None


def labels(nav: Navigation, notices: set[str]) -> list[str]:
    """Every label of the navigation but the notice pages' (written in each language already), in order."""
    found: list[str] = []

    def walk(items) -> None:
        for item in items:
            if isinstance(item, Page) and item.file.src_uri in notices:
                continue
            if isinstance(item, (Section, Page, Link)) and item.title:
                found.append(item.title)
            if isinstance(item, Section):
                walk(item.children)

    walk(nav.items)
    return list(dict.fromkeys(found))


def collect(config: MkDocsConfig, notices: set[str]) -> list[tuple[str, str]]:
    """(text, where it is used) of every text of the site a notice page shows: its description and the
    labels of its navigation, as MkDocs builds it (page titles read from the pages, as it reads them)."""
    from mkdocs.structure.files import get_files
    from mkdocs.structure.nav import get_navigation

    texts = [(config.site_description, DESCRIPTION)] if config.site_description else []
    files = get_files(config)
    nav = get_navigation(files, config)
    for page in nav.pages:
        if page.file.src_uri not in notices:
            page.read_source(config)
    texts += [(label, NAVIGATION) for label in labels(nav, notices)]
    return texts
