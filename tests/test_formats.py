"""formats: the built-in locales' dates and lists, written without Babel's data, and checked against Babel."""

import datetime
from pathlib import Path

import pytest
from babel import Locale
from babel.dates import format_date
from babel.lists import format_list

from mkdocs_seloste import formats
from mkdocs_seloste.i18n import translators
from mkdocs_seloste.languages import KNOWN, default_languages, make_language
from mkdocs_seloste.outline import build
from mkdocs_seloste.render import Renderer
from mkdocs_seloste.source import load

pytestmark = pytest.mark.unit  # the core alone: no site is built

LOCALES = sorted(formats.MONTHS)
EXAMPLE = Path(__file__).parent.parent / "site_example" / "docs" / "tietosuoja" / "potilasrekisteri.md"
# Every month, single- and double-digit days, and years that need padding.
DATES = [datetime.date(year, month, day) for year in (2026, 987, 2) for month in range(1, 13) for day in (1, 9, 28)]


def test_the_tables_are_babels_data():
    # When Babel's CLDR changes, this says which value to copy into formats.py.
    for locale in LOCALES:
        data = Locale.parse(locale)
        assert formats.MONTHS[locale] == tuple(data.months["format"]["wide"][m] for m in range(1, 13)), locale
        assert formats.LIST_PATTERNS[locale] == dict(data.list_patterns["standard"]), locale
    assert sorted(formats.LIST_PATTERNS) == LOCALES


def test_every_built_in_language_has_its_table():
    # languages.KNOWN and these tables name the same locales: a new built-in language needs both.
    assert sorted(known["locale"] for known in KNOWN.values()) == LOCALES


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("pattern", ["d.M.yyyy", "d MMMM yyyy", "dd.MM.yy", "d. MMMM y", "yyyy-MM-dd", "MMMM d, y"])
def test_dates_as_babel_writes_them(locale, pattern):
    for day in DATES:
        assert formats.date(day, pattern, locale) == format_date(day, pattern, locale=locale), (day, pattern)


@pytest.mark.parametrize("pattern", ["long", "EEEE d.M.yyyy", "d MMM yyyy", "ddd.M.yyyy", "d 'de' MMMM y", "LLLL y"])
def test_other_fields_are_left_to_babel(pattern):
    assert formats.date(datetime.date(2026, 11, 1), pattern, "fi_FI") is None
    language = make_language("fi", default=True, date_format=pattern)
    translator = translators([language], None)["fi"]
    assert translator.format_date(datetime.date(2026, 11, 1)) == format_date(
        datetime.date(2026, 11, 1), pattern, locale="fi_FI")


@pytest.mark.parametrize("locale", LOCALES)
def test_lists_as_babel_writes_them(locale):
    for n in range(6):
        items = [f"<{i}>" for i in range(n)]
        assert formats.join(items, locale) == format_list(items, locale=locale), n


def test_another_locale_is_babels():
    assert formats.date(datetime.date(2026, 11, 1), "d MMMM yyyy", "de_DE") is None
    assert formats.join(["a", "b"], "de_DE") is None
    language = make_language("de", default=True, locale="de_DE", date_format="d. MMMM yyyy")
    translator = translators([language], None)["de"]
    assert translator.format_date(datetime.date(2026, 3, 1)) == "1. März 2026"
    assert translator.format_list(["a", "b", "c"]) == "a, b und c"


def test_a_notice_in_the_built_in_languages_needs_no_babel_locale():
    # A notice with dates and section lists, in every language: Babel's locale is never parsed, so its
    # data is never loaded (the Translator parses it on first use).
    languages = default_languages()
    page = load(EXAMPLE.read_text(encoding="utf-8"), [lang.code for lang in languages], EXAMPLE.parent)
    assert page.notice.updated and page.notice.history
    outline = build(page.notice)
    renderer = Renderer(languages[0])
    for code, translator in translators(languages, None).items():
        markdown = renderer.render(page.notice, outline, translator).markdown
        assert translator.format_date(page.notice.updated) in markdown
        assert translator.format_list(["1", "2"]) != "1, 2"
        assert "locale" not in vars(translator), code
