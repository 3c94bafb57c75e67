"""Constructions found while checking the reader on unseen captions (held-out part E), each on a real sentence."""

from __future__ import annotations

from relation_support import has, one, passage, record, run

from pfocr_net.relations import is_abbreviation_list, is_glossary

PCSC = "PMC10035756__fonc-13-1059441-g005"
PROSTAGLANDINS = "PMC10033690__41598_2023_31603_Fig1_HTML"


def test_a_list_of_names_with_abbreviations_states_no_relation() -> None:
    found = one(PCSC, "The figure demonstrates the hedgehog signaling pathway")
    assert found.relations == []  # "... APC regulator of the WNT signaling Pathway (APC), ... inhibitor of ... (IKK)"


def test_a_list_of_drugs_with_their_roles_is_no_abbreviation_list() -> None:
    # the drug-role apposition of test_relations ("Rapamycin, an mTOR inhibitor") in a list of abbreviated names
    text = ("Drugs: rapamycin (RAPA), an mTOR inhibitor, trametinib (TRAM), a MEK inhibitor, erlotinib (ERL), an "
            "EGFR inhibitor, and sorafenib (SOR).")
    assert not is_abbreviation_list(text)


def test_a_statement_over_abbreviated_names_is_no_abbreviation_list() -> None:
    text = ("PGH2 is converted to prostaglandin D2 (PGD2), prostaglandin E2 (PGE2), prostaglandin I2 (PGI2), "
            "prostaglandin F2α (PGF2α) and thromboxane A2 (TXA2) by respective synthases.")
    assert not is_abbreviation_list(text)
    found = one(PROSTAGLANDINS, "PGH2 is converted to")
    assert len(found.relations) >= 4


SIRTUINS = "PMC10034899__11010_2023_4714_Fig1_HTML"


def test_a_means_after_a_verb_without_participant_has_no_stale_target() -> None:
    found = one(SIRTUINS, "Intimal injury during vascular intervention")
    assert has(found, "DAMPs", "activates", "TLRs")  # "DAMPs which stimulate ... by activating TLRs and RAGE"
    assert has(found, "DAMPs", "activates", "RAGE")
    assert not any(has(found, m, i, "DAMPs") for m in ("TLRs", "RAGE") for i in ("increases", "activates"))


BRAIN_FOG = "PMC10034247__11064_2023_3912_Fig1_HTML"


def test_a_relative_clause_after_an_opening_list_takes_the_whole_list_and_a_second_list_is_no_object() -> None:
    found = one(BRAIN_FOG, "Antihistamines, statins, nonsteroidal")
    # "..., statins, nonsteroidal anti-inflammatory drugs (NSAIDs), antibiotics and anti-hypertensives, which inhibit
    # Kv1.3-channels, or antihistamines, antibiotics and corticosteroids, which stabilize mast cells, ..."
    assert has(found, "statins", "inhibits", "Kv1.3-channels")
    assert has(found, "NSAIDs", "inhibits", "Kv1.3-channels")
    assert not any(has(found, s, "inhibits", o) for s in ("statins", "NSAIDs", "antibiotics") for o in ("corticosteroids", "antibiotics"))


CIA = "PMC10031043__fgene-14-1152398-g001"
STIFFNESS = "PMC10031116__fmolb-10-1132353-g005"


def test_a_passive_far_after_a_comma_has_no_patient_among_the_names_before_it() -> None:
    found = one(CIA, "For example, ribonucleotide reductase")
    # "..., critical for S-phase cell cycle entry ..., contains a di-ferric center whose formation is mediated by GLRX3"
    assert not has(found, "GLRX3", "activates", "ribonucleotide reductase")
    assert not has(found, "GLRX3", "activates", "cell cycle")


