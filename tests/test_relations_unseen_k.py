"""Constructions found while checking the reader on held-out part K (after its first run), on real caption sentences."""

from __future__ import annotations

from relation_support import has, record, run

WOUND = "PMC7876357__wound.2020.1192_figure5"


def test_a_residue_after_a_protein_is_a_site_of_it() -> None:
    found = run(record(WOUND), "TGF-β1 acts by promoting src kinase-induced caveolin-1 Y14 phosphorylation.")
    assert has(found, "src", "activates", "caveolin-1")
    assert has(found, "TGF-β1", "activates", "caveolin-1")
    assert not any("Y14" in e.mentions for e in found.entities)


def test_numbers_with_hyphens_after_a_plural_numbered_name_are_its_members() -> None:
    found = run(record("PMC4665079__cshperspect-SIG-006080_F2"),
                "Catalytically active caspase-9 activates the executioner caspases-3 and -7.")
    assert has(found, "caspase-9", "activates", "caspase-3")
    assert has(found, "caspase-9", "activates", "caspase-7")
    assert not any(e.name == "caspases-3" for e in found.entities if e.mentions)
