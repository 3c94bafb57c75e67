"""Constructions found while checking the reader on unseen captions (held-out part G), each on a real sentence."""

from __future__ import annotations

from relation_support import has, one, record, run

CGAS = "PMC10036213__nihms-1878350-f0004"
H19 = "PMC10037657__ncrna-09-00019-g001"


def test_the_parts_a_subject_acts_through_are_no_mediators() -> None:
    found = one(CGAS, "(a) Left: cGAS binds")
    # "cGAS binds double-stranded DNA (dsDNA) via its positively charged N-terminal IDR and its C-terminal
    # nucleotidyltransferase (NTase) domain, which also mediates cGAS dimerization."
    assert has(found, "cGAS", "binds", "dsDNA")
    assert len(found.relations) == 1


def test_a_participle_after_a_comma_and_an_adverb_chains_on_the_effect_before_it() -> None:
    found = one(H19, "(B) H19/miR-675 decreased")
    # "H19/miR-675 decreased the expression of p53, thus degrading cell apoptosis, eventually promoting the
    # development of HCC."
    assert has(found, "miR-675", "decreases", "p53")
    assert not has(found, "p53", "inhibits", "HCC")


def test_an_unsigned_participle_passes_no_sign_on() -> None:
    found = one(H19, "(A) H19/miR-675 inhibits")
    # "... activates the Akt/mTOR signaling pathway, thus modulating energy metabolism and cell apoptosis, eventually
    # promoting the development of HCC."
    assert has(found, "mTOR", "regulates", "cell apoptosis")
    assert not has(found, "mTOR", "activates", "HCC")
    assert not has(found, "cell apoptosis", "activates", "HCC")


FASTING = "PMC10037992__ADVS-10-2204487-g005"
PHF6 = "PMC10040131__12967_2023_4031_Fig7_HTML"


def test_via_and_a_gerund_is_a_means() -> None:
    found = one(FASTING, "A) FMD inhibits cell growth")
    # "E) FMD drives muscle differentiation via activating the expression of Pax‐7, which is a stem cell marker ..."
    assert has(found, "FMD", "increases", "Pax-7")
    assert has(found, "Pax-7", "activates", "muscle differentiation")


def test_a_name_before_producing_or_high_only_describes_the_head() -> None:
    found = one(FASTING, "A) FMD inhibits cell growth")
    # "Ngn3 which is an early developmental marker and leads to the regeneration of insulin‐producing β cells"
    assert not any(r.subject == "uniprot:P01308" or r.object == "uniprot:P01308" for r in found.relations)
    # the title: "... to promote HIF-dependent pathway and progression in YAP-high breast cancer"
    title = "PHF6 recruits BPTF to promote HIF-dependent pathway and progression in YAP-high breast cancer"
    found = one(PHF6, "The graphical illustration", title=title)
    assert not has(found, "PHF6", "activates", "YAP1")


RA_T_CELLS = "PMC10038327__uxac107f0003"


def test_hyper_and_over_forms_of_making_verbs_and_undergo_starts_a_new_predicate() -> None:
    found = one(RA_T_CELLS, "RA T cells hyperproduce")
    # "RA T cells hyperproduce the proinflammatory cytokines IL-1β/IL-18 via caspase activation and undergo lytic
    # cell death."
    assert has(found, "RA T cells", "increases", "IL-1β")
    assert has(found, "caspase", "activates", "IL-18")
    assert not any(r.object == "caption:lyticcelldeath" or r.subject == "caption:lyticcelldeath" for r in found.relations)
    found = one(RA_T_CELLS, "Insufficient production of aspartate")
    assert has(found, "aspartate", "regulates", "NAD")  # "... dysregulates regeneration of nicotinamide adenine ..."


FERROPTOSIS = "PMC10040549__fnut-10-1090338-g001"
RA_MACROPHAGES = "PMC10038327__uxac107f0004"


