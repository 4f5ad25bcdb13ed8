"""source_phrases: the phrase around an attribution verb, read from tokens.

Who the subject of "said" is ("the regional governor, Ivan Sobol, said" -> its span, walking back over
descriptors, titles and asides), what follows "according to"/"citing" (`phrase_after`), and the carriers and
lists between ("X and Y said", "a statement by X"). sources.py turns these spans into named sources.
"""

from __future__ import annotations

from fogwatch.fields.source_names import (
    CARRIERS,
    CONNECTORS,
    DESCRIPTOR_KIND,
    DETERMINERS,
    INSTITUTIONS,
    NOT_NAMES,
    SAY_VERBS,
    SUBJECT_GAP,
    Tok,
    adjectival,
    ends_institution,
    looks_personal,
    nameish,
    singular,
    strip_title,
)
from fogwatch.model import SourceKind


def own_outlet(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """The span of the speaker's own outlet after the verb at i: 'via its Amaq agency', 'on their radio station
    Al-Bayan'. Read later; kept only when it names a medium (a Telegram channel is a channel, not a source)."""
    for k in range(i + 1, min(i + 8, len(toks) - 2)):
        if toks[k].text in {",", ".", ";"} or toks[k].low == "that":
            return None
        if toks[k].low in {"via", "through", "on", "in"} and toks[k + 1].low in {"its", "their", "his", "her"}:
            end = phrase_after(toks, k + 2)
            return (k + 2, end) if end > k + 2 else None
    return None


def subject_before(toks: list[Tok], i: int) -> tuple[int, int, SourceKind | None] | None:
    """The source phrase that is the subject of the verb at i: (start, end, kind hint) or None.

    Skips what may sit between subject and verb: adverbs ("later"), "on Monday", a describing
    appositive ("Ivan Sobol, spokesman for the brigade, said"), an acronym ("the Congolese army (FARDC)").
    A name in an appositive is the subject itself: "the spokeswoman for the navy, Olha Ris, said"."""
    end = i
    while end > 0 and toks[end - 1].low in SUBJECT_GAP:
        end -= 1
    if end > 1 and toks[end - 2].low == "on" and toks[end - 1].low in NOT_NAMES:
        end -= 2
        while end > 0 and toks[end - 1].low in SUBJECT_GAP | {"late", "early"}:
            end -= 1  # "X late on Monday said"
    hint: SourceKind | None = None
    if end > 0 and toks[end - 1].text == ",":
        k = _comma_before(toks, end - 1)
        if k is not None and _aside(toks[k + 1 : end - 1]):
            end = k  # "Colombia's Defence Ministry, in a statement, said": the aside is skipped
    if end > 0 and toks[end - 1].text == ",":
        k = _comma_before(toks, end - 1)
        if k is None:
            return None
        inner = toks[k + 1 : end - 1]
        if len(inner) == 1 and inner[0].text.isupper() and len(inner[0].text) >= 3 and _describes_name(toks, k):
            return k + 1, end - 1, None  # "The UN's humanitarian office, OCHA, said": the acronym names it
        if inner and looks_personal(strip_title(inner)):
            return k + 1, end - 1, _first_descriptor_kind(toks, _comma_before(toks, k) or 0, k)
        if not inner or not (_describes(inner) or inner[0].low in {"citing", "quoting", "who", "which", "known"}):
            return None
        alias = _pen_name(toks, k + 1, end - 1)
        if alias is not None:  # "The blogger, who writes under the name Murz, said": Murz speaks
            return alias[0], alias[1], _first_descriptor_kind(toks, _comma_before(toks, k) or 0, k)
        hint, end = _descriptor_kind_before(toks, end - 1), k
    if end > 2 and toks[end - 1].text == ")" and toks[end - 3].text == "(":
        end -= 3
    start = walk_back(toks, end)
    if start >= 2 and toks[start - 1].low in {"in", "at"} and toks[start - 2].low in INSTITUTIONS:
        end = start - 1  # "the health ministry in Gaza said": the ministry speaks, Gaza is where it sits
        start = walk_back(toks, end)
    return (start, end, hint) if start < end else None


def _describes_name(toks: list[Tok], comma: int) -> bool:
    """Does the phrase before the comma at `comma` end in a describing noun ('office', 'agency', 'group')?"""
    return comma > 0 and (toks[comma - 1].low in DESCRIPTOR_KIND or toks[comma - 1].low in INSTITUTIONS)


def _pen_name(toks: list[Tok], a: int, b: int) -> tuple[int, int] | None:
    """The name in 'who writes under the name Murz' or 'known as Grey Zone', as a token span."""
    for k in range(a, b - 1):
        if toks[k].low in {"name", "pseudonym", "as"} and toks[k + 1].capital:
            end = phrase_after(toks, k + 1)
            return (k + 1, min(end, b)) if end > k + 1 else None
    return None


def walk_back(toks: list[Tok], end: int) -> int:
    start = end
    while start > 0 and nameish(toks[start - 1]) and toks[start - 1].low not in SAY_VERBS:
        start -= 1
        if toks[start].low in DETERMINERS and not (start > 1 and toks[start - 1].low in {"and", "of", "for"}):
            break
    if (
        start >= 2
        and start < end
        and toks[start - 1].text.isalpha()
        and not toks[start - 1].capital
        and toks[start].low in INSTITUTIONS | DESCRIPTOR_KIND.keys()
        and nameish(toks[start - 2])
    ):
        start -= 1  # a compound noun: "North Darfur's health ministry", "the Zaka rescue service"
        if toks[start - 1].low in DETERMINERS:
            start -= 1  # "the health ministry": the article tells an institution from a plain noun
        else:
            start = walk_back(toks, start) if nameish(toks[start - 1]) else start
    if start < end and start > 0 and toks[start].low in {"’s", "'s"} and toks[start - 1].text.isalpha():
        start -= 1  # "the court's press service"
        if start > 0 and toks[start - 1].low in DETERMINERS:
            start -= 1
    trimmed = start
    while start < end and toks[start].low in CONNECTORS - {"the"} and not _particle(toks, start, end):
        start += 1
    if start > trimmed and toks[trimmed].low == "to":
        return end  # "a channel close to Wagner said": Wagner is not the speaker
    return start


def _particle(toks: list[Tok], k: int, end: int) -> bool:
    """A capitalised name particle opening a name: 'Al Jazeera', 'De Standaard' (not the 'of' of a phrase)."""
    return toks[k].text[:1].isupper() and toks[k].low not in {"of", "for", "to", "and"} and k + 1 < end


def _comma_before(toks: list[Tok], comma: int) -> int | None:
    k = comma - 1
    while k >= 0 and toks[k].text != ",":
        k -= 1
    return k if k > 0 else None


def _describes(inner: list[Tok]) -> bool:
    """Does an appositive describe its subject: 'a rights group', 'the Houthis' television channel'?"""
    first = inner[1] if inner[0].low in DETERMINERS and len(inner) > 1 else inner[0]
    if first.low in DESCRIPTOR_KIND or adjectival(first):
        return True
    head = next((k for k, t in enumerate(inner) if t.low in {"of", "for", "in", "at", "with", "on", "to"}), len(inner))
    last = inner[head - 1] if head > 0 else None  # the head noun: 'an IDF spokesman', 'the Houthis' channel'
    return last is not None and not last.capital and singular(last.low) in DESCRIPTOR_KIND


def _aside(inner: list[Tok]) -> bool:
    """An aside between subject and verb: ', in a statement,', ', on Monday,'."""
    if len(inner) == 1 and inner[0].low in _INTERJECTIONS:
        return True  # "Ukraine's military intelligence, meanwhile, said"
    if [t.low for t in inner] in (["for", "its", "part"], ["for", "their", "part"], ["in", "turn"]):
        return True
    return bool(inner) and inner[0].low in {"in", "on", "at"} and any(t.low in CARRIERS | NOT_NAMES for t in inner)


_INTERJECTIONS = frozenset({"meanwhile", "however", "though", "too", "also", "separately", "instead", "later", "then"})


def _first_descriptor_kind(toks: list[Tok], a: int, b: int) -> SourceKind | None:
    """The head noun's kind in 'the commander of the naval group, Petro Dovhan': military, not ngo."""
    for t in toks[a:b]:
        if t.low in DESCRIPTOR_KIND and not t.capital:
            return DESCRIPTOR_KIND[t.low]
    return None


def _descriptor_kind_before(toks: list[Tok], k: int) -> SourceKind | None:
    """The kind of the nearest descriptor noun before token k: 'the head of the administration, X' -> official."""
    for t in reversed(toks[max(0, k - 8) : k + 1]):
        if t.low in DESCRIPTOR_KIND and not t.capital:
            return DESCRIPTOR_KIND[t.low]
    return None


def phrase_after(toks: list[Tok], i: int) -> int:
    """End index (exclusive) of the source phrase starting at token i (== i when none)."""
    j = i
    while j < len(toks) and (nameish(toks[j]) or _descriptor_ahead(toks, j)) and toks[j].low not in SAY_VERBS:
        if j > i and toks[j].low in DETERMINERS and not (toks[j].low == "the" and toks[j - 1].low in CONNECTORS):
            break
        j += 1
    while j > i and (toks[j - 1].low in CONNECTORS or toks[j - 1].low in {"’s", "'s", "-", "/"}):
        j -= 1
    return j


def _descriptor_ahead(toks: list[Tok], j: int) -> bool:
    """A lowercase adjective inside a descriptor: 'the open-source mapping project DeepState'; a noun before an
    institution: 'the health ministry', 'the armed forces'."""
    if not toks[j].text.replace("-", "").isalpha() or toks[j].capital:
        return False
    if j + 1 < len(toks) and ends_institution(toks[j : j + 2]) and j > 0 and nameish(toks[j - 1]):
        return True
    for k in range(j + 1, min(j + 4, len(toks) - 1)):
        if toks[k].low in DESCRIPTOR_KIND and (toks[k + 1].capital or toks[k + 1].low in {"of", "for"}):
            return True
        if not toks[k].text.replace("-", "").isalpha():
            return False
    return False


def skip_carrier(toks: list[Tok], i: int) -> int:
    """Skip "a statement from" in "according to a statement from X"; return the phrase start."""
    for k in range(i, min(i + 5, len(toks) - 1)):
        if toks[k].low in CARRIERS:
            nxt = k + 1
            if nxt < len(toks) and toks[nxt].low in {"posted", "published", "released", "shared", "issued"}:
                nxt += 1
            if nxt < len(toks) and toks[nxt].low in {"by", "from", "of", "on", "in"}:
                return nxt + 1
            return i
    return i


def split_and(toks: list[Tok], a: int, b: int) -> list[tuple[int, int]]:
    """'Reuters and the Associated Press' names two sources; 'Bosnia and Herzegovina'-style names are rare here."""
    parts, s = [], a
    for k in range(a, b):
        if toks[k].low == "and":
            parts.append((s, k))
            s = k + 1
    parts.append((s, b))
    return [(x, y) for x, y in parts if y > x]
