"""An adjective of place before a noun of a move names where the thing goes ("the nuclear translocation of YAP/TAZ"
gives YAP translocates nucleus), also after the name ("YAP nuclear translocation") and after "its"/"their". On real
caption sentences."""

from __future__ import annotations

from relation_support import has, one, record, run


def test_nuclear_translocation_of_a_protein_moves_it_into_the_nucleus() -> None:
    found = one("PMC11009445__JZhejiangUnivSciB-25-4-280-g001", "This complex stretches the LINC complex")
    assert has(found, "YAP", "translocates", "nucleus") and has(found, "TAZ", "translocates", "nucleus")
    node = next(e for e in found.entities if e.name == "nucleus")
    assert node.type == "cellularcomponent" and "nuclear" in node.mentions


def test_a_place_adjective_after_the_name_moves_the_named_protein() -> None:
    found = one("PMC7148509__bioengineering-07-00018-g006", "Increase in the number of actin filaments promotes")
    assert has(found, "YAP", "translocates", "nucleus")


def test_their_nuclear_translocation_moves_the_protein_named_before() -> None:
    found = one("PMC3367558__cshperspect-WNT-008045_F1", "Calcineurin directly binds to and dephosphorylates")
    assert has(found, "calcineurin", "dephosphorylates", "NFAT") and has(found, "NFAT", "translocates", "nucleus")


def test_a_place_adjective_before_other_nouns_names_no_move() -> None:
    base = record("PMC11009445__JZhejiangUnivSciB-25-4-280-g001")
    # the caption's proteins with a localization signal and a cytoplasmic accumulation: neither is a move there
    found = run(base, "The nuclear localization signal of YAP binds LATS1, and LATS1 causes cytoplasmic accumulation of TAZ.")
    assert not any(e.type == "cellularcomponent" for e in found.entities)
    assert not any(r.interaction == "translocates" for r in found.relations)

