"""A notice as Markdown in one language: gettext messages and escaped values, section by section.

Every value from front matter and every translation is escaped for Markdown and HTML before it
reaches the page; only this module's own code writes Markdown syntax. A notice is written in
plain Python, a list of Markdown blocks per section: a chain's hundreds of notices in three
languages are rebuilt on every `mkdocs serve` save, and a template engine's call and context
machinery cost five times the writing itself (issue 7).
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import quote
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

import yaml

from .i18n import Translator
from .languages import Language
from .laws import FORMATS as LAW_FORMATS, Citation, format_key
from .model import Notice, Party, Term, erasure_limited, phone_e164
from .outline import Outline, Section, request_targets
from .text import Text, escape_markdown, paragraphs
from . import vocabulary
from .vocabulary import N_, RIGHTS, Message

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
    "contact": N_("question", "Who can I contact?"),
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
# TRANSLATORS: the Finnish supervisory authority's name, visiting and postal addresses, website and
# switchboard as that language's page gives them (Swedish street names, the international number in English).
AUTHORITY = {
    "name": N_("authority", "Office of the Data Protection Ombudsman"),
    "street": N_("authority", "Lintulahdenkuja 4, 00530 Helsinki"),
    "postal": N_("authority", "P.O. Box 800, 00531 Helsinki"),
    "website": N_("authority", "https://tietosuoja.fi/en"),
    "phone": N_("authority", "029 566 6700"),
    "email": "tietosuoja@om.fi",
}

# libyaml's emitter where PyYAML has it: the same YAML as yaml.safe_dump, several times faster.
_SAFE_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
# Characters YAML reads as line breaks or does not allow, and JSON leaves as they are.
_NOT_PLAIN = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")
_PLACEHOLDER = re.compile(r"(%\(\w+\)[sd]|%%)")
# In free text: a section reference, or a web address (without the punctuation that ends a sentence).
_INLINE_SPECIAL = re.compile(r"\{ref:(?P<ref>[^{}]*)\}"
                             r"|(?P<url>\bhttps?://[^\s<>\"\[\]{}|\\^`]+[^\s<>\"\[\]{}|\\^`.,;:!?)'])")


@lru_cache(maxsize=4096)
def escape_message(message: str) -> str:
    """Escape a translated message but keep its %(name)s placeholders for formatting."""
    return "".join(part if _PLACEHOLDER.fullmatch(part) else escape_markdown(part)
                   for part in _PLACEHOLDER.split(message))


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
    """A notice in one language, written as Markdown. Every method returns Markdown that is safe
    to put on the page: values are escaped here, messages by escape_message."""

    def __init__(self, notice: Notice, outline: Outline, translator: Translator, default: Language,
                 obfuscate_email: bool = False, messages: dict | None = None):
        self.obfuscate_email = obfuscate_email
        # (context, msgid) -> escaped translation of a message without placeholders, kept per translator
        self.cache: dict[tuple, str] = ({} if messages is None else messages).setdefault(translator, {})
        self.notice = notice
        self.outline = outline
        self.t = translator
        self.language = translator.language
        self.default = default
        self.missing: list[Text] = []

    # -- messages: values passed in are Markdown already (escaped by the caller) ------------------

    def gettext(self, msgid: str, **values: str) -> str:
        if values:
            return escape_message(self.t.pgettext(None, msgid)) % values
        return self.message((None, msgid))

    def pgettext(self, context: str | None, msgid: str, **values: str) -> str:
        if values:
            return escape_message(self.t.pgettext(context, msgid)) % values
        return self.message((context, msgid))

    def ngettext(self, singular: str, plural: str, n: int, **values: str) -> str:
        return escape_message(self.t.ngettext(singular, plural, n)) % {"num": str(n), **values}

    def message(self, message: tuple[str | None, str]) -> str:
        """A message without placeholders: the same on every page, so translated and escaped once."""
        found = self.cache.get(message)
        if found is None:
            found = self.cache[message] = escape_message(self.t.pgettext(*message)).replace("%%", "%")
        return found

    # -- values ---------------------------------------------------------------------------------

    def resolve(self, text: Text) -> tuple[str, Language | None]:
        """The text in this language, or in the default language (returned with it) when there is none."""
        value, fallback = self.t.resolve(text, self.default)
        if fallback is not None:
            self.missing.append(text)
        return value, fallback

    def text(self, text: Text | None) -> str:
        """Free text as one inline run; {ref:...} markers become links to their sections."""
        if text is None:
            return ""
        value, fallback = self.resolve(text)
        rendered = self._inline(value)
        return f'<span lang="{fallback.tag}">{rendered}</span>' if fallback is not None else rendered

    def paragraphs(self, text: Text) -> list[str]:
        """Free text that may hold several paragraphs (separated by a blank line)."""
        value, fallback = self.resolve(text)
        out = [self._inline(paragraph) for paragraph in paragraphs(value)]
        return [f'<span lang="{fallback.tag}">{p}</span>' for p in out] if fallback is not None else out

    def _inline(self, value: str) -> str:
        """Free text made safe: {ref:...} markers become section links, web addresses links;
        nothing else in it becomes Markdown or HTML."""
        if "{ref:" not in value and "http" not in value:
            return escape_markdown(value)
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
        return "".join(parts)

    def item(self, item: Term | Text) -> str:
        if item.__class__ is Term:
            return self.message(item.message) if item.words is None else self.text(item.words)
        return self.text(item)

    def bullets(self, items) -> str:
        cache, lines = self.cache, []
        for item in items:
            # Terms are most items: their translation is looked up directly.
            found = cache.get(item.message) if item.__class__ is Term and item.words is None else None
            lines.append(f"- {found if found is not None else self.item(item)}")
        return "\n".join(lines)

    def laws(self, items) -> list[str]:
        """The laws the items rest on, as one sentence; nothing when they cite none."""
        citations = list(dict.fromkeys(c for item in items if item.__class__ is Term for c in item.citations()))
        if not citations:
            return []
        return [self.gettext("Applicable law: %(laws)s.", laws=self.t.format_list([self.citation(c) for c in citations]))]

    def citation(self, citation: Citation) -> str:
        law = citation.law
        return self.pgettext("law citation", LAW_FORMATS[format_key(citation)].msgid, law=self.message(law.name),
                             number=escape_markdown(citation.number), chapter=escape_markdown(citation.chapter or ""),
                             section=escape_markdown(citation.section or ""))

    def refs(self, ids: list[str]) -> str:
        """Linked section numbers (or titles, in an unnumbered layout) in the language's list format."""
        links = []
        for section_id in ids:
            section = self.outline[section_id]
            if section.number is not None:
                label = str(section.number)
            else:
                # TRANSLATORS: a section named by its title in running text; use your language's quotation marks.
                label = self.pgettext("section reference", "“%(title)s”", title=self.title(section_id))
            links.append(f"[{label}](#{section_id})")
        return self.t.format_list(links)

    def joined(self, texts: list[Text]) -> str:
        """Free texts joined in the language's list format: "A, B and C"."""
        return self.t.format_list([self.text(t) for t in texts])

    def link(self, url: str) -> str:
        """A web address as a link. Only http and https ever become links (no javascript: and such)."""
        target = quote(url, safe=":/?#@!$&'*+,;=%~-._")
        return f"[{escape_markdown(url)}]({target})"

    def phone(self, number: str) -> str:
        return f"[{escape_markdown(number)}](tel:{phone_e164(number)})"

    def email(self, address: str) -> str:
        if self.obfuscate_email:
            # As the seeds write it: readable to people, not harvested as an address by robots.
            return escape_markdown(address.replace("@", "(at)"))
        return f"[{escape_markdown(address)}](mailto:{address})"

    def date(self, value) -> str:
        return escape_markdown(self.t.format_date(value))

    def title(self, section_id: str) -> str:
        """A section's heading text in this notice's layout, without its number."""
        for custom in self.notice.sections:
            if custom.id == section_id:
                return self.text(custom.title)
        key = section_id
        if section_id == "purposes" and self.notice.legal_basis:
            key = "purposes_and_basis"
        titles = QUESTIONS if self.notice.layout == "questions" else TITLES
        return self.message(titles[key])

    def heading(self, section: Section) -> str:
        title = self.title(section.id)
        return f"{section.number}. {title}" if section.number is not None else title

    def free_text(self, texts: list[Text]) -> list[str]:
        """Paragraphs of free text, a block each."""
        return [paragraph for text in texts for paragraph in self.paragraphs(text)]

    def listed(self, sentence: str, items) -> list[str]:
        """A sentence that introduces a list, and the list."""
        return [sentence, self.bullets(items)] if items else []

    def request_refs(self) -> list[str]:
        """The sections the plugin's own sentences send requests to."""
        return request_targets(self.notice, self.outline)

    def party(self, party: Party | None) -> list[str]:
        """A person's or an organisation's details, a line each, as one block."""
        if party is None:
            return []
        lines = []
        if party.name:
            lines.append(self.gettext("Name: %(name)s", name=self.text(party.name)))
        if party.role:
            lines.append(self.gettext("Role: %(role)s", role=self.text(party.role)))
        if party.business_id:
            lines.append(self.gettext("Business ID: %(business_id)s", business_id=escape_markdown(party.business_id)))
        if party.address:
            lines.append(self.gettext("Address: %(address)s", address=self.text(party.address)))
        if party.phone:
            lines.append(self.gettext("Phone: %(phone)s", phone=self.phone(party.phone)))
        if party.email:
            lines.append(self.gettext("E-mail: %(email)s", email=self.email(party.email)))
        if party.website:
            lines.append(self.gettext("Website: %(website)s", website=self.link(party.website)))
        return ["  \n".join(lines)] if lines else []


