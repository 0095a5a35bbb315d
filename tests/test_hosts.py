"""The site keeps its own privacy: a built page that loads from another host no notice names is a warning."""

import pytest

from conftest import MINIMAL, mkdocs_build, notice_page, write_site
from mkdocs_seloste.hosts import is_named, loaded_hosts

# Material's default when mkdocs.yml says nothing of fonts: Google Fonts.
MATERIAL_WITH_GOOGLE_FONTS = {"name": "material", "language": "fi", "font": {"text": "Roboto", "code": "Roboto Mono"}}
# Not `recipients: none` beside a vendor: the check would name the contradiction.
FONTS_NAMED = {**MINIMAL, "recipients": ["hosting"], "cookies": {"types": ["necessary"],
                                      "vendors": ["Google Fonts (fonts.googleapis.com, fonts.gstatic.com)"]}}


def site(tmp_path, notice=MINIMAL, *, theme=MATERIAL_WITH_GOOGLE_FONTS, pages=None, **extra):
    return write_site(tmp_path, {"index.md": "# Etusivu\n", "tietosuoja.md": notice_page(notice), **(pages or {})},
                      theme=theme, extra_config={"site_url": "https://klinikka.example/", **extra})


def test_materials_google_fonts_fail_strict_naming_the_host_and_a_page(tmp_path):
    build = mkdocs_build(site(tmp_path))
    assert build.returncode == 1
    for host in ("fonts.googleapis.com", "fonts.gstatic.com"):
        warning = next(line for line in build.output.splitlines() if f"from {host}," in line)
        assert "WARNING" in warning and "index.md (and 3 other pages) loads" in warning
        assert "'font: false'" in warning
    assert "a stylesheet from fonts.googleapis.com" in build.output


def test_a_notice_that_names_the_host_as_a_cookie_vendor_discloses_it(tmp_path):
    assert mkdocs_build(site(tmp_path, FONTS_NAMED)).returncode == 0


@pytest.mark.parametrize("named", [
    {"recipients": ["Google Ireland Ltd (googleapis.com, gstatic.com)"]},  # a parent domain covers its subdomains
    {"recipients": [{"term": "processors", "fi": "Fonttipalvelu Google Fonts (fonts.googleapis.com, fonts.gstatic.com)",
                     "sv": "Typsnittstjänsten Google Fonts (fonts.googleapis.com, fonts.gstatic.com)",
                     "en": "The font service Google Fonts (fonts.googleapis.com, fonts.gstatic.com)"}]},
    {"transfers": {"data": ["ip_address"], "countries": ["Yhdysvallat"],
                   "recipients": [{"fi": "Google LLC: fonts.googleapis.com ja fonts.gstatic.com",
                                   "sv": "Google LLC: fonts.googleapis.com och fonts.gstatic.com",
                                   "en": "Google LLC: fonts.googleapis.com and fonts.gstatic.com"}],
                   "safeguards": ["data_privacy_framework"]}},
])
def test_a_recipient_or_transfer_recipient_discloses_it_too(tmp_path, named):
    build = mkdocs_build(site(tmp_path, {**MINIMAL, **named}), strict=False)
    assert build.returncode == 0 and "fonts.g" not in build.output, build.output
    assert (build.site / "sv" / "tietosuoja" / "index.html").is_file()


def test_the_readme_s_material_setup_loads_nothing_from_another_host(tmp_path):
    build = mkdocs_build(site(tmp_path, theme={"name": "material", "language": "fi", "font": False}))
    assert build.returncode == 0, build.output


def test_scripts_frames_and_images_of_other_hosts_are_named_with_their_page(tmp_path):
    pages = {"kartta.md": '# Kartta\n\n<iframe src="https://maps.example.com/embed?q=Kuopio" title="Kartta"></iframe>\n',
             "kuva.md": '# Kuva\n\n<img src="//images.example.net/logo.png" alt="Logo">\n'
                        '<a href="https://elsewhere.example.org/">Linkki ei lataa mitään</a>\n'
                        '<img src="https://klinikka.example/oma.png" alt="Oma">\n'}
    build = mkdocs_build(site(tmp_path, FONTS_NAMED, pages=pages,
                              extra_javascript=["https://cdn.example.com/analytics.js"]), strict=False)
    assert "kartta.md loads a frame from maps.example.com" in build.output
    assert "kuva.md loads an image from images.example.net" in build.output
    assert "loads a script from cdn.example.com" in build.output
    assert "elsewhere.example.org" not in build.output  # a link loads nothing
    assert "from klinikka.example" not in build.output  # the site's own host


