"""Constructions found while checking the reader on held-out part L (after its first run), on real caption sentences."""

from __future__ import annotations

from relation_support import has, record, run

WNT_CA = "PMC3367549__cshperspect-MDV-008151_F2"


def test_an_abbreviated_vague_group_is_no_participant() -> None:
    found = run(record(WNT_CA), "Other downstream transcription factors (TFs) are activated by PKC and CaMKII.")
    assert not any("TFs" in e.mentions or "transcription factors" in e.mentions for e in found.entities)
    assert not has(found, "PKC", "activates", "TFs")


def test_a_number_before_receptors_is_no_receptor_name() -> None:
    found = run(record("PMC3367558__cshperspect-WNT-008045_F1"), "Wnt can form a complex with Lrp-5/6 receptors.")
    assert not any(e.name.startswith("6 ") for e in found.entities if e.mentions)


def test_an_article_before_receptors_names_no_receptor() -> None:
    found = run(record("PMC516799__pbio.0020311.g003"),
                "The receptors negatively regulate ethylene response together with CTR1.")
    assert not any(e.name.casefold().startswith("the ") for e in found.entities if e.mentions)


def test_canonical_and_ligands_around_a_name_leave_the_binding_event_whole() -> None:
    found = run(record(WNT_CA),
                "The binding of canonical WNT ligands to Frizzled (Fz) and LRP5/6 receptors results in the "
                "phosphorylation of LRP5/6 through the action of Dishevelled (Dsh).")
    lrp = "LRP5" if has(found, "WNT", "binds", "LRP5") else "LRP6"  # "LRP5/6": either
    assert has(found, "WNT", "binds", "Fz") and has(found, "WNT", "binds", lrp)
    assert has(found, "WNT", "phosphorylates", lrp)
    assert not has(found, "Fz", "phosphorylates", lrp)  # the ligand's binding is the cause, not its partner


def test_a_function_word_is_no_gene_even_where_ocr_matched_it_to_one() -> None:
    found = run(record("PMC5666637__cshperspect-TGF-022269_F5"),  # OCR matched the word "an" to the gene AN
                "BMP increases the expression of sclerostin (SOST), an inhibitor of Wnt signaling.")
    assert not any("an" in e.mentions for e in found.entities)
    assert has(found, "SOST", "inhibits", "Wnt")


def test_signed_regulators_and_crucial_for() -> None:
    found = run(record("PMC5411695__cshperspect-CIL-028175_F3"),
                "PTCH1 and Gpr161 are negative regulators of the Hh pathway.")
    assert has(found, "PTCH1", "inhibits", "Hh") and has(found, "Gpr161", "inhibits", "Hh")
    found = run(record("PMC5666637__cshperspect-TGF-022269_F5"), "BMP is crucial for bone formation.")
    assert has(found, "BMP", "activates", "bone formation")


def test_a_condition_in_the_absence_of_something_negates_nothing() -> None:
    found = run(record("PMC3405868__cshperspect-WNT-007948_F1"),
                "(A) In the absence of signal, the destruction complex (including Axin, APC, GSK3β, and CK1α) "
                "phosphorylates β-catenin, targeting it for ubiquitination and destruction by the proteasome.")
    assert has(found, "destruction complex", "phosphorylates", "β-catenin") and has(found, "Axin", "binds", "APC")
    assert not any(r.negated for r in found.relations)


def test_culminate_in_is_a_forward_connective() -> None:
    found = run(record("PMC7047255__biores.2020.0005_figure7"),
                "BMP, HH, and Wnt pathways culminate in upregulation of crucial osteogenic transcription factors, "
                "including Runx2 and Sp7.")
    assert has(found, "BMP", "increases", "Runx2") and has(found, "Wnt", "increases", "Sp7")


def test_a_word_ending_in_genesis_is_a_process() -> None:
    found = run(record("PMC5666637__cshperspect-TGF-022269_F5"),
                "Wnt signaling normally promotes osteoblastogenesis and bone formation.")
    assert has(found, "Wnt", "activates", "osteoblastogenesis") and has(found, "Wnt", "activates", "bone formation")
    assert any(e.type == "biologicalprocess" for e in found.entities if "osteoblastogenesis" in e.mentions)
