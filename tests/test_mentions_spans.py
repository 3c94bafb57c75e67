"""Participant spans on real captions: names with decimal numbers, hyphenated modifiers, ordinary words
that OCR matched to gene synonyms."""

from __future__ import annotations

from relation_support import record, sentence, with_caption

from pfocr_net.entities import entities_from_record
from pfocr_net.mentions import ground_record
from pfocr_net.model import Record

KV13 = "PMC10034247__11064_2023_3912_Fig1_HTML"
SIRTUINS = "PMC10034899__11010_2023_4714_Fig1_HTML"
DHAV = "PMC10035973__10142_2023_1022_Fig6_HTML"


def mentions_of(base: Record, caption: str, title: str = "") -> dict[str, str]:
    target = with_caption(base, caption, title)
    grounding = ground_record(target, entities_from_record(target))
    return {m.text: m.key for m in [*grounding.caption_mentions, *grounding.title_mentions]}


def test_a_decimal_channel_name_is_one_mention() -> None:
    base = record(KV13)
    found = mentions_of(base, sentence(base, "Kv1.3-channels promote"))
    assert not any(text.startswith(("3", "-")) for text in found)
    assert any(text.startswith("Kv1.3") for text in found)


def test_a_decimal_name_the_ocr_lists_grounds_to_its_gene() -> None:
    base = record(KV13)
    found = mentions_of(base, "Kv1.3 promotes calcium influx.")
    assert found["Kv1.3"] == "ncbigene:16491"  # Kcna3, whose OCR word is "Kv1.3"


def test_hyphenated_participle_modifiers_are_no_chemicals() -> None:
    base = record(KV13)
    found = mentions_of(base, "NFAT binds to the promoter region of cytokine-encoding genes.")
    assert "cytokine-encoding" not in found
    dhav = record(DHAV)
    assert "DHAV-1-infected" not in mentions_of(dhav, "mRNA–miRNA correlation networks in DHAV-1-infected DEHs.")


def test_lower_case_ocr_synonyms_are_ordinary_words() -> None:
    base = record(KV13)  # OCR lists "fog" as FOG, a synonym of Apaf1 and Zfpm1
    found = mentions_of(base, "Kv1.3 channels in COVID-related brain fog.", "Post-COVID-19 Brain Fog")
    assert "fog" not in found and "Fog" not in found
    sirt = record(SIRTUINS)  # and "vasa-" as VASA, a synonym of DDX4
    assert "vasa" not in mentions_of(sirt, sentence(sirt, "Intimal injury also causes"))


GLRX3 = "PMC10031043__fgene-14-1152398-g001"
PROTAC = "PMC10036052__fonc-13-1120828-g001"


def test_phrases_stop_at_relative_pronouns_and_enzyme_heads_take_their_modifier() -> None:
    base = record(GLRX3)
    found = mentions_of(base, sentence(base, "For example, ribonucleotide reductase"))
    assert "ribonucleotide reductase" in found and "reductase" not in found
    assert not any("whose" in text for text in found)


def test_a_panel_label_is_not_part_of_a_process_phrase() -> None:
    base = record(PROTAC)
    found = mentions_of(base, "(E) DUB-mediated deubiquitination. (F) Protein degradation products.")
    assert "Protein degradation" in found and not any(text.startswith("F)") for text in found)


BONE = "PMC10036181__jbm-2023-30-1-1f4"
PD1 = "PMC10035551__fimmu-14-1029438-g001"


def test_anti_prefixed_names_are_agents_and_non_prefixed_ones_are_not_the_thing() -> None:
    base = record(KV13)
    found = mentions_of(base, sentence(base, "Antihistamines, statins"))
    assert found["anti-hypertensives"] == "caption:antihypertensives"
    assert "hypertensives" not in found  # the OCR disease "hypertensives"
    assert found["Antihistamines"] == found["antihistamines"]
    pd1 = record(PD1)
    assert "AKT" not in mentions_of(pd1, "Non-AKT signaling pathways limit T cell activation.")


def test_class_nouns_named_by_their_word_shape() -> None:
    base = record(BONE)
    found = mentions_of(base, sentence(base, "Neural tissues produced"))
    assert "neurokines" in found
    assert "osteokines" in mentions_of(base, sentence(base, "Several bone-derived osteokines"))
    assert "antibodies" not in mentions_of(base, "Antibodies against sclerostin increase bone formation.")


STAT3 = "PMC5854428__ppat.1006839.g001"


