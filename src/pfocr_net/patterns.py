"""Shallow reading of one sentence: words and mentions become arguments, events and operators.

An *argument* is one mention or a coordination, chain ("TrkB-Akt-mTORC1 signalling") or complex
("CNTF-CNTFR complex") of mentions. An *event* is an argument with a sign and a kind ("inhibition of
NMDAR" is NMDAR, -1, activity; "BDNF release" is BDNF, +1, amount), possibly with an agent ("activation
of Y by X", "X-induced Y"). *Operators* are verbs, causal connectives, mediators ("via"), relative
pronouns, drug-role nouns and clause breaks. :mod:`pfocr_net.relations` interprets the sequence.
"""

from __future__ import annotations

import re
from typing import Final, final

from pfocr_net import lexicon
from pfocr_net.mentions import Mention
from pfocr_net.text import remember

_BE: Final = frozenset({"is", "are", "was", "were", "be", "been", "being", "get", "gets", "got"})
_SKIPPABLE: Final = frozenset(
    """the a an its their this these that those both either also further then directly indirectly
    subsequently consequently resting postsynaptic presynaptic downstream upstream intracellular
    extracellular transmembrane cellular continuous several various numerous mouse human rat
    respectively each other additional preferential partial specific total some all acute chronic severe mild
    systemic canonical noncanonical endogenous exogenous secreted soluble circulating cytosolic cytoplasmic""".split()
)  # fmt: skip
_AGENT_SUFFIXES: Final = frozenset({"mediated", "induced", "dependent", "triggered", "driven", "stimulated",
                             "activated", "derived", "evoked", "elicited", "regulated", "promoted", "controlled"})
_MODIFIER_SUFFIXES: Final = frozenset({"related", "associated", "like", "specific", "responsive", "positive", "negative",
                                "resistant", "loaded", "type", "containing", "expressing", "bound", "linked",
                                # "insulin-producing β cells", "IL-17-secreting T cells", "YAP-high breast cancer"
                                "producing", "secreting", "high", "low",
                                # "the K+-selective cyclic nucleotide-gated channel (CNGK)": what a channel passes
                                "selective", "permeable", "sensitive", "gated"})
_AGENT_SIGN: Final = {"mediated": 1, "induced": 1, "dependent": 1, "triggered": 1, "driven": 1, "stimulated": 1,
               "activated": 1, "derived": 1, "evoked": 1, "elicited": 1, "regulated": 0, "promoted": 1, "controlled": 0}
#: Loss-of-function nouns whose lists name several genes ("mutations in vraF, vraG and graR").
_LOSS_NOUNS: Final = frozenset({"mutations", "deletions", "knockouts", "knockdowns"})
_NOT_NOUN_SUBJECTS: Final = frozenset({"thus", "was", "has", "does", "its", "this", "these", "those", "always", "sometimes",
                                "perhaps", "whereas", "towards", "afterwards", "besides", "across", "upstream"})
_HOLDER_NOUNS: Final = frozenset({"effect", "effects", "role", "roles", "ability", "capacity", "function", "functions"})
_LOSS_SUFFIXES: Final = frozenset({"deficient", "null", "knockout", "deleted", "depleted", "silenced", "knockdown", "lacking"})
_CARRIERS: Final = frozenset({"mice", "mouse", "rats", "cells", "animals", "models", "model", "neurons", "hepatocytes",
                       "macrophages", "fibroblasts", "tissues", "tissue", "strains", "strain", "mutants", "plants"})
_WITH_NOUNS: Final = frozenset({"stimulation", "treatment", "exposure", "incubation", "challenge", "infection", "priming"})
_PARTNER_NOUNS: Final = frozenset({"receptor", "receptors", "ligand", "ligands", "partner", "partners", "substrate",
                            "substrates", "coreceptor", "co-receptor"})
_APPOSITION_HEADS: Final = frozenset({"factors", "proteins", "genes", "kinases", "enzymes", "molecules", "cytokines",
                               "mediators", "targets", "effectors", "receptors", "ligands"})
_ENTITY_NOUNS: Final = frozenset({"protein", "proteins", "kinase", "kinases", "enzyme", "enzymes", "factor", "factors",
                           "receptor", "receptors", "molecule", "molecules", "regulator", "regulators", "compound",
                           "compounds", "drug", "drugs", "gene", "genes", "cytokine", "cytokines", "hormone",
                           "hormones", "peptide", "peptides", "transporter", "channel", "ligand", "ligands",
                           "pathway", "pathways", "signaling", "signalling", "cascade", "axis"})
_LOCATION_PREPS: Final = frozenset({"in", "within", "at", "inside", "across", "from", "during", "throughout", "under"})
_CONTEXT_NOUNS: Final = frozenset({"context", "presence", "absence", "setting", "case", "model", "models"})
_NOT_LOCATION: Final = frozenset({"to", "by", "which", "that", "turn", "of", "and", "or", "via", "through", "with"})
_COORD: Final = frozenset({",", "and", "or", "/", "nor"})
_CHAIN_SEPS: Final = frozenset({"-", "\u2013", "\u2014"})
#: The chain separators and "/", made once (the union was built anew at every unit it was tested at).
_CHAIN_OR_SLASH: Final = _CHAIN_SEPS | {"/"}
_ABBREVIATION_LED: Final = re.compile(r"^\([^()]+\)(?:\s|$)")
_CLASS_WORDS: Final = frozenset({"kinase", "phosphatase", "permease", "transporter", "protease", "receptor", "ligase",
                          "synthase", "dehydrogenase", "factor", "protein", "enzyme", "channel"})
#: Words naming the kind of a class word's protein ("transcription factor", "adaptor protein").
_CLASS_QUALIFIERS: Final = frozenset({"transcription", "adaptor", "adapter", "scaffold", "scaffolding", "regulatory",
                                      "catalytic", "receptor", "protein"})
#: Class words that may follow a name as its head ("RhoA GTPase"), as lexicon mentions of their own.
_CLASS_HEADS: Final = frozenset({*_CLASS_WORDS, "gtpase", "atpase"})
_NOT_CHAIN_HEADS: Final = frozenset({"cross-linking", "crosslinking", "interaction", "interactions", "binding", "fusion",
                              "ratio", "balance", "heterodimer", "heterodimers", "dimer", "association"})
_SYSTEM_NAMES: Final = frozenset({("ubiquitin", "proteasome"), ("autophagy", "lysosome"), ("autophagy", "lysosomal")})
_MAKING_HEADS: Final = frozenset({"biosynthetic", "biosynthesis", "metabolic", "catabolic", "degradation", "synthesis"})
_COMPLEX_HEADS: Final = frozenset({"complex", "complexes", "heterodimer", "homodimer", "dimer", "dimers"})
#: Multi-word operators other than causal connectives: words -> (op kind, sign, relation kind).
_PHRASE_OPS: Final[dict[tuple[str, ...], tuple[str, int, str]]] = {
    ("is", "required", "for"): ("verb", 1, "activity"), ("are", "required", "for"): ("verb", 1, "activity"),
    ("required", "for"): ("verb", 1, "activity"), ("is", "essential", "for"): ("verb", 1, "activity"),
    ("is", "critical", "for"): ("verb", 1, "activity"), ("essential", "for"): ("verb", 1, "activity"),
    ("critical", "for"): ("verb", 1, "activity"), ("necessary", "for"): ("verb", 1, "activity"), ("is", "necessary", "for"): ("verb", 1, "activity"),
    ("is", "important", "for"): ("verb", 1, "activity"), ("depends", "on"): ("back", 1, "activity"),
    ("is", "crucial", "for"): ("verb", 1, "activity"), ("crucial", "for"): ("verb", 1, "activity"),
    ("are", "crucial", "for"): ("verb", 1, "activity"), ("are", "essential", "for"): ("verb", 1, "activity"),
    ("are", "critical", "for"): ("verb", 1, "activity"), ("are", "necessary", "for"): ("verb", 1, "activity"),
    ("indispensable", "for"): ("verb", 1, "activity"), ("is", "indispensable", "for"): ("verb", 1, "activity"),
    ("depend", "on"): ("back", 1, "activity"), ("is", "involved", "in"): ("verb", 0, "regulate"),
    ("are", "involved", "in"): ("verb", 0, "regulate"), ("be", "involved", "in"): ("verb", 0, "regulate"),
    ("involved", "in"): ("verb", 0, "regulate"), ("is", "implicated", "in"): ("verb", 0, "regulate"),
    ("are", "implicated", "in"): ("verb", 0, "regulate"), ("implicated", "in"): ("verb", 0, "regulate"),
    ("protects", "against"): ("verb", -1, "activity"),
    ("protect", "against"): ("verb", -1, "activity"), ("protection", "from"): ("verb", -1, "activity"),
    ("protection", "against"): ("verb", -1, "activity"), ("protects", "from"): ("verb", -1, "activity"),
    ("protect", "from"): ("verb", -1, "activity"), ("protecting", "from"): ("verb", -1, "activity"),
    ("protecting", "against"): ("verb", -1, "activity"),
    ("acts", "against"): ("verb", -1, "activity"), ("act", "against"): ("verb", -1, "activity"),
    ("acting", "against"): ("verb", -1, "activity"), ("interferes", "with"): ("verb", -1, "activity"),
    ("interfere", "with"): ("verb", -1, "activity"), ("interfering", "with"): ("verb", -1, "activity"), ("acts", "on"): ("verb", 0, "regulate"),
    ("act", "on"): ("verb", 0, "regulate"), ("acting", "on"): ("verb", 0, "regulate"),
    # "RAS acts upstream of RAF": the order of a pathway, with no sign ("downstream of" is a backward connective)
    **{(verb, "upstream", "of"): ("verb", 0, "regulate") for verb in (
        "acts", "act", "acting", "functions", "function", "functioning", "lies", "lie", "is", "are", "located")},
    ("implicated",): ("implicate", 0, "regulate"), ("implicate",): ("implicate", 0, "regulate"),
    ("implicates",): ("implicate", 0, "regulate"),
    ("acts", "as"): ("actsas", 0, ""), ("act", "as"): ("actsas", 0, ""), ("acting", "as"): ("actsas", 0, ""),
    ("serves", "as"): ("actsas", 0, ""), ("functions", "as"): ("actsas", 0, ""), ("is", "a"): ("actsas", 0, ""), ("is", "an"): ("actsas", 0, ""),
    ("there", "is", "a"): ("skip", 0, ""), ("there", "is", "an"): ("skip", 0, ""), ("there", "is"): ("skip", 0, ""),
    ("there", "are"): ("skip", 0, ""),
    # "Following this TLR7 and TLR9 recruit MyD88": a step after the one before, no cause named
    ("following", "this"): ("skip", 0, ""), ("following", "these"): ("skip", 0, ""),
    ("following", "that"): ("skip", 0, ""),
    # "RTG signaling is activated in a later phase, as determined by CIT2 up-regulation": how it was seen, no cause
    **{("as", seen, "by"): ("skip", 0, "") for seen in (
        "determined", "shown", "measured", "evidenced", "indicated", "revealed", "assessed", "judged", "demonstrated",
        "detected", "reflected", "monitored")},
    ("accumulate", "in"): ("verb", 0, "accumulate"), ("accumulates", "in"): ("verb", 0, "accumulate"),
    ("accumulated", "in"): ("verb", 0, "accumulate"), ("accumulating", "in"): ("verb", 0, "accumulate"),
    ("move", "into"): ("verb", 0, "transloc"), ("moves", "into"): ("verb", 0, "transloc"),
    ("move", "to"): ("verb", 0, "transloc"), ("moves", "to"): ("verb", 0, "transloc"),
    ("enters", "the"): ("verb", 0, "transloc"), ("enter", "the"): ("verb", 0, "transloc"),
    ("entering", "the"): ("verb", 0, "transloc"),
    ("translocate", "to"): ("verb", 0, "transloc"), ("translocates", "to"): ("verb", 0, "transloc"),
    ("translocated", "to"): ("verb", 0, "transloc"), ("exported", "to"): ("verb", 0, "transloc"),
    ("transported", "into"): ("verb", 0, "transloc"), ("recruited", "to"): ("verb", 0, "transloc"),
    ("taken", "up"): ("verb", 0, "transloc"),  # "Glucose is taken up by GLUT1": the transporter moves it in
    # "PTEN breaks down PIP3": a removal; "Cholesterol serves as a precursor for steroid hormones": a conversion
    ("breaks", "down"): ("verb", -1, "amount"), ("break", "down"): ("verb", -1, "amount"),
    ("breaking", "down"): ("verb", -1, "amount"),
    **{(verb, "as", article, "precursor", prep): ("verb", 0, "convert") for verb in ("serves", "serve", "acts", "act")
       for article in ("a", "the") for prep in ("for", "of", "to")},
    **{(verb, article, "precursor", prep): ("verb", 0, "convert") for verb in ("is", "are")
       for article in ("a", "the") for prep in ("for", "of", "to")},
    # "Cytochrome c and Smac are released into the cytosol": a move to a place, not a rise in amount
    ("released", "into"): ("verb", 0, "transloc"), ("released", "to"): ("verb", 0, "transloc"),
    # "LC3 is conjugated to ATG7" (not "conjugated BAs", "bile acid conjugates": a modified chemical)
    ("conjugated", "to"): ("verb", 0, "binding"), ("conjugated", "with"): ("verb", 0, "binding"),
    ("requires",): ("back", 1, "activity"), ("require",): ("back", 1, "activity"),
    ("independent", "of"): ("negback", 1, "activity"), ("independently", "of"): ("negback", 1, "activity"),
    ("independent", "from"): ("negback", 1, "activity"), ("is", "the", "result", "of"): ("back", 1, "activity"),
    ("the", "result", "of"): ("back", 1, "activity"), ("target", "of"): ("back", 0, "regulate"),
    ("targets", "of"): ("back", 0, "regulate"), ("along", "with"): ("together", 0, ""),
    # "RFX5 target genes include GLUD1": the named factor regulates the genes listed
    ("target", "genes", "include"): ("verb", 0, "regulate"), ("target", "genes", "included"): ("verb", 0, "regulate"),
    ("target", "genes", "including"): ("verb", 0, "regulate"), ("targets", "include"): ("verb", 0, "regulate"),
    ("as", "well", "as"): ("and", 0, ""), ("by", "means", "of"): ("med", 0, ""), ("together", "with"): ("together", 0, ""), ("and", "or"): ("and", 0, ""),
    # "TNF-α also synergizes with RANKL and directly promotes OC production": the partner acts with the subject
    ("synergizes", "with"): ("together", 0, ""), ("synergize", "with"): ("together", 0, ""),
    ("synergises", "with"): ("together", 0, ""), ("synergise", "with"): ("together", 0, ""),
    ("cooperates", "with"): ("together", 0, ""), ("cooperate", "with"): ("together", 0, ""),
    ("in", "concert", "with"): ("together", 0, ""), ("in", "cooperation", "with"): ("together", 0, ""),
    ("in", "conjunction", "with"): ("together", 0, ""),
    ("in", "addition", "to"): ("and", 0, ""), ("degrades", "to"): ("verb", 0, "convert"),
    ("converted", "to"): ("pverb", 0, "convert"), ("converted", "into"): ("pverb", 0, "convert"),
    ("fixed", "into"): ("pverb", 0, "convert"),
    ("is", "a", "decoy", "for"): ("verb", -1, "activity"),
    ("synthesized", "from"): ("back", 0, "convert"), ("synthesised", "from"): ("back", 0, "convert"),
    ("biosynthesized", "from"): ("back", 0, "convert"), ("biosynthesised", "from"): ("back", 0, "convert"),
    ("under", "the", "control", "of"): ("back", 0, "regulate"),  # "β-lactamases under the control of LysR regulators"
    ("combines", "with"): ("verb", 0, "binding"), ("combine", "with"): ("verb", 0, "binding"),
    ("generated", "from"): ("back", 0, "convert"), ("produced", "from"): ("back", 0, "convert"),
    ("formed", "from"): ("back", 0, "convert"), ("derived", "from"): ("back", 0, "convert"),
    ("converted", "from"): ("back", 0, "convert"),
    # "Trp undergoes conversion to NFK", "retinyl esters undergo hydrolysis to retinol"
    **{(verb, noun, prep): ("pverb", 0, "convert") for verb in ("undergo", "undergoes", "undergoing", "underwent")
       for noun in ("conversion", "oxidation", "hydrolysis", "reduction", "cleavage", "decarboxylation",
                    "deamination", "isomerization", "transformation", "metabolism")
       for prep in ("to", "into")},
    ("couples", "with"): ("verb", 0, "binding"), ("couple", "with"): ("verb", 0, "binding"),
    ("engages", "with"): ("verb", 0, "binding"), ("engage", "with"): ("verb", 0, "binding"),
    ("coupled", "with"): ("verb", 0, "binding"), ("coupled", "to"): ("verb", 0, "binding"),
    ("interacts", "with"): ("verb", 0, "binding"), ("interact", "with"): ("verb", 0, "binding"),
    ("associates", "with"): ("verb", 0, "binding"), ("associate", "with"): ("verb", 0, "binding"), ("forms", "a", "complex", "with"): ("verb", 0, "binding"),
    ("form", "a", "complex", "with"): ("verb", 0, "binding"),
    # "BAX forms complexes with BAK", "MDM2 forms a heterodimer with MDMX": the two bind
    **{(verb, *article, noun, "with"): ("verb", 0, "binding")
       for verb in ("form", "forms", "formed", "forming") for article in ((), ("a",), ("an",), ("the",))
       for noun in ("complex", "complexes", "heterodimer", "heterodimers", "dimer", "dimers", "heterocomplex",
                    "heterocomplexes", "heterotrimer", "heterotrimers")},
    ("complex", "that", "consists", "of"): ("complexof", 0, ""), ("complex", "consisting", "of"): ("complexof", 0, ""),
    ("complex", "composed", "of"): ("complexof", 0, ""), ("complex", "between"): ("complexof", 0, ""),
    ("complexes", "between"): ("complexof", 0, ""), ("complex", "containing"): ("complexof", 0, ""),
    ("complexes", "composed", "of"): ("complexof", 0, ""), ("complex", "comprising"): ("complexof", 0, ""),
    ("complex", "formed", "by"): ("complexof", 0, ""), ("complexes", "formed", "by"): ("complexof", 0, ""),
    # after a complex's name only ("the IKK complex composed of IKKα, IKKβ and NEMO", "the apoptosome, comprised of")
    ("composed", "of"): ("complexof", 0, ""), ("comprised", "of"): ("complexof", 0, ""),
    ("consisting", "of"): ("complexof", 0, ""), ("made", "up", "of"): ("complexof", 0, ""),
    ("formed", "by"): ("complexof", 0, ""),  # "a Destruction Complex formed by APC, Axin, CKI, and GSK3β"
    ("complex", "involving"): ("complexof", 0, ""), ("complexes", "involving"): ("complexof", 0, ""),
    # "The cytosolic AhR is complexed by two molecules of Hsp90, XAP2 and ... p23", "RB complexed with E2F"
    ("complexed", "by"): ("verb", 0, "binding"), ("complexed", "with"): ("verb", 0, "binding"),
}  # fmt: skip
_CONNECTIVES: Final[dict[tuple[str, ...], str]] = {
    **{p: "fwd" for p in lexicon.FORWARD},
    **{p: "back" for p in lexicon.BACKWARD},
}
_DESCRIBING: Final = frozenset({"containing", "expressing", "lacking", "carrying", "bearing", "harboring", "harbouring"})
_LIST_FILLERS: Final = frozenset({"and", "or", "the", "human", "mouse", "murine", "rat", "bacterial", "viral", "plant",
                           "also", "both", "either"})
