"""Constructions found while checking the reader on held-out part I, each on a real caption sentence."""

from __future__ import annotations

from pathlib import Path

from relation_support import has, one, passage, record, relation, run

from pfocr_net.mentions import ground_record
from pfocr_net.model import Record

CARDIAC = "PMC10975450__pharmaceuticals-17-00337-g002"


def test_the_cause_of_a_translocation_moves_the_cargo() -> None:
    found = one(CARDIAC, "RA then initiates the translocation")
    # "RA then initiates the translocation of RXR and RAR to the nucleus, which specifies the cardiomyocyte phenotype"
    assert has(found, "RA", "translocates", "RXR")
    assert has(found, "RXR", "translocates", "nucleus")
    assert not has(found, "RA", "activates", "RXR")


def test_enzymes_named_after_a_class_word_make_the_product() -> None:
    found = one(CARDIAC, "Retinoic acid (RA) occurs when")
    # "... CRBP imports retinol into the cell which is converted to RA by enzymes RDH and RALDH."
    assert has(found, "RDH", "increases", "RA")
    assert has(found, "RALDH", "increases", "RA")
    assert has(found, "RDH", "converts", "retinol")


def test_arrest_of_a_process_stops_it() -> None:
    found = one(CARDIAC, "Hippo and Yap/TAZ signaling")
    # "... activate the MSTV1/2 to LATS1/2 cascade to inhibit the proliferative YAP/TAZ pathway and to induce arrest of
    # cardiomyocyte proliferation."
    assert has(found, "LATS1/2", "inhibits", "cardiomyocyte proliferation")
    assert not has(found, "LATS1/2", "activates", "cardiomyocyte proliferation")
    assert not any(e.name.startswith("arrest") for e in found.entities)


def test_a_glossary_slash_pair_defines_each_name_apart() -> None:
    base = record(CARDIAC)
    caption = "LATS1/2 inhibit the proliferative YAP/TAZ pathway. " + passage(base, "YAP/TAZ, yes-associated", "motif")
    found = run(base, caption)
    assert not any(e.name == "YAP/TAZ" for e in found.entities)
    assert has(found, "LATS1/2", "inhibits", "YAP")


INSULIN = "PMC3941218__cshperspect-RTK-009191_F1"


def test_mediating_a_signals_effects_puts_the_signal_upstream_and_keeps_the_subject() -> None:
    found = one(INSULIN, "Akt mediates most of insulin")
    # "Akt mediates most of insulin's metabolic effects, regulating glucose transport, lipid synthesis,
    # gluconeogenesis, and glycogen synthesis."
    assert has(found, "insulin", "activates", "Akt")
    assert not has(found, "Akt", "activates", "insulin")
    assert has(found, "Akt", "regulates", "glucose transport")
    assert has(found, "Akt", "regulates", "gluconeogenesis")


def test_mediating_a_process_keeps_the_process_as_the_topic() -> None:
    found = run(record(INSULIN), "NCOA4 can mediate ferritinophagy, reducing stored Fe3+ to Fe2+.")
    assert not has(found, "ferritinophagy", "activates", "NCOA4")


PTEN = "PMC7397839__cshperspectmed-PTE-036137_F1"


def test_a_nucleotide_after_a_protein_names_its_state_not_a_step() -> None:
    found = one(PTEN, "Ras-GTP ultimately activates")
    # "Ras-GTP ultimately activates ERK1/2, which mediates GLUT4 transcription and cellular proliferation."
    assert has(found, "Ras-GTP", "activates", "ERK1/2")
    names = {e.key: e.name for e in found.entities}
    assert not any({names[r.subject], names[r.object]} & {"GTP", "GDP", "MTG1"} for r in found.relations)


def test_phosphorylating_one_lipid_to_another_converts_it() -> None:
    found = one(PTEN, "Activated phosphoinositide 3-kinase")
    # "Activated phosphoinositide 3-kinase (PI3K) will facilitate the phosphorylation of PIP2 to PIP3."
    assert has(found, "PIP2", "converts", "PIP3")
    assert has(found, "PI3K", "converts", "PIP2")
    assert has(found, "PI3K", "increases", "PIP3")


