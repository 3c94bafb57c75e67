"""Build one CX2 network document from a record, its entities and its caption relations."""

from __future__ import annotations

import html
import json
from typing import Any

from pfocr_net import __version__
from pfocr_net.layout import layered_layout
from pfocr_net.model import Entity, Extraction, Record, Relation
from pfocr_net.style import load_style

PMC = "https://www.ncbi.nlm.nih.gov"
PFOCR = "https://pfocr.wikipathways.org"
RIGHTS = "Waiver-No rights reserved (CC0)"
TOOL = "pfocr-net"

#: identifiers.org URL stems for the prefixes our CURIEs use (network attribute ``@context``).
CONTEXT = {
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
INTERACTION_TERMS = {
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

NETWORK_ATTRIBUTES: dict[str, str] = {
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

NODE_ATTRIBUTES: dict[str, str] = {
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

EDGE_ATTRIBUTES: dict[str, str] = {
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
    names = {entity.key: entity.name for entity in entities}
    nodes = [
        {"id": node_ids[e.key], "x": positions[e.key][0], "y": positions[e.key][1], "v": node_values(e)}
        for e in entities
    ]
    citation = [f"pmc:{record.pmcid}"] if record.pmcid else []
    edges = [
        {
            "id": index,
            "s": node_ids[relation.subject],
            "t": node_ids[relation.object],
            "v": edge_values(relation, names, citation),
        }
        for index, relation in enumerate(relations)
    ]
    style = load_style()
    aspects: list[tuple[str, list[Any]]] = [
        (
            "attributeDeclarations",
            [
                {
                    aspect: {k: {"d": t} for k, t in declared.items()}
                    for aspect, declared, used in (
                        ("networkAttributes", NETWORK_ATTRIBUTES, True),
                        ("nodes", NODE_ATTRIBUTES, bool(nodes)),
                        ("edges", EDGE_ATTRIBUTES, bool(edges)),
                    )
                    if used
                }
            ],
        ),
        ("networkAttributes", [network_attributes(record)]),
        ("nodes", nodes),
        ("edges", edges),
        ("visualProperties", [style["visualProperties"]]),
        ("visualEditorProperties", [{"properties": style.get("visualEditorProperties", {})}]),
    ]
    # The layout ndex2's CX2Network writes: nodes and edges always present, empty aspects not counted.
    aspects = [(name, elements) for name, elements in aspects if elements or name in ("nodes", "edges")]
    return [
        {"CXVersion": "2.0", "hasFragments": False},
        {"metaData": [{"elementCount": len(elements), "name": name} for name, elements in aspects if elements]},
        *({name: elements} for name, elements in aspects),
        {"status": [{"error": "", "success": True}]},
    ]


def node_values(entity: Entity) -> dict[str, Any]:
    """Node attributes of one entity (empty values left out)."""
    values: dict[str, Any] = {
        "name": entity.name,
        "type": entity.type,
        "represents": entity.represents,
        "alias": entity.aliases,
        "member": entity.members,
        "pfocr_words": entity.words,
        "mentions": entity.mentions,
        "in_figure": entity.in_figure,
        "in_caption": entity.in_caption,
        "seen_in": entity.seen_in,
        "grounding_source": entity.grounding_source,
        "flags": entity.flags,
    }
    return {key: value for key, value in values.items() if value not in ("", [])}


def edge_values(relation: Relation, names: dict[str, str], citation: list[str]) -> dict[str, Any]:
    """Edge attributes of one relation (empty values left out)."""
    sbo, psimi, indra_type = INTERACTION_TERMS[relation.interaction]
    certainty = "negated" if relation.negated else ("hedged" if relation.hedged else "stated")
    values: dict[str, Any] = {
        "name": f"{names[relation.subject]} ({relation.interaction}) {names[relation.object]}",
        "interaction": relation.interaction,
        "directed": relation.directed,
        "polarity": relation.polarity,
        "certainty": certainty,
        "sentence": relation.sentence,
        "evidence": [s for s in [relation.sentence, *relation.more_sentences] if s],
        "hedged": relation.hedged,
        "negated": relation.negated,
        "hedge_cues": relation.hedge_cues,
        "negation_cues": relation.negation_cues,
        "direct": relation.direct,
        "inferred": relation.inferred,
        "trigger": relation.trigger,
        "rule": relation.rule,
        "subject_span": list(relation.subject_span) if relation.subject_span else [],
        "trigger_span": list(relation.trigger_span) if relation.trigger_span else [],
        "object_span": list(relation.object_span) if relation.object_span else [],
        "citation": citation,
        "sbo": sbo,
        "psimi": psimi,
        "indra_type": indra_type,
    }
    return {key: value for key, value in values.items() if value not in ("", [])}


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
        "@context": json.dumps(CONTEXT, sort_keys=True),
        **urls,
    }
    if record.year.isdigit():
        values["publicationYear"] = int(record.year)
    ordered = {key: values[key] for key in NETWORK_ATTRIBUTES if key in values}
    return {key: value for key, value in ordered.items() if value not in ("", [])}
