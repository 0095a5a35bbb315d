"""Presets: a clinic adds only its own facts and gets a complete notice."""

import pytest

from conftest import mkdocs_build, notice_page, write_site
from mkdocs_seloste import presets
from mkdocs_seloste.checks import check
from mkdocs_seloste.model import NoticeError, Term, parse
from mkdocs_seloste.outline import build

OWN_FACTS = {
    "controller": {"name": "Hammasklinikka Testi Oy", "business_id": "2140524-2", "address": "Katu 1, 00100 Helsinki",
                   "phone": "09 123 4567", "email": "info@testi.fi"},
    "contact": {"name": "Maija Meikäläinen", "email": "maija@testi.fi"},
}


def test_there_are_the_five_presets_issue_8_asks_for():
    assert presets.names() == ["camera_surveillance", "customer_register", "job_applicants", "patient_register",
                               "website_cookies"]


@pytest.mark.parametrize("name", presets.names())
def test_each_preset_is_complete_with_only_the_clinics_own_facts(name):
    notice = parse({"preset": name, **OWN_FACTS}, ["fi", "sv", "en"])
    assert [str(f) for f in check(notice, build(notice))] == []


def test_presets_build_strict_in_every_language(tmp_path):
    pages = {f"{name}.md": notice_page({"preset": name, **OWN_FACTS}) for name in presets.names()}
    result = mkdocs_build(write_site(tmp_path, pages))
    assert result.returncode == 0, result.output
    for name in presets.names():
        for prefix in ("", "sv/", "en/"):
            assert result.html(f"{prefix}{name}/").select_one("h2#rights")


def test_the_notice_overrides_the_preset_and_adds_to_its_texts():
    notice = parse({"preset": "patient_register", **OWN_FACTS, "retention": ["as_long_as_needed"],
                    "text": {"data": "Lisätieto."}}, ["fi", "sv", "en"])
    assert [t.key for t in notice.retention] == ["as_long_as_needed"]
    assert [t.key for t in notice.legal_basis] == ["legal_obligation", "health_care"]
    assert set(notice.text) == {"rights", "data"}  # the preset's rights text is kept beside the notice's own


def test_preset_texts_follow_the_sites_languages():
    notice = parse({"preset": "camera_surveillance", **OWN_FACTS}, ["fi", "en"])
    assert all(set(text.by_language) <= {"fi", "en"} for text in notice.texts())
    assert isinstance(notice.recipients[0], Term)


def test_an_unknown_preset_is_named_with_the_nearest():
    with pytest.raises(NoticeError) as info:
        parse({"preset": "patient_registry"}, ["fi"])
    assert "did you mean 'patient_register'" in str(info.value)


def test_a_notices_text_adds_to_the_presets_paragraphs(tmp_path):
    own = {"fi": "Potilasasiakirjoja voi pyytää myös vastaanotolla.", "sv": "Journalhandlingar kan också begäras på mottagningen.",
           "en": "You can also ask for your records at reception."}
    front = {"preset": "patient_register", **OWN_FACTS, "text": {"rights": [own]}}
    notice = parse(front, ["fi", "sv", "en"])
    assert [t.by_language["en"] for t in notice.text["rights"]] == [
        "You can view your own patient data and refuse its disclosure in the MyKanta service at https://www.kanta.fi.",
        own["en"]]
    result = mkdocs_build(write_site(tmp_path, {"potilas.md": notice_page(front)}))
    assert result.returncode == 0, result.output
    for prefix, kanta in (("", "OmaKanta"), ("sv/", "MittKanta"), ("en/", "MyKanta")):
        text = result.html(f"{prefix}potilas/").select_one("article").get_text()
        assert kanta in text and own[prefix.rstrip("/") or "fi"] in text


def test_seloste_check_lists_what_only_the_preset_says(tmp_path):
    import subprocess
    import sys

    config = write_site(tmp_path, {"potilas.md": notice_page({"preset": "patient_register", **OWN_FACTS,
                                                              "retention": ["patient_records"]})})
    result = subprocess.run([sys.executable, "-m", "mkdocs_seloste.cli", "check", "-f", str(config)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    line = next(line for line in result.stdout.splitlines() if "from the preset" in line)
    assert "potilas.md: from the preset 'patient_register', confirm that these hold for you:" in line
    assert "recipients (kanta, other_healthcare_providers, authorities, patient_system_vendor)" in line
    assert "text.rights" in line and "legal_basis (legal_obligation, health_care)" in line
    assert "retention" not in line  # the clinic wrote its own


def test_camera_presets_security_speaks_of_recordings_not_patient_records():
    notice = parse({"preset": "camera_surveillance", **OWN_FACTS}, ["fi", "sv", "en"])
    assert [t.key for t in notice.security] == ["recordings_named_staff", "recording_viewing_logged", "recorder_locked",
                                                "confidentiality"]
    assert [c.number for t in notice.legal_basis for c in t.citations()] == ["759/2004"]
    # The README's contact has only an e-mail: e-mail is among the ways to make a request.
    for name in ("patient_register", "camera_surveillance"):
        assert "email" in [t.key for t in parse({"preset": name, **OWN_FACTS}, ["fi"]).rights.methods]
