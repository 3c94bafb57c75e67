"""Wider trigger, mention and sentence coverage, each checked on a real caption sentence."""

from __future__ import annotations

from relation_support import has, one, passage, record, relation, run, sentence

INFLAMMASOME_LIVER = "PMC10030845__fimmu-14-1150879-g002"
THBS1 = "PMC5136495__cdd201689f8"
MYRICETIN = "PMC10031108__fphar-14-1134464-g009"
CMT = "PMC3514635__gr4"
PANCREATITIS = "PMC10034053__fonc-13-1151103-g002"
CSR = "PMC2660918__rstb20080196f02"


def test_exacerbate_is_a_positive_trigger_and_prefixed_acronyms_are_names() -> None:
    found = one(THBS1, "This protective pathway is disrupted")
    assert has(found, "THBS1", "inhibits", "apoptosis")  # loss of THBS1 expression, exacerbating ... apoptosis
    found = one(INFLAMMASOME_LIVER, "In ConA-induced mice, mtROS can activate")
    assert has(found, "mtROS", "activates", "NLRP3")


def test_protects_from_is_negative() -> None:
    found = one(THBS1, "Palmitate-induced PERK/NRF2 signaling protects")
    assert has(found, "NRF2", "inhibits", "oxidative stress")
    assert has(found, "palmitate", "activates", "PERK")


def test_sentence_initial_word_before_a_trigger_verb_is_a_participant() -> None:
    base = record(MYRICETIN)
    found = run(base, "", base.title)
    assert has(found, "Myricetin", "inhibits", "brain damage")


def test_title_case_and_numbered_symbols() -> None:
    found = one(CMT, "SH3TC2 regulates endosomal recycling")
    assert has(found, "Rab11", "regulates", "endosomal recycling")  # "together with Rab11" shares the subject role
    assert has(found, "Rab4", "regulates", "membrane traffic")
    assert not has(found, "SH3TC2", "regulates", "Rab11")
    found = one(CSR, "In the predominant NHEJ pathway")
    assert has(found, "Ku70", "activates", "DNA-PKcs")


def test_panel_label_starts_a_sentence_in_a_run_on_caption() -> None:
    base = record(PANCREATITIS)
    found = run(base)
    assert has(found, "STAT5", "activates", "chronic pancreatitis")
    assert not has(found, "NF-κB", "activates", "GM-CSF")


def test_process_phrases_with_new_heads_but_not_group_descriptors() -> None:
    found = one(CMT, "MFN2 and GDAP regulate")
    assert has(found, "GDAP", "regulates", "mitochondrial axonal transport")
    assert has(found, "MFN2", "regulates", "mitochondrial dynamics")
    base = record(CMT)
    title = run(base, "", "Intracellular trafficking proteins involved in CMT neuropathy")
    assert not title.relations


def test_binding_mediators_and_complexes_between_give_binding() -> None:
    found = one("PMC100005__mb2410575011", "A ternary complex between")
    assert has(found, "aPKC", "binds", "src")
    assert has(found, "src", "binds", "p62")
    assert not has(found, "src", "activates", "p62")


def test_opening_when_clause_ends_at_its_comma_and_class_nouns() -> None:
    found = one("PMC3304603__kjhep-16-376-g001", "When stimulated by norepinephrine")
    assert has(found, "catecholamines", "activates", "β-adrenergic receptor")
    assert not has(found, "norepinephrine", "activates", "catecholamines")
    assert not has(found, "catecholamines", "binds", "G-protein")


def test_hyphen_pair_symbol_which_clause_and_infinitive_after_through() -> None:
    found = one("PMC2064395__jcb1741047f09", "NK-B, which is expressed")
    assert has(found, "NK-B", "activates", "NK receptors")
    assert has(found, "NK receptors", "increases", "cAMP") and has(found, "NK-B", "increases", "cAMP")
    assert has(found, "NK receptors", "inhibits", "Ca2+")
    assert not has(found, "erythroid cells", "activates", "NK receptors")


def test_heading_before_a_colon_is_not_a_cause() -> None:
    base = record("PMC10034405__fpls-14-1091644-g010")
    found = run(base, passage(base, "(B) Salicylic acid pathway", "SA accumulation."))
    assert has(found, "GI", "binds", "PAD4")
    assert not has(found, "salicylic acid", "activates", "GI")


def test_sentence_initial_agent_with_an_adverb() -> None:
    found = one("PMC10034056__fendo-14-1109296-g003", "Bifidobacterium mainly produces")
    assert has(found, "Bifidobacterium", "increases", "SCFA")
    found = one("PMC10034056__fendo-14-1109296-g003", "Eq also decreases")
    assert has(found, "Eq", "inhibits", "RANKL")


def test_numbered_siblings_with_a_slash_are_not_a_chain() -> None:
    base = record("PMC10035050__fnut-10-1098715-g006")
    found = run(base, "", base.title)
    assert not has(found, "GPR41", "activates", "GPR43")
    assert has(found, "sodium acetate", "regulates", "milk fat synthesis")


def test_relative_clause_subject_continues_after_and() -> None:
    found = one(INFLAMMASOME_LIVER, "Activated caspase-1 cleaves GSDMD")
    assert has(found, "GSDMD", "activates", "pyroptosis")
    assert not has(found, "caspase-1", "activates", "pyroptosis")


