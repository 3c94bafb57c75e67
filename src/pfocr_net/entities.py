"""Fold a record's OCR rows into entities: one per gene, family/complex, chemical and disease."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

from pfocr_net import famplex
from pfocr_net.model import ChemicalRow, DiseaseRow, Entity, GeneRow, Record
from pfocr_net.text import clean_word, match_key

#: PFOCR lexicon sources that mean "an OCR word matched a FamPlex family and was expanded".
FAMILY_SOURCES: Final = frozenset({"bioentities_symbol", "famplex_relations"})
#: Sources ranked from most to least direct, for ``grounding_source``.
_SOURCE_RANK: Final = ("hgnc_symbol", "ncbigene_symbol", "hgnc_alias_symbol", "hgnc_prev_symbol", "ncbigene_synonym")
#: Sources where the OCR word is the gene's own symbol (not a synonym shared by several genes).
_DIRECT_SOURCES: Final = frozenset(_SOURCE_RANK[:2])

#: Symbol namespace per NCBI taxon (identifiers.org prefixes); others fall back to ``ncbigene`` ids only.
SYMBOL_NAMESPACE: Final = {"9606": "hgnc.symbol", "10090": "mgi.symbol", "10116": "rgd.symbol"}
_HUMAN: Final = "9606"
#: Organism groups whose OCR gene hits are gene (operon) names rather than proteins.
_GENE_GROUPS: Final = frozenset({"Bacteria", "Viruses"})

#: Endogenous small molecules (metabolites, neurotransmitters, ions, second messengers), by match key.
ENDOGENOUS: Final = frozenset(
    match_key(name)
    for name in (
        "glutamate", "glutamic acid", "l-glutamate", "gaba", "gamma-aminobutyric acid", "glycine",
        "dopamine", "serotonin", "5-ht", "noradrenaline", "norepinephrine", "adrenaline", "epinephrine",
        "acetylcholine", "histamine", "atp", "adp", "amp", "camp", "cgmp", "gtp", "nad", "nadh", "nadph",
        "glucose", "lactate", "pyruvate", "citrate", "calcium", "ca2+", "ca", "sodium", "potassium",
        "magnesium", "zinc", "iron", "copper", "no", "nitric oxide", "ros", "h2o2", "hydrogen peroxide",
        "cholesterol", "ceramide", "sphingosine", "dag", "diacylglycerol", "ip3", "pip2", "pip3",
        "arachidonic acid", "prostaglandin e2", "pge2", "insulin", "cortisol", "estradiol", "testosterone",
        "melatonin", "adenosine", "glutamine", "serine", "tryptophan", "kynurenine", "fatty acids",
        "fatty acid", "acetyl-coa", "succinate", "fumarate", "oxygen", "water", "urea", "ammonia",
    )
)  # fmt: skip


def entities_from_record(record: Record) -> list[Entity]:
    """One :class:`Entity` per gene, family/complex, chemical and disease the record lists."""
    return [*gene_entities(record), *_named_entities(record.chemicals, "chemical"), *_named_entities(record.diseases, "disease")]


def primary_organism(rows: Iterable[GeneRow], organisms: list[str]) -> str:
    """The taxon whose gene rows to use: the first record organism with rows, else human, else the commonest."""
    rows = list(rows)
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.organism_id] = counts.get(row.organism_id, 0) + 1
    if len(counts) <= 1:
        return next(iter(counts), "")
    by_name = {row.organism_name.casefold(): row.organism_id for row in rows if row.organism_name}
    for organism in organisms:
        taxon = by_name.get(organism.casefold())
        if taxon:
            return taxon
    if _HUMAN in counts:
        return _HUMAN
    return max(counts, key=counts.__getitem__)  # the commonest; on a tie the first seen


def gene_entities(record: Record) -> list[Entity]:
    """Gene and family/complex entities from the record's gene rows (one organism's rows)."""
    taxon = primary_organism(record.genes, record.organisms)
    rows = [row for row in record.genes if row.organism_id == taxon]
    namespace = SYMBOL_NAMESPACE.get(taxon) or ("hgnc.symbol" if not taxon else "")
    gene_type = "gene" if rows and rows[0].organism_group in _GENE_GROUPS else "protein"

    by_match: dict[str, list[GeneRow]] = defaultdict(list)
    for row in rows:
        by_match[match_key(row.match or row.word)].append(row)
    family_groups = {
        key: group
        for key, group in by_match.items()
        if len(group) > 1  # one row is one gene
        and any(row.source in FAMILY_SOURCES for row in group)
        and len({row.entrez for row in group}) > 1
    }
    entities: dict[str, Entity] = {}
    for group in family_groups.values():
        _add(entities, _family_entity(group, namespace))
    for key, group in by_match.items():
        if key in family_groups:
            continue
        genes = len({row.entrez for row in group}) if len(group) > 1 else 1
        ambiguous = genes > 1 and not any(row.source in _DIRECT_SOURCES for row in group)
        for row in group:
            held = entities.get(f"ncbigene:{row.entrez}")
            if held is not None:
                _merge_gene_row(held, row, namespace)
                continue
            gene = _gene_entity(row, namespace, gene_type)
            if ambiguous:
                gene.flags.append(f"ambiguous OCR word '{row.word}': one of {genes} genes with this synonym")
            entities[gene.key] = gene
    return list(entities.values())


def _merge_gene_row(held: Entity, row: GeneRow, namespace: str) -> None:
    """:func:`_merge_into` ``held`` the entity :func:`_gene_entity` makes of ``row``, without making it."""
    if namespace:
        alias = f"{namespace}:{row.symbol}"
        if alias not in held.aliases:
            held.aliases.append(alias)
    if row.word and row.word not in held.words:
        held.words.append(row.word)
    if _rank(row.source) < _rank(held.grounding_source):
        held.grounding_source = row.source


def _gene_entity(row: GeneRow, namespace: str, gene_type: str) -> Entity:
    key = f"ncbigene:{row.entrez}"
    return Entity(
        key=key,
        name=row.symbol,
        type=gene_type,
        represents=key,
        aliases=[f"{namespace}:{row.symbol}"] if namespace else [],
        words=[row.word] if row.word else [],
        grounding_source=row.source,
    )


@lru_cache(maxsize=65536)
def _clean(word: str) -> str:
    """:func:`clean_word`, remembered (family rows repeat the same few words)."""
    return clean_word(word)


def _family_entity(group: list[GeneRow], namespace: str) -> Entity:
    symbols = sorted({row.symbol for row in group})
    texts = [_clean(row.match) for row in group] + [_clean(row.word) for row in group]
    fplx = famplex.family_of(dict.fromkeys(texts), [s.upper() for s in symbols])
    counts: dict[str, int] = {}
    for row in group:
        text = _clean(row.match or row.word)
        counts[text] = counts.get(text, 0) + 1
    label = max(counts, key=counts.__getitem__)  # the commonest; on a tie the first seen
    return Entity(
        key=f"fplx:{fplx}" if fplx else f"family:{match_key(label)}",
        name=label or (fplx or ""),
        type=famplex.kind(fplx) if fplx else "proteinfamily",
        represents=f"fplx:{fplx}" if fplx else "",
        members=[f"{namespace}:{symbol}" for symbol in symbols if namespace]
        + [f"ncbigene:{entrez}" for entrez in _numeric_order({row.entrez for row in group})],
        words=list(dict.fromkeys(row.word for row in group if row.word)),
        grounding_source=sorted({row.source for row in group} & FAMILY_SOURCES)[0],
    )


def _numeric_order(identifiers: set[str]) -> list[str]:
    """Identifiers sorted by :func:`int_or_text` (all-digit sets, the usual case, by plain ``int``)."""
    if all(map(str.isdigit, identifiers)):
        return sorted(identifiers, key=int)
    return sorted(identifiers, key=int_or_text)


def int_or_text(value: str) -> tuple[int, str]:
    """Sort key that orders numeric identifiers numerically."""
    return (int(value), "") if value.isdigit() else (1 << 62, value)


def _add(entities: dict[str, Entity], entity: Entity) -> None:
    """Add an entity, or merge it into the one already held under its key."""
    if entity.key in entities:
        _merge_into(entities[entity.key], entity)
    else:
        entities[entity.key] = entity


def _merge_into(target: Entity, other: Entity) -> None:
    for attribute in ("aliases", "members", "words"):
        merged = getattr(target, attribute)
        merged.extend(item for item in getattr(other, attribute) if item not in merged)
    if _rank(other.grounding_source) < _rank(target.grounding_source):
        target.grounding_source = other.grounding_source


def _rank(source: str) -> int:
    return _rank_in(_SOURCE_RANK, source)


def _rank_in(order: tuple[str, ...], item: str) -> int:
    return order.index(item) if item in order else len(order)


_STEREO_PREFIXES: Final = ("(", "s-", "r-", "(+)", "(-)", "(±)")


def _is_stereo(word: str) -> bool:
    lowered = word.strip().casefold()
    return lowered.startswith(_STEREO_PREFIXES) and "-" in lowered[:12]


def _named_entities(rows: Iterable[ChemicalRow | DiseaseRow], kind: str) -> list[Entity]:
    """Chemical or disease entities, one per identifier (stereo-specific names kept apart)."""
    preferred = ("chebi", "mesh") if kind == "chemical" else ("doid", "mesh")
    entities: dict[str, Entity] = {}
    for row in rows:
        word = row.word.strip()
        if not word or match_key(word) in {"", "na"}:
            continue
        ids = (
            list(row.identifiers)
            if len(row.identifiers) < 2
            else sorted(row.identifiers, key=lambda c: _rank_in(preferred, c.split(":", 1)[0]))
        )
        stereo = kind == "chemical" and _is_stereo(word)
        key = ids[0] if ids and not stereo else f"{kind}:{match_key(word)}"
        name = word if stereo or not ids else (row.name or word)
        entity = Entity(
            key=key,
            name=name,
            type=_chemical_type(word, row.name) if kind == "chemical" else "disease",
            represents=ids[0] if ids else "",
            aliases=ids[1:],
            words=[word],
            grounding_source="pfocr_" + kind,
        )
        _add(entities, entity)
    return list(entities.values())


def _chemical_type(word: str, name: str) -> str:
    return "smallmolecule" if match_key(word) in ENDOGENOUS or match_key(name) in ENDOGENOUS else "chemical"
