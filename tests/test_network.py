"""The CX2 network: schema, typed attributes, layout, style, validity and an ndex2 round trip."""

from __future__ import annotations

import json

import pytest
from conftest import KETAMINE_SEED
from ndex2.cx2 import RawCX2NetworkFactory

from pfocr_net.api import build_figure, cx2_to_json
from pfocr_net.entities import entities_from_record
from pfocr_net.model import Extraction, Relation
from pfocr_net.network import build_cx2
from pfocr_net.records import read_record
from pfocr_net.validate import validate_cx2


def aspect(doc, name):
    return next(item[name] for item in doc if name in item)


@pytest.fixture
def ketamine():
    record = read_record(KETAMINE_SEED)
    entities = entities_from_record(record)
    keys = {e.name: e.key for e in entities}
    sentence = "(S)-ketamine causes glutamate release via disinhibition of GABA interneurons."
    relations = [
        Relation(keys["NTRK2"], keys["AKT"], "activates", sentence="TrkB-Akt-mTORC1 signalling", rule="chain"),
        Relation(keys["AKT"], keys["GRM2"], "inhibits", sentence=sentence, hedged=True, trigger="inhibition",
                 trigger_span=(10, 20), subject_span=(0, 5), object_span=(30, 35)),
        Relation(keys["MEK"], keys["ERK"], "phosphorylates", sentence=sentence, negated=True),
        Relation(keys["BDNF"], keys["NTRK2"], "binds", sentence=sentence, more_sentences=["BDNF binds TrkB."]),
        Relation(keys["Ketamine"], keys["BDNF"], "increases", sentence=sentence),
    ]
    return record, Extraction(entities=entities, relations=relations)


def test_nodes_edges_and_attributes(ketamine) -> None:
    record, extraction = ketamine
    doc = build_cx2(record, extraction)
    nodes = {n["v"]["name"]: n for n in aspect(doc, "nodes")}
    assert len(nodes) == len(extraction.entities)
    assert nodes["AKT"]["v"]["type"] == "proteinfamily"
    assert nodes["AKT"]["v"]["represents"] == "fplx:AKT"
    assert "hgnc.symbol:AKT1" in nodes["AKT"]["v"]["member"]
    assert nodes["MEK"]["v"]["pfocr_words"] == ["МЕК"]
    assert nodes["EEF2"]["v"]["in_figure"] is True and nodes["EEF2"]["v"]["seen_in"] == "figure"
    edges = aspect(doc, "edges")
    by_name = {e["v"]["name"]: e["v"] for e in edges}
    inhibits = by_name["AKT (inhibits) GRM2"]
    assert inhibits["polarity"] == "negative" and inhibits["directed"] is True
    assert inhibits["hedged"] is True and inhibits["certainty"] == "hedged"
    assert inhibits["citation"] == ["pmc:PMC7859674"]
    assert inhibits["trigger_span"] == [10, 20]
    assert inhibits["sbo"] == "SBO:0000169"
    binds = by_name["BDNF (binds) NTRK2"]
    assert binds["directed"] is False and binds["polarity"] == "none"
    assert binds["evidence"] == [binds["sentence"], "BDNF binds TrkB."]
    assert by_name["MEK (phosphorylates) ERK"]["certainty"] == "negated"


def test_network_attributes(ketamine) -> None:
    record, extraction = ketamine
    attributes = aspect(build_cx2(record, extraction), "networkAttributes")[0]
    assert attributes["name"] == record.title
    assert attributes["description"].startswith("Proposed signalling pathways")
    for key in ("name", "description", "version", "reference", "pfocrId", "figureUrl", "@context"):
        assert isinstance(attributes[key], str), key
    assert attributes["pfocrId"] == attributes["labels"][0] == record.figid
    assert attributes["pmcId"] == "PMC7859674"
    assert attributes["publicationYear"] == 2021
    assert attributes["figureLink"] == "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7859674/figure/fig3-0269881120959644/"
    assert attributes["figureUrl"].endswith("/PMC7859674/bin/10.1177_0269881120959644-fig3.jpg")
    assert attributes["pfocrUrl"] == f"https://pfocr.wikipathways.org/figures/{record.figid}.html"
    assert attributes["prov:wasGeneratedBy"].startswith("pfocr-net ")
    assert json.loads(attributes["@context"])["fplx"].startswith("https://identifiers.org/")


