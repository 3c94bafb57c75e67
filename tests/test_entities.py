"""Folding OCR rows into one node per entity, with families and complexes folded back together."""

from __future__ import annotations

from conftest import KETAMINE_SEED, SITE

from pfocr_net.entities import entities_from_record
from pfocr_net.records import read_record


def _by_name(path):
    return {e.name: e for e in entities_from_record(read_record(path))}


def test_family_rows_fold_into_one_family_node_with_members() -> None:
    entities = _by_name(KETAMINE_SEED)
    akt = entities["AKT"]
    assert akt.type == "proteinfamily"
    assert akt.represents == "fplx:AKT"
    assert {"hgnc.symbol:AKT1", "hgnc.symbol:AKT2", "hgnc.symbol:AKT3"} <= set(akt.members)
    assert not {"AKT1", "AKT2", "AKT3"} & set(entities), "members are not separate nodes"


def test_homoglyph_word_grounds_and_keeps_original_text() -> None:
    mek = _by_name(KETAMINE_SEED)["MEK"]
    assert mek.represents == "fplx:MEK"
    assert mek.words == ["МЕК"]  # Cyrillic, as OCR read it


def test_duplicated_rows_give_one_node_per_gene() -> None:
    entities = entities_from_record(read_record(KETAMINE_SEED))
    keys = [e.key for e in entities]
    assert len(keys) == len(set(keys))
    eef2 = next(e for e in entities if e.name == "EEF2")
    assert eef2.type == "protein"
    assert eef2.represents == "ncbigene:1938"
    assert eef2.aliases == ["hgnc.symbol:EEF2"]
    assert sorted(eef2.words) == ["EEF2", "p-EEF2"]


def test_complex_from_famplex_partof() -> None:
    entities = _by_name(SITE / "_figures" / "PMC10033547__fimmu-14-1063018-g008.md")
    assert entities["PI3K"].type == "complex"
    assert entities["PI3K"].represents == "fplx:PI3K"
    assert entities["AKT"].type == "proteinfamily"


def test_chemicals_prefer_chebi_and_keep_stereo_forms_apart() -> None:
    seed = entities_from_record(read_record(KETAMINE_SEED))
    names = {e.name: e for e in seed}
    assert names["Norketamine"].key != names["(S)-Norketamine"].key
    assert names["GABA"].type == "smallmolecule"
    assert names["Ketamine"].type == "chemical"
    site = _by_name(SITE / "_figures" / "PMC10033547__fimmu-14-1063018-g008.md")
    assert site["sirolimus"].represents == "chebi:9168"
    assert site["sirolimus"].aliases == ["mesh:D020123"]
    assert site["sirolimus"].words == ["rapamycin"]


def test_organism_rows_follow_the_record_organism() -> None:
    mouse = entities_from_record(read_record(SITE / "_figures" / "PMC5136495__cdd201689f8.md"))
    nrf2 = next(e for e in mouse if "NRF2" in e.words)
    assert nrf2.name == "Nfe2l2"  # Mus musculus is the record's first organism
    assert nrf2.aliases == ["mgi.symbol:Nfe2l2"]


def test_ambiguous_synonym_hits_are_flagged() -> None:
    entities = entities_from_record(read_record(SITE / "_figures" / "PMC10033547__fimmu-14-1063018-g008.md"))
    p62 = [e for e in entities if "p62" in e.words]
    assert len(p62) > 1
    assert all(any("ambiguous" in flag for flag in e.flags) for e in p62)
    mtor = next(e for e in entities if e.name == "MTOR")
    assert mtor.flags == []