def test_reducing_a_chemical_to_another_is_a_conversion() -> None:
    found = one(FERROPTOSIS, "NCOA4 can recognize ferritin")
    # "NCOA4 can recognize ferritin and mediate ferritinophagy, reducing stored Fe3+ to Fe2+ and ultimately releasing
    # Fe2+ into LIP."
    assert has(found, "ferritinophagy", "increases", "Fe2+")
    assert not any(r.interaction == "decreases" for r in found.relations)


def test_target_genes_is_a_noun_and_functions_as_states_a_role() -> None:
    found = one(RA_MACROPHAGES, "RFX5 target genes include")
    assert not any(r.interaction == "inhibits" for r in found.relations)  # "RFX5 target genes include ... GLUD1"
    found = one(RA_MACROPHAGES, "RFX5 is induced by")
    # "RFX5 is induced by the small cytokine CCL18 and functions as a potent coordinator of antigen-presenting
    # capabilities and successful survival in a glucose deplete environment"
    assert has(found, "CCL18", "activates", "RFX5")
    assert len({r.subject for r in found.relations if r.object == "ncbigene:5993"}) == 1


EPIGENETIC = "PMC10040548__fimmu-14-1121495-g005"


def test_the_subject_of_is_a_noun_of_y_stays_the_topic_and_a_process_makes_its_product() -> None:
    found = one(EPIGENETIC, "Acetyl-CoA is an essential")
    # "Acetyl-CoA is an essential co-substrate of histone acetyltransferase (HAT) that is mainly generated from
    # glycolysis and fatty-aid β-oxidation; it is required for histone acetylation, ..."
    assert has(found, "acetyl-CoA", "activates", "HAT")
    assert has(found, "glycolysis", "increases", "acetyl-CoA")
    assert has(found, "acetyl-CoA", "activates", "histone acetylation")
    assert not any(r.subject == "caption:hat" for r in found.relations)


H19_TARGETS = "PMC10037657__ncrna-09-00019-g003"


def test_a_past_tense_after_which_and_an_adverb_is_the_relative_clause_verb() -> None:
    found = one(H19_TARGETS, "(A) H19 induced")
    # "H19 induced the expression of PI3K, which further activated the Akt/mTOR signaling pathway, thus modulating
    # autophagy and eventually promoting the development of HCC."
    assert has(found, "PI3K", "activates", "Akt")
    assert has(found, "mTOR", "regulates", "autophagy")
    assert not has(found, "PI3K", "regulates", "autophagy")


ONE_CARBON = "PMC10040548__fimmu-14-1121495-g006"


def test_an_apposed_product_of_names_its_source_and_an_apposed_substrate_of_is_no_participant() -> None:
    found = one(FERROPTOSIS, "PUFAs, as the most predominant")
    # "PUFAs, as the most predominant substrates of lipid peroxidation, are firstly converted to PUFA-PLs by ACSL4"
    assert not any("lipidperoxidation" in (r.subject + r.object) for r in found.relations)
    found = one(ONE_CARBON, "In Mycobacterium tuberculosis")
    # "... to synthesize methionine and SAM through homoserine, a product of aspartate metabolic pathway."
    assert has(found, "aspartate", "converts", "homoserine")


def test_consumed_by_and_biosynthesized_from_and_a_new_clause_after_whereas() -> None:
    found = one(EPIGENETIC, "NAD+ is consumed by")
    # "NAD+ is consumed by glycolysis (2 molecules) and TCA cycle (3 molecules), whereas it is regenerated from NADH
    # oxidation via conversion of pyruvate into lactate and through ETC complex I."
    assert has(found, "glycolysis", "decreases", "NAD+")
    assert has(found, "TCA cycle", "decreases", "NAD+")
    assert not any(r.object == "caption:nad+" and r.interaction in {"inhibits", "regulates"} for r in found.relations)


def test_combines_with_binds_and_a_move_ends_the_verb_before_it() -> None:
    found = run(record(FERROPTOSIS))  # the glossary at the end defines "Trf" and "Trf1"
    # "Fe3+ is the predominant form of iron in circulation, which often combines with Trf and can be imported into
    # cells via Trf1 located on cellular membrane." ("which": Fe3+ or iron, both names of the cargo in gold)
    assert has(found, "Fe3+", "binds", "Trf") or has(found, "iron", "binds", "Trf")
    assert not any(r.interaction == "regulates" and "Trf" in r.sentence for r in found.relations)


