"""A notice as machine-readable JSON-LD in the W3C Data Privacy Vocabulary (DPV).

Legal bases, rights and transfer safeguards are the DPV GDPR extension's own concepts
(`eu-gdpr:A6-1-c`, `eu-gdpr:A15`, `eu-gdpr:A46-2-c`); what a clinic wrote in its own words is
carried as text (`dct:description`) in the page's language.
"""

from __future__ import annotations

import json

from .i18n import Translator
from .languages import Language
from .model import Notice, Party, Term

CONTEXT = {
    "dpv": "https://w3id.org/dpv#",
    "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
    "legal-fi": "https://w3id.org/dpv/legal/fi#",
    "dct": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

LEGAL_BASES = {
    "consent": "eu-gdpr:A6-1-a",
    "contract": "eu-gdpr:A6-1-b",
    "legal_obligation": "eu-gdpr:A6-1-c",
    "vital_interests": "eu-gdpr:A6-1-d",
    "public_task": "eu-gdpr:A6-1-e",
    "legitimate_interests": "eu-gdpr:A6-1-f",
    "explicit_consent": "eu-gdpr:A9-2-a",
    "health_care": "eu-gdpr:A9-2-h",
}
RIGHTS = {
    "access": "eu-gdpr:A15",
    "rectification": "eu-gdpr:A16",
    "erasure": "eu-gdpr:A17",
    "restriction": "eu-gdpr:A18",
    "portability": "eu-gdpr:A20",
    "objection": "eu-gdpr:A21",
    "objection_direct_marketing": "eu-gdpr:A21",
    "withdraw_consent": "eu-gdpr:A7-3",
}
SAFEGUARDS = {
    "adequacy_decision": "eu-gdpr:A45-3",
    "data_privacy_framework": "eu-gdpr:A45-3",
    "standard_contractual_clauses": "eu-gdpr:A46-2-c",
    "binding_corporate_rules": "eu-gdpr:A46-2-b",
}
# Sources that are the data subjects themselves (Art. 13); any other makes the notice an Art. 14 notice.
DIRECT_SOURCES = frozenset({"data_subject", "customer_service", "service_usage", "website_usage"})
# Purposes the DPV (2.1) names; the others are dpv:Purpose with their description.
PURPOSES = {
    "customer_relationship": "dpv:CustomerRelationshipManagement",
    "customer_relationship_development": "dpv:CustomerRelationshipManagement",
    "customer_service": "dpv:CustomerCare",
    "communication": "dpv:CommunicationManagement",
    "incident_notices": "dpv:CommunicationManagement",
    "informing": "dpv:CommunicationManagement",
    "appointments": "dpv:RequestedServiceProvision",
    "patient_care": "dpv:ServiceProvision",
    "service_delivery": "dpv:ServiceProvision",
    "online_services": "dpv:ServiceProvision",
    "technical_support": "dpv:TechnicalServiceProvision",
    "service_development": "dpv:ServiceOptimisation",
    "billing": "dpv:PaymentManagement",
    "marketing": "dpv:Marketing",
    "direct_marketing": "dpv:DirectMarketing",
    "analytics": "dpv:ServiceUsageAnalytics",
    "market_research": "dpv:CommercialResearch",
    "misuse_prevention": "dpv:MisusePreventionAndDetection",
    "rights_and_obligations": "dpv:FulfilmentOfObligation",
    "research": "dpv:ResearchAndDevelopment",
}


def _party(party: Party, kind: str, translator: Translator, default: Language) -> dict:
    node: dict = {"@type": kind}
    if party.name:
        node["schema:name"] = translator.describe(party.name, default)
    if party.business_id:
        node["schema:taxID"] = party.business_id
    if party.address:
        node["schema:address"] = translator.describe(party.address, default)
    if party.email:
        node["schema:email"] = party.email
    if party.phone:
        node["schema:telephone"] = party.phone
    if party.website:
        node["schema:url"] = party.website
    return node


def document(notice: Notice, translator: Translator, default: Language, *, title: str,
             url: str | None = None) -> dict:
    """The notice in one language as a JSON-LD document."""
    tr = translator
    # Art. 14 applies when any data comes from somewhere else than the data subject.
    indirect = any(not isinstance(item, Term) or item.key not in DIRECT_SOURCES for item in notice.sources)
    doc: dict = {
        "@context": CONTEXT,
        "@type": ["dpv:Notice", "eu-gdpr:IndirectDataCollectionNotice" if indirect
                  else "eu-gdpr:DirectDataCollectionNotice"],
        "dct:title": title,
        "dct:language": tr.language.tag,
    }
    if url:
        doc["@id"] = url
    if notice.updated:
        doc["dct:modified"] = {"@value": notice.updated.isoformat(), "@type": "xsd:date"}
    if notice.controller:
        doc["dpv:hasDataController"] = _party(notice.controller, "dpv:DataController", tr, default)
    if notice.dpo:
        doc["dpv:hasDataProtectionOfficer"] = _party(notice.dpo, "dpv:DataProtectionOfficer", tr, default)
    doc["dpv:hasPurpose"] = [{"@type": PURPOSES.get(getattr(p, "key", ""), "dpv:Purpose"),
                              "dct:description": tr.describe(p, default)} for p in notice.purposes]
    bases = [{"@id": LEGAL_BASES[b.key]} for b in notice.legal_basis]
    if notice.transfers is not None:
        bases += [{"@id": SAFEGUARDS[s.key]} for s in notice.transfers.safeguards]
    doc["dpv:hasLegalBasis"] = bases
    doc["dpv:hasPersonalData"] = [{"@type": "dpv:PersonalData", "dct:description": tr.describe(d, default)}
                                  for d in notice.data]
    doc["dpv:hasDataSource"] = [{"@type": "dpv:DataSource", "dct:description": tr.describe(s, default)}
                                for s in notice.sources]
    doc["dpv:hasRecipient"] = [{"@type": "dpv:Recipient", "dct:description": tr.describe(r, default)}
                               for r in notice.recipients or []]
    doc["dpv:hasStorageCondition"] = [{"@type": "dpv:StorageDuration", "dct:description": tr.describe(r, default)}
                                      for r in notice.retention]
    rights = list(dict.fromkeys(RIGHTS[key] for key in notice.rights_shown())) if notice.rights else []
    if notice.complaint:
        rights.append("eu-gdpr:A77")
        doc["dpv:hasAuthority"] = {"@id": "legal-fi:DPA-FI"}
    doc["dpv:hasRight"] = [{"@id": right} for right in rights]
    return doc


def script(doc: dict) -> str:
    """A <script> element for the page; '<' is escaped so no text can close the element."""
    return ('<script type="application/ld+json">'
            + json.dumps(doc, ensure_ascii=False, check_circular=False).replace("<", "\\u003c") + "</script>")
