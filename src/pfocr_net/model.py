"""Plain data types shared by the pipeline stages.

A :class:`Record` is what the reader makes of one PFOCR figure record; :class:`Entity` is one node's
worth of meaning (a gene, family, complex, chemical, disease, process, ...); :class:`Relation` is one
edge stated by the caption, between two entity keys.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Edge interaction vocabulary, in the order the schema documents it.
INTERACTIONS: tuple[str, ...] = (
    "activates",
    "inhibits",
    "increases",
    "decreases",
    "phosphorylates",
    "dephosphorylates",
    "binds",
    "translocates",
    "converts",
    "regulates",
)

#: Polarity of each interaction.
POLARITY: dict[str, str] = {
    "activates": "positive",
    "increases": "positive",
    "phosphorylates": "positive",
    "inhibits": "negative",
    "decreases": "negative",
    "dephosphorylates": "negative",
    "binds": "none",
    "translocates": "none",
    "converts": "none",
    "regulates": "unknown",
}

#: Node type vocabulary (NDEx default style v3 keys that pfocr-net writes).
NODE_TYPES: tuple[str, ...] = (
    "protein",
    "gene",
    "proteinfamily",
    "complex",
    "chemical",
    "smallmolecule",
    "drug",
    "disease",
    "biologicalprocess",
    "phenotype",
    "celltype",
    "cellularcomponent",
    "other",
)


@dataclass(frozen=True, slots=True)
class GeneRow:
    """One OCR gene hit as the record lists it (rows may repeat)."""

    word: str
    #: The lexicon term the OCR word matched (a gene symbol, synonym or FamPlex family name).
    match: str
    #: The gene's official symbol (HGNC for human).
    symbol: str
    #: ``hgnc_symbol``, ``hgnc_alias_symbol``, ``bioentities_symbol``, ``ncbigene_symbol``, ``famplex_relations``...
    source: str
    entrez: str
    organism_id: str = ""
    organism_name: str = ""
    organism_group: str = ""

    def __init__(
        self,
        word: str,
        match: str,
        symbol: str,
        source: str,
        entrez: str,
        organism_id: str = "",
        organism_name: str = "",
        organism_group: str = "",
    ) -> None:
        # The generated __init__ of a frozen dataclass, written out: compiled, these become direct
        # field stores instead of an interpreted function (rows are made by the thousand).
        object.__setattr__(self, "word", word)
        object.__setattr__(self, "match", match)
        object.__setattr__(self, "symbol", symbol)
        object.__setattr__(self, "source", source)
        object.__setattr__(self, "entrez", entrez)
        object.__setattr__(self, "organism_id", organism_id)
        object.__setattr__(self, "organism_name", organism_name)
        object.__setattr__(self, "organism_group", organism_group)


@dataclass(frozen=True, slots=True)
class ChemicalRow:
    """One OCR chemical hit: ``identifiers`` are prefixed CURIEs (``mesh:D007649``, ``chebi:17992``)."""

    word: str
    name: str
    identifiers: tuple[str, ...] = ()

    def __init__(self, word: str, name: str, identifiers: tuple[str, ...] = ()) -> None:
        object.__setattr__(self, "word", word)  # as GeneRow.__init__
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "identifiers", identifiers)


@dataclass(frozen=True, slots=True)
class DiseaseRow:
    """One OCR disease hit: ``identifiers`` are prefixed CURIEs (``mesh:``, ``doid:``)."""

    word: str
    name: str
    identifiers: tuple[str, ...] = ()

    def __init__(self, word: str, name: str, identifiers: tuple[str, ...] = ()) -> None:
        object.__setattr__(self, "word", word)  # as GeneRow.__init__
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "identifiers", identifiers)


@dataclass(slots=True)
class Record:
    """One PFOCR figure record, normalised from either on-disk format."""

    figid: str
    path: Path
    title: str = ""
    caption: str = ""
    pmcid: str = ""
    number: str = ""
    figlink: str = ""
    filename: str = ""
    paper_title: str = ""
    reftext: str = ""
    year: str = ""
    doi: str = ""
    organisms: list[str] = field(default_factory=list)
    ndex: str = ""
    genes: list[GeneRow] = field(default_factory=list)
    chemicals: list[ChemicalRow] = field(default_factory=list)
    diseases: list[DiseaseRow] = field(default_factory=list)
    #: Root of a PFOCR site checkout (holds ``_figures/`` and ``_data/``), or None for a lone file.
    site_root: Path | None = None


@dataclass(slots=True)
class Entity:
    """One node's worth of meaning, keyed by ``key`` (unique within a figure)."""

    key: str
    name: str
    type: str
    represents: str = ""
    aliases: list[str] = field(default_factory=list)
    members: list[str] = field(default_factory=list)
    #: Original OCR words (and caption strings for caption-only entities), as written.
    words: list[str] = field(default_factory=list)
    #: Caption/title texts grounded to this entity.
    mentions: list[str] = field(default_factory=list)
    in_figure: bool = True
    in_caption: bool = False
    grounding_source: str = ""
    #: Free-text warnings about the grounding (e.g. a caption abbreviation that means something else).
    flags: list[str] = field(default_factory=list)

    def __init__(
        self,
        key: str,
        name: str,
        type: str,
        represents: str = "",
        aliases: list[str] | None = None,
        members: list[str] | None = None,
        words: list[str] | None = None,
        mentions: list[str] | None = None,
        in_figure: bool = True,
        in_caption: bool = False,
        grounding_source: str = "",
        flags: list[str] | None = None,
    ) -> None:
        # The generated __init__, written out (as GeneRow.__init__): compiled, a direct call with field stores
        # instead of an interpreted function. A list left out is a new empty list, as field(default_factory=list).
        self.key = key
        self.name = name
        self.type = type
        self.represents = represents
        self.aliases = [] if aliases is None else aliases
        self.members = [] if members is None else members
        self.words = [] if words is None else words
        self.mentions = [] if mentions is None else mentions
        self.in_figure = in_figure
        self.in_caption = in_caption
        self.grounding_source = grounding_source
        self.flags = [] if flags is None else flags

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # Compiled, making an object runs this __init__, which needs its fields: copy, deepcopy and pickle rebuild
        # an entity from them, in field order.
        return (Entity, (self.key, self.name, self.type, self.represents, self.aliases, self.members, self.words,
                         self.mentions, self.in_figure, self.in_caption, self.grounding_source, self.flags))

    @property
    def seen_in(self) -> str:
        """``figure``, ``caption`` or ``both``: where the entity was found."""
        if self.in_figure and self.in_caption:
            return "both"
        return "caption" if self.in_caption else "figure"


