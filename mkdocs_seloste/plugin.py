"""The MkDocs adapter: dispatches MkDocs' events to the parts that do each job.

- pages.py: finds notice pages, parses and checks them, adds and writes one page per language;
- theme.py: Material's interface language and language selector while a notice page renders;
- nav.py: the navigation of each notice language;
- links.py: `<html lang>`, `hreflang` alternates and the selector's language names in the HTML;
- sitemaps.py: the language versions in sitemaps;  not_found.py: the 404 page in every language;
- hosts.py: the other hosts built pages load from, against the hosts the notices name.
Everything about notices themselves is in the core modules; these only know MkDocs.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from . import links, not_found, sitemaps
from .config import SelosteConfig
from .hosts import LoadedHosts
from .nav import LocalizedNav
from .pages import NoticePages, site_locale_dir
from .theme import ThemeLanguage

log = get_plugin_logger(__name__)


class SelostePlugin(BasePlugin[SelosteConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        super().__init__()
        self._forget_build()

    def _forget_build(self) -> None:
        """Drop one build's state, whenever a build ends: MkDocs keeps its plugin instances until the
        process exits (and between `mkdocs serve` rebuilds), and this state reaches every page of the
        site, which would then be freed only at exit, at a cost. Every event finds it None after."""
        self.pages: NoticePages | None = None
        self.nav: LocalizedNav | None = None
        self.theme: ThemeLanguage | None = None
        self.hosts: LoadedHosts | None = None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled:
            return None
        self.pages = NoticePages(self.config, config)
        self.nav = LocalizedNav(self.pages)
        self.theme = ThemeLanguage(config, self.pages.languages)
        if self.config.hosts_check:
            self.hosts = LoadedHosts(urlsplit(config.site_url).hostname if config.site_url else None)
        return config

    @event_priority(50)  # early: other plugins (search, tags, blog) should see the generated pages
    def on_files(self, files: Files, config: MkDocsConfig) -> Files | None:
        if self.pages is None:
            return None
        with _cyclic_gc_paused():
            self.pages.add(files, config)
        return files

    def on_page_read_source(self, page: Page, config: MkDocsConfig) -> str | None:
        return self.pages.take_markdown(page.file) if self.pages is not None else None

    def on_page_content(self, html_content: str, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        script = self.pages.take_jsonld(page.file.src_uri) if self.pages is not None else None
        return None if script is None else html_content + "\n" + script

    def on_page_context(self, context, page: Page, config: MkDocsConfig, nav: Navigation):
        found = self.pages.group_of(page.file.src_uri) if self.pages is not None else None
        if found is None:
            return context
        language, group = found
        # The theme renders this one page in the notice's language; put back in on_post_page.
        self.theme.speak(config, language, {code: file.url for code, file in group.items()})
        if language != self.pages.default:
            context["nav"] = self.nav.for_language(language, nav)
        return context

    @event_priority(50)  # before plugins that rewrite the HTML (minify): the plugin reads what the theme wrote
    def _say_page_language(self, output: str, page: Page, config: MkDocsConfig) -> str | None:
        found = self.pages.group_of(page.file.src_uri) if self.pages is not None else None
        if found is None:
            return None
        language, group = found
        self.theme.put_back()
        output = links.set_html_lang(output, language.tag)
        if language != self.pages.default:
            output = self.nav.mark_default_language(output, page, language)
        if self.theme.material:
            output = links.absolute_alternates(output, page.canonical_url)
            return links.mark_selector_languages(output, self.pages.languages)
        return links.add_alternates(output, page.file.url, {code: file.url for code, file in group.items()},
                                    self.pages.languages, page.canonical_url)

    @event_priority(-100)  # last: what every other plugin added to the page is loaded too
    def _read_loaded_hosts(self, output: str, page: Page, config: MkDocsConfig) -> None:
        if self.hosts is not None and self.pages:  # only a site with notices has notices to agree with
            self.hosts.read(page.file.src_uri, output)

    on_post_page = CombinedEvent(_say_page_language, _read_loaded_hosts)

    def on_post_template(self, output: str, template_name: str, config: MkDocsConfig) -> str | None:
        if not self.pages:
            return None
        if template_name == "sitemap.xml":
            return sitemaps.with_alternates(output, list(self.pages.groups.values()), self.pages.languages)
        if template_name == "404.html":
            home = (urlsplit(config.site_url).path or "/") if config.site_url else "/"
            return not_found.in_every_language(output, self.pages.languages, self.pages.translators, home)
        return None

    def on_post_build(self, config: MkDocsConfig) -> None:
        if self.hosts is not None and self.pages:
            for message in self.hosts.unnamed(self.pages.named_domains):
                log.warning(message)
        if self.pages and self.theme.material:
            sitemaps.write_for_material(config.site_dir, list(self.pages.groups.values()), self.pages.languages)
        self._forget_build()

    def on_build_error(self, error: Exception) -> None:
        if self.theme is not None:
            self.theme.put_back()  # a page may have failed while the theme spoke its language
        self._forget_build()

    def on_serve(self, server, config: MkDocsConfig, builder):
        locale_dir = site_locale_dir(self.config, config)
        if self.config.enabled and locale_dir.is_dir():
            # Docs are watched already; catalogs live beside mkdocs.yml.
            server.watch(str(locale_dir))
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
