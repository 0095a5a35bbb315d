"""The MkDocs adapter: finds notice pages, adds one page per language, and makes each a page of its language.

Everything about notices themselves is in the core modules; this file only knows MkDocs.
"""

from __future__ import annotations

import gc
import html
import posixpath
import re
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from urllib.parse import urljoin

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from . import history, jsonld, render
from .checks import check, level
from .config import SelosteConfig
from .i18n import CatalogError, missing_translation, po_path, translators
from .languages import Language, version_uri
from .model import NoticeError, Problem
from .render import Alternate, Renderer
from .source import NoticePage, load, read_notice_source
from .vocabulary import N_

log = get_plugin_logger(__name__)

_HTML_LANG = re.compile(r"<html\b[^>]*>", re.IGNORECASE)
_LANG_ATTRIBUTE = re.compile(r'\slang="[^"]*"')
_MISSING = object()
# Navigation entries of Material (md-nav__link) and of MkDocs' own theme (nav-link, dropdown-item):
# every <a> and <label> is found with a simple pattern (split keeps the tags), then its class checked.
_LINK_TAG = re.compile(r"(<(?:a|label)\s[^>]*>)")
_CONTENT_STARTS = ('<div class="md-content"', '<div class="col-md-9" role="main">')
_LOC = re.compile(r"<loc>([^<]*)</loc>")
_CSS_SOURCE = Path(__file__).parent / "assets" / "seloste.css"
_CSS_URI = "assets/stylesheets/seloste.css"
# TRANSLATORS: on the site's 404 page, in every notice language.
_NOT_FOUND = N_("404 page", "The page you were looking for was not found.")


