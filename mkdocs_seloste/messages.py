"""A gettext message with its context, and the marker that has it extracted into the catalogs."""

from __future__ import annotations

from typing import NamedTuple


class Message(NamedTuple):
    """A message with its context: (context, msgid), the key a catalog is looked up by."""

    context: str | None
    msgid: str


def N_(context: str, msgid: str) -> Message:
    """Marks a term for extraction (`pybabel extract -k N_:1c,2`); translated when rendered."""
    return Message(context, msgid)
