"""The `seloste` command, run as a real process against site_example."""

import subprocess
import sys

from conftest import MINIMAL, SITE_EXAMPLE, notice_page, write_site


def seloste(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "mkdocs_seloste.cli", *args], capture_output=True, text=True, cwd=cwd)


def test_render_prints_the_markdown_the_plugin_would_build():
    result = seloste("render", str(SITE_EXAMPLE / "docs/tietosuoja/potilasrekisteri.md"), "--lang", "sv",
                     "-f", str(SITE_EXAMPLE / "mkdocs.yml"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# ")
    assert "Patientregister" in result.stdout
    assert "{#controller}" in result.stdout


def test_render_uses_the_site_catalogs():
    result = seloste("render", str(SITE_EXAMPLE / "docs/tietosuoja/asiakasrekisteri.md"), "--lang", "en",
                     "-f", str(SITE_EXAMPLE / "mkdocs.yml"))
    assert "whether the customer wants service in Kuopio or in Helsinki" in result.stdout


def test_render_refuses_an_unknown_language_and_a_page_that_is_not_a_notice():
    result = seloste("render", str(SITE_EXAMPLE / "docs/index.md"), "-f", str(SITE_EXAMPLE / "mkdocs.yml"))
    assert result.returncode == 2 and "not a notice page" in result.stderr
    result = seloste("render", str(SITE_EXAMPLE / "docs/tietosuoja/potilasrekisteri.md"), "--lang", "de",
                     "-f", str(SITE_EXAMPLE / "mkdocs.yml"))
    assert result.returncode == 2 and "unknown language 'de'" in result.stderr


def test_check_passes_on_site_example_and_fails_on_bad_pages(tmp_path):
    result = seloste("check", "-f", str(SITE_EXAMPLE / "mkdocs.yml"))
    assert result.returncode == 0, result.stdout
    assert "2 notice(s) checked, 0 with problems" in result.stdout

    write_site(tmp_path, {"hyva.md": notice_page(MINIMAL),
                          "huono.md": notice_page({**MINIMAL, "layout": "numberd"})})
    result = seloste("check", cwd=tmp_path)
    assert result.returncode == 1
    assert "huono.md: 1 problem(s)" in result.stdout and "did you mean 'numbered'" in result.stdout
    assert "hyva.md: ok" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
