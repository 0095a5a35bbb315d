"""Controlled terms a notice can name by key: purposes, legal bases, data, sources, recipients ...

Each term is declared once, here, with everything it carries: its gettext message (with a
context, `msgctxt`, naming its category, so the same English word can be translated differently
where it means different things), its concept in the W3C Data Privacy Vocabulary, and what the
GDPR check needs to know of it (a special category of data, the rights a legal basis gives, an
Art. 9(2) condition, the laws it rests on ...). The JSON-LD, the checks and the rights a notice
lists are derived from these declarations; `missing()` names a term that lacks what its category
needs, and a test keeps it empty.

Terms that stand in a list are written in their basic form (Finnish nominative), because the
sentence before the list ends with a colon; terms that stand alone are whole sentences.
"""

from __future__ import annotations

from dataclasses import dataclass

from .laws import Citation, cite
from .messages import N_, Message

__all__ = ["N_", "Message", "Entry", "CATEGORIES", "missing"]


@dataclass(frozen=True)
class Entry:
    """One term: its message and what it means to the check, the JSON-LD and the record."""

    message: Message
    dpv: str | None = None  # its DPV concept: "eu-gdpr:A6-1-a", "dpv:Marketing"
    rights: frozenset[str] = frozenset()  # legal bases and purposes: the rights it gives
    condition: bool = False  # legal bases: an Art. 9(2) condition for special categories
    special: bool = False  # data: a special category (Art. 9(1)), such as health data
    direct: bool | None = None  # sources: from the data subject themselves (Art. 13), else Art. 14
    copyable: bool | None = None  # safeguards: Art. 46-47, of which a copy can be asked for
    open_ended: bool = False  # retention: names no period and no criteria
    always: bool | None = None  # rights: given whatever the legal basis
    limited: Message | None = None  # rights: the wording when some legal bases exclude the right
    needs: str | None = None  # request methods: the contact detail it needs
    necessary: bool | None = None  # cookie types: strictly necessary (no consent needed)
    valid_consent: bool | None = None  # cookie consent: consent in the sense of the GDPR (Art. 4(11))
    laws: tuple[Citation, ...] = ()  # the national laws it rests on, shown under "Applicable law"


def _laws(*citations: str) -> tuple[Citation, ...]:
    return tuple(cite(c) for c in citations)


def purpose(message: Message, *, dpv: str, rights: tuple[str, ...] = ()) -> Entry:
    return Entry(message, dpv=dpv, rights=frozenset(rights))


def basis(message: Message, *, dpv: str, rights: tuple[str, ...], condition: bool = False) -> Entry:
    return Entry(message, dpv=dpv, rights=frozenset(rights), condition=condition)


def datum(message: Message, *, special: bool = False) -> Entry:
    return Entry(message, special=special)


def source(message: Message, *, direct: bool, laws: tuple[str, ...] = ()) -> Entry:
    return Entry(message, direct=direct, laws=_laws(*laws))


def plain(message: Message, *, laws: tuple[str, ...] = ()) -> Entry:
    return Entry(message, laws=_laws(*laws))


def safeguard(message: Message, *, dpv: str, copyable: bool) -> Entry:
    return Entry(message, dpv=dpv, copyable=copyable)


def retention(message: Message, *, open_ended: bool = False, laws: tuple[str, ...] = ()) -> Entry:
    return Entry(message, open_ended=open_ended, laws=_laws(*laws))


def right(message: Message, *, dpv: str, always: bool, limited: Message | None = None) -> Entry:
    return Entry(message, dpv=dpv, always=always, limited=limited)


def method(message: Message, *, needs: str) -> Entry:
    return Entry(message, needs=needs)


def cookie_type(message: Message, *, necessary: bool) -> Entry:
    return Entry(message, necessary=necessary)


def cookie_consent(message: Message, *, valid_consent: bool) -> Entry:
    return Entry(message, valid_consent=valid_consent)


# What each category's terms must declare besides their message.
REQUIRED = {
    "purposes": ("dpv",),
    "legal_basis": ("dpv",),
    "sources": ("direct",),
    "safeguards": ("dpv", "copyable"),
    "rights": ("dpv", "always"),
    "request_methods": ("needs",),
    "cookie_types": ("necessary",),
    "cookie_consent": ("valid_consent",),
}
# The contact details a request method needs; "premises" is an address of the controller or of
# the section requests go to.
CHANNELS = {"address": ("address",), "email": ("email",), "phone": ("phone",),
            "address_or_email": ("address", "email"), "premises": ("address",)}

