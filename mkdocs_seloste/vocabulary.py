"""Controlled terms a notice can name by key: purposes, legal bases, data, sources, recipients ...

Each term is a gettext message with a context (`msgctxt`) naming its category, so the same English
word can be translated differently where it means different things. Terms that stand in a list
are written in their basic form (Finnish nominative), because the sentence before the list ends
with a colon; terms that stand alone are whole sentences.
"""

from __future__ import annotations

from typing import NamedTuple


class Message(NamedTuple):
    """A message with its context: (context, msgid), the key a catalog is looked up by."""

    context: str | None
    msgid: str


def N_(context: str, msgid: str) -> Message:
    """Marks a term for extraction (`pybabel extract -k N_:1c,2`); translated when rendered."""
    return Message(context, msgid)


# TRANSLATORS: list items after "Personal data is processed for the following purposes:".
PURPOSES = {
    "customer_relationship": N_("purpose", "managing the customer relationship"),
    "customer_relationship_development": N_("purpose", "developing the customer relationship"),
    "customer_service": N_("purpose", "customer service"),
    "communication": N_("purpose", "communicating with customers, also electronically"),
    "appointments": N_("purpose", "booking appointments"),
    "patient_care": N_("purpose", "planning, providing and following up the patient's care"),
    "service_delivery": N_("purpose", "providing our services"),
    "service_development": N_("purpose", "developing our services"),
    "billing": N_("purpose", "invoicing"),
    "technical_support": N_("purpose", "technical support"),
    "administration": N_("purpose", "administration"),
    "incident_notices": N_("purpose", "informing customers of service faults"),
    "informing": N_("purpose", "informing customers about our services"),
    "marketing": N_("purpose", "marketing"),
    "direct_marketing": N_("purpose", "direct marketing"),
    "analytics": N_("purpose", "analysis and statistics"),
    "market_research": N_("purpose", "market research"),
    "misuse_prevention": N_("purpose", "detecting and preventing misuse"),
    "rights_and_obligations": N_("purpose", "carrying out the rights and obligations of the customer and the controller"),
    "online_services": N_("purpose", "providing online services"),
    "research": N_("purpose", "research"),
    "other_lawful": N_("purpose", "other comparable lawful purposes"),
}

# TRANSLATORS: list items after "The legal basis of the processing is:"; keep the article references.
LEGAL_BASES = {
    "consent": N_("legal basis", "the data subject's consent (GDPR Article 6(1)(a))"),
    "contract": N_("legal basis", "a contract with the data subject, or steps taken at their request before entering into one (GDPR Article 6(1)(b))"),
    "legal_obligation": N_("legal basis", "a legal obligation of the controller (GDPR Article 6(1)(c))"),
    "vital_interests": N_("legal basis", "protecting the vital interests of the data subject or of another person (GDPR Article 6(1)(d))"),
    "public_task": N_("legal basis", "a task carried out in the public interest or in the exercise of official authority (GDPR Article 6(1)(e))"),
    "legitimate_interests": N_("legal basis", "the controller's legitimate interests (GDPR Article 6(1)(f))"),
    "health_care": N_("legal basis", "the provision of health care (GDPR Article 9(2)(h))"),
    "explicit_consent": N_("legal basis", "the data subject's explicit consent to the processing of health data (GDPR Article 9(2)(a))"),
}

