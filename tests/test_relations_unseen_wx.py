"""Constructions found while checking the reader on held-out parts Q to X, on real caption sentences."""

from __future__ import annotations

from relation_support import has, one


def test_a_signed_adverb_gives_regulate_its_sign() -> None:
    found = one("PMC3146736__mplantssr007f02_4c", "By contrast, cytokinin negatively regulates")
    assert has(found, "cytokinin", "inhibits", "LR initiation")
    assert not has(found, "cytokinin", "regulates", "LR initiation")
    found = one("PMC2924424__chemsebjq045f02_3c", "Activation of PI3K produces")
    assert has(found, "PIP3", "inhibits", "CNGC")


def test_regulation_both_ways_keeps_no_sign() -> None:
    found = one("PMC5381059__12929_2017_329_Fig1_HTML", "Costimulatory molecules that positively or negatively")
    assert not has(found, "costimulatory molecules", "inhibits", "immune responses")
    assert not has(found, "costimulatory molecules", "activates", "immune responses")