_MARKETING = ("objection_direct_marketing",)  # Art. 21(2): direct marketing, and profiling related to it

# TRANSLATORS: list items after "Personal data is processed for the following purposes:".
PURPOSES = {
    "customer_relationship": purpose(N_("purpose", "managing the customer relationship"), dpv="dpv:CustomerRelationshipManagement"),
    "customer_relationship_development": purpose(N_("purpose", "developing the customer relationship"), dpv="dpv:CustomerRelationshipManagement"),
    "customer_service": purpose(N_("purpose", "customer service"), dpv="dpv:CustomerCare"),
    "communication": purpose(N_("purpose", "communicating with customers, also electronically"), dpv="dpv:CommunicationManagement"),
    "patient_communication": purpose(N_("purpose", "communicating with patients, also electronically"), dpv="dpv:CommunicationManagement"),
    "appointments": purpose(N_("purpose", "booking appointments"), dpv="dpv:RequestedServiceProvision"),
    "patient_care": purpose(N_("purpose", "planning, providing and following up the patient's care"), dpv="dpv:ServiceProvision"),
    "service_delivery": purpose(N_("purpose", "providing our services"), dpv="dpv:ServiceProvision"),
    "service_development": purpose(N_("purpose", "developing our services"), dpv="dpv:ServiceOptimisation"),
    "billing": purpose(N_("purpose", "invoicing"), dpv="dpv:PaymentManagement"),
    "technical_support": purpose(N_("purpose", "technical support"), dpv="dpv:TechnicalServiceProvision"),
    "administration": purpose(N_("purpose", "administration"), dpv="dpv:Purpose"),
    "incident_notices": purpose(N_("purpose", "informing customers of service faults"), dpv="dpv:CommunicationManagement"),
    "informing": purpose(N_("purpose", "informing customers about our services"), dpv="dpv:CommunicationManagement"),
    "marketing": purpose(N_("purpose", "marketing"), dpv="dpv:Marketing", rights=_MARKETING),
    "direct_marketing": purpose(N_("purpose", "direct marketing"), dpv="dpv:DirectMarketing", rights=_MARKETING),
    "analytics": purpose(N_("purpose", "analysis and statistics"), dpv="dpv:ServiceUsageAnalytics"),
    "market_research": purpose(N_("purpose", "market research"), dpv="dpv:CommercialResearch"),
    "misuse_prevention": purpose(N_("purpose", "detecting and preventing misuse"), dpv="dpv:MisusePreventionAndDetection"),
    "safety": purpose(N_("purpose", "keeping people and property safe"), dpv="dpv:EnforceSecurity"),
    "crime_prevention": purpose(N_("purpose", "preventing and investigating crimes and damage"), dpv="dpv:EnforceSecurity"),
    "recruitment": purpose(N_("purpose", "recruitment: handling applications and choosing employees"), dpv="dpv:HumanResourceManagement"),
    "rights_and_obligations": purpose(N_("purpose", "carrying out the rights and obligations of the customer and the controller"), dpv="dpv:FulfilmentOfObligation"),
    "online_services": purpose(N_("purpose", "providing online services"), dpv="dpv:ServiceProvision"),
    "research": purpose(N_("purpose", "research"), dpv="dpv:ResearchAndDevelopment"),
    "other_lawful": purpose(N_("purpose", "other comparable lawful purposes"), dpv="dpv:Purpose"),
}

# Rights a legal basis gives beyond those every notice lists (Art. 17, 20, 21(1), 7(3)). Erasure
# is not given where the law requires keeping the data or for health care (Art. 17(3)(b), (c)).
_CONSENT = ("erasure", "portability", "withdraw_consent")

