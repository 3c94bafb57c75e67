"""A relative clause is a scope of its own for negation, and "forms a heterodimer/complexes with" states binding. On
real caption sentences."""

from __future__ import annotations

from relation_support import has, one


def test_a_negation_inside_a_relative_clause_negates_only_that_clause() -> None:
    found = one("PMC4665079__cshperspect-SIG-006080_F4", "FLIP forms a")
    # "FLIP forms a heterodimer with caspase-8 that cannot induce apoptosis": the heterodimer forms, the
    # induction is what is denied
    assert has(found, "FLIP", "binds", "caspase-8") and not has(found, "FLIP", "binds", "caspase-8", negated=True)
    assert has(found, "caspase-8", "activates", "apoptosis", negated=True)


def test_what_a_subject_lacks_does_not_act_in_its_place() -> None:
    found = one("PMC10038327__uxac107f0004", "Conversely, pro-inflammatory STM")
    # "pro-inflammatory STM, which mostly lack MERTK, upregulate glucose and lactate transporters"
    assert not has(found, "MERTK", "increases", "glycolysis") and not has(found, "MERTK", "increases", "glycolysis", negated=True)
    assert has(found, "STM", "increases", "glycolysis")
