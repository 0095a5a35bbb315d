"""GDPR completeness (Art. 13, 14) and common Finnish mistakes."""

import re

import pytest

from conftest import CODES, MINIMAL, mkdocs_build, notice_page, write_site
from mkdocs_seloste.checks import check
from mkdocs_seloste.model import parse
from mkdocs_seloste.outline import build
from mkdocs_seloste.source import load

COMPLETE = {
    **MINIMAL,
    "legal_basis": ["contract", "legitimate_interests"],
    "legitimate_interests": {"fi": "Asiakassuhteen hoitaminen", "sv": "Skötsel av kundrelationen",
                             "en": "Managing the customer relationship"},
}


def findings(front):
    notice = parse(front, CODES)
    return {f.check: f for f in check(notice, build(notice))}


def test_a_complete_notice_has_no_findings():
    assert findings(COMPLETE) == {}


@pytest.mark.parametrize("key, check_id, article", [
    ("legal_basis", "legal_basis", "Art. 13(1)(c)"),
    ("recipients", "recipients", "Art. 13(1)(e)"),
    ("transfers", "transfers", "Art. 13(1)(f)"),
    ("retention", "retention", "Art. 13(2)(a)"),
    ("rights", "rights", "Art. 13(2)(b)"),
    ("provision", "provision", "Art. 13(2)(e)"),
    ("automated_decisions", "automated_decisions", "Art. 13(2)(f)"),
    ("sources", "sources", "Art. 14(2)(f)"),
    ("data", "data", "Art. 14(1)(d)"),
    ("purposes", "purposes", "Art. 13(1)(c)"),
])
def test_each_missing_item_is_named_with_its_article(key, check_id, article):
    found = findings({k: v for k, v in COMPLETE.items() if k != key})
    assert check_id in found and found[check_id].article == article
    assert found[check_id].path.startswith(f"seloste.{key}")


def test_conditional_items():
    # Legitimate interests as the basis: say what they are.
    assert "legitimate_interests" in findings({k: v for k, v in COMPLETE.items() if k != "legitimate_interests"})
    # Consent as a basis: the right to withdraw it must be listed.
    front = {**COMPLETE, "legal_basis": ["consent"], "rights": {"include": ["access", "rectification", "erasure",
                                                                            "restriction", "portability"]}}
    assert "withdraw_consent" in findings(front)["rights"].message
    # Transfers outside the EU/EEA need a safeguard.
    assert "safeguards" in findings({**COMPLETE, "transfers": {"data": ["name"]}})
    # A DPO that is named needs contact details; the complaint right may not be switched off.
    assert "dpo_contact" in findings({**COMPLETE, "dpo": {"name": "Tietosuojavastaava"}})
    assert "complaint" in findings({**COMPLETE, "complaint": False})


def test_common_finnish_mistakes():
    found = findings({**COMPLETE, "intro": "Tämä seloste perustuu henkilötietolain (523/1999) 10 §:ään."})
    assert "repealed_act" in found and "1050/2018" in found["repealed_act"].message
    found = findings({**COMPLETE, "data": ["health_data"], "legal_basis": ["consent"]})
    assert "patient_consent" in found and "[legal_obligation, health_care]" in found["patient_consent"].message
    found = findings({**COMPLETE, "contact": {"name": "Maija", "role": "tietosuojavastaava"}})
    assert found["dpo_as_contact"].path == "seloste.contact.role"


def test_patient_register_without_erasure_is_complete():
    # Patient records are kept by law (Art. 17(3)(b)): erasure and portability do not apply.
    front = {**COMPLETE, "legal_basis": ["legal_obligation", "health_care"], "legitimate_interests": None,
             "rights": {"include": ["access", "rectification", "restriction"]}}
    del front["legitimate_interests"]
    assert findings(front) == {}