# TRANSLATORS: list items after "The legal basis of the processing is:"; keep the article references.
LEGAL_BASES = {
    "consent": basis(N_("legal basis", "the data subject's consent (GDPR Article 6(1)(a))"), dpv="eu-gdpr:A6-1-a", rights=_CONSENT),
    "contract": basis(N_("legal basis", "a contract with the data subject, or steps taken at their request before entering into one (GDPR Article 6(1)(b))"), dpv="eu-gdpr:A6-1-b", rights=("erasure", "portability")),
    "legal_obligation": basis(N_("legal basis", "a legal obligation of the controller (GDPR Article 6(1)(c))"), dpv="eu-gdpr:A6-1-c", rights=()),
    "vital_interests": basis(N_("legal basis", "protecting the vital interests of the data subject or of another person (GDPR Article 6(1)(d))"), dpv="eu-gdpr:A6-1-d", rights=("erasure",)),
    "public_task": basis(N_("legal basis", "a task carried out in the public interest or in the exercise of official authority (GDPR Article 6(1)(e))"), dpv="eu-gdpr:A6-1-e", rights=("objection",)),
    "legitimate_interests": basis(N_("legal basis", "the controller's legitimate interests (GDPR Article 6(1)(f))"), dpv="eu-gdpr:A6-1-f", rights=("erasure", "objection")),
    "health_care": basis(N_("legal basis", "the provision of health care (GDPR Article 9(2)(h))"), dpv="eu-gdpr:A9-2-h", rights=(), condition=True),
    "explicit_consent": basis(N_("legal basis", "the data subject's explicit consent to the processing of health data (GDPR Article 9(2)(a))"), dpv="eu-gdpr:A9-2-a", rights=_CONSENT, condition=True),
}

# TRANSLATORS: list items after "The register contains the following data:".
DATA = {
    "name": datum(N_("data", "name")),
    "address": datum(N_("data", "address")),
    "phone": datum(N_("data", "phone number")),
    "email": datum(N_("data", "e-mail address")),
    "date_of_birth": datum(N_("data", "date of birth")),
    "personal_identity_code": datum(N_("data", "personal identity code")),
    "customer_number": datum(N_("data", "customer number")),
    "age_and_gender": datum(N_("data", "age and gender")),
    "native_language": datum(N_("data", "native language")),
    "guardian": datum(N_("data", "details of a guardian or other legal representative")),
    "health_data": datum(N_("data", "health data needed for care (patient records)"), special=True),
    "teeth_photos": datum(N_("data", "photographs of the teeth from the front, left and right"), special=True),
    "appointments": datum(N_("data", "appointment details")),
    "billing_details": datum(N_("data", "invoicing and payment details")),
    "customer_history": datum(N_("data", "customer history")),
    "feedback": datum(N_("data", "customer feedback and wishes")),
    "consents": datum(N_("data", "permissions and consents")),
    "marketing_permissions": datum(N_("data", "direct marketing consents and opt-outs, and other consents")),
    "website_behaviour": datum(N_("data", "information on how the customer uses the website")),
    "ip_address": datum(N_("data", "IP address")),
    "login_details": datum(N_("data", "identification and login details of the services")),
    "business_id": datum(N_("data", "Business ID")),
    "company_contacts": datum(N_("data", "the customer company's contact persons")),
    "camera_images": datum(N_("data", "images of people in the monitored premises, recorded by the cameras")),
    "recording_details": datum(N_("data", "the time and place of each recording")),
    "application": datum(N_("data", "the application, CV and other information the applicant gives about their education and work experience")),
    "references": datum(N_("data", "information from referees, with the applicant's consent")),
}

# TRANSLATORS: list items after "Data is obtained from the following sources:".
SOURCES = {
    "data_subject": source(N_("source", "the data subjects themselves"), direct=True),
    "customer_service": source(N_("source", "contacts with our customer service by phone, by e-mail or in person"), direct=True),
    "service_usage": source(N_("source", "the customer's use of our services"), direct=True),
    "website_usage": source(N_("source", "data collected automatically when our website is used"), direct=True),
    "cameras": source(N_("source", "the data subjects themselves (their image in the monitored premises)"), direct=True),
    "guardian": source(N_("source", "the guardian or legal representative of a minor"), direct=False),
    "referees": source(N_("source", "referees named by the applicant, with the applicant's consent"), direct=False, laws=("759/2004 4 §",)),
    "public_address_registers": source(N_("source", "public address registers, such as Posti's address register"), direct=False),
    "population_register": source(N_("source", "the Population Information System of the Digital and Population Data Services Agency"), direct=False),
    "credit_registers": source(N_("source", "credit information registers"), direct=False),
    "public_registers": source(N_("source", "public registers and service directories"), direct=False),
    "kanta": source(N_("source", "the Kanta services (the national patient data repository)"), direct=False),
    "other_healthcare_providers": source(N_("source", "other health care providers, with the patient's consent or as the law allows"), direct=False),
}

# TRANSLATORS: list items after "Personal data is disclosed to the following recipients:".
RECIPIENTS = {
    "processors": plain(N_("recipient", "subcontractors who process data on our behalf (processors), to the extent needed to provide the service")),
    "patient_system_vendor": plain(N_("recipient", "the supplier of the patient information system, as a processor")),
    "hosting": plain(N_("recipient", "the providers of our IT and hosting services, as processors")),
    "kanta": plain(N_("recipient", "the Kanta services, as the law requires")),
    "other_healthcare_providers": plain(N_("recipient", "other health care providers, with the patient's consent or as the law allows")),
    "authorities": plain(N_("recipient", "authorities, when the law requires it")),
    "with_consent": plain(N_("recipient", "other parties only with the data subject's consent")),
}

