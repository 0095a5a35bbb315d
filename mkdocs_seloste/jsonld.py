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
from .vocabulary import RIGHTS

CONTEXT = {
    "dpv": "https://w3id.org/dpv#",
    "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
    "legal-fi": "https://w3id.org/dpv/legal/fi#",
    "dct": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

# The DPV concept of every legal basis, right, safeguard and purpose is declared with its term
# in vocabulary.py; the rights to complain (Art. 77) and the Finnish authority are fixed here.
COMPLAINT = "eu-gdpr:A77"
AUTHORITY = "legal-fi:DPA-FI"


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


def _words(item, translator: Translator, default: Language) -> str:
    """What the page says of an item: the clinic's own words where it gave them, else the term."""
    if isinstance(item, Term) and item.words is not None:
        return translator.describe(item.words, default)
    return translator.describe(item, default)


def document(notice: Notice, translator: Translator, default: Language, *, title: str,
             url: str | None = None) -> dict:
    """The notice in one language as a JSON-LD document."""
    tr = translator
    # Art. 14 applies when any data comes from somewhere else than the data subject.
    indirect = any(not isinstance(item, Term) or not item.entry.direct for item in notice.sources)
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
    doc["dpv:hasPurpose"] = [{"@type": p.entry.dpv if isinstance(p, Term) else "dpv:Purpose",
                              "dct:description": _words(p, tr, default)} for p in notice.purposes]
    bases = [{"@id": b.entry.dpv} for b in notice.legal_basis]
    if notice.transfers is not None:
        bases += [{"@id": s.entry.dpv} for s in notice.transfers.safeguards]
    doc["dpv:hasLegalBasis"] = bases
    doc["dpv:hasPersonalData"] = [{"@type": "dpv:PersonalData", "dct:description": _words(d, tr, default)}
                                  for d in notice.data]
    doc["dpv:hasDataSource"] = [{"@type": "dpv:DataSource", "dct:description": _words(s, tr, default)}
                                for s in notice.sources]
    doc["dpv:hasRecipient"] = [{"@type": "dpv:Recipient", "dct:description": _words(r, tr, default)}
                               for r in notice.recipients or []]
    doc["dpv:hasStorageCondition"] = [{"@type": "dpv:StorageDuration", "dct:description": _words(r, tr, default)}
                                      for r in notice.retention]
    rights = list(dict.fromkeys(RIGHTS[key].dpv for key in notice.rights_shown())) if notice.rights else []
    if notice.complaint:
        rights.append(COMPLAINT)
        doc["dpv:hasAuthority"] = {"@id": AUTHORITY}
    doc["dpv:hasRight"] = [{"@id": right} for right in rights]
    return doc


def script(doc: dict) -> str:
    """A <script> element for the page; '<' is escaped so no text can close the element."""
    return ('<script type="application/ld+json">'
            + json.dumps(doc, ensure_ascii=False, check_circular=False).replace("<", "\\u003c") + "</script>")