def test_warnings_fail_strict_and_levels_are_configurable(tmp_path):
    incomplete = notice_page({k: v for k, v in COMPLETE.items() if k != "retention"})
    config = write_site(tmp_path / "warn", {"seloste.md": incomplete})
    build_result = mkdocs_build(config)
    assert build_result.returncode == 1
    assert "seloste.md: seloste.retention: say how long the data is kept" in build_result.output
    assert mkdocs_build(config, strict=False).returncode == 0

    config = write_site(tmp_path / "error", {"seloste.md": incomplete}, plugin={"completeness": "error"})
    build_result = mkdocs_build(config, strict=False)
    assert build_result.returncode == 1 and "the privacy notice has 1 problem" in build_result.output

    config = write_site(tmp_path / "off", {"seloste.md": incomplete}, plugin={"completeness": "off"})
    assert mkdocs_build(config).returncode == 0

    # A notice can set its own level, whatever the site says.
    page = notice_page({**{k: v for k, v in COMPLETE.items() if k != "retention"}, "completeness": "off"})
    config = write_site(tmp_path / "notice", {"seloste.md": page}, plugin={"completeness": "error"})
    assert mkdocs_build(config).returncode == 0


def test_a_bare_off_is_off(tmp_path):
    # YAML reads `completeness: off` written without quotes as false; a clinic means "off".
    incomplete = notice_page({k: v for k, v in COMPLETE.items() if k != "retention"})
    config = write_site(tmp_path / "site", {"seloste.md": incomplete})
    config.write_text(config.read_text(encoding="utf-8").replace("- seloste: {}", "- seloste:\n    completeness: off"),
                      encoding="utf-8")
    assert "completeness: off" in config.read_text(encoding="utf-8")
    result = mkdocs_build(config)
    assert result.returncode == 0, result.output

    page = incomplete.replace("seloste:\n", "seloste:\n  completeness: off\n", 1)
    config = write_site(tmp_path / "notice", {"seloste.md": page}, plugin={"completeness": "error"})
    result = mkdocs_build(config)
    assert result.returncode == 0, result.output


def test_seed_pages_show_the_warnings_they_deserve():
    from conftest import ROOT
    seeds = ROOT / "tests" / "seeds"
    by_seed, checks_of = {}, {}
    for seed in ("000", "001", "002", "003", "004"):
        notice = load((seeds / "docs" / f"{seed}.md").read_text(encoding="utf-8"), CODES).notice
        by_seed[seed] = {f.path for f in check(notice, build(notice))}
        checks_of[seed] = {f.check for f in check(notice, build(notice))}
    # Every seed follows the repealed act or lacks what the GDPR requires.
    for seed in ("000", "001", "002"):
        assert "seloste" in by_seed[seed], f"{seed} cites 523/1999"
    for seed in ("000", "002", "003", "004"):
        assert {"seloste.legal_basis", "seloste.complaint", "seloste.provision"} <= by_seed[seed]
    assert "legal_basis" not in checks_of["001"]  # 001 names consent as its basis,
    assert "special_category" in checks_of["001"]  # but photographs of teeth need an Art. 9(2) condition
    # Seed 003 cannot be published: it names no controller and takes browser settings for consent.
    # The build says so as errors, after warning about the seeds before it.
    result = mkdocs_build(seeds / "mkdocs.yml", strict=False)
    assert result.returncode == 1
    assert re.search(r"WARNING -  mkdocs_seloste: 000\.md: seloste\.legal_basis: ", result.output)
    errors = result.output.split("ERROR   -  003.md: the privacy notice has", 1)[1]
    assert "  - seloste.controller.name: name the controller" in errors
    assert "  - seloste.cookies.consent: 'browser' is not consent" in errors
    assert "917/2014, section 205" in errors and "Planet49" in errors


def test_requests_must_go_somewhere_with_contact_details():
    front = {**COMPLETE, "contact": {"name": "Eero Kitinoja", "role": "vastaava lääkäri"}}
    assert "requests go to contact, which gives no address" in findings(front)["requests"].message
    front["rights"] = {"requests_to": ["controller", "contact"]}
    assert "requests" not in findings(front)
