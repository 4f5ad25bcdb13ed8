"""The scorer, on small gold lines and hand-built extractions (spec section 4)."""

from pathlib import Path

import pytest

from fogwatch.evaluate import evaluate_lines, pair_incidents, score_field, score_names
from fogwatch.model import Article, DateField, Evidence, Extraction, Incident, Location, RawReport

TEXT = (
    "A mortar round hit a market in the town of Kadugli on Friday, killing four people.\n"
    "Separately, two soldiers deserted their post near Babanusa last week, a local monitor said.\n"
)


def incident(type_: str, quote: str, **fields) -> Incident:
    start = TEXT.index(quote)
    return Incident(
        type=type_,
        summary=quote,
        evidence=[Evidence(start=start, end=start + len(quote), quote=quote)],
        confidence=0.9,
        **fields,
    )


STRIKE = "A mortar round hit a market in the town of Kadugli on Friday, killing four people."
DESERTION = "Separately, two soldiers deserted their post near Babanusa last week, a local monitor said."


def gold(type_: str, quote: str, required: bool = True, **fields) -> dict:
    return {"type": type_, "evidence": [quote], "required": required, **fields}


def run(gold_incidents: list[dict], predicted: list[Incident], article: dict | None = None):
    line = {"input": {"text": TEXT, "published": "2024-05-11"}, "article": article or {}, "incidents": gold_incidents}

    def extract(raw: RawReport) -> Extraction:
        return Extraction(article=Article(id="a", text=raw.text or "", title="Kadugli"), incidents=predicted)

    return evaluate_lines([line], Path("."), extract)


def test_pairs_need_the_same_type():
    assert pair_incidents([gold("strike", STRIKE)], [incident("armed_clash", STRIKE)]) == []
    assert pair_incidents([gold("strike", STRIKE)], [incident("strike", STRIKE)]) == [(0, 0)]


def test_pairs_need_thirty_percent_of_the_gold_words():
    few_words = STRIKE.split(",")[1]  # " killing four people." : 3 of 16 words
    assert pair_incidents([gold("strike", STRIKE)], [incident("strike", few_words)]) == []


def test_precision_and_recall_count_spurious_and_missed():
    report = run([gold("strike", STRIKE), gold("refusal_to_fight", DESERTION)], [incident("strike", STRIKE)])
    assert (report.precision, report.recall) == (1.0, 0.5)
    report = run([gold("strike", STRIKE)], [incident("strike", STRIKE), incident("strike", DESERTION)])
    assert (report.precision, report.recall) == (0.5, 1.0)


def test_an_optional_incident_neither_rewards_nor_penalises():
    report = run(
        [gold("strike", STRIKE), gold("refusal_to_fight", DESERTION, required=False)],
        [incident("strike", STRIKE), incident("refusal_to_fight", DESERTION)],
    )
    assert (report.predicted, report.required, report.f1) == (1, 1, 1.0)


@pytest.mark.parametrize(
    ("gold_date", "predicted", "score"),
    [
        ({"value": "2024-05"}, "2024-05-10", 1.0),
        ({"value": "2024-05-10"}, "2024-05", 0.0),
        ({"value": None, "not_after": "2024-05-11"}, None, 1.0),
        ({"value": {"any_of": ["2024-05", "2024-05-03"]}}, "2024-05-03", 1.0),
        ({"value": "2023"}, "2024-01-01", 0.0),
    ],
)
def test_dates_agree_to_the_gold_precision(gold_date, predicted, score):
    pred = incident("strike", STRIKE, date=DateField(value=predicted, precision="day" if predicted else "none"))
    assert score_field("date", gold_date, pred) == score


def test_locations_within_fifty_km_or_the_same_admin1_when_coarse():
    near = Location(name="Kadugli", lat=11.05, lon=29.75, admin1_code="SD-KS", country="SD", precision="settlement")
    pred = incident("strike", STRIKE, location=near)
    assert score_field("location", {"lat": 11.01, "lon": 29.72, "precision": "settlement"}, pred) == 1.0
    assert score_field("location", {"lat": 13.18, "lon": 30.22, "precision": "settlement"}, pred) == 0.0
    assert score_field("location", {"admin1_code": "SD-KS", "precision": "admin1"}, pred) == 1.0
    assert score_field("location", {"country": "SD", "precision": "country"}, pred) == 1.0
    assert score_field("location", None, pred) == 0.0


def test_name_sets_ignore_case_hyphens_and_spaces():
    assert score_names(["Su-34", "FAB 250"], ["SU34", "fab-250"]) == 1.0
    assert score_names([], []) == 1.0
    assert score_names(["Reuters"], []) == 0.0
    assert score_names({"any_of": [[], ["TASS"]]}, ["TASS"]) == 1.0


def test_article_figures_score_title_and_boilerplate():
    article = {"title": "Kadugli", "removed": ["Subscribe to our newsletter"], "kept": [STRIKE]}
    report = run([], [], article)
    figures = report.as_dict()["article"]
    assert (figures["title"], figures["removed"], figures["kept"]) == (1.0, 1.0, 1.0)
