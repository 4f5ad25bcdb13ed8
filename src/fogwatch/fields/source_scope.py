"""source scope: where an attribution applies, and who prints the article.

An attribution names sources for the clause it governs: in "A drone hit Sumy, the governor said; in Kharkiv
police detained two men, according to the SBU" the SBU speaks of the arrests, not of the strike, and in "a
day after Reuters reported a blast at the plant" Reuters speaks of an earlier event. The printing outlet is
never a source (spec: it is `article.outlet`), under whatever name the text gives it: its host
("mogadishuhorizon.com"), its display name, its acronym ("MFV"), a masthead, byline or copyright line.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from fogwatch.fields.source_names import DETERMINERS, Tok, name_key
from fogwatch.model import Article

# Clauses of one sentence: "A drone hit Sumy, the governor said; in Kharkiv police detained two men".
_CLAUSE = re.compile(r";|,\s+(?:while|whereas|meanwhile)\b|\s+[-–—]\s+(?=[A-Z])")
_AFTER_WORDS = frozenset({"after", "before", "since", "until"})


def foreign_clauses(text: str, kind: str) -> list[tuple[int, int]]:
    """Clauses that report an incident of another type while another clause reports this one's:
    their attributions belong to that other incident."""
    from fogwatch.detect import candidates

    cuts = [0, *(m.start() for m in _CLAUSE.finditer(text)), len(text)]
    clauses = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]
    if len(clauses) < 2:
        return []
    types = [{c[0] for c in candidates(text[a:b])} for a, b in clauses]
    if not any(kind in t for t in types):
        return []
    return [clause for clause, t in zip(clauses, types, strict=True) if t and kind not in t]


def elsewhere(toks: list[Tok], first: int, relayed: bool, foreign: list[tuple[int, int]]) -> bool:
    """Does the hit attribute something else: a clause of another incident, or an earlier report
    ('the strike came a day after Reuters reported ...')?"""
    start = toks[first].start
    if any(a <= start < b for a, b in foreign):
        return True
    k = first - 1
    while k >= 0 and toks[k].low in DETERMINERS:
        k -= 1
    return k >= 0 and toks[k].low in _AFTER_WORDS and not relayed


# --- the printing outlet -------------------------------------------------------


def outlet_names(article: Article) -> list[str]:
    """The names the printing outlet goes by: its host or name, and its masthead in the title, the page's
    furniture (a title suffix, a copyright line) and a byline or dateline opening the text."""
    names = [article.outlet] if article.outlet else []
    for part in article.removed:
        if (part.kind == "spam_title" and 1 <= len(part.text.split()) <= 5) or _BARE_MASTHEAD.match(part.text.strip()):
            names.append(part.text)
        names += [m.group(1) for m in _COPYRIGHT.finditer(part.text)]
    if article.title and (m := _TITLE_MASTHEAD.search(article.title)):
        names.append(m.group(1))
    for line in article.text.split("\n")[:4]:
        m = _MASTHEAD_LINE.match(line.strip()) or _BYLINE.match(line.strip()) or _BARE_MASTHEAD.match(line.strip())
        if m:
            names.append(m.group(1))
    return [n.strip() for n in names if n and n.strip()]


_NAME_WORD = r"[A-Z](?:[\w&'’-]|\.(?=\w))*"  # "Kyiv Herald. All rights" ends at the stop
_OUTLET_NAME = rf"({_NAME_WORD}(?:\s+(?:{_NAME_WORD}|of|the|and|&)){{0,5}})"
_COPYRIGHT = re.compile(
    rf"(?:©|\(c\)|copyright)\s*(?:\d{{4}}(?:\s*[-–]\s*\d{{4}})?\s*)?(?:the\s+)?{_OUTLET_NAME}", re.I
)
_TITLE_MASTHEAD = re.compile(rf"\s(?:\||[-–—])\s+{_OUTLET_NAME}\s*$")
# A line of two to five capitalised words alone above the body: the paper's name ("Mogadishu Morning Star").
_BARE_MASTHEAD = re.compile(rf"^({_NAME_WORD}(?:\s+(?:{_NAME_WORD}|of|the|&)){{1,4}})$")
_MASTHEAD_LINE = re.compile(
    rf"^{_OUTLET_NAME}\s*(?:\([^)]{{1,40}}\)\s*)?[|•·–—-]\s*(?:\d|[A-Z][a-z]+day\b|[A-Z][a-z]+ \d)"
)  # "Ouaga Express (English edition) - 30/11/2023"
_BYLINE = re.compile(
    rf"^By\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{0,3}}\s*[,|/]\s*(?:the\s+)?{_OUTLET_NAME}"
    r"(?:['’]s)?(?:\s+(?:correspondent|reporter|staff|writer|editor|team|desk)s?)?\s*$"
)
_HOST_FILLER = frozenset({"www", "en", "m", "amp", "english", "com", "co", "org", "net", "gov", "ac"})


def is_outlet(name: str, outlets: list[str]) -> bool:
    """Is the source the printing outlet itself? Loosely, as outlets are written: 'Mogadishu Horizon' is
    mogadishuhorizon.com, 'Sloboda Daily' slobodaily.com.ua, 'MFV' the Media Freedom Voice and mfv.cd."""
    key = name_key(name).removeprefix("the")
    if not key:
        return False
    for outlet in outlets:
        okey = _outlet_key(outlet)
        if not okey:
            continue
        if key == okey or (len(key) >= 4 and okey.endswith(key)):
            return True
        if len(key) >= 6 and len(okey) >= 6 and fuzz.ratio(key, okey) >= 90:
            return True  # "slobodadaily" and the host "slobodaily"
        if _words_in_host(name, okey):
            return True  # "Kivu Post" on kivumorningpost.com
        if name.isupper() and len(key) >= 2 and key == _acronym(outlet):
            return True  # "MFV reported" in the Media Freedom Voice
        if " " in name.strip() and len(okey) >= 3 and _acronym(name) == okey:
            return True  # "the Media Freedom Voice reported" on mfv.cd
    return False


def _words_in_host(name: str, okey: str) -> bool:
    """Does a name of two or more words open and close the outlet's key, its words in order?"""
    words = [name_key(w) for w in name.split() if name_key(w) and name_key(w) != "the"]
    if len(words) < 2 or not okey.startswith(words[0]) or not okey.endswith(words[-1]):
        return False
    pos = 0
    for w in words:
        pos = okey.find(w, pos)
        if pos < 0:
            return False
        pos += len(w)
    return True


def _outlet_key(outlet: str) -> str:
    """A host's own label ('www.mogadishuhorizon.com' -> 'mogadishuhorizon'), or a display name's key."""
    text = outlet.strip().lower().removeprefix("https://").removeprefix("http://").split("/")[0]
    if "." in text and " " not in text:
        labels = text.split(".")[:-1] or text.split(".")
        labels = [lab for lab in labels if lab not in _HOST_FILLER] or labels
        return name_key(max(labels, key=len))
    return name_key(outlet).removeprefix("the")


def _acronym(name: str) -> str:
    words = [w for w in re.findall(r"[\w’'-]+", name) if w.lower() not in {"the", "of", "and", "for"}]
    return "".join(w[0] for w in words).lower() if len(words) >= 2 else ""
