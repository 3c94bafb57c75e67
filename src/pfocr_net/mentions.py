"""Find and ground the mentions of a record's entities in its caption and title.

Text is split into fine tokens (runs of letters and digits, with trailing ``+`` kept for ions), and
token n-grams are looked up in a lexicon keyed by their joined, case-folded, Greek-spelled form, so
"NF-κB", "NF-kappaB" and "NFκB" meet. The lexicon holds, in order of preference, the record's own
entities (name, OCR words, symbols, receptor forms), abbreviations the caption defines, stereo-specific
drug names, FamPlex grounding-map texts and a small list of caption terms; process and cell-type
phrases are found around head words. Caption-only candidates become entities only when a relation
uses them (see :meth:`Grounding.materialise`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import islice
from operator import attrgetter
from typing import Final

from pfocr_net import famplex, lexicon
from pfocr_net.model import Entity, Record
from pfocr_net.names import (
    NAME_AFTER,
    PEPTIDE_SPAN,
    anti_class_noun,
    class_noun,
    extend_numbered,
    is_genus,
    maybe_name,
    name_start_at,
    phrases,
    symbol_like,
)
from pfocr_net.text import fold_homoglyphs, match_key, remember
from pfocr_net.tokens import (
    TOKEN_PATTERN,
    Candidate,
    Mention,
    Token,
    form_keys,
    token_key,
    tokenize,
    with_greek_initials,
)

_STEREO: Final = re.compile(
    r"\((?:[0-9]{0,2}[RSEZ](?:,\s?[0-9]{0,2}[RSEZ])*|[+\u00b1-]|R,S|S,R)\)-[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]"
)
_ABBREV: Final = re.compile(r"\(\s?([^()\s;,]{2,12})\s?\)")  # "(LIF)", "( LIF )"
_GLOSSARY_LABEL: Final = re.compile(r"^(?:Abbreviations?|Notes?|Key)\s*:\s*", re.IGNORECASE)
_SHORT_THEN_LONG: Final = re.compile(r"(?<![\w-])([A-Za-z][A-Za-z0-9]{1,9}) \(([A-Za-z][^()\[\];,.]{5,60})\)")
_RECEPTOR_SYMBOL: Final = re.compile(r"^(GRI[ANKD]|GRM|HTR|DRD|ADR[AB]|OPR[MDK]|CHRN|GABR|P2R[XY]|CNR|NTRK)|R\d*[A-Z]?\d?$")
_PROTEIN_WORDS: Final = re.compile(
    r"(?i)\b(proteins?|kinases?|receptors?|factors?|ligands?|channels?|transporters?|enzymes?|synthases?|"
    r"hormones?|interleukins?|subunits?|complex(es)?|cyclases?|homologs?|domains?|antigens?|family|containing|"
    r"targets?|transducers?|activators?|coactivators?|regulators?|repressors?|suppressors?)\b|ases?\b"
)
_MAX_N: Final = 8
_SLASH_NUMBER: Final = re.compile(r"/\d{1,2}(?![\w-])")
_GAP_CHARS: Final = frozenset(" -\u2010\u2011\u2013/()'\u2019\u2032")
_ROLE_PREFIXES: Final = tuple(lexicon.ROLE_NOUNS)
_COMPOUND_WORD: Final = re.compile(r"[,;«»]|/(?!\d\b)|[\u2013\u2014]")
#: Grounding-map namespaces used for caption-only participants.
_GROUNDING_NAMESPACES: Final = frozenset({"FPLX", "UP", "HGNC", "CHEBI", "PUBCHEM", "HMDB"})
#: Node-type preference when one text names several entities.
_TYPE_RANK: Final = {"complex": 0, "proteinfamily": 0, "protein": 1, "gene": 1, "smallmolecule": 2, "drug": 2,
              "chemical": 3, "disease": 4}  # fmt: skip


_DISEASE_ACRONYMS: Final = ("HCC", "NSCLC", "CRC", "AML", "CML", "CLL", "NAFLD", "NASH", "T2DM", "COPD", "IBD", "SLE",
                     "HNSCC", "ESCC", "PDAC", "TNBC", "DLBCL", "OSCC", "ccRCC", "LUAD", "LUSC")
#: Amino acids and their relatives, named as metabolites (not as residues: see ``_RESIDUE_AFTER``).
_AMINO_ACIDS: Final = ("alanine", "arginine", "aspartate", "aspartic acid", "cysteine", "glycine", "histidine", "isoleucine",
                "leucine", "lysine", "methionine", "phenylalanine", "proline", "serine", "threonine", "tryptophan",
                "tyrosine", "valine", "homocysteine", "homoserine", "ornithine", "citrulline", "taurine", "cystine")
#: Compartments and class nouns that captions name as places or participants, beside ``lexicon.CAPTION_TERMS``.
_MORE_TERMS: Final[dict[str, str]] = {
    **{w: "cellularcomponent" for w in (
        "Golgi", "Golgi apparatus", "Golgi complex", "trans-Golgi network", "endosome", "endosomes",
        "early endosomes", "late endosomes", "lysosomes", "peroxisome", "peroxisomes", "mitochondrion",
        "autophagosome", "autophagosomes", "phagosome", "lipid droplets", "cell membrane", "cell surface",
        "extracellular space", "apoplast", "cell wall", "thylakoid", "periplasm", "centrosome", "cilium", "cilia",
        "stress granules",
    )},
    **{w: "proteinfamily" for w in ("chaperones", "molecular chaperones", "heat shock proteins", "HSPs", "adipokines",
                                    "myokines", "hepatokines", "kinesins", "cyclins", "MMPs", "ubiquitin ligases",
                                    "misfolded proteins", "unfolded proteins", "aggregated proteins", "protein aggregates")},
    **{w: "celltype" for w in ("Mφ", "Mϕ", "MΦ")},
    **{w: "disease" for w in _DISEASE_ACRONYMS},
    **{w: "smallmolecule" for w in ("PUFA", "PUFAs", "polyunsaturated fatty acids", "vitamin B12", "B12", "cobalamin",
                                    "folate", "folic acid", "vitamin D", "vitamin C", "vitamin E", "retinol")},
    **{w: "chemical" for w in ("lignin", "cellulose", "hemicellulose", "suberin", "chitin", "pectin", "cutin",
                               "callose", "monolignols")},
    **{w: "biologicalprocess" for w in ("lipid peroxidation", "histone acetylation", "histone methylation",
                                        "histone deacetylation", "DNA methylation", "antigen presentation")},
    # pathways named by a kind rather than a molecule ("the alternative pathway is induced by CD40L")
    **{w: "biologicalprocess" for w in (
        *(f"{kind} pathway" for kind in (
            "canonical", "non-canonical", "noncanonical", "alternative", "classical", "lectin", "intrinsic", "extrinsic",
            "intrinsic apoptotic", "extrinsic apoptotic", "intrinsic apoptosis", "extrinsic apoptosis", "mitochondrial",
            "mitochondrial apoptotic", "mitochondrial apoptosis", "glycolytic", "salvage")),
    )},
    **{w: "smallmolecule" for w in (*_AMINO_ACIDS, "NAD+", "NADP+", "NAD", "NADP", "FAD", "FMN", "SAM",
                                    "S-adenosylmethionine", "S-adenosyl-methionine", "acetyl-CoA", "coenzyme A")},
    **{w: "smallmolecule" for w in ("free radicals", "oxygen radicals", "hydroxyl radicals", "reactive nitrogen species",
                                    "RNS", "polyamines", "ketone bodies", "lipids", "phospholipids",
                                    "sphingolipids", "triglycerides", "steroids")},
}  # fmt: skip


#: Spelled-out names of FamPlex entities that its grounding map lacks.
_MORE_GROUNDINGS: Final[dict[str, tuple[str, str]]] = {
    **{w: ("FPLX", "TCR") for w in ("T cell receptor", "T cell receptors", "T-cell receptor", "T-cell receptors")},
    **{w: ("FPLX", "TLR") for w in ("Toll-like receptor", "Toll-like receptors", "toll-like receptor",
                                    "toll-like receptors")},
    **{w: ("FPLX", "TCF_LEF") for w in ("T cell factor", "T cell factors", "T-cell factor", "T-cell factors")},
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class _GlobalLexicon:
    terms: dict[str, tuple[str, str]]
    fplx: dict[str, dict[str, tuple[str, str]]]
    #: Every prefix of every key, to stop extending an n-gram as soon as nothing can match.
    prefixes: frozenset[str]
    #: The prefixes, each also with a plural "s" and with a "pro" in front: the n-grams worth extending.
    viable: frozenset[str]
    #: Keys of the first tokens of all forms: an n-gram can only start at one of these.
    starts: frozenset[str]


#: The one :class:`_GlobalLexicon`, once built (a plain list the hot callers read directly: a ``functools.cache``
#: wrapper costs a Python-level call per n-gram start).
_GLOBAL_LEXICON: Final[list[_GlobalLexicon]] = []


def _global_lexicon() -> _GlobalLexicon:
    if _GLOBAL_LEXICON:
        return _GLOBAL_LEXICON[0]
    lex = _build_global_lexicon()
    _GLOBAL_LEXICON.append(lex)
    return lex


def _build_global_lexicon() -> _GlobalLexicon:
    terms: dict[str, tuple[str, str]] = {}
    for word, node_type in lexicon.CAPTION_TERMS.items():
        for key in form_keys(word):
            terms.setdefault(key, (word, node_type))
    for word in lexicon.PROCESS_WORDS:
        text = word.replace("_", " ")
        for key in form_keys(text):
            terms.setdefault(key, (text, "biologicalprocess"))
    for word, node_type in _MORE_TERMS.items():
        for key in form_keys(word):
            terms.setdefault(key, (word, node_type))
    grounded: dict[str, dict[str, tuple[str, str]]] = {}
    for text, target in [*famplex.grounding_map().items(), *_MORE_GROUNDINGS.items()]:
        if target[0] not in _GROUNDING_NAMESPACES or text.casefold() in lexicon.GENERIC or text in lexicon.NOT_NAMES:
            continue
        for key in form_keys(text):
            grounded.setdefault(key, {})[text] = target
    prefixes = {key[:n] for key in [*terms, *grounded] for n in range(1, len(key) + 1)}
    forms = [*lexicon.CAPTION_TERMS, *(w.replace("_", " ") for w in lexicon.PROCESS_WORDS), *_MORE_TERMS,
             *famplex.grounding_map(), *_MORE_GROUNDINGS]
    starts = {first for form in forms for first in _first_keys(form)}
    viable = {*prefixes, *(p + "s" for p in prefixes), *("pro" + p for p in prefixes)}
    return _GlobalLexicon(terms=terms, fplx=grounded, prefixes=frozenset(prefixes), viable=frozenset(viable),
                          starts=frozenset(starts))  # fmt: skip


def _first_keys(form: str) -> tuple[str, ...]:
    """Lookup keys of a form's first token (with the Greek-initial variant)."""
    match = TOKEN_PATTERN.search(fold_homoglyphs(form))
    return () if match is None else with_greek_initials(token_key(match.group(0)))


