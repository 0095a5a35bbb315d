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


DESCRIPTIONS = {"": "Hammashoitoa Kuopiossa ja Helsingissä", "sv/": "Tandvård i Kuopio och Helsingfors",
                "en/": "Dental care in Kuopio and Helsinki"}  # site_example's site_description and its catalogs
MENUS = {"sv/": ["Startsida", "Behandlingar", "Kontaktuppgifter", "Dataskydd"],
         "en/": ["Home", "Treatments", "Contact details", "Privacy"]}


@pytest.mark.parametrize("prefix", DESCRIPTIONS)
def test_the_meta_description_is_in_the_pages_language(site_example, prefix):
    soup = site_example.html(prefix + "tietosuoja/asiakasrekisteri/")
    assert soup.select_one('meta[name="description"]')["content"] == DESCRIPTIONS[prefix]


@pytest.mark.parametrize("prefix", MENUS)
def test_the_sites_own_menu_is_in_the_pages_language(site_example, prefix):
    soup = site_example.html(prefix + "tietosuoja/asiakasrekisteri/")
    nav = soup.select_one("nav.md-nav--primary")
    labels = [entry.get_text(" ", strip=True) for entry in nav.select(".md-nav__link")]
    for label in MENUS[prefix]:
        assert label in labels
    assert not {"Etusivu", "Hoidot", "Yhteystiedot", "Tietosuoja"} & set(labels)
    # Said in the page's language, the entries are not marked as Finnish any more.
    for entry in nav.select(".md-nav__link"):
        if entry.get_text(" ", strip=True) in MENUS[prefix]:
            assert entry.get("lang") is None, entry
    # The Finnish page keeps the Finnish menu.
    fi = [e.get_text(" ", strip=True) for e in site_example.html("tietosuoja/asiakasrekisteri/").select(
        "nav.md-nav--primary .md-nav__link")]
    assert "Etusivu" in fi and "Startsida" not in fi


CATALOG = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: sv_FI\\n"

msgid "Tietosuoja"
msgstr "Dataskydd"

msgid "Ohjeet"
msgstr "<script>alert(1)</script> Anvisningar"
"""


def test_folder_names_and_page_titles_are_translated_and_escaped(tmp_path):
    config = write_site(tmp_path, {"index.md": "# Etusivu\n", "ohjeet.md": "# Ohjeet\n",
                                   "tietosuoja/asiakas.md": notice_page(MINIMAL)}, theme="mkdocs")
    (tmp_path / "locales" / "sv" / "LC_MESSAGES").mkdir(parents=True)
    (tmp_path / "locales" / "sv" / "LC_MESSAGES" / "mkdocs_seloste.po").write_text(CATALOG, encoding="utf-8")
    build = mkdocs_build(config, strict=False)  # MkDocs' theme has no Finnish strings: it warns
    assert build.returncode == 0, build.output
    soup = build.html("sv/tietosuoja/asiakas/")
    texts = [a.get_text(" ", strip=True) for a in soup.select("a.nav-link, a.dropdown-item")]
    assert "Dataskydd" in texts and "Tietosuoja" not in texts  # the folder's name, as MkDocs makes it
    assert "<script>alert(1)</script> Anvisningar" in texts and soup.select("nav script") == []
    marked = {a.get_text(" ", strip=True): a.get("lang") for a in soup.select("a.nav-link[href], a.dropdown-item")}
    assert marked["Etusivu"] == "fi-FI"  # untranslated: still marked as Finnish
    assert marked["<script>alert(1)</script> Anvisningar"] is None


def test_a_description_without_a_translation_is_named_once_per_language(tmp_path):
    config = write_site(tmp_path, {"a.md": notice_page(MINIMAL), "b.md": notice_page(MINIMAL)},
                        extra_config={"site_description": "Hammashoitoa Kuopiossa"})
    build = mkdocs_build(config)
    assert build.returncode == 1
    for code in ("sv", "en"):
        assert build.output.count(f"site_description (mkdocs.yml): no ") == 2
        assert f"({code}) translation of 'Hammashoitoa Kuopiossa'" in build.output
    assert "seloste catalog collects it" in build.output
