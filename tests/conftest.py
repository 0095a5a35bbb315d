"""Fixtures that build real sites with the real `mkdocs build` command."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from mkdocs_seloste.languages import default_languages

ROOT = Path(__file__).resolve().parent.parent
SITE_EXAMPLE = ROOT / "site_example"
LANGUAGES = default_languages()  # fi, sv, en: the plugin's default languages
CODES = [lang.code for lang in LANGUAGES]
# Where each language's pages are in a built site, and the tag of their <html lang>.
PAGES = {"fi": ("", "fi-FI"), "sv": ("sv/", "sv-FI"), "en": ("en/", "en-FI")}


@pytest.fixture(autouse=True)
def _unit_tests_start_nothing(request, monkeypatch):
    """A test marked `unit` (run them alone with `pytest -m unit`) tests the core in this process:
    it fails here if it starts a process, such as `mkdocs build` or msgfmt."""
    if request.node.get_closest_marker("unit") is None:
        return

    def refuse(*args, **kwargs):
        raise AssertionError("a test marked 'unit' must not start a process; it belongs with the site tests")

    monkeypatch.setattr(subprocess, "Popen", refuse)


@dataclass
class Build:
    returncode: int
    output: str  # stdout and stderr of `mkdocs build`
    site: Path

    def html(self, url_path: str) -> BeautifulSoup:
        """The built page at a site path such as 'sv/tietosuoja/potilasrekisteri/'."""
        path = self.site / url_path
        if url_path.endswith("/") or url_path == "":
            path = path / "index.html"
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def mkdocs_build(config_file: Path, *, strict: bool = True) -> Build:
    command = [sys.executable, "-m", "mkdocs", "build", "-f", str(config_file)]
    if strict:
        command.append("--strict")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=config_file.parent)
    return Build(result.returncode, result.stdout + result.stderr, config_file.parent / "site")


def write_site(root: Path, pages: dict[str, str], *, theme: str | dict = "material", plugin: dict | None = None,
               extra_config: dict | None = None) -> Path:
    """A small site: mkdocs.yml and docs/ pages given as {path: text}."""
    config = {"site_name": "Testiklinikka", "theme": theme if isinstance(theme, dict) else {"name": theme},
              "plugins": [{"seloste": plugin or {}}]}
    if isinstance(config["theme"], dict) and config["theme"].get("name") == "material":
        config["theme"].setdefault("language", "fi")
        config["theme"].setdefault("font", False)
    if isinstance(config["theme"], dict) and config["theme"].get("name") == "mkdocs":
        config["theme"].setdefault("highlightjs", False)  # else it loads highlight.js from cdnjs.cloudflare.com
    config.update(extra_config or {})
    (root / "docs").mkdir(parents=True, exist_ok=True)
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    for name, text in pages.items():
        path = root / "docs" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root / "mkdocs.yml"


def copy_site_example(root: Path) -> Path:
    """site_example copied to root (made if missing) without a built site; returns its mkdocs.yml."""
    shutil.copytree(SITE_EXAMPLE, root, dirs_exist_ok=True, ignore=shutil.ignore_patterns("site"))
    return root / "mkdocs.yml"


def notice_page(seloste: dict, body: str = "") -> str:
    return "---\n" + yaml.safe_dump({"seloste": seloste}, allow_unicode=True, sort_keys=False) + "---\n\n" + body


@pytest.fixture(scope="session")
def site_example(tmp_path_factory) -> Build:
    """site_example copied out of the repository and built once with --strict."""
    root = tmp_path_factory.mktemp("site_example")
    build = mkdocs_build(copy_site_example(root))
    assert build.returncode == 0, build.output
    return build


MINIMAL = {
    "register": {"fi": "Asiakasrekisteri", "sv": "Kundregister", "en": "Customer register"},
    "controller": {"name": "Testiklinikka Oy", "business_id": "2140524-2", "address": "Katu 1, 00100 Helsinki",
                   "email": "info@example.fi"},
    "contact": {"name": "Maija Meikäläinen", "email": "maija@example.fi"},
    "purposes": ["customer_relationship"],
    "legal_basis": ["contract"],
    "data": ["name", "email"],
    "provision": "contractual",
    "sources": ["data_subject"],
    "recipients": "none",
    "transfers": "none",
    "retention": ["until_relationship_ends"],
    "automated_decisions": "none",
    "rights": {"method": ["email"]},
}  # a notice with everything GDPR Art. 13 and 14 ask for