def test_it_takes_the_previous_sentence_subject() -> None:
    base = record(INFLAMMASOME_LIVER)
    found = run(base, passage(base, "Dimethyl fumarate can reduce", "NLRP3 inflammasome."))
    assert has(found, "fumarate", "activates", "PKA")
    assert has(found, "fumarate", "phosphorylates", "NLRP3")
    assert not has(found, "mtROS", "inhibits", "PKA")


def test_reversing_after_thereby_composes() -> None:
    found = one(INFLAMMASOME_LIVER, "Bmsc-derived exosomes")
    assert has(found, "miR-223", "inhibits", "NLRP3")
    assert has(found, "NLRP3", "activates", "hepatocyte injury")


def test_examples_of_an_event_noun_take_its_sign_after_a_condition() -> None:
    found = one("PMC2707780__nihms112197f1", "In response to pressure overload")
    assert has(found, "pressure overload", "increases", "endothelin-1")
    assert has(found, "pressure overload", "increases", "angiotensin II")


def test_cause_of_a_recruitment_translocates_the_cargo() -> None:
    found = one("PMC10031257__gr3", "In response to integrin activation")
    assert has(found, "integrin", "translocates", "PYK2")
    assert not has(found, "integrin", "activates", "PYK2")


def test_chemical_prefix_words_join_the_chemical() -> None:
    found = one(INFLAMMASOME_LIVER, "Dimethyl fumarate can reduce")
    assert has(found, "Dimethyl fumarate", "decreases", "mtROS")


def test_signed_mediator_and_agent_before_an_adjective() -> None:
    base = record("PMC10035050__fnut-10-1098715-g006")
    found = run(base, "", base.title)  # "... through the activation of GPR41/GPR43 signaling pathway"
    assert has(found, "sodium acetate", "activates", "GPR41") and has(found, "sodium acetate", "activates", "GPR43")
    assert has(found, "GPR43", "regulates", "milk fat synthesis")
    base = record("PMC10034769__fphar-14-1067402-g009")
    found = run(base, "", base.title)  # "... ferroptosis in LPS-induced acute lung injury in mice by upregulating ..."
    assert has(found, "LPS", "activates", "lung injury")
    assert has(found, "HO-1", "inhibits", "ferroptosis")
    assert not has(found, "HO-1", "activates", "lung injury")


def test_unknown_lower_case_in_words_inside_a_protein_list_are_proteins() -> None:
    found = one("PMC10031257__gr3", "In response to integrin activation")
    assert has(found, "vinculin", "binds", "talin")
    assert has(found, "FAK", "binds", "vinculin")


def test_agent_suffix_before_an_apposition_head_and_greek_symbols() -> None:
    found = one(CSR, "ATM and ATM-dependent factors")
    assert has(found, "ATM", "activates", "γH2AX") and has(found, "ATM", "activates", "53BP1")
    assert has(found, "γH2AX", "activates", "NHEJ")


def test_entity_anaphor_takes_the_subject_and_cell_cycle_phases_join_phrases() -> None:
    found = one("PMC4199664__nihms534003f1", "MDM2, a regulatory protein")
    assert has(found, "MDM2", "decreases", "p53")  # "that ubiquitinates p53, targeting it for degradation"
    assert has(found, "p53", "regulates", "MDM2")  # "this regulatory protein is ... regulated by p53"
    found = one("PMC4199664__nihms534003f1", "Most other molecular lesions")
    assert any(m == "G1/S cell cycle checkpoint" for e in found.entities for m in e.mentions) or has(
        found, "Rb", "regulates", "G1/S cell cycle checkpoint")


def test_recruited_cargo_is_the_cause_after_a_complex_description() -> None:
    found = one("PMC10031257__gr3", "In response to integrin activation")
    assert has(found, "FAK", "activates", "PI3K") and has(found, "PYK2", "activates", "MAPK")
    assert not has(found, "paxillin", "activates", "PI3K")


def test_metabolism_of_a_chemical_is_a_process_and_targeted_is_an_adjective() -> None:
    found = one(CMT, "Myotubularin-related proteins")
    assert has(found, "MTMR2", "regulates", "PI metabolism") and has(found, "FIG4", "regulates", "PI metabolism")
    assert not has(found, "FIG4", "regulates", "PI")


def test_accumulating_in_a_compartment_is_a_move() -> None:
    found = one("PMC5822808__JIR2018-3696914.001", "(b) Unphosphorylated YAP and TAZ")
    assert has(found, "YAP", "translocates", "nucleus") and has(found, "TAZ", "translocates", "nucleus")
    assert not has(found, "YAP", "translocates", "TEAD")


def test_infinitive_after_coupling_takes_both_partners_and_hyphenated_process_words() -> None:
    found = one("PMC3304603__kjhep-16-376-g001", "When stimulated by norepinephrine")
    assert has(found, "β-adrenergic receptor", "activates", "adenylate cyclase")
    assert has(found, "G-protein", "activates", "adenylate cyclase")
    found = one("PMC3304603__kjhep-16-376-g001", "Heart-cell contractility")
    assert has(found, "β-adrenergic receptor", "regulates", "contractility")


