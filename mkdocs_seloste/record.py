"""The record of processing activities (GDPR Art. 30) of a site's registers, for the clinic's own files.

It is written from the same metadata as the notices, plus `record:` (categories of data
subjects, processors, security measures in detail). It is internal: `seloste record` prints it;
the site never contains it.
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
TITLE = N_("record", "Record of processing activities (GDPR Article 30)")
NONE = N_("record", "none")


def _items(items, translator: Translator, default: Language) -> list[str]:
    return [translator.describe(item, default) for item in items]


def _party(party: Party | None, translator: Translator, default: Language) -> list[str]:
    if party is None:
        return []
    values = [translator.describe(party.name, default) if party.name else None, party.business_id,
              translator.describe(party.address, default) if party.address else None, party.phone, party.email]
    return [", ".join(v for v in values if v)]


def rows(notice: Notice, translator: Translator, default: Language) -> list[tuple[str, list[str]]]:
    """(row label, values) of one register's record, in the translator's language."""
    record = notice.record
    transfers = []
    if notice.transfers is not None and notice.transfers.outside_eea:
        transfers = (_items(notice.transfers.countries, translator, default)
                     + _items(notice.transfers.safeguards, translator, default))
    values = {
        "register": [translator.describe(notice.register, default)] if notice.register else [],
        "controller": _party(notice.controller, translator, default),
        "dpo": _party(notice.dpo, translator, default),
        "purposes": _items(notice.purposes, translator, default),
        "legal_basis": _items(notice.legal_basis, translator, default),
        "data_subjects": _items(record.data_subjects, translator, default) if record else [],
        "data": _items(notice.data, translator, default),
        "recipients": _items(notice.recipients or [], translator, default),
        "processors": _items(record.processors, translator, default) if record else [],
        "transfers": transfers,
        "retention": _items(notice.retention, translator, default),
        "security": _items(notice.security, translator, default)
        + (_items(record.security, translator, default) if record else []),
    }
    return [(translator.message(ROWS[key]), values[key]) for key in ROWS]


def markdown(records: dict[str, Notice], translator: Translator, default: Language) -> str:
    none = translator.message(NONE)
    out = [f"# {translator.message(TITLE)}", ""]
    for page, notice in records.items():
        table = rows(notice, translator, default)
        out += [f"## {table[0][1][0] if table[0][1] else page}", "", f"`{page}`", "", "| | |", "|---|---|"]
        for label, values in table[1:]:
            cell = "<br>".join(v.replace("|", "\\|") for v in values) or none
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
        writer.writerow([page] + ["; ".join(values) for _, values in table])
    return buffer.getvalue()
