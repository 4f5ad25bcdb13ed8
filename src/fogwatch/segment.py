"""segment: article text -> sentences with character offsets.

Lines are paragraphs; each line is split at sentence-final punctuation (optionally followed by a closing
quote or bracket) when whitespace and a plausible sentence start follow, unless the word before the stop
is a known abbreviation ("Col.", "Gen.", "U.S.", "No. 1") or a single initial ("J. Smith"). Offsets are
exact: `text[s.start:s.end] == s.text`, and no sentence starts or ends with whitespace.

A rule-based splitter, not spaCy's parser: it is ~1000x faster, and only sentences that pass detect's
cue prefilter are worth a parse.
"""

from __future__ import annotations

import re

from fogwatch.cues import words
from fogwatch.model import Sentence

_LINE = re.compile(r"[^\n]+")
# A stop, then any closing quotes/brackets, then whitespace, then what may open a sentence.
_BOUNDARY = re.compile(r"""([.!?]+)(["'”’)\]]*)(\s+)(?=["“‘'(\[]?[A-Z0-9À-ÖØ-ÞЀ-Я])""")

# Words that end with a period without ending the sentence (lowercased, without the period).
ABBREVIATIONS = words(
    """
    mr mrs ms dr prof sr jr st mt ft
    gen lt col maj capt cpt sgt cpl pvt adm cmdr cdr brig lt.col lt.gen maj.gen brig.gen gov sen rep pres
    no nos vol art sec para fig op
    jan feb mar apr jun jul aug sep sept oct nov dec
    u.s u.k u.n e.u u.s.s.r u.a.e d.c e.g i.e etc vs approx est ca
    inc corp co ltd dept govt
    """
)


def split(text: str) -> list[Sentence]:
    """Every sentence of `text`, in order, with its exact character offsets."""
    sentences: list[Sentence] = []
    for line in _LINE.finditer(text):
        sentences.extend(_split_line(text, line.start(), line.end()))
    return sentences


def _split_line(text: str, start: int, end: int) -> list[Sentence]:
    out: list[Sentence] = []
    cursor = start
    for m in _BOUNDARY.finditer(text, start, end):
        if _is_abbreviation(text, cursor, m.start(), m.group(1)):
            continue
        stop = m.end(2)
        _append(out, text, cursor, stop)
        cursor = m.end(3)
    _append(out, text, cursor, end)
    return out


def _is_abbreviation(text: str, sent_start: int, stop_at: int, stop: str) -> bool:
    """Whether the period at `stop_at` belongs to the word before it rather than ending a sentence."""
    if stop != ".":
        return False
    word_start = stop_at
    while word_start > sent_start and not text[word_start - 1].isspace() and text[word_start - 1] not in '("“':
        word_start -= 1
    word = text[word_start:stop_at].lower()
    if not word:
        return False
    if word in ABBREVIATIONS:
        # Even before a capital: "in the U.S. The army said" is rarer than "U.S. Army", "Gen. Ivanov".
        return True
    # A list number opening a line ("1. Kherson: ...") belongs to its item.
    if word.isdigit() and word_start == sent_start:
        return True
    # A single initial ("J. Smith").
    return len(word) == 1 and word.isalpha() and text[word_start].isupper()


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Sentence(start, end, text[start:end]))