def test_mixed_case_symbol_before_an_agent_suffix() -> None:
    found = one(INFLAMMASOME_LIVER, "An rhil-1ra can eliminate")
    assert has(found, "ConA", "activates", "hepatitis")


def test_list_before_a_chain_ends_before_it_and_bound_ligands_are_no_complex() -> None:
    found = one("PMC10030580__fimmu-14-1122057-g002", "The binding of growth factors")
    assert has(found, "PI3K", "activates", "AKT") and has(found, "AKT", "activates", "STATs")
    assert has(found, "cytokines", "activates", "PI3K")
    assert not has(found, "growth factors", "binds", "cytokines")


def test_a_chain_named_as_a_setting_is_still_a_chain() -> None:
    found = one("PMC10030587__fphar-14-1130747-g002", "In the PI3K/AKT/mTOR/SREBP1 pathway")
    assert has(found, "PI3K", "activates", "AKT") and has(found, "mTOR", "activates", "SREBP1")


DC = "PMC10030510__fimmu-14-1140749-g004"


def test_this_signaling_pathway_takes_the_previous_subject_and_which_in_turn_lists() -> None:
    base = record(DC)
    found = run(base, passage(base, "(A) TBK1", "DC activation."))
    assert has(found, "HK2", "activates", "glycolysis")
    assert has(found, "glycolysis", "activates", "lipid synthesis")
    assert not has(found, "HK2", "activates", "lipid synthesis")


def test_slash_pair_sharing_a_pathway_head_and_infinitive_after_a_list() -> None:
    found = one(DC, "TLR ligation triggers")
    assert has(found, "PI3K", "activates", "AKT") and has(found, "TLR", "activates", "mTOR")
    assert has(found, "AKT", "activates", "glycolysis")
    assert not has(found, "TLR", "activates", "AKT")


def test_opening_concession_keeps_its_negation_and_mediated_objects() -> None:
    found = one(DC, "While activated cDCs")
    assert has(found, "IFN", "activates", "HIF-1α") and has(found, "IFN", "activates", "glycolytic reprogramming")


def test_residue_sites_are_not_participants() -> None:
    found = one("PMC5854428__ppat.1006839.g001", "As a result, STAT3 is phosphorylated")
    assert has(found, "STAT3", "translocates", "nucleus")
    assert not any(e.name == "pY705" for e in found.entities)


def test_plural_mutations_list_genes_and_drug_resistance_phrases() -> None:
    base = record("PMC10028837__nihpp-2023.03.03.530734v1-f0009")
    found = run(base, sentence(base, "Mutations in vraF"))
    assert has(found, "vraF", "increases", "OX resistance") and has(found, "vraG", "increases", "OX resistance")
    found = run(base, sentence(base, "Metabolic reprogramming"))
    assert has(found, "Metabolic reprogramming", "increases", "β-lactam resistance")


def test_linked_to_a_stated_event_points_back_and_no_cause_after_a_semicolon() -> None:
    found = one("PMC6791490__ehp-127-095001-g0003", "Adverse outcome pathways")
    assert has(found, "TPO", "inhibits", "follicular cell tumors")
    assert not has(found, "follicular cell tumors", "inhibits", "TPO")
    assert not has(found, "TPO", "inhibits", "TH")


def test_plural_noun_before_an_ing_verb_is_its_subject() -> None:
    found = one("PMC5854428__ppat.1006839.g001", "STAT3 can be activated")
    assert not has(found, "STAT3", "binds", "G-protein")


def test_lower_case_symbol_after_a_hyphen_and_stimuli_before_induced() -> None:
    base = record("PMC100005__mb2410575011")
    found = run(base, "", base.title)  # "Model for formation of TrkA–src-aPKC complexes"
    assert not has(found, "TrkA", "activates", "src")


def _bare() -> object:
    import dataclasses

    return dataclasses.replace(record(CMT), genes=[], chemicals=[], diseases=[])


def test_where_it_continues_the_clause_subject() -> None:
    # published sentence: ERK signalling review text
    found = run(_bare(), "Activated ERK1/2 translocates to the nucleus where it phosphorylates multiple transcription "
                         "factors including Elk1, c-Myc, and c-Jun, leading to induction of genes required for cell "
                         "cycle progression and proliferation.")  # fmt: skip
    assert has(found, "ERK1/2", "translocates", "nucleus")
    assert has(found, "ERK1/2", "phosphorylates", "Elk1") and has(found, "ERK1/2", "phosphorylates", "c-Jun")


def test_its_receptor_binds_and_inner_lower_case_symbols() -> None:
    # published sentence: FGFR3 and growth plate signalling
    found = run(_bare(), "Additionally, overexpression of FGFR3 in chondrocytes suppresses expression of both PTHrP "
                         "and its receptor PTH1R, providing a dual mechanism by which FGFR3 hyperactivation disrupts "
                         "growth plate homeostasis.")  # fmt: skip
    assert has(found, "PTHrP", "binds", "PTH1R")
    assert has(found, "FGFR3", "decreases", "PTHrP") and has(found, "FGFR3", "decreases", "PTH1R")


