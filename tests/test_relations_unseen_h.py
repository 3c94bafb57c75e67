"""Constructions found while checking the reader on held-out part H, each on a real caption sentence."""

from __future__ import annotations

from relation_support import has, record, run

WNT = "PMC8465904__pharmaceuticals-14-00871-g001"


def test_a_process_abbreviation_is_the_process_not_the_ocr_gene_synonym() -> None:
    # OCR read "EMT" in the figure and PFOCR matched it to ITK through a gene synonym
    found = run(record(WNT), "Calcium activates CAMK and regulates EMT, cell invasion, and migration.")
    assert has(found, "calcium", "regulates", "EMT")
    emt = next(e for e in found.entities if "EMT" in e.mentions)
    assert emt.type == "biologicalprocess"
    assert not any("ITK" in e.name for e in found.entities if e.mentions)


def test_a_participle_after_a_purpose_clause_goes_on_from_the_clause_subject() -> None:
    sentence = ("In the nucleus, β-catenin interacts with TCF/LEF and transcriptional coactivators like CBP and p300 "
                "to transcribe its target genes, regulating cell survival and apoptosis.")
    found = run(record(WNT), sentence)
    assert has(found, "β-catenin", "binds", "TCF/LEF")
    assert has(found, "β-catenin", "regulates", "apoptosis")
    assert not has(found, "p300", "regulates", "apoptosis")
    assert not has(found, "TCF/LEF", "regulates", "cell survival")


def test_a_place_opening_a_clause_after_a_semicolon_is_no_part_of_its_subject() -> None:
    found = run(record(WNT), "Dvl favors a cytoplasmic accumulation of β-catenin; in the nucleus, β-catenin interacts "
                             "with TCF/LEF and p300 to transcribe its target genes, regulating cell survival.")
    assert has(found, "β-catenin", "binds", "TCF/LEF")
    assert has(found, "β-catenin", "binds", "p300")
    assert has(found, "β-catenin", "regulates", "cell survival")
    assert not has(found, "nucleus", "binds", "TCF/LEF")


DNA_DAMAGE = "PMC4033983__pharmaceuticals-03-01311-g002"


def test_a_companion_after_which_shares_the_antecedents_role() -> None:
    found = run(record(DNA_DAMAGE), "DNA DSBs generally activate ATM, which along with the Mre11 protein, can "
                                    "facilitate DNA repair or phosphorylate the Chk2 kinase.")
    assert has(found, "ATM", "activates", "DNA repair")
    assert has(found, "ATM", "phosphorylates", "Chk2")
    assert has(found, "Mre11", "activates", "DNA repair")


def test_members_named_after_a_plural_class_and_like_are_its_examples() -> None:
    found = run(record(WNT), "Calcium promotes the activation of small GTPases like Rac1, Cdc42, and RhoA.")
    assert has(found, "calcium", "activates", "Rac1")
    assert has(found, "calcium", "activates", "RhoA")


def test_with_the_subsequent_puts_the_object_before_the_next_event() -> None:
    found = run(record(WNT), "Calcium activates CAMK, with the subsequent transactivation of NFAT.")
    assert has(found, "CAMK", "activates", "NFAT")
    assert not has(found, "calcium", "activates", "NFAT")


def test_a_complex_formed_by_named_members_binds_them_and_acts_as_the_agent() -> None:
    found = run(record(WNT), "Cytosolic β-Catenin is phosphorylated by a Destruction Complex formed by APC, Axin, CKI, "
                             "and GSK3β, which lead to its proteasomal degradation.")
    assert has(found, "APC", "binds", "Axin")
    assert has(found, "Axin", "binds", "GSK3β")
    assert has(found, "destruction complex", "phosphorylates", "β-catenin")  # the named complex is the agent
    assert not has(found, "β-catenin", "binds", "APC")


GLUCOSE_UPTAKE = "PMC3331699__cshperspect-SIG-006031_F3"


