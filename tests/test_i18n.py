"""Translator: package and site catalogs read from real .po files; Babel's plural, list and date formats."""

import datetime
import textwrap

import pytest

from mkdocs_seloste.i18n import CatalogError, load_catalog, translators

from conftest import LANGUAGES

pytestmark = pytest.mark.unit  # the core alone: no site is built



@pytest.fixture(scope="module")
def package():
    return translators(LANGUAGES, None)


def write_po(directory, code, entries: str, plural="nplurals=2; plural=(n != 1);"):
    path = directory / code / "LC_MESSAGES" / "mkdocs_seloste.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(f'''\
        msgid ""
        msgstr ""
        "Language: {code}\\n"
        "Content-Type: text/plain; charset=utf-8\\n"
        "Plural-Forms: {plural}\\n"

        ''') + textwrap.dedent(entries), encoding="utf-8")
    return path


@pytest.mark.parametrize("code", ["fi", "sv"])
def test_plurals_come_from_the_catalog(package, code):
    t = package[code]
    one = t.ngettext("The legal basis of the processing is:", "The legal bases of the processing are:", 1)
    two = t.ngettext("The legal basis of the processing is:", "The legal bases of the processing are:", 2)
    assert one and two and one != two
    assert one != "The legal basis of the processing is:"


def test_plural_rule_of_the_catalog_is_used(tmp_path):
    # A three-form rule shows that the catalog's own Plural-Forms is evaluated, not an English rule.
    write_po(tmp_path, "fi", '''\
        msgid "one"
        msgid_plural "many"
        msgstr[0] "yksi"
        msgstr[1] "kaksi"
        msgstr[2] "monta"
        ''', plural="nplurals=3; plural=(n==1 ? 0 : n==2 ? 1 : 2);")
    t = translators(LANGUAGES, tmp_path)["fi"]
    assert [t.ngettext("one", "many", n) for n in (1, 2, 5)] == ["yksi", "kaksi", "monta"]


@pytest.mark.parametrize("code, expected", [("fi", "1, 2 ja 3"), ("sv", "1, 2 och 3"), ("en", "1, 2 and 3")])
def test_lists_in_each_language(package, code, expected):
    assert package[code].format_list(["1", "2", "3"]) == expected


@pytest.mark.parametrize("code, expected", [("fi", "1.11.2026"), ("sv", "1.11.2026"), ("en", "1 November 2026")])
def test_dates_as_written_in_finland(package, code, expected):
    assert package[code].format_date(datetime.date(2026, 11, 1)) == expected


def test_site_catalog_overrides_the_package_and_translates_free_text(tmp_path, package):
    write_po(tmp_path, "sv", '''\
        msgctxt "section title"
        msgid "Controller"
        msgstr "Registeransvarig"

        msgid "Haluaako asiakas palvelua Kuopiossa"
        msgstr "Om kunden vill ha service i Kuopio"

        #, fuzzy
        msgid "Fuzzy"
        msgstr "Not used"
        ''')
    site = translators(LANGUAGES, tmp_path)["sv"]
    assert site.pgettext("section title", "Controller") == "Registeransvarig"
    assert package["sv"].pgettext("section title", "Controller") != "Registeransvarig"
    assert site.lookup(None, "Haluaako asiakas palvelua Kuopiossa") == "Om kunden vill ha service i Kuopio"
    assert site.lookup(None, "Fuzzy") is None
    # What the site does not override still comes from the package.
    assert site.pgettext("section title", "Cookies") == package["sv"].pgettext("section title", "Cookies")


def test_a_broken_catalog_names_its_file_and_line(tmp_path):
    path = write_po(tmp_path, "sv", '''\
        msgid "a"
        msgstr "b"
        garbage here
        ''')
    with pytest.raises(CatalogError) as info:
        load_catalog(path, "sv_FI")
    # Line 9 as an editor counts: five header lines, a blank one, msgid, msgstr, then this one.
    assert f"{path}:9: " in str(info.value) and "garbage here" in str(info.value)


def test_an_unclosed_string_names_its_file_and_line(tmp_path):
    path = write_po(tmp_path, "sv", '''\
        msgid "a"
        msgstr "b
        ''')
    with pytest.raises(CatalogError, match=r"mkdocs_seloste.po:8: a quoted string is not closed"):
        load_catalog(path, "sv_FI")


def test_a_dropped_placeholder_names_its_file_and_line(tmp_path):
    path = write_po(tmp_path, "sv", '''\
        msgid "Privacy notice: %(register)s"
        msgstr "Dataskyddsbeskrivning"

        ''')
    with pytest.raises(CatalogError, match=r"mkdocs_seloste.po:7: the translation of 'Privacy notice: %\(register\)s' "
                                           r"has the placeholders none, but its msgid has \['%\(register\)s'\]"):
        load_catalog(path, "sv_FI")


def test_a_dropped_section_reference_is_caught(tmp_path):
    path = write_po(tmp_path, "en", '''\
        msgid "Katso kohta {ref:contact}."
        msgstr "See the contact section."
        ''')
    with pytest.raises(CatalogError, match=r"\{ref:contact\}"):
        load_catalog(path, "en_FI")


def test_a_catalog_without_plural_forms_uses_the_language_rule(tmp_path):
    path = tmp_path / "sv" / "LC_MESSAGES" / "mkdocs_seloste.po"
    path.parent.mkdir(parents=True)
    path.write_text('msgid "one"\nmsgid_plural "many"\nmsgstr[0] "en"\nmsgstr[1] "många"\n', encoding="utf-8")
    t = translators(LANGUAGES, tmp_path)["sv"]
    assert [t.ngettext("one", "many", n) for n in (1, 2)] == ["en", "många"]
