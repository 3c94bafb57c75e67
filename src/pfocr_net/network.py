"""Build one CX2 network document from a record, its entities and its caption relations."""

from __future__ import annotations

import html
import json
from functools import cache
from typing import Any, Final, cast

import orjson

from pfocr_net import __version__
from pfocr_net.layout import layered_layout
from pfocr_net.model import POLARITY, Entity, Extraction, Record, Relation
from pfocr_net.style import load_style

PMC: Final = "https://www.ncbi.nlm.nih.gov"
PFOCR: Final = "https://pfocr.wikipathways.org"
RIGHTS: Final = "Waiver-No rights reserved (CC0)"
TOOL: Final = "pfocr-net"

#: identifiers.org URL stems for the prefixes our CURIEs use (network attribute ``@context``).
CONTEXT: Final = {
    "ncbigene": "https://identifiers.org/ncbigene:",
    "hgnc.symbol": "https://identifiers.org/hgnc.symbol:",
    "mgi.symbol": "https://identifiers.org/mgi.symbol:",
    "rgd.symbol": "https://identifiers.org/rgd.symbol:",
    "fplx": "https://identifiers.org/fplx:",
    "chebi": "https://identifiers.org/CHEBI:",
    "mesh": "https://identifiers.org/mesh:",
    "doid": "https://identifiers.org/DOID:",
    "go": "https://identifiers.org/GO:",
    "pmc": "https://identifiers.org/pmc:",
    "pubmed": "https://identifiers.org/pubmed:",
}

#: Per interaction: SBO term, PSI-MI term, INDRA statement type.
INTERACTION_TERMS: Final = {
    "activates": ("SBO:0000170", "MI:2236", "Activation"),
    "inhibits": ("SBO:0000169", "MI:2241", "Inhibition"),
    "increases": ("SBO:0000170", "MI:2237", "IncreaseAmount"),
    "decreases": ("SBO:0000169", "MI:2242", "DecreaseAmount"),
    "phosphorylates": ("SBO:0000216", "MI:2236", "Phosphorylation"),
    "dephosphorylates": ("SBO:0000330", "MI:2241", "Dephosphorylation"),
    "binds": ("SBO:0000177", "MI:0915", "Complex"),
    "translocates": ("SBO:0000185", "", "Translocation"),
    "converts": ("SBO:0000182", "", "Conversion"),
    "regulates": ("SBO:0000168", "MI:2234", "RegulateActivity"),
}

NETWORK_ATTRIBUTES: Final[dict[str, str]] = {
    "name": "string",
    "description": "string",
    "version": "string",
    "reference": "string",
    "organism": "string",
    "networkType": "list_of_string",
    "labels": "list_of_string",
    "pfocrId": "string",
    "pmcId": "string",
    "figureNumber": "string",
    "figureTitle": "string",
    "figureLink": "string",
    "figureUrl": "string",
    "pfocrUrl": "string",
    "paperTitle": "string",
    "paperLink": "string",
    "doi": "string",
    "publicationYear": "integer",
    "methods": "string",
    "rights": "string",
    "rightsHolder": "string",
    "prov:wasDerivedFrom": "string",
    "prov:wasGeneratedBy": "string",
    "@context": "string",
}

NODE_ATTRIBUTES: Final[dict[str, str]] = {
    "name": "string",
    "type": "string",
    "represents": "string",
    "alias": "list_of_string",
    "member": "list_of_string",
    "pfocr_words": "list_of_string",
    "mentions": "list_of_string",
    "in_figure": "boolean",
    "in_caption": "boolean",
    "seen_in": "string",
    "grounding_source": "string",
    "flags": "list_of_string",
}

EDGE_ATTRIBUTES: Final[dict[str, str]] = {
    "name": "string",
    "interaction": "string",
    "directed": "boolean",
    "polarity": "string",
    "certainty": "string",
    "sentence": "string",
    "evidence": "list_of_string",
    "hedged": "boolean",
    "negated": "boolean",
    "hedge_cues": "list_of_string",
    "negation_cues": "list_of_string",
    "direct": "boolean",
    "inferred": "list_of_string",
    "trigger": "string",
    "rule": "string",
    "subject_span": "list_of_integer",
    "trigger_span": "list_of_integer",
    "object_span": "list_of_integer",
    "citation": "list_of_string",
    "sbo": "string",
    "psimi": "string",
    "indra_type": "string",
}


