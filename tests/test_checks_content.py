"""The checks that read what a notice says: Art. 9, cookie consent, retention, recipients, rights, channels."""

import subprocess
import sys

import pytest

from conftest import CODES, MINIMAL, mkdocs_build, notice_page, write_site
from mkdocs_seloste.checks import check
from mkdocs_seloste.model import parse
from mkdocs_seloste.outline import build

LANGS = CODES  # fi, sv, en
PATIENT = {**MINIMAL, "purposes": ["patient_care"], "legal_basis": ["legal_obligation", "health_care"],
           "rights": {"include": ["access", "rectification", "restriction"], "method": ["email"]}}


def findings(front):
    notice = parse(front, LANGS)
    return {f.check: f for f in check(notice, build(notice))}


def seloste_check(tmp_path, front):
    config = write_site(tmp_path, {"seloste.md": notice_page(front)})
    result = subprocess.run([sys.executable, "-m", "mkdocs_seloste.cli", "check", "-f", str(config)],
                            capture_output=True, text=True)
    return result.returncode, result.stdout + result.stderr, config


# -- Art. 9 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("data", ["health_data", "teeth_photos"])
def test_special_categories_need_an_art_9_condition(data):
    found = findings({**MINIMAL, "data": ["name", data]})["special_category"]
    assert "Art. 9" in found.article and "health_care" in found.message and "explicit_consent" in found.message
    assert "special_category" not in findings({**MINIMAL, "data": [data], "legal_basis": ["contract", "explicit_consent"]})


def test_plain_consent_is_not_explicit_consent():
    found = findings({**MINIMAL, "data": ["teeth_photos"], "legal_basis": ["consent"]})
    assert "is not the explicit consent Art. 9(2)(a) asks for" in found["special_category"].message


@pytest.mark.parametrize("text", [
    "hoitokertomukset ja hammaskuvat", "potilastiedot", "röntgenkuvat", "diagnoosit",
    "journaler och röntgenbilder", "uppgifter om hälsa", "patient records", "X-rays of the teeth",
    "details of treatment", {"fi": "terveystiedot", "sv": "hälsouppgifter", "en": "health details"},
])
def test_free_text_that_reads_as_health_data_counts(text):
    found = findings({**MINIMAL, "data": ["name", text]})["special_category"]
    assert "seloste.data[1]" in found.message and "reads as health data" in found.message


@pytest.mark.parametrize("text", ["asiakkaan toiveet", "kundens önskemål", "the customer's wishes",
                                  "huoltajan nimi", "vårdnadshavarens namn"])
def test_other_free_text_does_not(text):
    assert "special_category" not in findings({**MINIMAL, "data": ["name", text]})


def test_untermed_lists_are_named_once_per_notice():
    front = {**MINIMAL, "purposes": ["hampaiden hoito", "laskutus"], "data": ["nimi", "puhelinnumero"]}
    found = [f for f in check(parse(front, LANGS), build(parse(front, LANGS))) if f.check == "untermed"]
    assert len(found) == 1
    for path in ("seloste.purposes[0]", "seloste.purposes[1]", "seloste.data[0]", "seloste.data[1]"):
        assert path in found[0].message
    assert "{term: patient_care" in found[0].message
    assert "untermed" not in findings({**MINIMAL, "data": ["name", "puhelinnumero"]})


def test_a_free_text_patient_notice_fails_check_and_strict_build(tmp_path):
    front = {**MINIMAL, "purposes": ["hampaiden hoito"], "data": ["nimi", "hoitokertomukset ja hammaskuvat"],
             "legal_basis": ["contract", "legal_obligation"]}
    status, output, config = seloste_check(tmp_path, front)
    assert status == 1 and "GDPR Art. 9(1), 9(2)" in output and "seloste.data[1]" in output
    result = mkdocs_build(config)
    assert result.returncode == 1 and "special categories of data" in result.output


# -- cookies --------------------------------------------------------------------------------------


def test_browser_settings_are_no_consent_to_analytics(tmp_path):
    cookies = {"types": ["necessary", "analytics"], "vendors": ["Matomo"], "consent": "browser"}
    front = {**MINIMAL, "recipients": ["hosting"], "cookies": cookies}
    found = findings(front)["cookie_consent"]
    assert found.error and "917/2014, section 205" in found.law and "Planet49" in found.law
    assert "consent: banner" in found.message
    # An error even at `warn`: the build stops without --strict.
    result = mkdocs_build(write_site(tmp_path / "a", {"seloste.md": notice_page(front)}), strict=False)
    assert result.returncode == 1 and "seloste.cookies.consent" in result.output
    assert "cookie_consent" not in findings({**front, "cookies": {"types": ["necessary"], "consent": "browser"}})
    assert "cookie_consent" not in findings({**front, "cookies": {**cookies, "consent": "banner"}})


def test_analytics_cookies_say_how_consent_is_asked():
    front = {**MINIMAL, "cookies": {"types": ["analytics"], "vendors": "none"}}
    found = findings(front)["cookie_consent"]
    assert not found.error and "917/2014, section 205" in found.law and "consent: banner" in found.message
    assert "cookie_consent" not in findings({**MINIMAL, "cookies": {"types": ["necessary"]}})


