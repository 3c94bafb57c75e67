"""Constructions found while checking the reader on held-out parts M and N, and the last few on parts O and P (each
after its first run), on real caption sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from relation_support import has, one, record, run, sentence

from pfocr_net.model import Record
from pfocr_net.relations import extract


def test_single_word_processes_and_phenotypes_are_endpoints() -> None:
    found = run(record("PMC9027001__pharmaceuticals-15-00469-g008"))  # "Rut can reduce adiposity, ..."
    assert has(found, "Rut", "decreases", "adiposity")
    found = run(record("PMC3101847__cshperspect-PRT-004440_F1"),
                "The insulin-signaling pathway and dietary restriction pathway induce longevity.")
    assert has(found, "insulin", "activates", "longevity")


def test_a_modifier_and_a_process_head_name_a_process() -> None:
    found = one("PMC3579404__cshperspect-WNT-007955_F1", "Other Wnt proteins, such as Wnt5a and Wnt11")
    assert has(found, "Wnt11", "regulates", "cytoskeletal organization")
    found = one("PMC7148509__bioengineering-07-00018-g006", "Integrins bind to ECM and induce")
    assert has(found, "formation of focal adhesions", "activates", "actin polymerization")
    found = one("PMC5666637__cshperspect-TGF-022269_F5", "It can, however, also promote bone resorption")
    assert has(found, "SOST", "activates", "bone resorption")


def test_a_residue_before_a_phospho_verb_is_no_participant() -> None:
    found = one("PMC2907165__pharmaceuticals-03-00994-g001", "CrkL and CrkII are tyrosine phosphorylated by Tyk2")
    assert has(found, "Tyk2", "phosphorylates", "CrkL") and has(found, "Tyk2", "phosphorylates", "CrkII")
    assert not any("tyrosine" in e.mentions for e in found.entities)


def test_conjugated_to_is_binding_and_released_into_a_place_is_a_move() -> None:
    found = run(record("PMC4665079__cshperspect-SIG-006080_F6"), "LC3 is sequentially conjugated to ATG7 and ATG3.")
    assert has(found, "LC3", "binds", "ATG7") and has(found, "LC3", "binds", "ATG3")
    assert not has(found, "ATG7", "converts", "LC3")
    found = one("PMC3281591__cshperspectmed-PKD-009332_F4", "Following MOMP, mitochondrial apoptogenic factors")
    assert has(found, "cytochrome c", "translocates", "cytosol") and has(found, "AIF", "translocates", "cytosol")


def test_a_hyphenated_descriptor_before_a_class_word_names_no_participant() -> None:
    found = one("PMC3331699__cshperspect-SIG-006031_F3", "Akt phosphorylates the Rab-GAP protein TBC1D4")
    assert has(found, "Akt", "phosphorylates", "AS160")
    assert not has(found, "Akt", "phosphorylates", "Rab") and not has(found, "Rab", "activates", "AS160")


def test_ultraviolet_light_is_one_stimulus_and_the_agent_of_an_event() -> None:
    found = one("PMC2773628__cshperspect-NFK-000067_F1", "In contrast, NF-κB induction by ultraviolet light")
    assert has(found, "ultraviolet light", "activates", "NF-κB")
    assert has(found, "p38", "activates", "NF-κB") and has(found, "CKII", "activates", "NF-κB")


def test_a_pathway_named_by_its_kind_is_a_process() -> None:
    found = one("PMC2773619__cshperspect-NFK-000034_F3", "The canonical pathway is, e.g., induced by")
    assert has(found, "TNFα", "activates", "canonical pathway") and has(found, "LPS", "activates", "canonical pathway")


def test_a_glossary_in_parentheses_leaves_its_sentence_a_statement() -> None:
    found = one("PMC6071487__cshperspect-CYT-028456_F2", "JAKs, in turn, phosphorylate")  # "(Y, tyrosine; V, valine; ...)"
    assert has(found, "JAKs", "phosphorylates", "gp130")
    assert not any("tyrosine" in e.mentions for e in found.entities)  # "tyrosine-based motifs": a residue


def test_a_classifying_adjective_before_an_event_noun_leaves_the_event_to_the_reader() -> None:
    found = one("PMC11638488__research.0515.fig.007", "Reduced FGF15/19")  # "increased hepatic synthesis of BAs"
    assert has(found, "FGFR4", "increases", "BAs")
    assert not any(e.name == "hepatic synthesis" for e in found.entities)


def test_processed_by_an_enzyme_converts_the_substrate() -> None:
    found = one("PMC3181609__DialoguesClinNeurosci-2-247-g002", "Amyloid precursor protein (APP) is processed")
    assert has(found, "β-secretase", "converts", "APP")


def test_named_effects_after_an_unnamed_first_conjunct() -> None:
    found = one("PMC5287062__cshperspectmed-PCA-026112_F1", "The resulting increased p21")
    assert has(found, "p21", "activates", "senescence") and has(found, "Rb", "activates", "senescence")


def test_a_hyphenated_anti_class_is_a_drug() -> None:
    caption = sentence(record("PMC10034247__11064_2023_3912_Fig1_HTML"), "Antihistamines, statins")
    bare = Record(figid="X", path=Path("x.md"), caption=caption)  # no OCR rows: the class noun rule alone
    found = extract(bare, [])
    assert any(e.name == "anti-hypertensives" and e.type == "drug" for e in found.entities)
    assert has(found, "anti-hypertensives", "inhibits", "Kv1.3 channel")


def test_a_role_noun_needs_an_apposition_or_a_class_word_before_it() -> None:
    found = one("PMC3578363__cshperspect-SIG-008904_F1", "Although the schematic illustration")
    assert not any(r.rule == "drug_role" for r in found.relations)  # "based on mammalian cells, the regulation of ..."
    found = one("PMC4772101__cshperspect-CSZ-019232_F2", "(C) The polymerized state")  # "the transcription activators YAP/TAZ"
    assert not has(found, "YAP", "activates", "TAZ") and not has(found, "TAZ", "activates", "YAP")


def test_an_agent_qualifying_an_unnamed_noun_is_no_participant() -> None:
    found = one("PMC3385942__cshperspectmed-ADD-012070_F3", "Morphine-induced down-regulation of mTORC2")
    assert not has(found, "mTORC2", "inhibits", "morphine")  # "crucial for these morphine-induced ... adaptations"
    assert has(found, "mTORC2", "inhibits", "reward tolerance")


def test_it_before_a_passive_is_the_sentence_topic() -> None:
    found = one("PMC10030510__fimmu-14-1140749-g002", "Pyruvate produced by glycolysis")
    assert has(found, "pyruvate", "translocates", "mitochondria")  # "..., or it can be translocated into the mitochondria"


def test_an_adverb_between_the_subject_and_a_past_tense_leaves_it_a_verb() -> None:
    found = one("PMC10039534__12943_2023_1761_Fig2_HTML", "FGF/FGFR signaling also inhibited")
    assert has(found, "FGF", "decreases", "MHC I") and has(found, "FGF", "decreases", "PD-L1")


def test_a_named_complex_acts_and_its_listed_members_bind() -> None:
    found = one("PMC3405868__cshperspect-WNT-007948_F1", "(A) In the absence of signal")
    assert has(found, "destruction complex", "phosphorylates", "β-catenin")  # "(including Axin, APC, GSK3β, and CK1α)"
    assert has(found, "Axin", "binds", "APC") and not has(found, "APC", "phosphorylates", "β-catenin")
    found = one("PMC8465904__pharmaceuticals-14-00871-g001", "Cytosolic β-Catenin is phosphorylated")
    assert has(found, "destruction complex", "phosphorylates", "β-catenin")  # "a Destruction Complex formed by APC, ..."
    assert has(found, "APC", "binds", "GSK3β")


def test_what_a_verb_acts_on_does_what_it_is_acted_on_for() -> None:
    found = one("PMC4979470__cddiscovery201619-f1", "The ASC CARD domain")  # "... provide a scaffold for caspase-1 dimerization"
    by_key = {e.key: e for e in found.entities}
    assert any(r.rule == "purpose" and "ASC" in by_key[r.subject].mentions and r.interaction == "activates"
               and "caspase-1" in by_key[r.object].mentions for r in found.relations)


def test_a_binding_that_follows_is_no_effect_on_each_partner() -> None:
    found = one("PMC6396335__cshperspect-CYT-028480_F1", "Binding of IFN-γ to the IFNGR complex")
    assert has(found, "IFNGR1", "binds", "IFNGR2")  # "results in tight association of IFNGR1 and IFNGR2"
    assert not has(found, "IFN-γ", "activates", "IFNGR1") and not has(found, "IFN-γ", "activates", "IFNGR2")


def test_retention_keeps_a_factor_from_acting() -> None:
    found = one("PMC11009445__JZhejiangUnivSciB-25-4-280-g001", "This process triggers the activation of the Hippo")
    assert has(found, "Hippo", "inhibits", "YAP") and not has(found, "Hippo", "activates", "YAP")


def test_degraded_into_products_is_a_conversion() -> None:
    found = one("PMC3662353__cshperspectmed-HMG-013433_F4", "Within the macrophage, heme is released")
    assert has(found, "HO-1", "converts", "heme") and not has(found, "HO-1", "decreases", "heme")


def test_an_ion_a_channel_passes_is_no_participant() -> None:
    found = one("PMC5495058__cshperspect-CIL-028225_F2", "cGMP activates the K+-selective")
    assert has(found, "cGMP", "activates", "CNGK") and not has(found, "cGMP", "activates", "K+")


def test_a_descriptor_before_a_name_in_an_event_and_lowering_as_a_sign() -> None:
    found = one("PMC3817733__pharmaceuticals-06-00915-g002", "Gi-coupled pathways attenuate")
    assert has(found, "Gi", "inhibits", "adenylyl cyclase")  # "Gi-coupled pathways": named by their G protein
    assert has(found, "adenylyl cyclase", "increases", "cAMP")  # "thereby lowering ... levels of the platelet inhibitor cAMP"


#: One stated relation per sentence: (figure, how its sentence starts, subject, interaction, object).
STATED = {
    # "Chronic morphine decreases VTA DA soma size yet increases neuronal excitability": "yet" shares the subject
    "yet_before_a_verb": ("PMC3385942__cshperspectmed-ADD-012070_F3", "Chronic morphine decreases VTA DA soma size",
                          "morphine", "increases", "neuronal excitability"),
    "iron_is_a_participant": ("PMC3331689__cshperspectmed-HMG-011668_F3", "Stored hepatic intracellular iron increases",
                              "iron", "increases", "BMP6"),
    # "The NFATc1 activated via Ca2+-signaling is essential for ...": a participle before "via" is a reduced passive
    "activated_via_is_passive": ("PMC6314075__cshperspectmed-BOB-031245_F2", "The NFATc1 activated via",
                                 "Ca2+", "activates", "NFATc1"),
    # "Gs coupled receptors activate adenylyl cyclase (AC)": receptors named by the G protein they couple to
    "g_protein_coupled_receptors": ("PMC3040460__TOCHGENJ-4-84_F1", "Gs coupled receptors",
                                    "Gs", "activates", "adenylyl cyclase"),
}


@pytest.mark.parametrize("case", list(STATED))
def test_a_sentence_states_its_relation(case: str) -> None:
    figure, start, subject, interaction, obj = STATED[case]
    assert has(one(figure, start), subject, interaction, obj)
