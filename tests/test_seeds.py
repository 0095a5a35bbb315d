"""The five seed notices: expressed as front matter, built in fi, sv and en, with nothing lost."""

import re
from pathlib import Path

import pytest
import yaml

from conftest import LANGUAGES, ROOT, mkdocs_build
from mkdocs_seloste.i18n import translators
from mkdocs_seloste.model import Term
from mkdocs_seloste.source import load
from mkdocs_seloste.text import REF_MARKER, Text
from mkdocs_seloste.vocabulary import CATEGORIES

SEEDS = ROOT / "tests" / "seeds"
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"
FACTS = yaml.safe_load((SEEDS / "facts.yaml").read_text(encoding="utf-8"))
PREFIX = {"fi": "", "sv": "sv/", "en": "en/"}


def normalize(text: str) -> str:
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)  # words hyphenated across lines in the seed
    text = " ".join(text.replace("(at)", "@").split())
    # get_text(" ") puts a space around every element, also a link before its full stop.
    return re.sub(r"\s+([.,;:)?])", r"\1", text)


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    import shutil
    root = tmp_path_factory.mktemp("seeds")
    shutil.copytree(SEEDS, root, dirs_exist_ok=True, ignore=shutil.ignore_patterns("site"))
    # Seed 003 names no controller and takes browser settings for cookie consent: errors that stop a
    # build (test_checks.py shows them). Here the seeds' texts are built as they are.
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  - seloste\n", "  - seloste:\n      completeness: off\n"),
                      encoding="utf-8")
    build = mkdocs_build(config, strict=False)
    assert build.returncode == 0, build.output
    return build


def article(build, seed: str, code: str) -> str:
    return normalize(build.html(f"{PREFIX[code]}{seed}/").select_one("article").get_text(" "))


def notice(seed: str):
    return load((SEEDS / "docs" / f"{seed}.md").read_text(encoding="utf-8"), list(PREFIX)).notice


# The seed texts are the project's source material, kept beside the repository, not in it.
@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason=f"no seed texts at {SHARED_SEEDS} (a clone elsewhere)")
@pytest.mark.parametrize("seed", FACTS)
def test_the_facts_are_the_seeds_own(seed):
    text = normalize((SHARED_SEEDS / FACTS[seed]["seed"]).read_text(encoding="utf-8"))
    facts = FACTS[seed]
    for fact in facts["same"] + facts["finnish"] + list(facts["terms"]):
        assert normalize(fact) in text, f"{fact!r} is not in seed {seed}"


@pytest.mark.parametrize("seed", FACTS)
@pytest.mark.parametrize("code", PREFIX)
def test_each_fact_comes_out_of_the_build(seeds, seed, code):
    page = article(seeds, seed, code)
    facts = FACTS[seed]
    for fact in facts["same"]:
        assert fact in page, f"{seed} {code}: {fact!r} missing"
    if code == "fi":
        for fact in facts["finnish"]:
            assert normalize(fact) in page, f"{seed} fi: {fact!r} missing"
    translator = translators(LANGUAGES, None)[code]
    used = {(leaf.category, leaf.key) for leaf in notice(seed).leaves() if isinstance(leaf, Term)}
    for wording, target in facts["terms"].items():
        if "." in target:
            category, key = target.split(".")
            assert (category, key) in used or category == "rights", f"{seed}: {wording!r} should be {target}"
            message = CATEGORIES[category][key].message
            assert normalize(translator.pgettext(message.context, message.msgid)) in page, f"{seed} {code}: {target}"
        else:
            assert seeds.html(f"{PREFIX[code]}{seed}/").select_one(f"h2#{target}"), f"{seed} {code}: no {target}"


@pytest.mark.parametrize("seed", FACTS)
@pytest.mark.parametrize("code", PREFIX)
def test_headings_follow_the_layout_and_number_one_to_n(seeds, seed, code):
    headings = [normalize(h.get_text(" ")).replace("¶", "").strip()
                for h in seeds.html(f"{PREFIX[code]}{seed}/").select("article h2")]
    layout = FACTS[seed]["layout"]
    assert notice(seed).layout == layout
    if layout == "plain":
        assert not any(re.match(r"\d+\. ", h) for h in headings)
    else:
        assert [int(h.split(".")[0]) for h in headings] == list(range(1, len(headings) + 1))
    if layout == "questions" and code != "fi":
        # Built-in questions end in a question mark in every language; the seed's own one is free text.
        assert sum(h.endswith("?") for h in headings) >= len(headings) - 1


def expected_strings(leaf, translator, outline) -> list[str]:
    """What a front-matter value must look like on the page of one language."""
    if isinstance(leaf, (Term, Text)):
        value = translator.describe(leaf, LANGUAGES[0])
        refs = lambda m: translator.format_list([str(outline[s.strip()].number) for s in m.group(1).split(",")])
        return [p for p in REF_MARKER.sub(refs, value).split("\n\n") if p.strip()]
    return [leaf]


@pytest.mark.parametrize("seed", FACTS)
@pytest.mark.parametrize("code", PREFIX)
def test_nothing_is_lost(seeds, seed, code):
    """Every value given in front matter reaches every language's page."""
    page_source = load((SEEDS / "docs" / f"{seed}.md").read_text(encoding="utf-8"), list(PREFIX))
    translator = translators(LANGUAGES, SEEDS / "locales")[code]
    page = article(seeds, seed, code)
    for leaf in page_source.notice.leaves():
        if isinstance(leaf, Term) and leaf.category == "rights" and leaf.key not in page_source.notice.rights_shown():
            continue
        for expected in expected_strings(leaf, translator, page_source.outline):
            assert normalize(expected) in page, f"{seed} {code}: {expected!r} ({getattr(leaf, 'path', leaf)})"


@pytest.mark.parametrize("notice_page", ["potilasrekisteri", "asiakasrekisteri"])
@pytest.mark.parametrize("code", PREFIX)
def test_nothing_is_lost_in_site_example(site_example, notice_page, code):
    page_source = load((ROOT / "site_example/docs/tietosuoja" / f"{notice_page}.md").read_text(encoding="utf-8"),
                       list(PREFIX))
    translator = translators(LANGUAGES, ROOT / "site_example" / "locales")[code]
    page = normalize(site_example.html(f"{PREFIX[code]}tietosuoja/{notice_page}/").select_one("article").get_text(" "))
    for leaf in page_source.notice.leaves():
        for expected in expected_strings(leaf, translator, page_source.outline):
            assert normalize(expected) in page, f"{notice_page} {code}: {expected!r}"


def test_the_seed_site_builds_all_five_in_three_languages(seeds):
    # The seeds' own Finnish texts are all translated by tests/seeds/locales: nothing is left in Finnish.
    assert "translation of" not in seeds.output
    for seed in FACTS:
        for code, prefix in PREFIX.items():
            assert (seeds.site / prefix / seed / "index.html").is_file()
