"""Real `mkdocs build` runs: one notice page becomes full pages in fi, sv and en."""

import gc
import re
import weakref

import pytest
from mkdocs.commands.build import build as build_in_process  # the tests below need the objects of a build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort
from mkdocs.structure.pages import Page

from conftest import MINIMAL, PAGES, copy_site_example, mkdocs_build, notice_page, write_site

NOTICES = ["tietosuoja/potilasrekisteri/", "tietosuoja/asiakasrekisteri/"]
# Material's own interface strings in each language: the search box placeholder.
SEARCH_PLACEHOLDER = {"fi": "Hae", "sv": "Sök", "en": "Search"}


def sections(soup):
    """(anchor, number) of each section heading of a notice."""
    found = []
    for h2 in soup.select("article h2[id]"):
        text = h2.get_text(" ", strip=True).replace("¶", "").strip()
        match = re.match(r"(\d+)\. ", text)
        found.append((h2["id"], int(match.group(1)) if match else None))
    return found


@pytest.mark.parametrize("notice", NOTICES)
@pytest.mark.parametrize("code", PAGES)
def test_every_notice_is_a_full_page_in_every_language(site_example, notice, code):
    prefix, tag = PAGES[code]
    soup = site_example.html(prefix + notice)
    assert soup.html["lang"] == tag
    assert soup.select_one("input.md-search__input")["placeholder"] == SEARCH_PLACEHOLDER[code]
    alternates = {link["hreflang"] for link in soup.select('head link[rel="alternate"][hreflang]')}
    assert alternates == {"fi-FI", "sv-FI", "en-FI"}


@pytest.mark.parametrize("notice", NOTICES)
def test_sections_and_anchors_are_the_same_in_every_language(site_example, notice):
    by_language = {code: sections(site_example.html(prefix + notice)) for code, (prefix, _) in PAGES.items()}
    fi = by_language["fi"]
    assert [number for _, number in fi] == list(range(1, len(fi) + 1))
    assert by_language["sv"] == fi and by_language["en"] == fi


@pytest.mark.parametrize("code", PAGES)
def test_cross_references_are_linked_section_numbers(site_example, code):
    prefix, _ = PAGES[code]
    soup = site_example.html(prefix + "tietosuoja/potilasrekisteri/")
    numbers = dict(sections(soup))
    links = soup.select('#rights ~ p a[href="#contact"]')
    assert links and links[0].get_text() == str(numbers["contact"])
    # In free text, {ref:purposes} became a link with the number of that section.
    soup = site_example.html(prefix + "tietosuoja/asiakasrekisteri/")
    link = soup.select_one('#cookies ~ p a[href="#purposes"]')
    assert link is not None and link.get_text() == str(dict(sections(soup))["purposes"])


@pytest.mark.parametrize("code", PAGES)
def test_language_switch_leads_to_the_same_notice(site_example, code):
    prefix, tag = PAGES[code]
    soup = site_example.html(prefix + "tietosuoja/asiakasrekisteri/")
    switch = soup.select_one("nav.seloste-languages")
    assert switch.select_one('[aria-current="page"]')["lang"] == tag
    page = site_example.site / prefix / "tietosuoja/asiakasrekisteri/index.html"
    for link in switch.select("a[hreflang]"):
        target = (page.parent / link["href"] / "index.html").resolve()
        other = next(c for c, (_, t) in PAGES.items() if t == link["hreflang"])
        assert target == (site_example.site / PAGES[other][0] / "tietosuoja/asiakasrekisteri/index.html").resolve()
        assert link["lang"] == link["hreflang"]
    # Material's own language selector in the header leads there too, each language marked as itself.
    header_links = soup.select(".md-select__link[hreflang]")
    assert len(header_links) == 3 and all(a["lang"] == a["hreflang"] for a in header_links)


def test_navigation_does_not_mix_languages(site_example):
    fi_nav = [a["href"] for a in site_example.html("tietosuoja/potilasrekisteri/").select("nav.md-nav--primary a[href]")]
    assert fi_nav and not any("/sv/" in h or "/en/" in h or h.startswith(("sv/", "en/")) for h in fi_nav)
    sv = site_example.html("sv/tietosuoja/potilasrekisteri/")
    titles = [a.get_text(" ", strip=True) for a in sv.select("nav.md-nav--primary a.md-nav__link")]
    # The Swedish page's navigation names the notices in Swedish.
    assert "Patientregister" in titles and "Potilasrekisteri" not in titles
    active = sv.select_one("nav.md-nav--primary .md-nav__link--active")
    assert active is not None and "Patientregister" in active.get_text()


