"""The notice pages of one build: found among the site's files, parsed, checked, and written in
every language. Knows MkDocs' files and pages; everything about notices is in the core modules."""

from __future__ import annotations

import html
import posixpath
from functools import lru_cache
from pathlib import Path
from urllib.parse import urljoin

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.utils import get_relative_url

from . import history, hosts, jsonld, render, site_texts
from .checks import check, level
from .config import SelosteConfig
from .i18n import CatalogError, Translator, missing_translation, po_path, translators
from .languages import Language, version_uri
from .model import NoticeError, Problem
from .render import Alternate, Renderer
from .source import NoticePage, load, read_notice_source

log = get_plugin_logger(__name__)

_CSS_SOURCE = Path(__file__).parent / "assets" / "seloste.css"
CSS_URI = "assets/stylesheets/seloste.css"

Group = dict[str, File]  # language code -> the File of a notice's version in that language


class NoticePages:
    """Every notice page of one build and its language versions. Made anew for each build: MkDocs
    keeps its plugins between `mkdocs serve` rebuilds, and this reaches every page of the site."""

    def __init__(self, options: SelosteConfig, config: MkDocsConfig):
        self.options = options
        self.languages: list[Language] = options.languages
        self.default = self.languages[0]
        self.site_locale_dir = site_locale_dir(options, config)
        self.renderer = Renderer(self.default, obfuscate_email=options.obfuscate_email)
        self.site_url = config.site_url
        self.site_description = config.site_description
        self._undescribed: set[tuple[str, str]] = set()  # (language code, text) named as untranslated
        self.translators: dict[str, Translator] = {}
        self.groups: dict[str, Group] = {}  # default src_uri -> its language versions
        self.language_of: dict[str, tuple[Language, str]] = {}  # src_uri -> (language, default src_uri)
        self.machine_readable: dict[str, str] = {}  # src_uri -> the page's JSON-LD <script>
        self.markdown: dict[str, str] = {}  # src_uri -> the page's Markdown, until MkDocs reads it
        # Beside mkdocs-static-i18n: its plugin, the notices by src_uri, the language of its build under
        # way, and whether this build reports on the notices (its first does; the others would repeat it).
        self.static_i18n = _static_i18n(config)
        self.notices: dict[str, NoticePage] = {}
        self.named_domains: set[str] = set()  # the domains the notices name as receiving data
        self.build_language: Language = self.default
        self.reports = True
        self._urls: dict[str, set[str]] = {}

    def __bool__(self) -> bool:
        return bool(self.groups or self.notices)

    def group_of(self, src_uri: str) -> tuple[Language, Group] | None:
        """The language of a notice page and all its versions; None for the site's other pages."""
        entry = self.language_of.get(src_uri)
        return None if entry is None else (entry[0], self.groups[entry[1]])

    def take_markdown(self, file: File) -> str | None:
        """The Markdown MkDocs reads for a notice page in place of its source file; None for other pages."""
        if self.static_i18n is not None and file.src_uri in self.notices:
            self._write_for_static_i18n(file)
        return self.markdown.pop(file.src_uri, None)

    def _write_for_static_i18n(self, file: File) -> None:
        """The notice in the language of static-i18n's build, on the File static-i18n made for it; its
        language switch leads to the versions static-i18n made (`File.alternates`)."""
        page, language = self.notices[file.src_uri], self.build_language
        urls = {file_language.code: alternate.url for locale, alternate in getattr(file, "alternates", {}).items()
                if (file_language := language_of_locale(locale, self.languages)) is not None}
        urls[language.code] = file.url
        if self.reports and language == self.default:
            self._warn_of_body(file.src_uri, page)
        self._write(file.src_uri, page, language, file, urls)
        # static-i18n says a page it fell back on is in the default language; this one is in the build's.
        if getattr(file, "locale", None) is not None:
            file.locale = self.static_i18n.current_language

    def take_jsonld(self, src_uri: str) -> str | None:
        """The page's JSON-LD <script>, handed over, not kept: the page holds it from here on."""
        return self.machine_readable.pop(src_uri, None)

    def site_paths(self, language: Language) -> set[str]:
        """The site paths of the notice pages in one language (worked out once per build and language)."""
        if language.code not in self._urls:
            self._urls[language.code] = {site_path("", group[language.code].url) for group in self.groups.values()}
        return self._urls[language.code]

    # -- on_files ---------------------------------------------------------------------------------

    def add(self, files: Files, config: MkDocsConfig) -> None:
        """Every notice page parsed, checked and written in each language. Its models are freed on
        return, before the cyclic collector runs again: it never has to look through them.

        Beside mkdocs-static-i18n, which builds the site once per language, a notice is written in
        the language of each of its builds instead, when the page is read (see `take_markdown`)."""
        if self.static_i18n is not None:
            self._join_static_i18n_build()
        notices: dict[str, NoticePage] = {}
        changed: set[Path] | None = None  # asked of git at the first notice: other sites never run it
        for file in list(files.documentation_pages()):
            text = read_notice_source(file.abs_src_path) if file.abs_src_path else None
            if text is not None:
                if changed is None:
                    changed = (history.uncommitted(Path(config.docs_dir))
                               if self.options.history_check and self.reports else set())
                notices[file.src_uri] = self._add_notice(file, text, files, config, changed)
        if notices:
            self._prepare_site(files, config)
        if self.static_i18n is not None:
            self.notices = notices
            return
        # Rendered once every page's URL is known: the language switch links to them.
        for src_uri, page in notices.items():
            self._write_languages(src_uri, page)

    def _join_static_i18n_build(self) -> None:
        """The notice language of static-i18n's build under way; its first build reports on the notices."""
        locale = self.static_i18n.current_language
        self.reports = self.static_i18n.is_default_language_build
        if self.reports and self.static_i18n.config.fallback_to_default is False:
            log.warning("mkdocs-static-i18n's 'fallback_to_default' is false: its builds in other languages leave out "
                        "the notice pages, which are written once, in the default language's files. Set it to true")
        self.build_language = language_of_locale(locale, self.languages)
        if self.build_language is None:
            self.build_language = self.default
            log.warning(f"mkdocs-static-i18n builds the '{locale}' pages, but '{locale}' is not a notice language "
                        f"(plugins.seloste.languages: {', '.join(lang.code for lang in self.languages)}): its notice "
                        f"pages are in {self.default.english_name}. Add it to the plugin's languages")

    def _prepare_site(self, files: Files, config: MkDocsConfig) -> None:
        """What a site with notices needs; a site without any pays for none of it."""
        try:
            self.translators = translators(self.languages, self.site_locale_dir)
        except CatalogError as e:
            raise PluginError(f"seloste: {e}") from None
        # Section anchors are written as `{#controller}`, which needs attr_list.
        if not any(ext in ("attr_list", "markdown.extensions.attr_list") for ext in config.markdown_extensions):
            config.markdown_extensions.append("attr_list")
        if self.options.css:
            files.append(File.generated(config, CSS_URI, abs_src_path=str(_CSS_SOURCE)))
            if CSS_URI not in config.extra_css:
                config.extra_css.append(CSS_URI)

    def _add_notice(self, file: File, text: str, files: Files, config: MkDocsConfig, changed: set[Path]) -> NoticePage:
        """Parse and check a notice page, and add a generated page for each other language."""
        try:
            page = load(text, [lang.code for lang in self.languages], Path(file.abs_src_path).parent)
        except NoticeError as e:
            raise PluginError(e.report(file.src_uri)) from None
        if page.data_file:
            # The notice's data file is its source, not a file of the site.
            data_file = files.get_file_from_path(posixpath.normpath(posixpath.join(
                posixpath.dirname(file.src_uri), page.data_file)))
            if data_file is not None:
                files.remove(data_file)
        self.named_domains |= hosts.named_domains(page.notice)
        if self.reports:
            self._check(file.src_uri, page)
        if changed and Path(file.abs_src_path).resolve() in changed:
            self._check_date(file, text)
        if self.static_i18n is not None:
            return page  # static-i18n makes each language's page of it
        self.groups[file.src_uri] = {self.default.code: file}
        for language in self.languages[1:]:
            uri = version_uri(file.src_uri, language, self.default)
            if files.get_file_from_path(uri) is not None:
                raise PluginError(f"{file.src_uri}: the {language.english_name} version of this notice would be "
                                  f"written to '{uri}', but the docs folder already has a page there; remove it, "
                                  f"or set another 'prefix' for '{language.code}' under plugins.seloste.languages")
            version = _version_file(file, uri, config)
            files.append(version)
            self.groups[file.src_uri][language.code] = version
        return page

    def _check(self, src_uri: str, page: NoticePage) -> None:
        severity = level(page.notice, self.options.completeness)
        findings = check(page.notice, page.outline) if severity != "off" else []
        errors = findings if severity == "error" else [f for f in findings if f.error]
        if errors:
            raise PluginError(NoticeError([Problem(f.path, f"{f.message} ({f.reference})" if f.reference
                                                   else f.message) for f in errors]).report(src_uri))
        for finding in findings:
            log.warning(f"{src_uri}: {finding}")

    def _check_date(self, file: File, text: str) -> None:
        path = Path(file.abs_src_path)
        if history.changed_without_new_date(history.committed_notice(path), history.notice_data(text)):
            log.warning(f"{file.src_uri}: seloste.updated: the notice has changed since the last commit, but its "
                        f"date has not: set 'updated' to today's date and say what changed under 'history'")

    def _write_languages(self, src_uri: str, page: NoticePage) -> None:
        group = self.groups[src_uri]
        self._warn_of_body(src_uri, page)
        for language in self.languages:
            file = group[language.code]
            self.language_of[file.src_uri] = (language, src_uri)
            self._write(src_uri, page, language, file, {code: version.url for code, version in group.items()})

    def _describe(self, src_uri: str, meta: dict, language: Language, translator: Translator) -> None:
        """The page's meta description (its own `description`, else the site's) in its language, from the
        site's catalog; a missing translation is named once per text and language."""
        own = meta.get("description")
        description = own if isinstance(own, str) and own else self.site_description
        if not description:
            return
        found = site_texts.translated(translator, description)
        if found is not None:
            meta["description"] = html.escape(found)  # from a catalog, and the theme writes it as it is
            return
        if (language.code, description) in self._undescribed:
            return
        self._undescribed.add((language.code, description))
        where = f"{src_uri}: description" if description is own else "site_description (mkdocs.yml)"
        log.warning(f"{where}: no {language.english_name} ({language.code}) translation of {description!r}; the "
                    f"{self.default.english_name} text is the meta description of the {language.code} notice pages. "
                    f"Add it to {_relative(self._catalog(language))} (seloste catalog collects it)")

    def _catalog(self, language: Language) -> Path:
        """The site's catalog for a language: the file there, or where it would go."""
        return po_path(self.site_locale_dir, language) or (
            self.site_locale_dir / language.code / "LC_MESSAGES" / "mkdocs_seloste.po")

    def _warn_of_body(self, src_uri: str, page: NoticePage) -> None:
        if page.body and len(self.languages) > 1 and not page.notice.intro:
            log.warning(f"{src_uri}: the page's text below the front matter is shown on the {self.default.english_name} page "
                        f"only; to introduce the notice in every language, write it under 'seloste.intro' instead")

    def _write(self, src_uri: str, page: NoticePage, language: Language, file: File, urls: dict[str, str]) -> None:
        """A notice's version in one language, as the Markdown and JSON-LD of the page of `file`;
        `urls` are its versions' pages by language code, for the language switch."""
        switch = self.options.language_switch and len(urls) > 1
        alternates = [Alternate(other, None if other == language else get_relative_url(urls[other.code], file.url))
                      for other in self.languages if other.code in urls] if switch else []
        translator = self.translators[language.code]
        rendered = self.renderer.render(page.notice, page.outline, translator, body=page.body, alternates=alternates)
        for text in rendered.missing:
            catalog = self._catalog(language)
            log.warning(f"{src_uri}: {missing_translation(text, language, self.default)} on the {language.code} "
                        f"page. Add it to {_relative(catalog)} or write the text as a mapping by language "
                        f"({', '.join(lang.code for lang in self.languages)})")
        if self.options.jsonld:
            # Written now, with the notice at hand: twice as fast as between MkDocs' pages.
            self.machine_readable[file.src_uri] = jsonld.script(jsonld.document(
                page.notice, translator, self.default, title=rendered.title,
                url=canonical_url(self.site_url, file.url)))
        meta = dict(page.meta)
        if language != self.default or "title" not in meta:
            meta["title"] = rendered.title
        if language != self.default:
            # The page's language for plugins that write dates (git-revision-date-localized reads it).
            meta["locale"] = language.locale
            # Tags index the notice once, at its default-language page (Material's tags plugin would
            # list each language version as a page of its own).
            meta.pop("tags", None)
            if self.static_i18n is None:  # static-i18n has a site_description for each language
                self._describe(src_uri, meta, language, translator)
        # Handed to MkDocs when it reads the page (on_page_read_source): the File keeps its source path.
        self.markdown[file.src_uri] = render.page(meta, rendered.markdown)