def test_and_there_is_opens_a_new_clause() -> None:
    found = one(STIFFNESS, "Integrins can signal through")
    assert has(found, "Integrins", "activates", "FAK")  # "signal through pathways such as FAK, ILK and Hippo"
    assert has(found, "Integrins", "activates", "ILK")
    assert not has(found, "Integrins", "activates", "TGF-β")  # ", and there is crosstalk with the TGF-β pathway"


PD1 = "PMC10035551__fimmu-14-1029438-g001"


def test_on_after_a_named_complex_gives_its_place() -> None:
    found = one(PD1, "The presentation of antigen")
    # "... to the TCR complex on T cells activates T cells via the Zap70 and ERK/MAPK signaling pathways"
    assert has(found, "TCR", "activates", "T cells")
    assert has(found, "TCR", "activates", "Zap70")
    assert not has(found, "T cells", "activates", "Zap70")


PLATELETS = "PMC10031336__gr5"


def test_a_verb_after_and_with_a_new_unnamed_subject_does_not_take_the_last_subject() -> None:
    found = one(PLATELETS, "Thrombin stimulation at low concentration")
    # "... (NAADP) promoting SERCA3 stores mobilization and the second one activating phospholipase C ..."
    assert has(found, "NAADP", "activates", "SERCA3")
    assert not has(found, "NAADP", "activates", "phospholipase C")


UPR = "PMC10025411__fncel-17-1105247-g0001"


def test_an_opening_purpose_clause_ends_at_its_comma() -> None:
    found = one(UPR, "To mitigate ER stress")
    # "To mitigate ER stress, the IRE1 pathway also leads to XBP1 mRNA splicing to transcript ER chaperones ..."
    assert has(found, "IRE1", "increases", "XBP1")
    assert not any(has(found, "ER stress", i, "XBP1") for i in ("increases", "decreases", "activates", "inhibits"))


WENXIA = "PMC10033682__41598_2023_31924_Fig3_HTML"


def test_targets_of_inside_a_noun_phrase_states_nothing() -> None:
    found = one(WENXIA, "PPI network diagram")
    assert found.relations == []  # "PPI network diagram of targets of WFEA against lung adenocarcinoma."


def test_the_complement_of_act_as_is_no_subject_of_the_next_verb() -> None:
    found = one(SIRTUINS, "Increased sirtuins act as")
    # "Increased sirtuins act as oxidative stress scavenger and reduce oxygen radicals and decrease oxidative stress"
    assert not any(has(found, "oxidative stress", i, o) for i in ("decreases", "inhibits") for o in ("oxygen", "oxygen radicals"))


COVID_VESSELS = "PMC10036296__gr1_lrg"


def test_a_role_noun_takes_no_target_across_and() -> None:
    found = one(COVID_VESSELS, "Amplification loops")
    # "Amplification loops of the inflammatory response ensue, with overproduction of cytokines and immune mediators."
    assert not has(found, "inflammatory response", "activates", "cytokines")


ALFALFA = "PMC10034032__fpls-14-1091077-g006"


def test_examples_after_a_trailing_unnamed_noun_phrase_are_no_objects_of_the_verb() -> None:
    found = one(ALFALFA, "Moreover, SA induced")
    # "... to regulate WRKY22 to participate in the SA signaling pathway, including the NPR1-dependent pathway ..."
    assert has(found, "MAPK", "regulates", "WRKY22")
    assert not has(found, "MAPK", "regulates", "NPR1")


def test_a_conversion_through_successive_products() -> None:
    found = one(PROSTAGLANDINS, "Cyclooxygenases (COX) metabolize")
    # "Cyclooxygenases (COX) metabolize arachidonic acid first to prostaglandin G2 (PGG2) and then to prostaglandin H2"
    assert has(found, "arachidonic acid", "converts", "PGG2")
    assert has(found, "PGG2", "converts", "PGH2")
    assert has(found, "COX", "increases", "PGH2")


PROTAC = "PMC10036052__fonc-13-1120828-g001"