def test_gerund_after_an_article_is_no_verb() -> None:
    found = one("PMC10033964__fpls-14-1114840-g002", "Nodule sucrose also fuels")
    assert not any(r.interaction == "decreases" for r in found.relations)  # "the reducing power"


def test_two_verbs_share_one_object_and_binding_keeps_an_unsigned_statement() -> None:
    found = one(CMT, "FGD4 associates with and regulates")
    assert has(found, "FGD4", "binds", "actin filaments") and has(found, "FGD4", "regulates", "actin filaments")
    found = one(CSR, "In the predominant NHEJ pathway")
    assert has(found, "Ku70", "binds", "DNA-PKcs")  # "recruits and activates DNA-PKcs"


def test_apposition_role_without_target_keeps_the_drug_as_subject() -> None:
    found = one("PMC3304603__kjhep-16-376-g001", "In CCM, the β-adrenergic")
    assert has(found, "dobutamine", "activates", "myocardial response", negated=True)
    assert not has(found, "β-adrenergic receptor", "activates", "dobutamine")


def test_past_tense_right_after_the_subject_is_a_verb_and_but_keeps_the_subject() -> None:
    # published sentence (PITAR study): a loss-of-function subject composes with both verbs
    found = run(_bare(), "At the protein level, PITAR silencing decreased TRIM28 levels but increased p53 and p21 levels.")
    assert has(found, "PITAR", "increases", "TRIM28")
    assert has(found, "PITAR", "decreases", "p53") and has(found, "PITAR", "decreases", "p21")


def test_translocation_noun_with_a_destination_and_er_stress() -> None:
    # published sentence: berberine review text
    found = run(_bare(), "Downstream of AMPK activation, berberine has been shown to promote GLUT4 translocation to the "
                         "plasma membrane in muscle and adipose cells.")  # fmt: skip
    assert has(found, "GLUT4", "translocates", "plasma membrane")


def test_receptors_on_cells_name_a_place_not_a_cause() -> None:
    # published sentence: ketamine mechanism summary
    found = run(record("aps-ketamine-synapse.txt"), "Ketamine blocks NMDA receptors on GABAergic interneurons, "
                "disinhibiting a glutamate surge whose AMPA-mediated cascade drives rapid synaptogenesis.")  # fmt: skip
    assert has(found, "ketamine", "inhibits", "NMDA receptors")
    assert not any(r.subject.startswith("caption:gabaergic") for r in found.relations)


def test_enzyme_converting_to_a_product_also_increases_it() -> None:
    found = one(INFLAMMASOME_LIVER, "Activated caspase-1 also cleaves")
    assert has(found, "caspase-1", "converts", "pro-IL-1β") and has(found, "caspase-1", "increases", "IL-1β")
    base = record("PMC10028837__nihpp-2023.03.03.530734v1-f0001")
    found = run(base, "", base.title)  # "... (Pgl), that converts 6-P-gluconololactone to gluconate-6-P"
    assert has(found, "6-P-gluconololactone", "converts", "gluconate-6-P")


def test_target_of_points_back() -> None:
    found = one("PMC4199664__nihms534003f1", "Several direct transcriptional")
    assert not has(found, "p53", "inhibits", "glioma")


def test_class_noun_with_examples_names_its_members_only() -> None:
    found = one("PMC5854428__ppat.1006839.g001", "Additionally, STAT3 can be phosphorylated")
    assert has(found, "MAPK", "activates", "STAT3") and has(found, "PKCδ", "activates", "STAT3")
    assert not any(e.name == "kinases" for e in found.entities if e.key in {r.subject for r in found.relations})


def test_where_it_is_no_object_and_plural_anaphor_needs_a_group() -> None:
    base = record("PMC5854428__ppat.1006839.g001")
    found = run(base, passage(base, "With the exception", "cellular processes."))
    assert has(found, "STAT3", "translocates", "nucleus")
    assert not has(found, "STAT3", "translocates", "JAKs")


SECRETASE = "PMC6943888__40035_2019_179_Fig1_HTML"


def test_cleavage_then_generation_gives_substrate_product_and_enzyme_product() -> None:
    found = one(SECRETASE, "δ-secretase cleaves APP")
    assert has(found, "APP", "converts", "Aβ") and has(found, "δ-secretase", "increases", "Aβ")
    assert not has(found, "APP", "increases", "Aβ")
    found = one(SECRETASE, "δ-secretase also cleaves α-synuclein")
    assert not has(found, "δ-secretase", "increases", "α-synuclein")


def test_substrate_and_product_nominalisations_and_greek_names_before_derived() -> None:
    found = one(SECRETASE, "Furthermore, α-synuclein (1–103) fragment")
    assert has(found, "dopamine", "converts", "DOPEL")
    found = one(SECRETASE, "δ-secretase-derived SET fragments")
    assert has(found, "δ-secretase", "converts", "SET")


PROSTACYCLIN = "PMC3353798__zh40041202710006"


def test_and_subsequently_chains_the_targets() -> None:
    found = one(PROSTACYCLIN, "Increases in cAMP activate PKA")
    assert has(found, "cAMP", "activates", "PKA") and has(found, "PKA", "activates", "CFTR")


