"""evaluate: score extraction against a gold file, as spec section 4 says.

Incidents pair one to one within an article by evidence word overlap (same type,
overlap >= 30% of the gold evidence words); precision and recall drop optional
pairs; fields are accuracies over paired incidents; article figures score the
title, the publication date and boilerplate removal.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fogwatch.model import Extraction, Incident, RawReport, Rejected

MIN_OVERLAP = 0.30
NEAR_KM = 50.0
FIELDS = ("date", "location", "killed", "wounded", "participants", "equipment", "sources", "certainty")
_WORD = re.compile(r"\w+", re.UNICODE)


# --- records -----------------------------------------------------------------


@dataclass
class FieldScore:
    total: float = 0.0
    n: int = 0

    def add(self, score: float) -> None:
        self.total += score
        self.n += 1

    @property
    def value(self) -> float | None:
        return self.total / self.n if self.n else None


@dataclass
class EvalReport:
    articles: int = 0
    predicted: int = 0
    required: int = 0
    paired: int = 0
    paired_required: int = 0
    fields: dict[str, FieldScore] = field(default_factory=lambda: {f: FieldScore() for f in FIELDS})
    article_fields: dict[str, FieldScore] = field(
        default_factory=lambda: {f: FieldScore() for f in ("title", "published", "removed", "kept", "embeds")}
    )
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.paired / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.paired_required / self.required if self.required else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "incidents": {
                "predicted": self.predicted,
                "required": self.required,
                "paired": self.paired,
                "precision": round(self.precision, 4),
                "recall": round(self.recall, 4),
                "f1": round(self.f1, 4),
            },
            "fields": {k: _rounded(v.value) for k, v in self.fields.items()},
            "field_counts": {k: v.n for k, v in self.fields.items()},
            "article": {k: _rounded(v.value) for k, v in self.article_fields.items()},
            "errors": self.errors,
        }


def _rounded(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


# --- gold helpers ------------------------------------------------------------


def options(gold: Any) -> list[Any]:
    """The acceptable answers of a gold value: `{"any_of": [...]}` or the value itself."""
    if isinstance(gold, dict) and set(gold) == {"any_of"}:
        return list(gold["any_of"])
    return [gold]


def best(gold: Any, score: Callable[[Any], float]) -> float:
    return max(score(option) for option in options(gold))


def words(texts: list[str]) -> set[str]:
    return {w.lower() for t in texts for w in _WORD.findall(t)}


def normalise_name(name: str) -> str:
    return re.sub(r"[\s\-_]+", "", name).lower()


# --- field scorers -----------------------------------------------------------


def score_date(gold: Any, pred: Incident) -> float:
    def one(g: Any) -> float:
        if g is None:
            return 1.0 if pred.date.value is None else 0.0
        return best(g.get("value"), lambda v: _date_agrees(v, pred.date.value))

    return best(gold, one)


def _date_agrees(gold_value: str | None, pred_value: str | None) -> float:
    if gold_value is None:
        return 1.0 if pred_value is None else 0.0
    return 1.0 if pred_value is not None and pred_value.startswith(gold_value) else 0.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def score_location(gold: Any, pred: Incident) -> float:
    def one(g: Any) -> float:
        loc = pred.location
        if g is None or loc is None:
            return 1.0 if g is None and loc is None else 0.0
        precision = g.get("precision")
        if precision == "country":
            return 1.0 if loc.country == g.get("country") else 0.0
        if precision == "admin1":
            return 1.0 if loc.admin1_code and loc.admin1_code == g.get("admin1_code") else 0.0
        if g.get("lat") is not None and loc.lat is not None and loc.lon is not None:
            return 1.0 if haversine_km(g["lat"], g["lon"], loc.lat, loc.lon) <= NEAR_KM else 0.0
        return 1.0 if loc.admin1_code and loc.admin1_code == g.get("admin1_code") else 0.0

    return best(gold, one)


def score_count(gold: Any, pred_value: int | None) -> float:
    def one(g: Any) -> float:
        value = g.get("value") if isinstance(g, dict) else g
        return 1.0 if value == pred_value else 0.0

    return best(gold, one)


def score_names(gold: Any, pred_names: list[str]) -> float:
    predicted = {normalise_name(n) for n in pred_names}

    def one(g: list[str]) -> float:
        expected = {normalise_name(n) for n in g}
        if not expected and not predicted:
            return 1.0
        hits = len(expected & predicted)
        if not hits:
            return 0.0
        p, r = hits / len(predicted), hits / len(expected)
        return 2 * p * r / (p + r)

    return best(gold, one)


def score_field(name: str, gold: Any, pred: Incident) -> float:
    if name == "date":
        return score_date(gold, pred)
    if name == "location":
        return score_location(gold, pred)
    if name in ("killed", "wounded", "participants"):
        count = getattr(pred, name)
        return score_count(gold, count.value if count else None)
    if name == "equipment":
        return score_names(gold, [e.name for e in pred.equipment])
    if name == "sources":
        return score_names(gold, [s.name for s in pred.sources])
    if name == "certainty":
        return best(gold, lambda g: 1.0 if g == pred.certainty else 0.0)
    raise ValueError(f"unknown field {name!r}; fields are {', '.join(FIELDS)}")


def _field_value(name: str, pred: Incident) -> Any:
    value = getattr(pred, name)
    if isinstance(value, list):
        return [v.name for v in value]
    return value.model_dump(exclude_none=True) if hasattr(value, "model_dump") else value


# --- pairing -----------------------------------------------------------------


def pair_incidents(gold: list[dict[str, Any]], predicted: list[Incident]) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index), one to one, greedy by evidence overlap."""
    candidates = []
    for gi, g in enumerate(gold):
        gold_words = words(g.get("evidence", []))
        if not gold_words:
            continue
        for pi, p in enumerate(predicted):
            if p.type != g["type"]:
                continue
            overlap = len(gold_words & words([e.quote for e in p.evidence])) / len(gold_words)
            if overlap >= MIN_OVERLAP:
                candidates.append((overlap, gi, pi))
    pairs, used_gold, used_pred = [], set(), set()
    for _, gi, pi in sorted(candidates, reverse=True):
        if gi not in used_gold and pi not in used_pred:
            pairs.append((gi, pi))
            used_gold.add(gi)
            used_pred.add(pi)
    return pairs


