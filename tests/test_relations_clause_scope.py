"""What one part of a sentence says about another: a relative clause (its negation, its cause, its antecedent),
unnamed objects and unnamed causes, role nouns after event nouns, "its ... by X", "respectively", what a subject
lacks, "as determined by", targeting for degradation, and "forms a heterodimer with". On real caption sentences."""

from __future__ import annotations

from relation_support import has, one, record, run


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


def test_a_cause_after_which_is_induced_by_acts_on_the_antecedent() -> None:
    found = one("PMC2773628__cshperspect-NFK-000067_F1", "(B) The alternative pathway, which")
    # "The alternative pathway, which is induced by a few stimuli including CD40L, LT-β, and BAFF"
    assert has(found, "CD40L", "activates", "alternative pathway") and has(found, "BAFF", "activates", "alternative pathway")


def test_an_unnamed_cause_with_its_own_relative_clause_names_no_cause() -> None:
    found = one("PMC9147336__microorganisms-10-00899-g006", "Schematic representation of defense priming")
    # "(SAR), which is induced by phytopathogens that provide resistance to biotic and abiotic stresses"
    assert not any(r.rule == "causal_back" and r.trigger == "induced by" for r in found.relations)


def test_a_subject_acting_through_unnamed_objects_causes_what_follows() -> None:
    found = one("PMC2869518__cshperspect-IMS-002485_F3", "ZAP-70 and Lck")
    # "ZAP-70 and Lck phosphorylate and activate several downstream target proteins eventually leading to Ras
    # activation, calcium mobilization, ..."
    assert has(found, "ZAP-70", "activates", "Ras") and has(found, "Lck", "activates", "Ras")


def test_examples_of_the_unnamed_objects_cause_what_follows_instead() -> None:
    found = one("PMC12115344__pharmaceuticals-18-00710-g001", "This activation subsequently triggers")
    # "triggers downstream signaling cascades, including the NF-κB, MAPK, and JAK-STAT pathways, leading to enhanced
    # production of pro-inflammatory cytokines"
    assert has(found, "NF-κB", "increases", "pro-inflammatory cytokines")
    assert not has(found, "Kupffer cells", "increases", "cytokines")


def test_a_role_noun_after_an_event_noun_names_the_events_target() -> None:
    found = one("PMC4588066__cshperspect-SIG-006064_F1", "Progesterone signaling leads to")
    # "a loss of PKA activity, leading to disinhibition of the CDK1 activator Cdc25 and stimulation of the CDK1
    # inhibitor Wee1": the lost PKA held back Cdc25 and Wee1; each acts on CDK1
    assert has(found, "PKA", "inhibits", "Cdc25") and has(found, "PKA", "inhibits", "Wee1")
    assert has(found, "Cdc25", "activates", "CDK1") and has(found, "Wee1", "inhibits", "CDK1")
    assert not has(found, "PKA", "inhibits", "CDK1")


def test_how_a_change_was_seen_names_no_cause_of_it() -> None:
    found = one("PMC8466848__microorganisms-09-01894-g007", "RTG signaling is activated in a later phase")
    # "RTG signaling is activated in a later phase, as determined by CIT2 up-regulation, to sustain mitochondrial
    # function": the up-regulation shows the activation, it does not cause it
    assert not any(r.trigger == "determined" for r in found.relations)
    assert not has(found, "CIT2", "regulates", "RTG")


def test_targeting_for_degradation_by_an_agent_removes_the_target() -> None:
    found = one("PMC3405868__cshperspect-WNT-007948_F1", "(A) In the absence of signal")
    # "the destruction complex (including Axin, APC, GSK3β, and CK1α) phosphorylates β-catenin, targeting it for
    # ubiquitination and destruction by the proteasome"
    assert has(found, "destruction complex", "decreases", "β-catenin") and has(found, "proteasome", "decreases", "β-catenin")
    assert not has(found, "β-catenin", "inhibits", "proteasome")


def test_the_agent_of_its_own_cleavage_activates_the_protein() -> None:
    found = one("PMC3281591__cshperspectmed-PKD-009332_F4", "Bid is activated following its cleavage")
    # "Bid is activated following its cleavage by caspase-8": caspase-8 cleaves Bid, which activates it
    assert has(found, "caspase-8", "activates", "Bid")


def test_its_process_named_with_an_adjective_is_the_event_of_it() -> None:
    found = one("PMC8465904__pharmaceuticals-14-00871-g001", "Cytosolic β-Catenin is phosphorylated")
    # "β-Catenin is phosphorylated by a Destruction Complex formed by APC, Axin, CKI, and GSK3β, which lead to its
    # proteasomal degradation": the complex lowers β-catenin; β-catenin does not drive its own degradation
    assert has(found, "Destruction Complex", "decreases", "β-catenin")
    assert not has(found, "β-catenin", "activates", "proteasomal degradation")