def test_mkdocs_own_theme_loads_highlight_js_from_a_cdn_unless_told_not_to(tmp_path):
    build = mkdocs_build(site(tmp_path, theme={"name": "mkdocs", "highlightjs": True}), strict=False)
    assert "loads a stylesheet from cdnjs.cloudflare.com" in build.output
    assert "'highlightjs: false'" in build.output
    assert "cdnjs" not in mkdocs_build(site(tmp_path, theme="mkdocs"), strict=False).output


def test_a_site_without_notices_is_not_checked(tmp_path):
    config = write_site(tmp_path, {"index.md": "# Etusivu\n"}, theme=MATERIAL_WITH_GOOGLE_FONTS)
    assert mkdocs_build(config).returncode == 0


def test_the_check_can_be_turned_off(tmp_path):
    config = write_site(tmp_path, {"tietosuoja.md": notice_page(MINIMAL)}, theme=MATERIAL_WITH_GOOGLE_FONTS,
                        plugin={"hosts_check": False})
    assert mkdocs_build(config).returncode == 0


@pytest.mark.unit
@pytest.mark.parametrize("html, expected", [
    ('<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">',
     [("fonts.googleapis.com", "a stylesheet")]),
    ('<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>', [("fonts.gstatic.com", "a connection")]),
    ('<link rel="preload" as="font" href="https://cdn.example.com/f.woff2">', [("cdn.example.com", "a font")]),
    ('<link rel="canonical" href="https://elsewhere.example/">', []),
    ('<link rel="alternate" hreflang="sv" href="https://elsewhere.example/sv/">', []),
    ("<script src='https://USER:pw@Cdn.Example.com:8443/x.js'></script>", [("cdn.example.com", "a script")]),
    ('<img srcset="a.png 1x, https://img.example/b.png 2x" src="a.png">', [("img.example", "an image")]),
    ('<video poster="https://media.example/p.jpg"></video>', [("media.example", "a video")]),
    ('<a href="https://elsewhere.example/">x</a>', []),
    ('<img src="https://klinikka.example/x.png">', []),
    ('<img src="/x.png"><img src="x.png"><img src="data:image/png;base64,AAAA">', []),
    ('<input type="text" src="https://x.example/i.png">', []),
])
def test_what_a_page_loads_from_other_hosts(html, expected):
    assert list(loaded_hosts(html, "klinikka.example")) == expected


@pytest.mark.unit
@pytest.mark.parametrize("host, domains, expected", [
    ("fonts.googleapis.com", {"fonts.googleapis.com"}, True),
    ("fonts.googleapis.com", {"googleapis.com"}, True),
    ("fonts.googleapis.com", {"google.com"}, False),
    ("googleapis.com", {"fonts.googleapis.com"}, False),
    ("evilgoogleapis.com", {"googleapis.com"}, False),
    ("cdn.example.com", {"com"}, False),  # a top-level domain alone names nobody
])
def test_a_domain_covers_itself_and_its_subdomains(host, domains, expected):
    assert is_named(host, domains) is expected


@pytest.mark.unit
def test_a_long_tag_and_addresses_outside_tags():
    data = "data:image/png;base64," + "A" * 6000
    html = (f'<p>See https://text.example/ // a comment</p><img src="{data}" srcset="https://long.example/a.png 2x">'
            '<script>var x = "<img src=//inline.example/x.png>"</script>')
    hosts = [host for host, _ in loaded_hosts(html, None)]
    assert "long.example" in hosts and "text.example" not in hosts


@pytest.mark.unit
def test_a_script_that_sets_a_source_loads_it():
    html = ('<script id="__analytics">var t=document.createElement("script");'
            't.src="https://www.googletagmanager.com/gtag/js?id=G-1";// https://comment.example/\n</script>')
    assert list(loaded_hosts(html, None)) == [("www.googletagmanager.com", "a script (its page's JavaScript loads it)")]


def test_materials_google_analytics_is_named(tmp_path):
    build = mkdocs_build(site(tmp_path, theme={"name": "material", "language": "fi", "font": False},
                              extra={"analytics": {"provider": "google", "property": "G-TESTI"}}))
    assert build.returncode == 1
    assert "loads a script (its page's JavaScript loads it) from www.googletagmanager.com" in build.output