# -- the built-in sections: each returns its Markdown blocks ------------------------------------


def _controller(w: _Writer) -> list[str]:
    return w.party(w.notice.controller)


def _contact(w: _Writer) -> list[str]:
    return w.party(w.notice.contact)


def _dpo(w: _Writer) -> list[str]:
    return w.party(w.notice.dpo)


def _register(w: _Writer) -> list[str]:
    return [w.text(w.notice.register)] if w.notice.register else []


def _purposes(w: _Writer) -> list[str]:
    n = w.notice
    bases = n.legal_basis
    if any(p.__class__ is Term and p.bases for p in n.purposes):
        # WP260 (annex): the legal basis of each purpose, where the notice gives it; the list of
        # bases below then holds only those that no purpose names.
        items = [w.ngettext("%(purpose)s – legal basis: %(bases)s", "%(purpose)s – legal bases: %(bases)s",
                            len(p.bases), purpose=w.item(p),
                            bases=w.t.format_list([w.message(vocabulary.LEGAL_BASES[b].message) for b in p.bases]))
                 if p.__class__ is Term and p.bases else w.item(p) for p in n.purposes]
        blocks = [w.gettext("Personal data is processed for the following purposes:"),
                  "\n".join(f"- {item}" for item in items)]
        named = {b for p in n.purposes if p.__class__ is Term for b in p.bases}
        bases = [b for b in n.legal_basis if b.key not in named]
    else:
        blocks = w.listed(w.gettext("Personal data is processed for the following purposes:"), n.purposes)
    if bases:
        blocks += w.listed(w.ngettext("The legal basis of the processing is:", "The legal bases of the processing are:",
                                      len(bases)), bases)
    if n.legitimate_interests:
        blocks += w.listed(w.ngettext("The legitimate interest of the controller is:",
                                      "The legitimate interests of the controller are:",
                                      len(n.legitimate_interests)), n.legitimate_interests)
    return blocks + w.laws(list(n.purposes) + list(n.legal_basis))


