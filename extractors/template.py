"""Sentences rewritten with their mentions as typed markers, for readable relation rules.

"On January 5, the song by Ana and Bo, Rise, was released" becomes
"On ⟨D0⟩, the song by ⟨P1⟩ and ⟨P2⟩, ⟨S3⟩, was released": rules are then regular
expressions over marker letters, which generalise over names and survive the small
model's noisy parses.  A possessive pronoun resolved to an entity becomes "⟨P1⟩'s".
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from .dates import DateMention
from .entities import Sentence
from .lexicon import HONORIFICS, KIN_WORD
from .records import Entity

# a possessor of a kinship apposition: "⟨P3⟩'s daughter, ⟨P4⟩"
_KIN_OWNER = re.compile(r"(?:'s|’s) (?:[\w-]+ )?(?:" + KIN_WORD + r"|children|sons|daughters),? ⟨")

LETTER = {"schema:Person": "P", "schema:MusicGroup": "G", "schema:PerformingGroup": "G",
          "schema:Organization": "O", "schema:MusicRecording": "S", "schema:MusicAlbum": "A",
          "schema:MusicVideoObject": "V", "schema:Movie": "F", "schema:TVSeries": "T",
          "schema:CreativeWork": "B", "schema:Book": "K", "schema:VideoGame": "B",
          "schema:RadioSeries": "T"}
MARKER = re.compile(r"⟨([A-Z])(\d+)⟩")
_HONORIFIC_BEFORE_PERSON = re.compile(r"\b(?:" + "|".join(h.capitalize() for h in HONORIFICS) + r")\.? (⟨P\d+⟩)")


def letter_of(etype: str) -> str:
    return LETTER.get(etype, "L")


@dataclass
class Slot:
    """What a marker stands for: an entity key, or a date."""

    letter: str
    key: str | None
    date: DateMention | None
    tok_start: int
    tok_end: int
    kind: str = "name"
    subject: bool = False


@dataclass
class Template:
    text: str
    slots: list[Slot]

    def clause(self, text: str) -> "Template":
        """A part of the sentence as a template of its own: slots it does not name are blanked, numbering kept.

        >>> t = Template("⟨P0⟩ sang ⟨S1⟩", [Slot("P", "a", None, 0, 1), Slot("S", "b", None, 2, 3)])
        >>> [sl.key for sl in t.clause("sang ⟨S1⟩").slots]
        [None, 'b']
        """
        return Template(text, [sl if f"⟨{sl.letter}{i}⟩" in text else dataclasses.replace(sl, letter="-", key=None, date=None)
                               for i, sl in enumerate(self.slots)])

    def slots_in(self, fragment: str, letters: str, skip_possessors: bool = True) -> list[Slot]:
        """Slots named in a matched fragment; in "⟨G1⟩' ⟨P2⟩" the possessor G1 is skipped."""
        out = []
        for m in MARKER.finditer(fragment):
            rest = fragment[m.end():]
            if skip_possessors and re.match(r"(?:'s|'|’s|’) ⟨", rest):
                continue
            if skip_possessors and _KIN_OWNER.match(rest):
                continue  # ("and X's daughter, Y, founded it": Y founded it, not her father)
            if re.match(r" (?:in-house |house |staff )(?:producer|songwriter|composer|lyricist|director|writer|artist)s? ⟨", rest):
                continue  # "⟨O⟩ in-house producer ⟨P⟩": the company describes the person it names
            if self.slots[int(m.group(2))].kind == "definite" and re.search(r"⟩, $", fragment[:m.start()]):
                continue  # "X, the Seoul-based producer": an apposition, not one more name
            if m.group(1) in letters:
                out.append(self.slots[int(m.group(2))])
        return out


def _plain(text: str) -> str:
    """Article text between markers; its own angle brackets must never read as markers."""
    return text.replace("⟨", "<").replace("⟩", ">")


def build_template(s: Sentence, entities: dict[str, Entity], dates: list[DateMention]) -> Template:
    doc = s.doc
    slots: list[Slot] = []
    spans: list[tuple[int, int, Slot]] = []
    for m in s.mentions:
        ent = entities[m.key]
        slot = Slot(letter_of(ent.type), m.key, None, m.tok_start, m.tok_end, m.kind,
                    doc[m.tok_start:m.tok_end].root.dep_ in ("nsubj", "nsubjpass"))
        spans.append((m.tok_start, m.tok_end, slot))
    for d in dates:
        sp = doc.char_span(s.span.start_char + d.start, s.span.start_char + d.end, alignment_mode="expand")
        if sp is None or any(a < sp.end and sp.start < b for a, b, _ in spans):
            continue
        spans.append((sp.start, sp.end, Slot("D", None, d, sp.start, sp.end, "date")))
    spans.sort(key=lambda t: t[0])
    pieces: list[str] = []
    i = s.span.start
    for start, end, slot in spans:
        if start < i:
            continue
        pieces.append(_plain(doc[i:start].text_with_ws) if start > i else "")
        idx = len(slots)
        slots.append(slot)
        pronoun_poss = slot.kind == "pronoun" and doc[start].lower_ in ("his", "her", "their", "its") \
            and doc[start].dep_ == "poss"
        pieces.append(f"⟨{slot.letter}{idx}⟩" + ("'s" if pronoun_poss else "") + doc[end - 1].whitespace_)
        i = end
    pieces.append(_plain(doc[i:s.span.end].text_with_ws) if i < s.span.end else "")
    text = "".join(pieces).replace("’", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"[\"‘'](⟨[A-Z]\d+⟩)([,.!?]?)[\"']", r"\1\2", text)  # quoted titles read like names
    # ("the press that Dr ⟨P1⟩ founded": an honorific the reader kept out of the name reads as part of it)
    text = _HONORIFIC_BEFORE_PERSON.sub(r"\1", text)
    # "⟨F0⟩ (Japanese: ...), (stylized as ...) is a film": two asides after an opening title read as one
    text = re.sub(r"^((?:The |A |An )?⟨[A-Z]\d+⟩ \([^()]*)\),? \(", r"\1; ", text)
    # 'W ("Y"), the EP ...': a title's translation is the same work again, and reads as no more than the title
    text = re.sub(r"⟨([A-Z])(\d+)⟩ \(⟨[A-Z](\d+)⟩\)",
                  lambda m: m.group(0) if slots[int(m.group(2))].key is None or slots[int(m.group(2))].key != slots[int(m.group(3))].key
                  else f"⟨{m.group(1)}{m.group(2)}⟩", text)
    # ('W ("swap places"), which came out in June, is ...': a gloss of a title in quotation marks, no more than the title
    text = re.sub(r"(⟨[A-Z]\d+⟩) \(\"[^\"⟨()]{1,60}\"\)", r"\1", text)
    return Template(text.strip(), slots)
