"""The `seloste` command, run as a real process against site_example."""

import subprocess
import sys

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from mkdocs_seloste.plugin import SelostePlugin

from conftest import MINIMAL, SITE_EXAMPLE, copy_site_example, notice_page, write_site


def seloste(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "mkdocs_seloste.cli", *args], capture_output=True, text=True, cwd=cwd)


@pytest.mark.parametrize("use_directory_urls", [True, False])
def test_render_prints_the_markdown_the_plugin_would_build(tmp_path, monkeypatch, use_directory_urls):
    site_example = tmp_path / "site_example"
    config_file = copy_site_example(site_example)
    if not use_directory_urls:
        config_file.write_text(config_file.read_text(encoding="utf-8") + "\nuse_directory_urls: false\n",
                               encoding="utf-8")
    page = "tietosuoja/potilasrekisteri.md"
    handed: dict[str, str] = {}  # src_uri -> the page's text as the plugin handed it to MkDocs
    on_page_read_source = SelostePlugin.on_page_read_source

    def keep_pages(self, page, config):
        handed[page.file.src_uri] = on_page_read_source(self, page, config)
        return handed[page.file.src_uri]

    monkeypatch.setattr(SelostePlugin, "on_page_read_source", keep_pages)
    build(load_config(str(config_file), site_dir=str(tmp_path / "site")))
    for code, prefix in (("fi", ""), ("sv", "sv/"), ("en", "en/")):
        result = seloste("render", str(site_example / "docs" / page), "--lang", code, "-f", str(config_file))
        assert result.returncode == 0, result.stderr
        handed_to_mkdocs = handed[prefix + page]
        # The same Markdown, language switch included; the plugin adds only the page's front matter.
        assert handed_to_mkdocs.startswith("---\n") and handed_to_mkdocs.endswith("---\n\n" + result.stdout)
        assert 'class="seloste-languages"' in result.stdout and "{#controller}" in result.stdout


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
