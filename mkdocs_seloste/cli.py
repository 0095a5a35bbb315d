"""The `seloste` command: preview and check notices without building the site.

    seloste render docs/tietosuoja/potilasrekisteri.md --lang sv -f mkdocs.yml
    seloste check -f mkdocs.yml
    seloste catalog -f mkdocs.yml
    seloste record -f mkdocs.yml [--format csv]
    seloste build-notices OUTDIR -f mkdocs.yml
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import record, render, schema
from .catalog import update
from .checks import check, level
from .i18n import CatalogError, Translator, missing_translation, translators
from .languages import Language, default_languages, version_uri
from .model import NoticeError
from .render import Alternate, Renderer
from .source import NoticePage, load, read_notice_source


class _Site:
    """What the command needs from mkdocs.yml: docs folder, languages and site catalogs."""

    def __init__(self, config_file: Path | None):
        self.languages: list[Language] = default_languages()
        self.docs_dir = Path("docs")
        self.locale_dir = Path("locales")
        self.completeness = "warn"
        self.obfuscate_email = False
        self.language_switch = True
        self.use_directory_urls = True
        self.mkdocs_config = None  # MkDocs' config, when the command was given one
        if config_file is None:
            return
        from mkdocs.config import load_config  # only here: the core needs no MkDocs
        from mkdocs.exceptions import ConfigurationError

        try:
            config = load_config(str(config_file))
        except ConfigurationError as e:
            raise SystemExit(f"seloste: {config_file}: {e}")
        self.docs_dir = Path(config.docs_dir)
        self.use_directory_urls = config.use_directory_urls
        self.mkdocs_config = config
        plugin = config.plugins.get("seloste")
        if plugin is not None:
            self.languages = plugin.config.languages
            self.locale_dir = config_file.parent / plugin.config.locale_dir
            self.completeness = plugin.config.completeness
            self.obfuscate_email = plugin.config.obfuscate_email
            self.language_switch = plugin.config.language_switch
        else:
            self.locale_dir = config_file.parent / "locales"


    def alternates(self, page: Path, language: Language) -> list[Alternate]:
        """The language switch the plugin writes on this page, its links relative to the page's URL."""
        if not self.language_switch or len(self.languages) < 2:
            return []
        from mkdocs.structure.files import File  # only here: the core needs no MkDocs
        from mkdocs.utils import get_relative_url

        try:
            src_uri = page.resolve().relative_to(self.docs_dir.resolve()).as_posix()
        except ValueError:  # a page outside the docs folder: as if it were at its top
            src_uri = page.name

        def url(lang: Language) -> str:
            return File(version_uri(src_uri, lang, self.languages[0]), None, "", self.use_directory_urls).url

        here = url(language)
        return [Alternate(other, None if other == language else get_relative_url(url(other), here))
                for other in self.languages]

    def notice_pages(self):
        """(name, text, folder) of every notice page under docs_dir, in path order."""
        for path in sorted(self.docs_dir.rglob("*.md")):
            text = read_notice_source(path)
            if text is not None:
                yield path.relative_to(self.docs_dir).as_posix(), text, path.parent


class _Stop(Exception):
    """A problem already reported to the user; the command ends with this exit status."""

    def __init__(self, status: int):
        self.status = status


def _notices(site: _Site) -> dict[str, NoticePage]:
    """Every notice page of the site, or _Stop after naming each problem."""
    codes = [lang.code for lang in site.languages]
    pages, failed = {}, False
    for name, text, folder in site.notice_pages():
        try:
            pages[name] = load(text, codes, folder)
        except NoticeError as e:
            print(e.report(name), file=sys.stderr)
            failed = True
    if failed:
        raise _Stop(1)
    return pages


def _translators(site: _Site) -> dict[str, Translator]:
    try:
        return translators(site.languages, site.locale_dir)
    except CatalogError as e:
        print(f"seloste: {e}", file=sys.stderr)
        raise _Stop(1) from None