# --- article -----------------------------------------------------------------


def raw_report(gold_input: dict[str, Any], base: Path) -> RawReport | Rejected:
    """The RawReport a gold line describes, read through fogwatch's own readers."""
    from fogwatch.readers import read_inputs

    meta = {k: gold_input[k] for k in ("id", "url", "title", "published", "outlet") if gold_input.get(k) is not None}
    if "file" in gold_input:
        path = str(base / gold_input["file"])
        items = list(read_inputs([path]))
        if not items:
            return Rejected(input=path, reason="reader produced no article")
        item = items[0]
        return item if isinstance(item, Rejected) else item.model_copy(update=meta)
    return RawReport(input="gold:inline", text=gold_input.get("text"), html=gold_input.get("html"), **meta)


def score_article(gold_article: dict[str, Any], extraction: Extraction, report: EvalReport) -> None:
    article, scores = extraction.article, report.article_fields
    if "title" in gold_article:
        scores["title"].add(best(gold_article["title"], lambda g: 1.0 if _same_title(g, article.title) else 0.0))
    if "published" in gold_article:
        scores["published"].add(1.0 if gold_article["published"] == article.published else 0.0)
    for line in gold_article.get("removed", []):
        scores["removed"].add(1.0 if line.strip() not in article.text else 0.0)
    for line in gold_article.get("kept", []):
        scores["kept"].add(1.0 if line.strip() in article.text else 0.0)
    found = {(e.author, e.date) for e in article.embeds}
    for embed in gold_article.get("embeds", []):
        scores["embeds"].add(1.0 if (embed.get("author"), embed.get("date")) in found else 0.0)