def test_a_glossary_entry_that_opens_a_sentence_defines_a_cell_type() -> None:
    base = record(PD1)  # OCR lists APC (the gene); the caption's glossary says "APC, antigen presenting cell"
    target = with_caption(base, base.caption)
    grounding = ground_record(target, entities_from_record(target))
    keys = {m.text: m.key for m in grounding.caption_mentions}
    assert keys["APCs"] == keys["APC"] != "ncbigene:11789"
    assert grounding.type_of(keys["APC"]) == "celltype"


def test_single_letter_glossary_entries_define_nothing() -> None:
    base = record(STAT3)  # "... proteins. A, acetylation; CBP, CREB-binding protein; ..."
    target = with_caption(base, base.caption)
    grounding = ground_record(target, entities_from_record(target))
    assert not any(m.text == "a" for m in grounding.caption_mentions)


BONE_TNF = "PMC10034056__fendo-14-1109296-g002"


def test_an_ocr_synonym_shared_with_a_pseudogene_means_the_real_gene() -> None:
    base = record(BONE_TNF)  # OCR "OPG" matched BTF3P11 (a pseudogene) and TNFRSF11B (osteoprotegerin)
    found = mentions_of(base, sentence(base, "OPG is a decoy receptor"))
    assert found["OPG"] == "ncbigene:4982"


ALFALFA = "PMC10034032__fpls-14-1091077-g006"
CONA = "PMC10030845__fimmu-14-1150879-g002"


def test_cell_words_by_their_ending_and_as_modifiers() -> None:
    base = record(KV13)
    found = mentions_of(base, sentence(base, "Roles of mast cells"))
    assert "brain leukocytes" in found
    cona = record(CONA)
    found = mentions_of(cona, sentence(cona, "Bmsc-derived exosomes"))
    assert "hepatocyte injury" in found and "hepatocyte" not in found


def test_states_and_protein_families_named_by_their_word_shape() -> None:
    base = record(SIRTUINS)
    found = mentions_of(base, sentence(base, "Intimal injury also causes"))
    assert "hypoxia" in found and "sirtuins" in found
    assert "sirtuins" in mentions_of(base, sentence(base, "Increased sirtuins"))
    alfalfa = record(ALFALFA)
    found = mentions_of(alfalfa, sentence(alfalfa, "Collectively, SA enhanced"))
    assert "freezing tolerance" in found and "improve freezing tolerance" not in found


def test_an_undefined_initialism_of_a_name_in_the_title_stands_for_it() -> None:
    base = record(ALFALFA)  # title: "Exogenous application of salicylic acid improves ..."; caption: "SA"
    found = mentions_of(base, sentence(base, "Exogenous SA could"), base.title)
    assert found["SA"] == found["salicylic acid"]


def test_a_lower_case_numbered_ocr_synonym_is_no_gene() -> None:
    base = record(ALFALFA)  # OCR "as-1" matched AS1, a synonym of PTGDR; the caption means the as-1 element
    found = mentions_of(base, sentence(base, "In the NPR1-dependent pathway, NPR1 enters"))
    assert found.get("as-1") != "ncbigene:5729"


ECM = "PMC10031116__fmolb-10-1132353-g005"
PLATELET = "PMC10031336__gr5"
WTA = "PMC10032271__41467_2023_37310_Fig7_HTML"


def test_a_capitalised_word_before_signaling_names_a_pathway() -> None:
    base = record(ECM)
    found = mentions_of(base, sentence(base, "Integrin, Hippo and TGF-β signaling"))
    assert "Hippo" in found
    assert "Activated" not in mentions_of(base, "Activated TGF-β signaling upregulates ECM stiffness.")


def test_symbols_with_a_greek_isoform_letter_and_bacterial_gene_names() -> None:
    base = record(PLATELET)
    assert "TPα" in mentions_of(base, "TxA2 and its receptor TPα activate phospholipase C.")
    wta = record(WTA)
    assert "tarH" in mentions_of(wta, sentence(wta, "The agr regulatory molecule"))


def test_a_long_form_in_parentheses_after_the_short_form_defines_it() -> None:
    base = record(WTA)
    found = mentions_of(base, sentence(base, "The agr regulatory molecule"))
    assert found["Rot"] == found["(Repressor of toxins)"] == "caption:rot"


PROSTAGLANDINS = "PMC10033690__41598_2023_31603_Fig1_HTML"
PARTHENOLIDE = "PMC10034375__fphar-14-1136779-g005"


