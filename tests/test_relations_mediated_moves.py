"""A passive move or conversion with no agent named: the mediator after "via"/"through" is the one that moves or
converts ("Biliverdin is converted to bilirubin via BLVR"), on real caption sentences."""

from __future__ import annotations

from relation_support import has, one, record, run


def test_a_conversion_via_an_enzyme_is_the_enzymes_conversion() -> None:
    found = one("PMC8622696__pharmaceuticals-14-01122-g004", "Biliverdin is quickly converted to bilirubin")
    assert has(found, "BLVR", "converts", "biliverdin") and has(found, "BLVR", "increases", "bilirubin")
    assert has(found, "biliverdin", "converts", "bilirubin")
    assert not has(found, "bilirubin", "regulates", "BLVR")


def test_a_move_via_a_transporter_is_the_transporters_move() -> None:
    found = one("PMC6315738__pharmaceuticals-11-00128-g001", "Ferrous iron is subsequently transported")
    assert has(found, "DMT1", "translocates", "ferrous iron")
    assert not has(found, "ferrous iron", "regulates", "DMT1") and not has(found, "DMT1", "regulates", "enterocyte")


def test_the_agent_of_a_move_into_a_named_place_moves_the_cargo() -> None:
    base = record("PMC6315738__pharmaceuticals-11-00128-g001")
    # the caption's sentence with its agent named by "by": the transporter moves the iron, it does not act on the cell
    found = run(base, "Ferrous iron is subsequently transported into the enterocyte by the divalent metal transporter 1 (DMT1).")
    assert has(found, "DMT1", "translocates", "ferrous iron") and has(found, "ferrous iron", "translocates", "enterocyte")
    assert not has(found, "DMT1", "activates", "enterocyte")