def test_a_nucleotide_is_the_molecule_not_an_ocr_gene_synonym() -> None:
    # OCR read "GTP" in the figure and PFOCR matched it to MTG1 through a gene synonym
    found = run(record(GLUCOSE_UPTAKE), "Rab:GTP promotes fusion, and GTP activates Rab.")
    gtp = [e for e in found.entities if "GTP" in e.mentions]
    assert gtp and all(e.type in {"smallmolecule", "chemical"} for e in gtp)
    assert not any(e.name == "MTG1" for e in found.entities if e.mentions)


def test_a_family_name_is_the_family_not_an_ocr_gene_synonym() -> None:
    # OCR read "AP-1" in the figure and PFOCR matched it to FOS through a gene synonym; FamPlex reads it as AP1
    found = run(record(WNT), "JNK activates the AP-1 transcriptional factor.")
    ap1 = next(e for e in found.entities if "AP-1" in e.mentions)
    assert ap1.represents == "fplx:AP1"
    assert has(found, "JNK", "activates", "AP1")


INFLAMMASOME = "PMC4979470__cddiscovery201619-f1"
RAG = "PMC261890__pbio.0000053.g008"


def test_a_ligand_followed_by_receptor_names_the_receptor_not_the_ligand() -> None:
    found = run(record(INFLAMMASOME), "TNF receptor activation and IL-1 receptors activate NF-κB, and the cGAMP receptor "
                                      "STING binds cGAMP.")
    assert has(found, "TNF receptor", "activates", "NF-κB")
    assert has(found, "IL-1 receptors", "activates", "NF-κB")
    assert not has(found, "TNF", "activates", "NF-κB")
    assert has(found, "cGAMP", "binds", "STING")


def test_spelled_out_receptor_families_are_grounded_in_famplex() -> None:
    found = run(record(INFLAMMASOME), "Toll-like receptors and the T cell receptor activate NF-κB.")
    nodes = {e.represents for e in found.entities if e.mentions}
    assert {"fplx:TLR", "fplx:TCR"} <= nodes
    assert has(found, "TLR", "activates", "NF-κB")


def test_a_name_before_independent_is_no_participant() -> None:
    found = run(record(RAG), "Caspase-independent cell death is induced by AIF.",
                title="T Cell Receptor-Independent Basal Signaling Suppresses RAG Gene Expression")
    assert not has(found, "TCR", "decreases", "RAG")
    caspase = {e.key for e in found.entities if "Caspase" in e.mentions}
    assert not any(r.subject in caspase for r in found.relations)


def test_a_ligand_receptor_is_the_records_gene_named_for_the_ligand_symbol() -> None:
    found = run(record("PMC3941218__cshperspect-RTK-009191_F1"), "IGF-1 binds the IGF-1 receptor.")
    receptor = next(e for e in found.entities if "IGF-1 receptor" in e.mentions)
    assert receptor.name == "IGF1R"
    assert has(found, "IGF1", "binds", "IGF1R")


def test_an_abbreviation_defined_with_spaces_inside_its_parentheses_is_read() -> None:
    found = run(record("PMC4671321__Int-J-Fertil-Steril-9-361-g05"),
                "Leukemia inhibitory factor ( LIF ) stimulation causes inactivation of GSK3-β.")
    assert has(found, "LIF", "inhibits", "GSK3-β")
    assert not any(e.type == "disease" for e in found.entities if e.mentions)


def test_an_aspect_of_a_named_thing_is_no_process_node() -> None:
    found = run(record("PMC4979452__cddiscovery201650-f5"),
                "Interferon and other chemical messengers activate the kinase function of JAK.")
    assert not any("kinase function" in " ".join(e.mentions) for e in found.entities)
    assert not has(found, "interferon", "activates", "kinase function")


def test_a_process_joined_to_a_promoting_participle_describes_the_next_noun() -> None:
    found = run(record("PMC9147336__microorganisms-10-00899-g006"),
                "A picture depicting induced systemic resistance (ISR), which is induced by plant growth-promoting "
                "rhizobacteria that provide resistance to biotic stresses, and systemic acquired resistance (SAR).")
    assert not any("plant growth" in e.mentions for e in found.entities)