def _language(site: _Site, code: str | None) -> str:
    codes = [lang.code for lang in site.languages]
    if code is not None and code not in codes:
        print(f"seloste: unknown language {code!r}; this site's languages: {', '.join(codes)}", file=sys.stderr)
        raise _Stop(2)
    return code or codes[0]


def _config_file(value: str | None) -> Path | None:
    if value:
        return Path(value)
    return Path("mkdocs.yml") if Path("mkdocs.yml").is_file() else None


def _render(args) -> int:
    site = _Site(_config_file(args.config_file))
    language = _language(site, args.lang)
    text = read_notice_source(args.page) if Path(args.page).is_file() else None
    if text is None:
        print(f"seloste: {args.page}: not a notice page (its front matter has no 'seloste:' key)", file=sys.stderr)
        return 2
    try:
        page = load(text, [lang.code for lang in site.languages], Path(args.page).parent)
    except NoticeError as e:
        print(e.report(args.page), file=sys.stderr)
        return 1
    renderer = Renderer(site.languages[0], obfuscate_email=site.obfuscate_email)
    translator = _translators(site)[language]
    rendered = renderer.render(page.notice, page.outline, translator, body=page.body,
                               alternates=site.alternates(Path(args.page), translator.language))
    sys.stdout.write(rendered.markdown)
    return 0


def _check(args) -> int:
    site = _Site(_config_file(args.config_file))
    codes = [lang.code for lang in site.languages]
    by_language = _translators(site)
    renderer = Renderer(site.languages[0])
    failed = 0
    notices = 0
    for name, text, folder in site.notice_pages():
        notices += 1
        try:
            page = load(text, codes, folder)
        except NoticeError as e:
            failed += 1
            print(f"{name}: {len(e.problems)} problem(s)")
            for problem in e.problems:
                print(f"  - {problem}")
            continue
        lines = []
        if level(page.notice, site.completeness) != "off":
            lines += [str(finding) for finding in check(page.notice, page.outline)]
        if page.notice.from_preset:
            # Not problems, but statements the clinic has not written itself: it confirms each holds.
            print(f"{name}: from the preset {page.notice.preset!r}, confirm that these hold for you: "
                  + ", ".join(_preset_statement(page.notice, key) for key in page.notice.from_preset))
        for language in site.languages[1:]:
            rendered = renderer.render(page.notice, page.outline, by_language[language.code])
            lines += [missing_translation(t, language, site.languages[0]) for t in rendered.missing]
        if lines:
            failed += 1
            print(f"{name}: {len(lines)} problem(s)")
            for line in lines:
                print(f"  - {line}")
        else:
            print(f"{name}: ok ({len(page.outline.sections)} sections, {', '.join(codes)})")
    print(f"{notices} notice(s) checked, {failed} with problems")
    return 1 if failed else 0


def _preset_statement(notice, key: str) -> str:
    """A key the preset gives, with the terms it says: "recipients (kanta, authorities)"."""
    from .model import Term

    value = getattr(notice, key, None) if "." not in key else None
    if isinstance(value, list):
        terms = [item.key for item in value if isinstance(item, Term)]
        return f"{key} ({', '.join(terms)})" if terms else key
    if key == "rights" and notice.rights is not None:
        return f"rights ({', '.join(notice.rights_shown() + [t.key for t in notice.rights.methods])})"
    if key == "cookies" and notice.cookies is not None:
        return "cookies (" + ", ".join([t.key for t in notice.cookies.types if isinstance(t, Term)]
                                        + (["vendors: none"] if notice.cookies.vendors == [] else [])) + ")"
    return key


def _catalog(args) -> int:
    site = _Site(_config_file(args.config_file))
    notices = {name: page.notice for name, page in _notices(site).items()}
    texts = []
    if site.mkdocs_config is not None:  # the site's description and navigation labels, as MkDocs reads them
        from .site_texts import collect  # only here: the core needs no MkDocs

        texts = collect(site.mkdocs_config, set(notices))
    coverage = update(site.locale_dir, notices, site.languages, project=site.docs_dir.parent.name, site_texts=texts)
    print(f"{site.locale_dir / 'mkdocs_seloste.pot'}: {len(notices)} notice(s)")
    for item in coverage:
        share = f"{100 * item.translated // item.total}%" if item.total else "nothing to translate"
        print(f"{item.path}: {item.translated}/{item.total} translated ({share})")
    return 0 if all(item.translated == item.total for item in coverage) else 1