def test_ligand_receptor_phrase_and_back_connective_skips_a_place() -> None:
    base = record(PROSTACYCLIN)
    found = run(base, sentence(base, "Proposed signaling pathway"))
    assert has(found, "prostacyclin receptor", "increases", "ATP")
    assert not has(found, "prostacyclin", "activates", "erythrocytes")


def test_a_modal_hedges_only_what_follows_it() -> None:
    from relation_support import relation

    found = one("PMC2707780__nihms112197f1", "Specifically, ERK MAPK phosphorylates")
    assert not relation(found, "ERK", "phosphorylates", "Elk-1").hedged  # "targets that may contribute to ..."
    found = one(CSR, "The Mre11 complex may be involved")
    assert relation(found, "Mre11", "activates", "ATM").hedged


def test_moving_into_a_compartment_is_a_move_and_negation_holds() -> None:
    found = one("PMC10034405__fpls-14-1091644-g010", "The dimerized form of NPR1")
    assert has(found, "NPR1", "translocates", "nucleus", negated=True)


def test_binds_to_and_activates_and_acetylation_verbs() -> None:
    # published sentences (review texts)
    found = run(_bare(), "Each cAMP molecule binds to and activates a protein kinase A (PKA).")
    assert has(found, "cAMP", "binds", "PKA") and has(found, "cAMP", "activates", "PKA")
    found = run(_bare(), "SIRT1 deacetylates PGC-1α during fasting and caloric restriction in the liver.")
    assert has(found, "SIRT1", "regulates", "PGC-1α")


def test_holder_of_an_effect_is_no_target() -> None:
    found = one("PMC321618__zii0020410930007", "Statins and bacterial infection")
    assert not any(r.object.startswith("caption:statin") for r in found.relations)


def test_microrna_names_and_sponging() -> None:
    # published sentences (titles and summaries of lncRNA/circRNA studies)
    found = run(_bare(), "MALAT1 sponges miR-204 and releases SIRT1 in HCC models.")
    assert has(found, "MALAT1", "inhibits", "miR-204") and has(found, "MALAT1", "increases", "SIRT1")
    found = run(_bare(), "CircHIPK3 sponges miR-558 to suppress heparanase expression in bladder cancer cells.")
    assert has(found, "CircHIPK3", "inhibits", "miR-558")


def test_slash_listed_stimuli_before_induced_are_no_chain() -> None:
    base = record("PMC2663056__pcbi.1000340.g003")
    found = run(base, "", base.title)  # "... Crosstalk in TNF/EGF/Insulin-Induced Signaling."
    assert not has(found, "TNF", "activates", "EGF") and not has(found, "EGF", "activates", "insulin")


def test_class_agent_with_examples_gives_the_members() -> None:
    found = one(PANCREATITIS, "Upon phosphorylation of IκBs by kinases")
    assert has(found, "IκB kinase", "phosphorylates", "IκBs")
    assert not any(e.name == "kinases" for e in found.entities if e.key in {r.subject for r in found.relations})
    found = run(_bare(), "Cytokines such as IL-1β and TNF-α activate NF-κB.")  # the README's apposition rule
    assert not any(r.subject.startswith("caption:cytokine") for r in found.relations)


def test_loss_of_function_adjectives_compose() -> None:
    # published sentences (gene summaries)
    found = run(_bare(), "CLEC16A-deficient mice show reduced AIRE expression in thymic epithelium.")
    assert has(found, "CLEC16A", "increases", "AIRE")
    found = run(_bare(), "CGRP-deficient mice show reduced bone formation rates and impaired fracture healing.")
    assert not has(found, "CGRP", "decreases", "bone formation")


def test_the_product_is_the_antecedent_of_which() -> None:
    # published sentence (mechanotransduction review)
    found = run(_bare(), "PI3K converts PIP2 to PIP3, which activates PDK1, which phosphorylates Akt (PKB) at T308.")
    assert has(found, "PIP2", "converts", "PIP3") and has(found, "PI3K", "increases", "PIP3")
    assert has(found, "PIP3", "activates", "PDK1") and has(found, "PDK1", "phosphorylates", "Akt")
    assert not has(found, "PIP2", "activates", "PDK1")


VRA = "PMC10028837__nihpp-2023.03.03.530734v1-f0009"


def test_implicated_in_gives_regulation_and_controlled_agents() -> None:
    found = one(VRA, "Previous studies have implicated")
    assert has(found, "VraFG", "regulates", "dltABCD") and has(found, "GraRS", "regulates", "mprF")
    found = one(VRA, "Metabolic reprogramming")
    assert has(found, "VraFG", "regulates", "WTA") and has(found, "GraRS", "regulates", "LTA")


def test_role_class_names_split_into_target_and_role() -> None:
    # published sentence (LZTR1 cardiomyopathy summary)
    found = run(_bare(), "Dominant LZTR1 mutations increase MRAS/RIT1/KRAS expression and activate MAPK in hearts of "
                         "knock-in mice; the MEK inhibitor trametinib reversed cardiac hypertrophy.")  # fmt: skip
    assert has(found, "trametinib", "inhibits", "MEK")


PROSTACYCLIN = "PMC3353798__zh40041202710006"
HOLOBIONT = "PMC10033964__fpls-14-1114840-g002"
DC_METABOLISM = "PMC10030510__fimmu-14-1140749-g002"


