"""Beside mkdocs-git-revision-date-localized-plugin, in a real git repository: every language page
of a notice shows the git dates of the notice's source file, in that page's language."""

import os
import subprocess

import pytest

from conftest import MINIMAL, mkdocs_build, notice_page, write_site

pytest.importorskip("mkdocs_git_revision_date_localized_plugin")

# Two commits at fixed dates: the source's first (created) and last (revised) commit.
CREATED = "2024-03-05T10:00:00+00:00"
REVISED = "2025-06-17T10:00:00+00:00"
# The revision date as the plugin writes it (type: date) in each page's language.
REVISED_IN = {"": "17. kesäkuuta 2025", "sv/": "17 juni 2025", "en/": "17 June 2025"}
CREATED_IN = {"": "5. maaliskuuta 2024", "sv/": "5 mars 2024", "en/": "5 March 2024"}


def commit(root, message, date):
    env = {**os.environ, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
    for args in (["add", "."], ["commit", "-qm", message]):
        subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.fi", *args], cwd=root, env=env,
                       check=True, capture_output=True)


def site(tmp_path, **git_options):
    plugins = [{"search": {}}, {"seloste": {}},
               {"git-revision-date-localized": {"enable_creation_date": True, "type": "date", **git_options}}]
    config = write_site(tmp_path, {"index.md": "# Etusivu\n", "tietosuoja/asiakas.md": notice_page(MINIMAL)},
                        extra_config={"plugins": plugins})
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    commit(tmp_path, "notice", CREATED)
    intro = {"fi": "Johdanto.", "sv": "Inledning.", "en": "Introduction."}
    (tmp_path / "docs" / "tietosuoja" / "asiakas.md").write_text(notice_page({**MINIMAL, "intro": intro}),
                                                                 encoding="utf-8")
    (tmp_path / "docs" / "index.md").write_text("# Etusivu\n\nUusi.\n", encoding="utf-8")
    commit(tmp_path, "intro", REVISED)
    return config


def revision_dates(soup):
    """Material's source-file footer: the last revision date and the creation date, as shown."""
    return [span.get_text(strip=True) for span in soup.select(".md-source-file .git-revision-date-localized-plugin")]


@pytest.mark.parametrize("prefix", REVISED_IN)
def test_every_language_page_shows_the_notice_sources_git_dates(tmp_path, prefix):
    build = mkdocs_build(site(tmp_path))
    assert build.returncode == 0, build.output
    soup = build.html(prefix + "tietosuoja/asiakas/")
    assert revision_dates(soup) == [REVISED_IN[prefix], CREATED_IN[prefix]]


def test_the_dates_come_from_git_one_file_at_a_time_too(tmp_path):
    build = mkdocs_build(site(tmp_path, enable_parallel_processing=False))
    assert build.returncode == 0, build.output
    for prefix in REVISED_IN:
        assert revision_dates(build.html(prefix + "tietosuoja/asiakas/")) == [REVISED_IN[prefix], CREATED_IN[prefix]]


def test_a_page_that_is_not_a_notice_keeps_its_own_dates(tmp_path):
    build = mkdocs_build(site(tmp_path))
    assert build.returncode == 0, build.output
    assert revision_dates(build.html("")) == [REVISED_IN[""], CREATED_IN[""]]


def test_beside_static_i18n_every_build_shows_the_sources_dates_in_its_language(tmp_path):
    pytest.importorskip("mkdocs_static_i18n")
    config = site(tmp_path)
    text = config.read_text(encoding="utf-8")
    # static-i18n's suffix layout; the date plugin must come after it (it reads the page's locale).
    i18n = ("- i18n:\n    docs_structure: suffix\n    languages:\n    - {locale: fi, name: Suomi, default: true}\n"
            "    - {locale: sv, name: Svenska}\n    - {locale: en, name: English}\n")
    config.write_text(text.replace("- seloste: {}\n", i18n + "- seloste: {}\n", 1), encoding="utf-8")
    commit(tmp_path, "i18n", REVISED)  # mkdocs.yml only: the notice's own dates stay
    build = mkdocs_build(config)
    assert build.returncode == 0, build.output
    # In the locale of static-i18n's build, as on the site's other pages ('en': Babel's American English).
    in_builds = {"": REVISED_IN[""], "sv/": REVISED_IN["sv/"], "en/": "June 17, 2025"}
    for prefix, revised in in_builds.items():
        assert revision_dates(build.html(prefix + "tietosuoja/asiakas/"))[0] == revised
