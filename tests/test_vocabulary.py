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
        for key, message in terms.items():
            assert re.fullmatch(r"[a-z][a-z0-9_]*", key)
            other = seen.setdefault((message.context, message.msgid), (category, key))
            assert other == (category, key), f"{category}.{key} and {other} share one message"
