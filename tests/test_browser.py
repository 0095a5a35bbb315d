"""site_example in a real browser (Debian's Chromium through Playwright) and axe-core.

The built site is served the way GitHub Pages serves a project site: under /mkdocs-seloste/, from
a local HTTP server on 127.0.0.1, with the site's 404.html for a missing page.
"""

from __future__ import annotations

import re
import struct
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import sync_playwright

from conftest import copy_site_example, mkdocs_build
from screenshots import LANGS, VIEWPORTS, launch, serve, take_screenshots

NOTICES = ["tietosuoja/potilasrekisteri/", "tietosuoja/asiakasrekisteri/"]
PAGES = [(code, notice) for notice in NOTICES for code in LANGS]
PAGE_IDS = [f"{code}-{notice.split('/')[1]}" for code, notice in PAGES]
ENDONYMS = {"fi-FI": "suomi", "sv-FI": "svenska", "en-FI": "English"}
# A reference the plugin writes, and one from the site's own text ({ref:purposes}): (section, target).
CROSS_REFERENCES = {"tietosuoja/potilasrekisteri/": ("rights", "contact"),
                    "tietosuoja/asiakasrekisteri/": ("cookies", "purposes")}
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """site_example built for the address it is served from, as GitHub Pages serves a site from its
    site_url: its absolute addresses (the hreflang alternates, beside which Material's JavaScript
    fetches sitemap.xml) lead back to this server. Yields the build and that address."""
    root = tmp_path_factory.mktemp("served")
    config = copy_site_example(root)
    (root / "site").mkdir()
    with serve(root / "site") as url:
        text = config.read_text(encoding="utf-8")
        config.write_text(re.sub(r"(?m)^site_url: .*$", f"site_url: {url}", text, count=1), encoding="utf-8")
        build = mkdocs_build(config)
        assert build.returncode == 0, build.output
        yield build, url


@pytest.fixture(scope="module")
def base_url(served):
    return served[1]


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport=DESKTOP, reduced_motion="reduce")
    yield context.new_page()
    context.close()


def url_of(base_url: str, code: str, notice: str) -> str:
    return base_url + LANGS[code][0] + notice


def html_lang(page) -> str:
    return page.evaluate("document.documentElement.getAttribute('lang')")


# --- pages, references, language switch -------------------------------------------------------

@pytest.mark.parametrize("code, notice", PAGES, ids=PAGE_IDS)
def test_every_notice_page_has_its_language(page, base_url, code, notice):
    page.goto(url_of(base_url, code, notice))
    assert html_lang(page) == LANGS[code][1]


@pytest.mark.parametrize("code", LANGS)
@pytest.mark.parametrize("notice", NOTICES, ids=lambda n: n.split("/")[1])
def test_clicking_a_cross_reference_lands_on_its_section(page, base_url, code, notice):
    section, target = CROSS_REFERENCES[notice]
    page.goto(url_of(base_url, code, notice))
    link = page.locator(f'#{section} ~ p a[href="#{target}"]').first
    link.click()
    page.wait_for_function("hash => location.hash === hash", arg=f"#{target}")
    assert urlsplit(page.url).path == urlsplit(url_of(base_url, code, notice)).path
    # The heading is in the viewport and not hidden under Material's sticky header.
    in_view = """id => {
        const box = document.getElementById(id).getBoundingClientRect();
        const header = document.querySelector('header');
        const top = header ? header.getBoundingClientRect().bottom : 0;
        return box.top >= top - 1 && box.bottom <= window.innerHeight;
    }"""
    try:
        page.wait_for_function(in_view, arg=target, timeout=3000)
    except PlaywrightTimeout:
        box = page.evaluate(f"JSON.stringify(document.getElementById({target!r}).getBoundingClientRect())")
        pytest.fail(f"#{target} is not in view after the click: {box}")
    assert page.locator(f"h2#{target}").is_visible()


@pytest.mark.parametrize("code, notice", PAGES, ids=PAGE_IDS)
def test_language_switch_leads_to_the_same_notice_and_back(page, base_url, code, notice):
    here = url_of(base_url, code, notice)
    page.goto(here)
    for other in (other for other in LANGS if other != code):
        for target in (other, code):  # there, and back
            with page.expect_navigation():
                page.click(f'nav.seloste-languages a[hreflang="{LANGS[target][1]}"]')
            assert page.url == url_of(base_url, target, notice)
            assert html_lang(page) == LANGS[target][1]
            current = page.locator('nav.seloste-languages [aria-current="page"]')
            assert current.get_attribute("lang") == LANGS[target][1]


# --- every request the pages make -------------------------------------------------------------