_NOUN_CONTEXT: Final = frozenset({"of", "the", "a", "an", "these", "those", "its", "their", "several", "many", "other",
                           "various", "numerous", "some", "different", "distinct", "multiple", "diverse",
                           "extracellular", "intracellular", "external", "environmental"})
_MAKING: Final = ("generat", "produc", "synthes", "form", "convert", "mak", "yield")
_CONDITION_OPENERS: Final = frozenset({"when", "whenever", "once", "if", "after", "upon", "as", "while", "whereas", "although",
                                "though", "because", "since", "and", "or", "but", "then", "thus", "also", "first"})
_SUBORDINATORS: Final = frozenset({"when", "whenever", "once", "if", "because", "since"})
_INITIAL_ONLY: Final = frozenset({"on", "upon", "following", "after"})
_MULTI: Final = sorted([*_PHRASE_OPS, *_CONNECTIVES], key=len, reverse=True)
_BY_FIRST_WORD: Final[dict[str, list[tuple[str, ...]]]] = {}
#: The phrases of two words or more by their first two words (longest first), and the one-word phrases by their
#: word: one look-up gives the few phrases that can start at a unit.
_BY_FIRST_TWO: Final[dict[tuple[str, str], list[tuple[str, ...]]]] = {}
_ONE_WORD: Final[dict[str, tuple[str, ...]]] = {}
for _phrase in _MULTI:
    _BY_FIRST_WORD.setdefault(_phrase[0], []).append(_phrase)
    if len(_phrase) > 1:
        _BY_FIRST_TWO.setdefault((_phrase[0], _phrase[1]), []).append(_phrase)
    else:
        _ONE_WORD.setdefault(_phrase[0], _phrase)


@final
class Unit:
    """A word (lower case), a punctuation mark or an entity mention, with offsets in the text.

    The classes here are plain final classes, not dataclasses: compiled code then builds them and reads
    their fields natively (a dataclass's generated ``__init__`` stays interpreted)."""

    __slots__ = ("kind", "text", "start", "end", "key")

    def __init__(self, kind: str, text: str, start: int, end: int, key: str = "") -> None:
        self.kind = kind
        self.text = text
        self.start = start
        self.end = end
        self.key = key


@final
class Arg:
    """Mentions acting as one participant: ``mode`` is single, coord, chain or complex."""

    __slots__ = ("parts", "mode", "steps", "groups", "pairs")

    def __init__(self, parts: list[Unit], mode: str = "single", steps: list[list[Unit]] | None = None) -> None:
        self.parts = parts
        self.mode = mode
        #: For chains: the successive steps (a slash inside a hyphen chain joins alternatives of one step).
        self.steps: list[list[Unit]] = [] if steps is None else steps
        #: For lists whose members are hyphen chains: each member's chain.
        self.groups: list[list[Unit]] = []
        #: Members that bind each other ("IL-6 and its receptor IL-6R").
        self.pairs: list[tuple[Unit, Unit]] = []

    @property
    def start(self) -> int:
        return self.parts[0].start

    @property
    def end(self) -> int:
        return self.parts[-1].end

    def as_subject(self) -> list[Unit]:
        """A pathway as subject stands for its last member."""
        if self.groups:
            return [group[-1] for group in self.groups]
        return list(self.steps[-1]) if self.mode == "chain" else self._distinct()

    def as_object(self) -> list[Unit]:
        """A pathway as object stands for its first member."""
        if self.groups:
            return [group[0] for group in self.groups]
        return list(self.steps[0]) if self.mode == "chain" else self._distinct()

    def _distinct(self) -> list[Unit]:
        seen: dict[str, Unit] = {}
        for part in self.parts:
            seen.setdefault(part.key, part)
        return list(seen.values())


@final
class Item:
    """One element of the interpreted sequence: an event (``arg`` set) or an operator."""

    __slots__ = ("kind", "start", "end", "text", "sign", "rel", "arg", "agent", "agent_sign", "mediator", "partner",
                 "passive", "participle", "anaphor", "explicit", "trigger", "gap", "extra")

    def __init__(
        self, kind: str, start: int, end: int, text: str = "", sign: int = 1, rel: str = "activity",
        arg: Arg | None = None, agent: Arg | None = None, agent_sign: int = 1, mediator: Arg | None = None,
        partner: Arg | None = None, passive: bool = False, participle: bool = False, anaphor: bool = False,
        explicit: bool = False, trigger: tuple[int, int] | None = None, gap: int = 0,
        extra: dict[str, object] | None = None,
    ) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
        self.sign = sign
        self.rel = rel
        self.arg = arg
        self.agent = agent
        self.agent_sign = agent_sign
        self.mediator = mediator
        self.partner = partner
        self.passive = passive
        self.participle = participle
        self.anaphor = anaphor
        self.explicit = explicit
        self.trigger = trigger
        self.gap = gap
        self.extra: dict[str, object] = {} if extra is None else extra

    def sharing_event_of(self, head: Item) -> Item:
        """This bare name as another target of ``head``'s event noun, sign and agent ("inhibition of caspase-9,
        caspase-3, and caspase-7")."""
        return Item(self.kind, self.start, self.end, self.text, head.sign, head.rel, self.arg, head.agent,
                    head.agent_sign, self.mediator, self.partner, self.passive, self.participle, self.anaphor, True,
                    head.trigger, self.gap, self.extra)


_UNIT_WORDS: Final[dict[str, tuple[str, str]]] = {}


def _unit_word(word: str) -> tuple[str, str]:
    """Kind (word or punctuation) and lower-case text of one matched unit (memoised in a plain dict, which compiled
    code reads without calling through a cache wrapper)."""
    found = _UNIT_WORDS.get(word)
    if found is None:
        kind = "W" if word[0].isalnum() else "P"
        found = remember(_UNIT_WORDS, word, (kind, word.casefold().replace("\u2010", "-").replace("\u2011", "-")))
    return found


#: Characters that join letters into one word unit ("insulin's", "T-cell"), and the one-character punctuation
#: units, as character codes.
_JOINERS: Final = "'\u2019\u2010\u2011-"
_MARKS: Final = ",;:()/-\u2010\u2013\u2014"


def _is_joiner(code: int) -> bool:
    """Whether ``chr(code)`` is in :data:`_JOINERS` (compared as codes: a set of ints boxes each code to look it up)."""
    return code == 45 or code == 39 or code == 0x2019 or code == 0x2010 or code == 0x2011


def _is_mark(code: int) -> bool:
    """Whether ``chr(code)`` is in :data:`_MARKS` (compared as codes, as :func:`_is_joiner`)."""
    if code < 128:
        return code == 44 or code == 59 or code == 58 or code == 40 or code == 41 or code == 47 or code == 45
    return code == 0x2010 or code == 0x2013 or code == 0x2014


def _is_letter(code: int) -> bool:
    return 97 <= code <= 122 or 65 <= code <= 90  # [A-Za-z]


def _word_units(text: str, start: int, end: int) -> list[Unit]:
    """Word and punctuation units of ``text[start:end]``: runs of ASCII letters (joined by an apostrophe or a
    hyphen), runs of digits, and single marks of :data:`_MARKS`. A plain scan over character codes, which compiled
    code runs without a regex call or a match object per unit (tests/test_scanners.py checks it against the
    equivalent regex)."""
    units: list[Unit] = []
    i = start
    while i < end:
        code = ord(text[i])
        j = i + 1
        if _is_letter(code):
            while True:
                while j < end and _is_letter(ord(text[j])):
                    j += 1
                if j + 1 < end and _is_joiner(ord(text[j])) and _is_letter(ord(text[j + 1])):
                    j += 2
                else:
                    break
        elif 48 <= code <= 57:  # [0-9]+
            while j < end and 48 <= ord(text[j]) <= 57:
                j += 1
        elif not _is_mark(code):
            i = j
            continue
        kind, word = _unit_word(text[i:j])
        units.append(Unit(kind, word, i, j))
        i = j
    return units


_INDEPENDENT_AFTER: Final = re.compile(r"[-\u2010]independent\b", re.IGNORECASE)
_DASHES: Final = frozenset({"-", "\u2010"})  # the characters an ``_INDEPENDENT_AFTER`` match begins with


def units_of(text: str, start: int, end: int, mentions: list[Mention]) -> list[Unit]:
    """Words, punctuation and mentions of ``text[start:end]``, with parentheticals that add nothing dropped."""
    units: list[Unit] = []
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    position = start
    for mention in inside + [None]:
        if mention is not None and text[mention.end : mention.end + 1] in _DASHES and _INDEPENDENT_AFTER.match(
            text, mention.end
        ):
            continue  # "TCR-independent signaling", "caspase-independent cell death": no participant; read as words
        stop = mention.start if mention else end
        units.extend(_word_units(text, position, stop))
        if mention is None:
            break
        if mention.text.casefold() in lexicon.PLACE_ADJECTIVES:
            # "the nuclear translocation of YAP": a word of the event's phrase, carrying the place it names
            units.append(Unit("W", mention.text.casefold(), mention.start, mention.end, mention.key))
        else:
            units.append(Unit("E", mention.text, mention.start, mention.end, mention.key))
        position = mention.end
    return _drop_needed_heads(_drop_context_opening(_drop_parentheticals(units)))


