"""Caption relation patterns, each checked on a real caption sentence from a fixture record."""

from __future__ import annotations

from relation_support import has, one, record, relation, run, sentence

from pfocr_net.model import INTERACTIONS, NODE_TYPES

APS = "aps-ketamine-synapse.txt"
FIG3 = "fig3-ketamine-enantiomers.txt"
FIG4 = "fig4-ketamine-monoamines.txt"
GP130 = "PMC2517789__iep0081-0001-f1"
VEMURAFENIB = "PMC3246694__DRP2012-259170.002"
INFLAMMASOME = "PMC10030845__fimmu-14-1150879-g001"


def test_active_verb_and_relative_clause() -> None:
    found = one(APS, "mTOR increases p70s6K activity")
    assert has(found, "mTOR", "increases", "p70s6K")
    assert has(found, "p70s6K", "activates", "BDNF")  # ", which promotes BDNF signaling"
    assert not has(found, "mTOR", "activates", "BDNF")


def test_drug_role_acts_as_antagonist_grounds_the_receptor() -> None:
    found = one(APS, "Ketamine acts as an NMDA antagonist")
    assert has(found, "ketamine", "inhibits", "NMDA")
    rel = relation(found, "ketamine", "inhibits", "NMDA")
    assert rel.rule == "drug_role" and rel.trigger == "antagonist"
    receptor = next(e for e in found.entities if e.key == rel.object)
    assert receptor.key == "fplx:GRIN" and receptor.type == "complex"


def test_composition_through_negative_events_and_which_in_turn() -> None:
    found = one(APS, "Furthermore, antagonism of NMDAR")
    assert has(found, "NMDAR", "activates", "nitric oxide")  # antagonism leads to inhibition: composed
    assert has(found, "nitric oxide", "decreases", "Rheb")
    assert has(found, "nitric oxide", "inhibits", "mTOR")
    assert "composed" in relation(found, "NMDAR", "activates", "nitric oxide").inferred


def test_passive_with_agent_and_secondary_to() -> None:
    found = one(APS, "BDNF activity is also favored")
    assert has(found, "eEf2K", "inhibits", "BDNF")  # favored by the inactivation of eEf2K
    assert has(found, "NMDAR", "activates", "eEf2K")  # inactivation of eEf2K secondary to NMDAR antagonism


def test_chain_before_signalling_and_with_resulting() -> None:
    found = one(FIG3, "Resulting glutamate surge")
    assert has(found, "glutamate", "activates", "AMPA receptors")
    assert has(found, "AMPA receptors", "increases", "BDNF")  # leading to release of BDNF
    assert has(found, "TrkB", "activates", "Akt") and has(found, "Akt", "activates", "mTORC1")
    assert has(found, "BDNF", "activates", "TrkB")  # pathway as object stands for its first member
    assert not has(found, "TrkB", "activates", "mTORC1")
    assert relation(found, "TrkB", "activates", "Akt").inferred == ["chain"]


def test_coordinated_subjects_and_participle_composition() -> None:
    found = one(FIG3, "(S)-ketamine and (S)-norketamine suppress")
    assert has(found, "(S)-ketamine", "inhibits", "NMDA receptor")
    assert has(found, "(S)-norketamine", "inhibits", "NMDA receptor")
    assert not has(found, "(R)-ketamine", "inhibits", "NMDA receptor")  # stereo forms kept apart
    # "..., deactivating eEF2 kinase": the suppressed receptor's loss deactivates it, so NMDAR activates it.
    assert any(r.rule == "participle" and r.interaction == "activates" for r in found.relations)


def test_via_mediator_gives_three_unsigned_links_when_sign_is_unclear() -> None:
    found = one(FIG3, "Top: (S)-ketamine causes glutamate release")
    assert has(found, "(S)-ketamine", "increases", "glutamate")
    assert has(found, "(S)-ketamine", "regulates", "γ-aminobutyric acid (GABA) interneurons")
    assert has(found, "γ-aminobutyric acid (GABA) interneurons", "regulates", "glutamate")


