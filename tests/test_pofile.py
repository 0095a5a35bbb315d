"""The build's .po reader reads what Babel reads: every catalog of the project, and the format's corners."""

import io
import textwrap
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from mkdocs_seloste import pofile

from conftest import ROOT

pytestmark = pytest.mark.unit  # the core alone: no site is built

CATALOGS = sorted(ROOT.glob("locales/*/LC_MESSAGES/*.po")) + sorted(ROOT.glob("site_example/locales/*/LC_MESSAGES/*.po")) \
    + sorted(ROOT.glob("tests/seeds/locales/*/LC_MESSAGES/*.po"))

CORNERS = textwrap.dedent('''\
    # A translator's comment
    msgid ""
    msgstr ""
    "Language: sv\\n"
    "Plural-Forms: nplurals=2; plural=(n != 1);\\n"

    #. TRANSLATORS: an extracted comment
    #: mkdocs_seloste/render.py:12
    #, python-format
    msgctxt "section title"
    msgid "Controller"
    msgstr "Personuppgifts"
    "ansvarig"

    msgid "Line\\nbreak, \\"quotes\\", tab\\t and \\\\ backslash"
    msgstr "Rad\\nbrytning, \\"citat\\", tabb\\t och \\\\ snedstreck"

    #, fuzzy, python-format
    #| msgid "Old %(name)s"
    msgid "New %(name)s"
    msgstr "Ny %(name)s"

    msgid "One notice"
    msgid_plural "%(num)s notices"
    msgstr[0] "En beskrivning"
    msgstr[1] "%(num)s beskrivningar"

    msgid "Untranslated"
    msgstr ""

    #~ msgid "Obsolete"
    #~ msgstr "Föråldrad"
    ''')


def babel_messages(text: str) -> tuple[dict, str]:
    po = read_po(io.BytesIO(text.encode("utf-8")), locale="sv_FI", abort_invalid=True)
    found = {}
    for m in po:
        if m.id:
            key = (m.context, m.id[0] if m.pluralizable else m.id)
            found[key] = (m.id[1] if m.pluralizable else None, tuple(m.string) if m.pluralizable else m.string,
                          m.fuzzy, m.lineno)
    return found, po.plural_expr


def our_messages(text: str) -> tuple[dict, str]:
    po = pofile.parse(text)
    found = {}
    for e in po.entries:
        strings = tuple(e.msgstr[i] for i in sorted(e.msgstr)) if e.msgid_plural is not None else e.msgstr.get(0, "")
        found[(e.context, e.msgid)] = (e.msgid_plural, strings, e.fuzzy, e.line)
    return found, po.plural_expr


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_catalog_of_the_project_reads_as_babel_reads_it(path):
    text = path.read_text(encoding="utf-8")
    assert our_messages(text) == babel_messages(text)


def test_the_corners_of_the_format_read_as_babel_reads_them():
    ours, plural = our_messages(CORNERS)
    assert (ours, plural) == babel_messages(CORNERS)
    assert ours[("section title", "Controller")][1] == "Personuppgiftsansvarig"
    assert ours[(None, "New %(name)s")][2] is True  # fuzzy
    assert (None, "Obsolete") not in ours


@pytest.mark.parametrize("text, line, says", [
    ('msgid "a"\nmsgstr "b\n', 2, "not closed"),
    ('msgid "a"\nmsgstr "b"\ngarbage\n', 3, "not closed"),
    ('"orphan"\n', 1, "without msgid or msgstr"),
    ('msgstr "b"\n', 1, "without a msgid"),
    ('msgid "a"\nmsgid "b"\nmsgstr "c"\n', 2, "second msgid"),
    ('msgid_plural "a"\n', 1, "without a msgid"),
    ('msgstrx "a"\n', 1, "not closed"),
])
def test_what_cannot_be_read_is_refused_with_its_line(text, line, says):
    with pytest.raises(pofile.PoError, match=says) as info:
        pofile.parse(text)
    assert info.value.line == line