def test_short_g_protein_alpha_names_are_participants() -> None:
    found = one(PROSTACYCLIN, "Exposure of human erythrocytes")
    assert has(found, "Gs", "increases", "cAMP")  # "results in activation of Gs, leading to increases in cAMP"


def test_passive_move_and_conversion_verbs_take_the_preposition_target() -> None:
    found = one(HOLOBIONT, "The resulting NH4+")
    assert has(found, "NH4+", "translocates", "plant cells")  # "NH4+ is delivered to the plant cells"
    assert not has(found, "plant cells", "translocates", "NH4+")
    found = one(DC_METABOLISM, "Pyruvate produced by glycolysis")
    assert has(found, "pyruvate", "converts", "lactate")  # "can be partially oxidized to lactate"
    assert not has(found, "lactate", "converts", "pyruvate")


def test_fuels_is_a_positive_trigger_and_a_verb_does_not_open_a_process_phrase() -> None:
    found = one(HOLOBIONT, "Nodule sucrose also fuels")
    assert has(found, "sucrose", "activates", "oxidative pentose phosphate pathway")
    found = one(DC_METABOLISM, "Reactions in the cycle")
    assert not any("support" in m for e in found.entities for m in [e.name, *e.mentions])


IK_CHANNELS = "PMC2614587__zh40110885470010"
COVID_VESSELS = "PMC10036296__gr1_lrg"


def test_a_dependent_stimulus_is_no_step_after_the_by_agent() -> None:
    found = one(IK_CHANNELS, "Diagram representing")
    assert has(found, "MAPKs", "regulates", "IK1") and has(found, "PI3K", "regulates", "IK")
    assert not has(found, "MAPKs", "activates", "IGF-I") and not has(found, "PI3K", "activates", "IGF-I")


def test_a_process_word_naming_a_group_and_a_distant_mediator_give_no_edges() -> None:
    found = one(COVID_VESSELS, "Activation of the clotting cascade")
    assert not any(name == "adhesion" for e in found.entities for name in [e.name, *e.mentions])
    found = one(COVID_VESSELS, "Downregulation of ACE2 activity")
    assert not has(found, "apoptosis", "decreases", "ACE2") and not has(found, "apoptosis", "increases", "kallikrein")


def test_recombinant_human_protein_names_in_lower_case() -> None:
    found = one(INFLAMMASOME_LIVER, "An rhil-1ra can eliminate")
    assert has(found, "rhil-1ra", "decreases", "mtROS") and has(found, "rhil-1ra", "inhibits", "hepatitis")


CELL_WALL = "PMC10028837__nihpp-2023.03.03.530734v1-f0001"


def test_nucleotide_sugar_names_are_whole_chemicals() -> None:
    found = one(CELL_WALL, "Fosfomycin (FOS) targets MurA")
    assert has(found, "UDP-GlcNAc", "converts", "UDP-MurNAc")  # "the conversion of UDP-GlcNAc to UDP-MurNAc"
    assert not has(found, "UDP-GlcNAc", "converts", "UDP")


def test_processes_named_after_the_chemical_they_act_on() -> None:
    found = one(HOLOBIONT, "Despite the fact that nitrogen fixation")
    assert has(found, "nitrogen fixation", "increases", "NH4+")
    assert not has(found, "nitrogen", "increases", "NH4+")


def test_cycles_and_oxidations_named_after_a_chemical_are_processes() -> None:
    found = one(DC_METABOLISM, "The TCA cycle can also be powered")
    assert has(found, "fatty acid oxidation", "activates", "TCA cycle")  # "powered by fatty acids through fatty acid oxidation"
    assert has(found, "glutaminolysis", "activates", "TCA cycle")
    assert not has(found, "fatty acids", "converts", "fatty acid")


def test_a_passive_after_a_bare_noun_is_no_condition_on_the_clause() -> None:
    found = one(DC_METABOLISM, "Electrons released by glycolysis")
    assert not has(found, "glycolysis", "activates", "ATP") and not has(found, "TCA cycle", "activates", "ATP")


def test_a_partner_of_a_moved_cargo_moves_too() -> None:
    base = record(HOLOBIONT)
    found = run(base)  # "AAs" is defined earlier in the caption
    assert has(found, "amino acids", "translocates", "roots")  # "Sucrose is delivered to the roots together with AAs"
    assert not has(found, "amino acids", "translocates", "sucrose")


def test_peptide_names_and_consequent_processes() -> None:
    found = one(COVID_VESSELS, "Downregulation of ACE2 activity")
    assert has(found, "kallikrein", "activates", "bradykinin")  # "the kallikrein-bradykinin pathway"
    found = one(COVID_VESSELS, "The diseased endothelium")
    assert has(found, "vascular leakage", "activates", "ischemia")  # "with consequent vascular leakage ... that induce"


def test_the_agent_of_a_passive_conversion_acts_on_the_substrate() -> None:
    found = one(HOLOBIONT, "Atmospheric N2 is fixed")
    assert has(found, "N2", "converts", "NH3") and has(found, "nitrogenase", "converts", "N2")
    assert relation(found, "nitrogenase", "increases", "NH3").rule == "enzyme_product"  # and makes the product
    # the same reading whatever OCR entities the record has (here another figure's)
    other = run(record("PMC10034032__fpls-14-1091077-g006"), sentence(record(HOLOBIONT), "Atmospheric N2 is fixed"))
    assert relation(other, "nitrogenase", "increases", "NH3").rule == "enzyme_product"


