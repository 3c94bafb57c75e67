"""Gases and inorganic ions by their whole names ("carbon monoxide" is no "carbon"), and an ion's pump ("H+-ATPase")
as a protein. On real caption sentences."""

from __future__ import annotations

from relation_support import has, one


def test_an_inorganic_ion_is_a_participant_of_its_conversion() -> None:
    found = one("PMC3579397__cshperspect-MIT-011437_F1", "The conversion of cysteine sulfinate to sulfinyl pyruvate")
    # "... can also yield sulfite, which is then oxidized to sulfate by sulfite oxidase (SUOX)"
    assert has(found, "sulfite", "converts", "sulfate") and has(found, "SUOX", "increases", "sulfate")


def test_a_gas_is_named_by_its_whole_name() -> None:
    found = one("PMC8622696__pharmaceuticals-14-01122-g004", "Heme oxygenase-1 (HO-1) degrades heme")
    names = {e.name for e in found.entities}
    assert "carbon monoxide" in names and "carbon" not in names


def test_an_ions_atpase_is_the_pump_not_the_ion() -> None:
    found = one("PMC12204174__sciadv.adv0895-f8", "SAURs interact with PP2C.D")
    # "preventing them to interact with and dephosphorylate the PM H+-ATPase"
    pump = next(e for e in found.entities if e.name == "H+-ATPase")
    assert pump.type == "proteinfamily"
    assert not any(e.name == "H+" for e in found.entities)


def test_products_named_after_a_product_noun_and_a_comma_are_the_products() -> None:
    found = one("PMC8622696__pharmaceuticals-14-01122-g004", "Heme oxygenase-1 (HO-1) degrades heme")
    # "HO-1 degrades heme into three immune modulatory byproducts, carbon monoxide (CO), ferrous iron (Fe+2) and
    # biliverdin": the enzyme converts heme and makes each product
    assert has(found, "HO-1", "converts", "heme") and has(found, "heme", "converts", "biliverdin")
    assert has(found, "HO-1", "increases", "carbon monoxide") and has(found, "HO-1", "increases", "biliverdin")
    assert not has(found, "HO-1", "decreases", "biliverdin")
