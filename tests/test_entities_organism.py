"""Which organism's gene rows a figure uses when its rows name several."""

from __future__ import annotations

from pfocr_net.entities import primary_organism
from pfocr_net.model import GeneRow


def _rows(*taxa: str) -> list[GeneRow]:
    names = {"9606": "Homo sapiens", "10090": "Mus musculus", "7227": "Drosophila melanogaster", "6239": "C. elegans"}
    return [GeneRow(f"w{i}", "M", "S", "hgnc_symbol", str(i), taxon, names.get(taxon, "")) for i, taxon in enumerate(taxa)]


def test_one_organism_or_none() -> None:
    assert primary_organism(_rows("10090", "10090"), []) == "10090"
    assert primary_organism([], ["Homo sapiens"]) == ""


def test_record_organism_with_rows_comes_first_then_human() -> None:
    rows = _rows("9606", "10090", "10090")
    assert primary_organism(rows, ["Mus musculus"]) == "10090"
    assert primary_organism(rows, ["Rattus norvegicus"]) == "9606"


def test_otherwise_the_commonest_and_on_a_tie_the_first_seen() -> None:
    assert primary_organism(_rows("7227", "6239", "6239"), []) == "6239"
    assert primary_organism(_rows("7227", "6239", "6239", "7227"), []) == "7227"
    assert primary_organism(iter(_rows("6239", "7227")), []) == "6239"
