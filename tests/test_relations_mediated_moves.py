"""A passive move or conversion with no agent named: the mediator after "via"/"through" is the one that moves or
converts ("Biliverdin is converted to bilirubin via BLVR"); whoever carries out a move across a membrane moves what
it names; drug names by their stem. On real caption sentences."""

from __future__ import annotations

from relation_support import has, one, record, run


def test_a_conversion_via_an_enzyme_is_the_enzymes_conversion() -> None:
    found = one("PMC8622696__pharmaceuticals-14-01122-g004", "Biliverdin is quickly converted to bilirubin")
    assert has(found, "BLVR", "converts", "biliverdin") and has(found, "BLVR", "increases", "bilirubin")
    assert has(found, "biliverdin", "converts", "bilirubin")
    assert not has(found, "bilirubin", "regulates", "BLVR")


def test_a_move_via_a_transporter_is_the_transporters_move() -> None:
    found = one("PMC6315738__pharmaceuticals-11-00128-g001", "Ferrous iron is subsequently transported")
    assert has(found, "DMT1", "translocates", "ferrous iron")
    assert not has(found, "ferrous iron", "regulates", "DMT1") and not has(found, "DMT1", "regulates", "enterocyte")


def test_the_agent_of_a_move_into_a_named_place_moves_the_cargo() -> None:
    base = record("PMC6315738__pharmaceuticals-11-00128-g001")
    # the caption's sentence with its agent named by "by": the transporter moves the iron, it does not act on the cell
    found = run(base, "Ferrous iron is subsequently transported into the enterocyte by the divalent metal transporter 1 (DMT1).")
    assert has(found, "DMT1", "translocates", "ferrous iron") and has(found, "ferrous iron", "translocates", "enterocyte")
    assert not has(found, "DMT1", "activates", "enterocyte")


def test_who_carries_out_a_move_moves_the_thing_and_a_cause_of_it_raises_it() -> None:
    found = one("PMC4979452__cddiscovery201650-f3", "Ca2+ influx is primarily mediated by")
    assert has(found, "VGCCs", "translocates", "Ca2+") and has(found, "TRPs", "translocates", "Ca2+")
    assert not has(found, "VGCCs", "increases", "Ca2+")
    found = one("PMC4979452__cddiscovery201650-f3", "Ca2+ efflux is achieved by")  # "achieved by": a passive doer
    assert has(found, "PMCAs", "translocates", "Ca2+") and has(found, "NCXs", "translocates", "Ca2+")
    base = record("PMC4979452__cddiscovery201650-f3")
    # the caption's channels named as the agent of the influx, and a cause of it: the agent moves, the cause raises
    found = run(base, "VGCC-mediated Ca2+ influx activates CaMKII, and Kv1.3 promotes Ca2+ influx.")
    assert has(found, "VGCC", "translocates", "Ca2+") and has(found, "Kv1.3", "increases", "Ca2+")


def test_an_adverb_between_be_and_a_past_participle_keeps_the_passive() -> None:
    found = one("PMC8163614__ajpregu.00287.2020_f001", "This is also achieved downstream")
    assert not has(found, "mitochondrial biogenesis", "activates", "adenylate cyclase")


def test_drug_name_stems_name_caption_only_drugs() -> None:
    base = record("PMC7905385__gr1b_lrg")
    found = run(base)  # "Inhibitors like Opaganib () can inhibit the SK enzyme": "-nib" ends any kinase inhibitor's name
    assert has(found, "Opaganib", "inhibits", "SK") and has(found, "thalidomide", "inhibits", "caspase-1")
    found = run(base, "The drugs tranilast, thalidomide, levamisole, enasidenib, vorinostat and palbociclib reduce IL-1β.")
    drugs = {e.name.casefold(): e.type for e in found.entities if e.mentions}
    for drug in ("tranilast", "thalidomide", "levamisole", "enasidenib", "vorinostat", "palbociclib"):
        assert drugs.get(drug) == "chemical", drug


def test_capitals_hyphen_number_is_a_gene_symbol() -> None:
    found = one("PMC3405868__cshperspect-WNT-007948_F4", "The β-catenin WRM-1 interacts with LIT-1/NLK")
    assert has(found, "WRM-1", "binds", "LIT-1") and has(found, "WRM-1", "phosphorylates", "POP-1")
    found = run(record("PMC517820__pbio.0020280.g008"), "DAF-16 inhibits DAF-12 and HSP-70 in MCF-7 cells.")
    assert has(found, "DAF-16", "inhibits", "DAF-12") and has(found, "DAF-16", "inhibits", "HSP-70")
    assert not any(e.name == "MCF-7" for e in found.entities)  # a cell line is no gene