def test_titles_and_dates_in_each_language(site_example):
    assert site_example.html("tietosuoja/potilasrekisteri/").title.get_text().startswith("Potilasrekisteri")
    assert site_example.html("sv/tietosuoja/potilasrekisteri/").title.get_text().startswith("Patientregister")
    en = site_example.html("en/tietosuoja/potilasrekisteri/")
    assert "1 November 2026" in en.select_one("article").get_text()
    assert "1.11.2026" in site_example.html("tietosuoja/potilasrekisteri/").select_one("article").get_text()


def test_site_example_makes_no_request_to_another_host(site_example):
    for page in site_example.site.rglob("*.html"):
        soup = site_example.html(str(page.relative_to(site_example.site)))
        for element in soup.select("script[src], link[href], img[src], iframe[src]"):
            url = element.get("src") or element.get("href")
            if element.name == "link" and element.get("rel") not in (["stylesheet"], ["preconnect"], ["icon"], ["manifest"]):
                continue
            assert not re.match(r"(https?:)?//", url), f"{page}: {element}"


def test_builtin_mkdocs_theme(tmp_path):
    config = write_site(tmp_path, {"index.md": "# Koti\n", "seloste.md": notice_page(MINIMAL)}, theme="mkdocs")
    build = mkdocs_build(config)
    assert build.returncode == 0, build.output
    for code, (prefix, tag) in PAGES.items():
        soup = build.html(prefix + "seloste/")
        assert soup.html["lang"] == tag
        assert {link["hreflang"] for link in soup.select('head link[rel="alternate"]')} == {"fi-FI", "sv-FI", "en-FI"}
        assert [n for _, n in sections(soup.select_one("body"))] or soup.select("h2#controller")


def test_languages_and_prefixes_are_configurable(tmp_path):
    front = {**MINIMAL, "register": {"fi": "Asiakasrekisteri", "en": "Customer register"}}
    config = write_site(tmp_path, {"seloste.md": notice_page(front)},
                        plugin={"languages": ["fi", {"code": "en", "prefix": "in-english"}]})
    build = mkdocs_build(config)
    assert build.returncode == 0, build.output
    assert build.html("in-english/seloste/").html["lang"] == "en-FI"
    assert not (build.site / "sv").exists()


def test_use_directory_urls_false(tmp_path):
    config = write_site(tmp_path, {"seloste.md": notice_page(MINIMAL)}, extra_config={"use_directory_urls": False})
    build = mkdocs_build(config)
    assert build.returncode == 0, build.output
    switch = build.html("sv/seloste.html").select_one("nav.seloste-languages")
    assert [a["href"] for a in switch.select("a")] == ["../seloste.html", "../en/seloste.html"]


def test_pages_that_are_not_notices_are_left_alone(tmp_path):
    config = write_site(tmp_path, {"index.md": "---\ntitle: Koti\n---\n# Koti\n\nseloste: ei ole\n"})
    build = mkdocs_build(config)
    assert build.returncode == 0, build.output
    assert not (build.site / "sv").exists()
    # A site without notices gets nothing from the plugin: no stylesheet, no catalogs read.
    assert not (build.site / "assets" / "stylesheets" / "seloste.css").exists()
    assert "seloste.css" not in str(build.html(""))


def test_missing_translation_of_free_text_fails_strict_and_names_it(tmp_path):
    config = write_site(tmp_path, {"seloste.md": notice_page({**MINIMAL, "data": ["valokuva hampaista"]})})
    build = mkdocs_build(config)
    assert build.returncode == 1
    assert "seloste.md: seloste.data[0]: no Swedish (sv) translation of 'valokuva hampaista'" in build.output
    assert "no English (en) translation" in build.output
    assert "Traceback" not in build.output
    # Without --strict the page is built, with the Finnish text marked as Finnish.
    build = mkdocs_build(config, strict=False)
    assert build.returncode == 0
    assert build.html("sv/seloste/").select_one('#data ~ ul span[lang="fi-FI"]').get_text() == "valokuva hampaista"