@lru_cache(maxsize=16384)
def _curie(namespace: str, ident: str) -> str:
    prefix = {"UP": "uniprot", "FPLX": "fplx", "HGNC": "hgnc", "CHEBI": "chebi", "PUBCHEM": "pubchem.compound",
              "MESH": "mesh", "GO": "go", "HMDB": "hmdb", "NCIT": "ncit"}.get(namespace, namespace.lower())  # fmt: skip
    local = ident.split(":", 1)[1] if ident.upper().startswith(("CHEBI:", "GO:")) else ident
    return f"{prefix}:{local}"


def _grounded_type(namespace: str, ident: str) -> str:
    if namespace == "FPLX":
        return famplex.kind(ident)
    if namespace in {"UP", "HGNC", "UPISO"}:
        return "protein"
    if namespace in {"CHEBI", "PUBCHEM", "HMDB", "CHEMBL"}:
        return "chemical"
    if namespace == "GO":
        return "biologicalprocess"
    return "other"


@dataclass(slots=True)
class Grounding:
    """Everything known about one record's texts: entities, candidates and mentions."""

    record: Record
    entities: list[Entity]
    candidates: dict[str, Candidate] = field(default_factory=dict)
    #: lookup key -> entity or candidate key, record-specific (wins over the global lexicon).
    local: dict[str, str] = field(default_factory=dict)
    caption_mentions: list[Mention] = field(default_factory=list)
    title_mentions: list[Mention] = field(default_factory=list)
    by_key: dict[str, Entity] = field(default_factory=dict)
    #: Every prefix of the first ``prefixed`` keys of ``local`` (keys are only ever added, at the end).
    prefixes: set[str] = field(default_factory=set)
    prefixed: int = 0

    def type_of(self, key: str) -> str:
        """Node type of an entity or candidate key."""
        entity = self.by_key.get(key)
        if entity is not None:
            return entity.type
        candidate = self.candidates.get(key)
        return candidate.type if candidate else "other"

    def materialise(self, used: set[str]) -> list[Entity]:
        """The given entities (with caption mentions filled in) plus the caption-only ones in ``used``."""
        texts: dict[str, list[str]] = {}
        for mention in [*self.caption_mentions, *self.title_mentions]:
            bucket = texts.setdefault(mention.key, [])
            if mention.text not in bucket:
                bucket.append(mention.text)
        for bucket in texts.values():
            for text in list(bucket):
                for variant in _without_parenthetical(text):
                    if variant not in bucket:
                        bucket.append(variant)
        for entity in self.entities:
            found = texts.get(entity.key)
            if found:
                entity.in_caption = True
                entity.mentions.extend(t for t in found if t not in entity.mentions)
        out = list(self.entities)
        for key in sorted(used):
            candidate = self.candidates.get(key)
            if candidate is None or key in self.by_key:
                continue
            out.append(
                Entity(
                    key=candidate.key, name=candidate.name, type=candidate.type, represents=candidate.represents,
                    members=list(candidate.members), words=list(texts.get(key, [candidate.name])),
                    mentions=list(texts.get(key, [])), in_figure=False, in_caption=True,
                    grounding_source=candidate.grounding_source,
                )
            )  # fmt: skip
        return out


_PARENTHETICAL: Final = re.compile(r"\s*\(([^()]{1,15})\)\s*")


def _without_parenthetical(text: str) -> list[str]:
    """"eukaryotic elongation factor 2 (eEF2) kinase" also reads "eukaryotic elongation factor 2 kinase" and
    "eEF2 kinase": the texts a reader would use for the same thing."""
    if "(" not in text:
        return []
    match = _PARENTHETICAL.search(text)
    if match is None or match.start() == 0 or match.end() == len(text):
        return []
    long_form = (text[: match.start()] + " " + text[match.end() :]).strip()
    short_form = (match.group(1) + " " + text[match.end() :]).strip()
    return [long_form, short_form]


def ground_record(record: Record, entities: list[Entity]) -> Grounding:
    """Build the record lexicon, read abbreviations and find mentions in caption and title."""
    grounding = Grounding(record=record, entities=entities, by_key={e.key: e for e in entities})
    _add_entity_forms(grounding)
    caption = record.caption or ""
    _add_stereo_forms(grounding, caption + " " + (record.title or ""))
    _add_whole_chemicals(grounding, caption)
    _read_abbreviations(grounding, caption)
    _ground_er(grounding, caption)
    grounding.caption_mentions = find_mentions(grounding, caption)
    title = (record.title or "").strip()
    if title and title.rstrip(".") not in caption:
        grounding.title_mentions = [Mention(m.start, m.end, m.key, m.text, "title") for m in find_mentions(grounding, title)]
    if _add_initialisms(grounding, caption, [*grounding.caption_mentions, *grounding.title_mentions]):
        grounding.caption_mentions = find_mentions(grounding, caption)
    return grounding


#: "ER" as the endoplasmic reticulum: "ER stress", "ER lumen", "translocation from the ER to the Golgi".
_ER_COMPARTMENT: Final = re.compile(
    r"\bER[ -](?:stress|lumen|membranes?|chaperones?|machinery|homeostasis|retention|export|exit|Golgi|calcium|Ca2\+"
    r"|resident|associated|phagy|to\s+(?:the\s+)?Golgi)\b|endoplasmic reticulum|\bER/SR\b|\bSR/ER\b",
    re.IGNORECASE,
)
_ESTROGEN: Final = re.compile(r"o?estrogen|\bER[\u03b1\u03b2]|\bER(?:alpha|beta)\b", re.IGNORECASE)


def _may_name_er_compartment(caption: str) -> bool:
    """A quick test passed by every caption :data:`_ER_COMPARTMENT` matches in, which rules out most captions
    without the case-blind regex scan: the letters "er" in any case as a word of their own before a space, a
    hyphen or a slash, or after a slash, or "c ret" (of "endoplasmic reticulum")."""
    low = caption.lower()
    if "/er" in low or "c ret" in low:
        return True
    at = low.find("er")
    while at >= 0:
        before = low[at - 1 : at]
        if low[at + 2 : at + 3] in {" ", "-", "/"} and not (before.isalnum() or before == "_"):
            return True
        at = low.find("er", at + 1)
    return False


def _lowered_in_place(caption: str) -> str | None:
    """``caption.lower()`` when each of its characters is where the caption's is and is a case-blind regex's view of
    it, for the patterns below: no character lowers to two, and no dotless "i" or long "s" (which a case-blind
    pattern reads as "i" and "s" though they lower to themselves). None otherwise."""
    low = caption.lower()
    if len(low) != len(caption) or "\u017f" in caption or "\u0131" in caption:
        return None
    return low


def _found_at_er(pattern: re.Pattern[str], caption: str, whole: str, slash: bool) -> bool:
    """Whether ``pattern`` (case-blind) matches in ``caption``, tried only where a match can start: at ``whole``
    in the lowercased caption, at each "er", and (``slash``) three characters before the "er" of "/er". The
    lowercased caption shows these in place; where it cannot, the whole caption is scanned."""
    low = _lowered_in_place(caption)
    if low is None:
        return pattern.search(caption) is not None
    if whole in low:
        return True
    at = low.find("er")
    while at >= 0:
        if pattern.match(caption, at) is not None or (
            slash and at >= 3 and low[at - 1] == "/" and pattern.match(caption, at - 3) is not None
        ):
            return True
        at = low.find("er", at + 1)
    return False


def _names_er_compartment(caption: str) -> bool:
    """Whether :data:`_ER_COMPARTMENT` matches in ``caption``."""
    return _found_at_er(_ER_COMPARTMENT, caption, "endoplasmic reticulum", slash=True)


def _names_estrogen(caption: str) -> bool:
    """Whether :data:`_ESTROGEN` matches in ``caption``."""
    return _found_at_er(_ESTROGEN, caption, "estrogen", slash=False)


def _ground_er(grounding: Grounding, caption: str) -> None:
    """In a caption about the endoplasmic reticulum, "ER" is that compartment, not the estrogen receptor that
    FamPlex grounds the letters to."""
    if ("ER" not in caption or not _may_name_er_compartment(caption) or not _names_er_compartment(caption)
            or _names_estrogen(caption)):
        return
    key = "caption:endoplasmicreticulum"
    grounding.candidates.setdefault(key, Candidate(key=key, name="endoplasmic reticulum", type="cellularcomponent"))
    for form in ("ER", "endoplasmic reticulum"):
        for k in form_keys(form):
            grounding.local[k] = key


_INITIALISM: Final = re.compile(r"[A-Z]{2,4}")
_INITIAL_PARTS: Final = re.compile(r"[\s\-\u2010]+")


