"""parse(): front matter to Notice, and every mistake reported with its key path."""

import datetime

import pytest

from mkdocs_seloste.model import NoticeError, Term, business_id_check_digit, parse, phone_e164
from mkdocs_seloste.text import Text

from conftest import CODES

pytestmark = pytest.mark.unit  # the core alone: no site is built



def problems(front_matter) -> list[str]:
    with pytest.raises(NoticeError) as info:
        parse(front_matter, CODES)
    return [str(p) for p in info.value.problems]


def test_vocabulary_keys_and_free_text_are_told_apart():
    notice = parse({"data": ["name", "valokuva hampaista", {"fi": "tieto", "sv": "uppgift"}]}, CODES)
    assert notice.data[0] == Term("data", "name", "seloste.data[0]")
    assert isinstance(notice.data[1], Text) and notice.data[1].source == "valokuva hampaista"
    assert notice.data[2].by_language == {"fi": "tieto", "sv": "uppgift"}


def test_dates_and_layouts():
    notice = parse({"updated": datetime.date(2026, 11, 1), "layout": "questions"}, CODES)
    assert notice.updated == datetime.date(2026, 11, 1)
    assert notice.layout == "questions"


def test_unknown_key_names_the_nearest_known_key():
    (found,) = problems({"controler": {"name": "X"}})
    assert found.startswith("seloste.controler: unknown key; did you mean 'controller'? (known keys: ")
    known = found.split("(known keys: ")[1].rstrip(")").split(", ")
    assert {"controller", "contact", "purposes", "legal_basis", "retention", "rights"} <= set(known)


def test_misspelt_vocabulary_key_is_an_error_not_free_text():
    (found,) = problems({"purposes": ["customer_relationshp"]})
    assert found.startswith("seloste.purposes[0]: unknown purposes key 'customer_relationshp'")
    assert "did you mean 'customer_relationship'" in found


def test_wrong_type_says_what_was_found_and_expected():
    (found,) = problems({"controller": ["Oy"]})
    assert found.startswith("seloste.controller: found a list, expected a mapping with keys name, business_id")


def test_all_problems_are_reported_at_once():
    found = problems({"layout": "numberd", "controller": {"email": "not an address"}, "legal_basis": ["consnt"]})
    assert [f.split(":")[0] for f in found] == ["seloste.controller.email", "seloste.legal_basis[0]", "seloste.layout"]
    assert "did you mean 'numbered'" in found[2]
    assert "did you mean 'consent'" in found[1]


def test_text_mapping_needs_the_default_language_and_known_languages():
    found = problems({"register": {"sv": "Kundregister", "de": "Kundenregister"}})
    assert any(f.startswith("seloste.register.de: unknown language 'de'") for f in found)
    assert any(f.startswith("seloste.register: no text in the default language 'fi'") for f in found)


def test_custom_section_needs_title_and_own_id():
    found = problems({"sections": [{"id": "rights", "title": "Oikeudet"}, {"id": "erasure"}]})
    assert found[0].startswith("seloste.sections[0].id: 'rights' is a built-in section")
    assert found[1] == "seloste.sections[1]: no 'title'; a custom section needs a title"


@pytest.mark.parametrize("business_id", ["2140524-2", "1558250-9", "0250157-0", "3386427-8"])
def test_seed_business_ids_are_valid(business_id):
    assert parse({"controller": {"business_id": business_id}}, CODES).controller.business_id == business_id


def test_business_id_check_digit():
    (found,) = problems({"controller": {"business_id": "2140524-3"}})
    assert found == "seloste.controller.business_id: found '2140524-3', but its check digit should be 2: check the digits"
    assert business_id_check_digit("0000001") == 9  # 1 x 2 = 2; 11 - 2
    # Remainder 1: no valid ID starts with these digits.
    digits = next(f"{n:07d}" for n in range(10**7) if business_id_check_digit(f"{n:07d}") is None)
    (found,) = problems({"controller": {"business_id": f"{digits}-0"}})
    assert "no valid Business ID starts with" in found


def test_phone_numbers_become_e164():
    assert phone_e164("010 219 8700") == "+358102198700"
    assert phone_e164("02-6354665") == "+35826354665"
    assert phone_e164("+358 40 1487 672") == "+358401487672"
    assert phone_e164("00358 29 566 6700") == "+358295666700"


def test_none_states_there_is_nothing():
    notice = parse({"recipients": "none", "transfers": "none", "automated_decisions": "none"}, CODES)
    assert notice.recipients == []
    assert notice.transfers.outside_eea is False
    assert notice.automated_decisions == []


def test_rights_follow_the_legal_bases_unless_listed():
    notice = parse({"legal_basis": ["consent", "legitimate_interests"], "purposes": ["marketing"], "rights": {}}, CODES)
    assert notice.rights_shown() == ["access", "rectification", "erasure", "restriction", "objection",
                                     "objection_direct_marketing", "portability", "withdraw_consent"]
    notice = parse({"legal_basis": ["legal_obligation"], "rights": {"include": ["access"]}}, CODES)
    assert notice.rights_shown() == ["access"]


def test_not_a_mapping_at_all():
    assert problems("yes") == ["seloste: found 'yes', expected a mapping with keys " + ", ".join(
        __import__("mkdocs_seloste.model", fromlist=["TOP_KEYS"]).TOP_KEYS)]


@pytest.mark.parametrize("phone", ["123", "+358 1", "0401234567890123456"])
def test_implausible_phone_numbers_are_refused(phone):
    (found,) = problems({"controller": {"phone": phone}})
    assert found.startswith("seloste.controller.phone: found")
