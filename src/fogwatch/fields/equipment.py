"""equipment: normalised weapon and vehicle designations from a domain table."""

from __future__ import annotations

from fogwatch.model import Equipment, Mention


class EquipmentTable:
    @classmethod
    def load(cls) -> "EquipmentTable":
        return cls()

    def find(self, mention: Mention) -> list[Equipment]:
        return []
