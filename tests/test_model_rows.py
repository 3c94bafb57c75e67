"""OCR rows stay frozen, hashable values with their fields and defaults, however they are built."""

from __future__ import annotations

import dataclasses

import pytest

from pfocr_net.model import ChemicalRow, DiseaseRow, GeneRow


def test_gene_row_fields_defaults_and_keywords() -> None:
    row = GeneRow("p53", "P53", "TP53", "hgnc_alias_symbol", "7157")
    assert (row.organism_id, row.organism_name, row.organism_group) == ("", "", "")
    same = GeneRow(word="p53", match="P53", symbol="TP53", source="hgnc_alias_symbol", entrez="7157")
    assert row == same and hash(row) == hash(same) and len({row, same}) == 1
    assert row != dataclasses.replace(row, entrez="7158")
    assert [f.name for f in dataclasses.fields(GeneRow)][-3:] == ["organism_id", "organism_name", "organism_group"]
    assert repr(row).startswith("GeneRow(word='p53', match='P53', symbol='TP53'")


@pytest.mark.parametrize("kind", [ChemicalRow, DiseaseRow])
def test_named_rows(kind: type) -> None:
    row = kind("Ketamine", "ketamine", ("mesh:D007649",))
    assert row == kind(word="Ketamine", name="ketamine", identifiers=("mesh:D007649",))
    assert kind("x", "y").identifiers == ()
    assert dataclasses.asdict(row) == {"word": "Ketamine", "name": "ketamine", "identifiers": ("mesh:D007649",)}


@pytest.mark.parametrize("row", [GeneRow("a", "b", "c", "d", "1"), ChemicalRow("a", "b"), DiseaseRow("a", "b")])
def test_rows_are_frozen(row: object) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        row.word = "changed"  # type: ignore[attr-defined]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del row.word  # type: ignore[attr-defined]
    assert row.word == "a"  # type: ignore[attr-defined]
