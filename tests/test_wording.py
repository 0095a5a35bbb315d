"""What the presets' pages say, as a lawyer and a translator would read them, in each language."""

import re

import pytest

from conftest import MINIMAL, mkdocs_build, notice_page, write_site
from mkdocs_seloste import presets

OWN_FACTS = {"controller": MINIMAL["controller"], "contact": MINIMAL["contact"]}
# WP260 ¶13: no "may" qualifiers about what is processed or disclosed.
QUALIFIERS = {"": r"voi sisältää|voidaan luovuttaa|säännönmukaisesti luovut|ei luovuteta säännönmukaisesti",
              "sv/": r"kan innehålla|kan lämnas ut|inte regelmässigt",
              "en/": r"may contain|may be disclosed|not regularly disclosed"}


@pytest.fixture(scope="module")
def preset_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("presets")
    pages = {f"{name}.md": notice_page({"preset": name, **OWN_FACTS}) for name in presets.names()}
    pages["mixed.md"] = notice_page({**MINIMAL, "purposes": ["direct_marketing"], "legal_basis": ["consent"],
                                     "recipients": ["hosting"]})
    result = mkdocs_build(write_site(root, pages))
    assert result.returncode == 0, result.output
    return result


def text(build, path):
    # get_text(" ") puts a space around every element, also a link before its full stop.
    return re.sub(r"\s+([.,;:)?])", r"\1", " ".join(build.html(path).select_one("article").get_text(" ").split()))


@pytest.mark.parametrize("prefix", list(QUALIFIERS))
def test_statements_are_definite(preset_site, prefix):
    for name in [*presets.names(), "mixed"]:
        assert not re.search(QUALIFIERS[prefix], text(preset_site, f"{prefix}{name}/")), (prefix, name)


@pytest.mark.parametrize("prefix, expected", [
    ("", ["Peruuttaminen ei vaikuta ennen peruuttamista tapahtuneen käsittelyn lainmukaisuuteen.",
          "vastustaa tietojesi käsittelyä suoramarkkinointia varten, mukaan lukien suoramarkkinointiin liittyvä profilointi",
          "jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa"]),
    ("sv/", ["Återkallelsen påverkar inte lagligheten av den behandling som skett innan samtycket återkallades.",
             "invända mot att dina uppgifter behandlas för direktmarknadsföring, inklusive profilering",
             "i ett strukturerat, allmänt använt och maskinläsbart format"]),
    ("en/", ["Withdrawing it does not affect the lawfulness of processing carried out before you withdrew it.",
             "for direct marketing, including profiling related to direct marketing",
             "in a structured, commonly used and machine-readable format"]),
])
def test_the_rights_say_what_the_gdpr_says(preset_site, prefix, expected):
    page = text(preset_site, f"{prefix}mixed/")
    for sentence in expected:
        assert sentence in page
    assert "opinion research" not in page and "mielipidetutkimu" not in page and "opinionsundersök" not in page


@pytest.mark.parametrize("prefix, expected", [
    ("", ["Tallenteiden jokainen katselukerta kirjataan lokiin.", "Tallennin on lukitussa tilassa.",
          "Valvotuissa tiloissa liikkuvat tallentuvat kameroiden kuvaan.", "poistetaan automaattisesti",
          "laki yksityisyyden suojasta työelämässä (759/2004) 16–17 §"]),
    ("sv/", ["Varje visning av inspelningarna loggas.", "De övervakade utrymmena är utmärkta med skyltar.",
             "lagen om integritetsskydd i arbetslivet (759/2004) 16–17 §"]),
    ("en/", ["Every viewing of the recordings is logged.", "you (your image in the monitored premises)",
             "Act on the Protection of Privacy in Working Life (759/2004), sections 16–17"]),
])
def test_the_camera_notice_speaks_of_recordings(preset_site, prefix, expected):
    page = text(preset_site, f"{prefix}camera_surveillance/")
    for sentence in expected:
        assert sentence in page
    assert not re.search(r"potilas|patient", page, re.I)


@pytest.mark.parametrize("prefix, expected", [
    ("", ["kirjanpitokirjoja 10 vuotta ja tositteita 6 vuotta tilikauden päättymisestä",
          "Pyynnön voi lähettää kohdassa 2 mainituilla yhteystiedoilla.", "yhteydenpito potilaisiin",
          "Henkilötietojen käsittelyn tarkoitukset ja oikeusperusteet", "Käyntiosoite: Lintulahdenkuja 4"]),
    ("sv/", ["bokföringsböckerna i 10 år och verifikationerna i 6 år", "Lagringstid för personuppgifter",
             "Du kan skicka din begäran till kontaktuppgifterna i punkt 2.",
             "uppgifter om vårdnadshavare eller annan laglig företrädare", "Journalhandlingar förvaras"]),
    ("en/", ["the books for 10 years and the vouchers for 6 years", "by signed letter",
             "details of a guardian or other legal representative", "Visiting address:", "+358 29 566 6700",
             "within one month at the latest", "We need the data required for your care to treat you safely."]),
])
def test_the_patient_notice_in_each_language(preset_site, prefix, expected):
    page = text(preset_site, f"{prefix}patient_register/")
    for sentence in expected:
        assert sentence in page, sentence


@pytest.mark.parametrize("prefix, expected", [
    ("", ["Hakemuksia säilytetään kaksi vuotta", "yhdenvertaisuuslaki (1325/2014)",
          "laki yksityisyyden suojasta työelämässä (759/2004) 4 §"]),
    ("sv/", ["Ansökningarna förvaras i två år", "diskrimineringslagen (1325/2014)"]),
    ("en/", ["Applications are kept for two years", "Non-Discrimination Act (1325/2014)",
             "Act on the Protection of Privacy in Working Life (759/2004), section 4"]),
])
def test_the_applicant_notice_cites_its_laws(preset_site, prefix, expected):
    page = text(preset_site, f"{prefix}job_applicants/")
    for sentence in expected:
        assert sentence in page, sentence


@pytest.mark.parametrize("prefix, expected", [
    ("", "IP-osoite tarvitaan, jotta verkkosivusto toimii. Suostumus analytiikkaevästeisiin on vapaaehtoinen."),
    ("sv/", "IP-adressen behövs för att webbplatsen ska fungera. Samtycket till analyskakor är frivilligt."),
    ("en/", "The IP address is needed for the website to work. Consenting to analytics cookies is voluntary."),
])
def test_the_cookie_notice_says_what_is_voluntary(preset_site, prefix, expected):
    assert expected in text(preset_site, f"{prefix}website_cookies/")