def _data(w: _Writer) -> list[str]:
    blocks = w.listed(w.gettext("The register contains the following data:"), w.notice.data)
    blocks += w.laws(w.notice.data)
    return blocks + [w.item(w.notice.provision)] if w.notice.provision else blocks


def _sources(w: _Writer) -> list[str]:
    return (w.listed(w.gettext("Data is obtained from the following sources:"), w.notice.sources)
            + w.laws(w.notice.sources))


def _recipients(w: _Writer) -> list[str]:
    if w.notice.recipients is None:
        return []
    if not w.notice.recipients:
        return [w.gettext("Personal data is not disclosed to third parties.")]
    return (w.listed(w.gettext("Personal data is disclosed to the following recipients:"), w.notice.recipients)
            + w.laws(w.notice.recipients))


def _transfers(w: _Writer) -> list[str]:
    transfers = w.notice.transfers
    if transfers is None:
        return []
    if not transfers.outside_eea:
        return [w.gettext("Personal data is not transferred outside the EU or the EEA.")]
    if transfers.data:
        blocks = w.listed(w.gettext("The following personal data is transferred outside the EU or the EEA:"),
                          transfers.data)
    else:
        blocks = [w.gettext("Personal data is transferred outside the EU or the EEA.")]
    if transfers.countries:
        blocks.append(w.ngettext("Country of destination: %(countries)s.", "Countries of destination: %(countries)s.",
                                 len(transfers.countries), countries=w.joined(transfers.countries)))
    if transfers.recipients:
        blocks += w.listed(w.ngettext("Recipient outside the EU or the EEA:", "Recipients outside the EU or the EEA:",
                                      len(transfers.recipients)), transfers.recipients)
    blocks += [w.item(safeguard) for safeguard in transfers.safeguards]
    refs = w.request_refs()
    if refs and any(safeguard.entry.copyable for safeguard in transfers.safeguards):
        if w.outline.numbered:
            # TRANSLATORS: %(refs)s is one section number or several ("2 and 3"), each a link.
            blocks.append(w.ngettext(
                "You can ask for a copy of the safeguards using the contact details in section %(refs)s.",
                "You can ask for a copy of the safeguards using the contact details in sections %(refs)s.",
                len(refs), refs=w.refs(refs)))
        else:
            # TRANSLATORS: %(refs)s is one section's title in quotation marks, or several, each a link.
            blocks.append(w.ngettext(
                "You can ask for a copy of the safeguards using the contact details under %(refs)s.",
                "You can ask for a copy of the safeguards using the contact details under %(refs)s.",
                len(refs), refs=w.refs(refs)))
    return blocks


