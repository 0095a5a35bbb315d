"""Which sections a notice has, in which order, with which numbers and anchors.

The layout gives the order; a section with nothing to say is left out and the rest are numbered
1..N without gaps. Numbers and anchors do not depend on the language, so every language version
of a notice has the same numbers, and a link or the language switch keeps its place.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import SECTION_IDS, Notice, Problem

# The order of built-in sections per layout. The question layout starts from the reader's
# questions (what, where from, why) and ends with whom to contact; the register's name is
# its title there.
ORDER = {
    "numbered": SECTION_IDS,
    "plain": SECTION_IDS,
    "questions": ("data", "sources", "purposes", "retention", "recipients", "transfers", "security",
                  "automated_decisions", "cookies", "rights", "complaint", "controller", "contact", "dpo", "history"),
}
NUMBERED_LAYOUTS = ("numbered", "questions")


@dataclass(frozen=True)
class Section:
    id: str  # language-neutral anchor: "contact"
    number: int | None  # 1..N, or None when the layout is not numbered
    custom: bool = False


@dataclass(frozen=True)
class Outline:
    sections: tuple[Section, ...]
    numbered: bool

    def __contains__(self, section_id: str) -> bool:
        return any(s.id == section_id for s in self.sections)

    def __getitem__(self, section_id: str) -> Section:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)

    @property
    def ids(self) -> list[str]:
        return [s.id for s in self.sections]


def present(notice: Notice, section_id: str) -> bool:
    """Whether a built-in section has anything to say in this notice."""
    if notice.text.get(section_id):
        return True
    value = {
        "register": notice.register if notice.layout != "questions" else None,
        "purposes": notice.purposes or notice.legal_basis or notice.legitimate_interests,
        "data": notice.data or notice.provision,
        "complaint": notice.complaint,
    }.get(section_id, getattr(notice, section_id, None))
    if isinstance(value, list):
        # An explicit "none" is a statement, so `recipients: none` keeps its section.
        return bool(value) or section_id in ("recipients", "automated_decisions")
    return bool(value)


def build(notice: Notice) -> Outline:
    """The Outline of a notice. Custom sections go after the section they name, or at the end."""
    ids = [s for s in ORDER[notice.layout] if present(notice, s)]
    custom_ids = []
    for section in notice.sections:
        position = ids.index(section.after) + 1 if section.after in ids else len(ids)
        if section.after in ids:
            # Several custom sections after the same one keep their written order.
            while position < len(ids) and ids[position] in custom_ids:
                position += 1
        ids.insert(position, section.id)
        custom_ids.append(section.id)
    numbered = notice.layout in NUMBERED_LAYOUTS
    return Outline(
        tuple(Section(sid, i if numbered else None, sid in custom_ids) for i, sid in enumerate(ids, 1)),
        numbered,
    )


def request_targets(notice: Notice, outline: Outline) -> list[str]:
    """The sections the plugin's own sentences send requests to: those named, or the contact
    person, or else the controller."""
    if notice.rights is not None and notice.rights.requests_to:
        return notice.rights.requests_to
    for candidate in ("contact", "controller"):
        if candidate in outline:
            return [candidate]
    return []


def check_references(notice: Notice, outline: Outline) -> list[Problem]:
    """Every reference in the notice names a section it has."""
    problems = []
    known = ", ".join(outline.ids)
    for section in notice.sections:
        if section.after is not None and section.after not in outline:
            problems.append(Problem(f"{section.title.path.rsplit('.', 1)[0]}.after",
                                    f"found {section.after!r}, but this notice has no such section (it has: {known})"))
    if notice.rights is not None:
        for i, target in enumerate(notice.rights.requests_to):
            if target not in outline:
                path = "seloste.rights.requests_to" + (f"[{i}]" if len(notice.rights.requests_to) > 1 else "")
                problems.append(Problem(path, f"requests go to section {target!r}, but this notice has no such "
                                        f"section: add '{target}:' with its contact details, or send requests elsewhere"))
    for text in notice.texts():
        for ref in text.refs():
            if ref not in outline:
                problems.append(Problem(text.path, f"{{ref:{ref}}} points at a section this notice does not have"
                                        f" (it has: {known})"))
    return problems