def _record(args) -> int:
    site = _Site(_config_file(args.config_file))
    translator = _translators(site)[_language(site, args.lang)]
    notices = {name: page.notice for name, page in _notices(site).items()}
    for name, notice in notices.items():
        for line in record.missing(notice, translator, site.languages[0]):
            print(f"seloste: {name}: {line}", file=sys.stderr)
    write = record.as_csv if args.format == "csv" else record.markdown
    sys.stdout.write(write(notices, translator, site.languages[0]))
    return 0


def _build_notices(args) -> int:
    """Every notice in every language as a Markdown page, for sites built without MkDocs."""
    site = _Site(_config_file(args.config_file))
    by_language = _translators(site)
    renderer = Renderer(site.languages[0], obfuscate_email=site.obfuscate_email)
    out = Path(args.outdir)
    written = 0
    for name, notice_page in _notices(site).items():
        for language in site.languages:
            rendered = renderer.render(notice_page.notice, notice_page.outline, by_language[language.code],
                                       body=notice_page.body)
            for missing in rendered.missing:
                print(f"{name}: {missing_translation(missing, language, site.languages[0])}", file=sys.stderr)
            target = out / language.prefix / name
            target.parent.mkdir(parents=True, exist_ok=True)
            meta = {**notice_page.meta, "title": rendered.title, "lang": language.tag}
            target.write_text(render.page(meta, rendered.markdown), encoding="utf-8")
            written += 1
    print(f"{written} page(s) written to {out}")
    return 0


def _schema(args) -> int:
    sys.stdout.write(schema.dumps())
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="seloste", description="Privacy notices from front matter.")
    commands = parser.add_subparsers(dest="command", required=True)
    render = commands.add_parser("render", help="print the Markdown of a notice page in one language")
    render.add_argument("page", help="a notice page, e.g. docs/tietosuoja/potilasrekisteri.md")
    render.add_argument("--lang", help="language code (default: the site's default language)")
    render.add_argument("-f", "--config-file", help="the site's mkdocs.yml (default: ./mkdocs.yml if present)")
    render.set_defaults(run=_render)
    check = commands.add_parser("check", help="check every notice page of a site without building it")
    check.add_argument("-f", "--config-file", help="the site's mkdocs.yml (default: ./mkdocs.yml if present)")
    check.set_defaults(run=_check)
    catalog = commands.add_parser("catalog", help="write the site's .pot of free text and update its .po files")
    catalog.add_argument("-f", "--config-file", help="the site's mkdocs.yml (default: ./mkdocs.yml if present)")
    catalog.set_defaults(run=_catalog)
    notices = commands.add_parser("build-notices", help="write every notice in every language as Markdown pages")
    notices.add_argument("outdir", help="the folder to write to, e.g. content/ of another site generator")
    notices.add_argument("-f", "--config-file", help="the site's mkdocs.yml (default: ./mkdocs.yml if present)")
    notices.set_defaults(run=_build_notices)
    rec = commands.add_parser("record", help="print the record of processing activities (Art. 30) of all notices")
    rec.add_argument("-f", "--config-file", help="the site's mkdocs.yml (default: ./mkdocs.yml if present)")
    rec.add_argument("--format", choices=["markdown", "csv"], default="markdown")
    rec.add_argument("--lang", help="language code (default: the site's default language)")
    rec.set_defaults(run=_record)
    commands.add_parser("schema", help="print the JSON Schema of a notice, for editors").set_defaults(run=_schema)
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except _Stop as stop:
        return stop.status
    except BrokenPipeError:  # `seloste check | head`: the reader has seen enough
        sys.stderr.close()
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