def test_a_named_subject_acts_by_the_gerund_of_its_means() -> None:
    found = one(RA_MACROPHAGES, "RA Mφ adjust")
    # "RA Mφ adjust to the bioenergetic conditions in synovial tissue by upregulating the transcription factor RFX5."
    assert has(found, "Mφ", "increases", "RFX5")


def test_a_ligand_named_before_receptor_binds_the_receptor_named_after_it() -> None:
    found = one(CGAS, "Right: However, excess cGAMP")
    # "excess cGAMP production has been shown to trigger LLPS of the ER-resident cGAMP receptor STING, ..."
    assert has(found, "cGAMP", "binds", "STING")


def test_proposed_interactions_and_potential_targets_hedge_the_figure() -> None:
    from pfocr_net.hedging import figure_hedge

    assert figure_hedge("Proposed interactions among H2S, VEGF, and HIF-1", "") == "proposed"
    assert figure_hedge("Long Noncoding RNA H19", "The potential targets of LncRNA H19 in HCC. (A) H19 induced ...")
    # a therapeutic target named in a title is no hedge on the figure
    assert figure_hedge("Brain Leukocytes as the Potential Therapeutic Target for Post-COVID-19 Brain Fog", "") is None


MACROLIDES = "PMC10039885__41467_2023_37288_Fig1_HTML"


def test_a_slash_list_before_biosynthetic_pathway_is_no_signalling_chain() -> None:
    found = one(MACROLIDES, "a The late pikromycin")
    # "a The late pikromycin/(neo)methymycin biosynthetic pathway in which the glycosyltransferase-mediated sugar
    # attachment precedes the P450-catalyzed hydroxylation."
    assert not any(r.rule == "chain" for r in found.relations)


def test_an_opening_in_phrase_names_a_setting_not_a_subject() -> None:
    found = one(ONE_CARBON, "In Mycobacterium tuberculosis")
    # "In Mycobacterium tuberculosis MTB) infected MΦs, independent of vitamin B12, the pathogen can bypass the
    # one-carbon metabolic pathway to synthesize methionine and SAM through homoserine, ..."
    assert not any(r.subject == "caption:mphi" for r in found.relations)


def test_an_enzyme_derived_molecule_is_made_by_it_and_a_protease_derived_fragment_is_cut() -> None:
    found = run(record(FERROPTOSIS), "CBS-derived H2S enhances the activity of Sp1.")
    assert has(found, "CBS", "increases", "H2S")
    assert has(found, "H2S", "activates", "Sp1")


def test_target_genes_a_factor_is_said_to_include_are_regulated_by_it() -> None:
    found = run(record(RA_MACROPHAGES), "RFX5 target genes include GLUD1 and CIITA.")
    assert has(found, "RFX5", "regulates", "GLUD1")
    assert has(found, "RFX5", "regulates", "CIITA")


def test_poisoning_inhibits_and_a_disruption_composes_through_the_poisoned() -> None:
    found = one(ONE_CARBON, "In M1-MΦs, elevated nitric oxide")
    # "In M1-MΦs, elevated nitric oxide (NO) poisons vitamin B12 causing deactivation of MTR and the disruption of
    # one-carbon metabolism, resulting in reduced Met and SAM for histones/DNA methylation."
    assert has(found, "nitric oxide", "inhibits", "vitamin B12")
    assert has(found, "vitamin B12", "activates", "MTR")
    assert has(found, "vitamin B12", "activates", "one-carbon metabolism")
    assert not has(found, "vitamin B12", "inhibits", "MTR")


def test_a_verb_with_an_unknown_object_shares_nothing_with_the_next_verb() -> None:
    found = run(record(FERROPTOSIS), "NCOA4 can recognize ferritin and mediate ferritinophagy.")
    assert not has(found, "NCOA4", "binds", "ferritinophagy")
    assert has(run(record(FERROPTOSIS), "TRAF6 binds to and activates TAK1."), "TRAF6", "binds", "TAK1")
