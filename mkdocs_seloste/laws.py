"""The laws a notice may cite, as data: number, name in each language, and whether in force.

A notice names a law by its number in the Finnish statute book ("703/2023"), optionally with the
provision ("1050/2018 6 §", "1336/1997 2:10", "759/2004 16-17 §"). The name shown on each page
comes from this table, so when a law is repealed or replaced only its row changes, and every
notice that still cites it gets a warning naming the law in force.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .messages import N_, Message


@dataclass(frozen=True)
class Law:
    number: str  # "785/1992"
    name: Message  # the law's name in the nominative, translated by the catalogs
    in_force: bool = True
    replaced_by: str | None = None  # the number of the law in force instead
    # Lower-case words that name the law in free text, for finding citations of a repealed law.
    mentions: tuple[str, ...] = ()


# TRANSLATORS: the official name of a Finnish law, in the nominative (it follows a colon).
LAWS = {law.number: law for law in (
    Law("785/1992", N_("law", "Act on the Status and Rights of Patients")),
    Law("703/2023", N_("law", "Act on the Processing of Client Data in Healthcare and Social Welfare")),
    Law("784/2021", N_("law", "Act on the Processing of Client Data in Healthcare and Social Welfare"),
        in_force=False, replaced_by="703/2023", mentions=("784/2021",)),
    Law("298/2009", N_("law", "Decree of the Ministry of Social Affairs and Health on Patient Records"),
        in_force=False, replaced_by="703/2023", mentions=("298/2009", "potilasasiakirjoista annettu", "asetus potilasasiakirjoista")),
    Law("1050/2018", N_("law", "Data Protection Act")),
    Law("1336/1997", N_("law", "Accounting Act")),
    Law("759/2004", N_("law", "Act on the Protection of Privacy in Working Life")),
    Law("917/2014", N_("law", "Act on Electronic Communications Services")),
    Law("1325/2014", N_("law", "Non-Discrimination Act")),
    Law("609/1986", N_("law", "Act on Equality between Women and Men")),
    Law("523/1999", N_("law", "Personal Data Act"), in_force=False, replaced_by="1050/2018",
        mentions=("523/1999", "henkilötietolai", "personuppgiftslag", "personal data act")),
)}

_CITATION = re.compile(r"^(?P<number>\d{1,5}/\d{4})(?:\s+(?:(?P<chapter>\d+):(?P<csection>\d+)"
                       r"|(?P<section>\d+(?:\s*[-–]\s*\d+)?)\s*§))?$")


@dataclass(frozen=True)
class Citation:
    """A law, or one provision of it: 1336/1997, chapter 2, section 10."""

    number: str
    chapter: str | None = None
    section: str | None = None  # "6" or "16–17"

    @property
    def law(self) -> Law:
        return LAWS[self.number]


def parse_citation(value: str) -> Citation | None:
    """'1050/2018 6 §' -> Citation; None when it is not written as a citation of a known law."""
    match = _CITATION.match(value.strip()) if isinstance(value, str) else None
    if match is None or match.group("number") not in LAWS:
        return None
    section = match.group("csection") or match.group("section")
    if section:
        section = re.sub(r"\s*[-–]\s*", "–", section)
    return Citation(match.group("number"), match.group("chapter"), section)


def cite(value: str) -> Citation:
    """A citation written in the code (vocabulary, tests); a mistake there is a bug, not a user's."""
    citation = parse_citation(value)
    if citation is None:
        raise ValueError(f"{value!r} is not a citation of a law in laws.LAWS")
    return citation


CITATION_FORMAT = "a law's number such as '785/1992', with the provision if any: '1050/2018 6 §', '1336/1997 2:10'"

# TRANSLATORS: a law cited with its provision. %(law)s is the law's name, %(number)s its number
# (785/1992), %(chapter)s and %(section)s numbers.
FORMATS = {
    "law": N_("law citation", "%(law)s (%(number)s)"),
    "section": N_("law citation", "%(law)s (%(number)s), section %(section)s"),
    "sections": N_("law citation", "%(law)s (%(number)s), sections %(section)s"),
    "chapter": N_("law citation", "%(law)s (%(number)s), chapter %(chapter)s, section %(section)s"),
}


def format_key(citation: Citation) -> str:
    if citation.chapter:
        return "chapter"
    if citation.section:
        return "sections" if "–" in citation.section else "section"
    return "law"


def repealed_mentions() -> list[tuple[Law, str]]:
    """(law, word) for every word that names a repealed law in free text."""
    return [(law, word) for law in LAWS.values() if not law.in_force for word in law.mentions]