def _retention(w: _Writer) -> list[str]:
    return [w.item(item) for item in w.notice.retention] + w.laws(w.notice.retention)


def _security(w: _Writer) -> list[str]:
    return w.listed(w.gettext("The register is protected as follows:"), w.notice.security) + w.laws(w.notice.security)


def _automated_decisions(w: _Writer) -> list[str]:
    decisions = w.notice.automated_decisions
    if decisions is None:
        return []
    if decisions:
        return w.free_text(decisions)
    return [w.gettext("Personal data is not used for automated decision-making or profiling.")]


def _rights(w: _Writer) -> list[str]:
    rights = w.notice.rights
    if rights is None:
        return []
    limited = erasure_limited(w.notice)
    blocks = [w.message(RIGHTS[key].limited if key == "erasure" and limited else RIGHTS[key].message)
              for key in w.notice.rights_shown()]
    blocks += w.listed(w.gettext("You can make a request:"), rights.methods)
    refs = w.request_refs()
    if refs and w.outline.numbered:
        # TRANSLATORS: %(refs)s is one section number or several ("2 and 3"), each a link.
        blocks.append(w.ngettext("You can send your request using the contact details in section %(refs)s.",
                                 "You can send your request using the contact details in sections %(refs)s.",
                                 len(refs), refs=w.refs(refs)))
    elif refs:
        # TRANSLATORS: %(refs)s is one section's title in quotation marks, or several ("“A” and “B”"), each a link.
        blocks.append(w.ngettext("You can send your request using the contact details under %(refs)s.",
                                 "You can send your request using the contact details under %(refs)s.",
                                 len(refs), refs=w.refs(refs)))
    blocks.append(w.gettext("We may ask you to confirm your identity. We answer requests without undue delay "
                            "and within one month at the latest."))
    return blocks


def _complaint(w: _Writer) -> list[str]:
    website = AUTHORITY["website"]  # a URL: translated, but not escaped as text
    lines = [
        w.message(AUTHORITY["name"]),
        w.gettext("Visiting address: %(address)s", address=w.message(AUTHORITY["street"])),
        w.gettext("Postal address: %(address)s", address=w.message(AUTHORITY["postal"])),
        w.gettext("Switchboard: %(phone)s", phone=w.phone(w.t.message(AUTHORITY["phone"]))),
        w.gettext("E-mail: %(email)s", email=w.email(AUTHORITY["email"])),
        w.gettext("Website: %(website)s", website=w.link(w.t.pgettext(website.context, website.msgid))),
    ]
    return [w.gettext("If you consider that the processing of your personal data breaches data protection law, "
                      "you have the right to lodge a complaint with the supervisory authority:"),
            "  \n".join(lines)]


def _cookies(w: _Writer) -> list[str]:
    cookies = w.notice.cookies
    if not cookies:
        return []
    blocks = [w.gettext("Cookies are small text files that the browser stores on your device when you visit a "
                        "website.")]
    blocks += w.listed(w.gettext("The website uses the following cookies:"), cookies.types)
    if cookies.vendors == []:
        blocks.append(w.gettext("The website does not use third-party services that set cookies."))
    elif cookies.vendors:
        blocks.append(w.ngettext("The website uses the following third-party service: %(vendors)s.",
                                 "The website uses the following third-party services: %(vendors)s.",
                                 len(cookies.vendors), vendors=w.joined(cookies.vendors)))
    if cookies.consent:
        blocks.append(w.item(cookies.consent))
    return blocks


