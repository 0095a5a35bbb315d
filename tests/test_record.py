"""seloste record: the record of processing activities (Art. 30), never published."""

import csv
import io
import subprocess
import sys

from conftest import SITE_EXAMPLE


def record(*args):
    result = subprocess.run([sys.executable, "-m", "mkdocs_seloste.cli", "record", "-f", str(SITE_EXAMPLE / "mkdocs.yml"),
                             *args], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_record_names_every_register_and_controller():
    text = record()
    assert text.startswith("# Seloste käsittelytoimista (tietosuoja-asetuksen 30 artikla)")
    assert "## Potilasrekisteri" in text and "## Asiakas- ja markkinointirekisteri" in text
    assert text.count("Esteettisen Hammashoidon klinikka Oy, 2140524-2") == 2
    # What only the record needs comes from `record:`.
    assert "| Henkilötietojen käsittelijät | Potilastietojärjestelmän toimittaja Oy (potilastietojärjestelmä)" in text
    assert "klinikan potilaat ja heidän huoltajansa" in text


def test_the_record_as_csv_and_in_swedish():
    rows = list(csv.DictReader(io.StringIO(record("--format", "csv", "--lang", "sv"))))
    assert [row["page"] for row in rows] == ["tietosuoja/asiakasrekisteri.md", "tietosuoja/potilasrekisteri.md"]
    assert rows[1]["Kategorier av registrerade"] == "klinikens patienter och deras vårdnadshavare"
    assert rows[0]["Överföringar till tredjeländer och skyddsåtgärder"].startswith("Förenta staterna")


def test_nothing_of_the_record_is_in_the_built_site(site_example):
    internal = ["Potilastietojärjestelmän toimittaja Oy", "Palvelintalo Oy", "klinikan potilaat ja heidän huoltajansa",
                "käyttölokit tarkistetaan kuukausittain", "Uutiskirjepalvelu Oy", "access logs are reviewed monthly",
                "Seloste käsittelytoimista"]
    for path in site_example.site.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".json", ".xml", ".js", ".txt", ".md"):
            content = path.read_text(encoding="utf-8", errors="replace")
            for text in internal:
                assert text not in content, f"{text!r} published in {path}"


def test_a_row_not_given_is_not_written_as_none(tmp_path):
    from conftest import MINIMAL, notice_page, write_site

    config = write_site(tmp_path, {"a.md": notice_page({**MINIMAL, "record": {"processors": "none"}})})
    result = subprocess.run([sys.executable, "-m", "mkdocs_seloste.cli", "record", "-f", str(config)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "| Rekisteröityjen ryhmät | ei ilmoitettu |" in result.stdout
    assert "| Tekniset ja organisatoriset turvatoimet | ei ilmoitettu |" in result.stdout
    assert "| Henkilötietojen käsittelijät | ei ole |" in result.stdout  # the notice says `none`
    assert "| Vastaanottajien ryhmät | ei ole |" in result.stdout  # recipients: none
    assert "a.md: the record's row 'Categories of data subjects' is not given: add 'seloste.record.data_subjects'" in result.stderr
    assert "Processors" not in result.stderr
    sv = subprocess.run([sys.executable, "-m", "mkdocs_seloste.cli", "record", "-f", str(config), "--lang", "sv"],
                        capture_output=True, text=True).stdout
    assert "| Kategorier av registrerade | inte angivet |" in sv and "| Personuppgiftsbiträden | saknas |" in sv