def test_the_means_of_an_unnamed_cause_acts_on_the_effect() -> None:
    found = one("PMC7407942__pharmaceuticals-13-00156-g001", "Autophagy can also be induced by hypoxic conditions")
    # "Autophagy can also be induced by hypoxic conditions through HIF activation"
    assert has(found, "HIF", "activates", "autophagy")


def test_respectively_pairs_two_lists_member_by_member() -> None:
    found = one("PMC5287062__cshperspectmed-PCA-026112_F1", "Additionally, oncogene activation can induce")
    # "oncogene activation can induce ARF and p16 expression, which inhibit Mdm2 and cdk function, respectively"
    assert has(found, "p16", "inhibits", "CDK")
    assert not has(found, "p16", "inhibits", "MDM2")


def test_a_name_after_and_with_its_own_singular_verb_opens_a_new_clause() -> None:
    found = one("PMC4696838__ccrpm-suppl.1-2015-091f2", "STC1 increases UCP2 and UCP2 induces")
    # "STC1 increases UCP2 and UCP2 induces a reduction of ER stress through the reduction of ROS in AECs and AMs."
    assert has(found, "UCP2", "decreases", "ER stress") and has(found, "STC1", "increases", "UCP2")
    assert not has(found, "STC1", "decreases", "ROS")


def test_a_name_after_a_place_and_with_its_own_verb_is_no_place() -> None:
    found = one("PMC8147235__pharmaceuticals-14-00416-g002", "Inducible NOS is upregulated")
    # "Inducible NOS is upregulated in M1 microglia, and NO induces a metabolic shift to glycolysis through
    # mitochondrial inhibition."
    assert has(found, "NO", "activates", "glycolysis")


def test_names_after_a_noun_of_share_its_singular_verb() -> None:
    found = one("PMC3309874__geronaglr200f01_3c", "Binding of IGF-1 or insulin (INS) initiates")
    # "Binding of IGF-1 or insulin (INS) initiates the evolutionarily conserved IRS–PI3K–AKT signaling cascade":
    # "initiates" agrees with "Binding", so the two ligands stay one list
    assert has(found, "IGF-1", "activates", "IRS") and has(found, "INS", "activates", "IRS")


def test_a_ligand_binding_to_its_receptor_lets_the_receptor_act() -> None:
    found = one("PMC8104964__elife-65856-fig1-figsupp4", "LPS binding to TLR4")
    # "LPS binding to TLR4 at the cell surface initially activates the MYD88-dependent signaling pathway": the bound
    # receptor signals on, as after "the binding of LPS to TLR4"
    assert has(found, "LPS", "binds", "TLR4") and has(found, "TLR4", "activates", "MYD88")


def test_but_not_negates_the_alternative_only() -> None:
    # the construction "X but not Y" on a record of this pathway (no fixture caption names both sides)
    base = record("PMC8104964__elife-65856-fig1-figsupp4")
    found = run(base, "p38 but not JNK is required for IL-6 production.")
    assert has(found, "p38", "increases", "IL-6") and has(found, "JNK", "increases", "IL-6", negated=True)
    assert not has(found, "p38", "increases", "IL-6", negated=True)


def test_but_not_for_a_named_alternative_still_negates_it() -> None:
    found = one("PMC6211389__cshperspect-CYT-028423_F3", "IRF7 may also be involved")
    # "IRF7 may also be involved for TLR3-, but not for retinoic acid-inducible gene I (RIG-I)-like receptor (RLR)-
    # mediated type I IFN gene induction."
    assert has(found, "RLR", "increases", "Interferon", negated=True)
    assert not has(found, "RLR", "increases", "Interferon")


def test_following_this_is_no_cause_and_receptors_sensing_ligands_do_not_bind_each_other() -> None:
    found = run(record("PMC4292165__cshperspect-III-016246_F2"))
    # "Following this TLR7 and TLR9 recruit MyD88 to activate NF-κB and IRF7 ..."
    assert has(found, "TLR7", "binds", "MyD88") and has(found, "TLR9", "activates", "IRF7")
    # "TLR7 and TLR8 recognize viral ssRNA, whereas TLR9 recognizes CpG DNA ...": the receptors bind their ligands
    assert not has(found, "TLR7", "binds", "TLR8")


def test_a_name_in_a_phrase_after_the_object_is_not_the_next_verbs_subject() -> None:
    found = one("PMC5666637__cshperspect-TGF-022269_F5", "TGF-β can act as a chemoattractant")
    # "TGF-β can act as a chemoattractant and recruit both preosteoblast and preosteoclasts to areas of bone
    # remodeling and also promotes proliferation, differentiation, and survival of osteoclasts"
    assert has(found, "TGF-β", "activates", "proliferation")
    assert not has(found, "bone remodeling", "activates", "proliferation")