def test_an_unknown_in_word_before_an_event_noun_is_a_protein() -> None:
    base = record(PLATELET)
    found = mentions_of(base, sentence(base, "Thrombin stimulation at low concentration"))
    assert found["Thrombin"] == "caption:thrombin"
    assert "penicillin" not in mentions_of(base, "Oxacillin targets the penicillin binding proteins.")


def test_a_bare_number_after_an_ocr_protein_is_its_sibling() -> None:
    base = record(PROSTAGLANDINS)
    target = with_caption(base, sentence(base, "COX1 and 2 are targeted"))
    grounding = ground_record(target, entities_from_record(target))
    sibling = next(m for m in grounding.caption_mentions if m.text == "2")
    assert grounding.by_key[sibling.key].name.upper() in {"COX2", "PTGS2"}


def test_two_word_phosphate_names_but_not_their_synthases() -> None:
    base = record(PARTHENOLIDE)
    found = mentions_of(base, base.caption)
    assert "isopentenyl pyrophosphate" in found
    assert "Fernesyl diphosphate" not in found
    assert "pentose phosphate" not in mentions_of(base, "Glucose enters the pentose phosphate pathway.")


def test_a_two_word_sulfate_name_is_one_metabolite() -> None:
    base = record("PMC10036442__109_2023_2289_Fig1_HTML")
    found = mentions_of(base, "Liver and kidney process the secreted indole molecules into uremic toxins, e.g., indole sulfate.")
    assert "indole sulfate" in found and "sulfate" not in found


def test_a_singular_cell_word_before_activation_is_the_cell() -> None:
    base = record(ECM)
    assert "fibroblast" in mentions_of(base, "Activated TGF-β can upregulate ECM stiffness through fibroblast activation.")


UPR = "PMC10025411__fncel-17-1105247-g0001"


def test_er_is_the_endoplasmic_reticulum_in_a_caption_about_it() -> None:
    base = record(UPR)
    found = mentions_of(base, sentence(base, "To mitigate ER stress"))
    assert found["ER"] == "caption:endoplasmicreticulum" and found["ER stress"] != found["ER"]
    assert mentions_of(base, "Estrogen binds ER and ERα in breast cancer cells.")["ER"] == "fplx:ESR"


def test_gerund_modifiers_of_states_but_not_verbs() -> None:
    base = record(SIRTUINS)  # title: "Sirtuins in attenuating plaque vulnerability in atherosclerosis"
    found = mentions_of(base, "Sirtuins reduce oxidative stress.", base.title)
    assert "plaque vulnerability" in found and not any(t.startswith("attenuating") for t in found)
    alfalfa = record(ALFALFA)
    assert "freezing stress tolerance" in mentions_of(alfalfa, "SA improves tolerance.", alfalfa.title)


UROLITHIN = "PMC10034769__fphar-14-1067402-g009"


def test_caption_terms_win_over_ocr_disease_acronyms_and_severity_joins_the_name() -> None:
    base = record(UROLITHIN)  # OCR lists "LPS" as a disease (lip pit syndrome) and "lung injury"
    found = mentions_of(base, "Urolithin A attenuates ferroptosis in LPS-induced acute lung injury in mice.")
    assert found["LPS"] == "chebi:16412"
    assert found["acute lung injury"] == "mesh:D055370"


WFEA = "PMC10033682__41598_2023_31924_Fig3_HTML"


def test_an_unknown_acronym_before_network_or_analysis_is_a_method() -> None:
    base = record(WFEA)
    found = mentions_of(base, base.caption)  # "PPI network diagram of targets of WFEA against lung adenocarcinoma."
    assert "PPI" not in found and "WFEA" in found


def test_compartments_and_class_nouns_beside_the_lexicon() -> None:
    base = record(UPR)
    found = mentions_of(base, sentence(base, "(C) The ATF6 pathway"))
    assert grounding_type(base, "Golgi apparatus") == "cellularcomponent" and "Golgi apparatus" in found
    assert "chaperones" in found
    assert "aggregated proteins" in mentions_of(base, sentence(base, "(A) The PERK pathway"))
    sirt = record(SIRTUINS)
    assert "oxygen radicals" in mentions_of(sirt, sentence(sirt, "Increased sirtuins"))