#: Hosts an opening "In ... with ...," names as the setting of the sentence ("In mice with FSGS, RA stimulates ...").
_SETTING_HOSTS: Final = frozenset({"mice", "mouse", "rats", "rat", "patients", "humans", "animals", "models", "model",
                                   "individuals", "subjects", "people", "children", "adults", "women", "men", "plants",
                                   "flies", "worms", "zebrafish", "cells", "tissues", "tumors", "tumours"})


def _drop_context_opening(units: list[Unit]) -> list[Unit]:
    """"In mice with crescentic glomerulonephritis and FSGS, RA stimulates podocyte regeneration": an opening phrase
    that names the setting (a host "with" or "of" something) up to its comma states no participant of the sentence."""
    if len(units) < 4 or units[0].text not in {"in", "among"} or units[1].text not in _SETTING_HOSTS:
        return units
    for k in range(2, min(len(units), 40)):
        if units[k].kind == "P" and units[k].text == ",":
            return units[k + 1 :] if k + 1 < len(units) else units
        if units[k].kind == "W" and units[k].text in lexicon.VERBS and not units[k].text.endswith(("ed", "ing")):
            return units  # a verb before any comma: the phrase is the sentence's own subject matter
    return units


#: Adjectives of need that state a requirement with "for" ("critical for"), also with a plural head between.
_NEED_ADJECTIVES: Final = frozenset({"critical", "essential", "necessary", "crucial", "important", "indispensable", "required"})


def _drop_needed_heads(units: list[Unit]) -> list[Unit]:
    """"NIK and IKKα are critical kinases for the phosphorylation of p100": a plural head between an adjective of
    need and "for" only restates the subject; without it the requirement reads as "critical for"."""
    for k in range(len(units) - 2, 0, -1):
        head = units[k]
        if (units[k + 1].text == "for" and units[k + 1].kind == "W" and units[k - 1].kind == "W"
                and units[k - 1].text in _NEED_ADJECTIVES and head.text.endswith("s") and head.text.isalpha()
                and head.text.islower() and len(head.text) > 3):
            del units[k]
    return units


def _mentions_close_or_parenthesis(units: list[Unit]) -> bool:
    """Whether the unit kinds spell "EE", "EWE" or "EWWE" (a mention at most two words after another) or a unit's
    text holds "(": one pass over the units, with no string of their kinds joined to search."""
    last_mention = -4  # the index of the last mention with only words after it
    for k, unit in enumerate(units):
        kind = unit.kind
        if kind == "E":
            if k - last_mention <= 3:
                return True
            last_mention = k
        elif kind != "W":
            last_mention = -4
        if "(" in unit.text:
            return True
    return False


def _drop_parentheticals(units: list[Unit]) -> list[Unit]:
    if not _mentions_close_or_parenthesis(units):
        return units  # no parenthesis and no mention next to another: nothing below drops or joins a unit
    out: list[Unit] = []
    i = 0
    while i < len(units):
        unit = units[i]
        if unit.kind == "W":
            out.append(unit)
            i += 1
            continue
        if unit.kind == "P" and unit.text == "(":
            depth, j = 1, i + 1
            while j < len(units) and depth:
                if units[j].kind == "P" and units[j].text in "()":
                    depth += 1 if units[j].text == "(" else -1
                j += 1
            inner = units[i + 1 : j - 1]
            keys = {u.key for u in inner if u.kind == "E"}
            previous = out[-1] if out else None
            alias = (  # "cellular redox state (ROS-NO)": a parenthetical naming the same thing again
                previous is not None and previous.kind == "E" and len(keys) > 1
                and all(u.kind == "E" or (u.kind == "P" and u.text in _CHAIN_SEPS) for u in inner)
            )
            if not keys or alias or (previous is not None and previous.kind == "E" and keys == {previous.key}):
                i = j
                continue
            names_only = all(u.kind == "E" or (u.kind == "P" and (u.text in _CHAIN_SEPS or u.text == "/"))
                             for u in inner[:-1])
            after_head = previous is not None and previous.kind == "W" and (
                previous.text in lexicon.CHAIN_HEADS or previous.text in lexicon.GENERIC)
            label = bool(inner) and inner[-1].kind == "W" and inner[-1].text in lexicon.CHAIN_HEADS and names_only and (
                not after_head)
            if label:
                i = j  # "..., and migration (Wnt/Ca2+ pathway)": the name of the pathway just described, no participant
                continue
            examples = [u.text for u in inner[:2]] in (["e", "g"], ["eg"]) or (inner and inner[0].text in {"including", "such"})
            if examples and previous is not None and previous.kind == "E" and previous.text.islower() and not (
                _complex_before([*out, unit], len(out)) == "entity"
            ):  # (not "the destruction complex (including Axin, APC, ...)": a named complex and its members)
                out.pop()  # "serine/threonine kinases (e.g., MAPK, mTOR)": the class names its members only
            elif examples and previous is not None and previous.kind == "W" and previous.text.isalpha() and (
                previous.text.endswith("s") and previous.text not in lexicon.GENERIC
            ):
                # "the translocation of endotoxins (e.g., LPS)": the examples stand where the unnamed class stood
                out.pop()
                k = 0
                while k < len(inner) and (inner[k].kind == "P" or inner[k].text in {"e", "g", "eg", "including", "such", "as"}):
                    k += 1
                out.extend(inner[k:])
                i = j
                continue
            members = sum(u.kind == "E" for u in inner) >= 2 and all(
                u.kind == "E" or u.text in {",", "and"} for u in inner)
            if members and previous is not None and _complex_before([*out, unit], len(out)):
                # "the preinitiation complex (ULK1, FIP200, and ATG13)": the complex's members, as after "including"
                out.append(Unit("W", "including", unit.start, unit.end, key="("))
            else:
                out.append(Unit("P", ",", unit.start, unit.end))
            out.extend(inner)
            out.append(Unit("P", ",", units[j - 1].start, units[j - 1].end))
            i = j
            continue
        if unit.kind == "E" and unit.text.startswith("(") and _ABBREVIATION_LED.match(unit.text):
            if _initials_of_list(unit.text, out):
                i += 1  # "a complex involving Card9, BCL10, and MALT1 (BCM)": the group's name, no member's
                continue
            back = len(out) - 1
            while back >= 0 and len(out) - back <= 3 and out[back].kind == "W":
                back -= 1
            if back >= 0 and out[back].kind == "E" and (back == len(out) - 1 or out[back].key != unit.key):
                del out[back:]
                out.append(unit)
                i += 1
                continue
        if unit.kind == "E" and out and out[-1].kind == "E" and unit.start - out[-1].end == 1 and out[-1].key != unit.key:
            if unit.text.casefold() not in _CLASS_HEADS:
                out[-1] = unit  # "the kinase Raf", "small G protein RhoA": a descriptor, then the name
            i += 1  # ("RhoA GTPase", "ERK kinase": the class word heads the name before it)
            continue
        if (unit.kind == "E" and len(out) >= 3 and out[-1].kind == "W" and out[-1].text in _CLASS_WORDS
                and out[-2].kind == "W" and out[-2].text in _CLASS_QUALIFIERS and out[-3].kind == "E"
                and unit.start - out[-1].end == 1 and out[-1].start - out[-2].end == 1 and out[-2].start - out[-3].end == 1):
            del out[-3:]  # "the NF-κB transcription factor Relish": the family and its kind of protein describe the name
            out.append(unit)
            i += 1
            continue
        if (unit.kind == "E" and len(out) >= 2 and out[-1].kind == "W" and out[-1].text in _CLASS_WORDS
                and out[-2].kind == "E" and unit.start - out[-1].end == 1 and out[-1].start - out[-2].end == 1):
            joined = out[-2].start  # "the Rab-GAP protein TBC1D4": the whole hyphenated descriptor names a class
            del out[-2:]
            while (len(out) >= 2 and out[-1].kind == "P" and out[-1].text in {"-", "\u2010", "/"} and out[-1].end == joined
                   and out[-2].kind == "E" and out[-2].end == out[-1].start):
                joined = out[-2].start
                del out[-2:]
            out.append(unit)
            i += 1
            continue
        if unit.kind == "E" and out and out[-1].kind == "E" and out[-1].key == unit.key and out[-1].end >= unit.start - 1:
            out[-1] = Unit("E", out[-1].text, out[-1].start, out[-1].end, out[-1].key)
            i += 1
            continue
        out.append(unit)
        i += 1
    return out


def _initials_of_list(abbreviation: str, out: list[Unit]) -> bool:
    """Whether a parenthesised abbreviation spells the initials of the names listed right before it, in any order
    ("Card9, BCL10, and MALT1 (BCM)"), so that it names their group and not the last of them."""
    letters = sorted(c for c in abbreviation.upper() if c.isalpha())
    listed: list[str] = []
    k = len(out) - 1
    while k >= 0 and len(listed) < len(letters) and (out[k].kind == "E" or out[k].text in {",", "and", "or"}):
        if out[k].kind == "E":
            listed.append(out[k].text[:1].upper())
        k -= 1
    return len(letters) >= 2 and sorted(listed) == letters


_MODAL_WORDS: Final = frozenset({"may", "might", "can", "could", "will", "would", "also", "then", "further", "directly"})


def _finite_verb_at(units: list[Unit], words: list[str], i: int) -> bool:
    """Whether ``units[i]`` starts a predicate: a modal or adverb before a verb, or a verb that is no participle
    (an "-ed" form only when a name or an article follows it)."""
    while words[i] in _MODAL_WORDS:
        i += 1
    word = words[i]
    if word not in lexicon.VERBS or word.endswith("ing"):
        return False
    if word.endswith("ed"):
        return i + 1 < len(units) and (units[i + 1].kind == "E" or words[i + 1] in {"the", "a", "an"})
    return True