def build_cx2(record: Record, extraction: Extraction) -> list[dict[str, Any]]:
    """The CX2 document for one figure, in the aspect order NDEx and ``ndex2`` use."""
    entities = extraction.entities
    node_ids = {entity.key: index for index, entity in enumerate(entities)}
    relations = [r for r in extraction.relations if r.subject in node_ids and r.object in node_ids]
    positions = layered_layout(
        [entity.key for entity in entities], [(r.subject, r.object, r.directed) for r in relations]
    )
    nodes = []
    for entity in entities:
        x, y = positions[entity.key]
        nodes.append({"id": node_ids[entity.key], "x": x, "y": y, "v": node_values(entity)})
    citation = [f"pmc:{record.pmcid}"] if record.pmcid else []
    names = {entity.key: entity.name for entity in entities}
    edges = [
        {
            "id": index,
            "s": node_ids[relation.subject],
            "t": node_ids[relation.object],
            "v": edge_values(relation, names, citation),
        }
        for index, relation in enumerate(relations)
    ]
    declarations, visual_properties, editor_properties = _json_copy(_constant_aspects(bool(nodes), bool(edges)))
    # The layout ndex2's CX2Network writes: nodes and edges always present, empty aspects not counted.
    aspects: list[tuple[str, list[Any]]] = [
        ("attributeDeclarations", declarations),
        ("networkAttributes", [network_attributes(record)]),
        ("nodes", nodes),
        ("edges", edges),
        ("visualProperties", visual_properties),
        ("visualEditorProperties", editor_properties),
    ]
    doc: list[dict[str, Any]] = [
        {"CXVersion": "2.0", "hasFragments": False},
        {"metaData": [{"elementCount": len(elements), "name": name} for name, elements in aspects if elements]},
    ]
    for name, elements in aspects:
        if elements or name == "nodes" or name == "edges":
            doc.append({name: elements})
    doc.append({"status": [{"error": "", "success": True}]})
    return doc


@cache
def _constant_aspects(has_nodes: bool, has_edges: bool) -> list[Any]:
    """The aspects every document shares: attribute declarations, style, editor properties.

    Never handed out itself: each document gets its own copy (:func:`_json_copy`).
    """
    declarations = {
        aspect: {k: {"d": t} for k, t in declared.items()}
        for aspect, declared, used in (
            ("networkAttributes", NETWORK_ATTRIBUTES, True),
            ("nodes", NODE_ATTRIBUTES, has_nodes),
            ("edges", EDGE_ATTRIBUTES, has_edges),
        )
        if used
    }
    style = load_style()
    copied: list[Any] = orjson.loads(
        orjson.dumps([[declarations], [style["visualProperties"]], [{"properties": style.get("visualEditorProperties", {})}]])
    )
    return copied


def _json_copy(value: Any) -> Any:
    """A copy of a JSON value with new lists and objects (the strings and numbers, immutable, shared)."""
    if type(value) is dict:
        mapping = cast(dict[Any, Any], value)
        copied = mapping.copy()
        for key, item in mapping.items():
            if type(item) is dict or type(item) is list:
                copied[key] = _json_copy(item)
        return copied
    if type(value) is list:
        items = cast(list[Any], value)
        new = items.copy()
        for index, item in enumerate(items):
            if type(item) is dict or type(item) is list:
                new[index] = _json_copy(item)
        return new
    return value


def node_values(entity: Entity) -> dict[str, Any]:
    """Node attributes of one entity (empty values left out)."""
    values: dict[str, Any] = {}
    if entity.name != "":
        values["name"] = entity.name
    if entity.type != "":
        values["type"] = entity.type
    if entity.represents != "":
        values["represents"] = entity.represents
    if entity.aliases:
        values["alias"] = entity.aliases
    if entity.members:
        values["member"] = entity.members
    if entity.words:
        values["pfocr_words"] = entity.words
    if entity.mentions:
        values["mentions"] = entity.mentions
    values["in_figure"] = entity.in_figure
    values["in_caption"] = entity.in_caption
    values["seen_in"] = entity.seen_in
    if entity.grounding_source != "":
        values["grounding_source"] = entity.grounding_source
    if entity.flags:
        values["flags"] = entity.flags
    return values