CARDIAC_MUSCLE = "PMC4315934__cshperspect-SIG-006023_F4"


def test_a_named_stimulus_is_a_cause() -> None:
    found = one(CARDIAC_MUSCLE, "(B) Changes with exercise")
    # "(B) Changes with exercise lead to an activation of the PI3K/Akt pathway, and a down-regulation of NFAT and
    # calcinurin."
    assert has(found, "exercise", "activates", "PI3K")
    assert has(found, "exercise", "decreases", "NFAT")


def test_a_comma_and_a_name_before_a_verb_start_a_new_clause() -> None:
    found = run(record(CARDIAC_MUSCLE), "ROS oxidizes lipids, and superoxide inhibits PTEN.")
    assert has(found, "superoxide", "inhibits", "PTEN")
    assert not has(found, "ROS", "converts", "superoxide")
    # a list stays a list: "... inhibits AKT, ERK, and JNK."
    listed = run(record(CARDIAC_MUSCLE), "PTEN inhibits AKT, ERK, and JNK.")
    assert has(listed, "PTEN", "inhibits", "JNK")


def test_oxygen_is_not_superoxide() -> None:
    found = run(record(CARDIAC_MUSCLE), "Superoxide inhibits PTEN, and O2 binds hemoglobin.")
    assert has(found, "superoxide", "inhibits", "PTEN")
    assert not any(e.name == "superoxide" and "O2" in e.mentions for e in found.entities)


TLR4 = "PMC7232424__microorganisms-08-00482-g003"


def test_a_spelled_out_greek_letter_belongs_to_the_name_before_it() -> None:
    found = run(record(TLR4), "TRAM induces the secretion of tumor necrosis factor alpha. PPAR gamma binds RXR.")
    assert has(found, "TRAM", "increases", "tumor necrosis factor alpha")
    assert has(found, "PPAR gamma", "binds", "RXR")
    assert not has(found, "PPAR", "binds", "RXR")  # the family's member, not the family


def test_an_opening_under_phrase_names_a_condition_not_a_subject() -> None:
    found = run(record(TLR4), "Under pressure overload stresses, exosomes from fibroblasts downregulate SOCS1.")
    assert not has(found, "pressure overload", "decreases", "SOCS1")


NRF2 = "PMC7823603__pharmaceuticals-14-00029-g003"
DIABETIC = "PMC4160009__RevDiabeticStud-10-228-002"


def test_a_subject_interrupted_by_a_passive_when_clause_acts_and_its_named_products_are_made() -> None:
    found = one(NRF2, "HO-1, when activated by Nrf2")
    # "HO-1, when activated by Nrf2, can metabolize Heme into its metabolites Fe2+, CO, and biliverdin."
    assert has(found, "Nrf2", "activates", "HO-1")
    assert has(found, "HO-1", "converts", "heme")
    assert has(found, "heme", "converts", "biliverdin")
    assert has(found, "HO-1", "increases", "biliverdin")
    assert not has(found, "Nrf2", "converts", "heme")
    assert not has(found, "HO-1", "converts", "biliverdin")


def test_scavenging_removes() -> None:
    found = run(record(NRF2), "HO-1 scavenges superoxide and singlet oxygen.")
    assert has(found, "HO-1", "decreases", "superoxide")
    assert has(found, "HO-1", "decreases", "singlet oxygen")


def test_a_transporter_after_by_moves_the_cargo() -> None:
    found = run(record(NRF2), "Glucose is imported into cells by GLUT4.")
    assert has(found, "GLUT4", "translocates", "glucose")
    assert not has(found, "glucose", "translocates", "GLUT4")
    # one rule name for a transporter moving its cargo, whichever way the verb is built
    into = run(record(INSULIN), "Gluconate is transported into the cell by the gluconate permease GntP.")
    assert relation(found, "GLUT4", "translocates", "glucose").rule == "transported_by"
    assert relation(into, "GntP", "translocates", "gluconate").rule == "transported_by"


def test_the_receptor_bound_by_a_ligand_signals_on() -> None:
    found = one(DIABETIC, "The binding of insulin to IGF-1R")
    assert has(found, "insulin", "binds", "IGF-1R")
    assert has(found, "IGF-1R", "activates", "PI3K")


