"""Beside mkdocs-static-i18n (suffix and folder layouts): each notice is a page of each of its language
builds, written from the one notice source in that build's language; the switcher and alternates
are static-i18n's."""

import json
from urllib.parse import urljoin

import pytest

from conftest import MINIMAL, mkdocs_build, notice_page, write_site

pytest.importorskip("mkdocs_static_i18n")

HEADINGS = {"fi": "Tietosuojaseloste: Asiakasrekisteri", "sv": "Dataskyddsbeskrivning: Kundregister",
            "en": "Privacy notice: Customer register"}
TITLES = {"fi": "Asiakasrekisteri", "sv": "Kundregister", "en": "Customer register"}  # navigation, <title>
PREFIX = {"fi": "", "sv": "sv/", "en": "en/"}
LANG_ATTRIBUTE = {"fi": "fi", "sv": "sv", "en": "en"}  # static-i18n's locales, which Material writes


def i18n(structure, **more):
    return {"i18n": {"docs_structure": structure, "languages": [
        {"locale": "fi", "name": "Suomi", "default": True},
        {"locale": "sv", "name": "Svenska"},
        {"locale": "en", "name": "English"}], **more}}


def site(tmp_path, structure, *, theme="material", notice=None):
    notice = notice_page(notice or MINIMAL)
    if structure == "suffix":
        pages = {"index.md": "# Etusivu\n", "index.sv.md": "# Startsida\n", "index.en.md": "# Home\n",
                 "tietosuoja/asiakas.md": notice}
    else:
        pages = {"fi/index.md": "# Etusivu\n", "sv/index.md": "# Startsida\n", "en/index.md": "# Home\n",
                 "fi/tietosuoja/asiakas.md": notice}
    return write_site(tmp_path, pages, theme=theme, extra_config={
        "site_url": "https://klinikka.example/", "plugins": [{"search": {}}, i18n(structure), {"seloste": {}}]})


@pytest.fixture(scope="module", params=["suffix", "folder"])
def built(request, tmp_path_factory):
    build = mkdocs_build(site(tmp_path_factory.mktemp(request.param), request.param))
    assert build.returncode == 0, build.output
    return build


@pytest.mark.parametrize("code", PREFIX)
def test_each_language_build_has_the_notice_in_its_language(built, code):
    soup = built.html(PREFIX[code] + "tietosuoja/asiakas/")
    assert soup.select_one("article h1").get_text(strip=True).rstrip("¶") == HEADINGS[code]
    assert soup.html["lang"] == LANG_ATTRIBUTE[code]
    # Sections are numbered and anchored in every build alike.
    assert soup.select_one("article h2#controller") is not None


@pytest.mark.parametrize("code", PREFIX)
def test_the_notice_is_in_each_builds_navigation_in_its_language(built, code):
    soup = built.html(PREFIX[code])
    titles = [a.get_text(" ", strip=True) for a in soup.select("nav.md-nav--primary a.md-nav__link")]
    assert TITLES[code] in titles


@pytest.mark.parametrize("code", PREFIX)
def test_static_i18n_s_switcher_leads_to_the_same_notice(built, code):
    soup = built.html(PREFIX[code] + "tietosuoja/asiakas/")
    links = {a["hreflang"]: a["href"] for a in soup.select("a.md-select__link[hreflang]")}
    assert set(links) == set(PREFIX)
    here = "https://klinikka.example/" + PREFIX[code] + "tietosuoja/asiakas/"
    for other, href in links.items():
        assert urljoin(here, href) == "https://klinikka.example/" + PREFIX[other] + "tietosuoja/asiakas/"
    # Only static-i18n's alternates: the plugin writes none of its own beside them.
    alternates = [link["hreflang"] for link in soup.select('head link[rel="alternate"][hreflang]')]
    assert sorted(alternates) == sorted(set(alternates))


def test_search_finds_the_notice_in_every_language(built):
    index = json.loads((built.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    titles = {entry["location"]: entry["title"] for entry in index["docs"]}
    for code in PREFIX:
        assert titles.get(PREFIX[code] + "tietosuoja/asiakas/") == HEADINGS[code]


def test_the_plugin_adds_no_language_pages_of_its_own(built):
    # static-i18n writes /sv/ and /en/; the plugin's own /sv/sv/ or second copies would be beside them.
    assert not (built.site / "sv" / "sv").exists() and not (built.site / "en" / "sv").exists()
    assert not (built.site / "sv" / "en").exists()


@pytest.mark.parametrize("structure", ["suffix", "folder"])
def test_the_mkdocs_theme_too(tmp_path, structure):
    # Not --strict: MkDocs warns that its own theme has no Finnish or Swedish interface strings.
    build = mkdocs_build(site(tmp_path, structure, theme="mkdocs"), strict=False)
    assert build.returncode == 0 and "seloste" not in build.output, build.output
    for code in PREFIX:
        assert TITLES[code] in build.html(PREFIX[code] + "tietosuoja/asiakas/").title.get_text()


def test_a_missing_translation_is_named_once_in_its_languages_build(tmp_path):
    notice = {**MINIMAL, "purposes": ["Asiakkaan toiveiden selvittäminen"]}
    build = mkdocs_build(site(tmp_path, "suffix", notice=notice))
    # --strict stops static-i18n's sv build, its first after the default language's.
    assert build.returncode == 1
    assert build.output.count("on the sv page") == 1, build.output
    assert "on the fi page" not in build.output


def test_without_fallback_to_default_the_build_says_the_notices_would_be_left_out(tmp_path):
    config = site(tmp_path, "suffix")
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("docs_structure: suffix", "docs_structure: suffix\n    fallback_to_default: false"),
                      encoding="utf-8")
    build = mkdocs_build(config)
    assert build.returncode == 1 and "'fallback_to_default' is false" in build.output, build.output
