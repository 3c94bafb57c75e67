"""Finding and grounding caption mentions: receptor forms, Greek letters, abbreviations, caption-only nodes."""

from __future__ import annotations

from pathlib import Path

from relation_support import record, run, with_caption

from pfocr_net.entities import entities_from_record
from pfocr_net.mentions import form_keys, ground_record
from pfocr_net.model import Entity, Record
from pfocr_net.relations import extract

FIG3 = "fig3-ketamine-enantiomers.txt"
FIG4 = "fig4-ketamine-monoamines.txt"
APS = "aps-ketamine-synapse.txt"


def mentions_of(base: Record, caption: str) -> dict[str, str]:
    target = with_caption(base, caption)
    grounding = ground_record(target, entities_from_record(target))
    return {m.text: m.key for m in grounding.caption_mentions}


def test_spelling_variants_share_one_key() -> None:
    assert form_keys("NF-κB")[0] == form_keys("NF-kappaB")[0] == form_keys("NFκB")[0] == "nfkappab"
    assert "tgfb" in form_keys("TGF-β")  # "TGFb" in a caption meets "TGF-β"
    assert form_keys("Ca2+") == ("ca2+",)  # ion charges are kept
    assert form_keys("МЕК") == form_keys("MEK")  # Cyrillic look-alikes


def test_nmda_receptor_forms_are_the_receptor_complex_not_the_chemical() -> None:
    base = record(FIG3)
    found = mentions_of(base, "Ketamine blocks NMDA receptors, the NMDAR and the NMDA Receptor; AMPA receptors are spared.")
    assert found["NMDA receptors"] == found["NMDAR"] == found["NMDA Receptor"] == "fplx:GRIN"
    assert found["AMPA receptors"] == "fplx:GRIA"


def test_plural_family_names_ground_to_the_family() -> None:
    base = record(APS)
    found = mentions_of(base, "Cytokines activate STATs through JAKs.")
    assert found["STATs"] == "fplx:STAT" and found["JAKs"] == "fplx:JAK"


def test_abbreviation_that_redefines_an_ocr_gene_is_flagged() -> None:
    base = record(FIG4)
    target = with_caption(base, base.caption)
    entities = entities_from_record(target)
    grounding = ground_record(target, entities)
    lhb = next(e for e in entities if e.name == "LHB")
    assert any("lateral habenula" in flag for flag in lhb.flags)
    keys = {m.text: m.key for m in grounding.caption_mentions}
    assert keys["lateral habenula"] == keys["(LHb)"] != lhb.key


def test_stereo_forms_are_separate_caption_only_drugs() -> None:
    found = run(record(FIG3))
    by_name = {e.name: e for e in found.entities if not e.in_figure}
    s_form, r_form = by_name["(S)-ketamine"], by_name["(R)-ketamine"]
    assert s_form.key != r_form.key
    assert s_form.type == r_form.type == "drug"
    assert s_form.in_caption and "(S)-ketamine" in s_form.mentions


def test_given_entities_keep_their_keys_and_gain_mentions() -> None:
    base = record(FIG3)
    given = entities_from_record(base)
    keys = [e.key for e in given]
    found = run(base)
    assert [e.key for e in found.entities[: len(keys)]] == keys
    bdnf = next(e for e in found.entities if e.name == "BDNF")
    assert bdnf.in_caption and "brain-derived neurotrophic factor" in bdnf.mentions


def test_processes_and_cell_types_become_typed_caption_nodes_when_used() -> None:
    found = run(record(FIG3))
    caption_only = {e.name: e for e in found.entities if not e.in_figure}
    assert caption_only["synaptogenesis"].type == "biologicalprocess"
    assert any(e.type == "celltype" and "interneurons" in e.name for e in caption_only.values())
    used = {r.subject for r in found.relations} | {r.object for r in found.relations}
    assert all(e.key in used for e in caption_only.values())


def test_mentions_in_the_title_count() -> None:
    base = record(APS)
    target = with_caption(base, "No relations here.", title="Ketamine on the glutamatergic synapse")
    grounding = ground_record(target, entities_from_record(target))
    assert any(m.source == "title" and m.text == "Ketamine" for m in grounding.title_mentions)


def test_hand_made_entities_are_enough() -> None:
    base = Record(figid="PMC0__x", path=Path("hand-made.txt"),
                  caption="AKT phosphorylates GSK3β, which inhibits glycogen synthase.")
    akt = Entity(key="fplx:AKT", name="AKT", type="proteinfamily", words=["AKT"], members=["hgnc.symbol:AKT1"])
    found = extract(base, [akt])
    assert found.entities[0] is akt and "AKT" in akt.mentions
    names = {e.key: e.name for e in found.entities}
    assert any(names[r.subject] == "AKT" and r.interaction == "phosphorylates" for r in found.relations)


def test_a_name_that_defines_its_abbreviation_and_its_short_spelling_are_one_node() -> None:
    base = record(FIG3)
    found = mentions_of(
        base,
        "(S)-ketamine causes glutamate release via disinhibition of γ-aminobutyric acid (GABA) interneurons. "
        "(R)-ketamine causes glutamate release via disinhibition of GABA interneurons.",
    )
    assert found["γ-aminobutyric acid (GABA) interneurons"] == found["GABA interneurons"]