@dataclass(slots=True)
class Relation:
    """One caption-stated relation between two entity keys, with its evidence."""

    subject: str
    object: str
    interaction: str
    sentence: str = ""
    hedged: bool = False
    negated: bool = False
    direct: bool = True
    trigger: str = ""
    rule: str = ""
    #: Character spans ``(start, end)`` in the caption; None when not from the caption text.
    subject_span: tuple[int, int] | None = None
    trigger_span: tuple[int, int] | None = None
    object_span: tuple[int, int] | None = None
    inferred: list[str] = field(default_factory=list)
    hedge_cues: list[str] = field(default_factory=list)
    negation_cues: list[str] = field(default_factory=list)
    #: Further evidence sentences when the same relation is stated more than once.
    more_sentences: list[str] = field(default_factory=list)

    def __init__(
        self,
        subject: str,
        object: str,
        interaction: str,
        sentence: str = "",
        hedged: bool = False,
        negated: bool = False,
        direct: bool = True,
        trigger: str = "",
        rule: str = "",
        subject_span: tuple[int, int] | None = None,
        trigger_span: tuple[int, int] | None = None,
        object_span: tuple[int, int] | None = None,
        inferred: list[str] | None = None,
        hedge_cues: list[str] | None = None,
        negation_cues: list[str] | None = None,
        more_sentences: list[str] | None = None,
    ) -> None:
        # Written out as Entity.__init__ is (relations are made by the thousand).
        self.subject = subject
        self.object = object
        self.interaction = interaction
        self.sentence = sentence
        self.hedged = hedged
        self.negated = negated
        self.direct = direct
        self.trigger = trigger
        self.rule = rule
        self.subject_span = subject_span
        self.trigger_span = trigger_span
        self.object_span = object_span
        self.inferred = [] if inferred is None else inferred
        self.hedge_cues = [] if hedge_cues is None else hedge_cues
        self.negation_cues = [] if negation_cues is None else negation_cues
        self.more_sentences = [] if more_sentences is None else more_sentences

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # (as Entity.__reduce__)
        return (Relation, (self.subject, self.object, self.interaction, self.sentence, self.hedged, self.negated,
                           self.direct, self.trigger, self.rule, self.subject_span, self.trigger_span,
                           self.object_span, self.inferred, self.hedge_cues, self.negation_cues,
                           self.more_sentences))

    @property
    def polarity(self) -> str:
        """``positive``, ``negative``, ``none`` or ``unknown``, from the interaction."""
        return POLARITY[self.interaction]

    @property
    def directed(self) -> bool:
        """Binding is the only undirected interaction."""
        return self.interaction != "binds"


@dataclass(slots=True)
class Extraction:
    """What the caption reader found: the full entity list (OCR + caption-only) and relations."""

    entities: list[Entity]
    relations: list[Relation]