BAD_INPUT = [
    ("---\nseloste:\n  controller: {name: Oy\n---\n", "seloste.md: the privacy notice has 1 problem:\n  - front matter: not valid YAML at line 4"),
    ("---\nseloste:\n  controler: {name: Oy}\n---\n", "seloste.controler: unknown key; did you mean 'controller'?"),
    ("---\nseloste:\n  data: name\n  purposes: {fi: x, sv: y}\n  legal_basis: 5\n---\n",
     "seloste.legal_basis: found 5, expected one of: consent, contract"),
    ("---\nseloste:\n  sections:\n    - id: erasure\n---\n", "seloste.sections[0]: no 'title'; a custom section needs a title"),
    ("---\nseloste:\n  controller: {business_id: 1234567-8}\n---\n",
     "seloste.controller.business_id: found '1234567-8', but its check digit should be 1"),
    ("---\nseloste:\n  controller: {name: Oy}\n  text: {controller: 'ks. {ref:contact}'}\n---\n",
     "seloste.text.controller: {ref:contact} points at a section this notice does not have"),
    ("---\nseloste:\n  controller: {email: info(at)esmile.fi}\n---\n",
     "seloste.controller.email: found 'info(at)esmile.fi', expected an e-mail address"),
    ("---\nseloste:\n  contact: {phone: 12}\n---\n", "seloste.contact.phone: found '12', expected a phone number"),
    ("---\nseloste:\n  updated: 1.11.2026\n---\n", "seloste.updated: found '1.11.2026', expected a date written as YYYY-MM-DD"),
    ("---\nseloste:\n  controller: {website: 'javascript:alert(1)'}\n---\n",
     "seloste.controller.website: found 'javascript:alert(1)', expected a web address starting with https://"),
    ("---\nseloste:\n  data: [teeth_foto]\n---\n", "seloste.data[0]: unknown data key 'teeth_foto'; did you mean 'teeth_photos'?"),
    ("---\nseloste:\n  register: {fi: Rekisteri, se: Register}\n---\n",
     "seloste.register.se: unknown language 'se'; did you mean 'sv'"),
    ("---\nseloste:\n  rights: {requests_to: kontakti}\n---\n",
     "seloste.rights.requests_to: found 'kontakti', expected one of: controller, contact, dpo; did you mean 'contact'?"),
]


@pytest.mark.parametrize("page, expected", BAD_INPUT)
def test_bad_input_stops_the_build_with_a_clear_message(tmp_path, page, expected):
    build = mkdocs_build(write_site(tmp_path, {"seloste.md": page}))
    assert build.returncode == 1
    assert expected in build.output
    assert "seloste.md" in build.output
    assert "Traceback" not in build.output


def test_a_broken_site_catalog_stops_the_build_naming_the_file(tmp_path):
    config = write_site(tmp_path, {"seloste.md": notice_page(MINIMAL)})
    po = tmp_path / "locales" / "sv" / "LC_MESSAGES" / "mkdocs_seloste.po"
    po.parent.mkdir(parents=True)
    po.write_text('msgid ""\nmsgstr ""\n\nmsgid "x\nmsgstr "y"\n', encoding="utf-8")
    build = mkdocs_build(config)
    assert build.returncode == 1
    assert "mkdocs_seloste.po:4: a quoted string is not closed" in build.output
    assert "Traceback" not in build.output


def test_a_generated_page_may_not_overwrite_a_page_of_the_site(tmp_path):
    config = write_site(tmp_path, {"seloste.md": notice_page(MINIMAL), "sv/seloste.md": "# Hej\n"})
    build = mkdocs_build(config)
    assert build.returncode == 1
    assert "the Swedish version of this notice would be written to 'sv/seloste.md'" in build.output


def test_sitemap_lists_the_language_versions_of_each_notice(site_example):
    import gzip
    import xml.etree.ElementTree as ET
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    for raw in ((site_example.site / "sitemap.xml").read_bytes(), gzip.decompress((site_example.site / "sitemap.xml.gz").read_bytes())):
        root = ET.fromstring(raw)
        urls = {u.find("s:loc", ns).text: {a.get("hreflang"): a.get("href") for a in u.findall("x:link", ns)}
                for u in root.findall("s:url", ns)}
        base = "https://esimerkki.github.io/mkdocs-seloste/"
        expected = {tag: f"{base}{prefix}tietosuoja/asiakasrekisteri/" for prefix, tag in PAGES.values()}
        for url in expected.values():
            assert urls[url] == expected
        assert urls[base] == {}  # pages that are not notices have no alternates


def test_the_404_page_speaks_every_notice_language(site_example):
    soup = site_example.html("404.html")
    assert len(soup.select("h1")) == 1
    assert {span["lang"]: span.get_text() for span in soup.select("h1 span[lang]")} == {
        "fi-FI": "Sivua ei löytynyt", "sv-FI": "Sidan hittades inte", "en-FI": "Page not found"}
    messages = {p["lang"]: p.get_text() for p in soup.select(".seloste-not-found p")}
    assert messages == {"fi-FI": "Etsimääsi sivua ei löytynyt. Siirry etusivulle",
                        "sv-FI": "Sidan du letade efter hittades inte. Gå till startsidan",
                        "en-FI": "The page you were looking for was not found. Go to the home page"}
    # Served at any address: the link home is from the site's root, under GitHub Pages' /<repo>/.
    assert {a["href"] for a in soup.select(".seloste-not-found a")} == {"/mkdocs-seloste/"}


