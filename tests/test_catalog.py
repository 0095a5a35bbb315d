"""seloste catalog: a site's free text to .pot, merged into .po files as msgmerge does."""

import subprocess
import sys

from babel.messages.pofile import read_po

from conftest import MINIMAL, mkdocs_build, notice_page, write_site


def seloste(*args, cwd):
    return subprocess.run([sys.executable, "-m", "mkdocs_seloste.cli", *args], capture_output=True, text=True, cwd=cwd)


def read(path):
    with open(path, "rb") as f:
        return {m.id: m for m in read_po(f) if m.id}


def test_the_translator_loop(tmp_path):
    front = {**MINIMAL, "data": ["valokuva hampaista", "name"]}
    config = write_site(tmp_path, {"seloste.md": notice_page(front)})
    # 1. Plain free text fails --strict: no Swedish or English yet.
    assert mkdocs_build(config).returncode == 1

    # 2. The catalog command writes the template and a .po per language, and says what is missing.
    result = seloste("catalog", cwd=tmp_path)
    assert result.returncode == 1
    assert "locales/sv/LC_MESSAGES/mkdocs_seloste.po: 0/1 translated (0%)" in result.stdout
    pot = read(tmp_path / "locales" / "mkdocs_seloste.pot")
    assert list(pot) == ["valokuva hampaista"]
    assert pot["valokuva hampaista"].auto_comments == ["seloste.data[0]"]

    # 3. A translator fills the .po files (here: as Poedit would save them).
    for code, text in (("sv", "fotografier av tänderna"), ("en", "photographs of the teeth")):
        po = tmp_path / "locales" / code / "LC_MESSAGES" / "mkdocs_seloste.po"
        po.write_text(po.read_text(encoding="utf-8").replace('msgid "valokuva hampaista"\nmsgstr ""',
                                                             f'msgid "valokuva hampaista"\nmsgstr "{text}"'),
                      encoding="utf-8")
    result = seloste("catalog", cwd=tmp_path)
    assert result.returncode == 0 and "1/1 translated (100%)" in result.stdout

    # 4. Now the strict build passes and the translation is on the page.
    build = mkdocs_build(config)
    assert build.returncode == 0, build.output
    assert "fotografier av tänderna" in build.html("sv/seloste/").select_one("#data ~ ul").get_text()

    # 5. The clinic edits the text: the old translation is kept but marked fuzzy for checking.
    page = tmp_path / "docs" / "seloste.md"
    page.write_text(page.read_text(encoding="utf-8").replace("valokuva hampaista", "valokuvat hampaista"), encoding="utf-8")
    result = seloste("catalog", cwd=tmp_path)
    assert "0/1 translated" in result.stdout
    sv = read(tmp_path / "locales" / "sv" / "LC_MESSAGES" / "mkdocs_seloste.po")
    assert sv["valokuvat hampaista"].fuzzy and sv["valokuvat hampaista"].string == "fotografier av tänderna"
    # A fuzzy translation is not used: the build warns again until a translator confirms it.
    assert mkdocs_build(config).returncode == 1


def test_the_site_overrides_of_plugin_wording_are_kept(tmp_path):
    config = write_site(tmp_path, {"seloste.md": notice_page(MINIMAL)})
    po = tmp_path / "locales" / "sv" / "LC_MESSAGES" / "mkdocs_seloste.po"
    po.parent.mkdir(parents=True)
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n\n'
                  'msgctxt "section title"\nmsgid "Controller"\nmsgstr "Registeransvarig"\n', encoding="utf-8")
    build = mkdocs_build(config)
    assert build.returncode == 0, build.output
    assert build.html("sv/seloste/").select_one("h2#controller").get_text(strip=True).startswith("1. Registeransvarig")
    # The override is only the site's: the Finnish page and other sites keep the package wording.
    assert "Registeransvarig" not in build.html("seloste/").get_text()

    seloste("catalog", cwd=tmp_path)
    kept = read(po)
    assert kept["Controller"].string == "Registeransvarig" and not kept["Controller"].fuzzy


def test_a_translation_that_drops_a_placeholder_stops_the_build(tmp_path):
    front = {**MINIMAL, "text": {"rights": "Katso kohta {ref:contact}."}}
    config = write_site(tmp_path, {"seloste.md": notice_page(front)})
    po = tmp_path / "locales" / "sv" / "LC_MESSAGES" / "mkdocs_seloste.po"
    po.parent.mkdir(parents=True)
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n\n'
                  'msgid "Katso kohta {ref:contact}."\nmsgstr "Se punkt 2."\n', encoding="utf-8")
    build = mkdocs_build(config)
    assert build.returncode == 1
    assert "locales/sv/LC_MESSAGES/mkdocs_seloste.po:5: the translation of 'Katso kohta {ref:contact}.'" in build.output
    assert "Traceback" not in build.output


def test_the_catalog_collects_the_sites_description_and_menu(tmp_path):
    write_site(tmp_path, {"index.md": "# Etusivu\n", "hoidot/index.md": "# Hoitomme\n",
                                   "tietosuoja/asiakas.md": notice_page(MINIMAL)},
                        extra_config={"site_description": "Hammashoitoa Kuopiossa",
                                      "nav": [{"Koti": "index.md"}, {"Hoidot": ["hoidot/index.md"]},
                                              {"Tietosuoja": ["tietosuoja/asiakas.md"]},
                                              {"Kela": "https://www.kela.fi/"}]})
    result = seloste("catalog", cwd=tmp_path)
    assert result.returncode == 1 and "0/6 translated" in result.stdout, result.stdout + result.stderr
    pot = read(tmp_path / "locales" / "mkdocs_seloste.pot")
    # The notice's own title is written in each language already: not the site's to translate.
    assert list(pot) == ["Hammashoitoa Kuopiossa", "Koti", "Hoidot", "Hoitomme", "Tietosuoja", "Kela"]
    assert pot["Koti"].locations == [("mkdocs.yml", None)] and "navigation" in pot["Koti"].auto_comments[0]
    assert "site_description" in pot["Hammashoitoa Kuopiossa"].auto_comments[0]