# TRANSLATORS: list items after "The register may contain the following data:".
DATA = {
    "name": N_("data", "name"),
    "address": N_("data", "address"),
    "phone": N_("data", "phone number"),
    "email": N_("data", "e-mail address"),
    "date_of_birth": N_("data", "date of birth"),
    "personal_identity_code": N_("data", "personal identity code"),
    "customer_number": N_("data", "customer number"),
    "age_and_gender": N_("data", "age and gender"),
    "native_language": N_("data", "native language"),
    "guardian": N_("data", "guardian or legal representative"),
    "health_data": N_("data", "health data needed for care (patient records)"),
    "teeth_photos": N_("data", "photographs of the teeth from the front, left and right"),
    "appointments": N_("data", "appointment details"),
    "billing_details": N_("data", "invoicing and payment details"),
    "customer_history": N_("data", "customer history"),
    "feedback": N_("data", "customer feedback and wishes"),
    "consents": N_("data", "permissions and consents"),
    "marketing_permissions": N_("data", "direct marketing permissions, marketing bans and other consents"),
    "website_behaviour": N_("data", "information collected on how the customer uses the website"),
    "ip_address": N_("data", "IP address"),
    "login_details": N_("data", "identification and login details of the services"),
    "business_id": N_("data", "Business ID"),
    "company_contacts": N_("data", "the customer company's contact persons"),
}

# TRANSLATORS: list items after "Data is obtained from the following sources:".
SOURCES = {
    "data_subject": N_("source", "the data subjects themselves"),
    "customer_service": N_("source", "contacts with our customer service by phone, by e-mail or in person"),
    "service_usage": N_("source", "the customer's use of our services"),
    "website_usage": N_("source", "data collected automatically when our website is used"),
    "guardian": N_("source", "the guardian or legal representative of a minor"),
    "public_address_registers": N_("source", "public address registers, such as Posti's address register"),
    "population_register": N_("source", "the Population Information System of the Digital and Population Data Services Agency"),
    "credit_registers": N_("source", "credit information registers"),
    "public_registers": N_("source", "public registers and service directories"),
    "kanta": N_("source", "the Kanta services (the national patient data repository)"),
    "other_healthcare_providers": N_("source", "other health care providers, with the patient's consent or as the law allows"),
}

# TRANSLATORS: list items after "Personal data may be disclosed to the following recipients:".
RECIPIENTS = {
    "processors": N_("recipient", "subcontractors who process data on our behalf (processors), to the extent needed to provide the service"),
    "patient_system_vendor": N_("recipient", "the supplier of the patient information system, as a processor"),
    "hosting": N_("recipient", "the providers of our IT and hosting services, as processors"),
    "kanta": N_("recipient", "the Kanta services, as the law requires"),
    "other_healthcare_providers": N_("recipient", "other health care providers, with the patient's consent or as the law allows"),
    "authorities": N_("recipient", "authorities, when the law requires it"),
    "with_consent": N_("recipient", "other parties only with the data subject's consent"),
}

# TRANSLATORS: a whole sentence in the section on transfers outside the EU/EEA.
SAFEGUARDS = {
    "adequacy_decision": N_("safeguard", "The transfer is based on an adequacy decision of the European Commission."),
    "standard_contractual_clauses": N_("safeguard", "The transfer is protected by the standard contractual clauses approved by the European Commission."),
    "binding_corporate_rules": N_("safeguard", "The transfer is protected by binding corporate rules approved by a data protection authority."),
    "data_privacy_framework": N_("safeguard", "The recipient has self-certified under the EU-U.S. Data Privacy Framework, for which the European Commission has made an adequacy decision."),
}

# Safeguards of GDPR Art. 46 and 47, of which a data subject can ask for a copy (Art. 13(1)(f)).
COPYABLE_SAFEGUARDS = frozenset({"standard_contractual_clauses", "binding_corporate_rules"})

# TRANSLATORS: a whole sentence in the section on retention.
RETENTION = {
    "until_relationship_ends": N_("retention", "Personal data is kept until the customer relationship has ended."),
    "as_long_as_needed": N_("retention", "Personal data is kept only as long as it is needed for the purposes above, in accordance with the law in force."),
    "patient_records": N_("retention", "Patient records are kept for the periods laid down by law: as a rule 12 years after the patient's death or, if the date of death is not known, 120 years from the patient's birth."),
    "accounting": N_("retention", "Accounting records are kept for the periods laid down in the Accounting Act."),
    "marketing_until_objection": N_("retention", "Data used for marketing is kept until the data subject objects to direct marketing or withdraws their consent."),
}