class Recorder:
    """Everything the browser asked for and everything that went wrong, on every page of a context."""

    def __init__(self, context):
        self.requests: list[str] = []
        self.failed: list[str] = []  # requestfailed: no response at all
        self.bad_status: list[tuple[int, str]] = []
        self.console_errors: list[tuple[str, str]] = []  # (text, address the message is about)
        self.page_errors: list[str] = []
        context.on("request", lambda request: self.requests.append(request.url))
        context.on("requestfailed", lambda request: self.failed.append(f"{request.url}: {request.failure}"))
        context.on("response", self.on_response)
        context.on("page", self.on_page)

    def on_response(self, response):
        if response.status >= 400:
            self.bad_status.append((response.status, response.url))

    def on_page(self, page):
        page.on("console", self.on_console)
        page.on("pageerror", lambda error: self.page_errors.append(f"{page.url}: {error}"))

    def on_console(self, message):
        if message.type == "error":
            self.console_errors.append((message.text, message.location.get("url", "")))


@pytest.fixture(scope="module")
def tour(browser, base_url, served):
    """Every page of the site, until the network is idle (search index, late fetches), and a missing page."""
    context = browser.new_context(viewport=DESKTOP, reduced_motion="reduce")
    recorder = Recorder(context)
    page = context.new_page()
    site = served[0].site
    for path in sorted(str(p.relative_to(site)) for p in site.rglob("*.html")):
        if path != "404.html":
            page.goto(base_url + re.sub(r"(^|/)index\.html$", r"\1", path), wait_until="networkidle")
    # GitHub Pages answers a missing page with the site's 404.html, at any depth.
    recorder.missing_page = base_url + "sv/ei-ole-olemassa/"
    response = page.goto(recorder.missing_page, wait_until="networkidle")
    assert response.status == 404 and "404" in page.locator("h1").inner_text()
    context.close()
    return recorder


def test_no_request_leaves_127_0_0_1(tour, base_url):
    origin = urlsplit(base_url)
    assert tour.requests
    elsewhere = [url for url in tour.requests
                 if (urlsplit(url).scheme, urlsplit(url).netloc) != (origin.scheme, origin.netloc)]
    assert elsewhere == []


def test_no_request_fails(tour):
    # Material's JavaScript fetches sitemap.xml beside every <link rel=alternate>: the plugin writes one there.
    bad = [(status, url) for status, url in tour.bad_status if url != tour.missing_page]
    assert tour.failed == []
    assert bad == []


def test_no_console_error_or_page_error(tour):
    # A resource that failed to load is logged as a console error too; test_no_request_fails names those.
    failed_urls = {url for _, url in tour.bad_status}
    errors = [(text, url) for text, url in tour.console_errors
              if not (text.startswith("Failed to load resource") and url in failed_urls)]
    assert errors == []
    assert tour.page_errors == []


# --- screenshots and small screens --------------------------------------------------------------

def png_size(path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def test_screenshots_of_a_notice_in_each_language(browser, base_url, tmp_path):
    # The same function writes the README's images: python tests/screenshots.py
    written = take_screenshots(browser, base_url, tmp_path)
    expected = {f"notice-{code}-{name}.png" for code in LANGS for name in VIEWPORTS}
    assert sorted(p.name for p in written) == sorted(expected)
    for path in written:
        viewport, scale = VIEWPORTS[path.stem.rsplit("-", 1)[1]]
        assert png_size(path) == (viewport["width"] * scale, viewport["height"] * scale)
        assert path.stat().st_size > 10_000  # a rendered page, not a blank one


def test_notices_reflow_at_320_css_pixels(browser, base_url):
    """WCAG 1.4.10: no horizontal scrolling at 320 CSS pixels wide."""
    context = browser.new_context(viewport={"width": 320, "height": 640}, is_mobile=True, has_touch=True)
    page = context.new_page()
    too_wide = {}
    for code, notice in PAGES:
        page.goto(url_of(base_url, code, notice))
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 320:
            too_wide[code + " " + notice] = width
    context.close()
    assert too_wide == {}


# --- accessibility (axe-core) -------------------------------------------------------------------

AXE = Axe()
HEADING_RULES = {"heading-order", "page-has-heading-one", "empty-heading"}
TABLE_RULES = {"td-has-header", "th-has-data-cells", "td-headers-attr", "empty-table-header", "scope-attr-valid"}


@pytest.fixture(scope="module")
def axe_report(browser, base_url) -> dict[str, list[dict]]:
    """axe-core on every notice page, once: WCAG 2.1 A and AA rules, and the best practices."""
    context = browser.new_context(viewport=DESKTOP, reduced_motion="reduce")
    page = context.new_page()
    report = {}
    for (code, notice), page_id in zip(PAGES, PAGE_IDS):
        page.goto(url_of(base_url, code, notice), wait_until="networkidle")
        results = AXE.run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA + ["best-practice"]},
                                         "resultTypes": ["violations"]})
        report[page_id] = results.response["violations"]
    context.close()
    return report


def violations(report, keep) -> dict[str, list[str]]:
    """{page: ["rule (impact): element: what is wrong"]} of the violations `keep` accepts."""
    found = {}
    for page_id, page_violations in report.items():
        lines = [f"{v['id']} ({v['impact']}): {node['target']}: {node['failureSummary'].splitlines()[-1].strip()}"
                 for v in page_violations if keep(v) for node in v["nodes"]]
        if lines:
            found[page_id] = lines
    return found


