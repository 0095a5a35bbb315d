"""Other hosts a built page makes its visitors' browsers contact, and whether the site's notices name them.

A page that loads a font, script, image or frame from another host hands that host the visitor's
address (GDPR Art. 13(1)(e), 44): the privacy notice the page stands beside must say so. A notice
names a host by its domain, written in a cookie vendor, a recipient or a transfer recipient:
`Google Fonts (fonts.googleapis.com, fonts.gstatic.com)`; a domain covers its subdomains
(`googleapis.com` covers `fonts.googleapis.com`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

from .model import Notice
from .text import Text

# Elements that make the browser fetch something (or open a connection) when the page is shown;
# <a>, <form> and <link rel="alternate|canonical"> only point somewhere.
_LOADING_TAG = re.compile(r"<(link|script|img|iframe|frame|embed|object|source|video|audio|track|input|image|use)"
                          r"(\s[^>]*)>?", re.IGNORECASE)
_SLASHES = re.compile("//")
# What stands before an address's `//` at the start of an attribute's value (or of a srcset candidate).
_VALUE_START = re.compile(r"""(?:=\s*["']?|,)\s*(?:https?:)?$""", re.IGNORECASE)
# A script setting an element's source: `t.src="https://www.googletagmanager.com/gtag/js?id=..."`.
_SCRIPT_SOURCE = re.compile(r"""\.src\s*=\s*["'`](?:https?:)?$""")
_ATTRIBUTE = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_URL_ATTRIBUTES = {"src", "href", "srcset", "data", "poster", "xlink:href"}
_HOST = re.compile(r"\s*(?:https?:)?//([^/?#\s\"'`<>]+)", re.IGNORECASE)
# <link rel> values that fetch: a stylesheet, an icon, a preload, or a connection made in advance.
_LINK_KINDS = {"stylesheet": "a stylesheet", "icon": "an icon", "apple-touch-icon": "an icon",
               "mask-icon": "an icon", "manifest": "a web app manifest", "preload": "a preloaded file",
               "modulepreload": "a script", "prefetch": "a prefetched file", "preconnect": "a connection",
               "dns-prefetch": "a DNS lookup"}
_TAG_KINDS = {"script": "a script", "img": "an image", "image": "an image", "input": "an image",
              "use": "an image", "iframe": "a frame", "frame": "a frame", "embed": "an embedded object",
              "object": "an embedded object", "source": "a media file", "video": "a video", "audio": "an audio file",
              "track": "a text track"}
# A domain in a text a clinic wrote: labels and a top-level domain of letters (not a version number).
_DOMAIN = re.compile(r"(?<![\w.-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63})(?![\w-])", re.IGNORECASE)


def loaded_hosts(html: str, own_host: str | None) -> Iterator[tuple[str, str]]:
    """(host, what is loaded from it) for each element of a page that loads from another host.

    A page holds few addresses of other hosts and many tags: each `//` is found (a fast search),
    and only the tags it stands in are read."""
    seen = -1  # the start of the last tag read: a tag with several addresses is read once
    for match in _SLASHES.finditer(html):
        at = match.start()
        # Within a window first: str.rfind is slow over a whole page; a longer tag is found all the same.
        start = html.rfind("<", max(0, at - 4096), at)
        if start < 0:
            start = html.rfind("<", 0, at)
        if start <= seen:
            continue  # in a tag read already
        if start < 0 or html.find(">", start, at) >= 0:
            # In text: a sentence, or a script; a script that sets an element's `src` loads it (analytics).
            host = _SCRIPT_SOURCE.search(html, max(0, at - 16), at) and _HOST.match(html, at)
            if host:
                name = _host_name(host.group(1))
                if name and name != own_host:
                    yield name, "a script (its page's JavaScript loads it)"
            continue
        if not _VALUE_START.search(html, max(start, at - 12), at):
            continue  # not at the start of an attribute's value
        seen = start
        end = html.find(">", at)
        tag = _LOADING_TAG.match(html, start, end + 1 if end >= 0 else len(html))
        if tag is not None:
            yield from _tag_hosts(tag.group(1).lower(), tag.group(2), own_host)


@lru_cache(maxsize=4096)  # the theme writes the same <link> and <script> tags on every page
def _tag_hosts(tag: str, attributes: str, own_host: str | None) -> tuple[tuple[str, str], ...]:
    values = {m.group(1).lower(): next(v for v in m.group(2, 3, 4) if v is not None)
              for m in _ATTRIBUTE.finditer(attributes)}
    if tag == "link":
        kinds = [_LINK_KINDS[rel] for rel in values.get("rel", "").lower().split() if rel in _LINK_KINDS]
        if not kinds:
            return ()
        kind = "a font" if values.get("as", "").lower() == "font" else kinds[0]
    elif tag == "input" and values.get("type", "").lower() != "image":
        return ()
    else:
        kind = _TAG_KINDS[tag]
    found = []
    for name, value in values.items():
        if name not in _URL_ATTRIBUTES:
            continue
        urls = [part.split()[0] for part in value.split(",") if part.strip()] if name == "srcset" else [value]
        for url in urls:
            host = _HOST.match(url)
            if host:
                name = _host_name(host.group(1))
                if name and name != own_host:
                    found.append((name, kind))
    return tuple(found)


def _host_name(authority: str) -> str:
    """The host of a URL's authority (`user@Host.example:8443`), as DNS writes it."""
    return authority.rsplit("@", 1)[-1].split(":")[0].lower().rstrip(".")


def named_domains(notice: Notice) -> set[str]:
    """The domains a notice names where it says who receives data: cookie vendors, recipients and
    transfer recipients, in every language it was written in."""
    texts: list[Text] = []
    if notice.cookies:
        texts += notice.cookies.vendors or []
    for item in notice.recipients or []:  # the clinic's text, or its own words for a recipient term
        words = item if isinstance(item, Text) else item.words
        if words is not None:
            texts.append(words)
    if notice.transfers:
        texts += notice.transfers.recipients
    return set(_domains(value for text in texts for value in text.by_language.values()))


def _domains(values: Iterable[str]) -> Iterator[str]:
    for value in values:
        for match in _DOMAIN.finditer(value):
            yield match.group(1).lower()


def is_named(host: str, domains: set[str]) -> bool:
    """Whether a host, or a domain it belongs to, is among the domains."""
    labels = host.split(".")
    return any(".".join(labels[i:]) in domains for i in range(len(labels) - 1))


# Where a common host comes from, and how to stop loading it.
_HINTS = {
    "fonts.googleapis.com": "Material for MkDocs loads Google Fonts unless mkdocs.yml sets 'font: false' under 'theme'",
    "fonts.gstatic.com": "Material for MkDocs loads Google Fonts unless mkdocs.yml sets 'font: false' under 'theme'",
    "unpkg.com": "Material for MkDocs' offline plugin loads its search shim (iframe-worker) from there",
    "cdnjs.cloudflare.com": "MkDocs' own theme loads highlight.js from there unless mkdocs.yml sets "
                            "'highlightjs: false' under 'theme'",
}


class LoadedHosts:
    """The other hosts a site's built pages load from, each with the first page seen loading it."""

    def __init__(self, own_host: str | None):
        self.own_host = own_host
        self.first: dict[str, tuple[str, str]] = {}  # host -> (page, what it loads from there)
        self.pages: dict[str, set[str]] = {}  # host -> the pages that load from it

    def read(self, page: str, html: str) -> None:
        for host, kind in loaded_hosts(html, self.own_host):
            self.first.setdefault(host, (page, kind))
            self.pages.setdefault(host, set()).add(page)

    def unnamed(self, domains: set[str]) -> list[str]:
        """A message for each host that no domain covers."""
        messages = []
        for host, (page, kind) in sorted(self.first.items()):
            if is_named(host, domains):
                continue
            others = len(self.pages[host]) - 1
            also = f" (and {others} other page{'s' if others > 1 else ''})" if others else ""
            hint = f". {_HINTS[host]}" if host in _HINTS else ""
            messages.append(
                f"{page}{also} loads {kind} from {host}, which no privacy notice of the site names: the visitor's "
                f"browser gives that host their IP address. Name it in a notice, as a cookie vendor, recipient or "
                f"transfer recipient with its domain (such as 'cookies: vendors: [\"Provider ({host})\"]'), or stop "
                f"loading it{hint}")
        return messages