def test_a_dash_joined_list_with_no_head_word_is_no_signalling_chain() -> None:
    found = one(PROTAC, "(A) A PROTAC")
    # "... to form a ternary complex: target protein–PROTAC–E3."
    assert not has(found, "PROTAC", "activates", "E3")


RANKL = "PMC10034056__fendo-14-1109296-g002"


def test_a_scavenger_is_a_negative_role_and_the_drug_goes_on_acting() -> None:
    found = one(SIRTUINS, "Increased sirtuins act as")
    assert has(found, "sirtuins", "inhibits", "oxidative stress")  # "act as oxidative stress scavenger"
    found = one(RANKL, "OPG is a decoy receptor")
    # "OPG is a decoy receptor that binds RANKL and can block the binding and activation of RANK and RANKL"
    assert has(found, "OPG", "inhibits", "RANK")


def test_target_for_is_a_noun() -> None:
    found = one(BRAIN_FOG, "Kv1.3-channels promote", title="Brain Leukocytes as the Potential Therapeutic Target for Post-COVID-19 Brain Fog")
    assert not any(r.trigger == "Target" for r in found.relations)


def test_a_hyphenated_de_trigger_means_the_same() -> None:
    found = one(BRAIN_FOG, "The increased cytosolic calcium")
    # "stimulates the phosphatase calcineurin, which de-phosphorylates the nuclear factor of activated T cells (NFAT)"
    assert has(found, "calcineurin", "dephosphorylates", "NFAT")


def test_by_means_of_is_a_mediator_and_ends_the_event_before_it() -> None:
    found = one(UPR, "Phosphorylated eIF2")
    # "Phosphorylated eIF2α induces cell death by transcription of apoptotic factors by means of ATF4 transcription
    # factor as well as inhibition of protein synthesis."
    assert has(found, "eIF2α", "activates", "cell death")
    assert has(found, "eIF2α", "increases", "ATF4")  # "transcription ... by means of ATF4": an amount
    assert has(found, "ATF4", "activates", "cell death")


GIGANTEA = "PMC10034405__fpls-14-1091644-g010"


def test_followed_by_is_a_forward_connective() -> None:
    base = record(GIGANTEA)
    found = run(base, passage(base, "(B) Salicylic acid pathway", "SA accumulation"))
    # "... results in GI binding to PAD4, followed by increased SA accumulation"
    assert not has(found, "GI", "binds", "salicylic acid")
    assert any(r.trigger == "followed by" and r.interaction == "increases" for r in found.relations)


def test_promoting_the_recruitment_of_a_protein_binds_it() -> None:
    found = one(RANKL, "The interaction between RANK and RANKL")
    # "The interaction between RANK and RANKL (...) promotes the recruitment of the TRAF family bridging proteins"
    assert has(found, "RANK", "binds", "TRAF")
    assert not has(found, "RANK", "activates", "TRAF")


def test_a_participle_phrase_after_an_unnamed_noun_has_no_named_subject() -> None:
    found = one(RANKL, "The interaction between RANK and RANKL")
    # "..., leading to the transcription of genes involved in OC formation and OC production."
    assert not has(found, "OC formation", "regulates", "OC production")


def test_a_sentence_without_relation_still_moves_the_topic_for_this() -> None:
    base = record(UPR)
    found = run(base, passage(base, "(B) The IRE1 pathway", "dependent decay"))
    # "... IRE1 undergoes oligomerization and autophosphorylation. This results in mRNA degradation termed ..."
    assert has(found, "IRE1", "activates", "mRNA degradation")


def test_these_after_a_sentence_naming_several_things_stays_unresolved() -> None:
    base = record("PMC10034394__gr8")
    found = run(base, passage(base, "Differential expression of C. albicans", "FDR corrected ANOVA."))
    assert found.relations == []  # "... between LBF and HBF at 4h and 24h. ... These pathways were determined ..."


