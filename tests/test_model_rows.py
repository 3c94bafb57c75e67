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


def test_entity_and_relation_defaults_are_fresh_lists() -> None:
    from pfocr_net.model import Entity, Relation

    a, b = Entity("k", "n", "gene"), Entity("k", "n", "gene")
    assert a == b and a.aliases == [] and a.aliases is not b.aliases and a.flags is not b.flags
    assert (a.represents, a.in_figure, a.in_caption, a.grounding_source) == ("", True, False, "")
    assert [f.name for f in dataclasses.fields(Entity)][:4] == ["key", "name", "type", "represents"]
    assert dataclasses.replace(a, name="m").name == "m" and dataclasses.asdict(a)["members"] == []
    r, s = Relation("a", "b", "activates"), Relation(subject="a", object="b", interaction="activates")
    assert r == s and r.inferred is not s.inferred and (r.direct, r.hedged, r.subject_span) == (True, False, None)
    assert dataclasses.replace(r, negated=True).negated and repr(r).startswith("Relation(subject='a', object='b'")


def test_entities_and_relations_copy_and_pickle() -> None:
    import copy
    import pickle

    from pfocr_net.model import Entity, Relation

    entity = Entity("k", "n", "gene", aliases=["symbol:X"], in_caption=True, flags=["f"])
    relation = Relation("a", "b", "binds", subject_span=(1, 2), inferred=["x"], more_sentences=["s"])
    for thing in (entity, relation):
        deep = copy.deepcopy(thing)
        assert deep == thing and deep is not thing
        assert all(getattr(deep, f.name) is not getattr(thing, f.name)
                   for f in dataclasses.fields(thing) if isinstance(getattr(thing, f.name), list))
        assert copy.copy(thing) == thing and pickle.loads(pickle.dumps(thing)) == thing