def _singular_verb_at(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a verb in the third person singular ("activates", "inhibits"), which a coordinated
    subject ("A and B") does not take."""
    word = words[i]
    return word.endswith("s") and not word.endswith("ss") and word in lexicon.VERBS and word[:-1] in lexicon.VERBS


def _verb_object_at(words: list[str], i: int) -> bool:
    """Whether the name at ``words[i]`` is the object of the verb right before it (maybe after an article)."""
    before = words[i - 2] if words[i - 1] in {"the", "a", "an"} else words[i - 1]
    return before in lexicon.VERBS and not before.endswith("ing")


def _arg_at(
    units: list[Unit], i: int, comma_lists: bool = True, words: list[str] | None = None
) -> tuple[Arg, int] | None:
    """The argument starting at ``units[i]`` (a mention) and the index after it (``words``: the sentence's padded
    words, made here when not given)."""
    if units[i].kind != "E":
        return None
    if words is None:
        words = _words_of(units)
    parts = [units[i]]
    seps: list[str] = []
    starts = [i]
    pairs: list[tuple[Unit, Unit]] = []
    #: Per join of a comma list: 2 for a comma with a conjunction (", or"), 1 for a conjunction alone, else 0.
    conjunctions: list[int] = []
    j = i + 1
    while j < len(units):
        unit = units[j]
        if unit.kind == "P" and unit.text in _CHAIN_OR_SLASH and j + 1 < len(units) and units[j + 1].kind == "E":
            seps.append(unit.text)
            parts.append(units[j + 1])
            starts.append(j + 1)
            j += 2
            continue
        if (unit.text == "and" and words[j + 1] in {"its", "their"} and words[j + 2] in _PARTNER_NOUNS
                and j + 3 < len(units) and units[j + 3].kind == "E"):
            # "IL-6 and its receptor IL-6R": a coordination whose members bind each other
            pairs.append((parts[-1], units[j + 3]))
            seps.append(",")
            parts.append(units[j + 3])
            starts.append(j + 3)
            j += 4
            continue
        if unit.kind in {"P", "W"} and unit.text in _COORD and (comma_lists or unit.text != ","):
            k = j + 1
            while k < len(units) and ((units[k].kind == "W" and units[k].text in _LIST_FILLERS) or
                                      (units[k].kind == "P" and units[k].text == ",")):
                k += 1
            hedge = _degree_phrase(units, words, k)  # "vraF, vraG and to a lesser extent graR": one list
            k += hedge
            if k < len(units) and units[k].kind == "E" and k - j <= 3 + hedge:
                conjunction = any(units[x].text in {"and", "or", "nor"} for x in range(j, k))
                comma = any(units[x].text == "," for x in range(j, k))
                if conjunction and comma and _finite_verb_at(units, words, k + 1):
                    break  # "O2 oxidizes lipids, and superoxide inhibits PTEN": a new clause with its own subject
                if conjunction and len(parts) == 1 and _singular_verb_at(words, k + 1) and _verb_object_at(words, i):
                    # "AKT phosphorylates TSC2 and mTOR activates S6K": the verb agrees with the last name alone (not
                    # so in "Loss of PTEN and p53 promotes ...", where it agrees with the noun before them)
                    break
                conjunctions.extend([0] * (len(seps) - len(conjunctions)))
                conjunctions.append(2 if conjunction and comma else 1 if conjunction else 0)
                seps.append(",")
                parts.append(units[k])
                starts.append(k)
                j = k + 1
                continue
        break
    if 2 in conjunctions and words[j + 1] == "which" and units[j].text == "," and all(x == "," for x in seps):
        # "inhibit Kv1.3-channels, or antihistamines, antibiotics and corticosteroids, which stabilize mast cells": a
        # list closed by its own conjunction after ", or" is a new subject for the relative clause.
        cut = max(x for x, c in enumerate(conjunctions) if c == 2)
        if any(conjunctions[cut + 1 :]):
            return Arg(parts[: cut + 1], "coord" if cut else "single", [[p] for p in parts[: cut + 1]]), starts[cut] + 1
    head, next_head = words[j], words[j + 1]
    if next_head not in lexicon.CHAIN_HEADS and j + 2 < len(units) and units[j + 2].kind == "W" and head not in _COMPLEX_HEADS:
        next_head = units[j + 2].text if units[j + 1].kind == "W" else next_head
    if "," in seps and seps[-1] != "," and (head in lexicon.CHAIN_HEADS or next_head in lexicon.CHAIN_HEADS):
        # "JAKs or PI3K/AKT pathway": the list ends before the chain, which is read as its own argument.
        cut = len(seps) - 1
        while cut > 0 and seps[cut - 1] != ",":
            cut -= 1
        if cut >= 1 and seps[cut - 1] == ",":
            if cut >= 2 and all(s == "/" or s in _CHAIN_SEPS for s in seps[: cut - 1]):
                # "PI3K/AKT, and mTOR-HIF1α pathways", "the RAS/RAF/ERK and PI3K/AKT signaling pathways": the
                # group before shares the head and is a chain too.
                group: list[list[Unit]] = [[parts[0]]]
                for sep, part in zip(seps[: cut - 1], parts[1:cut], strict=True):
                    if sep == "/" and _numbered_siblings(group[-1][-1].text, part.text):
                        group[-1].append(part)  # "ERK1/ERK2 and PI3K/AKT pathways": siblings, one step
                    else:
                        group.append([part])
                return Arg(parts[:cut], "chain" if len(group) > 1 else "coord", group), starts[cut - 1] + 1
            return Arg(parts[:cut], "coord" if cut > 1 else "single", [[p] for p in parts[:cut]]), starts[cut - 1] + 1
        return Arg(parts[: cut + 1], "coord" if cut else "single", [[p] for p in parts[: cut + 1]]), starts[cut] + 1
    induced = (words[j] == "" and j + 1 < len(units) and units[j].text in _CHAIN_SEPS and "/" in seps
               and words[j + 1] in {"induced", "stimulated", "evoked", "triggered", "elicited"})
    if len(parts) > 2 and all(s == "/" for s in seps) and not induced:  # "TNF/EGF/Insulin-Induced": stimuli, no chain
        head = head if head in lexicon.CHAIN_HEADS or head in _COMPLEX_HEADS else "pathway"  # ("CARD9/Malt1/Bcl10 complex")
    mode = "single"
    if len(parts) > 1:
        mode = "coord"
        chained = not induced and ((all(s in _CHAIN_SEPS for s in seps) and head not in _NOT_CHAIN_HEADS and head != "") or (
            all(s in _CHAIN_OR_SLASH for s in seps) and (head in lexicon.CHAIN_HEADS or next_head in lexicon.CHAIN_HEADS)
        )) and head not in _MAKING_HEADS and not (  # "pikromycin/(neo)methymycin biosynthetic pathway": products side by side
            len(parts) == 2 and (parts[0].text.casefold(), parts[1].text.casefold()) in _SYSTEM_NAMES
        )  # "the ubiquitin–proteasome pathway": the name of one degradation system
        dashed_pair = seps == ["\u2013"] and head not in lexicon.CHAIN_HEADS and next_head not in lexicon.CHAIN_HEADS
        modified_complex = (words[j + 1] in _COMPLEX_HEADS and head.isalpha() and head not in lexicon.CHAIN_HEADS
                            and units[j].kind == "W")  # "the SNX1/VPS29 retromer complex", "the TLR4/MD-2 receptor complex"
        if seps and all(s != "," for s in seps) and (head in _COMPLEX_HEADS or head in _PAIRING_HEADS or dashed_pair
                                                     or modified_complex):
            # "TIRAP–MyD88 recruits IRAK", "TLR1–TLR2": an en-dash pair with no pathway word after it is a complex
            mode = "complex"
        elif seps and chained and all(s != "," for s in seps) and not all(
            p.text.casefold() in lexicon.PROCESS_WORDS for p in parts
        ) and not any(  # "glycolysis/gluconeogenesis pathway": processes side by side, no signalling steps
            s == "/" and _ligand_and_receptor(a.text, b.text) for s, a, b in zip(seps, parts, parts[1:], strict=False)
        ):  # "RANKL/RANK/OPG pathway", "PD-1/PD-L1 axis": partners that bind, no chain of steps
            mode = "chain"
    steps: list[list[Unit]] = [[parts[0]]]
    if mode == "chain":
        mixed = any(s in _CHAIN_SEPS for s in seps) and "/" in seps
        for sep, part in zip(seps, parts[1:], strict=False):
            if (mixed and sep == "/") or (sep in {"/", "\u2013"} and _numbered_siblings(steps[-1][-1].text, part.text)):
                steps[-1].append(part)  # "GPR41/GPR43 signaling", "ERK1/ERK2", "Wsc1–Wsc3": siblings, not successive steps
            else:
                steps.append([part])
        if len(steps) == 1:
            mode = "coord"
            steps = [[p] for p in parts]
    arg = Arg(parts, mode, steps)
    arg.pairs = pairs
    if mode == "coord" and "," in seps and any(s in _CHAIN_SEPS for s in seps):
        # "Map3k7-Jnk and NF-κB p65": hyphen-joined members of a list are chains of their own.
        groups: list[list[Unit]] = [[parts[0]]]
        for sep, part in zip(seps, parts[1:], strict=False):
            if sep in _CHAIN_SEPS and not (sep == "\u2013" and _numbered_siblings(groups[-1][-1].text, part.text)):
                groups[-1].append(part)
            else:
                groups.append([part])  # (and "Wsc1–Wsc3, Mid1–Mid2": a range of siblings, no chain)
        arg.groups = groups
    return arg, j


_STEM: Final = re.compile(r"^([A-Za-z]{2,})[-\u2010]?(\d+[A-Za-z]?)$")
_NOT_ALNUM: Final = re.compile(r"[^0-9a-z]+")


def _ligand_and_receptor(a: str, b: str) -> bool:
    """"RANKL/RANK", "PD-1/PD-L1", "IL-6/IL-6R": a ligand or receptor named after its partner (a slash pair of
    partners, not successive steps of a pathway)."""
    x, y = _NOT_ALNUM.sub("", a.casefold()), _NOT_ALNUM.sub("", b.casefold())
    if len(x) > len(y):
        x, y = y, x
    if len(x) < 2:
        return False
    if y in {x + "l", x + "r"}:
        return True
    stem = x.rstrip("0123456789")
    rest = y[len(stem) + 1 :]
    return stem != x and len(stem) >= 2 and y.startswith(stem + "l") and (rest == "" or rest.isdigit())


def _numbered_siblings(a: str, b: str) -> bool:
    """"GPR41" and "GPR43", "SMAD2" and "SMAD3": one stem with different numbers."""
    x, y = _STEM.match(a), _STEM.match(b)
    return x is not None and y is not None and x.group(1).casefold() == y.group(1).casefold() and x.group(2) != y.group(2)


def _word(units: list[Unit], i: int) -> str:
    return units[i].text if 0 <= i < len(units) and units[i].kind == "W" else ""


#: Empty words after a sentence's own: ``words[i]`` is "" for every ``i`` from ``-_PAD`` to ``len(units) + _PAD``
#: (a negative index wraps into the padding), so the rules read words around a unit without bound checks.
_PAD: Final = 16


def _words_of(units: list[Unit]) -> list[str]:
    """The word of each unit ("" for punctuation and mentions), padded: ``words[i] == _word(units, i)``."""
    return [u.text if u.kind == "W" else "" for u in units] + [""] * _PAD


_UNNAMING_DETERMINERS: Final = frozenset({"a", "an", "another"})
_NOUN_PHRASE_OPENERS: Final = _UNNAMING_DETERMINERS | {"the"}
_MEMBERSHIP_PHRASES: Final = frozenset({("composed", "of"), ("comprised", "of"), ("consisting", "of"), ("made", "up", "of"),
                                        ("formed", "by")})
#: Multi-protein machines named by one word.
_MACHINES: Final = frozenset({"apoptosome", "inflammasome", "inflammasomes", "necrosome", "ripoptosome", "piddosome",
                       "myddosome", "signalosome", "spliceosome", "proteasome", "holoenzyme"})


def _complex_before(units: list[Unit], i: int) -> str:
    """How the complex that ``units[i]`` follows (past one comma) is named, when a list after it names the complex's
    members: ``"entity"`` (a mention: "the IKK complex", "the apoptosome"), ``"members"`` (a complex noun opened by
    "a", "an" or "another", named only by its members: "a complex containing", "another heterodimer composed of"),
    ``"noun"`` ("the destruction complex"), or ``""`` when no complex's name comes before."""
    k = i - 1 if i >= 1 and units[i - 1].kind == "P" and units[i - 1].text == "," else i
    if k < 1:
        return ""
    before = units[k - 1]
    name = before.text.casefold()
    if before.kind == "E":
        return "entity" if name.endswith(" complex") or name in _MACHINES else ""
    if before.kind != "W" or not (name in _COMPLEX_HEADS or name in _MACHINES):
        return ""
    j = k - 2
    while j >= 0 and k - 1 - j <= 6 and units[j].kind == "W" and units[j].text not in _NOUN_PHRASE_OPENERS:
        j -= 1
    return "members" if j >= 0 and _word(units, j) in _UNNAMING_DETERMINERS else "noun"


def _match_multi(units: list[Unit], words: list[str], i: int) -> tuple[tuple[str, ...], int] | None:
    """The operator or connective phrase (the longest) starting at ``units[i]``, and the index after it."""
    first = words[i]
    for phrase in _BY_FIRST_TWO.get((first, words[i + 1]), ()):
        n = len(phrase)
        if tuple(words[i : i + n]) == phrase:
            return phrase, i + n
    single = _ONE_WORD.get(first)
    return None if single is None else (single, i + 1)


def _skip(words: list[str], i: int, limit: int = 3) -> int:
    """The index after up to ``limit`` skippable words from ``i`` on (``words``: the sentence's padded words)."""
    j = i
    while words[j] in _SKIPPABLE and j - i < limit:
        j += 1
    return j


def _verb_use(units: list[Unit], words: list[str], j: int) -> bool:
    """Whether a word that can be a noun or a verb ("increases", "release") is used as a verb here."""
    if words[j] not in lexicon.VERBS:
        return False
    k = _skip(words, j + 1)
    if words[k] in lexicon.EVENT_ADJECTIVES:
        k += 1
    if words[k] in lexicon.EVENT_NOUNS and words[k + 1] in {"of", "in"}:
        return True  # "WNT3A increases the levels of CTNNB1"
    return k < len(units) and units[k].kind == "E"


def _unnamed_head(word: str) -> bool:
    """Whether ``word`` after "X-induced" starts an unnamed noun phrase (not a list, a verb or a pathway word)."""
    return word.isalpha() and word not in _NOT_UNNAMED_HEADS and word not in lexicon.VERBS and (
        word not in lexicon.CHAIN_HEADS and word not in lexicon.ASPECT_NOUNS and word not in lexicon.EVENT_NOUNS)


_NOT_UNNAMED_HEADS: Final = frozenset({"and", "or", "manner", "way", "fashion", "in", "of", "by", "to", "via", "through", "for",
                                "with", "at", "on", "from", "as", "is", "are", "was", "were", "that", "which"})
#: Words before "activator(s)" that make it a kind of protein ("the transcription activators YAP/TAZ"), no drug role.
_PROTEIN_CLASS_BEFORE_ROLE: Final = frozenset({"transcription", "transcriptional", "translational"})
#: Aspect nouns that only say what kind of thing the names are ("IRS proteins", "target genes").
_KIND_WORDS: Final = frozenset({"protein", "proteins", "gene", "genes"})
#: Endings of classifying adjectives before an event noun ("proteasomal", "transcriptional", "nuclear", "proteolytic").
_CLASSIFYING_ENDINGS: Final = ("al", "ar", "ic")


def _place_arg(word: Unit) -> Arg:
    """The place a place adjective names ("nuclear"), as the participant a move goes to."""
    return Arg([Unit("E", word.text, word.start, word.end, word.key)])


#: Adjectives that give "effect(s) of X on Y" a sign ("Inhibitory effect of silver ions on ethylene signalling").
_EFFECT_SIGNS: Final = {"inhibitory": -1, "suppressive": -1, "negative": -1, "detrimental": -1, "stimulatory": 1,
                        "positive": 1, "promoting": 1}


def _effect_on(units: list[Unit], words: list[str], i: int, effect: int) -> tuple[Item, int] | None:
    """"(the) [inhibitory] effect(s) of X on Y": X acts on Y, with the adjective's sign or none ("Effects of hypoxia on
    HIF-1α"); without "on Y" the effect names no relation."""
    found = _arg_at(units, effect + 2, words=words)
    if found is None or words[found[1]] != "on":
        return None
    target = _event_after(units, words, found[1] + 1)
    if target is None or target[0].arg is None:
        return None
    item = Item("event", units[i].start, found[0].end, sign=0, rel="regulate", arg=found[0], explicit=True,
                trigger=(units[i].start, units[effect].end))  # fmt: skip
    item.partner = target[0].arg
    item.extra["partner_sign"] = _EFFECT_SIGNS.get(words[i], 0)  # (the sign is X's on Y, not a change in X)
    return item, target[1]


def _event_after(units: list[Unit], words: list[str], i: int) -> tuple[Item, int] | None:
    """An event starting at ``units[i]``: "[adj] [noun of] [the] ARG [aspect...] [by ARG]"."""
    place: Unit | None = None
    trigger: tuple[int, int] | None = None
    noun: tuple[int, str] | None = None
    if i < len(units) and units[i].kind == "E":
        # An event that starts at a name (its word is ""): no word before the name can open a phrase, so only a
        # holder noun after it ("IL-6 effect of ...") stops the reading; the name is read as the argument.
        if words[i + 1] in _HOLDER_NOUNS and words[i + 2] == "of":
            return None
        j = i
        sign, rel, explicit = 1, "activity", False
        unclear = recruited = False
        found = _arg_at(units, i, comma_lists=True, words=words)
    else:
        effect = i + 1 if words[i] in _EFFECT_SIGNS else i
        if (words[effect] in {"effect", "effects"} or (effect > i and words[effect] in {"action", "actions"})) and (
            words[effect + 1] == "of" and effect + 2 < len(units) and units[effect + 2].kind == "E"
        ):  # ("Inhibitory action of PAPLD on CTR1"; an unsigned "action of X on Y" is read as an event noun)
            return _effect_on(units, words, i, effect)
        if (words[i] in {"its", "their"} and words[i + 1] in _PARTNER_NOUNS and i + 2 < len(units)
                and units[i + 2].kind == "E"):
            return _event_after(units, words, i + 2)  # "HGF binds its receptor c-Met": the partner is named
        if words[i] in {"its", "their"} and words[i + 1] in lexicon.ASPECT_NOUNS:
            aspect = lexicon.ASPECT_NOUNS[words[i + 1]]
            item = Item("event", units[i].start, units[i + 1].end, sign=aspect[0], rel=aspect[1],
                        anaphor=True, explicit=True, trigger=(units[i + 1].start, units[i + 1].end))  # fmt: skip
            if words[i + 2] == "by" and i + 3 < len(units) and units[i + 3].kind == "E":
                found = _arg_at(units, i + 3, comma_lists=False, words=words)
                if found is not None:  # "Bid is activated following its cleavage by caspase-8": who acts on it
                    item.agent, item.agent_sign = found[0], 1
                    return item, found[1]
            return item, i + 2
        if words[i] in {"its", "their"} and i + 1 < len(units) and units[i + 1].kind == "E" and " " in units[i + 1].text:
            head = units[i + 1].text.rsplit(" ", 1)[1].casefold()
            noun = lexicon.EVENT_NOUNS.get(head)
            if noun is not None and noun[1] in {"amount", "activity"} and noun[0] != 0:
                # "which leads to its proteasomal degradation": a process named with its adjective is the event of "it"
                item = Item("event", units[i].start, units[i + 1].end, sign=noun[0], rel=noun[1], anaphor=True,
                            explicit=True, trigger=(units[i + 1].end - len(head), units[i + 1].end))
                return item, i + 2
        if (words[i] in {"its", "their"} and i + 2 < len(units) and units[i + 1].kind == "W" and units[i + 1].key
                and words[i + 2] in lexicon.ASPECT_NOUNS):
            # "allows their nuclear translocation": the place the thing named before moves to
            aspect = lexicon.ASPECT_NOUNS[words[i + 2]]
            item = Item("event", units[i].start, units[i + 2].end, sign=aspect[0], rel=aspect[1], anaphor=True,
                        explicit=True, trigger=(units[i + 2].start, units[i + 2].end),
                        partner=_place_arg(units[i + 1]), extra={"place": True})
            return item, i + 3
        j = _skip(words, i)
        # "nuclear" in "nuclear translocation of NFAT", "cytosolic" (skippable) in "cytosolic accumulation of": the place
        # the thing moves to (a word that carries a key names a place before a noun of a move)
        if j < len(units):
            for k in range(i, j + 1):  # (a loop over the indices: no slice and generator made per event)
                if units[k].kind == "W" and units[k].key:
                    place = units[k]
                    break
        if (words[j + 1] in lexicon.EVENT_NOUNS and words[j + 2] == "of" and words[j].endswith(_CLASSIFYING_ENDINGS)
                and words[j].isalpha() and words[j] not in lexicon.EVENT_ADJECTIVES and words[j] not in lexicon.VERBS):
            j += 1  # "proteasomal degradation of IκB", "nuclear translocation of NFAT": a classifying adjective
        sign, rel, explicit, trigger = 1, "activity", False, None
        examples = False
        adjective = lexicon.EVENT_ADJECTIVES.get(words[j])
        if adjective and not (words[j] in lexicon.EVENT_NOUNS and words[j + 1] == "of"):
            sign, rel = adjective
            explicit = True
            trigger = (units[j].start, units[j].end)
            j = _skip(words, j + 1)
        if (words[j] in lexicon.EVENT_NOUNS or words[j] in lexicon.CELL_PROCESSES) and words[j + 1] in {
            "and", "or"} and words[j + 2] in lexicon.EVENT_NOUNS:
            j += 2  # "the activation and nuclear translocation of", "the proliferation and activation of brain macrophages"
        if (words[j] in _HOLDER_NOUNS and words[j + 1] == "of") or (
            words[j + 1] in _HOLDER_NOUNS and words[j + 2] == "of" and words[j] not in lexicon.EVENT_ADJECTIVES
        ):
            return None  # "abolished the protective effect of sulforaphane": the named thing is no target
        if words[j] in {"interaction", "interactions", "association", "complex"} and words[j + 1] == "between":
            found = _arg_at(units, j + 2, words=words) if j + 2 < len(units) and units[j + 2].kind == "E" else None
            if found is not None:  # "the interaction between BECN1 and BCL2"
                item = Item("event", units[i].start, found[0].end, sign=1, rel="binding", arg=found[0], explicit=True,
                            trigger=(units[j].start, units[j].end))  # fmt: skip
                return item, found[1]
        noun = lexicon.EVENT_NOUNS.get(words[j])
        if noun is None and words[j + 1] == "of" and j + 2 < len(units) and units[j + 2].kind == "E":
            noun = lexicon.CELL_PROCESSES.get(words[j])  # "the proliferation of microglia" (the cells' mention follows)
        loss_of_function = words[j] in _LOSS_NOUNS
        if words[j] in _WITH_NOUNS and words[j + 1] == "with" and j + 2 < len(units) and units[j + 2].kind == "E":
            # "Upon stimulation with IL1B", "treatment with LPS": the agent applied
            found = _arg_at(units, j + 2, comma_lists=False, words=words)
            if found is not None:
                item = Item("event", units[i].start, found[0].end, sign=sign, rel="activity", arg=found[0], explicit=False)
                return item, found[1]
        unclear = words[j] == "disinhibition"
        recruited = words[j] == "recruitment" and words[j + 1] == "of"
        if noun and (words[j + 1] in {"of", "in"} or (noun[1] == "regulate" and words[j + 1] == "on")):
            sign, rel = (sign, "activity") if noun[0] == 0 and explicit else (sign * noun[0], noun[1])
            explicit = True
            trigger = (units[j].start, units[j].end)
            j = _skip(words, j + 2)
            adjective = lexicon.EVENT_ADJECTIVES.get(words[j])
            if adjective:
                j = _skip(words, j + 1)
        elif words[j] in {"its", "their"} and words[j + 1] in lexicon.ASPECT_NOUNS:
            aspect = lexicon.ASPECT_NOUNS[words[j + 1]]
            item = Item("event", units[j].start, units[j + 1].end, sign=sign * aspect[0], rel=aspect[1],
                        anaphor=True, explicit=True, trigger=(units[j + 1].start, units[j + 1].end))  # fmt: skip
            return item, j + 2
        if explicit and noun and j < len(units) and units[j].kind == "W":
            k = j
            # "transcription of apoptotic factors by means of ATF4": the words after "by" name no part of the event
            while k < len(units) and k - j < 4 and units[k].kind == "W" and units[k].text not in {"of", "such", "including", "by", "via", "through"}:
                k += 1
            if words[k] == "of" and k + 1 < len(units) and units[k + 1].kind == "E":
                j = k + 1
            elif k > j and k < len(units) and units[k].kind == "E" and (words[k - 1] in _ENTITY_NOUNS or words[k - 1] in lexicon.ROLE_NOUNS):
                j = k  # "lowering intracellular levels of the platelet inhibitor cAMP": a descriptor, then the name
            elif k > j and k < len(units) and units[k].kind == "P" and units[k].text == "," and words[k + 1] in {"such", "including"}:
                k += 1
            # "release of ligands such as ET-1 ...", "production of inflammatory factors, including IL-6": the examples
            if k > j and words[k] == "such" and words[k + 1] == "as" and k + 2 < len(units) and units[k + 2].kind == "E":
                j, examples = k + 2, True
            elif k > j and words[k] == "including" and k + 1 < len(units) and units[k + 1].kind == "E":
                j, examples = k + 1, True
        if j >= len(units) or units[j].kind != "E":
            return None
        found = _arg_at(units, j, comma_lists=examples or loss_of_function or not (explicit and noun), words=words)
    if found is None:
        return None
    arg, j = found
    coupled = j + 1 if j < len(units) and units[j].kind == "P" and units[j].text in _CHAIN_SEPS else j
    if words[coupled] == "coupled" and words[coupled + 1] in {"receptor", "receptors", "pathway", "pathways"}:
        j = coupled + 2  # "Gs coupled receptors activate adenylyl cyclase": receptors named by their G protein
    spaced = words[j] in _AGENT_SUFFIXES and (
        words[j + 1] in lexicon.EVENT_NOUNS or (j + 1 < len(units) and units[j + 1].kind == "E")
    )
    if spaced:
        j -= 1  # "NFκB mediated transcription of IL-8": read like "NFκB-mediated"
    if spaced or (words[j] == "" and j < len(units) and units[j].kind == "P" and units[j].text in _CHAIN_SEPS):
        suffix = words[j + 1]
        if suffix in _AGENT_SUFFIXES and words[j + 2] in lexicon.CHAIN_HEADS:
            j += 2
        elif suffix in _LOSS_SUFFIXES and not (j + 2 < len(units) and units[j + 2].kind == "E"):
            # "SIRT3-deficient mice show reduced SOD2 activity": the loss of SIRT3 is the event
            k = j + 2
            while words[k] in _CARRIERS:
                k += 1
            item = Item("event", units[i].start, units[k - 1].end, sign=-sign, rel="amount", arg=arg, explicit=True,
                        trigger=(units[j + 1].start, units[j + 1].end))  # fmt: skip
            return item, k
        elif suffix in _MODIFIER_SUFFIXES:
            return _event_after(units, words, j + 2)
        elif suffix in _AGENT_SUFFIXES and len(arg.parts) > 1 and arg.mode == "coord" and not (
            units[next(n for n in range(i, len(units)) if units[n] is arg.parts[-1]) - 1].text == "/"
        ):
            # "hepatosteatosis and inflammation-triggered NASH": only the last member is the agent
            # (a slash pair, "VraFG/GraRS-controlled", is one agent).
            last = arg.parts[-1]
            k = next(n for n in range(i, len(units)) if units[n] is last)
            while k > i and units[k - 1].kind != "E":
                k -= 1
            head_arg = Arg(arg.parts[:-1], "coord" if len(arg.parts) > 2 else "single")
            item = Item("event", units[i].start, head_arg.end, sign=sign, rel=rel, arg=head_arg, explicit=explicit,
                        trigger=trigger)  # fmt: skip
            return item, k
        elif suffix in _AGENT_SUFFIXES:
            k = j + 2
            if words[k] in _APPOSITION_HEADS and k + 1 < len(units) and units[k + 1].kind == "E":
                k += 1  # "ATM-dependent factors γH2AX, MDC1 and 53BP1"
            inner = _event_after(units, words, k)
            if inner is not None and inner[0].arg is not None:
                event, k = inner
                event.extra["inner_sign"] = event.sign
                if suffix == "derived":
                    event.extra["agent_rel"] = "convert"
                if event.agent is not None:
                    event.mediator = arg
                    event.extra["mediator_suffix"] = suffix
                else:
                    event.agent, event.agent_sign = arg, _AGENT_SIGN[suffix]
                    event.extra["agent_suffix"] = suffix
                event.sign *= sign
                event.start = arg.start
                event.trigger = event.trigger or (units[j + 1].start, units[j + 1].end)
                return event, k
            if inner is None and k < len(units) and units[k].kind == "W" and _unnamed_head(words[k]):
                # "crucial for these morphine-induced morphological adaptations": the agent qualifies an unnamed
                # noun, which is the event; the agent is no participant of the sentence's relation
                return Item("event", arg.start, units[k].end, sign=sign, rel=rel), k + 1
    acted_at = j + 3 if words[j + 2] in {"the", "a", "an"} else j + 2
    if (words[j] in _AGENT_EVENT_NOUNS and words[j + 1] == "of" and acted_at < len(units) and units[acted_at].kind == "E"
            and not explicit and not _LINKAGE.fullmatch(arg.parts[-1].text)):
        # "XIAP inhibition of caspase-9", "EDA stimulation of TLR4": the name before the event noun is its agent
        # (not "K63 ubiquitination of Irhom2": a residue names the chain's linkage)
        acted = _event_after(units, words, j)
        if acted is not None and acted[0].arg is not None and acted[0].agent is None:
            event, k = acted
            event.agent, event.agent_sign, event.start = arg, 1, arg.start
            return event, k
    if j + 1 < len(units) and units[j].key and units[j].kind == "W" and words[j + 1] in lexicon.MOVE_NOUNS and (
        words[j + 1] in lexicon.ASPECT_NOUNS
    ):
        place = units[j]  # "YAP nuclear translocation"
        j += 1
    while words[j] in lexicon.ASPECT_NOUNS and not _verb_use(units, words, j):
        aspect = lexicon.ASPECT_NOUNS[words[j]]
        if explicit and noun is not None and words[j] in _KIND_WORDS:
            j += 1  # "phosphorylation of IRS and Shc proteins": the word names what they are, the event stays
            continue
        if aspect[0] < 0 or aspect[1] != "activity":
            sign, rel, explicit = sign * aspect[0], aspect[1], True
            trigger = (units[j].start, units[j].end)
        j += 1
    item = Item("event", units[i].start, units[j - 1].end, sign=sign, rel=rel, arg=arg, explicit=explicit, trigger=trigger)
    if unclear:
        item.extra["unclear"] = True
    if recruited:
        item.extra["recruited"] = True
    if place is not None:
        item.partner = _place_arg(place)
        item.extra["place"] = True
    # "inhibition of PI3K with LY294002", "activation of AMPK with AICAR": the drug the event is brought about with
    # is its agent ("the interaction of p53 with MDM2" names a partner)
    with_drug = (words[j] == "with" and sign != 0 and rel != "binding" and explicit and j + 1 < len(units)
                 and units[j + 1].kind == "E")
    if (words[j] == "by" or with_drug) and j + 1 < len(units):
        at = j + 1
        while words[at] in _AGENT_CLASS_WORDS and at + 1 < len(units) and words[at + 1] in _AGENT_CLASS_WORDS:
            at += 1
        if not (words[at] in _AGENT_CLASS_WORDS and at + 1 < len(units) and units[at + 1].kind == "E"):
            at = j  # "converted to RA by enzymes RDH and RALDH": the class words name no agent of their own
        agent_found = _event_after(units, words, at + 1)
        if agent_found is not None and agent_found[0].arg is not None and not agent_found[0].explicit:
            item.agent, item.agent_sign = agent_found[0].arg, 1
            j = agent_found[1]
            k = j + 2 if words[j] == "such" and words[j + 1] == "as" else j + 1 if words[j] == "including" else 0
            k = _skip(words, k) if k else 0
            lone = item.agent.parts[0].text if len(item.agent.parts) == 1 else ""
            if k and k < len(units) and units[k].kind == "E" and lone.endswith("s") and lone == lone.lower():
                members = _arg_at(units, k, words=words)  # "by kinases such as the IκB kinase complex": the members act
                if members is not None:
                    item.agent, j = members
    if rel == "binding" and words[j] in {"to", "with"}:
        item.extra["partnered"] = True  # "binding of growth factors or cytokines to their receptors": ligands, no complex
    lipid_step = rel == "phospho" and words[j] in {"to", "into"} and j + 1 < len(units) and units[j + 1].kind == "E"
    if (words[j] in {"to", "into", "with"} and rel in {"binding", "convert"}) or (
        words[j] in {"to", "into"} and rel == "transloc"
    ) or (
        words[j] == "on" and rel == "regulate"
    ) or lipid_step:
        at = j + 1
        if words[at] in {"its", "their", "the"} and words[at + 1] in _PRODUCT_NOUNS and at + 2 < len(units) and (
            units[at + 2].kind == "E"
        ):
            at += 2  # "metabolize heme into its metabolites Fe2+, CO, and biliverdin": the class words name no product
        elif (words[at] in {"its", "their"} and words[at + 1] in _PARTNER_NOUNS and at + 3 < len(units)
              and units[at + 2].kind == "P" and units[at + 2].text == "," and units[at + 3].kind == "E"):
            at += 3  # "binding of PD-1 to its ligands, PD-L1 and PD-L2, ...": the partners are named after the comma
        partner = _event_after(units, words, at)
        same = lipid_step and partner is not None and partner[0].arg is not None and arg is not None and (
            {u.key for u in partner[0].arg.parts} == {u.key for u in arg.parts})  # "Ras-GDP to Ras-GTP": one protein
        if partner is not None and partner[0].arg is not None and not same:
            item.partner = partner[0].arg
            j = partner[1]
            if lipid_step:
                item.rel = "convert"  # "the phosphorylation of PIP2 to PIP3": one molecule made into another
    return item, j


#: Heads after a slash or hyphen pair that make it a complex ("HER2/HER3 heterodimerisation").
_PAIRING_HEADS: Final = frozenset({"interaction", "interactions", "binding", "heterodimer", "heterodimers", "dimer",
                            "heterodimerization", "heterodimerisation", "dimerization", "dimerisation"})
#: Event nouns that, after "by", name how a subject acts ("by phosphorylation of ULK1"); not an agent's deeds
#: ("by loss of", "by deletion of": a condition, read as before).
_MEANS_NOUNS: Final = frozenset({"phosphorylation", "dephosphorylation", "activation", "inhibition", "suppression",
                          "induction", "stimulation", "upregulation", "downregulation", "inactivation", "degradation",
                          "recruitment", "blockade", "stabilization", "stabilisation", "sequestration"})
#: Words after "signal" that make it a noun ("signal transduction", "signal transducers").
_SIGNAL_COMPOUNDS: Final = frozenset({"transduction", "transducer", "transducers", "transducing", "peptide", "peptides",
                               "sequence", "sequences", "molecule", "molecules", "intensity", "strength"})
_LINKAGE: Final = re.compile(r"[KSTYR]\d{1,4}")
#: Event nouns whose agent may stand before them ("XIAP inhibition of caspase-9", "AMPK phosphorylation of ULK1").
_AGENT_EVENT_NOUNS: Final = _MEANS_NOUNS - {"degradation", "upregulation", "downregulation", "stabilization", "stabilisation"} | {
    "ubiquitination", "ubiquitylation", "cleavage", "transactivation", "acetylation", "deacetylation", "methylation",
    "sumoylation"}
#: Adjectives that sign an unsigned role noun ("negative regulator", "positive modulator").
_SIGNED_ADJECTIVES: Final = {"negative": -1, "positive": 1, "inhibitory": -1, "stimulatory": 1}
_SIGNED_ADVERBS: Final = {"negatively": -1, "positively": 1}
_NOT_AFTER_DAMAGE: Final = frozenset({"to", "of", "in", "and", "or", "response", "responses"})
#: Adverbs that may stand between a clause's subject and its verb ("TAK1, however, activates NF-κB").
_CLAUSE_ADVERBS: Final = frozenset({"however", "moreover", "furthermore", "additionally", "likewise", "similarly"})


def _adverb_between_subject_and_verb(units: list[Unit], words: list[str], i: int) -> bool:
    """Whether the adverb at ``units[i]`` follows a name (past one comma) and comes before a verb (past one comma)."""
    before = i - 2 if i >= 2 and units[i - 1].text == "," else i - 1
    after = i + 2 if words[i + 1] == "" and i + 1 < len(units) and units[i + 1].text == "," else i + 1
    return before >= 0 and units[before].kind == "E" and words[after] in lexicon.VERBS and not words[after].endswith("ing")


_PLAY_WORDS: Final = frozenset({"play", "plays", "played", "playing"})


def _role_in_end(words: list[str], i: int) -> int:
    """The index after "role(s) in" when ``words[i]`` ("plays") starts "plays a role in" or "plays an important
    role in" (up to three words between the verb and "role"), else 0."""
    for k in range(i + 2, i + 5):
        if words[k] in {"role", "roles"} and words[k + 1] == "in":
            return k + 2
        if not words[k].isalpha():
            return 0
    return 0


def _names_a_role(units: list[Unit], words: list[str], i: int) -> bool:
    """Whether a role noun ends the noun phrase at ``units[i]`` ("ACE inhibitors", "angiotensin receptor
    blockers", "potent agonists of GPR40"): names and modifiers only, before the role noun."""
    k, named = i, False
    while k < len(units) and k - i < 8:
        if units[k].kind == "E":
            named = True
        elif units[k].kind == "P" or words[k] in lexicon.VERBS:
            return False
        elif words[k] in lexicon.ROLE_NOUNS:
            return named or words[k + 1] == "of"
        k += 1
    return False


#: Words that put a listed target after the one before it ("activates β-catenin and then JNK").
_THEN_WORDS: Final = frozenset({"then", "subsequently", "thereafter", "subsequent"})
#: Prepositions that tie a name to the phrase before it ("to areas of bone remodeling", "toward the membrane").
_PHRASE_PREPS: Final = frozenset({"to", "of", "toward", "towards", "into", "onto", "with", "for", "on"})
_PRODUCT_NOUNS: Final = frozenset({"metabolites", "metabolite", "products", "product", "derivatives", "derivative",
                                   "byproducts", "byproduct", "by-products", "by-product"})


def _after_product_noun(units: list[Unit], words: list[str], i: int) -> bool:
    """Whether the name at ``units[i]`` follows "to/into" and a few words ending in a product noun, with a comma or
    colon between ("degrades heme into three immune modulatory byproducts, carbon monoxide (CO), ...")."""
    if i < 3 or units[i - 1].kind != "P" or units[i - 1].text not in {",", ":"} or words[i - 2] not in _PRODUCT_NOUNS:
        return False
    for k in range(i - 3, max(i - 8, -1), -1):
        if words[k] in {"to", "into"}:
            return True
        if units[k].kind != "W":
            return False
    return False
#: Words between "by" and the agents' names that only say what kind of thing they are ("by the enzymes X and Y").
_AGENT_CLASS_WORDS: Final = frozenset({"the", "enzyme", "enzymes", "kinase", "kinases", "protease", "proteases"})


def _coordinated_with_location(items: list[Item]) -> bool:
    k = len(items) - 1
    joined = False
    while k >= 0 and items[k].kind in {"comma", "and"}:
        joined = joined or items[k].kind == "and"
        k -= 1
    if not joined:
        # "in neurons, erythroid cells, and the placenta": a list of places ends with "and".
        return False
    while k >= 0 and items[k].kind in {"event", "comma"} and items[k].extra.get("location") is not False:
        if items[k].kind == "event":
            return bool(items[k].extra.get("location"))
        k -= 1
    return False


def _after_location_prep(units: list[Unit], words: list[str], i: int) -> bool:
    if words[i - 1] == "of" and words[i - 2] in _CONTEXT_NOUNS:
        return True
    k = i - 1
    while k >= 0 and i - k <= 4 and units[k].kind == "W":
        if units[k].text in _LOCATION_PREPS:
            return True
        if units[k].text == "on" and k > 0 and (units[k - 1].kind == "E" or (
                units[k - 1].text == "," and k > 1 and units[k - 2].kind == "E")):
            return True  # "NMDA receptors on GABAergic interneurons", "ligands, PD-L1 and PD-L2, on tumor cells"
        if (units[k].text == "on" and k > 1 and units[k - 2].kind == "E"
                and (words[k - 1] in _COMPLEX_HEADS or words[k - 1] in _ENTITY_NOUNS)):
            return True  # "the TCR complex on T cells": where the complex is
        if units[k].text in lexicon.VERBS or units[k].text in lexicon.EVENT_NOUNS or units[k].text in _NOT_LOCATION:
            return False
        k -= 1
    return False


_UNDERGO: Final = frozenset({"undergo", "undergoes", "underwent", "undergoing", "undergone"})
_NAMING: Final = frozenset({"termed", "called", "named", "dubbed", "designated"})
_STEP_WORDS: Final = frozenset({"first", "then", "further", "finally", "subsequently", "eventually", "directly"})
#: Words before a verb after "and" that open a new, unnamed subject ("and the second one activating ...").
_NEW_SUBJECT_WORDS: Final = frozenset({"the", "a", "an", "this", "these", "those", "one", "another", "other"})
_EVENT_STARTERS: Final = frozenset({*_SKIPPABLE, *lexicon.EVENT_ADJECTIVES, *lexicon.EVENT_NOUNS, *_WITH_NOUNS, "its", "their",
                                   *_EFFECT_SIGNS, "effect", "effects"})


#: Adverbs that may stand between a subject and its past-tense verb ("X also inhibited Y").
_VERB_ADVERBS: Final = frozenset({"also", "further", "then", "directly", "subsequently", "consequently"})
#: Adverbs that may stand between a form of "be" and a past participle ("is first oxidized", "is thus activated").
_PASSIVE_ADVERBS: Final = _VERB_ADVERBS | {"first", "later", "still", "thus", "therefore", "often"}


def _adverb_before_past_verb(units: list[Unit], words: list[str], i: int, items: list[Item]) -> bool:
    """Whether ``units[i]`` is an adverb between a subject event and a past tense that can also be an adjective
    ("signaling also inhibited X"), which the event reader would otherwise take as "inhibited X"."""
    return (words[i] in _VERB_ADVERBS and words[i + 1] in lexicon.EVENT_ADJECTIVES and words[i + 1] in lexicon.VERBS
            and i + 2 < len(units) and units[i + 2].kind == "E" and bool(items) and items[-1].kind == "event"
            and items[-1].arg is not None and i > 0 and items[-1].end == units[i - 1].end)


def items_of(units: list[Unit]) -> list[Item]:
    """The event/operator sequence of one sentence."""
    items: list[Item] = []
    i, gap = 0, 0
    modifier_clause = False
    words = _words_of(units)  # unchanged by the comma that ends an opening clause below: both are punctuation
    # "When F. oxysporum infects Col-0 plants, increased GI ...": the opening clause ends at its comma.
    subordinate = bool(units) and units[0].kind == "W" and units[0].text in _SUBORDINATORS
    # "To mitigate ER stress, the IRE1 pathway also leads to ...": an opening purpose clause ends at its comma too.
    subordinate = subordinate or (words[0] == "to" and words[1] in lexicon.VERBS)
    # "In the presence of TNF-α, NF-κB pathway is activated": the condition ends at its comma.
    subordinate = subordinate or (words[2] == "presence" and words[0] == "in" and words[3] == "of")
    if subordinate:
        comma = next((k for k, u in enumerate(units) if u.kind == "P" and u.text == ","), None)
        if comma is not None:
            units = [*units[:comma], Unit("P", ";", units[comma].start, units[comma].end), *units[comma + 1 :]]
        subordinate = False
    # "In Mycobacterium tuberculosis infected MΦs, independent of vitamin B12, the pathogen ...": an opening "In ..."
    # phrase up to its comma names a place or setting
    opening_end = next((k for k, u in enumerate(units) if u.kind == "P" and u.text == ","), 0) if words[0] in {"in", "under"} else 0
    while i < len(units):
        unit = units[i]
        word = words[i]  # "" for punctuation and mentions, which no word set below holds
        if word in _DESCRIBING:
            modifier_clause = True
        elif unit.kind == "P" or word in lexicon.VERBS:
            modifier_clause = False
        if unit.kind == "P":
            if unit.text == ";":
                items.append(Item("break", unit.start, unit.end))
            elif unit.text == ":":
                # "Salicylic acid pathway: When ...": a heading before a colon is not part of the clause.
                heading = not any(it.kind in {"verb", "fwd", "back", "med", "means"} for it in items)
                items.append(Item("break" if heading else "comma", unit.start, unit.end))
            elif unit.text == "," and subordinate:
                items.append(Item("break", unit.start, unit.end))
                subordinate = False
            elif unit.text == ",":
                items.append(Item("comma", unit.start, unit.end, gap=gap))
            i += 1
            gap = 0
            continue
        if word in _CLAUSE_ADVERBS and _adverb_between_subject_and_verb(units, words, i):
            # "TAK1, however, activates NF-κB": an adverb inside the clause
            i += 2 if words[i + 1] == "" and i + 1 < len(units) and units[i + 1].text == "," else 1
            continue
        role_end = _role_in_end(words, i) if word in _PLAY_WORDS else 0
        if role_end:
            # "STAT-3 plays an important role in Th17 differentiation": as "plays a role in", with any adjectives
            span = (units[i].start, units[role_end - 1].end)
            items.append(Item("verb", span[0], span[1], text=" ".join(words[i:role_end]), sign=0, rel="regulate", trigger=span, gap=gap))
            i, gap = role_end, 0
            continue
        multi = _match_multi(units, words, i) if word in _BY_FIRST_WORD else None
        if multi is not None:
            phrase, j = multi
            text = " ".join(phrase)
            start, end = units[i].start, units[j - 1].end
            if phrase in _PHRASE_OPS and _PHRASE_OPS[phrase][0] == "skip":
                if items and items[-1].kind == "and" and items[-1].text == "and":
                    # "signal through FAK, ILK and Hippo, and there is crosstalk with the TGF-β pathway": a new clause
                    items[-1] = Item("break", items[-1].start, items[-1].end)
                i, gap = j, 0  # "there is an intramyocardial release of ...": no operator
                continue
            naming = _complex_before(units, i) if phrase in _MEMBERSHIP_PHRASES else ""
            if phrase in _MEMBERSHIP_PHRASES and not naming:
                i, gap = j, gap + len(phrase)  # "a pathway composed of ...": members of no complex
                continue
            if phrase[0] in {"target", "targets"} and phrase[-1] in {"of"} and not _stated_target(units, i):
                i, gap = j, gap + len(phrase)  # "PPI network diagram of targets of WFEA": a description, no statement
                continue
            if phrase in _PHRASE_OPS and _PHRASE_OPS[phrase][0] == "back":
                _kind, sign, rel = _PHRASE_OPS[phrase]
                items.append(Item("back", start, end, text=text, sign=sign, rel=rel, trigger=(start, end), gap=gap))
            elif phrase == ("in", "turn") and (words[j] in lexicon.VERBS or (
                j < len(units) and units[j].text == "," and words[j + 1] in lexicon.VERBS
            )):
                # "TAK1, in turn, activates NF-κB": an adverb before the clause's own verb (its comma goes with it)
                i = j + 1 if words[j] == "" else j
                continue
            elif phrase in _CONNECTIVES:
                initial = (not items and gap == 0) or (bool(items) and items[-1].kind in {"break", "comma"} and gap == 0)
                if ((len(phrase) == 1 and phrase[0] in _INITIAL_ONLY) or phrase[-2:] == ("presence", "of")) and not initial:
                    i, gap = j, gap + 1
                    continue
                if phrase == ("on",) and i > 1 and units[i - 1].text == "," and units[i - 2].kind == "E":
                    # "its ligands, PD-L1 and PD-L2, on tumor cells can inhibit ...": where the names are, no cause
                    i, gap = j, gap + 1
                    continue
                kind = _CONNECTIVES[phrase]
                if kind == "back" and initial and (not items or items[-1].kind == "break" or len(items) <= 1):
                    kind = "cond"
                items.append(Item(kind, start, end, text=text, trigger=(start, end), gap=gap))
            else:
                kind, sign, rel = _PHRASE_OPS[phrase]
                passive = kind == "pverb" or (kind == "verb" and phrase[0] in _MOVED_CARGO and _be_before(words, i))
                if kind == "back":
                    i, gap = j, 0
                    continue
                items.append(Item("verb" if passive else kind, start, end, text=text, sign=sign, rel=rel,
                                  passive=passive, trigger=(start, end), gap=gap))  # fmt: skip
                if passive and kind == "verb":
                    items[-1].extra["passive_to"] = True  # "Ferrous iron is transported into the enterocyte"
                if naming:
                    items[-1].extra["naming"] = naming  # "the IKK complex composed of ...", "another heterodimer ..."
                before = words[i - 1]
                read = len(items) > 1 and items[-2].kind == "event" and items[-2].end >= units[i - 1].end
                if (kind == "verb" and (phrase[0].endswith("ed") or phrase[0] in {"essential", "critical", "necessary"})
                        and before and not read and before not in _BE
                        and before not in _MODAL_WORDS and before not in _CONDITION_OPENERS and not before.endswith("ly")):
                    items[-1].extra["unnamed_subject"] = True  # "genes involved in OC formation": a reduced relative
            i, gap = j, 0
            continue
        if (unit.kind == "W" and gap == 0 and items and items[-1].kind == "which" and words[i + 1] in lexicon.EVENT_ADJECTIVES
                and words[i + 1] in lexicon.VERBS and words[i + 2] in {"the", "a", "an"}):
            i, gap = i + 1, 1  # "which further activated the ...": an adverb before the verb
            continue
        if _adverb_before_past_verb(units, words, i, items):
            i += 1  # "FGF/FGFR signaling also inhibited interferon-mediated expression": the adverb, then the verb
            continue
        if (word in lexicon.EVENT_ADJECTIVES and word in lexicon.VERBS and items
                and ((gap == 0 and ((items[-1].kind == "event" and items[-1].arg is not None and i > 0
                                     and (items[-1].end == units[i - 1].end
                                          or (i > 1 and words[i - 1] in _VERB_ADVERBS and items[-1].end == units[i - 2].end)))
                                    or (items[-1].kind == "break" and items[-1].text == "but")))
                     # "PI3K, which further activated the Akt/mTOR signaling pathway": the relative clause's verb
                     or (gap <= 1 and items[-1].kind == "which" and words[i + 1] in {"the", "a", "an"}))):
            # "Silencing of YAP1 decreased CTGF expression": a past tense right after the subject is the verb
            op = _operator(units, words, i, items)
            if op is not None:
                items.append(op)
                i += 1
                continue
        event = _event_after(units, words, i) if unit.kind == "E" or word in _EVENT_STARTERS or unit.key else None
        if event is not None:
            item, j = event
            item.gap = gap
            if item.agent is not None and _passive_conversion_before(items):
                item.extra["made_by_agent"] = True  # "N2 is fixed into NH3 by nitrogenase": the agent makes the product
            if words[i - 1] in {"to", "into"} and (gap == 1 or (gap == 2 and words[i - 2] in _STEP_WORDS)) or (
                gap == 3 and words[i - 1] in _PRODUCT_NOUNS and words[i - 3] in {"to", "into"}
            ) or _after_product_noun(units, words, i):  # "... heme into its metabolites Fe2+, CO, and biliverdin": the products
                # "metabolize arachidonic acid first to prostaglandin G2": a product after an ordinal word too
                item.extra["after_to"] = True  # "cleaves pro-IL-1β to IL-1β": a product
            elif words[i - 1] == "by" or (words[i - 1] in {"the", "a", "an", "its", "their"} and words[i - 2] == "by"):
                item.extra["after_by"] = True  # "imported into cells by GLUT4": an agent, no destination
            elif words[i - 1] == "for" or (words[i - 1] == "the" and words[i - 2] == "for"):
                item.extra["after_for"] = True  # "recruits TRAF3 for activation of TBK1": a purpose
            if gap and items and items[-1].kind == "event" and any(words[x] in _PHRASE_PREPS for x in range(i - gap, i)):
                item.extra["after_prep"] = True  # "recruits X to areas of Y": a name inside a phrase after the name before
            k = i - 1
            while k >= 0 and units[k].kind == "P" and units[k].text == ",":
                k -= 1
            then = words[k] in _THEN_WORDS or words[i] in _THEN_WORDS or (
                words[i] in {"the", "a", "an"} and words[i + 1] in _THEN_WORDS)  # ("and the subsequent activation of")
            if then and items and items[-1].kind in {"and", "comma"}:
                item.extra["then"] = True
            follows_operator = bool(items) and i > 0 and items[-1].kind != "event" and items[-1].end >= units[i - 1].end
            bare = item.arg is not None and (item.trigger is None or item.trigger[0] >= item.arg.start)
            k = i - 2 if words[i - 1] in {"the", "a", "an"} else i - 1
            if (words[k - 1] == "to" and units[k].kind == "W" and units[k].text.isalpha()
                    and units[k].text not in lexicon.VERBS and units[k].text not in {"the", "a", "an"}):
                item.extra["after_to_verb"] = True  # "to capture light and CO2": the object of a verb not in the lexicon
            role = _apposed_role(units, words, i)
            if i < opening_end and item.end <= units[opening_end].start and all(it.kind in {"event", "and"} for it in items):
                item.extra["location"] = True
            elif role:
                # "quinolinic acid, the end product of tryptophan metabolism, ...", "PUFAs, as the most predominant
                # substrates of lipid peroxidation, are ...": an apposition describing the name before it
                item.extra["location"] = True
                item.extra["apposed"] = role
            elif modifier_clause or (words[i - 1] == "of" and words[i - 2] in _HOLDER_NOUNS):
                # "fragments containing the RGD sequence": a description; "the protective effect of sulforaphane":
                # the holder of an effect, no target
                item.extra["location"] = True
            elif gap and items and items[-1].kind == "event" and any(words[x] in _NAMING for x in range(i - gap, i)):
                item.extra["location"] = True  # "mRNA degradation termed 'regulated IRE1alpha-dependent decay' (RIDD)": a name
            elif bare and not follows_operator and _after_location_prep(units, words, i) and not (
                items and items[-1].rel == "transloc"
            ):
                item.extra["location"] = True
                if (i == 1 or _opens_clause(units, words, i)) and item.arg is not None and item.arg.mode == "coord":
                    # "In neurons, mTOR also increases ...", "...; in the nucleus, β-catenin interacts with ...": an
                    # opening place ends at its comma.
                    comma = next((k for k in range(i + 1, j) if units[k].kind == "P" and units[k].text == ","), None)
                    if comma is not None:
                        kept = [p for p in item.arg.parts if p.end <= units[comma].start]
                        item.arg = Arg(kept, "coord" if len(kept) > 1 else "single")
                        item.end = kept[-1].end
                        j = comma
            elif _coordinated_with_location(items) and not _finite_verb_at(units, words, j):
                # ("from the ER and DAG activates PKC": a name with its own verb opens a new clause)
                item.extra["location"] = True
            items.append(item)
            i, gap = max(j, i + 1), 0  # an event always moves the reader on, even one that read no unit
            continue
        if unit.kind == "W":
            op = _operator(units, words, i, items)
            if op is not None:
                op.gap = gap
                if op.kind == "verb" and gap >= 2 and items and items[-1].kind == "and" and any(
                    units[x].text in _NEW_SUBJECT_WORDS for x in range(i - gap, i)
                ):
                    op.extra["new_subject"] = True  # "... promoting X and the second one activating Y"
                items.append(op)
                i, gap = i + (2 if op.kind == "means" and op.text != "by" else 1), 0  # "by activating": two units
                continue
        i += 1
        gap += 1
    return items


_TARGET_MODIFIERS: Final = frozenset({"the", "a", "an", "direct", "potential", "downstream", "key", "major", "main", "known",
                               "putative", "novel", "common", "important", "primary", "new", "also"})


def _stated_target(units: list[Unit], i: int) -> bool:
    """Whether "target(s) of" at ``units[i]`` states a relation: after a copula, "as" or a comma ("PTEN is a direct
    target of MIR21", "MurA, a target of fosfomycin"), not inside a noun phrase ("a diagram of targets of X")."""
    k = i - 1
    while k >= 0 and units[k].kind == "W" and units[k].text in _TARGET_MODIFIERS:
        k -= 1
    if k < 0:
        return False
    return (units[k].kind == "W" and (units[k].text in _BE or units[k].text == "as")) or (
        units[k].kind == "P" and units[k].text == ","
    )


_APPOSED_ROLES: Final = {"product": "product", "products": "product", "substrate": "substrate", "substrates": "substrate",
                  "intermediate": "substrate", "intermediates": "substrate", "precursor": "precursor",
                  "precursors": "precursor", "derivative": "product", "metabolite": "product", "metabolites": "product"}


def _apposed_role(units: list[Unit], words: list[str], i: int) -> str:
    """"product" or "substrate" when ``units[i]`` ends an apposition ", (as) the (end) product of [the] X" after a
    name; else ""."""
    k = i - 1
    if words[k] == "the":
        k -= 1
    if words[k - 1] not in _APPOSED_ROLES or not (
        words[k] == "of" or (words[k] == "to" and words[k - 1].startswith("precursor"))
    ):
        return ""  # "HHQ, the precursor to PQS synthesis" too
    role = _APPOSED_ROLES[words[k - 1]]
    k -= 2
    skipped = 0
    while k >= 0 and units[k].kind == "W" and units[k].text not in {"the", "a", "an"} and skipped < 3:
        k, skipped = k - 1, skipped + 1
    if words[k] not in {"the", "a", "an"}:
        return ""
    k -= 1
    if words[k] == "as":
        k -= 1
    if k >= 1 and units[k].kind == "P" and units[k].text == "," and units[k - 1].kind == "E":
        return role
    return ""


_DEGREE_PHRASES: Final = (("to", "a", "lesser", "extent"), ("to", "a", "greater", "extent"), ("to", "some", "extent"),
                   ("to", "a", "lesser", "degree"), ("in", "part"), ("possibly",), ("probably",), ("perhaps",))


_DEGREE_FIRST: Final = frozenset(p[0] for p in _DEGREE_PHRASES)


def _degree_phrase(units: list[Unit], words: list[str], k: int) -> int:
    """Length of a degree phrase starting at ``units[k]`` ("to a lesser extent") followed by a name, else 0."""
    if words[k] not in _DEGREE_FIRST:
        return 0
    for phrase in _DEGREE_PHRASES:
        n = len(phrase)
        if all(words[k + x] == phrase[x] for x in range(n)):
            m = k + n
            if m < len(units) and units[m].kind == "P" and units[m].text == ",":
                m += 1
            return m - k if m < len(units) and units[m].kind == "E" else 0
    return 0


def _reduced_to(units: list[Unit], words: list[str], k: int) -> bool:
    """Whether "to" and a name follow a form of "reduce" and (for the active verb) its named object."""
    j = k
    while j < len(units) and j - k < 4 and units[j].kind == "W" and units[j].text not in {"to", "by", "and"}:
        j += 1  # "reducing stored Fe3+ to Fe2+"
    if j < len(units) and units[j].kind == "E":
        j += 1
    if words[j] == "by" and j + 1 < len(units) and units[j + 1].kind == "E":
        j += 2  # "degraded by HO-1 into bilirubin": the agent before the product
    if words[j] not in {"to", "into"}:
        return False
    if j + 1 < len(units) and units[j + 1].kind == "E":
        return True
    k = j + 1  # "degrades heme into three immune modulatory byproducts, carbon monoxide (CO), ..."
    while k < len(units) and k - j <= 5 and units[k].kind == "W" and words[k] not in _PRODUCT_NOUNS:
        k += 1
    if words[k] not in _PRODUCT_NOUNS or k + 1 >= len(units):
        return False
    after = k + 2 if units[k + 1].kind == "P" and units[k + 1].text in {",", ":"} else k + 1
    return after < len(units) and units[after].kind == "E"


def _signals_to(units: list[Unit], words: list[str], k: int) -> bool:
    """Whether "to" + a name follows a "signal" verb within a few words, before any "through"/"via"."""
    for x in range(k, min(k + 8, len(units) - 1)):
        word = words[x]
        if word in {"through", "via", "by"} or units[x].kind == "P":
            return False
        if word == "to":
            return units[x + 1].kind == "E" or (words[x + 1] in {"the", "a", "an"} and x + 2 < len(units)
                                                 and units[x + 2].kind == "E")
    return False


#: Past participles of move phrases ("transported into") whose subject after a form of "be" is the cargo moved.
_MOVED_CARGO: Final = frozenset({"transported", "exported", "released", "translocated", "taken"})


def _before_adverbs(words: list[str], i: int) -> int:
    """The index of the word before ``words[i]``, past any adverbs ("is also achieved", "is first oxidized")."""
    back = i - 1
    while back > 0 and (words[back].endswith("ly") or words[back] in _PASSIVE_ADVERBS):
        back -= 1
    return back


def _be_before(words: list[str], i: int) -> bool:
    """Whether a finite form of "be" comes right before ``words[i]``, past any adverbs ("is subsequently
    transported"; not "before being transported", whose subject is left to the clause before)."""
    back = _before_adverbs(words, i)
    return back >= 0 and words[back] in _BE and words[back] != "being"


def _passive_conversion_before(items: list[Item]) -> bool:
    """Whether the verb before the current list of objects is a passive conversion to or into something ("is fixed
    into", "is converted to")."""
    k = len(items) - 1
    while k >= 0 and items[k].kind in {"event", "and", "comma"}:
        k -= 1
    verb = items[k] if k >= 0 else None
    return verb is not None and verb.kind == "verb" and verb.passive and verb.rel == "convert" and (
        verb.text.endswith(("to", "into")) or bool(verb.extra.get("passive_to")))


def _opens_clause(units: list[Unit], words: list[str], i: int) -> bool:
    """Whether the mention at ``units[i]`` follows "in (the)" right after a semicolon ("...; in the nucleus, X ...")."""
    k = i - 2 if words[i - 1] in {"the", "a", "an"} else i - 1
    return k > 0 and words[k] == "in" and units[k - 1].kind == "P" and units[k - 1].text == ";"


_ORDINALS: Final = frozenset({"first", "second", "third", "initial", "final", "primary", "secondary", "single", "main"})
_ADJECTIVE_SUFFIXES: Final = ("al", "ial", "ive", "ous", "ary", "ic")


#: Every word :func:`_word_operator` reads an operator off: any other word can only be a verb, so
#: :func:`_operator` tries the word branches behind one set lookup instead of a dozen.
_OPERATOR_WORDS: Final = frozenset(
    lexicon.CLAUSE_BREAKS | _UNDERGO | lexicon.MEDIATORS | set(lexicon.ROLE_NOUNS)
    | {"yet", "and", "or", "where", "with", "which", "that", "from", "including", "such", "like", "by", "are", "were",
       "it", "they", "this", "these"}
)


def _word_operator(units: list[Unit], words: list[str], i: int, items: list[Item]) -> Item | None:
    """The operators :func:`_operator` reads off particular words (the word at ``units[i]`` is one of
    :data:`_OPERATOR_WORDS`): a clause break, a conjunction, a mediator, a role noun, an anaphor, ..."""
    unit = units[i]
    word = unit.text
    span = (unit.start, unit.end)
    if word in lexicon.CLAUSE_BREAKS:
        return Item("break", span[0], span[1], text=word)
    if word == "yet" and words[i + 1] in lexicon.VERBS and not words[i + 1].endswith("ing"):
        # "Chronic morphine decreases VTA DA soma size yet increases neuronal excitability": "but", sharing the subject
        return Item("break", span[0], span[1], text="but")
    if word in {"and", "or"}:
        joined = Item("and", span[0], span[1], text=word)
        if words[i - 1] in {"to", "with"}:
            joined.extra["after_preposition"] = True  # "binds to and activates X": the verbs share the object
        return joined
    if word in _UNDERGO:
        # "RA T cells hyperproduce IL-1β via caspase activation and undergo lytic cell death": a new predicate whose
        # object is what befalls the subject, neither a mediator nor an object of the verb before
        return Item("break", span[0], span[1], text=word)
    if word == "where" and words[i + 1] not in {"it", "they", "its", "their"} and i + 1 < len(units) and (
        units[i + 1].kind == "E"
    ):
        return Item("break", span[0], span[1], text=word)  # "..., where ATP is produced through OXPHOS": a new clause subject
    if word == "with" and (words[i + 1] in lexicon.EVENT_NOUNS or words[i + 1] in {"resulting", "subsequent", "concomitant"}):
        return Item("with", span[0], span[1], text=word)
    if word in {"which", "that"} and (not items or items[-1].kind in {"comma", "event"}):
        return Item("which", span[0], span[1], text=word)
    if word in lexicon.MEDIATORS and not (lexicon.VERBS.get(words[i + 1]) and words[i + 1].endswith("ing")):
        if words[i + 1] in {"its", "their"}:
            # "cGAS binds dsDNA via its N-terminal IDR and its C-terminal NTase domain": parts of the subject
            return Item("med", span[0], span[1], text=word, extra={"own_part": True})
        return Item("med", span[0], span[1], text=word)
    if word == "from" and any(it.kind == "verb" and it.text.startswith(_MAKING) for it in items[-3:]):
        return Item("from", span[0], span[1], text=word)
    naming = _complex_before(units, i) if word == "including" else ""
    if naming:  # "the destruction complex (including Axin, APC, GSK3β, and CK1α)": its members
        trigger = None if units[i].key else span  # an opening parenthesis read as "including" is no trigger word
        return Item("complexof", span[0], span[1], text=word, trigger=trigger, extra={"naming": naming})
    if word == "including" or (word == "such" and words[i + 1] == "as") or (
        word == "like" and units[i - 1].kind == "E" and units[i - 1].text.endswith("s") and i + 1 < len(units)
        and units[i + 1].kind == "E"
    ):  # "small GTPases like Rac1, Cdc42, and RhoA": examples of the class before
        return Item("including", span[0], span[1], text=word)
    # "by activating TLRs"; "drives muscle differentiation via activating the expression of Pax-7": the means
    if (word == "by" or word in lexicon.MEDIATORS) and lexicon.VERBS.get(words[i + 1]) and words[i + 1].endswith("ing"):
        sign, rel = lexicon.VERBS[words[i + 1]]
        return Item("means", unit.start, units[i + 1].end, text=words[i + 1], sign=sign, rel=rel,
                    trigger=(units[i + 1].start, units[i + 1].end))  # fmt: skip
    if word == "by" and words[i + 1] in _MEANS_NOUNS and words[i + 2] == "of" and items and items[-1].kind == "event":
        # "AMPK stimulates autophagy by phosphorylation of ULK1 and suppression of mTORC1": the events are the means
        return Item("means", span[0], span[1], text=word, sign=1, rel="activity")
    if word in lexicon.ROLE_NOUNS and not (word.startswith("activator") and words[i - 1] in _PROTEIN_CLASS_BEFORE_ROLE):
        sign = lexicon.ROLE_NOUNS[word]
        if sign == 0 and words[i - 1] in _SIGNED_ADJECTIVES:
            # "a negative regulator of autophagy": the adjective gives the unsigned role its sign
            sign, span = _SIGNED_ADJECTIVES[words[i - 1]], (units[i - 1].start, unit.end)
        return Item("role", span[0], span[1], text=word, sign=sign, trigger=span)
    if word in {"are", "were"} and _names_a_role(units, words, i + 1):
        return Item("actsas", span[0], span[1], text=word)  # "imidapril and ramipril are ACE inhibitors": what they act as
    if word in {"it", "they"} and (words[i - 1] in {"where", "when", "whereupon"} or (
        words[i - 1] == "and" and items and items[-1].kind == "and" and units[i - 2].kind == "P"
    )):
        # "translocates to the nucleus where it induces X", "FAs enter the cardiomyocyte ..., and they are converted
        # to acyl-CoA": the clause subject continues
        return Item("event", span[0], span[1], text=word, anaphor=True, extra={"sentence_anaphor": True, "subject_anaphor": True})
    if word in {"this", "these", "it", "they"} and (not items or items[-1].kind in {"break", "comma"}) and (
        i == 0 or words[i - 1] == "" and units[i - 1].kind == "P"
    ):
        extra: dict[str, object] = {"sentence_anaphor": True}
        if word == "this" and (words[i + 1] in _ENTITY_NOUNS or words[i + 2] in _ENTITY_NOUNS):
            extra["entity_anaphor"] = True  # "this regulatory protein": the previous subject, not the last event
        return Item("event", span[0], span[1], text=word, anaphor=True, extra=extra)
    return None


def _operator(units: list[Unit], words: list[str], i: int, items: list[Item]) -> Item | None:
    unit = units[i]
    word = unit.text
    span = (unit.start, unit.end)
    if word in _OPERATOR_WORDS:
        found = _word_operator(units, words, i, items)
        if found is not None:
            return found
    verb = lexicon.VERBS.get(word)
    if verb is None and words[i - 1] == "to" and word not in {"target", "associate"}:
        # "suppress the AKT signaling pathway to limit T cell activation": after "to" a bare form left out of the
        # verbs as a noun ("limit", "support", "induce") is the verb
        verb = lexicon.VERBS.get(word + "s")
    if verb is None:
        return None
    if word in lexicon.EVENT_NOUNS and (words[i - 1] in {"the", "a", "an"} or words[i + 1] in {"of", "in"}):
        return None
    if word == "damage" and words[i + 1] in _NOT_AFTER_DAMAGE:
        return None  # "damage to multiple cellular pathways leads to ...": the noun
    if words[i - 1] in _NOUN_CONTEXT and not word.endswith(("ed", "ing")):
        return None
    if words[i - 1] in {"the", "a", "an"} and word.endswith(("ed", "ing")):
        return None  # "the activated receptor", "the reducing power"
    if words[i - 2] in {"the", "a", "an"} and units[i - 1].kind == "W" and (
        words[i - 1] in _ORDINALS or words[i - 1].endswith(_ADJECTIVE_SUFFIXES)
    ) and not word.endswith(("ed", "ing")):
        return None  # "requires an initial signal", "a second signal": a noun after an article and an adjective
    if word in {"target", "targets"} and words[i + 1] in {"genes", "gene", "proteins", "mrnas", "sites", "site"}:
        return None  # "RFX5 target genes include the enzyme GLUD1": a noun
    if word in {"signal", "signals"} and (words[i + 1] in _SIGNAL_COMPOUNDS or words[i + 1] in lexicon.CHAIN_HEADS):
        return None  # "the two main signal transduction pathways": a noun
    if word in {"target", "targets"} and words[i + 1] in {"for", "in"}:
        return None  # "the potential therapeutic target for brain fog": a noun, the verb takes its object first
    if word == "targeted" and words[i + 1] not in {"", "the", "a", "an", "by", "to", "for", "and"}:
        return None  # "targeted therapy"
    if word.endswith("ed") and (i == 0 or units[i - 1].kind == "P") and i + 1 < len(units) and units[i + 1].kind == "E":
        return None  # "Secreted IL-8, ...": a participle used as an adjective
    back = _before_adverbs(words, i)
    previous = words[back]
    passive = previous in _BE and (word.endswith("ed") or word in {"bound", "driven", "led"})
    if not passive and word.endswith("ed") and (words[i + 1] == "by" or (
        words[i + 1] in lexicon.MEDIATORS and i > 0 and units[i - 1].kind == "E"
    )):
        passive = True  # "NFATc1 activated by calcineurin", "the NFATc1 activated via Ca2+-signaling": a reduced relative
    # "..., eventually promoting the development of HCC": an adverb between the comma and the participle
    participle = word.endswith("ing") and (back >= 0 and units[back].kind == "P" and units[back].text == ",")
    sign, rel = verb
    if word in {"signal", "signals"} and _signals_to(units, words, i + 1):
        sign, rel = 0, "regulate"  # "neurohormones that signal down from the brain to bone cells": no sign given
    if word.startswith(("reduc", "degrad")) and _reduced_to(units, words, i + 1):
        # "reducing stored Fe3+ to Fe2+", "Fe3+ is reduced to Fe2+": a chemical reduction; "heme is degraded by HO-1
        # into bilirubin": a breakdown into products
        sign, rel = 0, "convert"
    if rel == "regulate" and sign == 0 and words[i - 1] in _SIGNED_ADVERBS and words[i - 2] not in {"or", "and"}:
        # "cytokinin negatively regulates LR initiation": the adverb gives the unsigned verb its sign ("positively or
        # negatively regulate" gives none)
        sign, rel, span = _SIGNED_ADVERBS[words[i - 1]], "activity", (units[i - 1].start, unit.end)
    if (passive or word.endswith("ed")) and words[i + 1] == "to" and words[i + 2].startswith(_MAKING) and rel != "transloc":
        # "ceramide is phosphorylated to form C1P", "deacylated to form sphingosine, phosphorylated to form C1P": a
        # step that makes a new molecule
        sign, rel = 0, "convert"
    item = Item("verb", span[0], span[1], text=word, sign=sign, rel=rel, passive=passive, participle=participle, trigger=span)
    if passive and i > 0 and units[i - 1].kind == "W" and previous not in _BE and previous.isalpha() and (
        previous not in _CONDITION_OPENERS
    ):
        item.extra["noun_before"] = True  # "Electrons released by glycolysis ...": no condition on the clause subject
    if passive:
        k = back
        while k > 0 and (words[k] in _BE or words[k] in _MODAL_WORDS or words[k].endswith("ly")):
            k -= 1
        if words[k] in {"it", "they"} and units[k].kind == "W":
            item.extra["pronoun_subject"] = True  # "or it can be translocated into the mitochondria"
    if passive and rel in {"transloc", "convert"} and words[i + 1] in {"to", "into"}:
        item.extra["passive_to"] = True  # "NH4+ is delivered to the plant cells", "pyruvate is oxidized to lactate"
    if previous == "to":
        item.extra["infinitive"] = True
    before = units[i - 1] if i > 0 else None
    if (word.endswith("ing") and before is not None and before.kind == "W" and before.text.endswith("s")
            and len(before.text) > 3 and not before.text.endswith(("ss", "us", "is", "ly")) and before.text not in lexicon.VERBS
            and before.text not in _NOT_NOUN_SUBJECTS and before.text not in lexicon.ASPECT_NOUNS and before.text not in lexicon.GENERIC):
        item.extra["noun_subject"] = True  # "ligands binding to cytokine receptors": the noun before is the subject
    if previous == "for" and word.endswith("ing"):
        item.extra["purpose"] = True
    return item
