"""Beside the plugins clinic sites already use, all in one site: search, tags, blog, offline (Material's),
redirects, minify and awesome-pages. Every notice page is built in every language, with its language."""

import json

import pytest

from conftest import MINIMAL, PAGES, mkdocs_build, notice_page, write_site

for module in ("mkdocs_redirects", "mkdocs_minify_plugin", "mkdocs_awesome_pages_plugin"):
    pytest.importorskip(module)

# Material's offline plugin loads a script from unpkg.com on every page: the notice must say so.
NOTICE = {**MINIMAL, "recipients": [{"fi": "Cloudflare, Inc. (unpkg.com), jolta sivut lataavat hakuohjelman",
                                     "sv": "Cloudflare, Inc. (unpkg.com), varifrån sidorna laddar sökprogrammet",
                                     "en": "Cloudflare, Inc. (unpkg.com), from which the pages load the search program"}]}
PLUGINS = [{"search": {}}, {"tags": {}}, {"blog": {}}, {"offline": {}},
           {"redirects": {"redirect_maps": {"vanha-seloste.md": "tietosuoja/asiakas.md"}}},
           {"minify": {"minify_html": True}}, {"awesome-pages": {}}, {"seloste": {}}]
PAGES_OF_SITE = {
    "index.md": "# Etusivu\n",
    "tagit.md": "# Tagit\n\n<!-- material/tags -->\n",
    "blog/index.md": "# Blogi\n",
    "blog/posts/avaus.md": "---\ndate: 2026-11-01\n---\n\n# Avasimme klinikan\n\nTervetuloa.\n",
    "tietosuoja/.pages": "title: Tietosuoja\n",
    "tietosuoja/asiakas.md": "---\ntags: [tietosuoja]\n" + notice_page(NOTICE).removeprefix("---\n"),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("beside")
    build = mkdocs_build(write_site(root, PAGES_OF_SITE, extra_config={"plugins": PLUGINS}))
    assert build.returncode == 0, build.output
    return build


@pytest.mark.parametrize("code", PAGES)
def test_every_notice_page_is_built_in_its_language(built, code):
    prefix, tag = PAGES[code]
    soup = built.html(prefix + "tietosuoja/asiakas.html")  # the offline plugin turns directory URLs off
    assert soup.html["lang"] == tag
    assert soup.select_one("article h2#controller") is not None


def test_the_redirect_leads_to_the_notice(built):
    assert "tietosuoja/asiakas.html" in (built.site / "vanha-seloste.html").read_text(encoding="utf-8")


def test_search_and_tags_see_the_notice(built):
    index = json.loads((built.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {entry["location"] for entry in index["docs"]}
    assert {"tietosuoja/asiakas.html", "sv/tietosuoja/asiakas.html", "en/tietosuoja/asiakas.html"} <= locations
    listed = [a["href"] for a in built.html("tagit.html").select("article a[href]") if "asiakas" in a["href"]]
    assert listed == ["tietosuoja/asiakas.html"]
