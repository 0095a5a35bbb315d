"""Renderer: Markdown for one notice in one language, with every value escaped."""

import datetime
import textwrap

import pytest

from mkdocs_seloste.i18n import translators
from mkdocs_seloste.model import parse
from mkdocs_seloste.outline import build
from mkdocs_seloste import render as render_module
from mkdocs_seloste.render import Alternate, Renderer
from mkdocs_seloste.text import escape_markdown

from conftest import CODES, LANGUAGES

pytestmark = pytest.mark.unit  # the core alone: no site is built



def render(front_matter, code="fi", site_dir=None, **kwargs):
    notice = parse(front_matter, CODES)
    return Renderer(LANGUAGES[0]).render(notice, build(notice), translators(LANGUAGES, site_dir)[code], **kwargs)


def test_markup_in_front_matter_shows_as_text():
    rendered = render({"controller": {"name": "<script>alert(1)</script> *Oy* [x](javascript:alert(1))"}})
    assert "<script>" not in rendered.markdown
    assert "&lt;script&gt;alert(1)&lt;/script&gt; \\*Oy\\* \\[x\\](javascript:alert(1))" in rendered.markdown


def test_markup_in_a_translation_shows_as_text(tmp_path):
    path = tmp_path / "fi" / "LC_MESSAGES" / "mkdocs_seloste.po"
    path.parent.mkdir(parents=True)
    path.write_text(textwrap.dedent('''\
        msgid ""
        msgstr ""
        "Content-Type: text/plain; charset=utf-8\\n"

        msgctxt "section title"
        msgid "Controller"
        msgstr "<img src=x onerror=alert(1)> Rekisterinpitäjä"
        '''), encoding="utf-8")
    rendered = render({"controller": {"name": "Oy"}}, site_dir=tmp_path)
    assert "<img" not in rendered.markdown
    assert "## 1. &lt;img src=x onerror=alert(1)&gt; Rekisterinpitäjä {#controller}" in rendered.markdown


def test_escape_markdown_keeps_line_starts_from_becoming_lists():
    assert escape_markdown("1. kohta") == "1\\. kohta"
    assert escape_markdown("- a\nb") == "\\- a b"


def test_reference_markers_become_linked_numbers_in_the_language_list_format():
    front = {"controller": {"name": "Oy"}, "contact": {"name": "Henkilö"},
             "text": {"rights": {"fi": "Ks. kohdat {ref:controller,contact}.", "sv": "Se punkterna {ref:controller,contact}.",
                                 "en": "See sections {ref:controller,contact}."}}}
    assert "Ks. kohdat [1](#controller) ja [2](#contact)." in render(front, "fi").markdown
    assert "Se punkterna [1](#controller) och [2](#contact)." in render(front, "sv").markdown
    assert "See sections [1](#controller) and [2](#contact)." in render(front, "en").markdown


def test_unnumbered_layout_refers_by_title():
    front = {"layout": "plain", "contact": {"name": "Henkilö"}, "rights": {"requests_to": "contact"}}
    markdown = render(front, "en").markdown
    assert "## Contact person for matters concerning the register {#contact}" in markdown
    assert ("You can send your request using the contact details under "
            "[“Contact person for matters concerning the register”](#contact).") in markdown


def test_request_sentence_uses_plural_for_two_sections():
    front = {"controller": {"name": "Oy"}, "contact": {"name": "H"}, "rights": {"requests_to": ["controller", "contact"]}}
    assert ("You can send your request using the contact details in sections [1](#controller) and [2](#contact)."
            in render(front, "en").markdown)
    assert ("Pyynnön voi lähettää kohdissa [1](#controller) ja [2](#contact) mainituilla yhteystiedoilla."
            in render(front, "fi").markdown)
    assert ("Du kan skicka din begäran till kontaktuppgifterna i punkterna [1](#controller) och [2](#contact)."
            in render(front, "sv").markdown)
    front["rights"]["requests_to"] = ["contact"]
    assert "You can send your request using the contact details in section [2](#contact)." in render(front, "en").markdown
    assert "Pyynnön voi lähettää kohdassa [2](#contact) mainituilla yhteystiedoilla." in render(front, "fi").markdown
    assert "Du kan skicka din begäran till kontaktuppgifterna i punkt [2](#contact)." in render(front, "sv").markdown


