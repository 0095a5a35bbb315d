"""Notices without MkDocs: Markdown pages for other generators, and a build under ProperDocs."""

import os
import subprocess
import sys

import yaml
from bs4 import BeautifulSoup

from conftest import SITE_EXAMPLE, copy_site_example


def test_build_notices_writes_every_notice_in_every_language(tmp_path):
    result = subprocess.run([sys.executable, "-m", "mkdocs_seloste.cli", "build-notices", str(tmp_path / "out"),
                             "-f", str(SITE_EXAMPLE / "mkdocs.yml")], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "6 page(s) written" in result.stdout
    for prefix, tag, title in (("", "fi-FI", "Potilasrekisteri"), ("sv/", "sv-FI", "Patientregister"),
                               ("en/", "en-FI", "Patient register")):
        text = (tmp_path / "out" / prefix / "tietosuoja" / "potilasrekisteri.md").read_text(encoding="utf-8")
        front = yaml.safe_load(text.split("---")[1])
        assert front == {"title": title, "lang": tag}
        assert "## 1. " in text and "{#controller}" in text


def test_site_example_builds_under_properdocs(tmp_path):
    # ProperDocs, an MkDocs fork, loads plugins of the mkdocs.plugins entry point unchanged.
    root = tmp_path / "site_example"
    config_file = copy_site_example(root)
    result = subprocess.run([sys.executable, "-m", "properdocs", "build", "--strict", "-f", str(config_file)],
                            capture_output=True, text=True, cwd=root, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode == 0, result.stdout + result.stderr
    for prefix, tag in (("", "fi-FI"), ("sv/", "sv-FI"), ("en/", "en-FI")):
        page = root / "site" / prefix / "tietosuoja" / "asiakasrekisteri" / "index.html"
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        assert soup.html["lang"] == tag and soup.select_one("h2#rights")
