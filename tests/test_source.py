"""Reading notice pages: the cheap check for a notice, and front matter read exactly as yaml.safe_load reads it."""

import datetime
import gc
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from mkdocs_seloste.checks import check
from mkdocs_seloste.i18n import translators
from mkdocs_seloste.languages import default_languages
from mkdocs_seloste.render import Renderer
from mkdocs_seloste.source import load, read_notice_source, safe_load, split

from conftest import ROOT

NOTICE_FILES = sorted(ROOT.glob("site_example/docs/**/*.md")) + sorted(ROOT.glob("tests/seeds/docs/*.md")) \
    + sorted(ROOT.glob("mkdocs_seloste/presets/*.yml"))

# The corners of YAML: what the fast construction builds itself, and what it leaves to PyYAML.
CORNERS = [
    "a: 1\nb: 1.5\nc: true\nd: null\ne: 2026-11-01\nf: '2026-11-01'\ng: ~\nh: 0x1F\ni: .inf\nj: yes\n",
    "list: [a, 'b', \"c\\n\", 1, {x: y}]\nempty: []\nnone: {}\n",
    "base: &base {name: Klinikka, phone: 09 123}\ncopy: *base\nlist: [*base, *base]\n",
    "base: &base {name: Klinikka}\nmerged:\n  <<: *base\n  email: info@example.fi\n",
    "set: !!set {a, b}\nomap: !!omap [{a: 1}, {b: 2}]\nbinary: !!binary aGVsbG8=\nexplicit: !!str 123\n",
    "1: one\n2026-11-01: date key\ntrue: bool key\nnull: null key\n",
    "dup: first\ndup: second\n",
    "just a string\n",
    "- a\n- - b\n  - c\n",
    "",
    "multi: |\n  line one\n  line two\nfolded: >\n  folded\n  text\n",
    # The same text plain and quoted, one after the other: each scalar's tag is resolved once and kept.
    "a: yes\nb: 'yes'\nc: \"yes\"\nd: yes\ne: 2026-11-01\nf: '2026-11-01'\ng: ~\nh: '~'\n",
]

SCALARS = st.one_of(st.text(max_size=20), st.integers(), st.booleans(), st.none(),
                    st.floats(allow_nan=False), st.dates(min_value=datetime.date(1900, 1, 1)))
DOCUMENTS = st.recursive(SCALARS, lambda children: st.one_of(
    st.lists(children, max_size=4), st.dictionaries(st.text(max_size=10), children, max_size=4)), max_leaves=30)


@pytest.mark.parametrize("path", NOTICE_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_front_matter_of_every_notice_reads_as_safe_load_reads_it(path):
    text = path.read_text(encoding="utf-8")
    yaml_text = text if path.suffix == ".yml" else split(text)[0] if text.startswith("---") else None
    if yaml_text is not None:
        assert safe_load(yaml_text) == yaml.safe_load(yaml_text)


@pytest.mark.parametrize("text", CORNERS)
def test_the_corners_of_yaml_read_as_safe_load_reads_them(text):
    assert safe_load(text) == yaml.safe_load(text)


def test_a_recursive_alias_is_left_to_pyyaml():
    data = safe_load("a: &a [1, *a]\n")
    assert data["a"][0] == 1 and data["a"][1] is data["a"]


@pytest.mark.parametrize("text", ["{[a]: 1}\n", "{{a: b}: 1}\n", "a: !!python/object:os.system x\n", "a: [b\n"])
def test_what_safe_load_refuses_is_refused(text):
    with pytest.raises(yaml.YAMLError):
        yaml.safe_load(text)
    with pytest.raises(yaml.YAMLError):
        safe_load(text)


@settings(max_examples=300, deadline=None)
@given(DOCUMENTS, st.sampled_from([None, True, False]))
def test_any_document_reads_as_safe_load_reads_it(data, flow):
    text = yaml.safe_dump(data, allow_unicode=True, default_flow_style=flow)
    assert safe_load(text) == yaml.safe_load(text)


def test_only_pages_with_a_seloste_key_are_notices(tmp_path):
    notice, other, plain = tmp_path / "n.md", tmp_path / "o.md", tmp_path / "p.md"
    notice.write_text("---\ntitle: x\nseloste:\n  layout: plain\n---\n\nBody\n", encoding="utf-8")
    other.write_text("---\ntitle: x\n---\n\nseloste: not front matter\n", encoding="utf-8")
    plain.write_text("# No front matter\n", encoding="utf-8")
    assert read_notice_source(notice).endswith("Body\n")
    assert read_notice_source(other) is None and read_notice_source(plain) is None


def test_a_notice_read_checked_and_rendered_leaves_no_reference_cycles():
    # A cycle keeps a notice's objects alive until the cyclic collector finds it: with a hundred
    # notices that was every text of every notice, looked through again by each collection.
    site = ROOT / "site_example"
    text = read_notice_source(site / "docs" / "tietosuoja" / "potilasrekisteri.md")
    languages = default_languages()
    by_code = translators(languages, site / "locales")
    renderer = Renderer(languages[0])
    gc.collect()
    gc.disable()
    try:
        page = load(text, [lang.code for lang in languages])
        check(page.notice, page.outline)
        for lang in languages:
            renderer.render(page.notice, page.outline, by_code[lang.code], body=page.body)
        del page
        assert gc.collect() == 0
    finally:
        gc.enable()
