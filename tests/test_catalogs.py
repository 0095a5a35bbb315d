"""The package's catalogs: current with the code, complete, and valid for gettext's own tools."""

import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from mkdocs_seloste.i18n import load_catalog

from conftest import ROOT

LOCALES = ROOT / "locales"
POT = LOCALES / "mkdocs_seloste.pot"
PO_FILES = sorted(LOCALES.glob("*/LC_MESSAGES/mkdocs_seloste.po"))
ALL_PO_FILES = PO_FILES + sorted((ROOT / "site_example" / "locales").glob("*/LC_MESSAGES/mkdocs_seloste.po")) \
    + sorted((ROOT / "tests" / "seeds" / "locales").glob("*/LC_MESSAGES/mkdocs_seloste.po"))


def messages(path: Path) -> dict:
    with open(path, "rb") as f:
        return {(m.context, m.id if isinstance(m.id, str) else tuple(m.id)): m for m in read_po(f) if m.id}


def test_every_language_has_a_catalog():
    assert [p.parent.parent.name for p in PO_FILES] == ["en", "fi", "sv"]


def test_the_template_is_current_with_the_code(tmp_path):
    # The same command the README gives translators' maintainers (see "Translating").
    fresh = tmp_path / "fresh.pot"
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "extract", "-F", "babel.cfg", "-k", "N_:1c,2",
                    "-c", "TRANSLATORS:", "--no-wrap", "-o", str(fresh), "."], cwd=ROOT, check=True, capture_output=True)
    assert set(messages(fresh)) == set(messages(POT)), "run the extract command in README.md"


@pytest.mark.parametrize("po", PO_FILES, ids=lambda p: p.parent.parent.name)
def test_catalog_is_complete_and_has_what_the_template_has(po):
    found = messages(po)
    assert set(found) == set(messages(POT)), "run pybabel update (README.md, 'Translating')"
    untranslated = [key for key, m in found.items()
                    if m.fuzzy or not m.string or (isinstance(m.string, tuple) and not all(m.string))]
    assert untranslated == []


@pytest.mark.parametrize("po", PO_FILES, ids=lambda p: p.parent.parent.name)
def test_translations_keep_their_placeholders(po):
    # load_catalog refuses a translation that drops or renames a placeholder.
    catalog = load_catalog(po, po.parent.parent.name)
    assert catalog.messages


@pytest.mark.parametrize("po", ALL_PO_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_msgfmt_check_passes(po):
    result = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(po)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stderr, result.stderr
