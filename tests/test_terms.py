"""Each vocabulary term is declared once; a list item may name its term and keep the clinic's words."""

import json

import pytest

from conftest import CODES, MINIMAL, mkdocs_build, notice_page, write_site
from mkdocs_seloste import jsonld, vocabulary
from mkdocs_seloste.checks import check
from mkdocs_seloste.i18n import translators
from mkdocs_seloste.languages import default_languages
from mkdocs_seloste.model import NoticeError, Term, applicable_rights, parse
from mkdocs_seloste.outline import build

LANGS = CODES  # fi, sv, en
WORDS = {"term": "health_data", "fi": "hoitokertomukset ja hammaskuvat", "sv": "journaler och tandbilder",
         "en": "treatment records and dental images"}


def findings(front):
    notice = parse(front, LANGS)
    return {f.check: f for f in check(notice, build(notice))}


def test_every_term_declares_what_its_category_needs():
    assert vocabulary.missing() == []


def test_a_term_without_what_its_category_needs_is_named(monkeypatch):
    monkeypatch.setitem(vocabulary.LEGAL_BASES, "new_basis", vocabulary.Entry(vocabulary.N_("legal basis", "new")))
    monkeypatch.setitem(vocabulary.REQUEST_METHODS, "pigeon", vocabulary.Entry(vocabulary.N_("request method", "p")))
    assert vocabulary.missing() == ["legal_basis.new_basis: dpv", "request_methods.pigeon: needs"]


@pytest.mark.parametrize("key", list(vocabulary.LEGAL_BASES))
def test_every_legal_basis_reaches_the_json_ld_and_the_rights(key):
    notice = parse({**MINIMAL, "legal_basis": [key]}, LANGS)
    languages = default_languages()
    doc = jsonld.document(notice, translators(languages, None)["en"], languages[0], title="t")
    assert {"@id": vocabulary.LEGAL_BASES[key].dpv} in doc["dpv:hasLegalBasis"]
    assert set(vocabulary.LEGAL_BASES[key].rights) <= set(applicable_rights(notice))


def test_rights_follow_from_the_bases_declared_with_them():
    assert applicable_rights(parse({**MINIMAL, "legal_basis": ["legal_obligation"]}, LANGS)) == [
        "access", "rectification", "restriction"]
    explicit = applicable_rights(parse({**MINIMAL, "legal_basis": ["explicit_consent"]}, LANGS))
    assert "portability" in explicit and "withdraw_consent" in explicit  # Art. 20(1)(a) with 9(2)(a)
    marketing = applicable_rights(parse({**MINIMAL, "purposes": ["direct_marketing"]}, LANGS))
    assert "objection_direct_marketing" in marketing


def test_an_item_names_its_term_and_keeps_the_clinics_words():
    notice = parse({**MINIMAL, "data": ["name", WORDS]}, LANGS)
    item = notice.data[1]
    assert isinstance(item, Term) and item.key == "health_data" and item.words.by_language["sv"] == WORDS["sv"]
    # The check reads the term: health data needs an Art. 9(2) condition.
    assert "special_category" in findings({**MINIMAL, "data": ["name", WORDS]})
    assert "special_category" not in findings({**MINIMAL, "data": ["name", WORDS],
                                               "legal_basis": ["legal_obligation", "health_care"]})


@pytest.mark.parametrize("value, message", [
    ({"term": "health_dat", "fi": "x"}, "did you mean 'health_data'"),
    ({"term": "health_data", "text": "x", "fi": "y"}, "either as 'text:'"),
    ({"term": "health_data", "colour": "x"}, "seloste.data[0].colour: unknown key"),
    ({"text": "hoitotiedot"}, "without 'term:'"),
    ({"term": "health_data", "laws": ["999/2099"]}, "expected a law's number"),
])
def test_a_mistaken_termed_item_is_named(value, message):
    with pytest.raises(NoticeError) as info:
        parse({**MINIMAL, "data": [value]}, LANGS)
    assert message in str(info.value)


def test_the_page_shows_the_words_and_the_json_ld_the_term(tmp_path):
    front = {**MINIMAL, "data": ["name", WORDS], "legal_basis": ["legal_obligation", "health_care"],
             "purposes": [{"term": "patient_care", "text": "hampaiden hoito"}]}
    config = write_site(tmp_path, {"seloste.md": notice_page(front)})
    po = tmp_path / "locales" / "{}" / "LC_MESSAGES" / "mkdocs_seloste.po"
    for lang, text in (("sv", "tandvård"), ("en", "dental care")):
        path = str(po).format(lang)
        import pathlib
        pathlib.Path(path).parent.mkdir(parents=True)
        pathlib.Path(path).write_text(f'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                                      f'msgid "hampaiden hoito"\nmsgstr "{text}"\n', encoding="utf-8")
    result = mkdocs_build(config)
    assert result.returncode == 0, result.output
    for prefix, lang, purpose in (("", "fi", "hampaiden hoito"), ("sv/", "sv", "tandvård"), ("en/", "en", "dental care")):
        page = result.html(f"{prefix}seloste/")
        items = [li.get_text() for li in page.select("#data + p + ul li")]
        assert WORDS[lang] in items, items
        assert purpose in page.select_one("#purposes + p + ul").get_text()
        doc = json.loads(page.select_one('script[type="application/ld+json"]').string)
        assert {p["@type"] for p in doc["dpv:hasPurpose"]} == {"dpv:ServiceProvision"}
        assert WORDS[lang] in [d["dct:description"] for d in doc["dpv:hasPersonalData"]]


def test_a_purpose_names_the_bases_that_cover_it(tmp_path):
    front = {**MINIMAL, "purposes": [{"term": "customer_relationship", "basis": ["contract"]},
                                     {"term": "direct_marketing", "basis": ["consent"]}]}
    del front["legal_basis"]
    notice = parse(front, LANGS)
    assert [t.key for t in notice.legal_basis] == ["contract", "consent"]
    with pytest.raises(NoticeError) as info:
        parse({**front, "legal_basis": ["contract"]}, LANGS)
    assert "seloste.purposes[1].basis: 'consent' covers this purpose but is not under 'seloste.legal_basis'" in str(info.value)
    front["rights"] = {"method": ["email"]}
    result = mkdocs_build(write_site(tmp_path, {"seloste.md": notice_page(front)}))
    assert result.returncode == 0, result.output
    for prefix, expected in (("", "suoramarkkinointi – oikeusperuste: rekisteröidyn suostumus"),
                             ("sv/", "direktmarknadsföring – rättslig grund: den registrerades samtycke"),
                             ("en/", "direct marketing – legal basis: the data subject's consent")):
        assert expected in result.html(f"{prefix}seloste/").select_one("#purposes + p + ul").get_text()
