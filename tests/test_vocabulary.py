"""The vocabulary: every key documented, every term a distinct message."""

import re
from pathlib import Path

from mkdocs_seloste.vocabulary import CATEGORIES

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_readme_lists_every_key_of_every_category():
    for category, terms in CATEGORIES.items():
        rows = [re.findall(r"`(\w+)`", row) for row in re.findall(rf"^\| `{category}` \| (.*) \|$", README, re.M)]
        assert list(terms) in rows, f"README.md's vocabulary table does not list the keys of {category} as they are"


def test_keys_are_lower_case_identifiers_and_messages_distinct():
    seen = {}
    for category, terms in CATEGORIES.items():
        for key, entry in terms.items():
            message = entry.message
            assert re.fullmatch(r"[a-z][a-z0-9_]*", key)
            other = seen.setdefault((message.context, message.msgid), (category, key))
            assert other == (category, key), f"{category}.{key} and {other} share one message"


def test_every_notice_in_the_readme_builds_strict(tmp_path):
    """A clinic copies the README's examples: each must build with --strict as it stands."""
    from conftest import mkdocs_build, write_site

    examples = [block for block in re.findall(r"```yaml\n(---\n.*?---\n)```", README, re.S) if "\nseloste:\n" in block]
    assert len(examples) >= 2
    pages = {f"example{i}.md": block for i, block in enumerate(examples)}
    build = mkdocs_build(write_site(tmp_path, pages))
    assert build.returncode == 0, build.output