def test_not_directly_but_indirectly_is_no_negation() -> None:
    found = one(PLATELETS, "Note that P2Y12 cannot")
    # "Note that P2Y12 cannot activate Phospholipase C directly but probably indirectly by TxA2 and its receptor TPα"
    rel = next(r for r in found.relations if r.trigger == "activate" and r.subject_span and r.sentence.startswith("Note"))
    assert not rel.negated and rel.hedged


def test_a_parenthetical_contrast_negates_only_its_alternative() -> None:
    found = one(PLATELETS, "The first pathway results in")
    # "... potentiates the second SERCA2b-dependent pathway via the ADP receptor P2Y12 (not P2-class purinergic
    # receptor type Y subtype 1 [P2Y1]) []."
    assert has(found, "ADP", "activates", "SERCA2b")
    assert not any(r.negated for r in found.relations)


def test_a_partner_recruited_as_the_means_acts_like_the_subject() -> None:
    found = one(PD1, "CTLA-4 suppresses the AKT pathway")
    # "CTLA-4 suppresses the AKT pathway directly by recruiting PP2A, while PD-1 signaling includes ..."
    assert has(found, "CTLA-4", "binds", "PP2A")
    assert has(found, "PP2A", "inhibits", "AKT")


BONE_BRAIN = "PMC10036181__jbm-2023-30-1-1f4"


def test_signalling_to_a_target_gives_no_sign() -> None:
    found = one(BONE_BRAIN, "Neural tissues produced")
    # "... neurokines, including neurotransmitters, neuropeptides, and neurohormones that signal down from the brain
    # to bone cells."
    assert not any(r.interaction == "activates" and r.trigger == "signal" for r in found.relations)


NODULE = "PMC10033964__fpls-14-1114840-g002"


def test_where_it_after_a_passive_move_refers_to_the_cargo() -> None:
    found = one(NODULE, "The resulting NH4+")
    # "The resulting NH4+ is delivered to the plant cells where it is assimilated into amino acids (AAs)."
    assert has(found, "NH4+", "translocates", "plant cells")
    assert has(found, "NH4+", "converts", "amino acids")


def test_implicated_in_after_an_adverb_is_the_phrase_verb() -> None:
    # two sentences of the dev caption of PMC10033964__fpls-14-1114840-g008 (same paper as the fixture record)
    caption = ("The fraction of sugars metabolized via the oxidative pentose phosphate pathway (OPPP) generates reducing "
               "power. In the root, the redox state and the OPPP are also implicated in the regulation of NO3− transporters.")
    found = run(record(NODULE), caption)
    assert has(found, "OPPP", "regulates", "NO3− transporters")


def test_critical_for_in_an_apposition_states_a_requirement() -> None:
    found = one(CIA, "For example, ribonucleotide reductase")
    # "ribonucleotide reductase, critical for S-phase cell cycle entry to begin DNA replication, contains ..."
    rel = next(r for r in found.relations if r.trigger == "critical for")
    assert rel.interaction == "activates"
    assert any(e.key == rel.subject and "ribonucleotide reductase" in e.mentions for e in found.entities)


def test_and_leads_to_after_a_verb_without_participant_keeps_its_subject() -> None:
    found = one(SIRTUINS, "Intimal injury also causes")
    # "Intimal injury also causes disruption of vasa-vasorum and leads to hypoxia and oxidative stress which in turn
    # activate sirtuins."
    assert has(found, "intimal injury", "activates", "hypoxia")
    assert has(found, "intimal injury", "activates", "oxidative stress")


def test_a_name_given_with_termed_is_no_new_participant() -> None:
    base = record(UPR)
    found = run(base, passage(base, "(B) The IRE1 pathway", "JNK/MAPK cascade."))
    # "This results in mRNA degradation termed “regulated IRE1alpha-dependent decay” (RIDD) and inducing apoptotic
    # factors by initiating JNK/MAPK cascade."
    assert has(found, "IRE1", "activates", "JNK")
    assert not has(found, "RIDD", "activates", "JNK")