def test_fc_receptor_chain_names_in_a_complex() -> None:
    base = record("PMC1971124__pbio.0050248.g004")
    found = run(base, "", base.title)  # "BDCA2/FcERIG Complex Signals through a Novel BCR-Like Pathway"
    assert has(found, "BDCA2", "binds", "FcERIG")


def test_an_unresolved_pronoun_subject_and_a_where_clause_take_no_earlier_names() -> None:
    found = one(DC_METABOLISM, "Pyruvate produced by glycolysis")
    assert not has(found, "NADH", "translocates", "mitochondria")  # "..., or it can be translocated into the mitochondria"
    found = one(DC_METABOLISM, "Electrons released by glycolysis")
    assert not has(found, "glycolysis", "regulates", "OXPHOS")  # "..., where ATP is produced through OXPHOS"


def test_a_passive_product_made_through_a_process() -> None:
    found = one(DC_METABOLISM, "Electrons released by glycolysis")
    assert has(found, "oxidative phosphorylation", "increases", "ATP")  # "where ATP is produced through OXPHOS"


def test_processes_joined_by_a_slash_are_no_chain() -> None:
    base = record("PMC100028__ii1110348001")
    found = run(base)  # "enzymes of the glycolysis/gluconeogenesis pathway and TCA cycle"
    assert not has(found, "glycolysis", "activates", "gluconeogenesis")


def test_acting_upstream_of_a_protein_regulates_it() -> None:
    base = record("PMC5138034__elife-19662-fig8-figsupp1")
    found = run(base, passage(base, "Src42A is upstream", "of Dome") + ".")
    # "... to formally show that Src42A is upstream of Dome.": the clause
    assert has(found, "Src42A", "regulates", "Dome")


def test_a_metabolite_abbreviation_is_converted_by_its_enzyme() -> None:
    found = one("PMC12150400__research.0728.fig.001", "Kyn can be converted to KYNA")
    # "Kyn can be converted to KYNA by KAT, AA by KYNU, or 3-HK by KMO."
    assert has(found, "Kyn", "converts", "KYNA") and has(found, "KAT", "converts", "Kyn")


def test_a_product_after_the_agent_of_a_passive_conversion() -> None:
    found = one("PMC3662353__cshperspectmed-HMG-013433_F4", "Within the macrophage")
    # "Within the macrophage, heme is released from globin and degraded by HO-1 into bilirubin and carbon monoxide (CO)."
    assert has(found, "heme", "converts", "bilirubin") and has(found, "HO-1", "increases", "carbon monoxide")
    assert has(found, "HO-1", "converts", "heme")


def test_what_is_taken_up_by_a_transporter_is_moved_by_it() -> None:
    base = record("PMC3039927__cshperspect-CAL-004069_F1")
    # the caption's "... allows for Ca2+ entry from the extracellular milieu into the cytoplasm, where it is taken up
    # by SERCA into the ER lumen", with a verb for the entry (the caption's own "it" is left to the anaphor rules)
    found = run(base, "Ca2+ enters the cytoplasm, where it is taken up by SERCA into the ER lumen.")
    assert has(found, "SERCA", "translocates", "Ca2+")


def test_names_before_on_and_a_cell_are_where_they_are() -> None:
    found = one("PMC4978554__theoncologist_15523_f2", "However, activated tumor-infiltrating T cells")
    # "..., and binding of PD-1 to its ligands, PD-L1 and PD-L2, on tumor cells can inhibit antitumor immune
    # responses (B).": the tumor cells are where the ligands are, not a cause
    assert not any(has(found, "tumor cells", kind, name) for kind in ("activates", "inhibits")
                   for name in ("PD-L1", "PD-L2", "PD-1", "antitumor immune responses"))
    assert has(found, "PD-L1", "inhibits", "antitumor immune responses")


def test_the_drug_an_event_is_brought_about_with_is_its_agent() -> None:
    # the construction "inhibition of X with <drug>" on a record of this pathway (no fixture caption has it)
    base = record("PMC8104964__elife-65856-fig1-figsupp4")
    found = run(base, "Inhibition of mTOR with rapamycin induces autophagy, and activation of AMPK with AICAR inhibits mTOR.")
    assert has(found, "rapamycin", "inhibits", "mTOR") and has(found, "AICAR", "activates", "AMPK")
    interaction = run(base, "The interaction of p53 with MDM2 promotes p53 degradation.")
    assert has(interaction, "p53", "binds", "MDM2") and not has(interaction, "MDM2", "activates", "p53")


def test_terminating_a_signal_is_a_negative_verb() -> None:
    base = record("PMC8104964__elife-65856-fig1-figsupp4")
    found = run(base, "SOCS3 inhibits JAK2 and thereby terminates STAT3 signaling.")
    # the inhibited kinase no longer acts on what it activated
    assert has(found, "SOCS3", "inhibits", "JAK2") and has(found, "JAK2", "activates", "STAT3")
    assert not has(found, "JAK2", "inhibits", "STAT3")


