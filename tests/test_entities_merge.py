"""One gene named by several OCR words is one entity holding every word, alias and the most direct source."""

from __future__ import annotations

from pathlib import Path

from pfocr_net.entities import entities_from_record
from pfocr_net.model import GeneRow, Record


def _record(*rows: GeneRow) -> Record:
    return Record(figid="PMC1__f1", path=Path("PMC1__f1.md"), genes=list(rows))


def test_rows_of_one_gene_merge_into_one_entity() -> None:
    record = _record(
        GeneRow("p53", "P53", "TP53", "hgnc_alias_symbol", "7157", "9606", "Homo sapiens"),
        GeneRow("TP53", "TP53", "TP53", "hgnc_symbol", "7157", "9606", "Homo sapiens"),
        GeneRow("p53", "TRP53", "TP53", "ncbigene_synonym", "7157", "9606", "Homo sapiens"),
        GeneRow("", "MDM2", "MDM2", "hgnc_symbol", "4193", "9606", "Homo sapiens"),
    )
    entities = entities_from_record(record)
    assert [e.key for e in entities] == ["ncbigene:7157", "ncbigene:4193"]
    tp53 = entities[0]
    assert tp53.aliases == ["hgnc.symbol:TP53"]
    assert tp53.words == ["p53", "TP53"]
    assert tp53.grounding_source == "hgnc_symbol"
    assert entities[1].words == [] and entities[1].flags == []


def test_an_ambiguous_synonym_is_flagged_on_the_entity_it_makes() -> None:
    record = _record(
        GeneRow("CAS", "CAS", "BCAR1", "hgnc_alias_symbol", "9564", "9606", "Homo sapiens"),
        GeneRow("CAS", "CAS", "CASP3", "hgnc_alias_symbol", "836", "9606", "Homo sapiens"),
        GeneRow("BCAR1", "BCAR1", "BCAR1", "hgnc_symbol", "9564", "9606", "Homo sapiens"),
    )
    by_key = {e.key: e for e in entities_from_record(record)}
    assert by_key["ncbigene:9564"].flags == ["ambiguous OCR word 'CAS': one of 2 genes with this synonym"]
    assert by_key["ncbigene:9564"].grounding_source == "hgnc_symbol"
    assert by_key["ncbigene:9564"].words == ["CAS", "BCAR1"]