# TRANSLATORS: a whole sentence, shown as a list item in the section on security.
SECURITY = {
    "locked_premises": N_("security", "Paper records are kept in locked premises and destroyed appropriately after use."),
    "tls": N_("security", "Data sent over the network is encrypted."),
    "access_control": N_("security", "Only persons authorised by the controller whose work requires it have access to the data."),
    "personal_credentials": N_("security", "Each user has a personal user name and password, and access rights are limited to what their work requires."),
    "firewall": N_("security", "The systems are protected by firewalls and other technical measures."),
    "backups": N_("security", "The systems and their backups are technically protected and kept in locked premises."),
    "confidentiality": N_("security", "Everyone who processes personal data is bound by confidentiality."),
    "staff_training": N_("security", "Staff who process personal data are trained in data protection."),
    "processor_agreements": N_("security", "Our processors handle personal data only as our contracts and instructions allow."),
    "access_logging": N_("security", "Use of the patient records is logged and the logs are monitored."),
}

# TRANSLATORS: a whole sentence in the section on the data subject's rights.
RIGHTS = {
    "access": N_("right", "You have the right to know what personal data about you we hold and to get a copy of it."),
    "rectification": N_("right", "You have the right to have inaccurate or incomplete data about you corrected or completed."),
    "erasure": N_("right", "You have the right to have your data erased, unless the law requires us to keep it."),
    "restriction": N_("right", "You have the right to have the processing of your data restricted in certain situations, for example while the accuracy of the data is being checked."),
    "objection": N_("right", "You have the right to object, on grounds relating to your particular situation, to processing that is based on legitimate interests or on a task in the public interest."),
    "objection_direct_marketing": N_("right", "You have the right to object at any time to the use of your data for direct marketing and for market and opinion research."),
    "portability": N_("right", "If the processing is based on your consent or on a contract and is carried out by automated means, you have the right to receive the data you have given us in a machine-readable format and to have it transmitted to another controller."),
    "withdraw_consent": N_("right", "Where the processing is based on your consent, you have the right to withdraw your consent at any time. Withdrawing it does not affect the lawfulness of the processing before the withdrawal."),
}

# TRANSLATORS: list items after "You can make a request:".
REQUEST_METHODS = {
    "in_writing": N_("request method", "in writing"),
    "signed_letter": N_("request method", "by a signed letter"),
    "email": N_("request method", "by e-mail"),
    "post": N_("request method", "by post"),
    "in_person": N_("request method", "in person at our premises"),
    "phone": N_("request method", "by phone"),
}

# TRANSLATORS: a whole sentence after the list of data: whether giving the data is required (GDPR Art. 13(2)(e)).
PROVISION = {
    "statutory": N_("provision", "Giving the data is required by law. Without it we cannot provide our services."),
    "contractual": N_("provision", "Giving the data is necessary for the customer relationship. Without it we cannot provide our services."),
    "patient": N_("provision", "Giving the data needed for care is required for safe treatment. Without it we cannot provide care."),
    "voluntary": N_("provision", "Giving the data is voluntary."),
}

# TRANSLATORS: list items after "The website uses the following cookies:".
COOKIE_TYPES = {
    "necessary": N_("cookie type", "necessary cookies, without which the website does not work"),
    "preferences": N_("cookie type", "preference cookies, which remember your choices"),
    "analytics": N_("cookie type", "analytics cookies, which help us understand how the website is used"),
    "marketing": N_("cookie type", "marketing cookies, which are used to target advertising"),
}

# TRANSLATORS: a whole sentence on how a visitor can refuse cookies.
COOKIE_CONSENT = {
    "banner": N_("cookie consent", "You can accept or refuse cookies other than necessary ones in the cookie notice of the website, and change your choice at any time."),
    "browser": N_("cookie consent", "You can refuse cookies by blocking them in the settings of your browser. Without necessary cookies the website may not work properly."),
}

CATEGORIES: dict[str, dict[str, Message]] = {
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