# TRANSLATORS: a whole sentence in the section on transfers outside the EU/EEA.
SAFEGUARDS = {
    "adequacy_decision": safeguard(N_("safeguard", "The transfer is based on an adequacy decision of the European Commission."), dpv="eu-gdpr:A45-3", copyable=False),
    "standard_contractual_clauses": safeguard(N_("safeguard", "The transfer is protected by the standard contractual clauses approved by the European Commission."), dpv="eu-gdpr:A46-2-c", copyable=True),
    "binding_corporate_rules": safeguard(N_("safeguard", "The transfer is protected by binding corporate rules approved by a data protection authority."), dpv="eu-gdpr:A46-2-b", copyable=True),
    "data_privacy_framework": safeguard(N_("safeguard", "The recipient has self-certified under the EU-U.S. Data Privacy Framework, for which the European Commission has made an adequacy decision."), dpv="eu-gdpr:A45-3", copyable=False),
}

# TRANSLATORS: a whole sentence in the section on retention.
RETENTION = {
    "until_relationship_ends": retention(N_("retention", "Personal data is kept until the customer relationship has ended.")),
    "as_long_as_needed": retention(N_("retention", "Personal data is kept only as long as it is needed for the purposes above, in accordance with the law in force."), open_ended=True),
    "patient_records": retention(N_("retention", "Patient records are kept for the periods laid down by law: as a rule 12 years after the patient's death or, if the date of death is not known, 120 years from the patient's birth."), laws=("703/2023",)),
    "accounting": retention(N_("retention", "Accounting records are kept as the Accounting Act requires: the books for 10 years and the vouchers for 6 years from the end of the financial year."), laws=("1336/1997 2:10",)),
    "marketing_until_objection": retention(N_("retention", "Data used for marketing is kept until the data subject objects to direct marketing or withdraws their consent.")),
    "applications": retention(N_("retention", "Applications are kept for two years after the position has been filled, because an applicant can claim compensation for discrimination within that time. They are then deleted."), laws=("1325/2014", "609/1986")),
    "camera_recordings": retention(N_("retention", "Recordings are deleted automatically within 30 days unless they are needed to investigate a crime or damage.")),
}

# TRANSLATORS: a whole sentence, shown as a list item in the section on security.
SECURITY = {
    "locked_premises": plain(N_("security", "Paper records are kept in locked premises and destroyed appropriately after use.")),
    "tls": plain(N_("security", "Data sent over the network is encrypted.")),
    "access_control": plain(N_("security", "Only persons authorised by the controller whose work requires it have access to the data.")),
    "personal_credentials": plain(N_("security", "Each user has a personal user name and password, and access rights are limited to what their work requires.")),
    "firewall": plain(N_("security", "The systems are protected by firewalls and other technical measures.")),
    "backups": plain(N_("security", "The systems and their backups are technically protected and kept in locked premises.")),
    "confidentiality": plain(N_("security", "Everyone who processes personal data is bound by confidentiality.")),
    "staff_training": plain(N_("security", "Staff who process personal data are trained in data protection.")),
    "processor_agreements": plain(N_("security", "Our processors handle personal data only as our contracts and instructions allow.")),
    "access_logging": plain(N_("security", "Use of the patient records is logged and the logs are monitored.")),
    "recording_viewing_logged": plain(N_("security", "Every viewing of the recordings is logged.")),
    "recorder_locked": plain(N_("security", "The recorder is kept in a locked space.")),
    "recordings_named_staff": plain(N_("security", "Only named members of staff can view the recordings.")),
}