GPCR = "PMC3763651__pharmaceuticals-05-00417-g001"
NRF2_ARE = "PMC10975674__pharmaceuticals-17-00379-g006"


def test_coupling_to_a_g_protein_binds_it() -> None:
    found = one(GPCR, "GPCRs upon activation couples")
    # "GPCRs upon activation couples to Gαs (A), Gαi (B), Gαq (C) or Gα12 (D) and regulates signaling ..."
    for partner in ("Gαs", "Gαi", "Gαq", "Gα12"):
        assert has(found, "GPCRs", "binds", partner)


def test_a_cargo_moved_to_bind_binds_and_letting_go_draws_nothing() -> None:
    found = one(NRF2_ARE, "If cells are exposed")
    # "If cells are exposed to oxidative stress, Nrf2 unbinds KEAP1 and translocates into the nucleus to bind with ARE."
    assert has(found, "Nrf2", "translocates", "nucleus")
    assert has(found, "Nrf2", "binds", "ARE")
    assert not has(found, "Nrf2", "binds", "KEAP1")
    assert not has(found, "KEAP1", "translocates", "nucleus")
    assert not any(e.name.startswith("If ") for e in found.entities)


EXOSOMES = "PMC8260388__ajpheart.00718.2020_f003"


def test_a_short_name_in_a_hyphen_chain_matches_whatever_its_case() -> None:
    found = one(INSULIN, "The Shc-Grb2-Sos-Ras-Raf-MAPK pathway")
    assert has(found, "Grb2", "activates", "Sos")
    assert has(found, "Sos", "activates", "Ras")
    alone = ground_record(Record(figid="x", path=Path("x.md"), caption="Sos is a word here."), [])
    assert not any(m.text == "Sos" for m in alone.caption_mentions)


def test_names_in_an_opening_under_phrase_listed_with_and_are_conditions() -> None:
    found = one(EXOSOMES, "Under angiotensin II")
    names = {e.key: e.name for e in found.entities}
    assert not any(names[r.subject] == "pressure overload" for r in found.relations)


def test_then_in_a_list_of_targets_orders_them() -> None:
    found = run(record(INSULIN), "Wnt activates β-catenin and then JNK.")
    assert has(found, "Wnt", "activates", "JNK")
    assert has(found, "β-catenin", "activates", "JNK")


def test_a_named_transporter_after_by_the_moves_the_cargo() -> None:
    found = run(record(INSULIN), "Gluconate is transported into the cell by the gluconate permease GntP.")
    assert has(found, "GntP", "translocates", "gluconate")
    assert not has(found, "gluconate", "translocates", "GntP")


def test_more_signed_verbs() -> None:
    base = record(INSULIN)
    for sentence, interaction in (
        ("PTEN restricts AKT.", "inhibits"), ("PTEN hampers AKT.", "inhibits"), ("PTEN weakens AKT.", "inhibits"),
        ("PTEN rescues AKT.", "activates"), ("PTEN strengthens AKT.", "activates"), ("PTEN delays AKT.", "inhibits"),
    ):
        assert has(run(base, sentence), "PTEN", interaction, "AKT"), sentence
    assert has(run(base, "ATF6 transcribes XBP1."), "ATF6", "increases", "XBP1")


def test_more_signed_event_nouns() -> None:
    base = record(INSULIN)
    assert has(run(base, "Abolition of PTEN increases AKT."), "PTEN", "decreases", "AKT")
    assert has(run(base, "PTEN causes impairment of AKT."), "PTEN", "inhibits", "AKT")


HCC_ABLATION = "PMC6736176__radiol.2019190115.fig4"


def test_a_residue_with_its_code_in_parentheses_is_a_site_and_a_procedure_is_no_loss() -> None:
    found = one(HCC_ABLATION, "Top: Incomplete thermal ablation")
    # "... activating phosphorylation of AKT at serine (Ser) 473 and threonine (Thr) 308, which promotes cell survival"
    names = {e.key: e.name for e in found.entities}
    assert not any(names[r.subject] in {"threonine", "Thr", "(Thr)"} for r in found.relations)
    assert not any(r.interaction == "inhibits" and names[r.object] == "PI3K" for r in found.relations)


