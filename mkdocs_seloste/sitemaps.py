"""Sitemaps that list each notice's language versions: `xhtml:link` alternates in the site's
sitemap.xml, and, for Material's language selector, one beside the notices of each folder."""

from __future__ import annotations

import html
import posixpath
import re
from pathlib import Path

from .languages import Language
from .pages import Group

_LOC = re.compile(r"<loc>([^<]*)</loc>")


def _pages(group: Group) -> dict | None:
    """The group's pages by language, or None when any has no absolute address (no site_url)."""
    pages = {code: file.page for code, file in group.items()}
    return None if any(page is None or not page.canonical_url for page in pages.values()) else pages


def with_alternates(sitemap: str, groups: list[Group], languages: list[Language]) -> str:
    """Each notice's <url> lists its language versions (xhtml:link), as search engines expect."""
    links: dict[str, str] = {}  # escaped <loc> -> the alternates to add after it
    for group in groups:
        pages = _pages(group)
        if pages is None:
            continue  # no site_url: the sitemap has no absolute addresses to point at
        alternates = "".join(f'\n         <xhtml:link rel="alternate" hreflang="{lang.tag}" '
                             f'href="{html.escape(pages[lang.code].canonical_url)}"/>' for lang in languages)
        for page in pages.values():
            links[html.escape(page.canonical_url)] = alternates
    if not links:
        return sitemap
    # One pass over the sitemap, however many notices there are.
    sitemap = _LOC.sub(lambda m: m.group(0) + links.get(m.group(1), ""), sitemap)
    return sitemap.replace("<urlset ", '<urlset xmlns:xhtml="http://www.w3.org/1999/xhtml" ', 1)


def write_for_material(site_dir: str, groups: list[Group], languages: list[Language]) -> None:
    """Material's JavaScript reads sitemap.xml beside every <link rel="alternate"> (it expects one
    site per language). Beside each notice page it finds one listing that notice's language versions,
    which is what it needs to take a reader to the same notice in another language."""
    by_folder: dict[str, list[dict]] = {}
    for group in groups:
        pages = _pages(group)
        if pages is None:
            return  # no site_url: Material cannot use sitemaps without absolute addresses
        for page in pages.values():
            by_folder.setdefault(posixpath.dirname(page.file.dest_uri), []).append(pages)
    for folder, folder_groups in by_folder.items():
        if folder in ("", "."):
            continue  # the site's own sitemap.xml is there, and lists everything
        urls = "".join(f"<url><loc>{html.escape(page.canonical_url)}</loc>" + "".join(
            f'<xhtml:link rel="alternate" hreflang="{lang.tag}" href="{html.escape(pages[lang.code].canonical_url)}"/>'
            for lang in languages) + "</url>" for pages in folder_groups for page in pages.values())
        Path(site_dir, folder, "sitemap.xml").write_text(
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:xhtml="http://www.w3.org/1999/xhtml">{urls}</urlset>\n', encoding="utf-8")