def test_improve_is_a_positive_verb() -> None:
    found = one(ALFALFA, "Collectively, SA enhanced")
    # "Collectively, SA enhanced the antioxidant enzymes of SOD, POD, and APX to improve freezing tolerance in alfalfa."
    assert has(found, "SOD", "activates", "freezing tolerance")


def test_a_modal_inside_the_connective_hedges_it() -> None:
    found = one("PMC10031257__gr3", "In response to integrin activation")
    # "..., which result in activation of PI3K and/or MAPK that may lead to cell adhesion and migration."
    led = [r for r in found.relations if r.trigger == "that may lead to"]
    assert led and all(r.hedged for r in led)


def test_a_glossary_with_colons_is_a_glossary() -> None:
    base = record("PMC10003241__ijms-24-04893-g003")
    glossary = base.caption[base.caption.index("Abbreviations") :]
    # "Abbreviations: αKG: α-ketoglutarate; AMPK: AMP-activated protein kinase; ...; WNT: wingless/int1."
    assert is_glossary(glossary)


def test_a_cell_process_of_named_cells_makes_the_cells_the_participant() -> None:
    found = one(BRAIN_FOG, "Kv1.3-channels promote calcium influx")
    # "... and trigger the proliferation and activation of brain macrophages (microglia) or lymphocytes"
    assert has(found, "Kv1.3-channels", "activates", "brain macrophages")
    assert has(found, "Kv1.3-channels", "activates", "lymphocytes")
    assert not any(r.object == "caption:proliferation" for r in found.relations)


def test_drugs_that_stabilize_cells_keep_them_from_acting() -> None:
    found = one(BRAIN_FOG, "Antihistamines, statins, nonsteroidal")
    # "... or antihistamines, antibiotics and corticosteroids, which stabilize mast cells, ..."
    assert has(found, "corticosteroids", "inhibits", "mast cells")
    assert not has(found, "corticosteroids", "increases", "mast cells")


def test_the_drug_of_a_role_is_the_subject_of_the_relative_clause_after_it() -> None:
    found = one(RANKL, "OPG is a decoy receptor")
    assert has(found, "OPG", "binds", "RANKL")  # "OPG is a decoy receptor that binds RANKL and can block ..."


def test_a_slash_list_of_a_ligand_and_its_receptor_is_no_chain() -> None:
    found = one(RANKL, "RANKL/RANK/OPG is the most important")
    assert not has(found, "RANKL", "activates", "RANK")
    assert not has(found, "RANK", "activates", "OPG")
    assert has(found, "RANKL", "regulates", "osteoclasts")
    assert has(found, "RANK", "regulates", "osteoclasts")


def test_a_partner_one_synergizes_with_acts_with_the_subject() -> None:
    found = one(RANKL, "In addition to the above-mentioned effects")
    # "TNF-α also synergizes with RANKL and directly promotes OC production"
    assert has(found, "TNF-α", "activates", "OC production")


def test_an_opening_in_the_presence_of_is_a_condition_ending_at_its_comma() -> None:
    found = one(RANKL, "In the presence of TNF-α")
    # "In the presence of TNF-α, NF-κB pathway is activated, OC production is increased, ..."
    assert has(found, "TNF-α", "activates", "NF-κB")
    assert not has(found, "NF-κB", "activates", "OC production")


def test_mediating_a_signal_is_a_relay_without_sign() -> None:
    found = one(STIFFNESS, "Integrin, Hippo and TGF-β signaling pathways mediate")
    # "Integrin, Hippo and TGF-β signaling pathways mediate mechanical stress signaling to the cell"
    assert has(found, "Hippo", "regulates", "mechanical stress")
    assert not has(found, "Hippo", "activates", "mechanical stress")


PD1 = "PMC10035551__fimmu-14-1029438-g001"


