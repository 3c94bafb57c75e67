"""Constructions found while checking the reader on held-out part J, each on a real caption sentence."""

from __future__ import annotations

from relation_support import has, record, run

MITOCHONDRIA = "PMC5397988__RevDiabeticStud-12-134-002"


def test_either_before_a_process_is_no_part_of_its_name() -> None:
    found = run(record(MITOCHONDRIA), "Activation of Bax and Bak can cause mitochondrial pore formation and opening, "
                                      "resulting in either mitochondrial swelling and necrosis or apoptosis.")
    assert has(found, "mitochondrial pore formation", "activates", "mitochondrial swelling")
    assert not any("either" in " ".join(e.mentions) for e in found.entities)


def test_light_before_a_colour_is_no_light_signal() -> None:
    found = run(record("PMC9228389__microorganisms-10-01247-g001"),
                "PqsE is colored light purple because of its role related to regulating RhlR function.")
    assert not any("light" in e.mentions for e in found.entities)


def test_each_slash_group_before_a_shared_plural_pathway_word_is_a_chain() -> None:
    found = run(record("PMC7407942__pharmaceuticals-13-00156-g001"),
                "Receptor tyrosine kinases stimulate the RAS/RAF/ERK and PI3K/AKT signaling pathways.")
    assert has(found, "RAS", "activates", "RAF") and has(found, "RAF", "activates", "ERK")
    assert has(found, "PI3K", "activates", "AKT")
    assert not any(has(found, "Receptor tyrosine kinases", "activates", name) for name in ("RAF", "ERK", "AKT"))