def test_a_lower_case_hyphenated_compound_modifies_a_process_head() -> None:
    found = one("PMC5287062__cshperspectmed-PCA-026112_F1", "The resulting increased p21 and/or Rb activity")
    assert has(found, "p21", "activates", "permanent cell-cycle arrest") and has(found, "Rb", "activates", "senescence")
    found = run(record("PMC5287062__cshperspectmed-PCA-026112_F1"), "p53 activity drives cell-mediated immunity.")
    assert not any("cell-mediated" in e.name for e in found.entities)  # an agent, not a compound modifier


def test_a_coagulation_factor_is_named_by_its_numeral() -> None:
    found = one("PMC7302080__ane-publish-ahead-of-print-10.1213.ane.0000000000005059-g001", "Reduction of activated factor V")
    assert has(found, "factor V", "increases", "prothrombinase")  # (its reduction reduces the activity)
    assert not any(e.name in {"V", "VIII"} for e in found.entities)


def test_a_role_noun_between_two_names_after_a_verb_describes_the_second() -> None:
    found = one("PMC4588066__cshperspect-SIG-006064_F1", "In parallel, progesterone stimulates translation of RINGO")
    assert has(found, "Myt1", "inhibits", "CDK1") and has(found, "CDK1", "phosphorylates", "Myt1")
    found = run(record("PMC4588066__cshperspect-SIG-006064_F1"), "PKA inhibits the CDK1 activator Cdc25.")
    assert has(found, "PKA", "inhibits", "Cdc25") and has(found, "Cdc25", "activates", "CDK1")
    assert not has(found, "PKA", "inhibits", "CDK1")


def test_a_short_name_ending_in_s_after_a_class_noun_is_a_name() -> None:
    found = run(record("PMC4588066__cshperspect-SIG-006064_F1"), "EGFR activates the small GTPase Ras and Erk and Abl kinases.")
    assert has(found, "EGFR", "activates", "Ras") and has(found, "EGFR", "activates", "Abl")


def test_a_class_word_after_a_name_heads_that_name() -> None:
    found = one("PMC3040460__TOCHGENJ-4-84_F1", "G12-coupled receptors activate small G protein RhoA GTPase")
    assert has(found, "G12-coupled receptors", "activates", "RhoA")
    assert not has(found, "G12-coupled receptors", "activates", "GTPase")


def test_a_capitalised_word_alone_inside_a_sentence_names_a_gene() -> None:
    found = one("PMC509316__pbio.0020276.g002", "Toll is activated by the processed Spätzle")
    assert has(found, "Spätzle", "activates", "Toll")
    found = one("PMC4665079__cshperspect-SIG-006080_F2", "Upon release in the cytosol, Smac and Omi")
    assert has(found, "Smac", "inhibits", "XIAP") and has(found, "Omi", "binds", "XIAP")
    found = run(record("PMC4588066__cshperspect-SIG-006064_F1"),  # (a record whose OCR names none of these)
                "In Drosophila, Toll signals via the proteins Tube and Pelle in Kupffer cells in Salmonella Typhimurium "
                "infection (drawn with Biorender; from Elsevier, with Differential labels).")
    named = {e.name for e in found.entities if e.mentions}
    assert {"Toll", "Tube", "Pelle"} <= named
    # an organism, a cell type's eponym, a serovar, a drawing tool, a publisher, an adjective
    assert not named & {"Drosophila", "Kupffer", "Typhimurium", "Biorender", "Elsevier", "Differential"}


def test_a_capitalised_event_word_after_a_panel_label_is_no_gene() -> None:
    found = run(record("PMC509316__pbio.0020276.g002"), "(c) and (d) Phosphorylation of Pelle requires Tube.")
    assert not any(e.name == "Phosphorylation" for e in found.entities)


