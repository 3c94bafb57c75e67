"""Constructions found while checking the reader on held-out part F, each on a real caption sentence."""

from __future__ import annotations

from relation_support import has, one, record, run

HEAT = "PMC10037161__PBI-21-680-g002"
CGAS = "PMC10037406__12276_2023_965_Fig1_HTML"
HIF = "PMC10037502__JCTH-11-675-g001"
HER2 = "PMC10036590__fonc-13-1132319-g004"


def test_process_heads_name_phenotypes() -> None:
    found = one(HER2, "In addition, the HER2/HER3 signalling pathway")
    # "... the HER2/HER3 signalling pathway regulates barrier function by regulating the expression of CLDN18"
    assert has(found, "HER2", "regulates", "barrier function")
    assert has(found, "CLDN18", "regulates", "barrier function")


def test_catalysing_the_formation_of_a_product_increases_it_and_thereby_passes_on() -> None:
    found = one(CGAS, "Upon recognition of cytosolic DNA")
    # "Upon recognition of cytosolic DNA, cGAS catalyzes the formation of cGAMP and thereby activates STING."
    assert has(found, "cGAS", "increases", "cGAMP")
    assert not has(found, "cGAS", "converts", "cGAMP")
    assert has(found, "cGAMP", "activates", "STING")
    assert not has(found, "cGAS", "activates", "STING")


def test_the_subject_of_a_passive_acts_in_the_verb_coordinated_with_it() -> None:
    found = one(HIF, "HIF-1α is hydroxylated by PHD")
    # "HIF-1α is hydroxylated by PHD under normoxic conditions and subsequently binds to VHL protein to form a complex."
    assert has(found, "PHD", "regulates", "HIF-1α")
    assert has(found, "HIF-1α", "binds", "VHL")
    assert not has(found, "PHD", "binds", "VHL")


def test_dependent_on_names_the_cause() -> None:
    found = one(HIF, "Translation of HIF-1α protein")
    # "Translation of HIF-1α protein under normoxic conditions is mainly dependent on the activation of
    # PI3K/Akt/mTOR signaling pathway."
    assert has(found, "mTOR", "increases", "HIF-1α protein")


def test_a_noun_dependent_on_a_mechanism_is_no_effect_of_it() -> None:
    base = record(HEAT)
    found = run(base, "Stress increases ROS via a mechanism dependent on the ARF10 regulation of auxin.")
    assert not has(found, "auxin", "regulates", "ROS")
    assert not has(found, "auxin", "activates", "ROS")


FGFR = "PMC10039534__12943_2023_1761_Fig2_HTML"


def test_a_prefixed_process_keeps_its_prefix_and_head() -> None:
    found = one(FGFR, "a.| FGF/FGFR promotes PD-1")
    # "... reduces IFNy and GZMB secretion by effector T cells, resulting in a decrease in anti-tumor immunity of T-cells."
    assert has(found, "IFNy", "increases", "anti-tumor immunity")
    assert not any(e.name in {"immunity", "anti-tumor"} for e in found.entities)


def test_an_abbreviation_before_its_parenthesised_enzyme_name_is_no_phrase() -> None:
    found = run(record(FGFR), "POD (peroxidase) and LAC regulate lignin.")
    assert has(found, "POD", "regulates", "lignin")
    assert not any("(" in e.name for e in found.entities)


def test_a_mirna_with_an_en_dash_arm_is_one_name_and_a_spelled_heterodimerisation_pairs() -> None:
    found = run(record(FGFR), "MACF1 promotes osteogenesis via the TCF4/miR-335–5p signaling pathway.")
    assert has(found, "TCF4", "activates", "miR-335–5p")
    pair = run(record(FGFR), "HER2/HER3 heterodimerisation activates PI3K.")
    assert has(pair, "HER2", "binds", "HER3")
    assert not has(pair, "HER2", "activates", "HER3")


def test_metabolites_of_a_molecule_are_a_participant_of_their_own() -> None:
    # "Gut host-microbiota-derived tryptophan metabolites activate AhR signaling in the brain via different pathways"
    found = run(record("PMC10036442__109_2023_2289_Fig1_HTML"))
    assert has(found, "tryptophan metabolites", "activates", "AhR")
    assert not has(found, "tryptophan", "activates", "AhR")


def test_signal_before_transduction_or_a_pathway_word_is_a_noun() -> None:
    found = run(record("PMC10036590__fonc-13-1132319-g004"),
                "The PI3K-AKT and MAPK signalling pathways are the two main signal transduction pathways downstream of "
                "HER2/3 heterodimerisation activation.")
    assert has(found, "ERBB2", "activates", "PI3K") and has(found, "ERBB2", "activates", "MAPK")
    assert not any(r.trigger == "signal" for r in found.relations)