def edge_values(relation: Relation, names: dict[str, str], citation: list[str]) -> dict[str, Any]:
    """Edge attributes of one relation (empty values left out)."""
    interaction = relation.interaction
    sbo, psimi, indra_type = INTERACTION_TERMS[interaction]
    values: dict[str, Any] = {
        "name": f"{names[relation.subject]} ({interaction}) {names[relation.object]}",
    }
    if interaction != "":
        values["interaction"] = interaction
    values["directed"] = interaction != "binds"
    values["polarity"] = POLARITY[interaction]
    values["certainty"] = "negated" if relation.negated else ("hedged" if relation.hedged else "stated")
    sentence = relation.sentence
    if sentence != "":
        values["sentence"] = sentence
    evidence = [sentence] if sentence else []
    for more in relation.more_sentences:
        if more:
            evidence.append(more)
    if evidence:
        values["evidence"] = evidence
    values["hedged"] = relation.hedged
    values["negated"] = relation.negated
    if relation.hedge_cues:
        values["hedge_cues"] = relation.hedge_cues
    if relation.negation_cues:
        values["negation_cues"] = relation.negation_cues
    values["direct"] = relation.direct
    if relation.inferred:
        values["inferred"] = relation.inferred
    if relation.trigger != "":
        values["trigger"] = relation.trigger
    if relation.rule != "":
        values["rule"] = relation.rule
    if relation.subject_span:
        values["subject_span"] = list(relation.subject_span)
    if relation.trigger_span:
        values["trigger_span"] = list(relation.trigger_span)
    if relation.object_span:
        values["object_span"] = list(relation.object_span)
    if citation:
        values["citation"] = citation
    values["sbo"] = sbo
    if psimi != "":
        values["psimi"] = psimi
    values["indra_type"] = indra_type
    return values


def figure_urls(record: Record) -> dict[str, str]:
    """Links for a figure: its PMC page, image, PFOCR page and paper."""
    urls = {"pfocrUrl": f"{PFOCR}/figures/{record.figid}.html"}
    if record.figlink:
        link = record.figlink if record.figlink.startswith("/") else "/" + record.figlink
        urls["figureLink"] = PMC + link
    if record.pmcid:
        urls["paperLink"] = f"{PMC}/pmc/articles/{record.pmcid}/"
        if record.filename:
            urls["figureUrl"] = f"{PMC}/pmc/articles/{record.pmcid}/bin/{record.filename}"
    return urls


_CONTEXT_JSON: Final = json.dumps(CONTEXT, sort_keys=True)


def network_attributes(record: Record) -> dict[str, Any]:
    """Network attributes: title, caption, provenance and links (every value typed as declared)."""
    urls = figure_urls(record)
    paper_link = urls.get("paperLink", "")
    reference = html.escape(record.reftext)
    if record.paper_title:
        reference = f"{reference} <b>{html.escape(record.paper_title)}</b>".strip()
    if paper_link:
        reference += f' <a href="{paper_link}">{record.pmcid}</a>'
    values: dict[str, Any] = {
        "name": record.title or record.figid,
        "description": html.escape(record.caption, quote=False),
        "version": __version__,
        "reference": reference.strip(),
        "organism": "; ".join(record.organisms),
        "networkType": ["pathway"],
        "labels": [record.figid],
        "pfocrId": record.figid,
        "pmcId": record.pmcid,
        "figureNumber": record.number,
        "figureTitle": record.title,
        "paperTitle": record.paper_title,
        "doi": record.doi,
        "methods": "Pathway Figure OCR entities with caption relation extraction",
        "rights": RIGHTS,
        "rightsHolder": "WikiPathways",
        "prov:wasDerivedFrom": urls["pfocrUrl"],
        "prov:wasGeneratedBy": f"{TOOL} {__version__}",
        "@context": _CONTEXT_JSON,
        **urls,
    }
    if record.year.isdigit():
        values["publicationYear"] = int(record.year)
    ordered = {key: values[key] for key in NETWORK_ATTRIBUTES if key in values}
    return {key: value for key, value in ordered.items() if value not in ("", [])}