# TRANSLATORS: a whole sentence in the section on the data subject's rights.
RIGHTS = {
    "access": right(N_("right", "You have the right to know what personal data about you we hold and to get a copy of it."), dpv="eu-gdpr:A15", always=True),
    "rectification": right(N_("right", "You have the right to have inaccurate or incomplete data about you corrected or completed."), dpv="eu-gdpr:A16", always=True),
    "erasure": right(N_("right", "You have the right to have your data erased, unless the law requires us to keep it."), dpv="eu-gdpr:A17", always=False,
                     limited=N_("right", "You have the right to have your data erased where we process it on the basis of your consent, a contract or our legitimate interests. Data that the law requires us to keep is erased only when its retention period has ended.")),
    "restriction": right(N_("right", "You have the right to have the processing of your data restricted in certain situations, for example while the accuracy of the data is being checked."), dpv="eu-gdpr:A18", always=True),
    "objection": right(N_("right", "You have the right to object, on grounds relating to your particular situation, to processing that is based on legitimate interests or on a task in the public interest."), dpv="eu-gdpr:A21", always=False),
    "objection_direct_marketing": right(N_("right", "You have the right to object at any time to the processing of your data for direct marketing, including profiling related to direct marketing."), dpv="eu-gdpr:A21", always=False),
    "portability": right(N_("right", "If the processing is based on your consent or on a contract and is carried out by automated means, you have the right to receive the data you have given us in a structured, commonly used and machine-readable format and to have it transmitted to another controller."), dpv="eu-gdpr:A20", always=False),
    "withdraw_consent": right(N_("right", "Where the processing is based on your consent, you have the right to withdraw your consent at any time. Withdrawing it does not affect the lawfulness of processing carried out before you withdrew it."), dpv="eu-gdpr:A7-3", always=False),
}

# TRANSLATORS: list items after "You can make a request:".
REQUEST_METHODS = {
    "in_writing": method(N_("request method", "in writing"), needs="address_or_email"),
    "signed_letter": method(N_("request method", "by signed letter"), needs="address"),
    "email": method(N_("request method", "by e-mail"), needs="email"),
    "post": method(N_("request method", "by post"), needs="address"),
    "in_person": method(N_("request method", "in person at our premises"), needs="premises"),
    "phone": method(N_("request method", "by phone"), needs="phone"),
}

# TRANSLATORS: a whole sentence after the list of data: whether giving the data is required (GDPR Art. 13(2)(e)).
PROVISION = {
    "statutory": plain(N_("provision", "Giving the data is required by law. Without it we cannot provide our services.")),
    "contractual": plain(N_("provision", "Contact details and the data needed for the service are necessary for the customer relationship: without them we cannot provide our services. Other data, such as marketing consents, is voluntary.")),
    "patient": plain(N_("provision", "We need the data required for your care to treat you safely. Without it we cannot provide care.")),
    "voluntary": plain(N_("provision", "Giving the data is voluntary.")),
}

# TRANSLATORS: list items after "The website uses the following cookies:".
COOKIE_TYPES = {
    "necessary": cookie_type(N_("cookie type", "necessary cookies, without which the website does not work"), necessary=True),
    "preferences": cookie_type(N_("cookie type", "preference cookies, which remember your choices"), necessary=False),
    "analytics": cookie_type(N_("cookie type", "analytics cookies, which help us understand how the website is used"), necessary=False),
    "marketing": cookie_type(N_("cookie type", "marketing cookies, which are used to target advertising"), necessary=False),
}

# TRANSLATORS: a whole sentence on how a visitor can refuse cookies.
COOKIE_CONSENT = {
    "banner": cookie_consent(N_("cookie consent", "You can accept or refuse cookies other than necessary ones in the cookie notice of the website, and change your choice at any time."), valid_consent=True),
    "browser": cookie_consent(N_("cookie consent", "You can refuse cookies by blocking them in the settings of your browser. Without necessary cookies the website may not work properly."), valid_consent=False),
}

CATEGORIES: dict[str, dict[str, Entry]] = {
    "purposes": PURPOSES,
    "legal_basis": LEGAL_BASES,
    "data": DATA,
    "sources": SOURCES,
    "recipients": RECIPIENTS,
    "safeguards": SAFEGUARDS,
    "retention": RETENTION,
    "security": SECURITY,
    "rights": RIGHTS,
    "request_methods": REQUEST_METHODS,
    "provision": PROVISION,
    "cookie_types": COOKIE_TYPES,
    "cookie_consent": COOKIE_CONSENT,
}


def missing() -> list[str]:
    """'category.key: attribute' for every term that lacks what its category needs."""
    found = []
    for category, terms in CATEGORIES.items():
        for key, entry in terms.items():
            for attribute in REQUIRED.get(category, ()):
                if getattr(entry, attribute) is None:
                    found.append(f"{category}.{key}: {attribute}")
            if entry.needs is not None and entry.needs not in CHANNELS:
                found.append(f"{category}.{key}: needs {entry.needs!r}")
            for name in entry.rights:
                if name not in RIGHTS:
                    found.append(f"{category}.{key}: right {name!r}")
    return found
