"""Whether a notice changed without its date changing, by comparing with the last git commit.

A notice that says something new must say when: a reader (and an authority) relies on the
date. Only pages with uncommitted changes are compared, so a clean checkout costs one
`git status`, and a folder outside any checkout none.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from .source import KEY, safe_load, split

# Keys that record the change itself rather than being it.
DATING_KEYS = ("updated", "effective", "history")


def _git(directory: Path, *args: str) -> str | None:
    import subprocess  # only sites in a git checkout run git: the others need not import it

    try:
        result = subprocess.run(["git", *args], cwd=directory, capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout if result.returncode == 0 else None


def uncommitted(directory: Path) -> set[Path]:
    """Files under `directory` that differ from the last commit; empty outside a git checkout."""
    if not _in_checkout(directory):
        return set()
    top = _git(directory, "rev-parse", "--show-toplevel")
    status = _git(directory, "status", "--porcelain", "-z", "--untracked-files=no", "--", ".") if top else None
    if not status:
        return set()
    root = Path(top.strip())
    return {(root / entry[3:]).resolve() for entry in status.split("\0") if len(entry) > 3}


def _in_checkout(directory: Path) -> bool:
    """Whether a `.git` (a folder, or the file of a worktree or submodule) is here or above: outside
    a checkout, no git process is started at all. GIT_DIR points git elsewhere, so then git is asked."""
    if "GIT_DIR" in os.environ:
        return True
    directory = Path(os.path.abspath(directory))
    return any((folder / ".git").exists() for folder in (directory, *directory.parents))


def notice_data(text: str | None) -> Any:
    """The `seloste` value of a page's front matter, or None if there is none to read."""
    try:
        data = safe_load(split(text)[0]) if text else None
    except Exception:  # a broken page is reported by the parser, not here
        return None
    return data.get(KEY) if isinstance(data, dict) else None


def committed_notice(path: Path) -> Any:
    """The `seloste` front matter of the file as last committed, or None."""
    relative = _git(path.parent, "ls-files", "--full-name", "--", path.name)
    return notice_data(_git(path.parent, "show", f"HEAD:{relative.strip()}")) if relative else None


def changed_without_new_date(old: Any, new: Any) -> bool:
    """The notice says something else than before, but its `updated` date is the same."""
    if not isinstance(old, dict) or not isinstance(new, dict):
        return False
    strip = lambda notice: {k: v for k, v in notice.items() if k not in DATING_KEYS}  # noqa: E731
    return strip(old) != strip(new) and old.get("updated") == new.get("updated")
