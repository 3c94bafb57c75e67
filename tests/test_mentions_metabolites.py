"""Metabolites that no OCR list names: by a lexicon of common metabolites, by endings English words do not have
("kynurenine", "spermidine"), by whole names that commas and spaces would split ("phosphatidylinositol-4,5-
bisphosphate", "kynurenic acid"), and the enzymes named after them ("cystathionine γ-lyase"). On real captions."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from relation_support import has, one, passage, record, run, sentence, with_caption

from pfocr_net.entities import entities_from_record
from pfocr_net.mentions import _WHOLE_CHEMICAL, _whole_chemicals, ground_record


def _mention_types(name: str, caption: str) -> dict[str, str]:
    """Mention text -> node type, for a caption read with a fixture record's OCR entities."""
    target = with_caption(record(name), caption)
    grounding = ground_record(target, entities_from_record(target))
    return {m.text: grounding.type_of(m.key) for m in grounding.caption_mentions}


def test_a_metabolite_named_by_its_ending_is_a_participant() -> None:
    found = one("PMC12150400__research.0728.fig.001", "(C) Indole pathway")
    # "TrpD catalyzes Trp to tryptamine, further processed into IE, indole-3-acetate, and IAA."
    assert has(found, "Trp", "converts", "tryptamine") and has(found, "TrpD", "increases", "tryptamine")


def test_a_lexicon_metabolite_abbreviation_is_a_participant() -> None:
    found = one("PMC12150400__research.0728.fig.001", "KAT catalyzes the conversion of 3-HK")
    assert has(found, "3-HK", "converts", "XANA") and has(found, "KAT", "converts", "3-HK")


def test_a_name_with_locants_is_one_metabolite() -> None:
    found = one("PMC7918669__pharmaceuticals-14-00148-g007", "PLC catalyzes the hydrolysis")
    # "PLC catalyzes the hydrolysis of phosphatidylinositol-4,5-bisphosphate into inositol 1,4,5-triphosphate (IP3)
    # and diacylglycerol (DAG)."
    pip2 = "phosphatidylinositol-4,5-bisphosphate"
    assert has(found, "PLC", "converts", pip2) and has(found, pip2, "converts", "IP3")
    assert has(found, pip2, "converts", "diacylglycerol") and has(found, "PLC", "increases", "IP3")
    assert not any(e.name in {"phosphatidylinositol-4", "5-bisphosphate"} for e in found.entities)


def test_a_drug_named_with_nitrogen_locants_is_one_name() -> None:
    found = one("PMC7690791__pharmaceuticals-13-00334-g004", "Main intracellular signalling pathways")
    # "Main intracellular signalling pathways after activation of 5-HT2A-C receptors by N,N-dimethyltryptamine (DMT)."
    assert has(found, "DMT", "activates", "5-HT2A-C receptors")


def test_an_ic_acid_is_one_metabolite_and_its_enzyme_one_protein() -> None:
    kynurenine = "PMC3181925__DialoguesClinNeurosci-11-319-g001"
    types = _mention_types(kynurenine, sentence(record(kynurenine), "Metabolism of tryptophan"))
    assert types.get("kynurenic acid") == "smallmolecule"
    assert types.get("kynurenine aminotransferase") == "protein"
    assert "aminotransferase" not in types


def test_an_enzyme_named_after_its_substrate_is_one_protein() -> None:
    found = one("PMC3579397__cshperspect-MIT-011437_F1", "Cystathionine γ-lyase (CSE)")
    # "Cystathionine γ-lyase (CSE) converts cystathionine to cysteine (Cys)."
    assert has(found, "CSE", "converts", "cystathionine") and has(found, "cystathionine", "converts", "cysteine")
    assert not has(found, "cystathionine", "converts", "cystathionine")


def test_a_hyphen_joined_enzyme_name_is_left_whole() -> None:
    # "ATP-citrate lyase": the enzyme extends the whole hyphen-joined name, not its last chemical
    extraction = run(with_caption(record("PMC3181925__DialoguesClinNeurosci-11-319-g001"),
                                  "SREBP1 induces ATP-citrate lyase (ACLY) expression."))
    assert not any(e.name == "citrate lyase" for e in extraction.entities)


def test_english_words_with_a_chemical_ending_are_no_metabolites() -> None:
    found = _mention_types("PMC3181925__DialoguesClinNeurosci-11-319-g001",
                           "We examine whether famine and paranoid states determine the outcome.")
    assert found == {}


def test_a_receptor_named_after_its_ligand_binds_it() -> None:
    found = one("PMC10036213__nihms-1878350-f0004", "Right: However")
    # "excess cGAMP production has been shown to trigger LLPS of the ER-resident cGAMP receptor STING"
    assert has(found, "cGAMP", "binds", "STING")
    assert not any(e.name == "cGAMP receptor" for e in found.entities)


def test_a_species_is_one_organism_under_its_full_or_abbreviated_genus() -> None:
    candida = "PMC7343979__mSphere.00366-20-f0001"
    types = _mention_types(candida, passage(record(candida), "Signal transduction pathways", "morphogenesis."))
    assert types.get("C. albicans") == "other" and "albicans" not in types
    found = _mention_types(candida, "Candida albicans and Mycobacterium tuberculosis activate Dectin-1 signaling.")
    assert found.get("Candida albicans") == "other" and found.get("Mycobacterium tuberculosis") == "other"
    assert found.get("Dectin-1") == "protein"  # a capitalised "-in" name with a number is a protein, as "pannexin-1"


def test_a_word_after_a_defined_name_is_no_species_epithet() -> None:
    # "GIGANTEA (GI)" defines a caption-only name of no known type; the verb after it is no epithet
    base = record("PMC10034405__fpls-14-1091644-g010")
    found = run(base)
    assert not any(e.name.startswith("GIGANTEA ") for e in found.entities)
    assert has(found, "GIGANTEA", "inhibits", "wilt disease resistance")


_CHEMICAL_PIECES = ["kynurenic", " acid", "ic acid", "phosphatidylinositol", "inositol", "guanosine", "-", " ", ",",
                    ", ", "4", "5", "1", "25", "'", "\u2032", "(", ")", "N", "N,N", "-bisphosphate", "-cyclic",
                    " monophosphate", "dihydroxyvitamin", " D3", "x", "3-hydroxyanthranilic", "acids", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CHEMICAL_PIECES), max_size=14))
def test_whole_chemical_names_found_by_anchor_are_those_the_pattern_finds(pieces: list[str]) -> None:
    # the search tried only near "ic acid" and locant pairs finds exactly what the pattern finds anywhere
    text = "".join(pieces)
    assert _whole_chemicals(text) == [m.group(0) for m in _WHOLE_CHEMICAL.finditer(text)]