def test_analytics_cookies_name_their_vendors():
    front = {**MINIMAL, "cookies": {"types": ["analytics"], "consent": "banner"}}
    assert findings(front)["cookie_vendors"].path == "seloste.cookies.vendors"
    assert "cookie_vendors" not in findings({**front, "cookies": {**front["cookies"], "vendors": "none"}})


# -- retention and recipients ---------------------------------------------------------------------


@pytest.mark.parametrize("retention", [
    ["as_long_as_needed"], ["Tietoja säilytetään niin kauan kuin on tarpeen."], ["Säilytämme tietoja tarpeen mukaan."],
    ["Tietoja säilytetään vain niin kauan kuin tietoja tarvitaan."], ["We keep your data as long as we need it."],
    ["Uppgifterna förvaras så länge de behövs."], ["Data is kept as long as needed."],
])
def test_as_long_as_needed_alone_is_not_a_period(retention):
    found = findings({**MINIMAL, "retention": retention})["retention_period"]
    assert "WP260" in found.law and found.article == "Art. 13(2)(a)"


@pytest.mark.parametrize("retention", [["as_long_as_needed", "accounting"], ["Tietoja säilytetään kaksi vuotta."],
                                       ["Tietoja säilytetään niin kauan kuin asiakassuhde on voimassa."],
                                       ["Uppgifterna förvaras så länge kundrelationen pågår."],
                                       ["Data is kept as long as you remain a customer."],
                                       ["Kept as long as the contract lasts and 6 years after it."]])
def test_a_period_or_criteria_pass(retention):
    assert "retention_period" not in findings({**MINIMAL, "retention": retention})


def test_recipients_none_contradicts_transfers_and_vendors():
    front = {**MINIMAL, "transfers": {"recipients": ["Mailer Inc."], "countries": ["Yhdysvallat"],
                                      "safeguards": ["standard_contractual_clauses"]}}
    assert "transfers" in findings(front)["recipients_contradiction"].message
    front = {**MINIMAL, "cookies": {"types": ["analytics"], "vendors": ["Google Analytics"], "consent": "banner"}}
    assert "cookies.vendors" in findings(front)["recipients_contradiction"].message
    assert "recipients_contradiction" not in findings({**front, "recipients": ["hosting"]})


# -- rights ---------------------------------------------------------------------------------------


def test_rights_that_do_not_apply_are_named():
    front = {**PATIENT, "rights": {"include": ["access", "rectification", "restriction", "portability"],
                                   "method": ["email"]}}
    found = findings(front)["right_not_applicable"]
    assert "'portability' does not apply" in found.message and found.article == "Art. 20"
    assert found.path == "seloste.rights.include[3]"
    assert "right_not_applicable" not in findings(PATIENT)


def test_explicit_consent_gives_portability_and_withdrawal():
    front = {**MINIMAL, "legal_basis": ["legal_obligation", "explicit_consent"], "data": ["health_data"],
             "rights": {"include": ["access", "rectification", "erasure", "restriction"], "method": ["email"]}}
    message = findings(front)["rights"].message
    assert "portability" in message and "withdraw_consent" in message


def test_mixed_bases_keep_erasure_with_limited_wording(tmp_path):
    front = {**MINIMAL, "purposes": ["billing", "direct_marketing"], "legal_basis": ["legal_obligation", "consent"]}
    assert findings(front) == {}
    result = mkdocs_build(write_site(tmp_path, {"seloste.md": notice_page(front)}))
    assert result.returncode == 0, result.output
    for prefix, wording in (
            ("", "Sinulla on oikeus saada tietosi poistetuiksi siltä osin kuin käsittely perustuu suostumukseesi"),
            ("sv/", "Du har rätt att få dina uppgifter raderade till den del behandlingen grundar sig på ditt samtycke"),
            ("en/", "You have the right to have your data erased where we process it on the basis of your consent")):
        assert wording in result.html(f"{prefix}seloste/").select_one("article").get_text()


# -- request channels and the controller ----------------------------------------------------------


@pytest.mark.parametrize("methods, contact, ok", [
    (["signed_letter"], {"name": "M", "email": "m@example.fi"}, False),
    (["post"], {"name": "M", "phone": "040 123 4567"}, False),
    (["phone"], {"name": "M", "email": "m@example.fi"}, False),
    (["signed_letter", "email"], {"name": "M", "email": "m@example.fi"}, True),
    (["signed_letter"], {"name": "M", "address": "Katu 1, 00100 Helsinki"}, True),
    (["in_person"], {"name": "M", "email": "m@example.fi"}, True),  # the controller's address is the premises
])
def test_request_methods_need_their_channel(methods, contact, ok):
    found = findings({**MINIMAL, "contact": contact, "rights": {"method": methods}})
    assert ("request_channel" not in found) == ok
    if not ok:
        assert found["request_channel"].article == "Art. 12(2)" and f"'{methods[0]}' needs" in found["request_channel"].message


def test_a_notice_without_a_controllers_name_cannot_be_published(tmp_path):
    front = {**MINIMAL, "controller": {"email": "info@example.fi"}}
    assert findings(front)["controller"].error
    status, output, config = seloste_check(tmp_path, front)
    assert status == 1 and "seloste.controller.name" in output
    result = mkdocs_build(config, strict=False)
    assert result.returncode == 1 and "ERROR" in result.output and "seloste.controller.name" in result.output