def is_wcag(violation) -> bool:
    return bool(set(violation["tags"]) & set(WCAG_21_AA))


def test_axe_finds_no_serious_or_critical_wcag_violation(axe_report):
    assert violations(axe_report, lambda v: is_wcag(v) and v["impact"] in ("serious", "critical")) == {}


def test_axe_finds_no_wcag_violation_of_any_impact(axe_report):
    assert violations(axe_report, is_wcag) == {}


@pytest.mark.parametrize("code, notice", PAGES, ids=PAGE_IDS)
def test_language_switch_names_each_language_in_that_language(page, base_url, code, notice):
    page.goto(url_of(base_url, code, notice))
    nav = page.locator("nav.seloste-languages")
    assert nav.get_attribute("aria-label")
    items = nav.locator("li > *").evaluate_all(
        "els => els.map(e => [e.tagName, e.getAttribute('lang'), e.getAttribute('hreflang'), "
        "e.getAttribute('aria-current'), e.textContent.trim()])")
    tag = LANGS[code][1]
    assert [lang for _, lang, _, _, _ in items] == ["fi-FI", "sv-FI", "en-FI"]
    for name, lang, hreflang, current, text in items:
        assert text == ENDONYMS[lang]
        if lang == tag:
            assert (name, current, hreflang) == ("SPAN", "page", None)
        else:
            assert (name, current, hreflang) == ("A", None, lang)


def test_materials_language_selector_names_each_language_in_that_language(page, base_url):
    """Material's header selector (a.md-select__link, from extra.alternate) too (WCAG 3.1.2)."""
    unmarked = {}
    for code, notice in PAGES:
        page.goto(url_of(base_url, code, notice))
        links = page.locator(".md-select__link[hreflang]").evaluate_all(
            "els => els.map(a => [a.getAttribute('hreflang'), a.getAttribute('lang'), a.textContent.trim()])")
        assert [hreflang for hreflang, _, _ in links] == ["fi-FI", "sv-FI", "en-FI"]
        wrong = [(text, lang) for hreflang, lang, text in links if lang != hreflang or text != ENDONYMS[hreflang]]
        if wrong:
            unmarked[code + " " + notice] = wrong
    assert unmarked == {}


NAV_TEXTS = """() => [...document.querySelectorAll('nav.md-nav--primary .md-nav__link')].map(el => [
    el.textContent.trim().replace(/\\s+/g, ' '), el.closest('[lang]').getAttribute('lang')])"""


def test_navigation_text_left_in_finnish_is_marked_finnish(page, base_url):
    """A nav entry that reads the same as on the Finnish page is Finnish: it must say so (WCAG 3.1.2)."""
    unmarked = {}
    for notice in NOTICES:
        page.goto(url_of(base_url, "fi", notice))
        finnish = page.evaluate(NAV_TEXTS)
        for code in ("sv", "en"):
            page.goto(url_of(base_url, code, notice))
            here = page.evaluate(NAV_TEXTS)
            assert len(here) == len(finnish)  # the same navigation, in another language
            wrong = [text for (text, lang), (fi_text, _) in zip(here, finnish) if text == fi_text and lang != "fi-FI"]
            if wrong:
                unmarked[f"{code} {notice}"] = wrong
    assert unmarked == {}


@pytest.mark.parametrize("code, notice", PAGES, ids=PAGE_IDS)
def test_headings_are_one_h1_then_h2s_without_skipped_levels(page, base_url, code, notice):
    page.goto(url_of(base_url, code, notice))
    levels = page.locator("h1, h2, h3, h4, h5, h6").evaluate_all("els => els.map(h => Number(h.tagName[1]))")
    assert levels[:2] == [1, 2] and levels.count(1) == 1
    assert all(level <= previous + 1 for previous, level in zip(levels, levels[1:])), levels
    assert page.locator("article h2[id]").count() >= 10  # the numbered sections


def test_axe_heading_rules(axe_report):
    assert violations(axe_report, lambda v: v["id"] in HEADING_RULES) == {}


def test_every_table_has_header_cells(page, base_url, axe_report):
    # site_example's notices render no table today (lists only); this holds any a page body adds.
    bad = {}
    for code, notice in PAGES:
        page.goto(url_of(base_url, code, notice))
        tables = page.locator("article table").evaluate_all(
            "ts => ts.map(t => [t.querySelectorAll('th').length, t.rows.length ? "
            "[...t.rows[0].cells].every(c => c.tagName === 'TH') : false])")
        missing = [i for i, (headers, first_row_headers) in enumerate(tables) if not headers or not first_row_headers]
        if missing:
            bad[code + " " + notice] = missing
    assert bad == {}
    assert violations(axe_report, lambda v: v["id"] in TABLE_RULES) == {}
