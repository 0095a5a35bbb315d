"""A notice as Markdown in one language: Jinja templates, gettext messages, escaped values.

Every value from front matter and every translation is escaped for Markdown and HTML before it
reaches the page; only the templates themselves write Markdown syntax.
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from .i18n import Translator
from .languages import Language
from .model import Notice, Party, Term, phone_e164
from .outline import Outline, request_targets
from .text import Text, escape_markdown, paragraphs
from .vocabulary import COPYABLE_SAFEGUARDS, N_, RIGHTS, Message

# TRANSLATORS: section headings of a notice with formal titles.
TITLES = {
    "controller": N_("section title", "Controller"),
    "contact": N_("section title", "Contact person for matters concerning the register"),
    "dpo": N_("section title", "Data protection officer"),
    "register": N_("section title", "Name of the register"),
    "purposes": N_("section title", "Purposes of processing personal data"),
    "purposes_and_basis": N_("section title", "Purposes and legal basis of processing personal data"),
    "data": N_("section title", "Personal data in the register"),
    "sources": N_("section title", "Regular sources of data"),
    "recipients": N_("section title", "Recipients and regular disclosures of data"),
    "transfers": N_("section title", "Transfers of data outside the EU or the EEA"),
    "retention": N_("section title", "Retention of personal data"),
    "security": N_("section title", "Principles of protecting the register"),
    "automated_decisions": N_("section title", "Automated decision-making and profiling"),
    "rights": N_("section title", "Rights of the data subject"),
    "complaint": N_("section title", "Right to lodge a complaint with the supervisory authority"),
    "cookies": N_("section title", "Cookies"),
    "history": N_("section title", "Change history"),
}

# TRANSLATORS: section headings of a notice that asks the reader's questions ("questions" layout).
QUESTIONS = {
    "controller": N_("question", "Who is responsible for my data?"),
    "contact": N_("question", "Whom can I contact?"),
    "dpo": N_("question", "Who is the data protection officer?"),
    "purposes": N_("question", "What is my data used for?"),
    "purposes_and_basis": N_("question", "What is my data used for, and on what legal basis?"),
    "data": N_("question", "What data is collected about me?"),
    "sources": N_("question", "Where is my data collected from?"),
    "recipients": N_("question", "Is my data disclosed to anyone?"),
    "transfers": N_("question", "Is my data transferred outside the EU or the EEA?"),
    "retention": N_("question", "How long is my data kept?"),
    "security": N_("question", "How is my data protected?"),
    "automated_decisions": N_("question", "Are automated decisions made about me?"),
    "rights": N_("question", "What are my rights?"),
    "complaint": N_("question", "Where can I complain?"),
    "cookies": N_("question", "Does the website use cookies?"),
    "history": N_("question", "How has this notice changed?"),
}

# The supervisory authority of Finland, built into the complaint section. Only the parts that
# differ by language are messages; numbers and addresses that do not are data here.
AUTHORITY = {
    "name": N_("authority", "Office of the Data Protection Ombudsman"),
    "street": N_("authority", "Lintulahdenkuja 4, 00530 Helsinki"),
    "postal": N_("authority", "P.O. Box 800, 00531 Helsinki"),
    "website": N_("authority", "https://tietosuoja.fi/en"),
    "phone": "029 566 6700",
    "email": "tietosuoja@om.fi",
}

_PLACEHOLDER = re.compile(r"(%\(\w+\)[sd]|%%)")
# In free text: a section reference, or a web address (without the punctuation that ends a sentence).
_INLINE_SPECIAL = re.compile(r"\{ref:(?P<ref>[^{}]*)\}"
                             r"|(?P<url>\bhttps?://[^\s<>\"\[\]{}|\\^`]+[^\s<>\"\[\]{}|\\^`.,;:!?)'])")
_TEMPLATES = Path(__file__).parent / "templates"


@lru_cache(maxsize=4096)
def escape_message(message: str) -> Markup:
    """Escape a translated message but keep its %(name)s placeholders for formatting."""
    return Markup("".join(part if _PLACEHOLDER.fullmatch(part) else escape_markdown(part)
                          for part in _PLACEHOLDER.split(message)))


@dataclass(frozen=True)
class Alternate:
    """A language version of the same notice, for the language switch."""

    language: Language
    href: str | None  # None for the page itself


@dataclass
class Rendered:
    markdown: str
    title: str  # plain text, for the navigation and <title>
    missing: list[Text] = field(default_factory=list)  # free text shown in the default language


class _Writer:
    """The helpers templates call, bound to one notice in one language."""

    def __init__(self, notice: Notice, outline: Outline, translator: Translator, default: Language,
                 obfuscate_email: bool = False, messages: dict | None = None):
        self.obfuscate_email = obfuscate_email
        self.messages = {} if messages is None else messages
        self.notice = notice
        self.outline = outline
        self.t = translator
        self.language = translator.language
        self.default = default
        self.missing: list[Text] = []

    # -- messages -------------------------------------------------------------------------------

    def _format(self, message: str, values: dict) -> Markup:
        escaped = escape_message(message)
        return escaped % {k: v if isinstance(v, Markup) else Markup(escape_markdown(str(v))) for k, v in values.items()} \
            if values else Markup(escaped.replace("%%", "%"))

    def gettext(self, msgid: str, **values) -> Markup:
        return self.pgettext(None, msgid, **values)

    def pgettext(self, context: str | None, msgid: str, **values) -> Markup:
        if values:
            return self._format(self.t.pgettext(context, msgid), values)
        # A sentence without placeholders is the same on every page: translated and escaped once.
        key = (self.t, context, msgid)
        found = self.messages.get(key)
        if found is None:
            found = self.messages[key] = self._format(self.t.pgettext(context, msgid), values)
        return found

    def ngettext(self, singular: str, plural: str, n: int, **values) -> Markup:
        return self._format(self.t.ngettext(singular, plural, n), {"num": n, **values})

    def npgettext(self, context: str, singular: str, plural: str, n: int, **values) -> Markup:
        return self._format(self.t.npgettext(context, singular, plural, n), {"num": n, **values})

    def message(self, message: Message) -> Markup:
        return self.pgettext(message.context, message.msgid)

    def bullets(self, items) -> Markup:
        """A bulleted list of terms or free text, with the blank line Markdown needs before it."""
        return Markup("\n" + "".join(f"- {self.item(item)}\n" for item in items) + "\n")

    def rights(self) -> Markup:
        """The rights the notice lists, a paragraph each."""
        return Markup("".join(f"{self.message(RIGHTS[key])}\n\n" for key in self.notice.rights_shown()))

    # -- values ---------------------------------------------------------------------------------

    def resolve(self, text: Text) -> tuple[str, Language | None]:
        """The text in this language, or in the default language (returned with it) when there is none."""
        value, fallback = self.t.resolve(text, self.default)
        if fallback is not None:
            self.missing.append(text)
        return value, fallback

    def text(self, text: Text | None) -> Markup:
        """Free text as one inline run; {ref:...} markers become links to their sections."""
        if text is None:
            return Markup("")
        value, fallback = self.resolve(text)
        rendered = self._inline(value)
        if fallback is not None:
            return Markup(f'<span lang="{fallback.tag}">') + rendered + Markup("</span>")
        return rendered

    def paragraphs(self, text: Text) -> list[Markup]:
        """Free text that may hold several paragraphs (separated by a blank line)."""
        value, fallback = self.resolve(text)
        out = []
        for paragraph in paragraphs(value):
            rendered = self._inline(paragraph)
            if fallback is not None:
                rendered = Markup(f'<span lang="{fallback.tag}">') + rendered + Markup("</span>")
            out.append(rendered)
        return out

    def _inline(self, value: str) -> Markup:
        """Free text made safe: {ref:...} markers become section links, web addresses links;
        nothing else in it becomes Markdown or HTML."""
        parts = []
        last = 0
        for match in _INLINE_SPECIAL.finditer(value):
            parts.append(escape_markdown(value[last:match.start()]))
            if match.group("ref") is not None:
                ids = [part.strip() for part in match.group("ref").split(",")]
                parts.append(self.refs([i for i in ids if i in self.outline]))
            else:
                parts.append(self.link(match.group("url")))
            last = match.end()
        parts.append(escape_markdown(value[last:]))
        return Markup("".join(parts))

    def item(self, item) -> Markup:
        return self.message(item.message) if isinstance(item, Term) else self.text(item)

    def refs(self, ids: list[str]) -> Markup:
        """Linked section numbers (or titles, in an unnumbered layout) in the language's list format."""
        links = []
        for section_id in ids:
            section = self.outline[section_id]
            if section.number is not None:
                label = Markup(str(section.number))
            else:
                # TRANSLATORS: a section named by its title in running text; use your language's quotation marks.
                label = self.pgettext("section reference", "“%(title)s”", title=self.title(section_id))
            links.append(f"[{label}](#{section_id})")
        return Markup(self.t.format_list(links))

    def joined(self, texts: list[Text]) -> Markup:
        """Free texts joined in the language's list format: "A, B and C"."""
        return Markup(self.t.format_list([self.text(t) for t in texts]))

    def request_refs(self) -> list[str]:
        return request_targets(self.notice, self.outline)

    def link(self, url: str) -> Markup:
        """A web address as a link. Only http and https ever become links (no javascript: and such)."""
        target = quote(url, safe=":/?#@!$&'*+,;=%~-._")
        return Markup(f"[{escape_markdown(url)}]({target})")

    def phone(self, number: str) -> Markup:
        return Markup(f"[{escape_markdown(number)}](tel:{phone_e164(number)})")

    def email(self, address: str) -> Markup:
        if self.obfuscate_email:
            # As the seeds write it: readable to people, not harvested as an address by robots.
            return Markup(escape_markdown(address.replace("@", "(at)")))
        return Markup(f"[{escape_markdown(address)}](mailto:{address})")

    def date(self, value) -> Markup:
        return Markup(escape_markdown(self.t.format_date(value)))

    def title(self, section_id: str) -> Markup:
        """A section's heading text in this notice's layout, without its number."""
        for custom in self.notice.sections:
            if custom.id == section_id:
                return self.text(custom.title)
        key = section_id
        if section_id == "purposes" and self.notice.legal_basis:
            key = "purposes_and_basis"
        titles = QUESTIONS if self.notice.layout == "questions" else TITLES
        return self.message(titles[key])

    def heading(self, section_id: str) -> Markup:
        section = self.outline[section_id]
        title = self.title(section_id)
        return Markup(f"{section.number}. {title}") if section.number is not None else title

    def party(self, party: Party) -> list[Markup]:
        lines = []
        if party.name:
            lines.append(self.gettext("Name: %(name)s", name=self.text(party.name)))
        if party.role:
            lines.append(self.gettext("Role: %(role)s", role=self.text(party.role)))
        if party.business_id:
            lines.append(self.gettext("Business ID: %(business_id)s", business_id=party.business_id))
        if party.address:
            lines.append(self.gettext("Address: %(address)s", address=self.text(party.address)))
        if party.phone:
            lines.append(self.gettext("Phone: %(phone)s", phone=self.phone(party.phone)))
        if party.email:
            lines.append(self.gettext("E-mail: %(email)s", email=self.email(party.email)))
        if party.website:
            lines.append(self.gettext("Website: %(website)s", website=self.link(party.website)))
        return lines

    def authority(self) -> dict[str, Markup]:
        website = AUTHORITY["website"]  # a URL: translated, but not escaped as text
        return {
            "name": self.message(AUTHORITY["name"]),
            "street": self.message(AUTHORITY["street"]),
            "postal": self.message(AUTHORITY["postal"]),
            "website": self.link(self.t.pgettext(website.context, website.msgid)),
            "phone": self.phone(AUTHORITY["phone"]),
            "email": self.email(AUTHORITY["email"]),
        }


