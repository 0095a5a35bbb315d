"""The JSON Schema: shipped as generated, valid, and agreeing with the parser on real notices."""

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from conftest import MINIMAL, ROOT, mkdocs_build, notice_page, write_site
from mkdocs_seloste import schema
from mkdocs_seloste.model import NoticeError, parse
from mkdocs_seloste.source import split

SHIPPED = ROOT / "mkdocs_seloste" / "schema.json"
VALIDATOR = jsonschema.Draft202012Validator(json.loads(SHIPPED.read_text(encoding="utf-8")),
                                            format_checker=jsonschema.FormatChecker())
NOTICES = sorted((ROOT / "site_example" / "docs" / "tietosuoja").glob("*rekisteri.md")) + \
    sorted((ROOT / "tests" / "seeds" / "docs").glob("*.md"))


def as_json(value):
    return json.loads(json.dumps(value, default=str))  # dates as YAML gives them -> strings


def test_the_shipped_schema_is_the_generated_one():
    assert SHIPPED.read_text(encoding="utf-8") == schema.dumps(), "run: seloste schema > mkdocs_seloste/schema.json"
    jsonschema.Draft202012Validator.check_schema(json.loads(schema.dumps()))


@pytest.mark.parametrize("page", NOTICES, ids=lambda p: p.name)
def test_real_notices_are_valid(page):
    front = yaml.safe_load(split(page.read_text(encoding="utf-8"))[0])["seloste"]
    assert [e.message for e in VALIDATOR.iter_errors(as_json(front))] == []


@pytest.mark.parametrize("front", [
    {"controler": {"name": "Oy"}},
    {"layout": "numberd"},
    {"legal_basis": ["consnt"]},
    {"controller": {"business_id": "2140524"}},
    {"controller": {"email": 5}},
    {"complaint": "yes"},
    {"sections": [{"id": "rights", "title": "Oikeudet"}]},
    {"rights": {"requests_to": "office"}},
])
def test_what_the_parser_refuses_the_schema_refuses_too(front):
    with pytest.raises(NoticeError):
        parse(front, ["fi", "sv", "en"])
    assert list(VALIDATOR.iter_errors(front))


def test_a_notice_can_keep_its_data_in_a_yaml_file(tmp_path):
    data = yaml.safe_dump(MINIMAL, allow_unicode=True)
    config = write_site(tmp_path, {"tietosuoja/asiakas.md": "---\nseloste: asiakas.seloste.yml\n---\n",
                                   "tietosuoja/asiakas.seloste.yml": "# yaml-language-server: $schema=../../schema.json\n"
                                   + data})
    build = mkdocs_build(config)
    assert build.returncode == 0, build.output
    assert build.html("sv/tietosuoja/asiakas/").select_one("h2#controller")
    # The data file is the notice's source, not a file of the site.
    assert not list(build.site.rglob("*.seloste.yml"))


def test_an_error_in_the_data_file_names_it_and_its_line(tmp_path):
    config = write_site(tmp_path, {"asiakas.md": "---\nseloste: asiakas.seloste.yml\n---\n",
                                   "asiakas.seloste.yml": "controller:\n  name: [Oy\n"})
    build = mkdocs_build(config)
    assert build.returncode == 1
    assert "asiakas.md: the privacy notice has 1 problem:\n  - asiakas.seloste.yml: not valid YAML at line 3" in build.output
    config = write_site(tmp_path / "missing", {"asiakas.md": "---\nseloste: puuttuu.seloste.yml\n---\n"})
    assert "found 'puuttuu.seloste.yml', but there is no such file next to the page" in mkdocs_build(config).output
