"""A notice and its parts, parsed and validated from the `seloste` front matter of a page.

`parse()` never raises anything but `NoticeError`, which lists every problem found with the key
path it was found at, what was found and what was expected.
"""

from __future__ import annotations

import datetime
import difflib
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable, Union

from . import presets, vocabulary
from .laws import CITATION_FORMAT, LAWS, Citation, parse_citation
from .text import Text

LAYOUTS = ("numbered", "questions", "plain")
COMPLETENESS_LEVELS = ("error", "warn", "off")
NONE = "none"  # written where a notice states there is nothing: `recipients: none`


# Slots: a notice holds a Term or a Text for every value, and a dict for each would double their memory.
@dataclass(frozen=True, slots=True)
class Term:
    """A vocabulary key, translated by the package catalogs; or the clinic's own words (`words`)
    that stand for the term: the page shows the words, the check and the JSON-LD read the term."""

    category: str
    key: str
    path: str
    words: Text | None = None
    laws: tuple[Citation, ...] = ()  # laws the clinic cites for this item, besides the term's own
    bases: tuple[str, ...] = ()  # purposes: the legal bases that cover this purpose

    @property
    def entry(self) -> vocabulary.Entry:
        return vocabulary.CATEGORIES[self.category][self.key]

    @property
    def message(self) -> vocabulary.Message:
        return vocabulary.CATEGORIES[self.category][self.key].message

    def citations(self) -> tuple[Citation, ...]:
        """The laws this item rests on: the term's own, then those the clinic added."""
        own = vocabulary.CATEGORIES[self.category][self.key].laws
        return own + tuple(c for c in self.laws if c not in own) if self.laws else own


Item = Union[Term, Text]


@dataclass(frozen=True)
class Party:
    """The controller, the contact person or the data protection officer."""

    name: Text | None = None
    role: Text | None = None
    business_id: str | None = None
    address: Text | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None


@dataclass(frozen=True)
class Transfers:
    outside_eea: bool
    data: list[Item] = field(default_factory=list)
    countries: list[Text] = field(default_factory=list)
    recipients: list[Text] = field(default_factory=list)
    safeguards: list[Term] = field(default_factory=list)


@dataclass(frozen=True)
class Rights:
    include: list[Term] | None  # None: the rights that apply to the notice's legal bases
    requests_to: list[str]  # section ids
    methods: list[Term]


@dataclass(frozen=True)
class Cookies:
    types: list[Item]
    vendors: list[Text] | None  # None when not given; [] when the notice says `none`
    consent: Term | None


@dataclass(frozen=True)
class Change:
    """One version of the notice: when, and what changed."""

    date: datetime.date
    changes: Text


@dataclass(frozen=True)
class Record:
    """What only the internal record of processing activities (Art. 30) needs; never published."""

    data_subjects: list[Text] | None = None  # None: not given; []: the record says `none`
    processors: list[Text] | None = None
    security: list[Text] | None = None


@dataclass(frozen=True)
class CustomSection:
    id: str
    title: Text
    text: list[Text]
    after: str | None