def _history(w: _Writer) -> list[str]:
    changes = ["- " + w.gettext("%(date)s: %(changes)s", date=w.date(change.date), changes=w.text(change.changes))
               for change in w.notice.history]
    return ["\n".join(changes)] if changes else []


SECTIONS: dict[str, Callable[[_Writer], list[str]]] = {
    "controller": _controller, "contact": _contact, "dpo": _dpo, "register": _register, "purposes": _purposes,
    "data": _data, "sources": _sources, "recipients": _recipients, "transfers": _transfers,
    "retention": _retention, "security": _security, "automated_decisions": _automated_decisions,
    "rights": _rights, "complaint": _complaint, "cookies": _cookies, "history": _history,
}


def _custom(w: _Writer, section_id: str) -> list[str]:
    return [paragraph for custom in w.notice.sections if custom.id == section_id
            for paragraph in w.free_text(custom.text)]


def _dates(w: _Writer) -> list[str]:
    n = w.notice
    lines = []
    if n.effective:
        lines.append(w.gettext("Effective from %(date)s", date=w.date(n.effective)))
    if n.updated:
        lines.append(w.gettext("Last updated %(date)s", date=w.date(n.updated)))
    return ["  \n".join(lines)] if lines else []


def language_switch(alternates: list[Alternate], label: str) -> str:
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
    return (f'<nav class="seloste-languages" aria-label="{html.escape(label)}">\n<ul>\n'
            + "\n".join(items) + "\n</ul>\n</nav>")


class Renderer:
    """Renders notices; a message without placeholders is translated and escaped once per build."""

    def __init__(self, default: Language, *, obfuscate_email: bool = False):
        self.default = default
        self.obfuscate_email = obfuscate_email
        # translator -> (context, msgid) -> escaped translation of a message without placeholders
        self.messages: dict[Translator, dict[tuple, str]] = {}
        self.complaint: dict[Translator, list[str]] = {}  # translator -> the complaint section's blocks

    def render(self, notice: Notice, outline: Outline, translator: Translator, *, body: str = "",
               alternates: list[Alternate] | None = None) -> Rendered:
        """The notice in the translator's language. `body` is the page's own Markdown, trusted as the
        clinic's and shown as it is on the default-language page only."""
        w = _Writer(notice, outline, translator, self.default, self.obfuscate_email, self.messages)
        if notice.register:
            blocks = ["# " + w.gettext("Privacy notice: %(register)s", register=w.text(notice.register))]
        else:
            blocks = ["# " + w.gettext("Privacy notice")]
        if alternates:
            blocks.append(language_switch(alternates, translator.gettext("Language versions")))
        blocks += _dates(w)
        blocks += w.free_text(notice.intro)
        if body and translator.language == self.default:
            blocks.append(body)
        for section in outline.sections:
            blocks.append(f"## {w.heading(section)} {{#{section.id}}}")
            if section.custom:
                blocks += _custom(w, section.id)
            elif section.id == "complaint":  # reads nothing from the notice: written once per language
                if translator not in self.complaint:
                    self.complaint[translator] = _complaint(w)
                blocks += self.complaint[translator]
            else:
                blocks += SECTIONS[section.id](w)
            blocks += w.free_text(notice.text.get(section.id, []))
        markdown = "\n\n".join([block for block in blocks if block]) + "\n"
        if notice.register is not None:
            title = w.resolve(notice.register)[0]
        else:
            title = translator.gettext("Privacy notice")
        return Rendered(markdown, title, list({t.path: t for t in w.missing}.values()))


def page(meta: dict, markdown: str) -> str:
    """A Markdown page: YAML front matter (the page's own keys, and its title) and the notice."""
    if all(isinstance(k, str) and isinstance(v, str) and not _NOT_PLAIN.search(k + v) for k, v in meta.items()):
        # Usually just the title: a JSON string is a YAML double-quoted scalar, written without a YAML emitter.
        front = "".join(f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}\n"
                        for k, v in meta.items())
    else:
        front = yaml.dump(meta, Dumper=_SAFE_DUMPER, allow_unicode=True, sort_keys=False)
    return "---\n" + front + "---\n\n" + markdown
