"""The quality gate: `fogwatch eval` on the dev set and the seeds must not fall below the pinned figures.

Raising a figure in eval/baseline.json is a commit; lowering one needs its reason in the commit message.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fogwatch.evaluate import evaluate_lines, load_gold
from fogwatch.pipeline import extract

ROOT = Path(__file__).resolve().parent.parent
BASELINE = json.loads((ROOT / "eval" / "baseline.json").read_text())
GOLD = {"dev": ROOT / "eval" / "dev.gold.jsonl", "seeds": ROOT.parent / "shared" / "eval" / "seeds.gold.jsonl"}


def figures(report) -> dict[str, float]:
    out = {"incident_f1": report.f1}
    out.update({f"field_{k}": v.value for k, v in report.fields.items() if v.value is not None})
    out.update({f"article_{k}": v.value for k, v in report.article_fields.items() if v.value is not None})
    return out


@pytest.mark.parametrize("name", sorted(BASELINE))
def test_eval_does_not_regress(name, resources):
    gold = GOLD[name]
    if not gold.exists():
        pytest.skip(f"{gold} is not here (the seeds live in ../shared beside the clone)")
    report = evaluate_lines(load_gold(gold), gold.parent, lambda raw: extract(raw, resources))
    got = figures(report)
    below = {
        k: (round(got.get(k, 0.0), 4), pinned)
        for k, pinned in BASELINE[name].items()
        if got.get(k, 0.0) + 1e-9 < pinned
    }
    assert not below, f"{name}: figures below the pinned baseline (got, pinned): {below}"
