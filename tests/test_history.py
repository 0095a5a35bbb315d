"""Change history: dates in each language's format, and a warning when content changes but the date does not."""

import subprocess

from conftest import MINIMAL, mkdocs_build, notice_page, write_site


def test_the_page_shows_effective_and_updated_dates_and_the_history(site_example):
    fi = site_example.html("tietosuoja/potilasrekisteri/").select_one("article")
    assert "Voimassa 1.11.2026 alkaen" in fi.get_text() and "Päivitetty viimeksi 1.11.2026" in fi.get_text()
    history = site_example.html("en/tietosuoja/potilasrekisteri/").select_one("h2#history")
    assert history.get_text().replace("¶", "").strip().endswith("Change history")
    items = [li.get_text() for li in history.find_next("ul").select("li")]
    assert items[0].startswith("1 November 2026: The notice was revised") and items[1].startswith("25 May 2018: ")
    sv = site_example.html("sv/tietosuoja/potilasrekisteri/")
    assert "Ändringshistorik" in sv.select_one("h2#history").get_text()
    assert "Gäller från och med 1.11.2026" in sv.select_one("article").get_text()


def git(root, *args):
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True)


def test_content_changed_without_a_new_date_is_warned_about(tmp_path):
    front = {**MINIMAL, "updated": "2026-11-01"}
    config = write_site(tmp_path, {"seloste.md": notice_page(front)})
    page = tmp_path / "docs" / "seloste.md"
    page.write_text(page.read_text(encoding="utf-8").replace("'2026-11-01'", "2026-11-01"), encoding="utf-8")
    assert mkdocs_build(config).returncode == 0  # not a git checkout: nothing to compare with
    git(tmp_path, "init", "-q")
    git(tmp_path, "-c", "user.name=t", "-c", "user.email=t@example.fi", "add", ".")
    git(tmp_path, "-c", "user.name=t", "-c", "user.email=t@example.fi", "commit", "-qm", "notice")

    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("until_relationship_ends", "accounting"), encoding="utf-8")
    build = mkdocs_build(config)
    assert build.returncode == 1
    assert "seloste.md: seloste.updated: the notice has changed since the last commit, but its date has not" in build.output

    page.write_text(text.replace("until_relationship_ends", "accounting").replace("2026-11-01", "2026-11-22"),
                    encoding="utf-8")
    assert mkdocs_build(config).returncode == 0  # a new date: fine

    page.write_text(text.replace("2026-11-01", "2026-11-22"), encoding="utf-8")
    assert mkdocs_build(config).returncode == 0  # only the date changed


def test_git_is_asked_only_inside_a_checkout(tmp_path):
    from mkdocs_seloste import history

    docs = tmp_path / "site" / "docs"
    docs.mkdir(parents=True)
    assert not history._in_checkout(docs) and history.uncommitted(docs) == set()
    (tmp_path / ".git").write_text("gitdir: /elsewhere/.git/worktrees/site\n")  # a worktree's .git is a file
    assert history._in_checkout(docs)
    (tmp_path / ".git").unlink()
    git(tmp_path / "site", "init", "-q")
    (docs / "page.md").write_text("x\n")
    git(tmp_path / "site", "-c", "user.name=t", "-c", "user.email=t@example.fi", "add", ".")
    git(tmp_path / "site", "-c", "user.name=t", "-c", "user.email=t@example.fi", "commit", "-qm", "page")
    (docs / "page.md").write_text("y\n")
    assert history.uncommitted(docs) == {(docs / "page.md").resolve()}
