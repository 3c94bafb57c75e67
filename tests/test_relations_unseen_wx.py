"""Constructions found while checking the reader on held-out parts Q to X, on real caption sentences."""

from __future__ import annotations

from relation_support import has, one, record, run


def test_a_signed_adverb_gives_regulate_its_sign() -> None:
    found = one("PMC3146736__mplantssr007f02_4c", "By contrast, cytokinin negatively regulates")
    assert has(found, "cytokinin", "inhibits", "LR initiation")
    assert not has(found, "cytokinin", "regulates", "LR initiation")
    found = one("PMC2924424__chemsebjq045f02_3c", "Activation of PI3K produces")
    assert has(found, "PIP3", "inhibits", "CNGC")


def test_regulation_both_ways_keeps_no_sign() -> None:
    # "Costimulatory molecules that positively or negatively regulate immune responses" (PMC5381059 Fig1) names no
    # participant this record knows, so the construction is read with this record's own names
    found = run(record("PMC6276890__carcinbgq028f01_4c"), "The AhR positively or negatively regulates ERα.")
    assert has(found, "AhR", "regulates", "ERα")
    assert not has(found, "AhR", "inhibits", "ERα") and not has(found, "AhR", "activates", "ERα")


def test_damage_and_counterbalance_are_verbs_and_damage_to_is_a_noun() -> None:
    found = one("PMC12196518__pharmaceuticals-18-00893-g001", "(3) Excessive ROS generation")
    assert has(found, "ROS", "activates", "NF-κB")  # the subject carries past "can directly damage LSECs, ..."
    assert not has(found, "LSECs", "activates", "NF-κB")
    found = one("PMC7219856__jcvp-publish-ahead-of-print-10.1097.fjc.0000000000000840-g001", "Angiotensin converting enzyme-2 (ACE2) counterbalances")
    assert has(found, "ACE2", "inhibits", "angiotensin II")
    # "... DJ-1 can prevent mitochondrial damage ... it is likely that ... damage to multiple cellular pathways leads to
    # neuronal dysfunction and, eventually, cell death": read as a verb, "damage" made the parkin of the sentence
    # before the cause of cell death
    found = run(record("PMC526782__pbio.0020401.g001"))
    assert not has(found, "PRKN", "activates", "cell death")


def test_an_abbreviation_long_form_starts_at_the_repeated_stem() -> None:
    # "Binding of CRF to the CRF type 1 receptor (CRFR1)": the receptor's name is "CRF type 1 receptor", not
    # "CRF to the CRF type 1 receptor", which would swallow the ligand
    found = one("PMC3181830__DialoguesClinNeurosci-8-383-g001", "Binding of CRF to")
    assert has(found, "CRF", "binds", "CRFR1")


def test_partners_named_after_a_partner_noun() -> None:
    found = one("PMC4978554__theoncologist_15523_f2", "However, activated tumor-infiltrating T cells")
    assert has(found, "PD-1", "binds", "PD-L1") and has(found, "PD-1", "binds", "PD-L2")


def test_a_slash_pair_before_a_modified_complex_noun_binds() -> None:
    found = one("PMC2902905__mplantssn069f01_4c", "The SNX1/VPS29 retromer complex")
    assert has(found, "SNX1", "binds", "VPS29")


def test_a_partner_noun_before_a_name_is_the_name() -> None:
    found = one("PMC6370335__jclintranslres-4-001-g002", "HGF binds its receptor c-Met")
    assert has(found, "HGF", "binds", "c-Met")


def test_more_verbs_and_their_adjective_forms() -> None:
    found = one("PMC10383192__pharmaceuticals-16-00932-g001", "The RAS/RAF/MEK/ERK pathway guides")
    assert has(found, "ERK", "regulates", "cell proliferation")
    # "mRNAs encoding ferritin subunits ... and block their translation": the participle names the mRNAs
    found = one("PMC6315738__pharmaceuticals-11-00128-g001", "At low intracellular iron concentrations")
    assert not has(found, "FPN", "decreases", "LIX1")


def test_the_effect_of_one_thing_on_another() -> None:
    found = one("PMC5874888__bioengineering-05-00022-g004", "Effects of hypoxia on HIF-1α")
    assert has(found, "hypoxia", "regulates", "HIF-1α")
    found = one("PMC2905205__jexboterq177f02_3c", "(D) Inhibitory action of PAPLD on CTR1")
    assert has(found, "PAPLD", "inhibits", "CTR1")


def test_a_role_apposition_names_its_target_after_of() -> None:
    found = one("PMC2908764__cshperspect-AXN-002055_F3", "Robo3.1 (Rig-1)")
    assert has(found, "Robo3.1", "inhibits", "Robo1")
    # a glossary entry that spells out the name states no relation
    found = one("PMC6396335__cshperspect-CYT-028480_F1", "SOCS, Suppressors of cytokine signaling")
    assert not has(found, "PIAS", "inhibits", "STAT")


def test_a_name_right_before_a_gerund_is_its_subject() -> None:
    found = one("PMC10821092__pharmaceuticals-17-00123-g001", "The hedgehog signaling pathway, where")
    assert has(found, "PTCH", "inhibits", "SMO")


def test_a_step_that_makes_a_new_molecule_is_a_conversion() -> None:
    found = one("PMC2517170__RevDiabeticStud-05-013-002", "Ceramide might be deacylated")
    assert has(found, "ceramide", "converts", "sphingosine")
    assert has(found, "ceramide", "converts", "C1P")  # "phosphorylated to form C1P": no phosphorylation by C1P
    assert not has(found, "C1P", "phosphorylates", "ceramide")


def test_undergoing_a_conversion_is_a_passive_conversion() -> None:
    found = one("PMC12150400__research.0728.fig.001", "(A) Kyn pathway")
    assert has(found, "Trp", "converts", "NFK")
    assert has(found, "IDO1", "converts", "Trp") and has(found, "TDO", "converts", "Trp")


def test_more_event_nouns() -> None:
    found = one("PMC6276890__carcinbgq028f01_4c", "Recently, it was shown that the AhR promotes")
    assert has(found, "AhR", "decreases", "ERα") and not has(found, "AhR", "activates", "ERα")


def test_a_substrate_is_converted_by_its_enzyme() -> None:
    base = record("PMC8622696__pharmaceuticals-14-01122-g003")
    found = run(base, "AMP is a substrate of NT5E.")  # the record's own names, in the caption's form of words
    assert has(found, "NT5E", "converts", "AMP") and not has(found, "AMP", "activates", "NT5E")