def _word_in(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` as a word of its own (no letter, digit or "_" either side, as the
    regex ``\\b`` sees words): a search for the few initials the mentions spell, where a regex scan of the whole
    caption for every such word was the slow part."""
    at = text.find(word)
    while at >= 0:
        before, after = text[at - 1 : at], text[at + len(word) : at + len(word) + 1]
        if not (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
            return True
        at = text.find(word, at + 1)
    return False


def _add_initialisms(grounding: Grounding, caption: str, mentions: list[Mention]) -> bool:
    """"Exogenous SA could improve the free SA" under the title "... salicylic acid improves ...": an
    undefined all-capital word that spells the initials of a multi-word name found in the caption or title
    stands for that name. Returns whether any was added."""
    lex = _global_lexicon()
    by_initials: dict[str, str] = {}
    for mention in mentions:
        # the words between white space and hyphens, as _INITIAL_PARTS splits them
        text = mention.text
        parts = text.replace("-", " ").replace("\u2010", " ").split()
        if len(parts) >= 2 and (text[:1] in {"(", ")"} or text[-1:] in {"(", ")"}):
            parts = text.strip("()").replace("-", " ").replace("\u2010", " ").split()  # (a one-word text stays one)
        if len(parts) < 2 or not all(p[:1].isalpha() for p in parts):
            continue
        initials = "".join(p[0] for p in parts).upper()
        if initials not in by_initials and _INITIALISM.fullmatch(initials) and _word_in(caption, initials):
            by_initials[initials] = mention.key
    added = False
    for initials, key in by_initials.items():
        short = initials.casefold()
        if short in grounding.local or short in lex.fplx or short in lex.terms:
            continue
        grounding.local[short] = key
        added = True
    return added


@cache
def _non_disease_terms() -> frozenset[str]:
    """Keys of the caption terms that name something other than a disease ("LPS", "ROS", "NO")."""
    return frozenset(key for key, (_, node_type) in _global_lexicon().terms.items() if node_type != "disease")


_DISEASE_ACRONYM_KEYS: Final = frozenset(k for w in _DISEASE_ACRONYMS for k in form_keys(w))


@cache
def _non_protein_terms() -> frozenset[str]:
    """Keys of the caption terms that name no protein ("ATP", "LPS", "ROS", "nucleus")."""
    proteins = {"protein", "proteinfamily", "complex", "gene"}
    return frozenset(key for key, (_, node_type) in _global_lexicon().terms.items() if node_type not in proteins)


@cache
def _not_single_gene_texts() -> frozenset[str]:
    """Keys of the texts the FamPlex grounding map gives only to families, complexes or molecules ("ERK", "AP-1",
    "GTP"): an OCR gene matched to such a text through one of its synonyms is not what a caption means by it."""
    return frozenset(key for key, targets in _global_lexicon().fplx.items()
                     if all(namespace in _NOT_GENE_NAMESPACES for namespace, _ in targets.values()))


_NOT_GENE_NAMESPACES: Final = frozenset({"FPLX", "CHEBI", "PUBCHEM", "HMDB"})


@cache
def _small_molecule_keys() -> frozenset[str]:
    return frozenset(match_key(w) for w, t in lexicon.CAPTION_TERMS.items() if t == "smallmolecule")


def _add_entity_forms(grounding: Grounding) -> None:
    ranked = sorted(grounding.entities, key=lambda e: (_TYPE_RANK.get(e.type, 5),
                                                       "P" in e.name and _PSEUDOGENE.search(e.name) is not None,
                                                       -_resemblance(e)))  # (every pseudogene symbol holds a "P")
    small = _small_molecule_keys()
    non_protein, not_single_gene = _non_protein_terms(), _not_single_gene_texts()
    local = grounding.local
    for entity in ranked:
        chemical = entity.type in {"smallmolecule", "chemical", "drug"}
        words = tuple(entity.words)
        synonym = entity.grounding_source in _SYNONYM_SOURCES and entity.type in {"protein", "gene"}
        if entity.grounding_source in _SYNONYM_SOURCES:
            # "fog" as a synonym of Zfpm1, "Receptor" of kita: ordinary words in the caption as well
            words = tuple(w for w in words if not _plain_lower_word(w) and w.casefold() not in lexicon.GENERIC)
        aliases, members = tuple(entity.aliases), tuple(entity.members)
        forms_key = (entity.key, entity.name, words, aliases, members)
        names = _ENTITY_FORM_KEYS.get(forms_key)
        if names is None:
            names = remember(_ENTITY_FORM_KEYS, forms_key, _entity_form_keys(entity.key, entity.name, words, aliases, members))
        for key, receptor_form in names:
            if receptor_form:
                local.setdefault(key, entity.key)
                continue
            if entity.type == "disease" and key in _non_disease_terms():
                continue  # OCR "LPS" as a disease (lip pit syndrome): the caption term lipopolysaccharide wins
            if entity.type == "disease" and any(w.islower() and w.endswith(("ed", "ing", "ly")) and match_key(w) == key
                                                for w in entity.words):
                continue  # OCR "disordered" as a disease: an ordinary adjective in the caption
            if synonym and key in non_protein:
                continue  # OCR "LPS" as a synonym of IRF6, "ATP" of ATP8A2: the caption means the molecule
            if synonym and key in not_single_gene:
                continue  # OCR "ERK" as a synonym of EPHB2, "AP-1" of FOS: FamPlex reads the text as a family
            if entity.type in {"protein", "gene"} and key in _DISEASE_ACRONYM_KEYS:
                continue  # OCR "HCC" as a gene symbol: the caption means hepatocellular carcinoma
            current = local.get(key)
            if current is None or (chemical and key in small):
                local[key] = entity.key


#: OCR words upper-cased with only their letters and digits kept, as :func:`_resemblance` compares them (an OCR
#: word recurs across records; building it a character at a time was most of the ranking's cost).
_ALNUM_UPPER: Final[dict[str, str]] = {}


def _resemblance(entity: Entity) -> int:
    """How much the entity's symbol looks like the OCR word it was found by (the length of their common start, one
    more when they end in the same number): "RIP1" is RIPK1 rather than UQCRFS1, "Nrf2" NFE2L2 rather than GABPA,
    "IL-23" IL23A rather than IL37, when the word is a synonym of each."""
    symbol = entity.name.upper()
    best = 0
    for word in entity.words:
        folded = _ALNUM_UPPER.get(word)
        if folded is None:
            folded = remember(_ALNUM_UPPER, word, "".join([c for c in word.upper() if c.isalnum()]))
        common = 0
        while common < min(len(folded), len(symbol)) and folded[common] == symbol[common]:
            common += 1
        digits = len(folded) - len(folded.rstrip("0123456789"))
        best = max(best, common + (digits > 0 and symbol.endswith(folded[-digits:])))
    return best


#: HGNC pseudogene symbols ("BTF3P11", "MTCO2P12", "PPIAP10"): when an OCR synonym ("OPG", "COX2") also names
#: a real gene, the caption means the real gene.
_PSEUDOGENE: Final = re.compile(r"^[A-Z][A-Z0-9]{2,}P\d{1,2}$")
#: OCR gene sources where the word matched one of a gene's synonyms, not its own symbol.
_SYNONYM_SOURCES: Final = frozenset({"ncbigene_synonym", "hgnc_alias_symbol", "hgnc_prev_symbol"})
_LOWER_WORD: Final = re.compile(r"[a-z]{2,6}(?:-\d{0,2})?")


def _plain_lower_word(word: str) -> bool:
    """"fog" (FOG, a synonym of Zfpm1), "vasa-" (VASA, of DDX4), "as-1" (AS1, of PTGDR): a short all-lower-case OCR word
    that matched a gene synonym written in capitals is an ordinary English word, in the caption as well."""
    if not word or len(word) > 9 or not 97 <= ord(word[0]) <= 122:
        return False  # (every match starts with a lower-case letter and is at most 6 + 3 characters long)
    return _LOWER_WORD.fullmatch(word) is not None


#: Memo of :func:`_entity_form_keys` by its arguments (a plain dict, which compiled code reads without calling
#: through a cache wrapper). Genes recur across records.
_ENTITY_FORM_KEYS: Final[dict[tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], tuple[tuple[str, bool], ...]]] = {}


def _entity_form_keys(
    key: str, name: str, words: tuple[str, ...], aliases: tuple[str, ...], members: tuple[str, ...]
) -> tuple[tuple[str, bool], ...]:
    """The lookup keys an entity is named by, in order, each with whether it is a receptor form ("D1
    receptor" for DRD1), which never displaces a key already taken (remembered by the caller in :data:`_ENTITY_FORM_KEYS`)."""
    out: list[tuple[str, bool]] = []
    forms = [name, *(w for w in words if not _COMPOUND_WORD.search(w)), *(a.split(":", 1)[1] for a in aliases if ":" in a)]
    if key.startswith("fplx:"):
        forms.append(key[5:])
    symbols = [a.split(":", 1)[1] for a in [*aliases, *members] if "symbol:" in a]
    receptor = bool(symbols) and all(_RECEPTOR_SYMBOL.search(s) for s in symbols)
    for raw in forms:
        form = raw.strip(" ,.;:")
        if not form or len(match_key(form)) < 2 and "+" not in form:
            continue
        out.extend((k, False) for k in form_keys(form))
        if receptor:
            for suffix in (" receptor", " receptors", "R"):
                out.extend((k, True) for k in form_keys(form + suffix))
    return tuple(out)


def _add_stereo_forms(grounding: Grounding, text: str) -> None:
    for match in _STEREO.finditer(text):
        form = match.group(0)
        keys = form_keys(form)
        if not keys or keys[0] in grounding.local:
            continue
        key = f"caption:{keys[0]}"
        grounding.candidates.setdefault(key, Candidate(key=key, name=form, type="drug"))
        for k in keys:
            grounding.local[k] = key


#: Metabolite names whose commas and spaces would split them into pieces: "kynurenic acid", "1,25-dihydroxyvitamin
#: D3", "N,N-dimethyltryptamine", "phosphatidylinositol-4,5-bisphosphate", "guanosine 3',5'-cyclic monophosphate".
_WHOLE_CHEMICAL: Final = re.compile(
    r"(?<![\w\u2010'\u2032-])(?:"
    r"(?:\d{1,2}(?:,\d{1,2})*-)?[A-Za-z][a-z-]{2,}ic acids?"
    r"|(?:\d{1,2}['\u2032]?|N|O)(?:,(?:\d{1,2}['\u2032]?|N|O))+-[A-Za-z][a-z]{3,}[a-z0-9]*(?: D[23])?"
    r"|[A-Za-z][a-z]{2,}(?:ol|ine|ose|yl)[ -]\(?\d{1,2}['\u2032]?(?:,\s?\d{1,2}['\u2032]?)+\)?-(?:cyclic )?[a-z]*phosphates?"
    r")(?![\w\u2010-])"
)


def _whole_chemical_anchors(text: str) -> list[int]:
    """Where the parts every :data:`_WHOLE_CHEMICAL` name holds begin: its "ic acid", or a pair of locants ("4,5",
    "3′, 5′", "N,N"); found with string searches, which are much faster here than a regular expression."""
    anchors: list[int] = []
    at = text.find("ic acid")
    while at >= 0:
        anchors.append(at)
        at = text.find("ic acid", at + 7)
    at = text.find(",")
    while at >= 0:
        first = at - 2 if text[at - 1 : at] in {"'", "\u2032"} else at - 1
        after = at + 2 if text[at + 1 : at + 2] == " " else at + 1
        if first >= 0 and ((text[first].isdigit() and text[after : after + 1].isdigit()) or text[first : at + 2] == "N,N"):
            anchors.append(first)
        at = text.find(",", at + 1)
    return anchors


def _whole_chemicals(text: str) -> list[str]:
    """The names :data:`_WHOLE_CHEMICAL` finds in ``text``, tried only at the word starts shortly before each of
    its anchors (searching the whole caption with it is slow)."""
    starts: set[int] = set()
    for anchor in _whole_chemical_anchors(text):
        k, spaces = anchor, 0
        while k >= 0 and anchor - k <= 60 and spaces < 2:  # (a word before the locants at most)
            if k == 0 or not text[k - 1].isalnum():
                starts.add(k)
            spaces += k > 0 and text[k - 1].isspace()
            k -= 1
    found: list[str] = []
    end = 0
    for start in sorted(starts):
        if start < end:
            continue
        match = _WHOLE_CHEMICAL.match(text, start)
        if match is not None:
            found.append(match.group(0))
            end = match.end()
    return found


def _add_whole_chemicals(grounding: Grounding, text: str) -> None:
    """Caption-only metabolites named by :data:`_WHOLE_CHEMICAL`, unless a lexicon or the record knows the name."""
    for form in _whole_chemicals(text):
        if lookup_text(grounding, form) is None:
            _isoform_candidate(grounding, form, "protein" if form.endswith(("ase", "ases")) else "smallmolecule")


def lookup_text(grounding: Grounding, text: str) -> str | None:
    """Entity/candidate key for a whole text, or None."""
    keys = form_keys(text)
    for key in keys:
        if key in grounding.local:
            return grounding.local[key]
    return _global_key(grounding, keys, text)


def _global_key(grounding: Grounding, keys: tuple[str, ...], surface: str, chained: bool = False) -> str | None:
    """The entity or candidate key the global lexicon gives ``keys``; a short name must match its case exactly,
    unless it is ``chained`` to other names by hyphens ("Shc-Grb2-Sos-Ras": "Sos" is SOS)."""
    lex = _global_lexicon()
    for key in keys:
        targets = lex.fplx.get(key)
        if targets:
            target = targets.get(surface)
            if target is None:
                short_ok = chained and surface[:1].isupper()
                name_like = any(c.isupper() or c.isdigit() or not c.isascii() for c in surface)
                if (len(key) <= 3 and not short_ok) or not name_like:
                    continue
                target = _folded_targets(key).get(surface.casefold()) or next(iter(targets.values()))
            return _candidate_for(grounding, target, surface)
        term = lex.terms.get(key)
        if term is not None:
            ckey = f"caption:{key}"
            if ckey not in grounding.candidates:
                grounding.candidates[ckey] = Candidate(key=ckey, name=term[0], type=term[1])
            return ckey
    return None


#: Memo of :func:`_folded_targets` (a plain dict, which compiled code reads without calling through a cache wrapper).
_FOLDED_TARGETS: Final[dict[str, dict[str, tuple[str, str]]]] = {}


def _folded_targets(key: str) -> dict[str, tuple[str, str]]:
    known = _FOLDED_TARGETS.get(key)
    return remember(_FOLDED_TARGETS, key, _folded_targets_uncached(key)) if known is None else known


def _folded_targets_uncached(key: str) -> dict[str, tuple[str, str]]:
    """The FamPlex grounding-map targets of a lookup key, by case-folded text."""
    return {t.casefold(): v for t, v in _global_lexicon().fplx[key].items()}


def _candidate_for(grounding: Grounding, target: tuple[str, str], surface: str) -> str:
    namespace, ident = target
    curie = _curie(namespace, ident)
    if curie in grounding.by_key:
        return curie
    for entity in grounding.entities:
        if entity.represents == curie:
            return entity.key
    if curie not in grounding.candidates:
        members = [f"hgnc.symbol:{s}" for s in famplex.members(ident)] if namespace == "FPLX" else []
        name = ident if namespace == "FPLX" else surface
        if name.count("(") != name.count(")"):
            # "(TGF)-β1" read from "transforming growth factor (TGF)-β1"
            name = name.replace("(", "").replace(")", "")
        grounding.candidates[curie] = Candidate(
            key=curie, name=name, type=_grounded_type(namespace, ident), represents=curie, members=members,
            grounding_source="famplex_grounding_map",
        )  # fmt: skip
    return curie


@lru_cache(maxsize=4096)
def _folded_char(ch: str) -> str:
    """One character as :func:`_long_form` compares it: folded (Greek letters spelled out), or a space."""
    return match_key(ch) or (" " if not ch.isalnum() else ch.casefold())


#: :func:`_folded_char` of every ASCII character (each gives exactly one character).
_ASCII_FOLDED: Final = str.maketrans({chr(c): _folded_char(chr(c)) for c in range(128)})


def _starts_word(candidate: str, origin: list[int] | None, pos: int) -> bool:
    """Whether folded character ``pos`` of ``candidate`` starts a word: the first folded character of its
    character (``origin[pos]``, or ``pos`` itself when every character folds to one), after no letter or digit."""
    index = pos if origin is None else origin[pos]
    if origin is not None and pos > 0 and origin[pos - 1] == index:
        return False
    return index == 0 or not candidate[index - 1].isalnum()


def _long_form(text: str, paren_start: int, short: str) -> str | None:
    """Schwartz-Hearst style long form ending just before ``(`` for the abbreviation ``short``."""
    letters = match_key(short)  # match_key keeps only a-z and 0-9
    if not letters or not short[0].isalnum():
        return None
    window = text[max(0, paren_start - 120) : paren_start].rstrip()
    cut = -1
    for sep in (". ", "; ", ": ", "(", ")", ", ", "/"):
        cut = max(cut, window.rfind(sep))
    if cut >= 0:
        window = window[cut + 1 :]
    words = window.split()
    words = words[-(min(len(letters), 6) + 4) :]
    candidate = " ".join(words)
    # Fold each character (Greek letters become their names) into one string, and remember where each folded
    # character came from (in ASCII text each character folds to exactly one: its own position).
    origin: list[int] | None = None
    if candidate.isascii():
        folded = candidate.translate(_ASCII_FOLDED)
    else:
        pieces: list[str] = []
        origin = []
        for index, ch in enumerate(candidate):
            piece = _folded_char(ch)
            pieces.append(piece)
            origin.extend([index] * len(piece))
        folded = "".join(pieces)
    li, ci = len(letters) - 1, len(folded) - 1
    while li >= 0:
        letter = letters[li]
        while ci >= 0 and (folded[ci] != letter or (li == 0 and not _starts_word(candidate, origin, ci))):
            ci -= 1
        if ci < 0:
            return _last_word_form(candidate, short)
        li -= 1
        ci -= 1
    first = ci + 1 if origin is None else origin[ci + 1]
    long_form = candidate[first:].strip()
    head, _, rest = long_form.partition(" ")
    again = f" {head} " in f" {rest} " and short.casefold().startswith(head.casefold())
    if again:
        # "Binding of CRF to the CRF type 1 receptor (CRFR1)": the name starts at the later "CRF"
        long_form = rest[f" {rest} ".index(f" {head} ") :]
    if match_key(long_form) == match_key(short) or len(long_form) <= len(short) or len(long_form.split()) > len(letters) + 3:
        return None
    return long_form


def _last_word_form(candidate: str, short: str) -> str | None:
    """Fallback long form: the single (often hyphenated) word before the parenthesis, when it starts
    with the abbreviation's first letter ("UDP-N-acetylglucosamine (UDP-GlcNAc)")."""
    words = candidate.split()
    if not words:
        return None
    last = words[-1]
    symbol_like = sum(c.isupper() or c.isdigit() for c in short) >= 2
    if symbol_like and len(last) > len(short) + 2 and last[0].casefold() == short[0].casefold() and last[-1].isalnum():
        return last
    return None


#: The words :data:`_PROTEIN_WORDS` reads, each in every form it spells (it also reads any word ending "ase(s)").
_PROTEIN_WORD_FORMS: Final = frozenset(
    {f"{word}{ending}" for word in ("protein", "kinase", "receptor", "factor", "ligand", "channel", "transporter",
                                   "enzyme", "synthase", "hormone", "interleukin", "subunit", "cyclase", "homolog",
                                   "domain", "antigen", "target", "transducer", "activator", "coactivator",
                                   "regulator", "repressor", "suppressor") for ending in ("", "s")}
    | {"complex", "complexes", "family", "containing"}
)
def _is_ascii_word_code(code: int) -> bool:
    return 97 <= code <= 122 or 48 <= code <= 57 or code == 95  # [a-z0-9_]: a lowercased ASCII word character


def _names_protein_word(text: str) -> bool:
    """Whether :data:`_PROTEIN_WORDS` matches in ``text``. In ASCII text the case-blind pattern matches where a
    whole word of the lowercased text is one of :data:`_PROTEIN_WORD_FORMS` or ends in "ase" or "ases", which a
    scan over character codes reads off the words instead of a case-blind regex scan."""
    if not text.isascii():
        return _PROTEIN_WORDS.search(text) is not None
    low = text.lower()
    size = len(low)
    i = 0
    while i < size:
        if not _is_ascii_word_code(ord(low[i])):
            i += 1
            continue
        j = i + 1
        while j < size and _is_ascii_word_code(ord(low[j])):
            j += 1
        word = low[i:j]
        if word in _PROTEIN_WORD_FORMS or word.endswith(("ase", "ases")):
            return True
        i = j
    return False


def _looks_like_protein(long_form: str) -> bool:
    words = long_form.casefold().partition(" of ")[0].split()
    if words and (words[-1] in lexicon.CELL_HEADS or words[-1] == "cell"):
        return False  # "antigen presenting cell", "natural killer cells": a cell type
    return _names_protein_word(long_form)


def _guess_type(long_form: str) -> str:
    low = long_form.casefold()
    last = low.split()[-1] if low.split() else ""
    if _looks_like_protein(long_form):
        return "protein"
    if last in lexicon.CELL_HEADS or last == "cell":
        return "celltype"
    if last in lexicon.PROCESS_HEADS or last in lexicon.PROCESS_WORDS or last.endswith(("sis", "tion", "phagy")):
        return "biologicalprocess"
    if last.endswith(("ate", "ine", "ide", "acid", "ol", "one")):
        return "chemical"
    return "other"


def _read_abbreviations(grounding: Grounding, caption: str) -> None:
    pairs: list[tuple[str, str]] = []
    for match in _ABBREV.finditer(caption):
        short = match.group(1)
        if not any(c.isalpha() for c in short) or short.casefold() in {"ie", "eg", "see"}:
            continue
        long_form = _long_form(caption, match.start(), short)
        if long_form:
            pairs.append((long_form, short))
    for match in _short_then_long(caption):
        short, inner = match.group(1), match.group(2).strip()
        if not any(c.isupper() for c in short) or short[0].casefold() != inner[0].casefold() or not 2 <= len(inner.split()) <= 6:
            continue
        long_form = _long_form(f"{inner} ({short})", len(inner) + 1, short)
        if long_form and inner.endswith(long_form):
            pairs.append((long_form, short))  # "Rot (Repressor of toxins)": the long form in the parenthesis
    segments = caption.split(";")
    for index, segment in enumerate(segments):
        opening = index == 0 and ". " in segment
        if opening:
            # "... signaling. APC, antigen presenting cell; TCR, ...": a glossary's first entry opens a sentence
            segment = segment.rsplit(". ", 1)[1]
        segment = _GLOSSARY_LABEL.sub("", segment.strip())  # "Abbreviations: αKG: α-ketoglutarate; ..."
        for separator in (", ", ": "):
            head, _, rest = segment.partition(separator)
            if not (2 <= len(head) <= 12 and rest and " " not in head and 0 < len(rest.split()) <= 8 and "." not in rest):
                continue
            if opening and (len(segments) < 3 or not any(c.isupper() or c.isdigit() for c in head[1:])):
                break
            pairs.append((rest.strip().rstrip("."), head))
            break
    for long_form, short in pairs:
        for long_part, short_part in _split_definition(long_form, short):
            _link_abbreviation(grounding, long_part, short_part)


def _is_ascii_alnum_code(code: int) -> bool:
    return 48 <= code <= 57 or 65 <= code <= 90 or 97 <= code <= 122  # an ASCII letter or digit: [0-9A-Za-z]


def _short_then_long(caption: str) -> list[re.Match[str]]:
    """The matches of :data:`_SHORT_THEN_LONG`, tried only at the word before each " (" (every match has
    exactly one, right after its short form): the regex searched through the whole caption is the slow part."""
    found: list[re.Match[str]] = []
    paren = caption.find(" (")
    while paren >= 0:
        start = paren
        while start > 0 and _is_ascii_alnum_code(ord(caption[start - 1])):
            start -= 1  # back to the first letter or digit of the short form
        match = _SHORT_THEN_LONG.match(caption, start)
        if match is not None:
            found.append(match)
        paren = caption.find(" (", paren + 1)
    return found


def _split_definition(long_form: str, short: str) -> list[tuple[str, str]]:
    """One definition per name of a slash pair ("YAP/TAZ, yes-associated protein/transcriptional coactivator ..."
    defines YAP and TAZ); none for a numbered group ("LATS1/2, large tumor suppressor kinase one/two"), whose members
    are named by their symbols already."""
    if "/" not in short:
        return [(long_form, short)]
    shorts = short.split("/")
    if any(part.isdigit() or not part for part in shorts):
        return []
    longs = long_form.split("/")
    if len(longs) != len(shorts) or not all(part.strip() for part in longs):
        return [(long_form, short)]
    return [(lf.strip(), sf) for lf, sf in zip(longs, shorts, strict=True)]


#: Defined groups too vague to be participants (the gold README's "target genes").
_VAGUE_DEFINITIONS: Final = frozenset({"transcription factors", "transcription factor", "target genes", "target gene"})


def _link_abbreviation(grounding: Grounding, long_form: str, short: str) -> None:
    if long_form.casefold() in _VAGUE_DEFINITIONS:
        return  # "transcription factors (TFs)": an unnamed group, no participant however it is abbreviated
    short_key = lookup_text(grounding, short)
    long_key = lookup_text(grounding, long_form)
    if short_key and long_key:
        if short_key != long_key:
            _join_definition(grounding, long_form, short, long_key, short_key)
        return
    if short_key and not long_key:
        entity = grounding.by_key.get(short_key)
        if entity is not None and entity.type in {"protein", "gene"} and not _looks_like_protein(long_form):
            flag = f"caption defines {short!r} as {long_form!r}"
            if flag not in entity.flags:
                entity.flags.append(flag)
            key = _new_candidate(grounding, long_form, short)
            for k in form_keys(short) + form_keys(long_form):
                grounding.local[k] = key
            return
        if entity is None and grounding.type_of(short_key) in {"protein", "gene", "proteinfamily", "complex"} and (
            _guess_type(long_form) == "chemical"
        ):
            # "methionine (Met)": the caption's definition beats FamPlex's reading of the letters (MET kinase)
            key = _new_candidate(grounding, long_form, short)
            for k in form_keys(short) + form_keys(long_form):
                grounding.local[k] = key
            return
        for k in form_keys(long_form):
            grounding.local.setdefault(k, short_key)
        return
    if long_key and not short_key:
        for k in form_keys(short):
            grounding.local.setdefault(k, long_key)
        return
    key = _new_candidate(grounding, long_form, short)
    for k in form_keys(short) + form_keys(long_form):
        grounding.local.setdefault(k, key)


def _join_definition(grounding: Grounding, long_form: str, short: str, long_key: str, short_key: str) -> None:
    """"ROS, reactive oxygen species", "Asn: asparagine": a caption definition whose two halves grounded apart
    names one node. An OCR entity keeps its key; otherwise the short form joins the long form when their types
    differ (the caption's own definition beats a global reading of the letters) and the long form joins the
    short one when they agree."""
    short_given, long_given = short_key in grounding.by_key, long_key in grounding.by_key
    if short_given and not long_given and grounding.type_of(short_key) in {"protein", "gene"} and (
        grounding.type_of(long_key) not in {"protein", "gene", "proteinfamily", "complex"}
    ):
        # "ornithine (Orn)": the caption's definition of a molecule outranks an OCR gene hit on the letters
        flag = f"caption defines {short!r} as {long_form!r}"
        if flag not in grounding.by_key[short_key].flags:
            grounding.by_key[short_key].flags.append(flag)
        short_given = False
    if short_given and long_given:
        return
    if short_given or (not long_given and grounding.type_of(short_key) == grounding.type_of(long_key)):
        for k in form_keys(long_form):
            grounding.local[k] = short_key
    else:
        for k in form_keys(short):
            grounding.local[k] = long_key


def _new_candidate(grounding: Grounding, long_form: str, short: str) -> str:
    key = f"caption:{form_keys(short)[0] if form_keys(short) else match_key(long_form)}"
    name = short if any(c.isupper() for c in short) else long_form
    grounding.candidates.setdefault(key, Candidate(key=key, name=name, type=_guess_type(long_form)))
    return key


def find_mentions(grounding: Grounding, text: str) -> list[Mention]:
    """Longest-match mentions of lexicon entries in ``text``, plus process and cell-type phrases."""
    if not text:
        return []
    prefixes = grounding.prefixes
    added = list(islice(grounding.local, grounding.prefixed, None))
    for key in added:
        if key not in prefixes:  # (a key that is already a prefix has its own prefixes there too)
            prefixes.update(_key_prefixes(key))
    grounding.prefixed = len(grounding.local)
    tokens = tokenize(text)
    # The words a protein part or terminus is named by: in a text without them no part pattern is tried.
    may_part = any(word in text for word in _PART_WORDS)
    may_terminal = "terminal" in text
    mentions: list[Mention] = []
    covered = [False] * len(tokens)
    following = 0  # the first token not yet covered by a mention
    for candidate in _start_candidates(text, tokens, prefixes):
        i, lexical = candidate >> 1, (candidate & 1) == 1
        if i < following:
            continue
        found = _match_at(grounding, text, tokens, i) if lexical else None
        first = i  # the token the mention starts at ("factor VIII" starts before its numeral)
        if found is None:
            if _site_of_name_before(grounding, text, mentions, tokens[i]):
                continue  # "caveolin-1 Y14 phosphorylation", "AKT S473": a residue of the protein named before it
            like = symbol_like(grounding, text, tokens, i) if maybe_name(text, tokens[i]) else None
            if like is not None and _METHOD_AFTER.match(text, tokens[like[1]].end):
                continue  # "PPI network", "PAPi analysis": an unknown acronym naming a method or data set
            if like is not None:
                found, first = (like[1], like[2]), min(like[0], i)
            else:
                group = class_noun(grounding, text, tokens[i])
                found = (i, group) if group is not None else anti_class_noun(grounding, text, tokens, i)
                if found is None:
                    continue
        end_index, key = found
        if _head_of_name_before(grounding, text, mentions, tokens[i], key):
            for j in range(i, end_index + 1):
                covered[j] = True
            following = end_index + 1
            continue  # "Erk and Abl kinases", "Src kinases": the class noun is the head of the name before it
        end_index, key = extend_numbered(grounding, text, tokens, i, end_index, key)
        start = tokens[first].start
        if start > 0 and text[start - 1] == "(" and ")" in text[start : tokens[end_index].end + 1]:
            start -= 1
        end = tokens[end_index].end
        if text[end : end + 1] == ")" and text.count("(", start, end) > text.count(")", start, end):
            end += 1  # "angiotensin-(1-7)": the name's own closing parenthesis
        # (each pattern after a name is tried only when the character after the name can start it)
        numbered = _SLASH_NUMBER.match(text, end) if text[end : end + 1] == "/" else None
        if numbered is not None:
            # "NFAT3/4", "Gq/11": the slash number belongs to the name.
            end = numbered.end()
            end_index = _last_token_within(tokens, end_index, end)
        bound = (_STATE_SUFFIX.match(text, end) if text[end : end + 1] in {"-", "\u2010"}
                 and grounding.type_of(key) in _PROTEIN_KINDS else None)
        if bound is not None:
            # "Ras-GTP", "Rac1-GDP": the nucleotide names the protein's state, not a step after it; "PI3K-III": a class
            end = bound.end()
            end_index = _last_token_within(tokens, end_index, end)
        conjugate = _conjugate_end(grounding, text, tokens, end_index) if grounding.type_of(key) in _CHEMICAL_KINDS else None
        if conjugate is not None:
            # "PUFA-PL", "PUFA-PLOOH", "JA-Ile": a metabolite joined to an unknown part names a conjugate
            end_index, end = conjugate
            # ("H+-ATPase", "Ca2+-ATPase": the pump that moves the ion is a protein)
            pump = tokens[end_index].key in _PUMP_PARTS
            key = _isoform_candidate(grounding, text[tokens[i].start : end], "proteinfamily" if pump else "smallmolecule")
        version = (_SPACED_VERSION.match(text, end) if text[end : end + 1] == " " and text[end + 1 : end + 2].isdigit()
                   and grounding.type_of(key) in _PROTEIN_KINDS else None)  # (every decimal digit is a digit)
        if version is not None and end_index + 2 < len(tokens):
            # "PDF 1.2", "Nav 1.7": a version number written apart belongs to the name
            joined = text[tokens[i].start : end] + version.group(1)
            key = lookup_text(grounding, joined) or _isoform_candidate(grounding, joined)
            end_index, end = end_index + 2, version.end()
        greek = (_SPACED_GREEK.match(text, end) if text[end : end + 1] == " "
                 and "\u03b1" <= text[end + 1 : end + 2] <= "\u03c9" else None)
        if greek is not None and end_index + 1 < len(tokens) and grounding.type_of(key) in _PROTEIN_KINDS:
            # "PPAR α", "PKC δ": an isoform letter written apart names the isoform
            joined = text[tokens[i].start : end] + greek.group(1)
            key = lookup_text(grounding, joined) or _isoform_candidate(grounding, joined)
            end_index, end = end_index + 1, greek.end()
        spelled = (_SPELLED_GREEK.match(text, end) if greek is None and text[end : end + 1] == " "
                   and text[end + 1 : end + 2] in _SPELLED_GREEK_INITIALS else None)
        if spelled is not None and end_index + 1 < len(tokens) and grounding.type_of(key) in _PROTEIN_KINDS:
            # "tumor necrosis factor alpha", "PPAR gamma": a Greek letter spelled out after the name belongs to it; it
            # names a family's member, and only spells out a single protein's usual name
            joined = text[tokens[i].start : spelled.end()]
            found_key = lookup_text(grounding, joined)
            if found_key is None and grounding.type_of(key) not in {"protein", "gene"}:
                found_key = _isoform_candidate(grounding, joined)
            key = found_key or key
            end_index, end = end_index + 1, spelled.end()
        fragment = PEPTIDE_SPAN.match(text, end) if text[end : end + 1] in {"-", "\u2010", "("} else None
        if fragment is not None and grounding.type_of(key) in _LIGAND_KINDS:
            # "angiotensin-(1-7)" after the lexicon's "angiotensin": the peptide the residue span names
            end = fragment.end()
            end_index = _last_token_within(tokens, end_index, end)
            key = lookup_text(grounding, text[start:end]) or _isoform_candidate(grounding, text[start:end], "protein")
        grown = _derived_name(grounding, text, tokens[i].start, end, key, mentions)
        if grown is not None:
            end, key = grown
            end_index = _last_token_within(tokens, end_index, end)
        compound = (_compound_protein(grounding, text, tokens[i].start, end) if text[end : end + 1] in {"-", "\u2010", " "}
                    and grounding.type_of(key) in _LIGAND_KINDS and text[end - 1 : end].isalnum()
                    and text[start - 1 : start] != "(" else None)
        if compound is not None:
            end, key = compound
            end_index = _last_token_within(tokens, end_index, end)
        if text[start] == "(" and text[start:end].count("(") > text[start:end].count(")"):
            end = text.index(")", end) + 1 if ")" in text[end : end + 2] else end
        part = _PART_AFTER.match(text, end) if may_part and (
            text[end : end + 1] in {"(", "-"} or text[end : end + 1].isspace()) else None
        if part is not None and _RELATIVE_AFTER.match(text, part.end()):
            part = None  # "... (NTase) domain, which also mediates ...": kept as the relative clause's antecedent
        if part is not None or (may_terminal and text[start - 1 : start].isspace()
                                and _TERMINAL_BEFORE.search(text, max(0, start - 12), start)):
            for j in range(i, end_index + 1):
                covered[j] = True
            following = end_index + 1
            continue  # "N-terminal IDR", "nucleotidyltransferase (NTase) domain": a part of a protein, no participant
        prefix = _opposing_prefix(text, tokens, i)
        residue = text[start:end].strip("()").casefold() if key.startswith("caption:") else ""  # (only read for one)
        is_residue = residue in _AMINO_ACID_NAMES or residue in _RESIDUE_CODES
        if key.startswith("caption:") and is_residue and _RESIDUE_AFTER.match(text, end):
            continue  # "serine 727", "serine/threonine kinases", "tyrosine kinase": a residue, left to the phrases
        if key == "caption:light" and (_NOT_LIGHT_BEFORE.search(text, max(0, start - 12), start) or _NOT_LIGHT_AFTER.match(text, end)):
            prefix = "non"  # "kappa light polypeptide", "light chain", "in light of", "shed light on": no light signal
        if text[end : end + 1] in {"-", "\u2010"} and _NOUN_AFTER_HYPHEN.match(text, end + 1) and (
            grounding.type_of(key) == "cellularcomponent"
        ):
            prefix = "non"  # "peroxisome-proliferator-activated receptor": part of a compound name, no place
        if prefix == "non":  # "non-Smad pathways", "non-IL-8 chemokines": not the thing named
            for j in range(i, end_index + 1):
                covered[j] = True
            following = end_index + 1
            continue
        if prefix == "anti":  # "anti-hypertensives", "anti-TNF": an agent against the thing named
            start = tokens[i - 1].start
            head = _ANTI_PROCESS_HEAD.match(text, end)
            if head is not None and end_index + 1 < len(tokens):
                # "anti-tumor immunity", "anti-viral responses": a defence against the thing named
                end = head.end()
                end_index = _last_token_within(tokens, end_index, end)
                key = _isoform_candidate(grounding, text[start:end], "biologicalprocess")
            else:
                key = _anti_candidate(grounding, text[start:end])
        if text[end - 1 : end] == "s" and text[start:end].islower() and grounding.type_of(key) in _CLASS_KINDS:
            qualifier = _CLASS_QUALIFIER.search(text, max(0, start - 20), start)
            if qualifier is not None:
                start = qualifier.start()  # "viral proteinases", "pro-inflammatory cytokines": the caption's name
        mentions.append(Mention(start, end, key, text[start:end]))
        for j in range(i, end_index + 1):
            covered[j] = True
        following = end_index + 1
    mentions.extend(_numbered_siblings(grounding, text, mentions))
    mentions.extend(_place_adjectives(grounding, text, tokens, covered))
    mentions.extend(phrases(grounding, text, tokens, covered, mentions))
    mentions.sort(key=_mention_start)
    for mention in mentions:
        if grounding.type_of(mention.key) not in _CONDITION_TYPES:
            continue
        severity = _SEVERITY_BEFORE.search(text, max(0, mention.start - 10), mention.start)
        if severity is not None:
            # "acute lung injury" (OCR: "lung injury"): the caption's fuller name joins the node's names
            mention.start, mention.text = severity.start(), text[severity.start() : mention.end]
    return mentions


#: Words after a move noun that make the place adjective part of a thing's name ("nuclear localization signal").
_NOT_A_MOVE_AFTER: Final = frozenset({"signal", "signals", "sequence", "sequences", "machinery", "pore", "pores",
                                      "receptor", "receptors", "complex", "complexes", "protein", "proteins",
                                      "factor", "factors", "motif", "motifs", "domain", "domains"})


#: Places where a protein is made, where "accumulation" means it is not broken down rather than moved in.
_WHERE_THINGS_ARE_MADE: Final = frozenset({"cytoplasm", "cytosol"})


def _place_adjectives(grounding: Grounding, text: str, tokens: list[Token], covered: list[bool]) -> list[Mention]:
    """"the nuclear translocation of YAP", "Bax mitochondrial accumulation": an adjective of place before a noun of a
    move names the place the thing goes to (a mention of that place, written as the adjective)."""
    found: list[Mention] = []
    for i in range(len(tokens) - 1):
        token = tokens[i]
        place = lexicon.PLACE_ADJECTIVES.get(token.key)
        if place is None or covered[i] or tokens[i + 1].key not in lexicon.MOVE_NOUNS:
            continue
        if text[token.end : tokens[i + 1].start] != " " or (
            i + 2 < len(tokens) and tokens[i + 2].key in _NOT_A_MOVE_AFTER
        ) or (tokens[i + 1].key == "accumulation" and place in _WHERE_THINGS_ARE_MADE):
            continue  # ("cytoplasmic accumulation of β-catenin": kept from being broken down, not moved there)
        key = lookup_text(grounding, place)
        if key is not None:
            covered[i] = True
            found.append(Mention(token.start, token.end, key, token.word))
    return found


_METHOD_AFTER: Final = re.compile(
    r"[ -](?:networks?|analys[ie]s|assays?|scores?|database|enrichment|plots?|algorithm|software|staining|sequencing|"
    r"imaging|kit|panel|array|microarray|dataset|data)\b"
)
_SPELLED_GREEK: Final = re.compile(r" (?:alpha|beta|gamma|delta|epsilon|kappa)(?![\w-])", re.IGNORECASE)
#: The letters a ``_SPELLED_GREEK`` name can begin with, in any case (the Kelvin sign matches "k" too).
_SPELLED_GREEK_INITIALS: Final = frozenset("abgdekABGDEK\u212a")
_SPACED_GREEK: Final = re.compile(r" ([\u03b1-\u03b5\u03b8\u03ba\u03bb\u03c3\u03c9])(?![\w\u03b1-\u03c9-])")
_PROTEIN_KINDS: Final = frozenset({"protein", "gene", "proteinfamily", "complex"})
_CLASS_KINDS: Final = frozenset({"proteinfamily", "complex", "smallmolecule", "chemical", "drug"})
#: A qualifier right before a plural class noun that belongs to the name the caption uses.
_CLASS_QUALIFIER: Final = re.compile(
    r"\b(?:viral|bacterial|fungal|host|pro-?inflammatory|anti-?inflammatory|inflammatory|microbial|endogenous|"
    r"exogenous|reactive|free|toxic|cytotoxic|secreted|circulating|dietary) $",
    re.IGNORECASE,
)
_ANTI_PROCESS_HEAD: Final = re.compile(r" (?:immunity|immune responses?|responses?|activity|activities|defen[cs]es?)(?![\w-])")
_CHAIN_DASHES: Final = frozenset("-\u2010\u2013")
#: A nucleotide or a roman class numeral hyphen-joined to a protein name: part of the name ("Ras-GTP", "PI3K-III").
_STATE_SUFFIX: Final = re.compile(r"[-\u2010](?:G[TD]P|I{1,3}|IV)(?![\w-])")


_PART_AFTER: Final = re.compile(r"(?:\s*\([^()]{1,12}\))?[\s-](?:domains?|regions?|motifs?|linkers?)\b")
_PART_WORDS: Final = ("domain", "region", "motif", "linker")  # one of them is in every ``_PART_AFTER`` match
_RELATIVE_AFTER: Final = re.compile(r",?\s+(?:which|that)\b")
_TERMINAL_BEFORE: Final = re.compile(r"\b[NC][-\u2010]terminal\s$")
_SPACED_VERSION: Final = re.compile(
    r" (\d{1,2}\.\d{1,2})(?=[\s,;.)]|$)(?!\s*(?:-?fold|times|[\u00b5\u03bcunp]?M\b|%|[\u00b5\u03bcunm]?[gLl]\b|"
    r"kDa\b|Da\b|h\b|hours?\b|min\b|s\b|d\b|days?\b|weeks?\b|mm\b|cm\b))"
)
_CHEMICAL_KINDS: Final = frozenset({"chemical", "smallmolecule"})
_CONJUGATE_PART: Final = re.compile(r"[-\u2010]([A-Z][A-Za-z0-9]{1,7})[\u2219\u2022\u00b7]?(?![\w-])")
_CHAIN_AFTER: Final = re.compile(r"\s+(?:signal(?:l)?ing|pathways?|axis|cascades?|complex)\b", re.IGNORECASE)


#: A species epithet after a genus ("albicans", "tuberculosis", "coli"): a lower-case word with a Latin ending.
_EPITHET: Final = re.compile(r" ([a-z]{3,}(?:us|is|ae|ii|i|a|um|ens|ans|es|er|ix|ax))(?![\w-])")
#: English words with a Latin ending that follow a genus ("Plasmodium parasites", "Candida species").
_NOT_EPITHETS: Final = frozenset({"species", "parasites", "sporozoites", "merozoites", "strains", "isolates", "hyphae",
                                  "biofilms", "virus", "viruses", "genus", "antigens", "effectors", "infection", "is",
                                  "was", "has", "as", "its", "this", "thus", "plus", "via", "area", "data", "media",
                                  "bacteria", "pneumonia", "sepsis", "synthesis", "lysis", "analysis", "after",
                                  "other", "under", "over", "never", "either", "whether", "together", "enters",
                                  "invades", "releases", "produces", "induces", "activates", "triggers", "secretes",
                                  "causes", "inhibits", "promotes", "utilizes", "requires"})
#: An enzyme's name after the name of its substrate, maybe with locants or a Greek letter ("2,3-dioxygenase").
_ENZYME_AFTER: Final = re.compile(r" (?:\d{1,2}(?:,\d{1,2})*-|[\u03b1-\u03c9]-|(?:alpha|beta|gamma|delta)-)?([a-z]{2,}ases?)(?![\w-])")
_NOT_ENZYME_WORDS: Final = frozenset({"base", "bases", "case", "cases", "phase", "phases", "release", "releases", "increase",
                                      "increases", "decrease", "decreases", "disease", "diseases", "database", "databases",
                                      "purchase", "showcase", "ease", "cease", "erase", "lease", "chase", "crease"})
#: Enzyme words that a residue's name before them turns into a class ("tyrosine kinases", "serine proteases").
_RESIDUE_ENZYMES: Final = ("kinase", "phosphatase", "protease")
_PRODUCTS_AFTER: Final = re.compile(r"[ \u2010-](?:metabolites|derivatives|catabolites|analogs|analogues)(?![\w-])")
_LIST_GAP: Final = re.compile(r",?\s+(?:and|or)\s+|,\s*")
_RECEPTOR_AFTER: Final = re.compile(r"[ \u2010-]receptors?(?![\w-])", re.IGNORECASE)
_LIGAND_KINDS: Final = frozenset({"protein", "gene", "proteinfamily", "complex", "smallmolecule", "chemical", "drug"})
_SMALL_LIGAND_KINDS: Final = frozenset({"smallmolecule", "chemical", "drug"})
#: Names of protein ligands: cytokines, growth factors, hormones and guidance cues ("IL-6", "TNF", "insulin", "Wnt").
_PROTEIN_LIGAND: Final = re.compile(
    r"(?i)^(?:IL|interleukin|IFN|interferon|TNF|TGF|BMP|GDF|EGF|FGF|VEGF|PDGF|IGF|NGF|BDNF|GDNF|HGF|CSF|GM-CSF|EPO|TPO|"
    r"LIF|OSM|CNTF|CCL|CXCL|CX3CL|chemokine|Wnt|Hh|Shh|Ihh|Dhh|hedgehog|insulin|leptin|adiponectin|ghrelin|glucagon|"
    r"angiotensin|endothelin|bradykinin|thrombin|TRAIL|FasL|RANKL|ephrin|semaphorin|netrin|oxytocin|vasopressin|"
    r"prolactin|growth hormone|LH|FSH|TSH|ACTH|GLP|GIP|neuropeptide|opioid|cytokine|growth factor|complement|C3a|C5a)"
)


def _may_start_products(text: str, end: int) -> bool:
    """Whether :data:`_PRODUCTS_AFTER` can match at ``end``: a space or hyphen, then the first letter of one of its
    words (told from two characters before the regex is tried)."""
    if end + 1 >= len(text):
        return False
    sep = text[end]
    if not (sep == " " or sep == "-" or sep == "\u2010"):
        return False
    first = text[end + 1]
    return first == "m" or first == "d" or first == "c" or first == "a"


def _derived_name(
    grounding: Grounding, text: str, start: int, end: int, key: str, mentions: list[Mention]
) -> tuple[int, str] | None:
    """(end, key) of a name that a head word after the mention turns into something else, or None: a molecule's
    "metabolites" ("tryptophan metabolites") and a ligand's "receptor(s)" ("TNF receptor", "IL-6 receptors"); after
    coordinated ligands the receptor word serves each ("insulin and IGF-1 receptors"), so the mention before is
    regrounded too."""
    kind = grounding.type_of(key)
    species = _EPITHET.match(text, end) if kind == "other" and text[end : end + 1] == " " and is_genus(text[start:end]) else None
    if species is not None and species.group(1) not in _NOT_EPITHETS:
        name = text[start : species.end()]  # "Candida albicans", "Mycobacterium tuberculosis": the species
        return species.end(), lookup_text(grounding, name) or _isoform_candidate(grounding, name, "other")
    enzyme = (_ENZYME_AFTER.match(text, end) if kind in _SMALL_LIGAND_KINDS and text[end : end + 1] == " "
              and text[start - 1 : start] not in {"-", "\u2010"} else None)  # ("ATP-citrate lyase": left to the phrase rules)
    if enzyme is not None and enzyme.group(1) not in _NOT_ENZYME_WORDS and not (
        enzyme.group(1).startswith(_RESIDUE_ENZYMES) and text[start:end].casefold() in _AMINO_ACID_NAMES
    ):
        # "tryptophan hydroxylase", "cystathionine γ-lyase", "indoleamine 2,3-dioxygenase": the enzyme acting on it
        # ("tyrosine kinase", "serine proteases" name classes by a residue, and the phrase rules read them)
        name = text[start : enzyme.end()]
        return enzyme.end(), lookup_text(grounding, name) or _isoform_candidate(grounding, name, "protein")
    products = _PRODUCTS_AFTER.match(text, end) if kind in _SMALL_LIGAND_KINDS and _may_start_products(text, end) else None
    if products is not None:
        end, key = products.end(), _isoform_candidate(grounding, text[start : products.end()], "smallmolecule")
    receptor = (_RECEPTOR_AFTER.match(text, end) if text[end : end + 1] in {" ", "-", "\u2010"}
                and text[end + 1 : end + 2] in {"r", "R"} and grounding.type_of(key) in _LIGAND_KINDS else None)
    if (receptor is None or not _receptor_of_ligand(grounding, key, text[start:end])
            or NAME_AFTER.match(text, receptor.end())):  # ("the cGAMP receptor STING": the name after it)
        return (end, key) if products is not None else None
    sibling = mentions[-1] if mentions else None
    if (sibling is not None and _LIST_GAP.fullmatch(text, sibling.end, start) and grounding.type_of(sibling.key) in
            _LIGAND_KINDS and _receptor_of_ligand(grounding, sibling.key, sibling.text)):
        sibling.key = _receptor_key(grounding, sibling.key, f"{sibling.text} receptor")
    return receptor.end(), _receptor_key(grounding, key, text[start : receptor.end()])


#: "<name>-binding protein 4", "<name>-associated factor 6", "GTP-binding proteins": a protein named after what it
#: binds, goes with or senses. Participles that also state a relation ("X-dependent Y", "X-activated Y") name a protein
#: only with a number or letter after the head ("cyclin-dependent kinase 4").
_COMPOUND_PROTEIN: Final = re.compile(
    r"(?: (?:receptor|element|domain))?[-\u2010](?:(binding|associated|interacting|related|coupled|sensing|like|containing|anchoring|gated)"
    r"|dependent|activated|regulated|inducible|responsive)"
    r"((?: (?!(?:and|or|of|the|a|an|to|in|on|by|for|with|via|which|that|is|are|was|were|its|their)\b)[a-z]+){0,2}?)"
    r" (proteins?|kinases?|factors?|receptors?|transporters?|channels?|phosphatases?|ligases?|enzymes?|peptides?"
    r"|adaptors?|adapters?|exchangers?)(?: (\d{1,3}[A-Za-z]?|[A-Z]\d{0,2}|I{1,3}|IV|[\u03b1-\u03c9]))?(?!\w|-\w+ed\b)"
)


def _compound_protein(grounding: Grounding, text: str, start: int, end: int) -> tuple[int, str] | None:
    """(end, key) of a protein whose name joins the mention before a hyphen to a participle and a head noun
    ("retinol-binding protein 4", "TNF receptor-associated factor 6"), or None."""
    found = _COMPOUND_PROTEIN.match(text, end)
    last = None
    while found is not None and (found.group(1) is not None or found.group(4) is not None):
        last = found  # "insulin-like growth factor-binding protein 3": one name after another
        found = _COMPOUND_PROTEIN.match(text, found.end())
    if last is None:
        return None
    name = text[start : last.end()]
    plural = last.group(4) is None and last.group(3).endswith("s")
    return last.end(), lookup_text(grounding, name) or _isoform_candidate(grounding, name, "proteinfamily" if plural else "protein")


def _receptor_of_ligand(grounding: Grounding, key: str, surface: str) -> bool:
    """Whether the name before "receptor" names a ligand (a molecule, or a cytokine, growth factor or hormone), so
    that "<name> receptor" is its receptor ("TIR1/AFB receptors", "Notch receptors" are receptors themselves)."""
    if grounding.type_of(key) in _SMALL_LIGAND_KINDS:
        return True
    return _PROTEIN_LIGAND.match(surface) is not None


def _receptor_key(grounding: Grounding, ligand: str, text: str) -> str:
    """The entity or candidate a caption's "<ligand> receptor(s)" names: a lexicon or record name for the whole
    text, the record's gene named for the ligand's symbol plus "R" (IL6 -> IL6R), else a new receptor candidate."""
    known = lookup_text(grounding, text)
    if known is not None and known != ligand:
        return known
    entity = grounding.by_key.get(ligand)
    symbols = {a.split(":", 1)[1] + "R" for a in entity.aliases if "symbol:" in a} if entity is not None else set()
    if symbols:
        for other in grounding.entities:
            if any(a.split(":", 1)[1] in symbols for a in other.aliases if "symbol:" in a):
                return other.key
    return _isoform_candidate(grounding, text, "proteinfamily" if text.endswith("s") else "protein")


#: A bare residue number ("Y14", "S473"); names.py rejects the phospho forms ("pS473") as symbols on its own.
_RESIDUE_SITE: Final = re.compile(r"[STYKR]\d{1,4}")


def _site_of_name_before(grounding: Grounding, text: str, mentions: list[Mention], token: Token) -> bool:
    """Whether an unknown word like "Y14" or "S473" right after a protein's name is a residue site of that protein."""
    return (bool(mentions) and mentions[-1].end + 1 == token.start and text[mentions[-1].end] == " "
            and _RESIDUE_SITE.fullmatch(text, token.start, token.end) is not None
            and grounding.type_of(mentions[-1].key) in _PROTEIN_KINDS)


def _head_of_name_before(grounding: Grounding, text: str, mentions: list[Mention], token: Token, key: str) -> bool:
    """Whether a plural class noun ("kinases", title-case "Kinases") right after a protein's name is its head."""
    if not mentions or mentions[-1].end + 1 != token.start or text[mentions[-1].end] != " ":
        return False
    word = token.word
    # (a plural of at least four letters: "Ras" in "the GTPase Ras" is a name of its own)
    return (len(word) >= 5 and word[1:].islower() and word.endswith("s") and grounding.type_of(key) in {"proteinfamily", "protein"}
            and grounding.type_of(mentions[-1].key) in _PROTEIN_KINDS and key not in grounding.by_key)


#: Parts after an ion's name that name the protein moving it ("H+-ATPase").
_PUMP_PARTS: Final = frozenset({"atpase", "atpases"})


def _conjugate_end(grounding: Grounding, text: str, tokens: list[Token], end_index: int) -> tuple[int, int] | None:
    """(last token, end) of a conjugate name made of a metabolite and an unknown capitalised part after a hyphen
    ("PUFA-PLOOH"), or None when the part is itself a known name ("cAMP-PKA") or a chain follows."""
    part = _CONJUGATE_PART.match(text, tokens[end_index].end)
    if part is None or end_index + 1 >= len(tokens):
        return None
    nxt = tokens[end_index + 1]
    lex = _global_lexicon()
    if nxt.key in _PUMP_PARTS:
        return end_index + 1, part.end()  # "H+-ATPase" (whatever "ATPase" alone grounds to)
    if nxt.key in grounding.local or nxt.key in lex.fplx or nxt.key in lex.terms or _CHAIN_AFTER.match(text, part.end()):
        return None
    return end_index + 1, part.end()


def _last_token_within(tokens: list[Token], index: int, end: int) -> int:
    """The index of the last token ending by ``end``, from token ``index`` on (a mention grown to ``end``)."""
    while index + 1 < len(tokens) and tokens[index + 1].end <= end:
        index += 1
    return index


def _isoform_candidate(grounding: Grounding, name: str, node_type: str = "protein") -> str:
    keys = form_keys(name)
    key = f"caption:{keys[0]}"
    grounding.candidates.setdefault(key, Candidate(key=key, name=name, type=node_type))
    for k in keys:
        grounding.local.setdefault(k, key)
    return key


_AMINO_ACID_NAMES: Final = frozenset(_AMINO_ACIDS)
#: Three-letter residue codes ("Ser 473", "(Thr) 308": a site, no participant).
_RESIDUE_CODES: Final = frozenset({"ser", "thr", "tyr", "lys", "arg", "his", "cys", "asp", "glu", "asn", "gln", "met"})
_RESIDUE_AFTER: Final = re.compile(
    r"(?:(?:\s*\([A-Z][a-z]{2}\))?\s*\d|\s*/|[\s-](?:kinases?|phosphatases?|residues?|phosphorylat(?:ion|ed|es|e|ing)"
    r"|dephosphorylat(?:ion|ed)|sites?|protease|based|rich|containing))"
)
_NOT_LIGHT_BEFORE: Final = re.compile(r"\b(?:kappa|lambda|shed|sheds|shedding|in)\s$", re.IGNORECASE)
_NOT_LIGHT_AFTER: Final = re.compile(
    r"\s(?:chains?|polypeptide|microscopy|of|blue|green|purple|red|gr[ae]y|yellow|orange|pink|brown|violet)\b"
)  # ("colored light purple": a colour)
#: A lower-case noun after a hyphen (not a participle: "membrane-anchored", "membrane-bound" keep the place).
_NOUN_AFTER_HYPHEN: Final = re.compile(r"(?![a-z]+(?:ed|ing)\b|bound\b)[a-z]{3,}\b")
_SEVERITY_BEFORE: Final = re.compile(r"\b(?:[Aa]cute|[Cc]hronic|[Ss]evere)\s$")
_CONDITION_TYPES: Final = frozenset({"disease", "phenotype", "biologicalprocess"})


_OPPOSING_PREFIXES: Final = frozenset({"anti", "non"})


def _opposing_prefix(text: str, tokens: list[Token], i: int) -> str | None:
    """"anti" or "non" when the word at token ``i`` is hyphen-joined to that prefix ("anti-TNF", "non-Smad")."""
    if i == 0:
        return None
    before = tokens[i - 1]
    if before.key not in _OPPOSING_PREFIXES or text[before.end : tokens[i].start] not in {"-", "\u2010"}:
        return None
    if before.start > 0 and (text[before.start - 1].isalnum() or text[before.start - 1] in "-\u2010"):
        return None
    return before.key


def _anti_candidate(grounding: Grounding, name: str) -> str:
    keys = form_keys(name)
    key = grounding.local.get(keys[0]) or f"caption:{keys[0]}"
    if key not in grounding.by_key:
        grounding.candidates.setdefault(key, Candidate(key=key, name=name, type="drug"))
    return key


def _start_candidates(text: str, tokens: list[Token], prefixes: set[str]) -> list[int]:
    """The tokens a mention can start at, each as ``2 * index + 1`` where a lexicon n-gram can start there, or
    ``2 * index`` where only a name-like word can (plain ints: no pair built per candidate): every other token is
    skipped without a look."""
    out: list[int] = []
    for i, token in enumerate(tokens):
        first = token.key
        if first in prefixes:
            out.append(2 * i + 1)
            continue
        facts = token.facts
        may = facts.may_start
        if may < 0:
            may = facts.may_start = 1 if _may_start(first) else 0
        if may:
            out.append(2 * i + 1)
        elif name_start_at(text, token):
            out.append(2 * i)
    return out


_mention_start = attrgetter("start")


#: Memo of :func:`_key_prefixes` (a plain dict, which compiled code reads without calling through a cache wrapper).
_KEY_PREFIXES: Final[dict[str, tuple[str, ...]]] = {}


def _key_prefixes(key: str) -> tuple[str, ...]:
    known = _KEY_PREFIXES.get(key)
    return remember(_KEY_PREFIXES, key, _key_prefixes_uncached(key)) if known is None else known


def _key_prefixes_uncached(key: str) -> tuple[str, ...]:
    """Every non-empty prefix of a lookup key."""
    return tuple(key[:n] for n in range(1, len(key) + 1))


_MAY_START: Final[dict[str, bool]] = {}
_RECEPTOR_FORM: Final[dict[str, bool]] = {}


def _may_start(first: str) -> bool:
    """Whether a token key can start a global lexicon n-gram (the record lexicon is checked apart)."""
    known = _MAY_START.get(first)
    if known is not None:
        return known
    starts = _global_lexicon().starts
    may = first in starts or first[:-1] in starts or (first[:3] == "pro" and first[3:] in starts) or first[:3] == "pro"
    return remember(_MAY_START, first, may)


def _has_receptor_form(first: str) -> bool:
    """Whether FamPlex grounds ``first`` + "receptor" or ``first`` + "r" ("EP1" -> "EP1 receptor", "EP1R")."""
    known = _RECEPTOR_FORM.get(first)
    if known is not None:
        return known
    fplx = _global_lexicon().fplx
    return remember(_RECEPTOR_FORM, first, first + "receptor" in fplx or first + "r" in fplx)


_SIBLING_NUMBER: Final = re.compile(r"(?:,\s*|,?\s+(?:and|or)\s+)[-\u2010]?(\d{1,3})\b(?![-\w])")
_NUMBERED: Final = re.compile(r"^(.*[A-Za-z])[-\u2010\s]?(\d{1,3})$")


def _numbered_siblings(grounding: Grounding, text: str, mentions: list[Mention]) -> list[Mention]:
    """"caspase-4, 5, and 11", "caspases-3 and -7": bare numbers listed after a numbered name are its siblings."""
    found: list[Mention] = []
    for mention in mentions:
        text_of = mention.text
        last = ord(text_of[len(text_of) - 1]) if text_of else 0  # (an ASCII decimal digit is told by its code)
        if not (48 <= last <= 57 or (last > 127 and text_of[len(text_of) - 1].isdecimal())):
            continue  # (only a name ending in a number lists siblings)
        if not mention.key.startswith("caption:") and grounding.type_of(mention.key) not in {"protein", "gene"}:
            continue  # "COX1 and 2", "caspase-4, 5, and 11": numbered proteins list their siblings by number
        named = _NUMBERED.match(mention.text)  # (a mention ends in no space)
        if named is None:
            continue
        stem = named.group(1)
        if stem[-2:-1].islower() and stem.endswith("s") and _SIBLING_NUMBER.match(text, mention.end):
            # "the executioner caspases-3 and -7": a plural before the numbers names each member by its singular
            stem = stem[:-1]
            mention.key = lookup_text(grounding, f"{stem}-{named.group(2)}") or _isoform_candidate(
                grounding, f"{stem}-{named.group(2)}", grounding.type_of(mention.key))
        position = mention.end
        # (every match starts with a comma or white space: str.isspace is the regex's \s)
        while position < len(text) and (text[position] == "," or text[position].isspace()) and (
            match := _SIBLING_NUMBER.match(text, position)
        ) is not None:
            name = f"{stem}-{match.group(1)}"
            keys = form_keys(name)
            key = grounding.local.get(keys[0]) or f"caption:{keys[0]}"
            grounding.candidates.setdefault(key, Candidate(key=key, name=name, type=grounding.type_of(mention.key)))
            grounding.local.setdefault(keys[0], key)
            found.append(Mention(match.start(1), match.end(1), key, match.group(1)))
            position = match.end()
    return found


#: Gaps inside a list of locants with primes ("guanosine 3′, 5′-cyclic monophosphate").
_LOCANT_GAPS: Final = frozenset({"′, ", "', ", "′,", "',"})


def _gap_ok(gap: str) -> bool:
    return gap == "," or (len(gap) <= 3 and all(c in _GAP_CHARS for c in gap)) or gap in _LOCANT_GAPS


def _gap_ok_at(text: str, start: int, end: int) -> bool:
    """``_gap_ok(text[start:end])``, without the slice for the usual gaps: none, or one character (a space)."""
    if end == start:
        return True
    if end == start + 1:
        ch = text[start]
        return ch == " " or ch == "," or ch in _GAP_CHARS
    return _gap_ok(text[start:end])


def _plural_acronym_of_synonym(grounding: Grounding, hit: str, text: str, token: Token, stripped: bool) -> bool:
    """Whether ``token`` is an all-capital acronym with a plural "s" ("ISCs", "OPCs") that only an OCR gene synonym
    grounds, by its singular or by the OCR's upper-cased word ("ISCS"): such plurals name cells or classes."""
    entity = grounding.by_key.get(hit)
    if entity is None or entity.grounding_source not in _SYNONYM_SOURCES:
        return False
    word = token.word
    if not (len(word) >= 3 and word.endswith("s") and word[:-1].isupper()):
        return False
    return stripped or word.upper() in entity.words


def _decimal_gap(text: str, previous_end: int, start: int) -> bool:
    """"Kv1.3", "Nav1.7", "Kir6.2": a dot between two digits joins one channel or subunit name."""
    return start == previous_end + 1 and text[previous_end] == "." and text[previous_end - 1].isdigit() and text[start].isdigit()


def _viable(key: str, prefixes: set[str]) -> bool:
    """Whether an n-gram key is one of ``prefixes``, or one with a plural "s" or with a "pro" in front."""
    return key in prefixes or (key.endswith("s") and key[:-1] in prefixes) or (key.startswith("pro") and key[3:] in prefixes)


#: Lower-case function words, never a name in a caption (an OCR word "an" may still match the gene AN).
_FUNCTION_WORDS: Final = frozenset(
    """a an the and or but nor of in on at to by with for from as is are was were be been it its this that these
    those can may might will would could should must not no do does did has have had into onto upon via per than
    then so if""".split()
)


def _match_at(grounding: Grounding, text: str, tokens: list[Token], i: int) -> tuple[int, str] | None:
    """The longest lexicon n-gram starting at token ``i``: (last token index, key)."""
    lex = _global_lexicon()
    global_viable, local_prefixes = lex.viable, grounding.prefixes
    key = tokens[i].key
    keys: list[tuple[int, str]] = []
    if key in global_viable or _viable(key, local_prefixes):
        keys.append((i, key))
        previous_end = tokens[i].end
        for j in range(i + 1, min(i + _MAX_N, len(tokens))):
            token = tokens[j]
            if not _gap_ok_at(text, previous_end, token.start) and not _decimal_gap(text, previous_end, token.start):
                break
            key += token.key
            if not (key in global_viable or _viable(key, local_prefixes)):
                break
            keys.append((j, key))
            previous_end = token.end
    first = tokens[i].key
    if first not in grounding.local and _has_receptor_form(first):
        nxt = text[tokens[i].end : tokens[i].end + 14].strip().casefold()
        if nxt.startswith(_ROLE_PREFIXES) and not nxt.startswith("receptor"):
            for suffix, surface_suffix in (("receptor", " receptor"), ("r", "R")):
                if first + suffix in lex.fplx:
                    surface = text[tokens[i].start : tokens[i].end] + surface_suffix
                    hit = _global_key(grounding, (first + suffix,), surface)
                    if hit is not None:
                        return (i, hit)
    for j, key in reversed(keys):
        if j == i and key in _FUNCTION_WORDS and text[tokens[i].start : tokens[i].end].islower():
            continue  # "an inhibitor of Wnt": an article, even where OCR matched "an" to the gene AN
        variants = [key]
        plural = key[:-1] if key.endswith("s") and len(key) > 3 and text[tokens[j].end - 1] == "s" else None
        if plural is not None:
            variants.append(plural)
        unprefixed = key[3:] if key.startswith("pro") and len(key) > 6 else None
        if unprefixed is not None:
            variants.append(unprefixed)
        for variant in variants:
            hit = grounding.local.get(variant)
            if hit is not None and key.endswith("s") and _plural_acronym_of_synonym(grounding, hit, text, tokens[j], variant != key):
                continue  # "ISCs" (intestinal stem cells) is no plural of ISC, nor ISCS, an OCR synonym of NFS1
            if hit is None and (variant in lex.fplx or variant in lex.terms):
                surface = text[tokens[i].start : tokens[j].end]
                chained = (tokens[i].start > 0 and text[tokens[i].start - 1] in _CHAIN_DASHES) or (
                    text[tokens[j].end : tokens[j].end + 1] in _CHAIN_DASHES)
                # (the name of a plural drops its "s", and that of a precursor its "pro": "Pro-IL-1β" is IL-1β's)
                if variant == plural:
                    surface = surface[:-1]
                elif variant == unprefixed:
                    surface = surface[3:].lstrip("-\u2010 ")
                hit = _global_key(grounding, (variant,), surface, chained)
            if hit is not None:
                return (j, hit)
    return None