def test_html_in_caption_is_escaped_in_description(ketamine) -> None:
    record, extraction = ketamine
    record.caption = "A <script>alert(1)</script> & B"
    description = aspect(build_cx2(record, extraction), "networkAttributes")[0]["description"]
    assert "<script>" not in description and "&lt;script&gt;" in description


def test_layout_puts_upstream_above_downstream_and_is_deterministic(ketamine) -> None:
    record, extraction = ketamine
    doc = build_cx2(record, extraction)
    ids = {e.key: i for i, e in enumerate(extraction.entities)}
    y = {n["id"]: n["y"] for n in aspect(doc, "nodes")}
    for relation in extraction.relations:
        if relation.directed:
            assert y[ids[relation.subject]] < y[ids[relation.object]], relation
    assert all("x" in n and "y" in n for n in aspect(doc, "nodes"))
    assert cx2_to_json(doc) == cx2_to_json(build_cx2(record, extraction))


def test_cycles_still_get_a_layout(ketamine) -> None:
    record, extraction = ketamine
    keys = [e.key for e in extraction.entities[:3]]
    extraction.relations = [Relation(keys[i], keys[(i + 1) % 3], "activates") for i in range(3)]
    doc = build_cx2(record, extraction)
    assert validate_cx2(doc) == []
    assert len({n["y"] for n in aspect(doc, "nodes")[:3]}) >= 2


def test_style_is_written_with_cx2_value_names(ketamine) -> None:
    record, extraction = ketamine
    style = aspect(build_cx2(record, extraction), "visualProperties")[0]
    arrows = {e["v"]: e["vp"] for e in style["edgeMapping"]["EDGE_TARGET_ARROW_SHAPE"]["definition"]["map"]}
    assert arrows["activates"] == "triangle" and arrows["inhibits"] == "tee" and arrows["binds"] == "none"
    shapes = {e["v"]: e["vp"] for e in style["nodeMapping"]["NODE_SHAPE"]["definition"]["map"]}
    assert shapes["biologicalprocess"] == "round-rectangle"
    lines = {e["v"]: e["vp"] for e in style["edgeMapping"]["EDGE_LINE_STYLE"]["definition"]["map"]}
    assert lines == {"stated": "solid", "hedged": "dashed", "negated": "dotted"}
    assert style["nodeMapping"]["NODE_LABEL"]["definition"]["attribute"] == "name"


def test_valid_and_read_back_unchanged_by_ndex2(ketamine) -> None:
    record, extraction = ketamine
    doc = json.loads(cx2_to_json(build_cx2(record, extraction)))
    assert validate_cx2(doc) == []
    assert RawCX2NetworkFactory().get_cx2network(doc).to_cx2() == doc
    assert list(doc[0]) == ["CXVersion", "hasFragments"] and "status" in doc[-1]


def test_relation_to_unknown_entity_is_dropped_not_dangling(ketamine) -> None:
    record, extraction = ketamine
    extraction.relations.append(Relation("nope:1", extraction.entities[0].key, "activates"))
    doc = build_cx2(record, extraction)
    assert validate_cx2(doc) == []
    assert len(aspect(doc, "edges")) == len(extraction.relations) - 1


def test_build_figure_on_every_fixture_record(seeds_dir) -> None:
    from conftest import SITE

    from pfocr_net.api import iter_figures

    figures = list(iter_figures([seeds_dir, SITE]))
    assert figures and all(not isinstance(f, Exception) for f in figures)
    for figure in figures:
        assert validate_cx2(figure.cx2) == []
        doc = json.loads(cx2_to_json(figure.cx2))
        assert RawCX2NetworkFactory().get_cx2network(doc).to_cx2() == doc
    assert build_figure(read_record(KETAMINE_SEED)).node_count >= 15


def test_same_record_gives_the_same_bytes_in_every_process(tmp_path) -> None:
    """Re-runs must write identical files (NDEx uploads skip unchanged networks by content hash)."""
    import os
    import subprocess
    import sys

    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "pfocr_net", "build", str(KETAMINE_SEED), "-o", str(out)],
                       env=env, check=True, capture_output=True)
        outputs.append(next(out.glob("*.cx2")).read_bytes())
    assert outputs[0] == outputs[1]