def test_a_lettered_singular_cell_is_the_plural_cells_node() -> None:
    base = record(PD1)
    found = mentions_of(base, "CD28 on T cells binds to CD80/86. PD-1 signaling limits T cell activation and T cell proliferation.")
    assert found["T cell"] == found["T cells"]
    assert "T cell proliferation" in found


def grounding_type(base: Record, text: str) -> str:
    target = with_caption(base, text)
    grounding = ground_record(target, entities_from_record(target))
    return grounding.type_of(grounding.caption_mentions[0].key)


OSTEOBLASTS = "PMC10003241__ijms-24-04893-g003"


def test_colon_glossaries_and_definitions_that_grounded_apart_name_one_node() -> None:
    base = record(OSTEOBLASTS)  # "... Enzymes are in italic. Abbreviations: αKG: α-ketoglutarate; AMPK: ...; ROS: reactive oxygen species; ..."
    target = with_caption(base, base.caption)
    grounding = ground_record(target, entities_from_record(target))
    keys = {m.text: m.key for m in grounding.caption_mentions}
    assert keys["αKG"] == keys["α-ketoglutarate"]
    assert keys["ROS"] == keys["reactive oxygen species"]
    assert keys["Asn"] == keys["asparagine"]
    assert keys["GLS"] == keys["glutaminase"]


def test_an_in_word_after_via_or_by_is_a_protein() -> None:
    base = record(UPR)  # a dev caption's sentence (PMC3143906) on a fixture record
    found = mentions_of(base, "GSK3β inhibits protein synthesis via eukaryotic initiation factor 2B (eIF2B) and "
                              "actin filament formation via nebulin and neuronal Wiscott-Aldrich syndrome protein (N-WASP).")
    assert found["nebulin"] == "caption:nebulin"
    assert "chain" not in mentions_of(base, "Akt acts via chain elongation.")


def test_a_compartment_inside_a_compound_name_is_no_place() -> None:
    base = record(UPR)
    found = mentions_of(base, "Peroxisome-proliferator-activated receptor α (PPARα) binds the membrane-anchored receptor.")
    assert not any(text.casefold() == "peroxisome" for text in found)
    assert "membrane" in found


def test_microbial_genus_names_by_their_ending() -> None:
    base = record(BONE_TNF)  # title: "Effect of Bifidobacterium on osteoclasts: ..."
    assert "Bifidobacterium" in mentions_of(base, "RANKL binds RANK.", base.title)
    assert "Bifidobacterium" in mentions_of(base, "Bifidobacterium mainly produces short-chain fatty acids.")


def test_an_ocr_gene_synonym_that_spells_a_molecule_leaves_the_molecule_alone() -> None:
    base = record(CONA)  # OCR "LPS" matched LPS, a synonym of IRF6
    found = mentions_of(base, sentence(base, "Bmsc-derived exosomes"))
    assert found["LPS"] == "chebi:16412"


def test_hyphenated_names_are_typed_by_their_parts() -> None:
    base = record(CONA)
    target = with_caption(base, "Pannexin-1 and procaspase-1 act with 6-phosphogluconolactonase on fructose-6-phosphate in COVID-19.")
    grounding = ground_record(target, entities_from_record(target))
    types = {m.text: grounding.type_of(m.key) for m in grounding.caption_mentions}
    assert types["procaspase-1"] == types["6-phosphogluconolactonase"] == "protein"
    assert types["fructose-6-phosphate"] == "smallmolecule" and types["COVID-19"] == "disease"


def test_a_receptor_named_by_a_hyphen_joined_name_keeps_all_of_it() -> None:
    base = record(DHAV)
    found = mentions_of(base, sentence(base, "b Differential miRNA-mRNA"))
    assert "RIG-I-like receptor" in found and "I-like receptor" not in found


def test_title_case_adjectives_before_signaling_name_no_pathway() -> None:
    base = record(ECM)
    found = mentions_of(base, "TGF-β activates Smad.", "Proposed Inflammatory Signaling Pathways and the Hippo Pathway in Fibrosis")
    assert "Hippo" in found and "Proposed" not in found and "Inflammatory" not in found
    assert "Outcome" not in mentions_of(base, "TGF-β activates Smad.", "Adverse Outcome Pathway Approaches")


def test_light_inside_a_protein_name_or_an_idiom_is_no_light_signal() -> None:
    base = record("PMC10035756__fonc-13-1059441-g005")
    found = mentions_of(base, sentence(base, "The figure demonstrates"))
    assert "light" not in found
    assert "light" in mentions_of(base, "In response to light, HY5 accumulates.")