def _same_title(gold: str | None, pred: str | None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    return gold.strip() == pred.strip()


def score_incidents(gold: list[dict[str, Any]], extraction: Extraction, report: EvalReport, where: str) -> None:
    predicted = extraction.incidents
    pairs = pair_incidents(gold, predicted)
    paired_gold = {gi for gi, _ in pairs}
    paired_pred = {pi for _, pi in pairs}
    optional_pairs = sum(1 for gi, _ in pairs if not gold[gi].get("required", True))
    report.predicted += len(predicted) - optional_pairs
    report.required += sum(1 for g in gold if g.get("required", True))
    for gi, pi in pairs:
        if not gold[gi].get("required", True):
            continue
        report.paired += 1
        report.paired_required += 1
        for name in FIELDS:
            if name in gold[gi]:
                score = score_field(name, gold[gi][name], predicted[pi])
                report.fields[name].add(score)
                if score < 1.0:
                    report.errors.append(
                        {
                            "article": where,
                            "kind": "field",
                            "field": name,
                            "gold": gold[gi][name],
                            "predicted": _field_value(name, predicted[pi]),
                            "evidence": gold[gi]["evidence"][0][:100],
                        }
                    )
    for gi, g in enumerate(gold):
        if gi not in paired_gold and g.get("required", True):
            report.errors.append(
                {"article": where, "kind": "missed", "type": g["type"], "evidence": g["evidence"][0][:160]}
            )
    for pi, p in enumerate(predicted):
        if pi not in paired_pred:
            report.errors.append(
                {
                    "article": where,
                    "kind": "spurious",
                    "type": p.type,
                    "evidence": p.evidence[0].quote[:160] if p.evidence else "",
                }
            )


def evaluate_lines(lines: list[dict[str, Any]], base: Path, extract: Callable[[RawReport], Extraction]) -> EvalReport:
    report = EvalReport()
    for n, line in enumerate(lines, 1):
        gold_input = line["input"]
        where = gold_input.get("file") or gold_input.get("url") or f"line {n}"
        raw = raw_report(gold_input, base)
        report.articles += 1
        if isinstance(raw, Rejected):
            report.errors.append({"article": where, "kind": "rejected", "reason": raw.reason})
            extraction = None
        else:
            extraction = extract(raw)
        if extraction is None:
            report.required += sum(1 for g in line.get("incidents", []) if g.get("required", True))
            continue
        score_article(line.get("article", {}), extraction, report)
        score_incidents(line.get("incidents", []), extraction, report, where)
    return report


def load_gold(path: Path) -> list[dict[str, Any]]:
    lines = []
    for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if text.strip():
            try:
                lines.append(json.loads(text))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON: {exc.msg}") from exc
    return lines


def evaluate_file(path: Path) -> EvalReport:
    from fogwatch.pipeline import extract
    from fogwatch.resources import load_resources

    res = load_resources()
    return evaluate_lines(load_gold(path), path.parent, lambda raw: extract(raw, res))


# --- output ------------------------------------------------------------------


def render_table(report: EvalReport, console: Any, verbose: bool = False) -> None:
    from rich.table import Table

    if verbose:
        by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for error in report.errors:
            by_kind[error["kind"]].append(error)
        for kind, errors in by_kind.items():
            print(f"{kind} ({len(errors)})")
            for error in errors:
                print("  " + json.dumps(error, ensure_ascii=False))
    table = Table(title=f"fogwatch eval: {report.articles} articles")
    table.add_column("figure")
    table.add_column("value", justify="right")
    table.add_column("n", justify="right")
    table.add_row("incident precision", f"{report.precision:.3f}", str(report.predicted))
    table.add_row("incident recall", f"{report.recall:.3f}", str(report.required))
    table.add_row("incident F1", f"{report.f1:.3f}", str(report.paired))
    for name, score in report.fields.items():
        table.add_row(f"field {name}", _fmt(score.value), str(score.n))
    for name, score in report.article_fields.items():
        table.add_row(f"article {name}", _fmt(score.value), str(score.n))
    console.print(table)
    fields = " ".join(f"{k} {_fmt(v.value)}" for k, v in report.fields.items())
    # Plain lines last, unwrapped: scripts and hooks read the tail.
    print(f"incident F1 {report.f1:.3f} (P {report.precision:.3f} R {report.recall:.3f})")
    print(f"fields: {fields}")
    articles = " ".join(f"{k} {_fmt(v.value)}" for k, v in report.article_fields.items())
    print(f"article: {articles}")


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"
