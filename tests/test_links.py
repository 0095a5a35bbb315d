"""Every internal link and anchor of site_example resolves, built four ways.

use_directory_urls true or false, and site_url with the GitHub Pages project subpath
(https://esimerkki.github.io/mkdocs-seloste/) or at a host's root (https://esimerkki.github.io/).
Each link is resolved as a browser would, against the address its page is served at; a link that
leaves the site's subpath is broken, since GitHub Pages has nothing of this site there.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from conftest import copy_site_example, mkdocs_build

SUBPATH_URL = "https://esimerkki.github.io/mkdocs-seloste/"
ROOT_URL = "https://esimerkki.github.io/"
VARIANTS = {  # name: (use_directory_urls, site_url)
    "directory-urls-subpath": (True, SUBPATH_URL),
    "directory-urls-root": (True, ROOT_URL),
    "file-urls-subpath": (False, SUBPATH_URL),
    "file-urls-root": (False, ROOT_URL),
}
NOT_FOLLOWED = ("mailto:", "tel:", "javascript:", "data:", "blob:")
# (element, attribute) pairs that hold an address.
LINKING = [("a", "href"), ("link", "href"), ("area", "href"), ("script", "src"), ("img", "src"),
           ("iframe", "src"), ("source", "src"), ("video", "src"), ("audio", "src"), ("form", "action")]


def configure(root: Path, use_directory_urls: bool, site_url: str) -> Path:
    config = root / "mkdocs.yml"
    text, count = re.subn(r"(?m)^site_url:.*$", f"site_url: {site_url}", config.read_text(encoding="utf-8"))
    assert count == 1, "site_example/mkdocs.yml has no site_url line"
    line = f"use_directory_urls: {str(use_directory_urls).lower()}"
    text, count = re.subn(r"(?m)^use_directory_urls:.*$", line, text)
    if not count:
        text += f"\n{line}\n"
    config.write_text(text, encoding="utf-8")
    return config


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    """site_example built in all four ways, side by side."""
    configs = {}
    for name, (use_directory_urls, site_url) in VARIANTS.items():
        root = tmp_path_factory.mktemp(name)
        copy_site_example(root)
        configs[name] = configure(root, use_directory_urls, site_url)
    with ThreadPoolExecutor(max_workers=len(configs)) as pool:
        done = dict(zip(configs, pool.map(mkdocs_build, configs.values())))
    for name, build in done.items():
        assert build.returncode == 0, f"{name}:\n{build.output}"
    return done


class Site:
    """A built site as served at `base` (its site_url)."""

    def __init__(self, root: Path, base: str):
        self.root, self.base = root, base
        self._ids: dict[Path, set[str]] = {}

    def url_of(self, file: Path) -> str:
        """The address a page is served at. 404.html is served for any missing address, at any depth."""
        path = file.relative_to(self.root).as_posix()
        if path == "404.html":
            return self.base + "ei/ole/olemassa/"
        return self.base + re.sub(r"(^|/)index\.html$", r"\1", path)

    def file_of(self, url: str) -> Path | None:
        """The file GitHub Pages answers an address of this site with, or None."""
        path = unquote(urlsplit(url[len(self.base) - 1:]).path)  # from the base's final '/' on
        target = self.root / path.lstrip("/")
        if path.endswith("/") or target.is_dir():  # GitHub Pages redirects a folder to folder/
            target = target / "index.html"
        return target if target.is_file() else None

    def ids(self, file: Path) -> set[str]:
        if file not in self._ids:
            soup = BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")
            names = {a["name"] for a in soup.find_all("a", attrs={"name": True})}
            self._ids[file] = {element["id"] for element in soup.find_all(id=True)} | names
        return self._ids[file]

    def check(self, url: str) -> str | None:
        """Why an absolute address of this site does not resolve, or None."""
        address, fragment = urldefrag(url)
        if address + "/" == self.base:  # the site's address without its final slash: redirected
            address = self.base
        if not address.startswith(self.base):
            return f"leaves the site ({self.base})"
        target = self.file_of(address)
        if target is None:
            return "no such file"
        if fragment and target.suffix == ".html" and unquote(fragment) not in self.ids(target):
            return f"no id={unquote(fragment)!r} in {target.relative_to(self.root).as_posix()}"
        return None

    def links(self):
        """(page, element, attribute value, absolute address) of every address in every page."""
        for file in sorted(self.root.rglob("*.html")):
            soup = BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")
            page_url = self.url_of(file)
            for name, attribute in LINKING:
                for element in soup.find_all(name, attrs={attribute: True}):
                    value = element[attribute].strip()
                    if value.lower().startswith(NOT_FOLLOWED):
                        continue
                    yield file, element, value, urljoin(page_url, value)

    def is_own_host(self, url: str) -> bool:
        return urlsplit(url).netloc == urlsplit(self.base).netloc

    def broken_links(self) -> list[str]:
        broken = []
        for file, element, value, url in self.links():
            if urlsplit(url).scheme not in ("http", "https"):
                broken.append(f"{self.name(file)}: <{element.name} {value!r}>: not a web address")
            elif self.is_own_host(url) or url.startswith(self.base):
                reason = self.check(url)
                if reason:
                    broken.append(f"{self.name(file)}: <{element.name} {value!r}> -> {url}: {reason}")
        return broken

    def name(self, file: Path) -> str:
        return file.relative_to(self.root).as_posix()


def site_of(build, name: str) -> Site:
    return Site(build.site, VARIANTS[name][1])


@pytest.mark.parametrize("name", VARIANTS)
def test_every_internal_link_and_anchor_resolves(builds, name):
    site = site_of(builds[name], name)
    assert len(list(site.links())) > 100  # the checker saw the site
    assert site.broken_links() == []


@pytest.mark.parametrize("name", VARIANTS)
def test_scripts_and_stylesheets_come_from_this_site(builds, name):
    site = site_of(builds[name], name)
    elsewhere = []
    for file, element, value, url in site.links():
        loads = element.name == "script" or (element.name == "link" and {"stylesheet", "preload", "modulepreload",
                                                                         "icon", "preconnect", "manifest"}
                                             & set(element.get("rel", [])))
        if loads and not url.startswith(site.base):
            elsewhere.append(f"{site.name(file)}: <{element.name} {value!r}>")
    assert elsewhere == []


@pytest.mark.parametrize("name", VARIANTS)
def test_the_notices_are_there_in_every_language(builds, name):
    use_directory_urls = VARIANTS[name][0]
    site = site_of(builds[name], name)
    for prefix in ("", "sv/", "en/"):
        for notice in ("potilasrekisteri", "asiakasrekisteri"):
            path = f"{prefix}tietosuoja/{notice}" + ("/" if use_directory_urls else ".html")
            assert site.check(site.base + path) is None, path


@pytest.mark.parametrize("name", VARIANTS)
def test_sitemap_and_search_index_point_into_the_site(builds, name):
    site = site_of(builds[name], name)
    sitemap = ET.parse(site.root / "sitemap.xml").getroot()
    namespaces = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    addresses = [loc.text.strip() for loc in sitemap.findall("s:url/s:loc", namespaces)]
    addresses += [link.get("href") for link in sitemap.findall("s:url/x:link", namespaces)]
    assert len(addresses) >= 10
    broken = [f"sitemap.xml: {url}: {site.check(url)}" for url in addresses if site.check(url)]
    # Search results lead to a page and, for a section, to its heading.
    index = json.loads((site.root / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = [doc["location"] for doc in index["docs"]]
    assert any("#" in location for location in locations)
    broken += [f"search_index.json: {location!r}: {site.check(urljoin(site.base, location))}"
               for location in locations if site.check(urljoin(site.base, location))]
    assert broken == []


def test_the_checker_finds_broken_links(tmp_path):
    """The checker itself: a link out of the subpath, a missing page, a missing anchor, a foreign script."""
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(
        '<h2 id="here">x</h2><a href="#here">ok</a><a href="../">ok</a><a href="../../">out</a>'
        '<a href="/a/">root-absolute</a><a href="../b/">missing</a><a href="#gone">anchor</a>'
        '<a href="https://example.org/">external: not followed</a><script src="https://cdn.example.org/x.js"></script>',
        encoding="utf-8")
    (tmp_path / "index.html").write_text('<a href="a/#here">ok</a><a href="a">folder</a>', encoding="utf-8")
    site = Site(tmp_path, SUBPATH_URL)
    assert [line.split(": ", 1)[1].split(" -> ")[0] for line in site.broken_links()] == [
        "<a '../../'>", "<a '/a/'>", "<a '../b/'>", "<a '#gone'>"]
    assert [url for _, element, _, url in site.links() if element.name == "script"] == ["https://cdn.example.org/x.js"]