def test_an_in_protein_with_a_roman_numeral_is_one_name() -> None:
    base = record("PMC10036296__gr1_lrg")
    found = mentions_of(base, "Downregulation of ACE2 activity leads to accumulation of angiotensin-II.")
    assert found["angiotensin-II"] == "caption:angiotensinii"
    assert "type-I" not in mentions_of(base, "Type-I interferons act on ACE2.")


def test_g_protein_beta_gamma_subunits_and_prepositions_ending_in_ing() -> None:
    base = record(PLATELET)
    assert "Gβγ" in mentions_of(base, "Gβγ subunits released from Gi stimulate AC II.")
    alfalfa = record(ALFALFA)
    found = mentions_of(alfalfa, "Tolerance rises during freezing tolerance tests, following heat tolerance loss.")
    assert not any(text.startswith(("during", "following")) for text in found)


def test_an_isoform_letter_written_apart_names_the_isoform() -> None:
    base = record(UPR)  # a dev caption's sentence (PMC5095497) on a fixture record
    found = mentions_of(base, "In the nuclei, peroxisome-proliferator-activated receptor α (PPAR α) down-regulates SLC25A20.")
    assert any(text.startswith("PPAR α") or text == "(PPAR α)" for text in found)
    assert "PPAR" not in found


MTB = "PMC10040548__fimmu-14-1121495-g006"


def test_a_caption_definition_beats_famplex_letters_and_databases_are_no_names() -> None:
    base = record(MTB)  # "methionine (Met)": not MET, the receptor kinase FamPlex reads in "Met"
    found = mentions_of(base, base.caption)
    assert found["Met"] == found["methionine"] and found["Met"] != "uniprot:P08581"
    assert "KEGG" not in mentions_of(base, "KEGG enrichment of the genes regulated by p53.")


def test_amino_acids_and_cofactors_are_metabolites_but_residues_are_not() -> None:
    base = record(MTB)
    found = mentions_of(base, "Serine and glycine feed one-carbon metabolism, which consumes NAD+ and SAM.")
    assert {"Serine", "glycine", "NAD+", "SAM"} <= set(found)
    stat3 = record(STAT3)
    found = mentions_of(stat3, "STAT3 is phosphorylated at serine 727 by serine/threonine kinases and at tyrosine 705.")
    assert "serine" not in found and "tyrosine" not in found


def test_a_caption_definition_of_a_molecule_outranks_an_ocr_gene_on_its_letters() -> None:
    base = record("PMC10040548__fimmu-14-1121495-g005")  # OCR lists the bacterial gene "orn"
    found = mentions_of(base, base.caption)
    assert found["Orn"] == found["ornithine"] == "caption:ornithine"


def test_macrophage_sign_plant_polymers_and_named_cell_death_forms() -> None:
    base = record("PMC10040549__fnut-10-1090338-g001")
    found = mentions_of(base, "NCOA4 mediates ferritinophagy, and lipid peroxidation drives ferroptosis in Mφ.")
    assert {"ferritinophagy", "lipid peroxidation", "Mφ"} <= set(found)
    assert "lignin" in mentions_of(base, "Peroxidases polymerize monolignols into lignin.")


def test_ocr_hits_on_disease_acronyms_adjectives_and_metabolite_classes() -> None:
    base = record("PMC10037657__ncrna-09-00019-g001")  # OCR lists "HCC" as a gene symbol
    assert mentions_of(base, "H19 promotes HCC progression.")["HCC"] == "caption:hcc"
    ferro = record("PMC10040549__fnut-10-1090338-g001")  # OCR "PUFA" matched a synonym of PUM3
    assert mentions_of(ferro, "LOXs oxidize PUFA in membranes.")["PUFA"] != "ncbigene:9933"
    cgas = record("PMC10036213__nihms-1878350-f0004")  # OCR lists "disordered" as a disease
    assert "disordered" not in mentions_of(cgas, "cGAS has intrinsically disordered regions.")
    onec = record(MTB)
    assert "co-substrate" not in mentions_of(onec, "SAM is a co-substrate of methyltransferases.")


GIGANTEA = "PMC10034405__fpls-14-1091644-g010"


