"""National laws as data: cited by number from one table, named in each language, repealed ones warned about."""

import pytest

from conftest import CODES, MINIMAL, mkdocs_build, notice_page, write_site
from mkdocs_seloste.checks import check
from mkdocs_seloste.laws import LAWS, parse_citation
from mkdocs_seloste.model import parse
from mkdocs_seloste.outline import build

LANGS = CODES  # fi, sv, en
OWN_FACTS = {"controller": MINIMAL["controller"], "contact": MINIMAL["contact"]}


def test_citations_are_read_by_number_and_provision():
    assert parse_citation("1050/2018 6 §").section == "6"
    assert parse_citation("1336/1997 2:10").chapter == "2"
    assert parse_citation("759/2004 16-17 §").section == "16–17"
    assert parse_citation("785/1992").section is None
    assert parse_citation("1/2099") is None and parse_citation("tietosuojalaki") is None


def test_every_law_has_a_name_and_a_repealed_law_its_successor():
    for law in LAWS.values():
        assert law.name.msgid
        assert law.in_force or law.replaced_by in LAWS and LAWS[law.replaced_by].in_force


def test_the_patient_register_cites_its_laws_in_each_language(tmp_path):
    result = mkdocs_build(write_site(tmp_path, {"potilas.md": notice_page({"preset": "patient_register", **OWN_FACTS})}))
    assert result.returncode == 0, result.output
    expected = {
        "": ["Sovellettava lainsäädäntö: laki potilaan asemasta ja oikeuksista (785/1992), laki sosiaali- ja "
             "terveydenhuollon asiakastietojen käsittelystä (703/2023) ja tietosuojalaki (1050/2018) 6 §.",
             "Sovellettava lainsäädäntö: laki sosiaali- ja terveydenhuollon asiakastietojen käsittelystä (703/2023) "
             "ja kirjanpitolaki (1336/1997) 2 luvun 10 §."],
        "sv/": ["Tillämplig lagstiftning: lagen om patientens ställning och rättigheter (785/1992), lagen om "
                "behandling av klientuppgifter inom social- och hälsovården (703/2023) och dataskyddslagen (1050/2018) 6 §.",
                "bokföringslagen (1336/1997) 2 kap. 10 §."],
        "en/": ["Applicable law: Act on the Status and Rights of Patients (785/1992), Act on the Processing of Client "
                "Data in Healthcare and Social Welfare (703/2023) and Data Protection Act (1050/2018), section 6.",
                "Accounting Act (1336/1997), chapter 2, section 10."],
    }
    for prefix, sentences in expected.items():
        text = " ".join(result.html(f"{prefix}potilas/").select_one("article").get_text(" ").split())
        for sentence in sentences:
            assert sentence in text, (prefix, sentence)


def test_an_unknown_law_is_an_error_naming_the_known_ones():
    from mkdocs_seloste.model import NoticeError
    with pytest.raises(NoticeError) as info:
        parse({**MINIMAL, "legal_basis": [{"term": "legal_obligation", "laws": ["785/1993"]}]}, LANGS)
    assert "seloste.legal_basis[0].laws[0]: found '785/1993', expected a law's number" in str(info.value)
    assert "785/1992" in str(info.value)


@pytest.mark.parametrize("front, path", [
    ({"legal_basis": [{"term": "legal_obligation", "laws": ["784/2021"]}]}, "seloste.legal_basis[0].laws"),
    ({"intro": "Säilytysajat: STM:n asetus potilasasiakirjoista 298/2009."}, "seloste"),
    ({"intro": {"fi": "Rekisteri perustuu henkilötietolakiin.", "sv": "Registret följer personuppgiftslagen.",
                "en": "Based on the Personal Data Act."}}, "seloste"),
])
def test_a_repealed_law_is_warned_about_naming_the_law_in_force(front, path):
    notice = parse({**MINIMAL, **front}, LANGS)
    found = [f for f in check(notice, build(notice)) if f.check in ("repealed_law", "repealed_act")]
    assert found and found[0].path == path
    assert "703/2023" in found[0].message or "1050/2018" in found[0].message