def test_cellular_function_names_no_process() -> None:
    found = run(record(HCC_ABLATION), "WT1 maintains cellular function and promotes barrier function.")
    assert not any(e.name == "cellular function" for e in found.entities)
    assert has(found, "WT1", "activates", "barrier function")


AUTOPHAGY = "PMC7407942__pharmaceuticals-13-00156-g001"


def test_by_and_an_event_noun_names_the_means() -> None:
    found = run(record(AUTOPHAGY), "AMPK stimulates autophagy by phosphorylation of ULK1 and suppression of mTORC1.")
    assert has(found, "AMPK", "phosphorylates", "ULK1")
    assert has(found, "AMPK", "inhibits", "mTORC1")
    assert has(found, "mTORC1", "inhibits", "autophagy")


def test_a_roman_class_after_a_hyphen_belongs_to_the_name() -> None:
    found = run(record(AUTOPHAGY), "The PI3K-III/Beclin-1 complex activates vesicle nucleation.")
    assert has(found, "PI3K-III", "binds", "Beclin-1")
    assert not any(e.name == "III" for e in found.entities)


def test_a_relative_clause_after_a_negative_event_states_what_the_entity_does() -> None:
    found = one(AUTOPHAGY, "During nutrient deprivation")
    # "During nutrient deprivation, AMPK stimulates autophagy by phosphorylation of ULK1 and suppression of mTORC1,
    # which inhibits autophagy by inactivating ULK1."
    assert has(found, "mTORC1", "inhibits", "ULK1")
    assert not has(found, "mTORC1", "activates", "autophagy")
    assert not has(found, "mTORC1", "activates", "ULK1")


def test_membrane_process_heads() -> None:
    found = one(AUTOPHAGY, "Vesicle nucleation requires")
    assert has(found, "Beclin-1", "activates", "vesicle nucleation")


def test_er_beside_sr_is_the_compartment() -> None:
    found = run(record(AUTOPHAGY), "Release of Ca2+ from the ER/SR is mediated through IP3 receptors.")
    assert not any(e.name in {"ESR", "ESR1", "estrogen receptor"} for e in found.entities if e.in_caption)
    assert not any("ESR" in r.object or "ESR" in r.subject for r in found.relations)


QUORUM = "PMC9228389__microorganisms-10-01247-g001"


def test_a_precursor_in_apposition_is_converted_but_an_intermediate_of_a_process_is_not() -> None:
    found = run(record(QUORUM), "PqsA-D produce HHQ, the precursor to PQS synthesis.")
    assert has(found, "HHQ", "converts", "PQS")
    other = run(record(QUORUM), "Serine is made from 3PG, an intermediate of glycolysis.")
    assert not has(other, "3PG", "converts", "glycolysis")


LIPIDS = "PMC3280674__RevDiabeticStud-08-403-001"


def test_a_pronoun_after_a_comma_and_continues_the_clause_subject() -> None:
    found = run(record(LIPIDS), "Fatty acids enter the cardiomyocyte through specific transporters, and they are "
                                "converted to acyl-CoA by acyl-CoA synthetase (ACS).")
    assert has(found, "fatty acids", "translocates", "cardiomyocyte")
    assert has(found, "fatty acids", "converts", "acyl-CoA")
    names = {e.key: e.name for e in found.entities}
    assert not any(names[r.subject] == "cardiomyocyte" for r in found.relations)


ALCOHOL = "PMC12115344__pharmaceuticals-18-00710-g001"


def test_examples_in_parentheses_stand_for_an_unnamed_class_before_them() -> None:
    found = one(ALCOHOL, "Chronic alcohol consumption")
    # "Chronic alcohol consumption disrupts the gut–liver axis, facilitates the translocation of endotoxins (e.g.,
    # LPS), and activates liver-resident immune cells, such as Kupffer cells, via TLR signaling."
    assert has(found, "alcohol", "translocates", "LPS")
    assert not has(found, "LPS", "activates", "Kupffer cells")


PODOCYTE = "PMC10511167__ajprenal.00313.2022_f007"


