"""The record of processing activities (GDPR Art. 30) of a site's registers, for the clinic's own files.

It is written from the same metadata as the notices, plus `record:` (categories of data
subjects, processors, security measures in detail). It is internal: `seloste record` prints it;
the site never contains it. A row the notice says nothing about is written as not given, never
as "none", and `missing()` names it so the command can warn.
"""

from __future__ import annotations

import csv
import io

from .i18n import Translator
from .languages import Language
from .model import Notice, Party
from .vocabulary import N_

# TRANSLATORS: the rows of the record of processing activities (Art. 30), an internal document.
ROWS = {
    "register": N_("record", "Register"),
    "controller": N_("record", "Controller and contact details"),
    "dpo": N_("record", "Data protection officer"),
    "purposes": N_("record", "Purposes of the processing"),
    "legal_basis": N_("record", "Legal basis"),
    "data_subjects": N_("record", "Categories of data subjects"),
    "data": N_("record", "Categories of personal data"),
    "recipients": N_("record", "Categories of recipients"),
    "processors": N_("record", "Processors"),
    "transfers": N_("record", "Transfers to third countries and safeguards"),
    "retention": N_("record", "Time limits for erasure"),
    "security": N_("record", "Technical and organisational security measures"),
}
# Where each row comes from in a notice's front matter, for the warning about a row not given.
SOURCES = {
    "register": "register", "controller": "controller", "purposes": "purposes", "legal_basis": "legal_basis",
    "data_subjects": "record.data_subjects", "data": "data", "recipients": "recipients",
    "processors": "record.processors", "transfers": "transfers", "retention": "retention",
    "security": "security (or record.security)",
}
TITLE = N_("record", "Record of processing activities (GDPR Article 30)")
# TRANSLATORS: a row of the record the notice explicitly says is empty ("recipients: none").
NONE = N_("record", "none")
# TRANSLATORS: a row of the record the notice does not fill in at all.
NOT_GIVEN = N_("record", "not given")


def _items(items, translator: Translator, default: Language) -> list[str] | None:
    return None if items is None else [translator.describe(item, default) for item in items]


def _given(items: list | None) -> list | None:
    """A list the notice gives only by listing something: empty means not given."""
    return items or None


def _party(party: Party | None, translator: Translator, default: Language) -> list[str] | None:
    if party is None:
        return None
    values = [translator.describe(party.name, default) if party.name else None, party.business_id,
              translator.describe(party.address, default) if party.address else None, party.phone, party.email]
    return [", ".join(v for v in values if v)]


def values(notice: Notice, translator: Translator, default: Language) -> dict[str, list[str] | None]:
    """Each row's values in the translator's language: None when not given, [] when stated empty."""
    record = notice.record
    transfers = None
    if notice.transfers is not None:
        transfers = [] if not notice.transfers.outside_eea else (
            _items(notice.transfers.countries, translator, default)
            + _items(notice.transfers.safeguards, translator, default))
    security = None
    if notice.security or (record and record.security is not None):
        security = _items(notice.security, translator, default) + (
            _items(record.security, translator, default) or [] if record else [])
    return {
        "register": [translator.describe(notice.register, default)] if notice.register else None,
        "controller": _party(notice.controller, translator, default),
        "dpo": _party(notice.dpo, translator, default),
        "purposes": _items(_given(notice.purposes), translator, default),
        "legal_basis": _items(_given(notice.legal_basis), translator, default),
        "data_subjects": _items(record.data_subjects if record else None, translator, default),
        "data": _items(_given(notice.data), translator, default),
        "recipients": _items(notice.recipients, translator, default),
        "processors": _items(record.processors if record else None, translator, default),
        "transfers": transfers,
        "retention": _items(_given(notice.retention), translator, default),
        "security": security,
    }


def rows(notice: Notice, translator: Translator, default: Language) -> list[tuple[str, list[str] | None]]:
    """(row label, values) of one register's record; values None when the notice does not give them."""
    found = values(notice, translator, default)
    return [(translator.message(ROWS[key]), found[key]) for key in ROWS]


def missing(notice: Notice, translator: Translator, default: Language) -> list[str]:
    """What the record needs (Art. 30(1)) that the notice does not give, with where to add it."""
    found = values(notice, translator, default)
    return [f"the record's row {ROWS[key].msgid!r} is not given: add 'seloste.{SOURCES[key]}' (GDPR Art. 30(1))"
            for key in SOURCES if found[key] is None]


def _cell(values: list[str] | None, translator: Translator) -> list[str]:
    if values is None:
        return [translator.message(NOT_GIVEN)]
    return values or [translator.message(NONE)]


def markdown(records: dict[str, Notice], translator: Translator, default: Language) -> str:
    out = [f"# {translator.message(TITLE)}", ""]
    for page, notice in records.items():
        table = rows(notice, translator, default)
        out += [f"## {table[0][1][0] if table[0][1] else page}", "", f"`{page}`", "", "| | |", "|---|---|"]
        for label, found in table[1:]:
            cell = "<br>".join(v.replace("|", "\\|") for v in _cell(found, translator))
            out.append(f"| {label} | {cell} |")
        out.append("")
    return "\n".join(out)


def as_csv(records: dict[str, Notice], translator: Translator, default: Language) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    header_written = False
    for page, notice in records.items():
        table = rows(notice, translator, default)
        if not header_written:
            writer.writerow(["page"] + [label for label, _ in table])
            header_written = True
        writer.writerow([page] + ["; ".join(_cell(found, translator)) for _, found in table])
    return buffer.getvalue()
