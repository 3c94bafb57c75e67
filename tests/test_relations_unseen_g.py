"""Constructions found while checking the reader on unseen captions (held-out part G), each on a real sentence."""

from __future__ import annotations

from relation_support import has, one

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