def test_examples_of_an_unnamed_requirement_are_its_causes() -> None:
    found = run(record(INFLAMMASOME), "NLRP3 inflammasome activation requires an initial signal, such as toll-like "
                                      "receptor or TNF receptor activation, that activates NF-κB.")
    assert has(found, "TLR", "activates", "NLRP3")
    assert has(found, "TNF receptor", "activates", "NF-κB")
    assert not has(found, "NLRP3", "activates", "TLR")


def test_a_parenthesised_pathway_label_after_a_clause_is_no_participant() -> None:
    found = run(record(WNT), "Calcium activates CAMK, with the regulation of EMT, cell invasion, and migration "
                             "(Wnt/Ca2+pathway).")
    assert has(found, "calcium", "activates", "CAMK")
    assert not has(found, "calcium", "activates", "Wnt")
    assert not has(found, "CAMK", "activates", "Wnt")


def test_a_signal_named_only_by_its_mediators_has_them_as_subject() -> None:
    found = run(record(RAG), "Signaling through Erk suppresses RAG expression.")
    assert has(found, "ERK", "decreases", "RAG")


def test_a_class_noun_after_a_name_is_the_names_head() -> None:
    found = run(record(RAG), "Abl and Erk kinases deliver signals.",
                title="Basal Signaling via Erk and Abl Kinases Suppresses RAG Gene Expression")
    assert has(found, "Abl", "decreases", "RAG")
    assert has(found, "Erk", "decreases", "RAG")
    assert not any("kinases" in " ".join(e.mentions).casefold() for e in found.entities)


def test_receptor_after_coordinated_ligands_names_the_receptor_of_each() -> None:
    found = run(record("PMC3941218__cshperspect-RTK-009191_F1"),
                "Activation of insulin and IGF-1 receptors leads to the phosphorylation of IRS.")
    assert has(found, "insulin receptor", "phosphorylates", "IRS")
    assert has(found, "IGF1R", "phosphorylates", "IRS")
    assert [e.name for e in found.entities if "insulin" in e.mentions] == ["insulin receptor"]


def test_a_cell_cycle_phase_before_arrest_is_no_gene() -> None:
    # OCR listed a gene with the symbol "G1"; the caption means the phase
    found = run(record(DNA_DAMAGE), "Chk2 leads to activation of p53 followed by G1 arrest or apoptosis.")
    assert has(found, "p53", "activates", "G1 arrest")
    assert not has(found, "p53", "inhibits", "G1")


def test_an_ocr_synonym_shared_by_several_genes_names_the_gene_whose_symbol_it_resembles() -> None:
    found = run(record("PMC4665079__cshperspect-SIG-006080_F4"), "TNFR1 recruits the adaptor protein TRADD and the kinase RIP1.")
    assert has(found, "TNFR1", "binds", "RIPK1")  # not UQCRFS1, KRR1 or RALBP1, which also have the synonym RIP1
    found = run(record("PMC2675030__intimmdxp021f03_4c"), "IL-23 activates STAT-3.")
    assert has(found, "IL23A", "activates", "STAT3")  # not IL37


def test_names_in_parentheses_after_a_complex_are_its_members() -> None:
    found = run(record("PMC4665079__cshperspect-SIG-006080_F6"),
                "The latter activates the initiation complex (beclin 1, VPS15, and VPS34).")
    assert has(found, "beclin 1", "binds", "VPS15") and has(found, "VPS15", "binds", "VPS34")
    binding = next(r for r in found.relations if r.interaction == "binds")
    assert binding.trigger == "" and binding.trigger_span is None  # the parenthesis is no trigger word


def test_not_only_negates_nothing() -> None:
    found = run(record("PMC3539509__medscimonit-17-4-RA100-g002"),
                "The activated TAK1 not only activates the IKK complex activating NF-κB, also activates the MAPKs.")
    assert any(r.interaction == "activates" and not r.negated for r in found.relations)
    assert not any(r.negated for r in found.relations)