class SelostePlugin(BasePlugin[SelosteConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        super().__init__()
        self._forget_build()  # so that every event, on_build_error included, finds the build's state

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled:
            return None
        self.languages: list[Language] = self.config.languages
        self.default = self.languages[0]
        self.site_locale_dir = Path(config.config_file_path or ".").parent / self.config.locale_dir
        self.renderer = Renderer(self.default, obfuscate_email=self.config.obfuscate_email)
        self.material = config.theme.name == "material"
        self.site_url = config.site_url
        return config

    @event_priority(50)  # early: other plugins (search, tags, blog) should see the generated pages
    def on_files(self, files: Files, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled:
            return None
        with _cyclic_gc_paused():
            self._add_notices(files, config)
        return files

    def _forget_build(self) -> None:
        """Empty the state of one build, done again whenever a build ends: MkDocs keeps its plugin
        instances until the process exits (and between `mkdocs serve` rebuilds), and this state
        reaches every page of the site, which would then be freed only at exit, at a cost."""
        self.translators: dict = {}
        self.groups: dict[str, dict[str, File]] = {}  # default src_uri -> language code -> File
        self.language_of: dict[str, tuple[Language, str]] = {}  # src_uri -> (language, default src_uri)
        self.machine_readable: dict[str, str] = {}  # src_uri -> the page's JSON-LD <script>
        self.hreflang: dict[str, str] = {}  # src_uri -> the page's <link rel="alternate" hreflang> elements
        self.localized_navs: dict[str, Navigation] = {}
        self._urls: dict[str, set[str]] = {}
        self._marked: dict[str, dict[tuple, dict[str, str]]] = {}
        self._restore: list[tuple] = []

    def _add_notices(self, files: Files, config: MkDocsConfig) -> None:
        """Every notice page parsed, checked and written in each language. Its models are freed on
        return, before the cyclic collector runs again: it never has to look through them."""
        notices: dict[str, NoticePage] = {}
        changed: set[Path] | None = None  # asked of git at the first notice: other sites never run it
        for file in list(files.documentation_pages()):
            text = read_notice_source(file.abs_src_path) if file.abs_src_path else None
            if text is not None:
                if changed is None:
                    changed = history.uncommitted(Path(config.docs_dir)) if self.config.history_check else set()
                notices[file.src_uri] = self._add_notice(file, text, files, config, changed)
        if notices:
            self._prepare_site(files, config)
        # Rendered once every page's URL is known: the language switch links to them.
        for src_uri, page in notices.items():
            self._write_languages(src_uri, page)

    def _prepare_site(self, files: Files, config: MkDocsConfig) -> None:
        """What a site with notices needs; a site without any pays for none of it."""
        try:
            self.translators = translators(self.languages, self.site_locale_dir)
        except CatalogError as e:
            raise PluginError(f"seloste: {e}") from None
        # Section anchors are written as `{#controller}`, which needs attr_list.
        if not any(ext in ("attr_list", "markdown.extensions.attr_list") for ext in config.markdown_extensions):
            config.markdown_extensions.append("attr_list")
        if self.config.css:
            files.append(File.generated(config, _CSS_URI, abs_src_path=str(_CSS_SOURCE)))
            if _CSS_URI not in config.extra_css:
                config.extra_css.append(_CSS_URI)

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
        self._check(file.src_uri, page)
        if changed and Path(file.abs_src_path).resolve() in changed:
            self._check_date(file, text)
        self.groups[file.src_uri] = {self.default.code: file}
        for language in self.languages[1:]:
            uri = version_uri(file.src_uri, language, self.default)
            if files.get_file_from_path(uri) is not None:
                raise PluginError(f"{file.src_uri}: the {language.english_name} version of this notice would be "
                                  f"written to '{uri}', but the docs folder already has a page there; remove it, "
                                  f"or set another 'prefix' for '{language.code}' under plugins.seloste.languages")
            generated = File.generated(config, uri, content="", inclusion=InclusionLevel.NOT_IN_NAV)
            files.append(generated)
            self.groups[file.src_uri][language.code] = generated
        return page

    def _check(self, src_uri: str, page: NoticePage) -> None:
        severity = level(page.notice, self.config.completeness)
        findings = check(page.notice, page.outline) if severity != "off" else []
        if severity == "error" and findings:
            raise PluginError(NoticeError([Problem(f.path, f.message + (
                f" (GDPR {f.article})" if f.article else "")) for f in findings]).report(src_uri))
        for finding in findings:
            log.warning(f"{src_uri}: {finding}")

    def _check_date(self, file: File, text: str) -> None:
        path = Path(file.abs_src_path)
        if history.changed_without_new_date(history.committed_notice(path), history.notice_data(text)):
            log.warning(f"{file.src_uri}: seloste.updated: the notice has changed since the last commit, but its "
                        f"date has not: set 'updated' to today's date and say what changed under 'history'")

    def _write_languages(self, src_uri: str, page: NoticePage) -> None:
        group = self.groups[src_uri]
        if page.body and len(self.languages) > 1 and not page.notice.intro:
            log.warning(f"{src_uri}: the page's text below the front matter is shown on the {self.default.english_name} page "
                        f"only; to introduce the notice in every language, write it under 'seloste.intro' instead")
        for language in self.languages:
            file = group[language.code]
            self.language_of[file.src_uri] = (language, src_uri)
            # Each language version's address from this page: for the switch, and the hreflang links.
            hrefs = {other.code: get_relative_url(group[other.code].url, file.url) for other in self.languages}
            if not self.material:  # Material writes its own from extra.alternate
                self.hreflang[file.src_uri] = "".join(
                    f'<link rel="alternate" hreflang="{other.tag}" href="{html.escape(hrefs[other.code])}">\n'
                    for other in self.languages)
            alternates = [Alternate(other, None if other == language else hrefs[other.code])
                          for other in self.languages] if self.config.language_switch and len(self.languages) > 1 else []
            rendered = self.renderer.render(page.notice, page.outline, self.translators[language.code],
                                            body=page.body, alternates=alternates)
            for text in rendered.missing:
                catalog = po_path(self.site_locale_dir, language) or (
                    self.site_locale_dir / language.code / "LC_MESSAGES" / "mkdocs_seloste.po")
                log.warning(f"{src_uri}: {missing_translation(text, language, self.default)} on the {language.code} "
                            f"page. Add it to {_relative(catalog)} or write the text as a mapping by language "
                            f"({', '.join(lang.code for lang in self.languages)})")
            if self.config.jsonld:
                # Written now, with the notice at hand: twice as fast as between MkDocs' pages.
                self.machine_readable[file.src_uri] = jsonld.script(jsonld.document(
                    page.notice, self.translators[language.code], self.default, title=rendered.title,
                    url=_canonical_url(self.site_url, file.url)))
            meta = dict(page.meta)
            if language != self.default or "title" not in meta:
                meta["title"] = rendered.title
            file.content_string = render.page(meta, rendered.markdown)

    def on_page_content(self, html_content: str, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        # Taken, not kept: the page holds it from here on.
        script = self.machine_readable.pop(page.file.src_uri, None) if self.config.enabled else None
        return None if script is None else html_content + "\n" + script

    def on_page_context(self, context, page: Page, config: MkDocsConfig, nav: Navigation):
        entry = self.language_of.get(page.file.src_uri) if self.config.enabled else None
        if entry is None:
            return context
        language, group_uri = entry
        group = self.groups[group_uri]
        # The theme renders this one page in the notice's language; put back in on_post_page.
        if self.material:
            if _theme_has_language(config, language.code):
                self._set(config.theme, "language", language.code)
            self._set(config.extra, "alternate", [{"name": lang.name, "link": group[lang.code].url, "lang": lang.tag}
                                                  for lang in self.languages])
        if language != self.default:
            context["nav"] = self._localized_nav(language, nav)
        return context

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str | None:
        entry = self.language_of.get(page.file.src_uri) if self.config.enabled else None
        if entry is None:
            return None
        language = entry[0]
        self._put_back()
        output = _set_html_lang(output, language.tag)
        if language != self.default:
            output = self._mark_default_language_nav(output, page, language)
        if self.material:
            # Material's language selector names each language in itself: say which language that is.
            for lang in self.languages:
                output = output.replace(f'hreflang="{lang.tag}" class="md-select__link"',
                                        f'hreflang="{lang.tag}" lang="{lang.tag}" class="md-select__link"')
        else:
            output = output.replace("</head>", self.hreflang[page.file.src_uri] + "</head>", 1)
        return output

    def _mark_default_language_nav(self, output: str, page: Page, language: Language) -> str:
        """On a page in another language, the navigation's other entries are the site's own pages in the
        default language: say so, for screen readers (WCAG 3.1.2)."""
        own = self.urls_in_language(language)
        # Links are relative to the page's folder: its URL with directory URLs, else the URL's folder.
        folder = page.url if page.url.endswith("/") or not page.url else posixpath.dirname(page.url)
        # "../x/" means the same from every folder with the same parent: sibling pages share answers.
        parent = posixpath.dirname(folder.rstrip("/")) if folder.strip("/") else None
        # (what the answer depends on) -> tag -> the tag to write
        marked = self._marked.setdefault(language.code, {})
        by_parent = marked.setdefault(("parent", parent), {}) if parent is not None else None
        by_folder = marked.setdefault(("folder", folder), {})
        anywhere = marked.setdefault(("anywhere",), {})  # no link to another page: the same answer on every page
        # Both themes write the navigation before the page's content; the content is the notice.
        end = next((i for i in (output.find(marker) for marker in _CONTENT_STARTS) if i >= 0), len(output))
        # Text and tags taking turns; every tag is looked up, and worked out once per answer it depends on.
        pieces = _LINK_TAG.split(output[:end])
        for i in range(1, len(pieces), 2):
            tag = pieces[i]
            if 'href="../' in tag and by_parent is not None:
                answers = by_parent
            elif 'href="' not in tag or 'href="#' in tag:
                answers = anywhere
            else:
                answers = by_folder
            found = answers.get(tag)
            if found is None:
                found = answers[tag] = self._marked_tag(tag, folder, own)
            pieces[i] = found
        return "".join(pieces) + output[end:]

    def _marked_tag(self, tag: str, folder: str, own: set[str]) -> str:
        """A navigation entry marked as the default language's, unless it links to a page in this one."""
        start = tag.find(' class="') + 8
        if start < 8 or " lang=" in tag or 'for="__toc"' in tag:
            return tag
        classes = tag[start:tag.find('"', start)]
        if "md-nav__link" not in classes and "nav-link" not in classes and "dropdown-item" not in classes:
            return tag
        start = tag.find(' href="') + 7
        if start >= 7:
            href = tag[start:tag.find('"', start)]
            if href.startswith("#") or _site_path(folder, href) in own:
                return tag
        return f'{tag[:-1]} lang="{self.default.tag}">'

    def urls_in_language(self, language: Language) -> set[str]:
        """The site paths of the notice pages in one language (computed once per build and language)."""
        if language.code not in self._urls:
            self._urls[language.code] = {_site_path("", group[language.code].url) for group in self.groups.values()}
        return self._urls[language.code]

    def _put_back(self) -> None:
        """The theme's settings as they were before on_page_context changed them for one page."""
        for mapping, key, old in reversed(self._restore):
            if old is _MISSING:
                del mapping[key]
            else:
                mapping[key] = old
        self._restore = []

    def _set(self, mapping, key: str, value) -> None:
        self._restore.append((mapping, key, mapping[key] if key in mapping else _MISSING))
        mapping[key] = value

    def _localized_nav(self, language: Language, nav: Navigation) -> Navigation:
        """The site's navigation with each notice page replaced by its version in this language."""
        if language.code in self.localized_navs:
            return self.localized_navs[language.code]
        pages: list[Page] = []

        def copy(items, parent):
            out = []
            for item in items:
                if isinstance(item, Section):
                    section = Section(item.title, [])
                    section.parent = parent
                    section.children = copy(item.children, section)
                    out.append(section)
                    continue
                if isinstance(item, Page):
                    group = self.groups.get(item.file.src_uri)
                    if group is not None and group[language.code].page is not None:
                        item = group[language.code].page
                        item.parent = parent
                    pages.append(item)
                out.append(item)
            return out

        localized = Navigation(copy(nav.items, None), pages)
        localized.homepage = nav.homepage
        self.localized_navs[language.code] = localized
        return localized

    def on_post_template(self, output: str, template_name: str, config: MkDocsConfig) -> str | None:
        if not self.config.enabled or not self.groups:
            return None
        if template_name == "sitemap.xml":
            return self._sitemap_alternates(output)
        if template_name == "404.html":
            return self._not_found_in_every_language(output)
        return None

    def on_post_build(self, config: MkDocsConfig) -> None:
        if not self.config.enabled:
            return
        if self.material and self.groups:
            self._sitemaps_for_material(config)
        self._forget_build()

    def on_build_error(self, error: Exception) -> None:
        if self.config.enabled:
            self._put_back()  # a page may have failed while the theme spoke its language
            self._forget_build()

    def _sitemaps_for_material(self, config: MkDocsConfig) -> None:
        """Material's JavaScript reads sitemap.xml beside every <link rel="alternate"> (it expects one
        site per language). Beside each notice page it finds one listing that notice's language versions,
        which is what it needs to take a reader to the same notice in another language."""
        by_folder: dict[str, list[dict]] = {}
        for group in self.groups.values():
            pages = {code: file.page for code, file in group.items()}
            if any(page is None or not page.canonical_url for page in pages.values()):
                return  # no site_url: Material cannot use sitemaps without absolute addresses
            for page in pages.values():
                folder = posixpath.dirname(page.file.dest_uri)
                by_folder.setdefault(folder, []).append(pages)
        for folder, groups in by_folder.items():
            if folder in ("", "."):
                continue  # the site's own sitemap.xml is there, and lists everything
            urls = "".join(f"<url><loc>{html.escape(page.canonical_url)}</loc>" + "".join(
                f'<xhtml:link rel="alternate" hreflang="{lang.tag}" href="{html.escape(pages[lang.code].canonical_url)}"/>'
                for lang in self.languages) + "</url>" for pages in groups for page in pages.values())
            Path(config.site_dir, folder, "sitemap.xml").write_text(
                '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                f'xmlns:xhtml="http://www.w3.org/1999/xhtml">{urls}</urlset>\n', encoding="utf-8")

    def _sitemap_alternates(self, sitemap: str) -> str:
        """Each notice's <url> lists its language versions (xhtml:link), as search engines expect."""
        links: dict[str, str] = {}  # escaped <loc> -> the alternates to add after it
        for group in self.groups.values():
            pages = {code: file.page for code, file in group.items()}
            if any(page is None or not page.canonical_url for page in pages.values()):
                continue  # no site_url: the sitemap has no absolute addresses to point at
            alternates = "".join(f'\n         <xhtml:link rel="alternate" hreflang="{lang.tag}" '
                                 f'href="{html.escape(pages[lang.code].canonical_url)}"/>' for lang in self.languages)
            for page in pages.values():
                links[html.escape(page.canonical_url)] = alternates
        if not links:
            return sitemap
        # One pass over the sitemap, however many notices there are.
        sitemap = _LOC.sub(lambda m: m.group(0) + links.get(m.group(1), ""), sitemap)
        return sitemap.replace("<urlset ", '<urlset xmlns:xhtml="http://www.w3.org/1999/xhtml" ', 1)

    def _not_found_in_every_language(self, output: str) -> str:
        """GitHub Pages serves one 404 page for every language: say it in each, marked with its lang."""
        lines = "".join(f'<p lang="{lang.tag}">{html.escape(self.translators[lang.code].pgettext(_NOT_FOUND.context, _NOT_FOUND.msgid))}</p>'
                        for lang in self.languages)
        # Material's heading is English whatever the site's language: say so.
        output = output.replace("<h1>404 - Not found</h1>", '<h1 lang="en">404 - Not found</h1>', 1)
        return re.sub(r"(</h1>)", lambda m: m.group(1) + f'<div class="seloste-not-found">{lines}</div>', output,
                      count=1)

    def on_serve(self, server, config: MkDocsConfig, builder):
        if self.config.enabled and self.site_locale_dir.is_dir():
            # Docs are watched already; catalogs live beside mkdocs.yml.
            server.watch(str(self.site_locale_dir))
        return server


@contextmanager
def _cyclic_gc_paused():
    """Reading and writing notices makes many small objects and almost no reference cycles; the
    cyclic collector's passes over everything MkDocs has loaded were a sixth of on_files' time.
    Objects are still freed as usual; the collector runs again afterwards, as it was."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _canonical_url(site_url: str | None, url: str) -> str | None:
    """A page's address as MkDocs gives it (Page.canonical_url), known before the page exists."""
    if not site_url:
        return None
    return urljoin(site_url if site_url.endswith("/") else site_url + "/", url)


def _theme_has_language(config: MkDocsConfig, code: str) -> bool:
    return any((Path(d) / "partials" / "languages" / f"{code}.html").is_file() for d in config.theme.dirs)


@lru_cache(maxsize=65536)
def _site_path(folder: str, href: str) -> str:
    """A link's target as a path from the site root ("sv/tietosuoja/x/"), from the folder it is in."""
    path = posixpath.normpath(posixpath.join(folder, href.split("#")[0])) if href else folder
    path = "" if path == "." else path.lstrip("/")
    return path + "/" if href.endswith("/") and path else path


def _set_html_lang(output: str, tag: str) -> str:
    def replace(match: re.Match) -> str:
        element = _LANG_ATTRIBUTE.sub("", match.group(0))
        return element[:5] + f' lang="{tag}"' + element[5:]

    return _HTML_LANG.sub(replace, output, count=1)


def _relative(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)
