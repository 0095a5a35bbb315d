"""`mkdocs gh-deploy` of site_example into a local bare repository, and the sitemap it publishes.

Git runs only in temporary folders, with the user's and the system's git configuration ignored
and a name and address set in the temporary checkout alone.
"""

from __future__ import annotations

import gzip
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from conftest import PAGES, ROOT, copy_site_example

SITE_URL = "https://esimerkki.github.io/mkdocs-seloste/"
NOTICES = ["tietosuoja/potilasrekisteri/", "tietosuoja/asiakasrekisteri/"]
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
# No GIT_DIR or the like from outside: git must act on the temporary repositories only.
GIT_ENV = {**{name: value for name, value in os.environ.items() if not name.startswith("GIT_")},
           "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1", "GIT_TERMINAL_PROMPT": "0",
           "NO_MKDOCS_2_WARNING": "1"}


def run(*command, cwd: Path) -> str:
    result = subprocess.run(command, cwd=cwd, env=GIT_ENV, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"{' '.join(map(str, command))}\n{result.stdout}{result.stderr}"
    return result.stdout + result.stderr


@pytest.fixture(scope="module")
def deployed(tmp_path_factory):
    """(bare repository, output of gh-deploy) after deploying a git checkout of site_example."""
    if shutil.which("git") is None:
        pytest.fail("mkdocs gh-deploy needs git: apt-get install git")
    tmp = tmp_path_factory.mktemp("deploy")
    remote = tmp / "pages.git"
    run("git", "init", "--bare", "--quiet", str(remote), cwd=tmp)
    checkout = tmp / "clinic"
    copy_site_example(checkout)
    run("git", "init", "--quiet", "--initial-branch=main", cwd=checkout)
    run("git", "config", "user.name", "Klinikan verkkosivut", cwd=checkout)
    run("git", "config", "user.email", "verkkosivut@example.fi", cwd=checkout)
    run("git", "add", "--all", cwd=checkout)
    run("git", "commit", "--quiet", "--message", "Sivusto", cwd=checkout)
    run("git", "remote", "add", "pages", str(remote), cwd=checkout)
    output = run(sys.executable, "-m", "mkdocs", "gh-deploy", "--force", "--no-history", "--strict",
                 "--remote-name", "pages", "--remote-branch", "gh-pages", cwd=checkout)
    return remote, output


def published(remote: Path) -> set[str]:
    return set(run("git", "ls-tree", "-r", "--name-only", "gh-pages", cwd=remote).split())


def show(remote: Path, path: str, *, binary: bool = False):
    result = subprocess.run(["git", "show", f"gh-pages:{path}"], cwd=remote, env=GIT_ENV, capture_output=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout if binary else result.stdout.decode("utf-8")


def test_gh_deploy_publishes_every_language(deployed):
    remote, output = deployed
    files = published(remote)
    assert ".nojekyll" in files  # GitHub Pages must not run Jekyll (it drops folders starting with _)
    for notice in NOTICES:
        for prefix, _ in PAGES.values():
            assert f"{prefix}{notice}index.html" in files
    assert {"index.html", "404.html", "sitemap.xml", "sitemap.xml.gz", "assets/stylesheets/seloste.css"} <= files
    # --no-history: the branch is one commit, whatever was there before.
    assert run("git", "rev-list", "--count", "gh-pages", cwd=remote).strip() == "1"
    # The notices carry their language, as deployed.
    for code, (prefix, tag) in PAGES.items():
        assert f'<html lang="{tag}"' in show(remote, f"{prefix}{NOTICES[0]}index.html")


def sitemap_urls(sitemap: str) -> dict[str, dict[str, str]]:
    """{loc: {hreflang: href}} of a sitemap."""
    urls = {}
    for url in ET.fromstring(sitemap).findall("s:url", NS):
        links = url.findall("x:link", NS)
        urls[url.find("s:loc", NS).text.strip()] = {link.get("hreflang"): link.get("href") for link in links
                                                    if link.get("rel") == "alternate"}
    return urls


def test_the_sitemap_lists_every_notice_page(deployed):
    remote, _ = deployed
    urls = sitemap_urls(show(remote, "sitemap.xml"))
    for notice in NOTICES:
        for prefix, _ in PAGES.values():
            assert SITE_URL + prefix + notice in urls
    # sitemap.xml.gz is the same sitemap.
    assert gzip.decompress(show(remote, "sitemap.xml.gz", binary=True)).decode("utf-8") == show(remote, "sitemap.xml")


def test_the_sitemap_names_each_notices_language_versions(deployed):
    """Each language version of a notice lists all of them, itself included, as search engines expect."""
    remote, _ = deployed
    urls = sitemap_urls(show(remote, "sitemap.xml"))
    for notice in NOTICES:
        versions = {tag: SITE_URL + prefix + notice for prefix, tag in PAGES.values()}
        for url in versions.values():
            assert urls[url] == versions, url
    # Pages that are not notices have no language versions.
    assert urls[SITE_URL] == {}


def test_the_pages_workflow_builds_and_deploys_site_example():
    """.github/workflows/pages.yml: the official Pages actions, the build the tests make."""
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert workflow["concurrency"]["group"] == "pages"
    steps = [step for job in workflow["jobs"].values() for step in job["steps"]]
    uses = [step["uses"].split("@")[0] for step in steps if "uses" in step]
    assert uses == ["actions/checkout", "actions/setup-python", "actions/configure-pages",
                    "actions/upload-pages-artifact", "actions/deploy-pages"]
    commands = "\n".join(step.get("run", "") for step in steps)
    assert "pip install '.[material]'" in commands
    assert "mkdocs build --strict" in commands
    env = workflow["env"]
    config = ROOT / env["MKDOCS_CONFIG"]
    assert config.is_file()
    upload = next(step for step in steps if step.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "${{ env.SITE_DIR }}"
    assert (ROOT / env["SITE_DIR"]).parent == config.parent
    deploy = next(job for job in workflow["jobs"].values() if any(s.get("uses", "").startswith("actions/deploy-pages")
                                                                   for s in job["steps"]))
    assert deploy["environment"]["name"] == "github-pages"
