"""build(): which sections, numbered 1..N without gaps; references follow the numbers."""

import pytest

from mkdocs_seloste.model import parse
from mkdocs_seloste.outline import build, check_references

from conftest import CODES

pytestmark = pytest.mark.unit  # the core alone: no site is built

FULL = {
    "register": "Rekisteri",
    "controller": {"name": "Oy"},
    "contact": {"name": "Henkilö"},
    "purposes": ["marketing"],
    "data": ["name"],
    "sources": ["data_subject"],
    "recipients": "none",
    "transfers": "none",
    "retention": ["as_long_as_needed"],
    "security": ["tls"],
    "rights": {},
    "cookies": {"types": ["necessary"]},
}


def numbers(outline):
    return {s.id: s.number for s in outline.sections}


def test_sections_are_numbered_one_to_n():
    outline = build(parse(FULL, CODES))
    assert outline.ids == ["controller", "contact", "register", "purposes", "data", "sources", "recipients",
                           "transfers", "retention", "security", "rights", "complaint", "cookies"]
    assert [s.number for s in outline.sections] == list(range(1, 14))


def test_a_section_left_out_renumbers_the_rest_and_references_follow():
    full = numbers(build(parse(FULL, CODES)))
    without_contact = {k: v for k, v in FULL.items() if k != "contact"}
    outline = build(parse(without_contact, CODES))
    assert "contact" not in outline
    assert [s.number for s in outline.sections] == list(range(1, 13))
    assert numbers(outline)["rights"] == full["rights"] - 1
    # The plugin's request sentence falls back to the controller when there is no contact person.
    from mkdocs_seloste.outline import request_targets
    assert request_targets(parse(without_contact, CODES), outline) == ["controller"]


def test_custom_sections_go_after_the_section_they_name():
    notice = parse({**FULL, "sections": [{"id": "erasure", "title": "Tietojen poistaminen", "after": "retention"},
                                         {"id": "storage", "title": "Säilytys", "after": "retention"},
                                         {"id": "more", "title": "Lisää"}]}, CODES)
    ids = build(notice).ids
    assert ids[ids.index("retention") + 1: ids.index("retention") + 3] == ["erasure", "storage"]
    assert ids[-1] == "more"


def test_plain_layout_has_no_numbers_and_questions_layout_its_own_order():
    assert all(s.number is None for s in build(parse({**FULL, "layout": "plain"}, CODES)).sections)
    outline = build(parse({**FULL, "layout": "questions"}, CODES))
    assert outline.ids[0] == "data" and "register" not in outline
    assert [s.number for s in outline.sections] == list(range(1, len(outline.sections) + 1))


def test_explicit_none_keeps_a_section_and_complaint_can_be_left_out():
    outline = build(parse({"recipients": "none", "complaint": False}, CODES))
    assert outline.ids == ["recipients"]


def test_references_to_missing_sections_are_reported():
    notice = parse({"controller": {"name": "Oy"}, "rights": {"requests_to": "contact"},
                    "text": {"controller": "Katso kohta {ref:dpo}."}}, CODES)
    found = [str(p) for p in check_references(notice, build(notice))]
    assert found[0].startswith("seloste.rights.requests_to: requests go to section 'contact', but this notice has no such section")
    assert found[1].startswith("seloste.text.controller: {ref:dpo} points at a section this notice does not have")