def language_switch(alternates: list[Alternate], label: str) -> Markup:
    """The links to the other language versions, each language named in itself."""
    items = []
    for alternate in alternates:
        lang = alternate.language
        name = html.escape(lang.name)
        if alternate.href is None:
            items.append(f'<li><span lang="{lang.tag}" aria-current="page">{name}</span></li>')
        else:
            items.append(f'<li><a href="{html.escape(alternate.href)}" hreflang="{lang.tag}" lang="{lang.tag}">'
                         f"{name}</a></li>")
    return Markup(f'<nav class="seloste-languages" aria-label="{html.escape(label)}">\n<ul>\n'
                  + "\n".join(items) + "\n</ul>\n</nav>")


class Renderer:
    """Renders notices; its templates are loaded and compiled once."""

    def __init__(self, default: Language, *, obfuscate_email: bool = False):
        self.default = default
        self.obfuscate_email = obfuscate_email
        # auto_reload off: the package's templates do not change while it runs, and checking
        # their files on every include was a tenth of the rendering time.
        self.env = Environment(loader=FileSystemLoader(str(_TEMPLATES)), autoescape=True, trim_blocks=True,
                               lstrip_blocks=True, keep_trailing_newline=True, undefined=StrictUndefined,
                               auto_reload=False)
        # (translator, context, msgid) -> escaped translation of a message without placeholders
        self.messages: dict[tuple, Markup] = {}
        self.template = self.env.get_template("notice.md.j2")

    def render(self, notice: Notice, outline: Outline, translator: Translator, *, body: str = "",
               alternates: list[Alternate] | None = None) -> Rendered:
        """The notice in the translator's language. `body` is the page's own Markdown, trusted as the
        clinic's and shown as it is on the default-language page only."""
        w = _Writer(notice, outline, translator, self.default, self.obfuscate_email, self.messages)
        switch = language_switch(alternates, translator.gettext("Language versions")) if alternates else ""
        markdown = self.template.render(
            notice=notice, outline=outline, w=w, language_switch=switch, copyable=COPYABLE_SAFEGUARDS,
            body=Markup(body) if translator.language == self.default else "",
            _=w.gettext, gettext=w.gettext, pgettext=w.pgettext, ngettext=w.ngettext, npgettext=w.npgettext,
        )
        markdown = re.sub(r"\n{3,}", "\n\n", markdown).strip() + "\n"
        if notice.register is not None:
            title = w.resolve(notice.register)[0]
        else:
            title = translator.gettext("Privacy notice")
        return Rendered(markdown, title, list({t.path: t for t in w.missing}.values()))


def page(meta: dict, markdown: str) -> str:
    """A Markdown page: YAML front matter (the page's own keys, and its title) and the notice."""
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\n" + markdown