def test_a_bare_verb_after_to_is_the_purpose_verb() -> None:
    found = one(PD1, "PD-1/PD-L and CTLA-4 signaling suppress")
    # "PD-1/PD-L and CTLA-4 signaling suppress the AKT signaling pathway to limit T cell activation"
    assert has(found, "CTLA-4", "inhibits", "AKT")
    assert has(found, "AKT", "activates", "T cell")


ALFALFA = "PMC10034032__fpls-14-1091077-g006"


def test_which_after_the_place_a_mover_entered_refers_to_the_mover() -> None:
    found = one(ALFALFA, "In the NPR1-dependent pathway")
    # "In the NPR1-dependent pathway, NPR1 enters the nucleus, which could bind to TGA1 with the as-1 element to
    # regulate the expression of PR1 genes to defend against freezing stress."
    assert has(found, "NPR1", "binds", "TGA1")
    assert not has(found, "nucleus", "binds", "TGA1")


def test_a_second_object_with_its_own_via_takes_its_own_mediators() -> None:
    # dev PMC3143906 (read on a fixture record; the names are found from the caption alone)
    text = ("GSK3β inhibits protein synthesis via eukaryotic initiation factor 2B (eIF2B) and actin filament "
            "formation via nebulin and neuronal Wiscott-Aldrich syndrome protein (N-WASP).")
    found = run(record(PD1), text)
    assert has(found, "GSK3β", "inhibits", "protein synthesis")
    assert has(found, "GSK3β", "inhibits", "actin filament formation")
    assert has(found, "nebulin", "regulates", "actin filament formation")
    assert not has(found, "nebulin", "regulates", "protein synthesis")
    assert not has(found, "actin filament formation", "regulates", "protein synthesis")


NODULE = "PMC10033964__fpls-14-1114840-g002"


def test_the_objects_of_an_unknown_verb_after_to_are_no_subjects_of_the_next_infinitive() -> None:
    found = one(NODULE, "Photosynthesis allows the plant")
    # "Photosynthesis allows the plant to capture light and CO2 to produce sugars that are either distributed as
    # sucrose within the plant through the phloem to the “sink” organs or stored as starch." (heldout part C)
    assert not any(r.subject in {"caption:light", "caption:co2"} for r in found.relations)


def test_a_complex_of_named_members_formed_is_no_target_of_the_cause() -> None:
    # dev PMC3246694, read on a fixture record: "(b) New mutations in the NRAS causes heterodimerization of BRAF/CRAF
    # and reactivation of the signaling pathway."
    found = run(record(PD1), "New mutations in the NRAS causes heterodimerization of BRAF/CRAF.")
    assert not any(r.interaction in {"inhibits", "activates"} for r in found.relations)


def test_a_degree_phrase_inside_a_list_keeps_the_list_whole() -> None:
    # heldout PMC10028837 f0009: "Mutations in vraF, vraG and to a lesser extent graR reverse the increased OX
    # resistance phenotype of the pgl mutant." (read on a fixture record: the gene names come from the caption)
    from pfocr_net.patterns import _arg_at, units_of
    from pfocr_net.mentions import Mention

    text = "Mutations in vraF, vraG and to a lesser extent graR reverse the phenotype."
    spans = [(text.index(w), text.index(w) + len(w), w) for w in ("vraF", "vraG", "graR")]
    mentions = [Mention(a, b, f"caption:{w.lower()}", w, "caption") for a, b, w in spans]
    units = units_of(text, 0, len(text), mentions)
    first = next(i for i, u in enumerate(units) if u.kind == "E")
    found = _arg_at(units, first)
    assert found is not None
    assert [p.text for p in found[0].parts] == ["vraF", "vraG", "graR"]


PROTAC = "PMC10036052__fonc-13-1120828-g001"


def test_the_ubiquitin_proteasome_pathway_is_one_system_not_a_chain() -> None:
    found = one(PROTAC, "Schematic representation of the ubiquitin")
    # "Schematic representation of the ubiquitin–proteasome pathway and PROTACs."
    assert not any(r.rule == "chain" for r in found.relations)