def test_a_name_read_across_a_parenthesised_abbreviation_has_no_stray_parenthesis() -> None:
    found = run(record(PODOCYTE))
    assert not any(e.name.count("(") != e.name.count(")") for e in found.entities)
    assert has(found, "TGF-β1", "activates", "podocyte damage")


def test_a_mirna_cluster_written_with_a_slash_is_one_name() -> None:
    found = run(record(PODOCYTE), "MiR-143/145 cluster induced by TGFB1 suppresses WT1 expression.")
    assert has(found, "MiR-143/145", "decreases", "WT1")
    assert has(found, "TGFB1", "activates", "MiR-143/145")


SAHA = "PMC5629629__cddiscovery201752-f8"


def test_taking_part_in_the_response_to_a_stimulus_puts_the_stimulus_upstream() -> None:
    found = one(SAHA, "Activity changes of MAPK")
    # "Activity changes of MAPK and TOR signaling pathway were involved in the response to SAHA and TRAIL DR5."
    assert has(found, "SAHA", "regulates", "MAPK")
    assert has(found, "DR5", "regulates", "TOR")
    assert not has(found, "MAPK", "regulates", "SAHA")


def test_a_class_noun_keeps_its_qualifier_in_the_caption_name() -> None:
    found = run(record(INSULIN), "MAVS is degraded by viral proteinases.")
    proteases = next(e for e in found.entities if "viral proteinases" in e.mentions)
    assert has(found, "viral proteinases", "decreases", "MAVS")
    assert proteases.type == "proteinfamily"


def test_a_plural_after_a_describing_adjective_is_a_noun_not_a_verb() -> None:
    found = run(record(INSULIN), "JAK is activated by different signals, including interferon and interleukin.")
    assert not has(found, "JAK", "activates", "interferon")
    assert not has(found, "JAK", "activates", "interleukin")


def test_what_binds_is_what_a_following_this_refers_to() -> None:
    base = record("PMC10975674__pharmaceuticals-17-00379-g006")
    found = run(base, passage(base, "If cells are exposed to oxidative stress", "thioredoxin (Trx)"))
    # "... Nrf2 unbinds KEAP1 and translocates into the nucleus to bind with ARE. This promotes the transcription and
    # expression of a series of antioxidant enzymes, including heme oxygenase-1 (HO-1), ..."
    assert has(found, "Nrf2", "activates", "HO-1")
    assert not has(found, "ARE", "activates", "HO-1")


def test_coordinated_subjects_of_an_objectless_binding_verb_bind_each_other() -> None:
    worm = record("PMC3405868__cshperspect-WNT-007948_F4")
    found = run(worm, "POP-1 and SYS-1 interact to up-regulate expression of Wnt target genes.")
    assert has(found, "POP-1", "binds", "SYS-1") or has(found, "SYS-1", "binds", "POP-1")
    found = run(worm, "POP-1/TCF interacts with repressors to keep target gene expression low.")
    assert not any(r.interaction == "binds" for r in found.relations)  # one subject, an object not named


def test_a_word_ending_in_a_drug_name_stem_is_a_caption_only_drug() -> None:
    found = run(record("PMC7912673__pharmaceuticals-14-00099-g001"),
                "Treatment with valsartan in April reduces fibrosis and peptide levels, and the drug verteporfin inhibits YAP.")
    drugs = {e.name.casefold(): e.type for e in found.entities if e.mentions}
    assert drugs.get("valsartan") == "chemical" and drugs.get("verteporfin") == "chemical"
    assert has(found, "verteporfin", "inhibits", "YAP")
    assert "april" not in drugs and "peptide" not in drugs  # English words with such endings are no drugs


def test_common_drugs_of_abuse_and_research_compounds_are_drugs() -> None:
    found = run(record("PMC7912673__pharmaceuticals-14-00099-g001"),
                "Chronic morphine decreases YAP, and forskolin activates TAZ.")
    kinds = {e.name.casefold(): e.type for e in found.entities if e.mentions}
    assert kinds.get("morphine") == "drug" and kinds.get("forskolin") == "drug"  # forskolin is no "-in" protein
    assert has(found, "morphine", "decreases", "YAP") or has(found, "morphine", "inhibits", "YAP")