def test_conjugates_of_a_metabolite_and_spaced_version_numbers_are_one_name() -> None:
    base = record("PMC10040549__fnut-10-1090338-g001")
    found = mentions_of(base, "LOXs oxidize PUFA-PL to PUFA-PLOOH, while cAMP-PKA signaling is spared.")
    assert "PUFA-PL" in found and "PUFA-PLOOH" in found
    assert "cAMP" in found and not any(text.startswith("cAMP-") for text in found)
    plant = record(GIGANTEA)
    found = mentions_of(plant, sentence(plant, "JAZs functions as a repressor"))
    assert "PDF 1.2" in found
    assert "PDF" in mentions_of(plant, "PDF rose 1.5 fold.")


def test_protein_parts_are_no_participants() -> None:
    base = record("PMC10036213__nihms-1878350-f0004")
    found = mentions_of(base, sentence(base, "(a) Left: cGAS binds"))
    assert "IDR" not in found and "cGAS" in found and "(dsDNA)" in found
    later = mentions_of(base, sentence(base, "(b) Left: The formation"))
    assert "(D/D)" not in later and "docking and dimerization" not in later


def test_a_name_coordinated_before_a_transporter_phrase_shares_its_head() -> None:
    base = record("PMC10038327__uxac107f0004")
    found = mentions_of(base, "Pro-inflammatory macrophages upregulate glucose and lactate transporters.")
    assert found["glucose"] == "caption:glucosetransporter" and "lactate transporters" in found
    assert mentions_of(base, "Receptor tyrosine kinases (RTK) and cytokine receptors signal.").get("(RTK)") != "caption:rtkreceptor"


def test_a_generic_ocr_synonym_is_no_name_in_the_caption() -> None:
    # OCR read "Receptor" in the figure and matched it to kita and ngfra by synonym: "CB1 receptors" in the caption
    # is CNR1, and "receptors" alone names neither gene
    base = record("PMC8703892__pharmaceuticals-14-01316-g001")
    found = mentions_of(base, sentence(base, "Following synthesis"))
    assert "receptors" not in found and found["CB1"] == "ncbigene:404209"


def test_a_precursor_named_with_pro_is_its_protein_by_its_own_name() -> None:
    # "Then, the activated NLRP3 inflammasome promotes the maturation of pro-IL-1β and pro-IL-18": FamPlex knows IL-1β and IL-18, and
    # each precursor is its own protein, named without the "pro" (the name had been cut to "pro-IL-1" for both)
    base = record("PMC10030580__fimmu-14-1122057-g002")
    target = with_caption(base, sentence(base, "Then, the activated NLRP3 inflammasome"))
    grounding = ground_record(target, entities_from_record(target))
    found = {m.text: m.key for m in grounding.caption_mentions}
    assert found["pro-IL-1β"] != found["pro-IL-18"]
    names = {grounding.candidates[found[text]].name for text in ("pro-IL-1β", "pro-IL-18") if found[text] in grounding.candidates}
    assert names == {"IL-1β", "IL-18"}


def test_a_short_capital_pair_with_a_number_is_one_name() -> None:
    # "PD-L1" (the letter and the number are tokens of their own, and "PD" alone is no symbol) and "GM-CSF"
    base = record("PMC4978554__theoncologist_15523_f2")
    target = with_caption(base, "PD-L1 on tumor cells binds PD-1, and GM-CSF activates dendritic cells.")
    found = {m.text for m in ground_record(target, []).caption_mentions}
    assert {"PD-L1", "PD-1", "GM-CSF"} <= found


def test_a_protein_named_after_what_it_binds_is_one_name() -> None:
    base = record("PMC3839599__cshperspectmed-SKN-017772_F3")
    # "Notch also promotes RA signaling by inducing the expression of retinol-binding proteins such as CRABP2, ..."
    found = mentions_of(base, sentence(base, "Notch also promotes RA signaling"))
    assert "retinol-binding proteins" in found and "retinol" not in found
    lxr = record("PMC5711269__AnnalsATS.201702-136AW_f1")
    # "... by upregulating ATP-binding cassette transporters A1 and G1 (ABCA1 and ABCG1, respectively)"
    found = mentions_of(lxr, sentence(lxr, "The LXRs promote compensatory"))
    assert not any(text == "ATP" for text in found)
    made_up = mentions_of(base, "TNF receptor-associated factor 6, cyclin-dependent kinase 4 and PKA-dependent phosphorylation.")
    assert "TNF receptor-associated factor 6" in made_up and "cyclin-dependent kinase 4" in made_up
    assert "PKA" in made_up  # ("X-dependent" with no number after a head noun states a relation, no name)