@dataclass(frozen=True)
class Notice:
    layout: str = "numbered"
    updated: datetime.date | None = None
    effective: datetime.date | None = None
    history: list[Change] = field(default_factory=list)
    register: Text | None = None
    intro: list[Text] = field(default_factory=list)
    controller: Party | None = None
    contact: Party | None = None
    dpo: Party | None = None
    purposes: list[Item] = field(default_factory=list)
    legal_basis: list[Term] = field(default_factory=list)
    legitimate_interests: list[Text] = field(default_factory=list)
    data: list[Item] = field(default_factory=list)
    provision: Item | None = None
    sources: list[Item] = field(default_factory=list)
    recipients: list[Item] | None = None  # [] when the notice says `none`
    transfers: Transfers | None = None
    retention: list[Item] = field(default_factory=list)
    security: list[Item] = field(default_factory=list)
    automated_decisions: list[Text] | None = None  # [] when the notice says `none`
    rights: Rights | None = None
    complaint: bool = True
    cookies: Cookies | None = None
    completeness: str | None = None  # error | warn | off; None: the site's setting
    record: Record | None = None  # for `seloste record` only
    text: dict[str, list[Text]] = field(default_factory=dict)
    sections: list[CustomSection] = field(default_factory=list)
    preset: str | None = None  # the preset the notice starts from
    from_preset: tuple[str, ...] = ()  # its keys that only the preset gives: statements to confirm

    def rights_shown(self) -> list[str]:
        """The rights the notice lists: those given, or those the GDPR grants for its legal bases."""
        if self.rights is not None and self.rights.include is not None:
            return [term.key for term in self.rights.include]
        return applicable_rights(self)

    def leaves(self) -> list[Text | Term | str]:
        """Every value the notice holds that reaches its pages: texts, terms and contact details."""
        found: list = []
        _walk(self, found)
        return found

    @cached_property  # the reference check, the completeness check and the catalogs all ask
    def _texts(self) -> tuple[Text, ...]:
        return tuple(value for value in self.leaves() if isinstance(value, Text))

    def texts(self) -> list[Text]:
        """Every piece of free text in the notice, in front-matter order."""
        return list(self._texts)


# Fields that are not said on the notice's pages: its shape, and the internal record.
_NOT_SHOWN = frozenset({"layout", "requests_to", "id", "after", "completeness", "record", "preset", "from_preset"})


def _walk(value: Any, found: list) -> None:
    # A function of the module, not a closure over itself: that would be a reference cycle per
    # notice, keeping every text it found alive until the cyclic collector runs.
    if isinstance(value, (Text, str)):
        found.append(value)
    elif isinstance(value, Term):
        found.append(value)
        if value.words is not None:
            found.append(value.words)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _walk(item, found)
    elif isinstance(value, dict):
        for item in value.values():
            _walk(item, found)
    elif hasattr(value, "__dataclass_fields__"):
        for name in value.__dataclass_fields__:
            if name not in _NOT_SHOWN:
                _walk(getattr(value, name), found)


def applicable_rights(notice: Notice) -> list[str]:
    """The rights the GDPR gives for a notice's legal bases and purposes (Art. 15-22, 7(3)), in
    the order the vocabulary lists them; what each basis and purpose gives is declared there."""
    given = {name for term in notice.legal_basis for name in term.entry.rights}
    given |= {name for item in notice.purposes if isinstance(item, Term) for name in item.entry.rights}
    return [key for key, entry in vocabulary.RIGHTS.items() if entry.always or key in given]


def erasure_limited(notice: Notice) -> bool:
    """Whether some legal basis of the notice keeps data from erasure (Art. 17(3)(b), (c)) while
    another gives it: erasure is then stated for what it covers only."""
    gives = [("erasure" in term.entry.rights) for term in notice.legal_basis]
    return any(gives) and not all(gives)


@dataclass(frozen=True)
class Problem:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class NoticeError(Exception):
    """The front matter does not describe a valid notice; `problems` says where and why."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    def report(self, page: str) -> str:
        """The problems of one page, as the build and the `seloste` command show them."""
        count = len(self.problems)
        lines = "\n".join(f"  - {problem}" for problem in self.problems)
        return f"{page}: the privacy notice has {count} problem{'s' if count != 1 else ''}:\n{lines}"


# Section ids a notice may have, in the order the numbered layout uses; see outline.py.
SECTION_IDS = ("controller", "contact", "dpo", "register", "purposes", "data", "sources", "recipients",
               "transfers", "retention", "security", "automated_decisions", "rights", "complaint", "cookies",
               "history")
PARTY_SECTIONS = ("controller", "contact", "dpo")

_KEY = re.compile(r"^[a-z][a-z0-9_]*$")
_BUSINESS_ID = re.compile(r"^(\d{7})-(\d)$")
_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$")
_PHONE = re.compile(r"^\+?[0-9 ()/-]{5,25}$")
_URL = re.compile(r"^https?://[^\s<>\"]+$")


def business_id_check_digit(digits: str) -> int | None:
    """The check digit of a Finnish Business ID's seven digits; None when none exists (remainder 1)."""
    remainder = sum(int(d) * w for d, w in zip(digits, (7, 9, 10, 5, 8, 4, 2))) % 11
    if remainder == 1:
        return None
    return 0 if remainder == 0 else 11 - remainder


