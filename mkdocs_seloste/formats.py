"""Dates and lists as each language writes them (CLDR), for the built-in locales without Babel's data.

Babel loads a locale whole: twelve English month names cost a build 870 KB of pickled data
(en_FI and its parents, and Babel's global data), over 4 MiB of memory and about 25 ms, on every
build. The few values the built-in languages use are copied here from that same data, and
tests/test_formats.py checks them against the installed Babel. Any other locale, and any date
pattern with fields other than day, month and year, is formatted by Babel.
"""

from __future__ import annotations

import datetime
import re

# CLDR month names, format context, wide ("5. tammikuuta" is the genitive form Finnish dates use).
MONTHS = {
    "fi_FI": ("tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
              "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"),
    "sv_FI": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
              "oktober", "november", "december"),
    "en_FI": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"),
}

# CLDR list patterns, standard style: the first two items, the middle ones, the last one, exactly two.
LIST_PATTERNS = {
    "fi_FI": {"start": "{0}, {1}", "middle": "{0}, {1}", "end": "{0} ja {1}", "2": "{0} ja {1}"},
    "sv_FI": {"start": "{0}, {1}", "middle": "{0}, {1}", "end": "{0} och {1}", "2": "{0} och {1}"},
    "en_FI": {"start": "{0}, {1}", "middle": "{0}, {1}", "end": "{0} and {1}", "2": "{0} and {1}"},
}

# A pattern's fields are runs of one letter ("d", "MMMM"); text in quotes is Babel's to read.
_FIELD = re.compile(r"([A-Za-z])\1*")


def date(value: datetime.date, pattern: str, locale: str) -> str | None:
    """The date in a CLDR pattern such as "d.M.yyyy" or "d MMMM yyyy"; None where Babel is needed."""
    months = MONTHS.get(locale)
    if months is None or "'" in pattern:
        return None
    fields = {
        "d": str(value.day), "dd": f"{value.day:02d}",
        "M": str(value.month), "MM": f"{value.month:02d}", "MMMM": months[value.month - 1],
        "y": str(value.year), "yy": f"{value.year % 100:02d}", "yyyy": f"{value.year:04d}",
    }
    if any(match.group(0) not in fields for match in _FIELD.finditer(pattern)):
        return None
    return _FIELD.sub(lambda match: fields[match.group(0)], pattern)


def join(items: list[str], locale: str) -> str | None:
    """Items in the language's list format ("A, B ja C"), as Babel's format_list; None where Babel is needed."""
    patterns = LIST_PATTERNS.get(locale)
    if patterns is None:
        return None
    if len(items) < 2:
        return items[0] if items else ""
    if len(items) == 2:
        return patterns["2"].format(*items)
    result = patterns["start"].format(items[0], items[1])
    for item in items[2:-1]:
        result = patterns["middle"].format(result, item)
    return patterns["end"].format(result, items[-1])