@pytest.mark.parametrize("options, expected", [
    ({"languages": "fi"}, "option 'languages': expected a list of language codes such as [fi, sv, en], found 'fi'"),
    ({"languages": ["fi", "xx"]}, "languages[1]: unknown locale 'xx' for language 'xx'"),
    ({"languages": ["fi", "sv", "fi"]}, "two languages have the same code: 'fi'"),
    ({"completeness": "maybe"}, "option 'completeness': Expected one of"),
])
def test_a_wrong_plugin_option_is_a_clear_configuration_error(tmp_path, options, expected):
    build = mkdocs_build(write_site(tmp_path, {"index.md": "# Koti\n"}, plugin=options))
    assert build.returncode == 1
    assert expected in build.output and "Traceback" not in build.output


@pytest.mark.parametrize("use_directory_urls", [True, False])
def test_navigation_entries_left_in_finnish_are_marked_on_every_page(tmp_path, use_directory_urls):
    """The built-in theme, notices at the top and in a folder: each link's language is worked out from
    the page it is on (answers shared between pages must not leak from one folder to another)."""
    build = mkdocs_build(write_site(tmp_path, {
        "index.md": "# Etusivu\n", "yhteys.md": "# Yhteystiedot\n",
        "seloste.md": notice_page(MINIMAL), "tietosuoja/rekisteri.md": notice_page(MINIMAL),
        "tietosuoja/ohje.md": "# Ohje\n"}, theme="mkdocs", extra_config={"use_directory_urls": use_directory_urls}))
    assert build.returncode == 0, build.output
    suffix = "/" if use_directory_urls else ".html"
    for page in ("sv/seloste", "sv/tietosuoja/rekisteri", "en/seloste", "en/tietosuoja/rekisteri"):
        links = build.html(page + suffix).select("a.nav-link[href], a.dropdown-item[href]")
        by_text = {a.get_text(strip=True): a.get("lang") for a in links if a["href"] != "#"}
        assert by_text["Etusivu"] == by_text["Yhteystiedot"] == by_text["Ohje"] == "fi-FI", (page, by_text)
        notices = [lang for text, lang in by_text.items() if text in ("Kundregister", "Customer register")]
        assert notices and all(lang is None for lang in notices), (page, by_text)


def test_a_build_leaves_none_of_its_pages_alive(tmp_path):
    """MkDocs keeps plugin instances until the process exits (and across `mkdocs serve` rebuilds):
    state kept by the plugin after the build would keep every page of the site alive with it."""
    config = load_config(str(copy_site_example(tmp_path)))
    build_in_process(config)
    pages = [weakref.ref(o) for o in gc.get_objects()
             if isinstance(o, Page) and o.file.dest_dir == config.site_dir]
    assert len(pages) > 9  # every page, generated language versions included
    del config
    gc.collect()
    assert [ref().file.src_uri for ref in pages if ref() is not None] == []


def test_a_failed_build_puts_the_theme_back_and_forgets_its_pages(tmp_path, caplog):
    """A page that fails while the theme speaks its language must not leave the theme in it for the
    next `mkdocs serve` rebuild, nor the failed build's pages held by the plugin."""
    copy_site_example(tmp_path)
    # A hook runs after the plugin: it fails on the Swedish page, between on_page_context and on_post_page.
    (tmp_path / "fail.py").write_text(
        "from mkdocs.exceptions import PluginError\n"
        "def on_page_context(context, page, config, nav):\n"
        "    if page.file.src_uri.startswith('sv/'):\n"
        "        raise PluginError('failed on purpose: ' + config.theme['language'])\n"
        "    return context\n", encoding="utf-8")
    with (tmp_path / "mkdocs.yml").open("a", encoding="utf-8") as f:
        f.write("\nhooks:\n  - fail.py\n")
    config = load_config(str(tmp_path / "mkdocs.yml"))
    with pytest.raises(Abort):
        build_in_process(config)
    assert "failed on purpose: sv" in caplog.text  # it failed while the theme spoke Swedish
    plugin = config.plugins["seloste"]
    assert config.theme["language"] == "fi" and "alternate" not in config.extra
    assert plugin.pages is None and plugin.nav is None  # the failed build's pages are let go