def test_free_text_without_translation_falls_back_marked_with_its_language():
    rendered = render({"data": ["valokuva hampaista"]}, "sv")
    assert '- <span lang="fi-FI">valokuva hampaista</span>' in rendered.markdown
    assert [t.path for t in rendered.missing] == ["seloste.data[0]"]
    assert render({"data": ["valokuva hampaista"]}, "fi").missing == []


def test_names_and_addresses_are_not_translated():
    rendered = render({"controller": {"name": "Hammas Oy", "address": "Katu 1, Kuopio"}}, "en")
    assert rendered.missing == []
    assert "Name: Hammas Oy" in rendered.markdown


def test_contact_details_become_links():
    markdown = render({"controller": {"phone": "010 219 8700", "email": "info@esmile.fi"}}, "en").markdown
    assert "Phone: [010 219 8700](tel:+358102198700)" in markdown
    assert "E-mail: [info@esmile.fi](mailto:info@esmile.fi)" in markdown


def test_language_switch_names_each_language_in_itself():
    alternates = [Alternate(LANGUAGES[0], "../../"), Alternate(LANGUAGES[1], None), Alternate(LANGUAGES[2], "../en/")]
    markdown = render({"controller": {"name": "Oy"}}, "sv", alternates=alternates).markdown
    assert '<a href="../../" hreflang="fi-FI" lang="fi-FI">suomi</a>' in markdown
    assert '<span lang="sv-FI" aria-current="page">svenska</span>' in markdown


@pytest.mark.parametrize("code", CODES)
def test_the_complaint_section_has_the_finnish_authority(code):
    markdown = render({"controller": {"name": "Oy"}}, code).markdown
    # The English page gives the international number; both call the same switchboard.
    assert ("[+358 29 566 6700](tel:+358295666700)" if code == "en" else "[029 566 6700](tel:+358295666700)") in markdown
    assert ("Visiting address: " if code == "en" else "Käyntiosoite: " if code == "fi" else "Besöksadress: ") in markdown
    assert "[tietosuoja@om.fi](mailto:tietosuoja@om.fi)" in markdown
    assert "00531" in markdown


def test_a_copy_of_the_safeguards_is_offered_only_where_there_is_one():
    front = {"contact": {"name": "H"}, "transfers": {"data": ["name"], "safeguards": ["standard_contractual_clauses"]}}
    assert "You can ask for a copy of the safeguards" in render(front, "en").markdown
    front["transfers"]["safeguards"] = ["adequacy_decision"]
    assert "You can ask for a copy of the safeguards" not in render(front, "en").markdown


def test_web_addresses_in_free_text_become_links_and_nothing_else_does():
    front = {"controller": {"name": "Oy"},
             "text": {"controller": "Katso https://kanta.fi/omakanta. [x](javascript:alert(1)) <a href=x>y</a>"}}
    markdown = render(front, "fi").markdown
    assert "Katso [https://kanta.fi/omakanta](https://kanta.fi/omakanta). " in markdown
    assert "\\[x\\](javascript:alert(1)) &lt;a href=x&gt;y&lt;/a&gt;" in markdown


def test_email_addresses_can_be_obfuscated():
    notice = parse({"controller": {"email": "info@esmile.fi"}}, CODES)
    markdown = Renderer(LANGUAGES[0], obfuscate_email=True).render(
        notice, build(notice), translators(LANGUAGES, None)["fi"]).markdown
    assert "info(at)esmile.fi" in markdown and "mailto:info@esmile.fi" not in markdown
    assert "mailto:tietosuoja@om.fi" not in markdown  # the authority's address too


@pytest.mark.parametrize("meta", [
    {"title": "Dataskyddsbeskrivning: Kund- och marknadsföringsregister"},
    {"title": 'Rekisteri "A" \\ #1: - [x] {y} & *z* ~ yes'},
    {"title": "1.0"}, {"title": "no"}, {"title": ""}, {"title": "ÄÖ 😀 \ufeff"},
    {"title": "line\u2028separator \x85 next line \x7f"},
    {"hide": ["navigation"], "title": "Seloste"}, {"date": datetime.date(2026, 11, 1), "title": "Seloste"},
])
def test_generated_front_matter_reads_back_as_written(meta):
    from mkdocs.utils.meta import get_data

    markdown, read = get_data(render_module.page(meta, "# Seloste\n"))
    assert read == meta and markdown == "# Seloste\n"