def test_figure_title_hedges_every_edge_and_modal_hedges_its_clause() -> None:
    base = record(FIG3)
    found = one(FIG3, "(R)-ketamine may cause preferential activation", title=base.title)
    assert has(found, "(R)-ketamine", "activates", "TrkB")
    assert has(found, "ERK", "activates", "synaptogenesis")  # pathway as subject: its last member
    assert all(r.hedged for r in found.relations)
    rel = relation(found, "(R)-ketamine", "activates", "TrkB")
    assert "may" in rel.hedge_cues and "proposed" in rel.hedge_cues


def test_passive_induced_by_coordinated_agents_and_complexes() -> None:
    found = one(GP130, "Heterodimer of LIFR and gp130")
    for agent in ("LIF", "OSM", "CT-1", "CNTF"):
        assert has(found, agent, "activates", "LIFR") and has(found, agent, "activates", "gp130")
    assert has(found, "LIFR", "binds", "gp130")
    assert has(found, "CNTF", "binds", "CNTFR")


def test_independent_of_is_a_negated_edge_not_a_dropped_one() -> None:
    found = one(VEMURAFENIB, "(c) and (d) Phosphorylation of ERK")
    assert has(found, "RAF", "phosphorylates", "ERK", negated=True)
    assert not has(found, "RAF", "phosphorylates", "ERK", negated=False)
    rel = next(r for r in found.relations if r.negated)
    assert "independent of" in rel.negation_cues


def test_by_means_of_composes_the_mediator() -> None:
    found = one(VEMURAFENIB, "(a) Vemurafenib causes cell death")
    assert has(found, "vemurafenib", "activates", "cell death")
    assert has(found, "vemurafenib", "inhibits", "BRAF")
    assert has(found, "BRAF", "inhibits", "cell death")  # causes death by inhibiting BRAF


def test_thereby_participle_continues_from_the_last_effect() -> None:
    found = one(INFLAMMASOME, "The activated caspase-4, 5, and 11 cleave")
    assert has(found, "caspase-4", "converts", "pannexin-1")
    assert has(found, "caspase-4", "increases", "ATP") and has(found, "caspase-4", "increases", "K+")
    assert has(found, "ATP", "activates", "NLRP3") and has(found, "K+", "activates", "NLRP3")


def test_passive_detection_is_binding_and_infinitive_takes_the_pathway_end() -> None:
    found = one(INFLAMMASOME, "MAMPs and DAMPs are detected")
    assert has(found, "TLR4", "binds", "MAMPs") and has(found, "TLR4", "binds", "DAMPs")
    assert has(found, "TLR4", "activates", "MyD88")
    assert has(found, "NF-κB", "increases", "pro-IL-18")  # "... pathway to produce pro-IL-18"


def test_same_relation_twice_is_one_relation_with_both_sentences() -> None:
    base = record(APS)
    first = sentence(base, "mTOR increases p70s6K activity")
    second = "In neurons, mTOR also increases p70s6K activity."
    found = run(base, f"{first} {second}")
    matches = [r for r in found.relations if r.rule == "verb" and r.trigger == "increases"]
    assert len(matches) == 1
    assert matches[0].sentence == first and matches[0].more_sentences == [second]


def test_whole_caption_relations_are_well_formed() -> None:
    base = record(FIG4)
    found = run(base)
    keys = {e.key for e in found.entities}
    assert found.relations
    for rel in found.relations:
        assert rel.subject in keys and rel.object in keys and rel.subject != rel.object
        assert rel.interaction in INTERACTIONS and rel.rule and rel.sentence
        assert rel.hedged  # the title says "Hypothesised ... mechanisms"
    assert all(e.type in NODE_TYPES for e in found.entities)
    assert has(found, "(R,S)-ketamine", "inhibits", "lateral habenula")