def test_metabolic_steps_by_cyclization_precursors_and_breakdown() -> None:
    sterols = "PMC3140686__cshperspect-LIP-004713_F4"
    found = one(sterols, "The four-ring sterol backbone")
    # "... to generate squalene, which is cyclized to form lanosterol, the first sterol in the pathway."
    assert has(found, "squalene", "converts", "lanosterol")
    precursor = one(sterols, "Cholesterol serves as a precursor")
    # "Cholesterol serves as a precursor for other bioactive sterols, such as steroid hormones and oxysterols."
    assert has(precursor, "cholesterol", "converts", "oxysterols")
    breakdown = one("PMC3536334__cshperspect-CSD-008789_F3", "PTEN breaks down")
    assert has(breakdown, "PTEN", "decreases", "PIP3")


def test_recruited_cells_move_and_do_not_bind() -> None:
    found = one("PMC7905385__gr1b_lrg", "While the chemokines recruit")
    # "While the chemokines recruit the lymphocyte and leukocyte to the site of inflammation"
    assert has(found, "chemokines", "translocates", "lymphocyte") and has(found, "chemokines", "translocates", "leukocyte")
    assert not has(found, "chemokines", "binds", "leukocyte")


def test_a_binding_protein_named_after_its_ligand_is_no_binding() -> None:
    found = one("PMC3839599__cshperspectmed-SKN-017772_F3", "Notch also promotes RA signaling")
    # "... by inducing the expression of retinol-binding proteins such as CRABP2, FABP5, and CRBP-1"
    assert has(found, "Notch", "activates", "CRABP2") and has(found, "Notch", "activates", "FABP5")
    assert not has(found, "Notch", "binds", "CRABP2")


def test_members_of_a_complex_bind_each_other() -> None:
    slashed = one("PMC3039931__cshperspect-IMS-002352_F2", "The central role of the CARD9/Malt1/Bcl10 complex")
    # "The central role of the CARD9/Malt1/Bcl10 complex in activating primarily the NF-κB pathway": no chain
    assert has(slashed, "CARD9", "binds", "Malt1") and has(slashed, "Malt1", "binds", "Bcl10")
    assert not has(slashed, "CARD9", "activates", "Malt1")
    complexed = one("PMC6276890__carcinbgq028f01_4c", "The cytosolic AhR is complexed by")
    # "The cytosolic AhR is complexed by two molecules of Hsp90, XAP2 and the co-chaperone p23"
    assert has(complexed, "AhR", "binds", "Hsp90") and has(complexed, "AhR", "binds", "p23")
    involving = one("PMC4355251__cshperspectmed-HFP-019612_F2", "The binding of fungi or β-glucan to Dectin-1")
    # "... recruits SYK to the two phosphorylated receptors, which leads to the formation of a complex involving
    # Card9, BCL10, and MALT1 (BCM)": the initials name the complex, not MALT1; SYK is no member
    assert has(involving, "Card9", "binds", "BCL10") and has(involving, "BCL10", "binds", "MALT1")
    assert not has(involving, "SYK", "binds", "Card9")


def test_partners_bound_to_form_a_complex_bind_each_other() -> None:
    found = one("PMC3579404__cshperspect-WNT-007955_F1", "In the absence of Wnt")
    # "In the absence of Wnt, GSK3 binds Axin and APC to form the β-catenin destruction complex"
    assert has(found, "GSK3", "binds", "Axin") and has(found, "Axin", "binds", "APC")


def test_a_moved_transcription_factor_brings_about_the_subsequent_transcription() -> None:
    found = one("PMC8145649__microorganisms-09-00958-g001", "Activation of the IMD pathway")
    # "Activation of the IMD pathway leads to the nuclear localization of the NF-κB transcription factor Relish and
    # subsequent transcription of genes, including Diptericin, Drosocin, ...": "the NF-κB transcription factor"
    # describes Relish, the pathway moves Relish, and Relish brings about the transcription
    assert has(found, "IMD", "translocates", "Relish") and not has(found, "IMD", "increases", "NF-κB")
    assert has(found, "Relish", "increases", "Diptericin") and has(found, "Relish", "increases", "Drosocin")


def test_a_cause_and_the_subsequent_event_it_brings_on() -> None:
    found = one("PMC2270408__RevDiabeticStud-04-209-007", "Oxidative stress and the subsequent activation")
    # "Oxidative stress and the subsequent activation of the JNK pathway induce nuclear translocation of Foxo1"
    assert has(found, "oxidative stress", "activates", "JNK")
    apoptosome = one("PMC4665079__cshperspect-SIG-006080_F2", "In the cytosol, cytochrome c")
    # "... cytochrome c binds to APAF1 and triggers its oligomerization": what it triggers is APAF1's
    assert has(apoptosome, "cytochrome c", "activates", "APAF1")


def test_esterification_is_a_conversion() -> None:
    found = run(record("PMC8174805__ajprenal.00045.2021_f001"), "Retinol is esterified into retinyl esters by the enzyme LRAT.")
    assert has(found, "retinol", "converts", "retinyl esters") and has(found, "LRAT", "increases", "retinyl esters")
