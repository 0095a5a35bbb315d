"""What the GDPR requires a notice to say (Art. 13 and 14), and common Finnish mistakes.

Each finding names the article and what to add. Whether a finding is an error, a warning or
nothing is the site's and the notice's choice (`completeness: error | warn | off`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Notice, Term, Text, applicable_rights
from .outline import Outline, request_targets

# Searched in lower-cased text: a case-insensitive Unicode pattern is several times slower.
_REPEALED_ACT = re.compile(r"523/1999|henkilötietolai|personuppgiftslag|personal data act")
_DPO_WORDS = re.compile(r"tietosuojavastaav|dataskyddsombud|data protection officer", re.IGNORECASE)


@dataclass(frozen=True)
class Finding:
    check: str  # short id, e.g. "legal_basis"
    article: str  # "Art. 13(1)(c)"
    path: str  # where to add or change it: "seloste.legal_basis"
    message: str  # what to add

    def __str__(self) -> str:
        return f"{self.path}: {self.message} (GDPR {self.article})" if self.article else f"{self.path}: {self.message}"


def _keys(items) -> set[str]:
    return {item.key for item in items if isinstance(item, Term)}


def _all_text(notice: Notice) -> str:
    return "\n".join(value for text in notice.texts() for value in text.by_language.values())


def completeness(notice: Notice, outline: Outline) -> list[Finding]:
    """Items Art. 13 and 14 require that the notice does not give."""
    found: list[Finding] = []

    def need(condition, check: str, article: str, key: str, message: str) -> None:
        if not condition:
            found.append(Finding(check, article, f"seloste.{key}", message))

    controller = notice.controller
    need(controller and controller.name, "controller", "Art. 13(1)(a)", "controller.name",
         "name the controller: the company or practitioner responsible for the register")
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


def mistakes(notice: Notice) -> list[Finding]:
    """Mistakes Finnish notices commonly make."""
    found = []
    if _REPEALED_ACT.search(_all_text(notice).lower()):
        found.append(Finding("repealed_act", "", "seloste",
                             "cites the Personal Data Act (henkilötietolaki 523/1999), repealed in 2018: refer to "
                             "the GDPR and the Data Protection Act (tietosuojalaki 1050/2018) instead"))
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
    return completeness(notice, outline) + mistakes(notice)