def _plausible_phone(phone: str) -> bool:
    """E.164 allows at most 15 digits; Finnish numbers have at least 6 after the area code."""
    return re.fullmatch(r"\+\d{7,15}", phone_e164(phone)) is not None


def phone_e164(phone: str) -> str:
    """A Finnish or international phone number as E.164 for `tel:` links: 010 219 8700 -> +358102198700."""
    digits = re.sub(r"[^\d+]", "", phone)
    if digits.startswith("+"):
        return digits
    if digits.startswith("00"):
        return "+" + digits[2:]
    if digits.startswith("0"):
        return "+358" + digits[1:]
    return digits


def _nearest(word: str, options) -> str:
    # Two-letter codes differ by one letter in half their length: "se" for "sv".
    close = difflib.get_close_matches(word, list(options), n=3, cutoff=0.5 if len(word) <= 3 else 0.6)
    return f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""


def _describe(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


class _Parser:
    def __init__(self, languages: list[str]):
        self.languages = languages
        self.default = languages[0]
        self.problems: list[Problem] = []

    def problem(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    # -- shapes ---------------------------------------------------------------------------------

    def mapping(self, value: Any, path: str, keys: tuple[str, ...]) -> dict | None:
        if not isinstance(value, dict):
            self.problem(path, f"found {_describe(value)}, expected a mapping with keys {', '.join(keys)}")
            return None
        for key in value:
            if key not in keys:
                self.problem(f"{path}.{key}", f"unknown key{_nearest(str(key), keys)} (known keys: {', '.join(keys)})")
        return value

    def as_list(self, value: Any, path: str) -> list[tuple[Any, str]]:
        """A list, or a single value as a list of one, with each item's path."""
        if isinstance(value, list):
            return [(item, f"{path}[{i}]") for i, item in enumerate(value)]
        return [(value, path)]

    def text(self, value: Any, path: str, *, translatable: bool = True) -> Text | None:
        """Free text: a string in the default language, or a mapping language -> string."""
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if isinstance(value, str):
            if not value.strip():
                self.problem(path, "found an empty text, expected some text")
                return None
            return Text({self.default: value}, path, translatable, source=value)
        if isinstance(value, dict):
            texts = {}
            for lang, item in value.items():
                if lang not in self.languages:
                    self.problem(f"{path}.{lang}", f"unknown language {lang!r}{_nearest(str(lang), self.languages)}"
                                 f" (this site's languages: {', '.join(self.languages)})")
                elif not isinstance(item, (str, int, float)) or isinstance(item, bool) or not str(item).strip():
                    self.problem(f"{path}.{lang}", f"found {_describe(item)}, expected a text")
                else:
                    texts[lang] = str(item)
            if texts and self.default not in value:
                self.problem(path, f"no text in the default language {self.default!r}; "
                             f"expected a mapping such as {{{self.default}: ..., {', '.join(self.languages[1:])}}}")
            return Text(texts, path, translatable) if texts else None
        self.problem(path, f"found {_describe(value)}, expected a text or a mapping of texts by language "
                     f"({', '.join(self.languages)})")
        return None

    def term(self, value: Any, path: str, category: str, *, words: bool = False) -> Term | None:
        """A vocabulary key; or a mapping `{term: key, laws: [...]}` and, where `words`, the clinic's
        own words for it: `{term: key, fi: ..., sv: ...}` or `{term: key, text: ...}`."""
        known = vocabulary.CATEGORIES[category]
        if isinstance(value, dict) and "term" in value:
            return self.termed(value, path, category, words)
        if isinstance(value, str) and value in known:
            return Term(category, value, path)
        found = _describe(value)
        hint = _nearest(value, known) if isinstance(value, str) else ""
        self.problem(path, f"found {found}, expected one of: {', '.join(known)}{hint}")
        return None

    def termed(self, value: dict, path: str, category: str, words: bool) -> Term | None:
        extra = ("term", "laws") + (("text",) if words else ()) + (("basis",) if category == "purposes" else ())
        keys = extra + (tuple(self.languages) if words else ())
        for key in value:
            if key not in keys:
                self.problem(f"{path}.{key}", f"unknown key{_nearest(str(key), keys)} (an item that names its term "
                             f"may have: {', '.join(keys)})")
        term = self.term(value["term"], f"{path}.term", category)
        if term is None:
            return None
        own = None
        by_language = {key: text for key, text in value.items() if key in self.languages}
        if "text" in value and by_language:
            self.problem(path, "give the words either as 'text:' (in the default language, translated by the "
                         "site's catalogs) or by language, not both")
        elif "text" in value:
            own = self.text(value["text"], f"{path}.text")
            if own is not None:
                own = Text(own.by_language, path, own.translatable, source=own.source)
        elif by_language:
            own = self.text(by_language, path)
        laws = []
        for item, item_path in self.as_list(value.get("laws", []), f"{path}.laws"):
            citation = parse_citation(item) if isinstance(item, str) else None
            if citation is None:
                self.problem(item_path, f"found {_describe(item)}, expected {CITATION_FORMAT}; known laws: "
                             f"{', '.join(LAWS)}")
            else:
                laws.append(citation)
        bases = tuple(t.key for t in self.terms(value.get("basis", []), f"{path}.basis", "legal_basis"))
        return Term(category, term.key, path, own, tuple(laws), bases)

    def item(self, value: Any, path: str, category: str) -> Item | None:
        """A vocabulary key or free text. A lone word with an underscore, or one close to a key, is taken
        as a misspelt key rather than silently shown as text."""
        known = vocabulary.CATEGORIES[category]
        if isinstance(value, dict) and "term" in value:
            return self.termed(value, path, category, True)
        if isinstance(value, dict) and ("text" in value or "laws" in value):
            self.problem(path, f"found {_describe(value)} without 'term:'; name the term it stands for, such as "
                         f"{{term: {next(iter(known))}, text: ...}}, or give the text alone")
            return None
        if isinstance(value, str):
            if value in known:
                return Term(category, value, path)
            looks_like_key = _KEY.match(value) and ("_" in value or difflib.get_close_matches(value, known, 1, 0.8))
            if looks_like_key:
                self.problem(path, f"unknown {category.replace('_', ' ')} key {value!r}{_nearest(value, known)}"
                             f" (write free text with spaces, or a mapping by language, to say something else)")
                return None
        return self.text(value, path)

    def items(self, value: Any, path: str, category: str) -> list[Item]:
        return [i for i in (self.item(v, p, category) for v, p in self.as_list(value, path)) if i is not None]

    def texts(self, value: Any, path: str, *, translatable: bool = True) -> list[Text]:
        return [t for t in (self.text(v, p, translatable=translatable) for v, p in self.as_list(value, path)) if t]

    def terms(self, value: Any, path: str, category: str) -> list[Term]:
        return [t for t in (self.term(v, p, category) for v, p in self.as_list(value, path)) if t]

    def string(self, value: Any, path: str, pattern: re.Pattern, expected: str) -> str | None:
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or not pattern.match(value.strip()):
            self.problem(path, f"found {_describe(value)}, expected {expected}")
            return None
        return value.strip()

    # -- parts ----------------------------------------------------------------------------------

    def party(self, value: Any, path: str, keys: tuple[str, ...]) -> Party | None:
        data = self.mapping(value, path, keys)
        if data is None:
            return None
        fields: dict[str, Any] = {}
        if "name" in data:
            fields["name"] = self.text(data["name"], f"{path}.name", translatable=False)
        if "role" in data:
            fields["role"] = self.text(data["role"], f"{path}.role")
        if "address" in data:
            fields["address"] = self.text(data["address"], f"{path}.address", translatable=False)
        if "business_id" in data:
            fields["business_id"] = self.business_id(data["business_id"], f"{path}.business_id")
        if "phone" in data:
            expected = "a phone number such as '010 219 8700' or '+358 10 219 8700'"
            phone = self.string(data["phone"], f"{path}.phone", _PHONE, expected)
            if phone is not None and not _plausible_phone(phone):
                self.problem(f"{path}.phone", f"found {phone!r}, which has too few or too many digits; expected {expected}")
                phone = None
            fields["phone"] = phone
        if "email" in data:
            fields["email"] = self.string(data["email"], f"{path}.email", _EMAIL, "an e-mail address such as 'info@example.fi'")
        if "website" in data:
            fields["website"] = self.string(data["website"], f"{path}.website", _URL, "a web address starting with https://")
        return Party(**fields)

    def business_id(self, value: Any, path: str) -> str | None:
        found = self.string(value, path, _BUSINESS_ID, "a Business ID (Y-tunnus) such as '2140524-2': seven digits, a hyphen and a check digit")
        if found is None:
            return None
        digits, check = _BUSINESS_ID.match(found).groups()
        expected = business_id_check_digit(digits)
        if expected is None:
            self.problem(path, f"found {found!r}, but no valid Business ID starts with {digits}: check the digits")
            return None
        if int(check) != expected:
            self.problem(path, f"found {found!r}, but its check digit should be {expected}: check the digits")
            return None
        return found

    def transfers(self, value: Any, path: str) -> Transfers | None:
        if value == NONE or value == []:
            return Transfers(outside_eea=False)
        data = self.mapping(value, path, ("data", "countries", "recipients", "safeguards"))
        if data is None:
            return None
        return Transfers(
            outside_eea=True,
            data=self.items(data.get("data", []), f"{path}.data", "data"),
            countries=self.texts(data.get("countries", []), f"{path}.countries"),
            recipients=self.texts(data.get("recipients", []), f"{path}.recipients"),
            safeguards=self.terms(data.get("safeguards", []), f"{path}.safeguards", "safeguards"),
        )

    def rights(self, value: Any, path: str) -> Rights | None:
        data = self.mapping(value, path, ("include", "requests_to", "method"))
        if data is None:
            return None
        requests_to = []
        for target, target_path in self.as_list(data.get("requests_to", []), f"{path}.requests_to"):
            if target in PARTY_SECTIONS:
                requests_to.append(target)
            else:
                self.problem(target_path, f"found {_describe(target)}, expected one of: {', '.join(PARTY_SECTIONS)}"
                             f"{_nearest(str(target), PARTY_SECTIONS)}")
        include = self.terms(data["include"], f"{path}.include", "rights") if "include" in data else None
        methods = self.terms(data.get("method", []), f"{path}.method", "request_methods")
        return Rights(include=include, requests_to=requests_to, methods=methods)

    def cookies(self, value: Any, path: str) -> Cookies | None:
        data = self.mapping(value, path, ("types", "vendors", "consent"))
        if data is None:
            return None
        consent = self.term(data["consent"], f"{path}.consent", "cookie_consent") if "consent" in data else None
        return Cookies(types=self.items(data.get("types", []), f"{path}.types", "cookie_types"),
                       vendors=None if "vendors" not in data else [] if data["vendors"] == NONE
                       else self.texts(data["vendors"], f"{path}.vendors", translatable=False),
                       consent=consent)

    def section_texts(self, value: Any, path: str) -> dict[str, list[Text]]:
        data = self.mapping(value, path, SECTION_IDS)
        if data is None:
            return {}
        return {key: self.texts(item, f"{path}.{key}") for key, item in data.items() if key in SECTION_IDS}

    def date(self, value: Any, path: str) -> datetime.date | None:
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, datetime.date):
            return value
        self.problem(path, f"found {_describe(value)}, expected a date written as YYYY-MM-DD, such as 2026-11-01")
        return None

    def history(self, value: Any, path: str) -> list[Change]:
        changes = []
        for item, item_path in self.as_list(value, path):
            data = self.mapping(item, item_path, ("date", "changes"))
            if data is None:
                continue
            if "date" not in data or "changes" not in data:
                self.problem(item_path, "a version needs both 'date' and 'changes'")
                continue
            date = self.date(data["date"], f"{item_path}.date")
            changes_text = self.text(data["changes"], f"{item_path}.changes")
            if date and changes_text:
                changes.append(Change(date, changes_text))
        # Newest first, as readers look for the latest change.
        return sorted(changes, key=lambda change: change.date, reverse=True)

    def record(self, value: Any, path: str) -> Record | None:
        data = self.mapping(value, path, ("data_subjects", "processors", "security"))
        if data is None:
            return None
        return Record(**{key: [] if data[key] == NONE else self.texts(data[key], f"{path}.{key}",
                                                                      translatable=key != "processors")
                         for key in ("data_subjects", "processors", "security") if key in data})

    def custom_sections(self, value: Any, path: str) -> list[CustomSection]:
        sections = []
        for item, item_path in self.as_list(value, path):
            data = self.mapping(item, item_path, ("id", "title", "text", "after"))
            if data is None:
                continue
            section_id = data.get("id")
            if not isinstance(section_id, str) or not _KEY.match(section_id):
                self.problem(f"{item_path}.id", f"found {_describe(section_id)}, expected a short id in lower case "
                             "such as 'erasure' (it becomes the section's anchor)")
                continue
            if section_id in SECTION_IDS:
                self.problem(f"{item_path}.id", f"{section_id!r} is a built-in section; add text to it under "
                             f"'text: {{{section_id}: ...}}' instead, or choose another id")
                continue
            if "title" not in data:
                self.problem(item_path, "no 'title'; a custom section needs a title")
                continue
            title = self.text(data["title"], f"{item_path}.title")
            texts = self.texts(data.get("text", []), f"{item_path}.text")
            after = data.get("after")
            if after is not None and not isinstance(after, str):
                self.problem(f"{item_path}.after", f"found {_describe(after)}, expected a section id")
                after = None
            if title:
                sections.append(CustomSection(section_id, title, texts, after))
        seen: set[str] = set()
        for section in sections:
            if section.id in seen:
                self.problem(path, f"two custom sections have the id {section.id!r}; ids must differ")
            seen.add(section.id)
        return sections


TOP_KEYS = ("preset", "layout", "completeness", "updated", "effective", "history", "register", "intro", "controller", "contact", "dpo", "purposes", "legal_basis",
            "legitimate_interests", "data", "provision", "sources", "recipients", "transfers", "retention",
            "security", "automated_decisions", "rights", "complaint", "cookies", "text", "sections", "record")
CONTROLLER_KEYS = ("name", "business_id", "address", "phone", "email", "website")
PERSON_KEYS = ("name", "role", "address", "phone", "email")


def _purpose_bases(p: _Parser, fields: dict, given: bool, root: str) -> None:
    """Legal bases named on purposes are the notice's bases: without `legal_basis:` they are all of
    them; with it, each must be among them."""
    named = [(key, item.path) for item in fields.get("purposes") or [] if isinstance(item, Term) for key in item.bases]
    if not named:
        return
    if not given:
        first: dict[str, str] = {}
        for key, path in named:
            first.setdefault(key, path)
        fields["legal_basis"] = [Term("legal_basis", key, path) for key, path in first.items()]
        return
    listed = {term.key for term in fields.get("legal_basis") or []}
    for key, path in named:
        if key not in listed:
            p.problem(f"{path}.basis", f"{key!r} covers this purpose but is not under '{root}.legal_basis': add it "
                      f"there, so the notice lists every legal basis")


def parse(front_matter: Any, languages: list[str], *, root: str = "seloste") -> Notice:
    """The Notice described by the value of the `seloste` key; raises NoticeError listing all problems."""
    p = _Parser(languages)
    data = p.mapping(front_matter, root, TOP_KEYS)
    if data is None:
        raise NoticeError(p.problems)
    fields: dict[str, Any] = {}
    preset_keys: tuple[str, ...] = ()
    if "preset" in data:
        known = presets.names()
        if data["preset"] not in known:
            p.problem(f"{root}.preset", f"found {_describe(data['preset'])}, expected one of: {', '.join(known)}"
                      f"{_nearest(str(data['preset']), known)}")
            raise NoticeError(p.problems)
        own = data
        data = presets.apply(data["preset"], data, languages)
        preset_keys = tuple(key for key in data if key not in own and key not in ("preset", "text"))
        preset_keys += tuple(f"text.{section}" for section in presets.texts(own["preset"]))
        fields["preset"] = own["preset"]
        fields["from_preset"] = preset_keys

    def at(key: str) -> str:
        return f"{root}.{key}"

    simple: dict[str, Callable[[Any, str], Any]] = {
        "register": lambda v, path: p.text(v, path),
        "intro": lambda v, path: p.texts(v, path),
        "controller": lambda v, path: p.party(v, path, CONTROLLER_KEYS),
        "contact": lambda v, path: p.party(v, path, PERSON_KEYS),
        "dpo": lambda v, path: p.party(v, path, PERSON_KEYS),
        "purposes": lambda v, path: p.items(v, path, "purposes"),
        "legal_basis": lambda v, path: p.terms(v, path, "legal_basis"),
        "legitimate_interests": lambda v, path: p.texts(v, path),
        "data": lambda v, path: p.items(v, path, "data"),
        "provision": lambda v, path: p.item(v, path, "provision"),
        "sources": lambda v, path: p.items(v, path, "sources"),
        "recipients": lambda v, path: [] if v == NONE else p.items(v, path, "recipients"),
        "transfers": p.transfers,
        "retention": lambda v, path: p.items(v, path, "retention"),
        "security": lambda v, path: p.items(v, path, "security"),
        "automated_decisions": lambda v, path: [] if v == NONE else p.texts(v, path),
        "rights": p.rights,
        "cookies": p.cookies,
        "text": p.section_texts,
        "sections": p.custom_sections,
        "record": p.record,
        "history": p.history,
    }
    for key, parse_value in simple.items():
        if key in data:
            fields[key] = parse_value(data[key], at(key))

    if "layout" in data:
        layout = data["layout"]
        if layout in LAYOUTS:
            fields["layout"] = layout
        else:
            p.problem(at("layout"), f"found {_describe(layout)}, expected one of: {', '.join(LAYOUTS)}"
                      f"{_nearest(str(layout), LAYOUTS)}")
    if "completeness" in data:
        level = "off" if data["completeness"] is False else data["completeness"]  # YAML reads a bare `off` as false
        if level in COMPLETENESS_LEVELS:
            fields["completeness"] = level
        else:
            p.problem(at("completeness"), f"found {_describe(level)}, expected one of: "
                      f"{', '.join(COMPLETENESS_LEVELS)}{_nearest(str(level), COMPLETENESS_LEVELS)}")
    for key in ("updated", "effective"):
        if key in data:
            fields[key] = p.date(data[key], at(key))
    if "complaint" in data:
        if isinstance(data["complaint"], bool):
            fields["complaint"] = data["complaint"]
        else:
            p.problem(at("complaint"), f"found {_describe(data['complaint'])}, expected true or false")
    _purpose_bases(p, fields, "legal_basis" in data, root)
    if p.problems:
        raise NoticeError(p.problems)
    return Notice(**{k: v for k, v in fields.items() if v is not None})
