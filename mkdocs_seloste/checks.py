"""What the GDPR requires a notice to say (Art. 13 and 14), and common Finnish mistakes.

Each finding names the article or law and what to add or change. Whether a finding is an error,
a warning or nothing is the site's and the notice's choice (`completeness: error | warn | off`);
a finding marked `error` (a notice that cannot be published as it stands) is an error at `warn`
too. What a term means to a check (a special category, the rights a legal basis gives, ...) is
declared with the term in vocabulary.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import vocabulary
from .laws import LAWS, repealed_mentions
from .model import Notice, Term, Text, applicable_rights
from .outline import Outline, request_targets

_DPO_WORDS = re.compile(r"tietosuojavastaav|dataskyddsombud|data protection officer", re.IGNORECASE)
# Free text that plainly says it is about health, in Finnish, Swedish or English (lower-cased).
_HEALTH_WORDS = re.compile(
    r"potila|hoitokertomu|hoitotie|hoitosuunnitel|hammashoi|hoitojakso|terveys|terveyd|diagnoo|sairau|lääki"
    r"|röntgen|hammaskuv|kuvantami|laboratorio|resepti|allergi"
    r"|patient|journal|vårdupp|tandvård|sjukvård|hälsa|hälso|diagnos|sjukdom|läkemed|tandbild"
    r"|health|medical|treatment|x-ray|illness|disease|medication|prescription|dental record|clinical")
# Retention given without a period or criteria ("as long as needed"), in the three languages.
_OPEN_ENDED = re.compile(
    r"niin kauan kuin (\w+ ){0,2}(tarpeen|tarpeellis|tarvitaan|tarvitsemme|välttämätön)|tarpeen mukaan"
    r"|tarpeellisen ajan|så länge (som )?(\w+ ){0,3}(behövs|är nödvändig|krävs)|så länge som nödvändigt"
    r"|as long as (\w+ ){0,3}(needed|necessary|required|needs? (it|them))|as needed|no longer than (is )?necessary")


@dataclass(frozen=True)
class Finding:
    check: str  # short id, e.g. "legal_basis"
    article: str  # "Art. 13(1)(c)" of the GDPR, or "" when a national law is cited instead
    path: str  # where to add or change it: "seloste.legal_basis"
    message: str  # what to add
    law: str = ""  # a national law or guidance cited instead of, or beside, the GDPR article
    error: bool = False  # the notice cannot be published as it stands

    @property
    def reference(self) -> str:
        """The article or law the finding rests on, as shown after its message."""
        parts = ([f"GDPR {self.article}"] if self.article else []) + ([self.law] if self.law else [])
        return "; ".join(parts)

    def __str__(self) -> str:
        return f"{self.path}: {self.message} ({self.reference})" if self.reference else f"{self.path}: {self.message}"


def _keys(items) -> set[str]:
    return {item.key for item in items if isinstance(item, Term)}


def _all_text(notice: Notice) -> str:
    return "\n".join(value for text in notice.texts() for value in text.by_language.values())


def _quoted(text: Text) -> str:
    value = next(iter(text.by_language.values()))
    return repr(value if len(value) <= 60 else value[:57] + "...")


def _words(item) -> Text | None:
    """The free text of an item that names no term."""
    return item if isinstance(item, Text) else None


def reads_as_health(text: Text) -> bool:
    """Whether free text plainly speaks of health, care or patients in any of its languages."""
    return any(_HEALTH_WORDS.search(value.lower()) for value in text.by_language.values())


def special_categories(notice: Notice) -> tuple[list[Term], list[Text]]:
    """The data of special categories (Art. 9(1)): terms declared so, and free text of data or
    purposes that reads as health data."""
    terms = [item for item in notice.data if isinstance(item, Term) and item.entry.special]
    texts = [item for item in (*notice.data, *notice.purposes) if isinstance(item, Text) and reads_as_health(item)]
    return terms, texts


def _article(dpv: str) -> str:
    """'eu-gdpr:A7-3' -> 'Art. 7(3)'."""
    number, *rest = dpv.split(":A", 1)[1].split("-")
    return f"Art. {number}" + "".join(f"({part})" for part in rest)


def completeness(notice: Notice, outline: Outline) -> list[Finding]:
    """Items Art. 13 and 14 require that the notice does not give."""
    found: list[Finding] = []

    def need(condition, check: str, article: str, key: str, message: str, *, error: bool = False) -> None:
        if not condition:
            found.append(Finding(check, article, f"seloste.{key}", message, error=error))

    controller = notice.controller
    need(controller and controller.name, "controller", "Art. 13(1)(a)", "controller.name",
         "name the controller: the company or practitioner responsible for the register; "
         "a notice without it cannot be published", error=True)
    need(controller and (controller.address or controller.email or controller.phone), "controller_contact",
         "Art. 13(1)(a)", "controller", "give the controller's contact details: address, e-mail or phone")
    if notice.dpo is not None:
        need(notice.dpo.email or notice.dpo.phone or notice.dpo.address, "dpo_contact", "Art. 13(1)(b)", "dpo",
             "give the data protection officer's contact details")
    need(notice.purposes, "purposes", "Art. 13(1)(c)", "purposes", "say what the data is used for")
    need(notice.legal_basis, "legal_basis", "Art. 13(1)(c)", "legal_basis",
         "give the legal basis of the processing, e.g. [contract] or [legal_obligation, health_care]")
    bases = _keys(notice.legal_basis)
    if "legitimate_interests" in bases:
        need(notice.legitimate_interests, "legitimate_interests", "Art. 13(1)(d)", "legitimate_interests",
             "the basis is legitimate interests: say what those interests are")
    need(notice.recipients is not None, "recipients", "Art. 13(1)(e)", "recipients",
         "say who receives the data (processors count), or write 'recipients: none'")
    need(notice.transfers is not None, "transfers", "Art. 13(1)(f)", "transfers",
         "say whether data is transferred outside the EU/EEA, or write 'transfers: none'")
    if notice.transfers is not None and notice.transfers.outside_eea:
        need(notice.transfers.safeguards, "safeguards", "Art. 13(1)(f)", "transfers.safeguards",
             "data goes outside the EU/EEA: name the adequacy decision or safeguard")
    need(notice.retention, "retention", "Art. 13(2)(a)", "retention",
         "say how long the data is kept, or the criteria that decide it")
    if notice.rights is None:
        need(False, "rights", "Art. 13(2)(b)", "rights", "add 'rights:' so that the data subject's rights are listed")
    else:
        shown = set(notice.rights_shown())
        missing = [right for right in applicable_rights(notice) if right not in shown]
        need(not missing, "rights", "Art. 13(2)(b-c)", "rights.include",
             f"list these rights too, which the GDPR gives for this processing: {', '.join(missing)}")
        targets = request_targets(notice, outline)
        reachable = [t for t in targets if _has_contact_details(getattr(notice, t))]
        need(reachable, "requests", "Art. 12(2)", "rights.requests_to",
             f"requests go to {' and '.join(targets) or 'no section'}, which gives no address, e-mail or phone: "
             "add them there, or send requests to a section that has them")
    need(notice.complaint, "complaint", "Art. 13(2)(d)", "complaint",
         "the right to complain to the supervisory authority must be stated: remove 'complaint: false'")
    need(notice.provision is not None, "provision", "Art. 13(2)(e)", "provision",
         "say whether giving the data is required and what follows if it is not given")
    need(notice.automated_decisions is not None, "automated_decisions", "Art. 13(2)(f)", "automated_decisions",
         "say whether automated decisions or profiling are used, or write 'automated_decisions: none'")
    need(notice.data, "data", "Art. 14(1)(d)", "data", "list the categories of personal data")
    need(notice.sources, "sources", "Art. 14(2)(f)", "sources", "say where the data comes from")
    return found


def _has_contact_details(party) -> bool:
    return party is not None and bool(party.address or party.email or party.phone)


def special_category_condition(notice: Notice) -> list[Finding]:
    """Art. 9: health data needs an Art. 9(2) condition besides the Art. 6 basis."""
    terms, texts = special_categories(notice)
    if not (terms or texts) or any(term.entry.condition for term in notice.legal_basis):
        return []
    named = [f"'{term.key}'" for term in terms] + [f"{text.path} ({_quoted(text)}, which reads as health data)"
                                                   for text in texts]
    conditions = ", ".join(key for key, entry in vocabulary.LEGAL_BASES.items() if entry.condition)
    consent = (" Plain 'consent' (Art. 6(1)(a)) is not the explicit consent Art. 9(2)(a) asks for."
               if "consent" in _keys(notice.legal_basis) else "")
    return [Finding("special_category", "Art. 9(1), 9(2)", "seloste.legal_basis",
                    f"the notice processes special categories of data ({'; '.join(named)}), which needs an Art. 9(2) "
                    f"condition besides the Art. 6 basis: add one of {conditions} to 'legal_basis' (health_care "
                    f"for a clinic's patient care).{consent}")]


def cookie_consent(notice: Notice) -> list[Finding]:
    cookies = notice.cookies
    if cookies is None:
        return []
    optional = [item for item in cookies.types if not (isinstance(item, Term) and item.entry.necessary)]
    found = []
    if optional and cookies.consent is not None and not cookies.consent.entry.valid_consent:
        found.append(Finding(
            "cookie_consent", "", "seloste.cookies.consent",
            f"'{cookies.consent.key}' is not consent: browser settings cannot consent to cookies other than "
            "necessary ones. Ask for consent with a reject option on the first layer ('consent: banner'), or "
            "keep 'types: [necessary]'",
            law="Act on Electronic Communications Services 917/2014, section 205; CJEU C-673/17 Planet49; "
                "Traficom's guidance on cookies", error=True))
    if optional and cookies.consent is None:
        found.append(Finding("cookie_consent", "", "seloste.cookies.consent",
                             "cookies other than necessary ones need the visitor's consent: say how it is asked, "
                             "e.g. 'consent: banner' (a cookie notice with a reject option on the first layer)",
                             law="Act on Electronic Communications Services 917/2014, section 205"))
    if optional and cookies.vendors is None:
        found.append(Finding("cookie_vendors", "Art. 13(1)(e)", "seloste.cookies.vendors",
                             "analytics, marketing or preference cookies are set: name the third-party services "
                             "that set them under 'vendors', or write 'vendors: none' if they run on your own server"))
    return found


def retention_period(notice: Notice) -> list[Finding]:
    """WP260: retention as a period or the criteria that decide it, not "as long as needed"."""
    if not notice.retention:
        return []

    def open_ended(item) -> bool:
        if isinstance(item, Term):
            return item.entry.open_ended and item.words is None
        return not any(re.search(r"\d", value) for value in item.by_language.values()) and any(
            _OPEN_ENDED.search(value.lower()) for value in item.by_language.values())

    if all(open_ended(item) for item in notice.retention):
        return [Finding("retention_period", "Art. 13(2)(a)", "seloste.retention",
                        "'as long as needed' is neither a period nor the criteria for one: say how long the data "
                        "is kept (e.g. 'until_relationship_ends', 'accounting', or a text such as 'two years after "
                        "the last visit')", law="WP260 rev.01, paragraph 45")]
    return []


def recipients_contradiction(notice: Notice) -> list[Finding]:
    if notice.recipients != []:
        return []
    named = []
    if notice.transfers is not None and notice.transfers.outside_eea and (notice.transfers.recipients
                                                                          or notice.transfers.data):
        named.append("'transfers' sends data outside the EU/EEA")
    if notice.cookies is not None and notice.cookies.vendors:
        named.append("'cookies.vendors' names third-party services")
    if not named:
        return []
    return [Finding("recipients_contradiction", "Art. 13(1)(e)", "seloste.recipients",
                    f"'recipients: none' says nobody receives the data, but {' and '.join(named)}: list those "
                    "recipients (or their categories) under 'recipients'")]


def rights_that_do_not_apply(notice: Notice) -> list[Finding]:
    """Rights listed under `rights.include` that no legal basis or purpose of the notice gives."""
    if notice.rights is None or notice.rights.include is None or not notice.legal_basis:
        return []
    applicable = set(applicable_rights(notice))
    free_purposes = any(not isinstance(item, Term) for item in notice.purposes)
    found = []
    for term in notice.rights.include:
        if term.key in applicable or (term.key == "objection_direct_marketing" and free_purposes):
            continue
        entry = term.entry
        givers = [key for key, basis in vocabulary.LEGAL_BASES.items() if term.key in basis.rights]
        hint = f"it follows from {', '.join(givers)}" if givers else "it follows from a direct marketing purpose"
        found.append(Finding("right_not_applicable", _article(entry.dpv), term.path,
                             f"'{term.key}' does not apply to processing based on "
                             f"{', '.join(sorted(_keys(notice.legal_basis))) or 'no legal basis'} ({hint}): "
                             "remove it, so the notice does not promise a right the data subject does not have"))
    return found


def request_channels(notice: Notice, outline: Outline) -> list[Finding]:
    """Art. 12(2): at least one of the ways of making a request has its channel (a postal address
    for a letter, an e-mail address for e-mail ...) in the section requests go to."""
    if notice.rights is None or not notice.rights.methods:
        return []
    targets = request_targets(notice, outline)
    parties = [getattr(notice, t) for t in targets if getattr(notice, t) is not None]
    if not parties or not any(_has_contact_details(party) for party in parties):
        return []  # the "requests" finding already asks for contact details there
    lacking = []
    for term in notice.rights.methods:
        needs = term.entry.needs
        where = parties + ([notice.controller] if needs == "premises" and notice.controller else [])
        if any(getattr(party, name) for party in where for name in vocabulary.CHANNELS[needs]):
            return []
        lacking.append(f"'{term.key}' needs " + " or ".join(_DETAILS[name] for name in vocabulary.CHANNELS[needs]))
    return [Finding("request_channel", "Art. 12(2)", "seloste.rights.method",
                    f"no way of making a request can be used: {'; '.join(lacking)}, and "
                    f"{' and '.join(targets)}, where requests go, gives none of them: add the missing detail there "
                    "('address:', 'email:' or 'phone:'), or offer a method that it has (e.g. 'email')")]


_DETAILS = {"address": "a postal address", "email": "an e-mail address", "phone": "a phone number"}


def untermed_items(notice: Notice) -> list[Finding]:
    """Once per notice: lists the check reads whose every item is free text without a term."""
    lists = {"purposes": notice.purposes, "data": notice.data}
    paths = [item.path for items in lists.values() if items and all(isinstance(i, Text) for i in items)
             for item in items]
    if not paths:
        return []
    return [Finding("untermed", "", paths[0].rsplit("[", 1)[0],
                    f"{', '.join(paths)} are free text only, so the check cannot tell what they are (health data? "
                    "direct marketing?): name the term each stands for and keep your words, e.g. "
                    "'- {term: patient_care, text: \"hampaiden hoito\"}' or '- {term: health_data, fi: ..., sv: ...}'")]


def mistakes(notice: Notice) -> list[Finding]:
    """Mistakes Finnish notices commonly make."""
    found = []
    text = _all_text(notice).lower()
    for law, word in repealed_mentions():
        if word in text:
            replacement = LAWS[law.replaced_by]
            found.append(Finding("repealed_act", "", "seloste",
                                 f"cites the {law.name.msgid} ({law.number}), repealed: refer to the GDPR and the "
                                 f"{replacement.name.msgid} ({replacement.number}) instead"))
            break
    for items in (notice.purposes, notice.legal_basis, notice.data, notice.sources, notice.recipients or [],
                  notice.retention, notice.security):
        for item in items:
            if isinstance(item, Term):
                for citation in item.laws:
                    if not citation.law.in_force:
                        replacement = LAWS[citation.law.replaced_by]
                        found.append(Finding("repealed_law", "", f"{item.path}.laws",
                                             f"{citation.number} ({citation.law.name.msgid}) is no longer in force: "
                                             f"cite {replacement.number} ({replacement.name.msgid}) instead"))
    data = _keys(notice.data)
    purposes = _keys(notice.purposes)
    if ("health_data" in data or "patient_care" in purposes) and _keys(notice.legal_basis) & {"consent", "explicit_consent"}:
        found.append(Finding("patient_consent", "Art. 6(1)(c), 9(2)(h)", "seloste.legal_basis",
                             "a patient register rests on the law, not on consent: use [legal_obligation, health_care]"))
    role = notice.contact.role if notice.contact else None
    if isinstance(role, Text) and _DPO_WORDS.search(" ".join(role.by_language.values())):
        found.append(Finding("dpo_as_contact", "Art. 37-39", "seloste.contact.role",
                             "the contact person is called a data protection officer; a DPO has duties of their "
                             "own (Art. 37-39): if you have one, give them under 'dpo:', else call the contact "
                             "person something else"))
    return found


def level(notice: Notice, site_level: str) -> str:
    """The notice's own `completeness:` setting, else the site's."""
    return notice.completeness or site_level


def check(notice: Notice, outline: Outline) -> list[Finding]:
    return (completeness(notice, outline) + special_category_condition(notice) + cookie_consent(notice)
            + retention_period(notice) + recipients_contradiction(notice) + rights_that_do_not_apply(notice)
            + request_channels(notice, outline) + untermed_items(notice) + mistakes(notice))


def from_preset(notice: Notice) -> list[str]:
    """The keys whose statements only the notice's preset makes, for the clinic to confirm."""
    return list(notice.from_preset)
