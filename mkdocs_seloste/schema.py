"""A JSON Schema of a notice, built from the model's keys and the vocabulary, for editors.

`seloste schema` prints it; the package ships it as `schema.json` (a test keeps the two equal).
"""

from __future__ import annotations

import json

from . import presets, vocabulary
from .model import COMPLETENESS_LEVELS, CONTROLLER_KEYS, LAYOUTS, NONE, PERSON_KEYS, SECTION_IDS, TOP_KEYS

_LANGUAGE_CODE = "^[a-z]{2,3}$"


def _text(description: str) -> dict:
    return {
        "description": description,
        "anyOf": [
            {"type": "string", "minLength": 1},
            {"type": "object", "propertyNames": {"pattern": _LANGUAGE_CODE},
             "additionalProperties": {"type": "string", "minLength": 1}, "minProperties": 1},
        ],
    }


def _one_or_more(item: dict, description: str) -> dict:
    return {"description": description, "anyOf": [item, {"type": "array", "items": item}]}


def _key(category: str) -> dict:
    return {"type": "string", "enum": list(vocabulary.CATEGORIES[category])}


_LAWS = {"description": "laws the item rests on, by number: 785/1992, 1050/2018 6 §, 1336/1997 2:10",
         "anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}


def _termed(category: str, *, words: bool = True) -> dict:
    """`{term: key, fi: ..., sv: ...}` or `{term: key, text: ...}`: a key with the clinic's own words."""
    properties = {"term": _key(category), "laws": _LAWS}
    if words:
        properties["text"] = {"type": "string", "minLength": 1, "description": "the words, in the default language"}
    if category == "purposes":
        properties["basis"] = _one_or_more(_key("legal_basis"), "the legal bases that cover this purpose")
    node = {"type": "object", "required": ["term"], "properties": properties, "additionalProperties": False}
    if words:
        node["patternProperties"] = {_LANGUAGE_CODE: {"type": "string", "minLength": 1}}
    return node


def _item(category: str) -> dict:
    """A vocabulary key, free text (a string, or a mapping by language), or a key with its words."""
    return {"anyOf": [_key(category), *_text("")["anyOf"][:1], _termed(category), *_text("")["anyOf"][1:]]}


def _items(category: str, description: str) -> dict:
    return _one_or_more(_item(category), description + f" Keys: {', '.join(vocabulary.CATEGORIES[category])}.")


def _party(keys: tuple[str, ...], description: str) -> dict:
    properties = {
        "name": _text("name (not translated)"),
        "role": _text("title or role, e.g. vastaava lääkäri"),
        "business_id": {"type": "string", "pattern": r"^\d{7}-\d$", "description": "Y-tunnus, e.g. 2140524-2"},
        "address": _text("postal address (not translated)"),
        "phone": {"type": "string", "pattern": r"^\+?[0-9 ()/-]{5,25}$", "description": "e.g. 010 219 8700"},
        "email": {"type": "string", "format": "email"},
        "website": {"type": "string", "pattern": "^https?://"},
    }
    return {"type": "object", "description": description, "additionalProperties": False,
            "properties": {key: properties[key] for key in keys}}


def _none_or(value: dict, description: str) -> dict:
    return {"description": description, "anyOf": [{"const": NONE}, value]}


def build() -> dict:
    free_texts = {"anyOf": [_text("text"), {"type": "array", "items": _text("text")}]}
    properties = {
        "preset": {"enum": presets.names(), "description": "start from the usual content of such a register"},
        "layout": {"enum": list(LAYOUTS), "description": "numbered titles, numbered questions, or plain titles"},
        "completeness": {"enum": list(COMPLETENESS_LEVELS), "description": "GDPR completeness check for this notice"},
        "updated": {"type": "string", "format": "date", "description": "last updated, YYYY-MM-DD"},
        "effective": {"type": "string", "format": "date", "description": "effective from, YYYY-MM-DD"},
        "history": {"type": "array", "description": "versions of the notice, newest first on the page", "items": {
            "type": "object", "additionalProperties": False, "required": ["date", "changes"],
            "properties": {"date": {"type": "string", "format": "date"}, "changes": _text("what changed")}}},
        "register": _text("the register's name"),
        "intro": {**free_texts, "description": "introduction"},
        "controller": _party(CONTROLLER_KEYS, "the controller (rekisterinpitäjä)"),
        "contact": _party(PERSON_KEYS, "the contact person for register matters"),
        "dpo": _party(PERSON_KEYS, "the data protection officer (tietosuojavastaava)"),
        "purposes": _items("purposes", "purposes of processing."),
        "legal_basis": _one_or_more({"anyOf": [_key("legal_basis"), _termed("legal_basis", words=False)]},
                                    "legal bases (GDPR Art. 6 and 9)."),
        "legitimate_interests": {**free_texts, "description": "the legitimate interests, when that is a basis"},
        "data": _items("data", "the personal data processed."),
        "provision": {**_item("provision"), "description": "whether giving the data is required"},
        "sources": _items("sources", "where the data comes from."),
        "recipients": _none_or(_items("recipients", "recipients."), "recipients, or none"),
        "transfers": _none_or({"type": "object", "additionalProperties": False, "properties": {
            "data": _items("data", "data transferred."),
            "countries": {**free_texts, "description": "countries of destination"},
            "recipients": {**free_texts, "description": "recipients outside the EU/EEA"},
            "safeguards": _one_or_more(_key("safeguards"), "adequacy decision or safeguards."),
        }}, "transfers outside the EU/EEA, or none"),
        "retention": _items("retention", "how long the data is kept."),
        "security": _items("security", "how the data is protected."),
        "automated_decisions": _none_or(free_texts, "automated decisions and profiling, or none"),
        "rights": {"type": "object", "additionalProperties": False, "description": "the data subject's rights",
                   "properties": {
                       "include": _one_or_more(_key("rights"), "rights listed (default: those the legal bases give)."),
                       "method": _one_or_more(_key("request_methods"), "how to make a request."),
                       "requests_to": _one_or_more({"enum": ["controller", "contact", "dpo"]}, "where requests go."),
                   }},
        "complaint": {"type": "boolean", "description": "state the right to complain (default true)"},
        "cookies": {"type": "object", "additionalProperties": False, "properties": {
            "types": _items("cookie_types", "cookie types."),
            "vendors": _none_or(free_texts, "third-party services by name, or none"),
            "consent": _key("cookie_consent"),
        }},
        "text": {"type": "object", "additionalProperties": False, "description": "more paragraphs for a section",
                 "properties": {section: free_texts for section in SECTION_IDS}},
        "sections": {"type": "array", "description": "your own sections", "items": {
            "type": "object", "additionalProperties": False, "required": ["id", "title"], "properties": {
                "id": {"type": "string", "pattern": "^[a-z][a-z0-9_]*$", "not": {"enum": list(SECTION_IDS)}},
                "title": _text("the section's title"),
                "text": free_texts,
                "after": {"type": "string", "description": "the id of the section it follows"},
            }}},
        "record": {"type": "object", "additionalProperties": False,
                   "description": "only for the internal record of processing activities (Art. 30); never published",
                   "properties": {key: _none_or(free_texts, key.replace("_", " ") + ", or none")
                                  for key in ("data_subjects", "processors", "security")}},
    }
    assert list(properties) == list(TOP_KEYS), "schema.py and model.TOP_KEYS differ"
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://github.com/mkdocs-seloste/mkdocs-seloste/schema.json",
        "title": "mkdocs-seloste privacy notice",
        "description": "The facts of a register, written once; the plugin writes the notice in each language.",
        "type": "object",
        "additionalProperties": False,
        "properties": properties,
    }


def dumps() -> str:
    return json.dumps(build(), ensure_ascii=False, indent=2) + "\n"
