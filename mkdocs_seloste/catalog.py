"""A site's own catalogs: the free text of its notices as a `.pot`, merged into a `.po` per language.

Works as `msgmerge` does: existing translations are kept, a changed text gets its old
translation marked fuzzy for a translator to check, and a text no longer used is kept as
obsolete. Entries that override the plugin's own wording (same msgctxt and msgid as a package
message) are not the site's free text, but they are the site's: they are always kept.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from .i18n import DOMAIN, package_locale_dir
from .languages import Language
from .model import Notice


@dataclass(frozen=True)
class Coverage:
    language: Language
    path: Path
    translated: int
    total: int


def template(notices: dict[str, Notice], project: str, site_texts: list[tuple[str, str]] = ()) -> Catalog:
    """Every plain free text of the notices that the site's catalogs translate, with where it is used,
    and the site's own texts a notice page shows (`site_texts`: text, where it is used), from mkdocs.yml."""
    # A fixed creation date: regenerating an unchanged template changes nothing in git.
    pot = Catalog(project=project, version="1", msgid_bugs_address="", fuzzy=False,
                  creation_date=datetime.datetime(2000, 1, 1))
    for text, where in site_texts:
        existing = pot.get(text)
        if existing is None:
            pot.add(text, locations=[("mkdocs.yml", None)], auto_comments=[where])
        elif where not in existing.auto_comments:
            existing.auto_comments.append(where)
    for page, notice in sorted(notices.items()):
        for text in notice.texts():
            if text.source is not None and text.translatable:
                existing = pot.get(text.source)
                if existing is None:
                    pot.add(text.source, locations=[(page, None)], auto_comments=[text.path])
                else:
                    existing.locations.append((page, None))
                    existing.auto_comments.append(text.path)
    return pot


def _package_overrides(catalog: Catalog) -> list:
    with open(package_locale_dir() / f"{DOMAIN}.pot", "rb") as f:
        package = {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in read_po(f) if m.id}
    return [m for m in catalog if m.id and (m.context, m.id if isinstance(m.id, str) else m.id[0]) in package]


def update(locale_dir: Path, notices: dict[str, Notice], languages: list[Language], project: str,
           site_texts: list[tuple[str, str]] = ()) -> list[Coverage]:
    """Write `<locale_dir>/mkdocs_seloste.pot` and update the `.po` of each language but the default."""
    pot = template(notices, project, site_texts)
    locale_dir.mkdir(parents=True, exist_ok=True)
    with open(locale_dir / f"{DOMAIN}.pot", "wb") as f:
        write_po(f, pot, width=0, omit_header=False)
    result = []
    for language in languages[1:]:
        path = locale_dir / language.code / "LC_MESSAGES" / f"{DOMAIN}.po"
        if path.exists():
            with open(path, "rb") as f:
                po = read_po(f, locale=language.locale)
        else:
            # Headers filled in, so that msgfmt --check has nothing to say about a new file.
            po = Catalog(locale=language.locale, project=project, version="1", msgid_bugs_address="", fuzzy=False,
                         revision_date=datetime.datetime.now(datetime.timezone.utc),
                         last_translator=f"{project} translators", language_team=language.english_name)
        wanted = template(notices, project, site_texts)
        for message in _package_overrides(po):
            wanted[message.id] = message  # keep the site's own wording of plugin messages (keyed with its context)
        po.update(wanted, update_header_comment=False)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as f:
            write_po(f, po, width=0, ignore_obsolete=False)
        texts = [m for m in po if m.id and m.id in pot]
        translated = sum(1 for m in texts if m.string and not m.fuzzy)
        result.append(Coverage(language, path, translated, len(texts)))
    return result