def test_its_after_a_passive_names_the_patient_not_the_agent() -> None:
    found = one("PMC6943888__40035_2019_179_Fig1_HTML", "δ-secretase is phosphorylated by Akt which inhibits its activity")
    assert has(found, "Akt", "inhibits", "δ-secretase") and not has(found, "Akt", "inhibits", "Akt")
    found = run(record("PMC6943888__40035_2019_179_Fig1_HTML"),
                "δ-secretase is phosphorylated by Akt, resulting in its degradation.")  # the same words, a participle
    assert has(found, "Akt", "decreases", "δ-secretase") and not has(found, "δ-secretase", "decreases", "Akt")


def test_a_plural_head_between_critical_and_for_keeps_the_requirement() -> None:
    found = one("PMC2773628__cshperspect-NFK-000067_F1", "NIK and IKKα are critical kinases")
    assert has(found, "NIK", "phosphorylates", "p100") and has(found, "IKKα", "phosphorylates", "p100")


def test_a_ligand_name_with_r_names_its_receptor() -> None:
    found = one("PMC7876357__wound.2020.1192_figure5", "Bambi suppression, particularly")
    assert has(found, "TGF-βR", "phosphorylates", "SMAD2/3")
    assert not any(e.name == "TGF" for e in found.entities)


def test_a_residue_span_names_a_peptide() -> None:
    found = one("PMC7219856__jcvp-publish-ahead-of-print-10.1097.fjc.0000000000000840-g001",
                "Angiotensin converting enzyme-2 (ACE2) counterbalances")
    assert has(found, "angiotensin-(1-7)", "binds", "MAS1") and has(found, "angiotensin-(1-7)", "activates", "vasodilation")
    assert not has(found, "angiotensin-II", "binds", "MAS1")
    found = run(record("PMC4588066__cshperspect-SIG-006064_F1"), "Ang-(1–7) activates CDK1.")  # (no OCR word for it)
    assert any(e.name == "Ang-(1–7)" for e in found.entities)


def test_a_possessed_role_noun_after_a_means_names_the_mediator() -> None:
    found = one("PMC10975450__pharmaceuticals-17-00337-g002", "Hedgehog (Hh) signaling occurs")
    assert has(found, "Hh", "inhibits", "PTCH2") and has(found, "PTCH2", "inhibits", "Smo")


def test_a_kind_word_after_the_names_keeps_the_event() -> None:
    found = one("PMC2721684__intimmdxp017f01_4c", "(C) The TAK1 complex activates the IKK complex")
    assert has(found, "IKKβ", "phosphorylates", "IκB") and not has(found, "IKKβ", "increases", "IκB")
    found = run(record("PMC3941218__cshperspect-RTK-009191_F1"),
                "IGF-1R leads to the phosphorylation of receptor substrates such as IRS and Shc proteins.")
    assert has(found, "IGF-1R", "phosphorylates", "IRS") and has(found, "IGF-1R", "phosphorylates", "Shc")


def test_an_adverb_after_be_keeps_the_passive_and_a_by_agent_converts() -> None:
    found = one("PMC8174805__ajprenal.00045.2021_f001", "Retinol is first oxidized into retinal")
    assert has(found, "ADH", "converts", "retinol") and not has(found, "retinol", "converts", "ADH")


def test_a_place_a_passive_move_starts_from_is_no_agent() -> None:
    found = one("PMC2773630__cshperspect-SYM-003384_F6", "In cells undergoing pheromone response")
    assert not any(r.interaction == "translocates" for r in found.relations)  # (the nucleus moves nothing)
    assert has(found, "Far1", "binds", "Cdc24")


def test_an_opening_setting_names_no_subject() -> None:
    found = one("PMC8174805__ajprenal.00045.2021_f002", "In mice with crescentic glomerulonephritis")
    assert has(found, "RA", "activates", "podocyte regeneration")
    assert not has(found, "FSGS", "activates", "podocyte regeneration")


def test_a_dashed_range_of_numbered_siblings_is_no_chain() -> None:
    found = one("PMC4448615__cshperspect-CSZ-019158_F1", "(C) A portion of the yeast PM and CW")
    assert not has(found, "Wsc1", "activates", "Wsc3") and not has(found, "Mid1", "activates", "Mid2")
    found = run(record("PMC4448615__cshperspect-CSZ-019158_F1"), "Stress activates the Wsc1–Pkc1–Mpk1 pathway.")
    assert has(found, "Wsc1", "activates", "Pkc1")  # a dashed chain of different names is still one
