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


def test_the_members_listed_after_a_complex_name_bind_each_other() -> None:
    tlr = record("PMC2721684__intimmdxp017f01_4c")
    found = run(tlr, "The TAK1 complex activates the IKK complex composed of IKKα, IKKβ and NEMO (IKKγ).")
    for a, b in (("IKKα", "IKKβ"), ("IKKα", "IKKγ"), ("IKKβ", "IKKγ")):
        assert has(found, a, "binds", b) or has(found, b, "binds", a)
    assert not any(rel.rule == "complex_member" for rel in found.relations)  # the named complex is no partner
    found = run(record("PMC3683896__cshperspect-CSD-008656_F2"),
                "This leads to the formation of the apoptosome, comprised of APAF1, cytochrome c, ATP, and caspase-9.")
    assert has(found, "APAF1", "binds", "cytochrome c") and has(found, "APAF1", "binds", "caspase-9")
    found = run(record("PMC3405868__cshperspect-WNT-007948_F1"),
                "The destruction complex (including Axin, APC, GSK3β, and CK1α) phosphorylates β-catenin.")
    assert has(found, "Axin", "binds", "APC") and has(found, "GSK3β", "binds", "CK1α")
    assert has(found, "destruction complex", "phosphorylates", "β-catenin")  # the named complex acts


def test_a_list_after_composed_of_binds_only_when_a_complex_is_named() -> None:
    found = run(record("PMC2721684__intimmdxp017f01_4c"), "The TLR pathway composed of TIRAP and MyD88 activates TAK1.")
    assert not any(rel.interaction == "binds" for rel in found.relations)


def test_an_unnamed_complex_is_named_by_its_members_and_a_named_one_by_its_name() -> None:
    found = run(record("PMC2517789__iep0081-0001-f1"),
                "OSM also induces another heterodimer composed of OSM-specific receptor (OSMR) and 130.")
    assert has(found, "OSM", "activates", "OSMR")
    found = run(record("PMC3367558__cshperspect-WNT-008045_F1"),
                "In the canonical pathway, Dvl disrupts the destruction complex composed of Axin, Adenomatous Polyposis "
                "Coli (APC), and Gsk3β.")
    assert has(found, "Axin", "binds", "APC")
    assert not any(has(found, "Dvl", "inhibits", member) for member in ("Axin", "APC", "Gsk3β"))


def test_a_name_before_an_event_noun_with_of_is_its_agent() -> None:
    found = run(record(WOUND), "EDA stimulation of TLR4 signaling engages the MyD88 adaptor protein pathway.")
    assert has(found, "EDA", "activates", "TLR4")
    found = run(record("PMC4665079__cshperspect-SIG-006080_F2"),
                "In doing so, they relieve XIAP inhibition of caspase-9, caspase-3, and caspase-7.")
    for caspase in ("caspase-9", "caspase-3", "caspase-7"):  # the later names of the list share the event noun
        assert has(found, "XIAP", "inhibits", caspase)


def test_an_en_dash_pair_without_a_pathway_word_is_a_complex() -> None:
    tlr = record("PMC2721684__intimmdxp017f01_4c")
    found = run(tlr, "(B) TIRAP–MyD88 recruits IRAK family members and TRAF6 to activate TAK1.")
    assert has(found, "TIRAP", "binds", "MyD88") or has(found, "MyD88", "binds", "TIRAP")
    assert not has(found, "TIRAP", "activates", "MyD88")
    found = run(tlr, "TLR4 activates the TIRAP–MyD88 pathway.")
    assert has(found, "TIRAP", "activates", "MyD88")  # with a pathway word it is a chain of steps


def test_drugs_that_are_named_inhibitors_inhibit_the_target() -> None:
    renin = record("PMC8457844__elife-69795-fig2-figsupp1")
    found = run(renin, "Imidapril and ramipril are ACE inhibitors.")
    assert has(found, "imidapril", "inhibits", "ACE") and has(found, "ramipril", "inhibits", "ACE")
    found = run(renin, "Ten other RAAS inhibitors are imidapril, quinapril and ramipril, which are angiotensin "
                       "converting enzyme (ACE) inhibitors.")
    assert all(has(found, drug, "inhibits", "ACE") for drug in ("imidapril", "quinapril", "ramipril"))
    found = run(renin, "Imidapril and ramipril are activated in the liver.")
    assert not any(r.rule == "drug_role" for r in found.relations)  # "are" before no role noun


def test_plays_a_role_in_takes_adjectives_before_role() -> None:
    found = run(record("PMC2675030__intimmdxp021f03_4c"),
                "STAT-3 plays an important role in Th17 differentiation, amplification and stabilization as IL-6, "
                "IL-21 and IL-23 signals through STAT-3.")
    for cytokine in ("IL-6", "IL-21", "IL-23"):
        assert has(found, cytokine, "activates", "STAT-3")
    found = run(record("PMC2675030__intimmdxp021f03_4c"), "STAT-3 plays a critical role in Th17 differentiation.")
    assert any(r.interaction == "regulates" and r.trigger == "plays a critical role in" for r in found.relations)


def test_data_not_shown_negates_nothing_and_an_unnamed_complex_names_its_members() -> None:
    found = run(record("PMC2721684__intimmdxp017f01_4c"),
                "(A) The TLR4–MD-2 complex engages with LPS on the cell surface via LBP and CD14 (data not shown) and "
                "then recruits a TIR domain-containing adapter complex including TIRAP and MyD88.")
    assert has(found, "TLR4", "binds", "LPS")
    assert has(found, "TLR4", "binds", "TIRAP") and has(found, "TLR4", "binds", "MyD88")
    assert not any(r.negated for r in found.relations)


def test_in_turn_before_a_verb_is_an_adverb_that_keeps_the_subject() -> None:
    found = run(record(WOUND), "TAK1, in turn, activates NF-κB.")
    assert has(found, "TAK1", "activates", "NF-κB")
    found = run(record(WOUND), "TGF-β1 activates TAK1, which in turn activates NF-κB.")
    assert has(found, "TAK1", "activates", "NF-κB") and not has(found, "TGF-β1", "activates", "NF-κB")


def test_however_between_subject_and_verb_keeps_the_clause() -> None:
    found = run(record(WOUND), "TAK1, however, activates NF-κB.")
    assert has(found, "TAK1", "activates", "NF-κB")
    found = run(record(WOUND), "TGF-β1 activates TAK1, however, ROS inhibits NF-κB.")
    assert has(found, "ROS", "inhibits", "NF-κB") and not has(found, "TAK1", "inhibits", "NF-κB")


def test_an_agent_before_an_event_noun_takes_an_article_before_the_patient() -> None:
    found = run(record(WOUND), "ROS signaling stimulates src kinase transactivation of the EGFR at Y845.")
    assert has(found, "src", "activates", "EGFR") and has(found, "ROS", "activates", "EGFR")


def test_names_after_an_unnamed_object_and_a_comma_are_the_verbs_objects() -> None:
    found = run(record("PMC3281591__cshperspectmed-PKD-009332_F4"),
                "Released cytochrome c interacts with two other cytosolic protein factors, Apaf-1 and procaspase-9, to "
                "activate caspase-3.")
    assert has(found, "cytochrome c", "binds", "Apaf-1") and has(found, "cytochrome c", "binds", "procaspase-9")
