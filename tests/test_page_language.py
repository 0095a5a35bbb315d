"""Every notice page fully in its language: absolute alternates, its description, its navigation, tags."""

import pytest

from conftest import MINIMAL, PAGES, mkdocs_build, notice_page, write_site

BASE = "https://esimerkki.github.io/mkdocs-seloste/"
PREFIXES = {tag: prefix for prefix, tag in PAGES.values()}


@pytest.mark.parametrize("prefix", PREFIXES.values())
def test_alternates_and_canonical_link_are_absolute_with_site_url(site_example, prefix):
    soup = site_example.html(prefix + "tietosuoja/potilasrekisteri/")
    alternates = {link["hreflang"]: link["href"] for link in soup.select('head link[rel="alternate"][hreflang]')}
    assert alternates == {tag: f"{BASE}{other}tietosuoja/potilasrekisteri/" for tag, other in PREFIXES.items()}
    assert soup.select_one('head link[rel="canonical"]')["href"] == f"{BASE}{prefix}tietosuoja/potilasrekisteri/"


@pytest.mark.parametrize("site_url, expected", [
    ("https://klinikka.example/sivut/", "https://klinikka.example/sivut/sv/tietosuoja/"),
    (None, "sv/tietosuoja/"),  # no site_url: no absolute address to give; relative, as before
])
def test_the_mkdocs_theme_gets_them_absolute_too(tmp_path, site_url, expected):
    config = write_site(tmp_path, {"tietosuoja.md": notice_page(MINIMAL)}, theme="mkdocs",
                        extra_config={"site_url": site_url} if site_url else {})
    build = mkdocs_build(config, strict=False)  # MkDocs' theme has no Finnish strings: it warns
    assert build.returncode == 0, build.output
    soup = build.html("en/tietosuoja/")
    hrefs = {link["hreflang"]: link["href"] for link in soup.select('head link[rel="alternate"][hreflang]')}
    if site_url:
        assert hrefs["sv-FI"] == expected
    else:
        assert hrefs["sv-FI"] == "../../" + expected


def test_a_notice_is_listed_once_in_materials_tags_index(tmp_path):
    page = "---\ntags: [tietosuoja]\n" + notice_page(MINIMAL).removeprefix("---\n")
    config = write_site(tmp_path, {"index.md": "# Etusivu\n", "tagit.md": "# Tagit\n\n<!-- material/tags -->\n",
                                   "tietosuoja.md": page},
                        extra_config={"plugins": [{"search": {}}, {"tags": {}}, {"seloste": {}}]})
    build = mkdocs_build(config)
    assert build.returncode == 0, build.output
    listed = [a["href"] for a in build.html("tagit/").select("article a[href]") if "tietosuoja" in a["href"]]
    assert listed == ["../tietosuoja/"]
    # The notice's page still shows its tag, linking to the index.
    assert build.html("tietosuoja/").select_one(".md-tag") is not None
