"""Any input either builds or stops with a clear error: generated front matter and catalogs."""

import re

import markdown
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import CODES, LANGUAGES, MINIMAL, mkdocs_build, notice_page, write_site
from mkdocs_seloste import vocabulary
from mkdocs_seloste.i18n import CatalogError, load_catalog, translators
from mkdocs_seloste.model import TOP_KEYS, NoticeError
from mkdocs_seloste.outline import build
from mkdocs_seloste.render import Renderer
from mkdocs_seloste.source import load

TRANSLATORS = translators(LANGUAGES, None)
RENDERER = Renderer(LANGUAGES[0])
KEYS = list(TOP_KEYS) + ["name", "email", "phone", "business_id", "include", "method", "id", "title", "after",
                         "data", "types", "vendors", "fi", "sv", "en", "controler", "x"]
WORDS = [key for terms in vocabulary.CATEGORIES.values() for key in terms] + [
    "none", "numbered", "questions", "plain", "2140524-2", "010 219 8700", "info@esmile.fi", "{ref:contact}",
    "<script>alert(1)</script>", "[x](javascript:alert(1))", "https://kanta.fi", "*", "# otsikko", "1. kohta", ""]
HOSTILE_TEXT = st.text(st.characters(blacklist_categories=["Cs"]), max_size=40)
SCALARS = st.one_of(st.sampled_from(WORDS), HOSTILE_TEXT, st.integers(), st.booleans(), st.none(), st.dates())
VALUES = st.recursive(SCALARS, lambda children: st.one_of(
    st.lists(children, max_size=4), st.dictionaries(st.sampled_from(KEYS), children, max_size=5)), max_leaves=25)
FRONT_MATTER = st.one_of(VALUES, st.dictionaries(st.sampled_from(KEYS), VALUES, max_size=10),
                         st.builds(lambda extra: {**MINIMAL, **extra}, st.dictionaries(st.sampled_from(KEYS), VALUES, max_size=4)))


def render_everything(front) -> list[str]:
    import yaml
    text = "---\n" + yaml.safe_dump({"seloste": front}, allow_unicode=True) + "---\n"
    page = load(text, CODES)
    return [RENDERER.render(page.notice, page.outline, TRANSLATORS[code]).markdown for code in CODES]


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(FRONT_MATTER)
def test_any_front_matter_renders_or_is_refused_with_key_paths(front):
    try:
        pages = render_everything(front)
    except NoticeError as e:
        assert e.problems and all(p.path.startswith(("seloste", "front matter")) and p.message for p in e.problems)
        return
    for page in pages:
        html = markdown.markdown(page, extensions=["attr_list"])
        # Nothing written in front matter becomes an element or an unsafe link.
        assert not re.search(r"<(script|img|iframe)\b", html)
        assert not re.search(r'href="(?!https?:|mailto:|tel:|#|\.\./|[\w-]+/)', html)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["sv", "en"]))
def test_any_catalog_loads_or_is_refused_naming_the_file(tmp_path_factory, content, code):
    path = tmp_path_factory.mktemp("po") / "mkdocs_seloste.po"
    path.write_text(content, encoding="utf-8")
    try:
        load_catalog(path, code)
    except CatalogError as e:
        assert str(path) in str(e)


@pytest.mark.parametrize("front", [
    {"controller": {"name": "x"}, "text": {"controller": ["a\n\nb", "{ref:controller,controller}"]}},
    {"layout": "plain", "sections": [{"id": "a", "title": "A", "after": "a"}]},
])
def test_odd_but_valid_notices(front):
    assert render_everything(front)


def test_a_build_is_deterministic(tmp_path):
    pages = {"seloste.md": notice_page(MINIMAL), "toinen.md": notice_page({**MINIMAL, "layout": "questions"})}
    first = mkdocs_build(write_site(tmp_path / "a", pages))
    second = mkdocs_build(write_site(tmp_path / "b", pages))
    assert first.returncode == second.returncode == 0
    for prefix in ("", "sv/", "en/"):
        for name in ("seloste", "toinen"):
            path = f"{prefix}{name}/index.html"
            assert (first.site / path).read_bytes() == (second.site / path).read_bytes(), path