def _version_file(source: File, uri: str, config: MkDocsConfig) -> File:
    """The File of a notice's version in another language, at `uri`. Its source is the notice page:
    plugins that read a page's source file (git-revision-date-localized: its git dates) find the notice's,
    and the theme's edit link opens it. Not File.generated, which says a page has no source of its own."""
    version = File(uri, src_dir=None, dest_dir=config.site_dir, use_directory_urls=config.use_directory_urls,
                   inclusion=InclusionLevel.NOT_IN_NAV)
    version.abs_src_path = source.abs_src_path
    version.edit_uri = source.edit_uri
    return version


def _static_i18n(config: MkDocsConfig):
    """mkdocs-static-i18n's plugin, when the site uses it."""
    plugin = config.plugins.get("i18n")
    return plugin if type(plugin).__module__.startswith("mkdocs_static_i18n") else None


def language_of_locale(locale: str, languages: list[Language]) -> Language | None:
    """The notice language a locale names, as static-i18n writes it: `sv`, `sv_FI` or `sv-FI`."""
    spelled = locale.replace("-", "_")
    for language in languages:
        if spelled in (language.code, language.locale):
            return language
    base = spelled.split("_")[0]
    return next((language for language in languages if language.code == base), None)


def site_locale_dir(options: SelosteConfig, config: MkDocsConfig) -> Path:
    """The site's own catalogs: `locale_dir`, relative to mkdocs.yml."""
    return Path(config.config_file_path or ".").parent / options.locale_dir


def canonical_url(site_url: str | None, url: str) -> str | None:
    """A page's address as MkDocs gives it (Page.canonical_url), known before the page exists."""
    if not site_url:
        return None
    return urljoin(site_url if site_url.endswith("/") else site_url + "/", url)


@lru_cache(maxsize=65536)  # the navigation repeats its links on every page
def site_path(folder: str, href: str) -> str:
    """A link's target as a path from the site root ("sv/tietosuoja/x/"), from the folder it is in."""
    path = posixpath.normpath(posixpath.join(folder, href.split("#")[0])) if href else folder
    path = "" if path == "." else path.lstrip("/")
    return path + "/" if href.endswith("/") and path else path


def _relative(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)
