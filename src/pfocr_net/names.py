"""Caption-only participants that no lexicon lists: symbol-like words, enzyme and chemical names, and
process, cell-type, receptor and enzyme phrases built around head words.

Every function takes the record's :class:`~pfocr_net.mentions.Grounding` and registers what it finds
there as a :class:`~pfocr_net.tokens.Candidate`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate
from operator import attrgetter
from typing import TYPE_CHECKING, Final

from pfocr_net import lexicon
from pfocr_net.text import folded, remember
from pfocr_net.tokens import Candidate, Mention, Token, form_keys

if TYPE_CHECKING:
    from pfocr_net.mentions import Grounding

#: Separators allowed between the words of one phrase.
_GAP_OK: Final = re.compile(r"^[ \-\u2010\u2011\u2013/()'\u2019]{0,3}$|^,$")
_NAMED_HEADS: Final = frozenset({"receptor", "receptors", "transporter", "transporters", "channel", "channels"})
#: A capitalised word or a number right after "receptor": the receptor's own name ("the cGAMP receptor STING").
NAME_AFTER: Final = re.compile(r"\s+(?:[A-Z0-9]|\u03b1|\u03b2|\u03b3)")
#: Types of caption terms a process phrase may swallow as a modifier ("membrane perforation").
_MODIFIER_TYPES: Final = frozenset({"cellularcomponent", "biologicalprocess", "phenotype", "other"})
#: OCR words that join several names ("mTORC1/ERK", "TNF-a,IL-1"); "ERK1/2" style stays.
_MODIFIER_STOP: Final = frozenset(
    """the a an this that these those its their his her our and or of in on at to by with for from as is are
    was were be been being resulting increased reduced further subsequent downstream upstream enhanced
    decreased elevated diminished activated direct indirect high low many several various other such both either
    neither all some rapid which while whereas also then thus not no new normal initial final short long term
    specific certain key major minor total overall local more most less least can may might will would
    could should during after before upon via through into between among within without enable enables
    under over across along against beyond toward towards
    allow allows make makes help helps cause causes lead leads drive drives elicit undergo undergoes
    dependent mediated induced related associated derived driven triggered like type positive negative
    lack lacks lacking intrinsic maintain maintains required require requires support supports sustain
    sustains fuel fuels consequent resultant ensuing whose who whom where when how why what if once unless
    whether because since though although""".split()
)  # fmt: skip

_token_start = attrgetter("start")
#: Cell heads that name no particular cell type on their own.
_BARE_CELLS: Final = frozenset({"cells", "cell"})
_DESCRIPTOR_AFTER: Final = re.compile(
    r"[ -](?:proteins?|genes?|factors?|molecules?|enzymes?|machinery|components?|regulators?)\b"
    # "plant growth-promoting rhizobacteria", "tumor growth-inhibiting drugs": the phrase describes what follows
    r"|[-\u2010](?:promoting|inducing|inhibiting|suppressing|stimulating|producing|forming|secreting|enhancing)\b"
)
#: Process heads that name an aspect of the thing after "of" ("the kinase function of JAK").
_ASPECT_HEADS: Final = frozenset({"function", "functions", "activity", "activities"})
_OF_THE: Final = re.compile(r" of (?:the |its |their )?")
#: "IL-6R", "TGF-βR", "IL-1R1": a ligand's name written with "R" for its receptor.
_LIGAND_RECEPTOR: Final = re.compile(r"[A-Z]{2,5}[-\u2010](?:\d{1,2}[a-z]?|[\u03b1-\u03c9])R\d?(?![\w\u03b1-\u03c9])")
#: "angiotensin-(1-7)", "Ang-(1–7)", "Aβ(1-42)": a peptide named by the residues it spans.
PEPTIDE_SPAN: Final = re.compile(r"[-\u2010]?\(\d{1,3}[-\u2010\u2013]\d{1,3}\)")
#: "factor VIII", "factor Xa": a coagulation factor by its Roman numeral (the numeral is the word a name starts at).
_FACTOR_NUMERAL: Final = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})a?")
_SHORT_PAIR: Final = re.compile(r"[A-Z]{1,4}[-\u2010](?:[A-Z]{1,2}\d?|CSF)(?![\w-])")
#: "DAF-16", "SKN-1", "TDP-43": capitals, a hyphen and a number, the way worm genes and many proteins are written
#: (not a cell line: "MCF-7 cells", "COS-7", nor a virus or disease: "COVID-19", "SARS-CoV-2").
_NUMBERED_SYMBOL: Final = re.compile(r"([A-Z]{2,5})[-\u2010](\d{1,3})(?![\w\u2010-]|\.\d| cell| line)")
_NOT_NUMBERED_SYMBOLS: Final = frozenset({"COVID", "ICD", "COS", "HEK", "MCF", "HCT", "HL", "HT", "SW", "PC", "CD", "SH", "SK",
                                          "HUVEC", "HLA", "PM", "WHO", "ISO", "FY", "NK", "OK", "BALB", "DSM", "FRAX", "MMSE"})
_VAGUE_FUNCTION_OWNERS: Final = frozenset({"cellular", "cell", "normal", "biological", "physiological", "protein", "gene",
                                    "its", "their", "overall", "general"})
#: Process heads that also modify a later head ("cell cycle checkpoint", "tumor immunity").
_MODIFYING_HEADS: Final = frozenset({"cycle", "tumor", "tumour", "tumors", "tumours"})
_IMMUNITY_WORDS: Final = frozenset({"immunity", "immunosurveillance", "response", "responses"})
#: Prefixes joined by a hyphen to the first word of a phrase ("anti-tumor", "pro-inflammatory").
_JOINED_PREFIXES: Final = frozenset({"anti", "pro", "non", "auto", "self"})
_PHASE: Final = re.compile(r"(?:G[012]|S|M)/(?:G[012]|S|M)\b")
_PHASE_NAME: Final = re.compile(r"G[012]|S|M")
_PHASE_HEADS: Final = frozenset({"arrest", "phase", "checkpoint", "checkpoints", "transition", "entry", "exit"})
_PHASE_BEFORE: Final = re.compile(r"\b(?:G[012]|S|M)/(?:G[012]|S|M) $")
_AGENT_AFTER: Final = re.compile(r"(?:mediated|induced|dependent|derived|driven|triggered|stimulated|activated|evoked)\b")
_MIRNA: Final = re.compile(r"(?:miR|MiR|MIR|microRNA|let)[-\u2010]\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?)*(?:[-\u2010\u2013][35]p)?(?![\w-])")
_GREEK_PREFIX: Final = re.compile(r"^[\u03b1-\u03c9]$")
_NOT_ENZYMES: Final = frozenset({"release", "releases", "increase", "decrease", "disease", "database", "purchase", "showcase"})
_ENZYME_HEADS: Final = frozenset({"kinase", "phosphatase", "synthase", "lyase", "dehydrogenase", "reductase", "oxidase",
                           "transferase", "ligase", "protease", "permease", "cyclase", "lipase", "peroxidase",
                           "deacetylase", "methyltransferase", "isomerase", "hydrolase", "sulfotransferase"})
_PROTEIN_TYPES: Final = frozenset({"protein", "gene", "proteinfamily", "complex"})
_STRUCTURE_HEADS: Final = frozenset({"formation", "assembly", "polymerization", "organization", "linking", "crosslinking",
                              "metabolism", "catabolism", "homeostasis"})
_TO_HEADS: Final = frozenset({"resistance", "sensitivity", "susceptibility", "tolerance"})
#: Process heads named after the chemical they act on ("nitrogen fixation", "carbon assimilation").
_CHEMICAL_PROCESS_HEADS: Final = frozenset({"fixation", "assimilation", "cycle", "oxidation", "transport", "uptake"})
_DISEASE_ENDINGS: Final = ("itis", "osis", "emia", "aemia", "pathy", "plasia", "trophy", "carcinoma", "sarcoma")
_CHEMICAL_ENDINGS: Final = ("ose", "ate", "ine", "ide", "amine", "phosphate", "acid", "yl")
_GREEK_SYMBOL: Final = re.compile(r"^[\u03b1-\u03c9](?=.*[A-Z0-9].*[A-Z0-9])(?:\d?[A-Z]{1,5}\d?|[A-Z][A-Z0-9]{2,6})$")
#: "Rab7", "Ku70", "Nrf2", "Wnt3a": a capital, a few lower-case letters and a number.
_TITLE_SYMBOL: Final = re.compile(r"^[A-Z][a-z]{1,3}\d{1,3}[a-z]?$")
#: "mtROS", "rhIL": a short lower-case prefix on an acronym.
_INNER_LOWER_SYMBOL: Final = re.compile(r"^[A-Z]{2,5}(?:[a-rt-z][A-Z0-9]{1,2}|[a-rt-z])$")
_PREFIXED_ACRONYM: Final = re.compile(r"^[a-z]{2,3}[A-Z]{2,5}$")
_NOT_TITLE_SYMBOLS: Final = frozenset({"fig", "figs", "day", "days", "step", "type", "phase", "group", "week", "panel", "stage",
                                "grade", "class", "lane", "line", "site", "loop", "box", "exon", "intron", "domain",
                                "part", "table", "cycle", "dose", "hour", "model", "patient", "case", "gen", "covid"})
_LOWER_PREFIX_SYMBOL: Final = re.compile(r"^[a-z][A-Z]{2,5}\d?$")
_CODE_NAME: Final = re.compile(r"^[A-Z]{1,4}\d?$")
_MIXED_SYMBOL: Final = re.compile(r"^[A-Z][a-z]{2}[A-Z]{1,2}\d?$")
_SITE: Final = re.compile(r"^p[STYH]\d{2,4}$")
_CAPITALS: Final = re.compile(r"^[A-Z][A-Z0-9]{2,7}[\u03b1-\u03c9]?s?$")
_POINT_MUTATION: Final = re.compile(r"^[A-Z]\d{2,4}[A-Z]$")
_SYMBOL: Final = re.compile(r"^(?=(?:.*[A-Z]){2})(?=.*\d)[A-Za-z0-9]{3,10}$")
_NUCLEOTIDE_CARRIERS: Final = frozenset({"UDP", "GDP", "CDP", "ADP", "TDP", "dTDP", "CMP"})
_RECOMBINANT: Final = re.compile(r"rh[A-Za-z]{2,4}[-\u2010]\d{1,2}[a-zA-Z]{0,2}(?![\w-])")
#: Fc receptors and their chains ("FcERIG", "FcεRI", "FcγRIIB", "FcRn").
_FC_RECEPTOR: Final = re.compile(r"^Fc[A-Z\u03b1-\u03c9][A-Za-z0-9\u03b1-\u03c9]{1,6}$")
#: Heterotrimeric G-protein alpha classes written short ("Gs", "Gq-mediated", "Gi protein", "Gαq").
_G_ALPHA: Final = re.compile(r"^G(?:s|q|i|z|olf|α[sqioz12]?|βγ|β|γ)$")


_NOT_DRUG_CLASSES: Final = frozenset({"antibodies", "antigens", "antisera", "antiporters", "antibodys", "anticodons"})


#: Memo of :func:`class_noun_type` (a plain dict, which compiled code reads without calling through a cache wrapper;
#: "" stands for None).
_CLASS_NOUN_TYPES: Final[dict[str, str]] = {}


def class_noun_type(word: str) -> str | None:
    known = _CLASS_NOUN_TYPES.get(word)
    if known is None:
        known = remember(_CLASS_NOUN_TYPES, word, _class_noun_type_uncached(word) or "")
    return known or None


def _class_noun_type_uncached(word: str) -> str | None:
    """Node type of a class noun that names a defined group by its word shape: "antihistamines",
    "antidepressants" (drugs against something), "osteokines", "adipokines" (secreted signalling
    proteins), "sirtuins" (protein families), "ferritinophagy", "cuproptosis" (processes), or None."""
    low = word.casefold()
    if (word.isalpha() and word[1:].islower() and len(low) >= 8 and low.endswith(("phagy", "ptosis", "genesis", "poiesis"))
            and low not in lexicon.PROCESS_HEADS):  # "nodule organogenesis": a head, left to the phrase rules
        # "ferritinophagy", "cuproptosis": named forms of autophagy and cell death; "osteoblastogenesis",
        # "thrombopoiesis": the making of a cell type or tissue
        return "biologicalprocess"
    if not word.isalpha() or not word[1:].islower() or not low.endswith("s"):
        return None
    if low.startswith("anti") and len(low) >= 9 and low not in _NOT_DRUG_CLASSES:
        return "drug"
    if low.endswith("kines") and len(low) >= 8:
        return "proteinfamily"
    if low.endswith("ins") and len(low) >= 7 and low[-4] not in "aeo" and low[:-1] not in _NOT_PROTEINS_IN and (
        low not in lexicon.GENERIC and low[:-1] not in _NOT_FAMILIES_IN
    ):
        return "proteinfamily"  # "sirtuins", "claudins", "selectins", "cyclins": a protein family
    return None


def class_noun(grounding: Grounding, text: str, token: Token) -> str | None:
    """The candidate key of a class noun (see :func:`class_noun_type`) at ``token``, or None."""
    word = token.word
    node_type = class_noun_type(word)
    return None if node_type is None else _candidate_named(grounding, word, node_type)


def anti_class_noun(grounding: Grounding, text: str, tokens: list[Token], index: int) -> tuple[int, str] | None:
    """"anti-hypertensives", "anti-inflammatories": a drug class written with a hyphen (two tokens), as the
    last token's index and the candidate key, or None."""
    token = tokens[index]
    # (a word whose casefold() is "anti" is "anti" in some case, whose lookup key is "anti": the key rules out the rest)
    if token.key != "anti" or token.word.casefold() != "anti" or index + 1 >= len(tokens) or text[token.end : tokens[index + 1].start] != "-":
        return None
    following = tokens[index + 1]
    if class_noun_type("anti" + following.word) != "drug":
        return None
    return index + 1, _candidate_named(grounding, text[token.start : following.end], "drug")


def maybe_name(text: str, token: Token) -> bool:
    """Cheap test before :func:`_symbol_like`: capitalised, Greek, digit-bearing or an "-ase" word."""
    return _name_shaped(token.word) or _name_cue_after(text, token)


def _name_cue_after(text: str, token: Token) -> bool:
    """The part of :func:`maybe_name` that reads past the word: a hyphen right after it, or, after a word shorter
    than four letters, a capital as the fourth character from its start."""
    start, end = token.start, token.end
    if end < len(text):
        after = ord(text[end])
        if after == 45 or after == 0x2010:  # "-", "\u2010"
            return True
    if end - start >= 4 or start + 3 >= len(text):
        return False
    return _upper_at(text, start + 3)


def name_start_at(text: str, token: Token) -> bool:
    """Whether a name-like word or a class noun can start at a word that no lexicon n-gram starts at:
    :func:`maybe_name` or :func:`class_noun_type` (what depends on the word alone is remembered per word)."""
    facts = token.facts
    known = facts.name_start
    if known < 0:
        word = token.word
        known = facts.name_start = 1 if _name_shaped(word) or class_noun_type(word) is not None else 0
    return known == 1 or _name_cue_after(text, token)


_NAME_SHAPED: Final[dict[str, bool]] = {}


def _name_shaped(word: str) -> bool:
    """The part of :func:`maybe_name` that depends on the word alone (remembered per word)."""
    known = _NAME_SHAPED.get(word)
    if known is not None:
        return known
    first = word[0]
    shaped = first.isupper() or not first.isascii() or first.isdigit() or word.endswith("ase") or _DRUG_STEM.match(word) is not None or (
        _METABOLITE.match(word) is not None) or (
        len(word) >= 4 and (word[2].isupper() or word[3].isupper())
    ) or (word.endswith("in") and len(word) >= 5)
    return remember(_NAME_SHAPED, word, shaped)


def symbol_like(grounding: Grounding, text: str, tokens: list[Token], index: int) -> tuple[int, int, str] | None:
    """A name-like word the lexicon does not know, as a caption-only participant: a gene-symbol-like
    word ("AIM2", "NLRC4", "DOPEL"), an enzyme name ("δ-secretase") or a Greek-prefixed protein name
    ("α-synuclein"). Returns (first token, last token, key)."""
    token = tokens[index]
    word = token.word
    before = text[token.start - 1] if token.start > 0 else " "
    after = text[token.end] if token.end < len(text) else " "
    # (each one-character test below is made once, on the character's code: "after in '-\u2010'" was a call each)
    hyphen_after = after == "-" or after == "\u2010"
    hyphen_before = before == "-" or before == "\u2010"
    joined_before = hyphen_before or before == "/"
    if before == "." and word[0].isdigit() and text[token.start - 2 : token.start - 1].isdigit():
        return None  # the "3" of "Kv1.3" or "1.5-fold": the tail of a decimal number starts no name
    if hyphen_after and word[:2].casefold() == "rh":
        recombinant = _RECOMBINANT.match(text, token.start)
        if recombinant is not None:  # "rhIL-1ra", "rhBMP-2": a recombinant human protein
            last = index
            while last + 1 < len(tokens) and tokens[last + 1].end <= recombinant.end():
                last += 1
            return (index, last, _candidate_named(grounding, recombinant.group(0), "protein"))
    if (hyphen_after or after == "(") and word.isalpha() and len(word) >= 3:
        span = PEPTIDE_SPAN.match(text, token.end)
        if span is not None:  # "angiotensin-(1-7)": the peptide the residue span names
            last = index
            while last + 1 < len(tokens) and tokens[last + 1].end <= span.end():
                last += 1
            return (index, last, _candidate_named(grounding, text[token.start : span.end()], "protein"))
    if token.start >= 7 and text[token.start - 7 : token.start].casefold() == "factor " and _FACTOR_NUMERAL.fullmatch(word):
        start = token.start - 7
        return (index - 1, index, _candidate_named(grounding, text[start : token.end], "protein"))  # "factor VIII"
    if len(word) == 1 and word.isupper() and index + 1 < len(tokens) and text[token.end : token.end + 2] == ". ":
        species = _SHORT_SPECIES.match(text, token.start)
        if species is not None and species.group(1) not in _NOT_SPECIES_WORDS and tokens[index + 1].end == species.end():
            # "C. albicans", "M. tuberculosis", "E. coli": a species under its abbreviated genus
            return (index, index + 1, _candidate_named(grounding, species.group(0), "other"))
    shape = _word_shape(word)
    if shape == "family":
        return (index, index, _candidate_named(grounding, word, "proteinfamily"))
    if hyphen_after and _GREEK_PREFIX.match(word) and index + 1 < len(tokens):
        nxt = tokens[index + 1]
        name = text[token.start : nxt.end]
        joined_on = nxt.end < len(text) and text[nxt.end] in "-\u2010" and not _AGENT_AFTER.match(text, nxt.end + 1)
        if (nxt.start == token.end + 1 and text[nxt.start : nxt.end].isalpha() and len(nxt.key) >= 4
                and nxt.key not in lexicon.GENERIC and not joined_on):
            return (index, index + 1, _candidate_named(grounding, name, "protein"))
    if hyphen_after and not joined_before:
        chemical = _hyphenated_chemical(grounding, text, tokens, index)
        if chemical is not None:
            return chemical
    if hyphen_after and word.casefold() in {"mir", "microrna", "let", "lnc", "circ"}:
        mirna = _MIRNA.match(text, token.start)
        if mirna is not None:  # "miR-155", "microRNA-21", "let-7a", "miR-200c-3p"
            last = index
            while last + 1 < len(tokens) and tokens[last + 1].end <= mirna.end():
                last += 1
            return (index, last, _candidate_named(grounding, mirna.group(0), "gene"))
    if hyphen_after and not hyphen_before and index + 1 < len(tokens):
        pair = _SHORT_PAIR.match(text, token.start)
        if pair is not None and word in lexicon.NOT_SYMBOLS and not pair.group(0)[-1].isdigit():
            pair = None  # (a word that is no symbol on its own names one with a number: "PD-L1")
        last = index + 1
        while pair is not None and last + 1 < len(tokens) and tokens[last + 1].end <= pair.end():
            last += 1  # "PD-L1": the letter and the number are tokens of their own
        if pair is not None and pair.end() == tokens[last].end:
            # "NK-B", "PD-L1", "GM-CSF": a short capital pair joined by a hyphen
            return (index, last, _candidate_named(grounding, pair.group(0), "protein"))
    if hyphen_after and not joined_before and index + 1 < len(tokens):
        receptor = _LIGAND_RECEPTOR.match(text, token.start)
        if receptor is not None and receptor.end() == tokens[index + 1].end:
            return (index, index + 1, _candidate_named(grounding, receptor.group(0), "protein"))  # "IL-6R", "TGF-βR"
    if hyphen_after and not joined_before and index + 1 < len(tokens) and word not in _NOT_NUMBERED_SYMBOLS:
        numbered = _NUMBERED_SYMBOL.match(text, token.start)
        if numbered is not None and numbered.end() == tokens[index + 1].end:
            return (index, index + 1, _candidate_named(grounding, numbered.group(0), "protein"))  # "DAF-16", "SKN-1"
    if before == "/" and _TITLE_SYMBOL.match(word) and index > 0 and _TITLE_SYMBOL.match(text[tokens[index - 1].start : tokens[index - 1].end]):
        return (index, index, _candidate_named(grounding, word, "protein"))  # "Ku70/Ku80"
    if joined_before or hyphen_after:
        neighbours = []
        if joined_before and index > 0:
            neighbours.append(tokens[index - 1])
        if hyphen_after and index + 1 < len(tokens):
            neighbours.append(tokens[index + 1])
        symbol_shaped = bool(_LOWER_PREFIX_SYMBOL.match(word) or _MIXED_SYMBOL.match(word) or _TITLE_SYMBOL.match(word))
        if any(text[t.start : t.end].isdigit() or (text[t.start : t.end].islower() and not symbol_shaped and not (
                t.start > token.start and text[t.start : t.end] in _AGENT_WORDS)) for t in neighbours):
            return None
        if symbol_shaped and not _SITE.match(word) and word.upper() not in lexicon.NOT_SYMBOLS:
            return (index, index, _candidate_named(grounding, word, "protein"))  # "src-aPKC"
        if not (_CAPITALS.match(word) or _SYMBOL.match(word) or _MIXED_SYMBOL.match(word)) or _POINT_MUTATION.match(word):
            return None
        if hyphen_before and index > 0 and len(text[tokens[index - 1].start : tokens[index - 1].end]) <= 3:
            prefix = tokens[index - 1]
            if text[prefix.start].isupper() and (prefix.start == 0 or not text[prefix.start - 1].isalnum()):
                # "T-VSCC": the node takes the prefixed name, the mention stays on the symbol
                return (index, index, _candidate_named(grounding, text[prefix.start : token.end], "protein"))
    if shape == "none":
        return None
    if shape == "protein":
        return (index, index, _candidate_named(grounding, word, "protein"))
    if word.endswith("in") and (_listed_protein(text, token, word) or _protein_before_event(text, tokens, index, word)):
        drug = word.casefold().endswith(_DRUG_IN_ENDINGS)
        return (index, index, _candidate_named(grounding, word, "chemical" if drug else "protein"))
    if _initial_agent(text, tokens, index, word):
        return (index, index, _candidate_named(grounding, word, "chemical"))
    if shape == "method":
        return None  # "KEGG", "GSEA": databases and methods
    if shape == "genus":
        return (index, index, _candidate_named(grounding, word, "other"))  # "Bifidobacterium", "Staphylococcus"
    if shape == "drug":
        return (index, index, _candidate_named(grounding, word, "chemical"))  # "treatment with valsartan"
    if shape == "metabolite":
        return (index, index, _candidate_named(grounding, word, "smallmolecule"))  # "kynurenine", "spermidine"
    if _pathway_named(text, token, word):
        return (index, index, _candidate_named(grounding, word, "proteinfamily"))  # "Hippo and TGF-β signaling"
    if shape == "symbol" or _mid_sentence_name(text, tokens, index, word):
        return (index, index, _candidate_named(grounding, word, "protein"))  # "AIM2"; "proteins Tube and Pelle"
    return None


#: Capitalised words that are no gene name in the middle of a caption sentence.
_NOT_MID_NAMES: Final = frozenset("""figure fig figs table panel panels supplementary bottom top left right middle upper lower
    red blue green black gray grey yellow orange purple pink brown white note notes key arrow arrows solid dashed inset
    january february march april may june july august september october november december english western northern
    southern eastern drosophila arabidopsis xenopus caenorhabditis elegans saccharomyces escherichia mycobacterium
    plasmodium candida toxoplasma zebrafish mouse human rat yeast the a an in of and or for with by to from on at as
    step stage phase type group model class part box created adapted reproduced modified source data biorender pathview
    servier reactome graphpad prism adobe illustrator powerpoint imagej ingenuity cytoscape string elsevier springer wiley
    nature science frontiers mdpi plos oxford cambridge press shown available reference ref all web net bio serum disease
    cancer resistance nanopore illumina ser thr tyr lys arg his cys asp glu asn gln met gly ala val leu ile pro phe
    trp""".split())
#: Endings of taxa, places and adjectives ("Enterobacteriaceae", "Typhimurium", "California", "Differential") and of
#: event or process words ("(c) and (d) Phosphorylation of ERK"); not "-ed", which fly genes end in ("Disheveled").
_NOT_MID_NAME_ENDINGS: Final = ("aceae", "ales", "idae", "inae", "onta", "ium", "ia", "al", "ive", "ous", "ic", "able", "ible",
                                "ary", "ory", "ent", "ant", "ar", "ion", "ing", "ment", "ness", "ity", "ies", "ly")
#: Words before a capitalised word that make it part of a person's or a tool's name ("von Willebrand", "using ImageJ").
_NAME_PARTICLES: Final = frozenset({"von", "van", "de", "del", "der", "di", "la", "le", "using", "with"})
#: Words after a capitalised word that make it a descriptor ("Forkhead transcription factor FOXO").
_DESCRIBED_AFTER: Final = frozenset({"transcription", "factor", "factors", "family", "domain", "box", "homolog", "homologue",
                                     "like", "gene", "genes", "protein", "proteins", "kinase", "kinases", "receptor",
                                     "receptors"})
#: Words after a capitalised word that make it an eponym ("Crohn disease", "Golgi apparatus", "Warburg effect").
_NAMED_AFTER_PLACES: Final = frozenset({"disease", "syndrome", "cells", "cell", "neurons", "body", "bodies", "nucleus", "apparatus",
                                        "effect", "equation", "test", "staining", "blot", "plot", "analysis", "reaction"})
#: A sentence start, maybe with a panel label after it ("(B) Force sensation", "B, Recombinant thrombomodulin").
_LABELLED_START: Final = re.compile(r"(?:^|[.!?:;]\s+)(?:\(?[A-Za-z]\)\s*|[A-Z][,.]\s*)?$")


def _upper_at(text: str, i: int) -> bool:
    """``text[i].isupper()``; an ASCII letter is told by its code, which compiled code reads without making a
    one-character string and calling its method (most characters the name tests see are lower case)."""
    code = ord(text[i])
    return 65 <= code <= 90 if code < 128 else text[i].isupper()


def _capital_first(word: str) -> bool:
    """``word[:1].isupper()``."""
    return bool(word) and _upper_at(word, 0)


def _mid_sentence_name(text: str, tokens: list[Token], index: int, word: str) -> bool:
    """"via cytoplasmic proteins Tube and Pelle", "engages Domeless": a capitalised word inside a sentence, alone
    (no capitalised word beside it, no cell or anatomy word after it), names a gene the way fly and worm genes are
    written."""
    if not (len(word) >= 3 and _capital_first(word) and word[1:].islower() and word.isalpha()):
        return False
    if word.endswith("s") and not word.endswith(("us", "is")):
        return False  # "Tregs": a plural names cells ("Cactus", "Artemis" stay)
    low = word.casefold()
    if low in _NOT_MID_NAMES or low in lexicon.GENERIC or low in lexicon.EVENT_NOUNS or low in lexicon.VERBS:
        return False
    if low.endswith(_NOT_MID_NAME_ENDINGS):
        return False
    token = tokens[index]
    if index == 0 or _LABELLED_START.search(text, max(0, token.start - 8), token.start) is not None:
        return False
    if text[token.start - 1 : token.start] not in {" ", "("} or text[token.end : token.end + 1] in {"-", "\u2010", "'", "\u2019"}:
        return False
    before = text[tokens[index - 1].start : tokens[index - 1].end]
    if (before[:1].isupper() and text[tokens[index - 1].end : token.start] == " ") or before in _NAME_PARTICLES:
        return False  # "Golgi Apparatus", "Western Blot", "von Willebrand": part of a longer name
    if index + 1 < len(tokens):
        after = text[tokens[index + 1].start : tokens[index + 1].end]
        if text[token.end : tokens[index + 1].start] == " " and (
            after[:1].isupper() or is_cell_head(after.casefold()) or after.casefold() in _NAMED_AFTER_PLACES
            or after.casefold() in _DESCRIBED_AFTER
        ):
            return False  # "Purkinje cells", "Kupffer cell", "Crohn disease", "Forkhead transcription factor"
    return not _title_cased_around(text, tokens, index)


def _title_cased_around(text: str, tokens: list[Token], index: int) -> bool:
    """Whether the words around ``tokens[index]`` are capitalised as in a headline ("Rutaecarpine Promotes Adipose
    Thermogenesis and Protects against ..."): three or more, and most, of the longer words among the nearest eight
    (a list of gene names, "Tube and Pelle in Kupffer cells", is no headline)."""
    capitals = longer = 0
    for k in (*range(max(0, index - 4), index), *range(index + 1, min(len(tokens), index + 5))):
        word = text[tokens[k].start : tokens[k].end]
        if len(word) >= 4 and word.isalpha():
            longer += 1
            capitals += word[0].isupper()
    return capitals >= 3 and capitals * 5 >= longer * 3



#: Memo of :func:`_word_shape` (a plain dict, which compiled code reads without calling through a cache wrapper).
_WORD_SHAPES: Final[dict[str, str]] = {}


def _word_shape(word: str) -> str:
    known = _WORD_SHAPES.get(word)
    return remember(_WORD_SHAPES, word, _word_shape_uncached(word)) if known is None else known


def _word_shape_uncached(word: str) -> str:
    """What the word alone tells :func:`symbol_like`, in the order it asks: ``"family"`` (a G-protein alpha
    class or an Fc receptor), ``"none"`` (a residue such as "pY705", or "mRNA", "siRNA"), ``"protein"`` (a
    symbol shape taken whatever the context), ``"method"`` (a database or method name), ``"genus"`` (a microbial
    genus), ``"metabolite"`` (a metabolite's ending), ``"symbol"`` (a symbol, capitals or enzyme shape, taken
    unless the context names something else) or ``""`` (none of these)."""
    if _G_ALPHA.match(word) or _FC_RECEPTOR.match(word):
        return "family"
    if _SITE.match(word):
        return "none"  # "pY705", "K685", "S727": a residue, not a participant
    if word[:1].islower() and word.upper().lstrip("MST") in {"RNA", "DNA", "RNAS", "DNAS", "NA"}:
        return "none"  # "mRNA", "siRNA", "mtDNA"
    if _INNER_LOWER_SYMBOL.match(word) and word.upper() not in lexicon.NOT_SYMBOLS:
        return "protein"  # "PTHrP", "NFkB", "TGFb"
    if _TITLE_SYMBOL.match(word) and re.sub(r"\d.*$", "", word).casefold() not in _NOT_TITLE_SYMBOLS:
        return "protein"
    if _PREFIXED_ACRONYM.match(word) and word.lstrip("abcdefghijklmnopqrstuvwxyz") not in {"DNA", "RNA", "RNAs", "DNAs"}:
        return "protein"
    if word in _METHOD_NAMES:
        return "method"
    if _DRUG_STEM.match(word) and word.casefold() != "april":
        return "drug"
    if _GENUS.match(word) and word.casefold() not in _NOT_GENERA:
        return "genus"
    if _METABOLITE.match(word) and word.casefold() not in _NOT_METABOLITES and not word.casefold().startswith("anti"):
        return "metabolite"
    symbol = (
        _SYMBOL.match(word) or _MIXED_SYMBOL.match(word) or _LOWER_PREFIX_SYMBOL.match(word) or _GREEK_SYMBOL.match(word)
        or _GREEK_SUFFIX_SYMBOL.match(word) or _BACTERIAL_GENE.match(word)
    ) and not _POINT_MUTATION.match(word)
    capitals = _CAPITALS.match(word) and word.rstrip("s").upper() not in lexicon.NOT_SYMBOLS and not _POINT_MUTATION.match(word)
    enzyme = (word.endswith("ase") and len(word) >= 7 and word[1:].islower() and word.casefold() not in lexicon.GENERIC
              and word.casefold() not in lexicon.VERBS and word.casefold() not in lexicon.EVENT_NOUNS
              and word.casefold() not in _NOT_ENZYMES and word.casefold() not in _ENZYME_HEADS)
    # a bare class head ("reductase") is left to the phrase rules: "ribonucleotide reductase" or nothing
    return "symbol" if symbol or capitals or enzyme else ""


#: Drug names by the WHO INN stem they end in ("valsartan", "ramipril", "gefitinib", "tocilizumab", "verteporfin"); the
#: "-in" stems ("rapamycin", "metformin") are read in context (:data:`_DRUG_IN_ENDINGS`).
_DRUG_STEM: Final = re.compile(
    r"^[A-Za-z]{3,}(?:sartan|prilat|pril|olol|dipine|nib|ciclib|parib|lisib|rolimus|zomib|mab|domide|inostat|ilast"
    r"|azole|isole|asone|olone|floxacin|cycline|gliptin|gliflozin|glitazone|triptan|setron|lukast|dronate|profen|coxib|porfin"
    r"|platin|taxel|tecan|azepam|semide|thiazide|(?<!s)terol|xaban|gatran|fibrate|glutide|ercept|tacept|oxetine"
    r"|triptyline|peridol|apine|vir)$"
)
#: Metabolites by endings that English words do not have ("kynurenine", "spermidine", "lanosterol", "trehalose",
#: "mevalonate", "leukotrienes"); at least three letters come before the ending ("examine", "famine" are words), and
#: a word against one ("antihistamines") names a drug.
_METABOLITE: Final = re.compile(
    r"^[A-Za-z][a-z]{2,}(?:osine|idine|amine|urenine|adenine|thionine|aurine|ulline|escine|erol|sterone|noid|triene"
    r"|oxane|aldehyde|quinone|porphyrin|flavin|pyrene|ruvate|acetate|butyrate|(?:con|lon|bon)ate|glutarate|oxalate"
    r"|phosphate|sulfate|sulfite|sulfinate|sulfonate|ctose|crose|ltose|nnose|ucose|ulose|alose|ibose|inose|itol|anol"
    r"|amide|oxide)s?$"
)
#: Words with a metabolite's ending that name no single metabolite ("triphosphate" is the end of a name).
_NOT_METABOLITES: Final = frozenset({"paranoid", "humanoid", "android", "pyrophosphate", "triphosphate", "bisphosphate",
                                     "diphosphate", "monophosphate", "polyphosphate", "trisphosphate"})
#: A species named by its genus's initial ("C. albicans", "P. falciparum", "E. coli").
_SHORT_SPECIES: Final = re.compile(r"[A-Z]\. ([a-z]{3,}(?:us|is|ae|ii|i|a|um|ens|ans|es|er|ix|ax))(?![\w-])")
#: Words that may follow a panel letter and a full stop ("A. this", "B. plus").
_NOT_SPECIES_WORDS: Final = frozenset({"this", "thus", "plus", "via", "its", "was", "has", "is", "as", "after", "other",
                                       "under", "over", "either", "whether", "together", "data", "area"})
#: Microbial genus names by their endings ("Bifidobacterium", "Clostridium", "Pseudomonas", "Saccharomyces").
_GENUS: Final = re.compile(r"^[A-Z][a-z]{2,}(?:bacterium|bacter|coccus|bacillus|monas|myces|vibrio|idium|illus|arium|ella)$")
_METHOD_NAMES: Final = frozenset({"KEGG", "GSEA", "GO", "STRING", "PPI", "DEG", "DEGs", "WGCNA", "GEO", "TCGA", "GTEx", "ELISA",
                           "qPCR", "IHC", "FACS", "ChIP", "CHIP", "RNAseq", "scRNA", "snRNA", "GWAS", "QTL", "QTLs",
                           "SNP", "SNPs", "MRI", "PET", "BLAST", "UniProt", "Reactome", "WikiPathways", "Cytoscape"})
_NOT_GENERA: Final = frozenset({"umbrella", "novella", "mozzarella", "tarantella", "aquarium", "planetarium", "sanitarium",
                         "herbarium", "terrarium", "honorarium", "solarium", "iridium", "compendium"})


def is_genus(word: str) -> bool:
    """A genus name: by its ending ("Mycobacterium", "Salmonella") or one of :data:`lexicon.GENERA`."""
    return word in lexicon.GENERA or (_GENUS.match(word) is not None and word.casefold() not in _NOT_GENERA)


#: "TPα", "ERβ": a two-capital symbol with a Greek isoform letter.
_GREEK_SUFFIX_SYMBOL: Final = re.compile(r"^[A-Z]{2}[\u03b1-\u03c9]$")
#: Bacterial gene names: three lower-case letters and a capital ("tarH", "agrA", "murB", "vraF").
_BACTERIAL_GENE: Final = re.compile(r"^[a-z]{3}[A-Z]\d?$")
#: A pathway named by the word before it, maybe with other names listed between ("Hippo and TGF-β signaling").
_PATHWAY_AFTER: Final = re.compile(
    r"(?:(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[\w\u03b1-\u03c9/-]+){0,3}\s+(?:signal(?:l)?ing|pathways?|cascades?)\b",
    re.IGNORECASE,
)


_ADJECTIVE_ENDINGS: Final = ("ory", "al", "ed", "ive", "ic", "ous", "ing", "ary", "ant", "ent", "ble", "ar", "stream", "like",
                      "wise", "less", "ful")
_NOT_PATHWAY_NAMES: Final = frozenset({"major", "main", "other", "several", "multiple", "various", "different", "common",
                                "novel", "known", "both", "each", "many", "most", "some", "these", "those", "their",
                                "cell", "cells", "host", "plant", "human", "mouse", "mice", "cancer", "tumor", "tumour",
                                "stress", "immune", "death", "growth", "survival", "defense", "defence", "hormone",
                                "figure", "panel", "model", "overview", "summary", "schematic", "diagram", "possible",
                                "potential", "key", "core", "early", "late", "first", "second", "third"})


_TITLE_CASE_BEFORE: Final = re.compile(r"\b[A-Z][\w-]* $")


def _pathway_named(text: str, token: Token, word: str) -> bool:
    """"Hippo pathway", "Integrin, Hippo and TGF-β signaling pathways": a capitalised word (not opening a
    sentence) that names a signalling pathway."""
    if not (len(word) >= 4 and _capital_first(word) and word[1:].islower() and word.isalpha()):
        return False
    low = word.casefold()
    if low in _NOT_INITIAL_AGENTS or low in lexicon.GENERIC or low in _MODIFIER_STOP or low in _NOT_PATHWAY_NAMES:
        return False
    if low.endswith(_ADJECTIVE_ENDINGS):
        return False  # a title-case adjective: "Inflammatory Signaling Pathways", "Proposed Signaling Pathways"
    after = _PATHWAY_AFTER.match(text, token.end)
    if after is None:
        return False
    if after.group(0).split()[-1][0].isupper() and _TITLE_CASE_BEFORE.search(text, max(0, token.start - 30), token.start):
        return False  # a run of title-case words: "Adverse Outcome Pathway", "KEGG Color Pathway"
    return _SENTENCE_START.search(text, max(0, token.start - 4), token.start) is None


_AGENT_WORDS: Final = frozenset({"mediated", "induced", "dependent", "triggered", "driven", "stimulated", "activated",
                          "evoked", "elicited", "treated", "exposed", "derived", "associated", "deficient", "null",
                          "knockout", "deleted", "depleted", "silenced", "knockdown", "lacking", "positive", "negative"})
_SENTENCE_START: Final = re.compile(r"(?:^|[.!?:]\s+)$")


def _initial_agent(text: str, tokens: list[Token], index: int, word: str) -> bool:
    """"Myricetin attenuates ...", "Palmitate induces ...": a capitalised word that opens a sentence and is
    directly followed by a trigger verb names the sentence's subject."""
    if not (_capital_first(word) and word[1:].islower() and len(word) >= 2) or index + 1 >= len(tokens):
        return False
    low = word.casefold()
    if low in lexicon.GENERIC or low in _MODIFIER_STOP or low in lexicon.EVENT_NOUNS or low in lexicon.VERBS:
        return False
    if low.endswith(("ion", "ing", "ment", "ness", "ity", "ies", "ly")) or low in _NOT_INITIAL_AGENTS:
        return False
    nxt = tokens[index + 1]
    verb = text[nxt.start : nxt.end]
    if (verb.endswith("ly") or verb in {"also", "then"}) and index + 2 < len(tokens):
        # "Bifidobacterium mainly produces", "Eq also decreases"
        if text[nxt.end : tokens[index + 2].start] != " ":
            return False
        nxt = tokens[index + 2]
        verb = text[nxt.start : nxt.end]
    if text[tokens[index].end : tokens[index + 1].start] != " " or not verb.endswith("s") or verb not in lexicon.VERBS:
        return False
    return _LABELLED_START.search(text, 0, tokens[index].start) is not None  # (maybe after a panel label: "(C) Lefty")


_NOT_INITIAL_AGENTS: Final = frozenset({"it", "its", "they", "this", "these", "that", "those", "we", "he", "she", "one", "each",
                                 "both", "all", "there", "here", "in", "on", "at", "as", "an", "no", "so", "figure", "panel", "schematic", "diagram", "model", "overview",
                                 "treatment", "therapy", "stress", "exposure", "injury", "damage", "disease",
                                 "infection", "loss", "gain", "absence", "presence", "increase", "decrease",
                                 "binding", "together", "finally", "first", "second", "third", "next", "then",
                                 "after", "before", "during", "while", "where", "which", "whereas", "however"})


_LIST_BEFORE: Final = re.compile(r"(?:,|\band|\bor)\s+$")
_LIST_AFTER: Final = re.compile(r"^(?:\s*,|\s+and\b|\s+or\b)")
_NOT_PROTEINS_IN: Final = frozenset({"protein", "within", "again", "begin", "domain", "chain", "main", "brain", "contain",
                              "maintain", "origin", "vein", "toxin", "margin", "skin", "basin", "cabin", "certain",
                              "explain", "remain", "obtain", "retain", "plain", "terrain", "cousin", "penguin",
                              "coffin", "raisin", "resin", "pectin", "lignin", "chitin", "cutin", "suberin"})


#: Plural "-ins" words that name no protein family.
_NOT_FAMILIES_IN: Final = frozenset({"vitamin", "toxin", "mycotoxin", "endotoxin", "cabin", "muffin", "napkin", "pumpkin",
                              "dolphin", "robin", "goblin", "bulletin", "sequin", "pippin", "grin", "twin", "mandolin",
                              "violin", "assassin", "moccasin", "javelin", "zeppelin", "cumin", "gherkin", "harlequin"})


_AGENT_PREPOSITIONS: Final = frozenset({"via", "by", "through"})
#: Endings of "-in" words that name drugs and plant chemicals, not proteins ("rapamycin", "curcumin").
_DRUG_IN_ENDINGS: Final = ("mycin", "micin", "cillin", "rubicin", "formin", "cumin", "cetin", "aicin", "farin", "pirin",
                    "tonin", "platin", "statin", "oxacin", "ketin", "genin")
#: Nouns after which an unknown "-in" word names the protein acted on or acting ("thrombin stimulation").
_AFTER_PROTEIN: Final = frozenset({"stimulation", "treatment", "signaling", "signalling", "secretion",
                            "release", "production", "expression", "activation", "levels", "resistance",
                            "sensitivity", "deficiency", "administration"})


def _protein_before_event(text: str, tokens: list[Token], index: int, word: str) -> bool:
    """"Thrombin stimulation activates ...", "leptin signaling": an unknown "-in" word before an event noun."""
    low = word.casefold()
    if not (word.isalpha() and word[1:].islower() and len(word) >= 6) or low in _NOT_PROTEINS_IN or low in _NOT_FAMILIES_IN:
        return False
    if low in lexicon.GENERIC or low in lexicon.PROCESS_WORDS or low in lexicon.VERBS or low.endswith(("ttain", "ntain", "tain")):
        return False
    if low.endswith("ain") or low.endswith(("herein", "therein", "wherein")):
        return False  # "chain", "strain", "domain", "therein"
    if word.islower() and index > 0 and text[tokens[index - 1].end : tokens[index].start] == " " and (
        text[tokens[index - 1].start : tokens[index - 1].end] in _AGENT_PREPOSITIONS
    ):
        return True  # "actin filament formation via nebulin", "stimulated by thrombin"
    if index + 1 >= len(tokens) or text[tokens[index].end : tokens[index + 1].start] != " ":
        return False
    return text[tokens[index + 1].start : tokens[index + 1].end] in _AFTER_PROTEIN


def _listed_protein(text: str, token: Token, word: str) -> bool:
    """"Src, paxillin, vinculin, talin and kindlin": an unknown lower-case "-in" word inside a list."""
    if not (word.isalpha() and word.islower() and len(word) >= 5) or word in _NOT_PROTEINS_IN:
        return False
    if word in lexicon.GENERIC or word in lexicon.PROCESS_WORDS or word in lexicon.VERBS:
        return False
    before = _LIST_BEFORE.search(text, max(0, token.start - 6), token.start) is not None
    after = _LIST_AFTER.match(text[token.end : token.end + 5]) is not None
    return before or after and text[max(0, token.start - 2) : token.start] == ", "


def _hyphenated_chemical(
    grounding: Grounding, text: str, tokens: list[Token], index: int
) -> tuple[int, int, str] | None:
    """"Fructose-6-P", "glucose-6-phosphate", "UDP-N-acetylglucosamine": a hyphen-joined name with a number
    or a chemical stem, taken as a caption-only chemical."""
    last = index
    while last + 1 < len(tokens) and text[tokens[last].end : tokens[last + 1].start] in {"-", "\u2010"}:
        last += 1
    if last == index or last - index > 5:
        return None
    parts = [text[t.start : t.end] for t in tokens[index : last + 1]]
    if len(parts) == 2 and _CODE_NAME.match(parts[0]) and parts[1].isdigit() and len(parts[1]) >= 3:
        return (index, last, _candidate_named(grounding, text[tokens[index].start : tokens[last].end], "drug"))
    if parts[-1].casefold() in _MODIFIER_STOP or parts[-1].casefold() in lexicon.VERBS or _participle(parts[-1]):
        return None  # "cytokine-encoding genes", "DHAV-1-infected cells": a modifier, not a chemical name
    if (parts[-1].endswith("ic") and len(parts[-1]) >= 6 and last + 1 < len(tokens)
            and text[tokens[last].end : tokens[last + 1].end] == " acid"):
        last += 1  # "UDP-N-acetylmuramic acid"
        parts.append("acid")
    stem = any(p.casefold().endswith(_CHEMICAL_ENDINGS) and len(p) >= 5 and p.casefold() not in _ENGLISH_ENDINGS for p in parts)
    numbered = (any(p.isdigit() for p in parts) or any(p in _ROMAN for p in parts[1:])) and any(
        p.isalpha() and len(p) >= 4 for p in parts
    ) and not any(p.casefold() in lexicon.GENERIC or p.casefold() in _NUMBERED_KINDS for p in parts)
    # "glucose-6-phosphate", "angiotensin-II"; not "type-I", "complex-I"
    nucleotide = parts[0] in _NUCLEOTIDE_CARRIERS and len(parts[-1]) >= 3  # "UDP-MurNAc", "GDP-fucose"
    if not (stem or numbered or nucleotide):
        return None
    name = text[tokens[index].start : tokens[last].end]
    return (index, last, _candidate_named(grounding, name, _hyphenated_type(parts)))


_NUMBERED_KINDS: Final = frozenset({"type", "class", "phase", "stage", "grade", "group", "step", "day", "week", "panel"})
_ROMAN: Final = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"})


#: English words with a chemical-looking ending ("co-substrate", "steady-state", "long-term baseline").
_ENGLISH_ENDINGS: Final = frozenset({"substrate", "substrates", "state", "states", "rate", "rates", "template", "candidate",
                              "estimate", "intermediate", "moderate", "separate", "ultimate", "immediate", "aggregate",
                              "climate", "private", "adequate", "accurate", "alternate", "innate", "cascade", "guide",
                              "inside", "outside", "provide", "baseline", "pipeline", "guideline", "routine",
                              "machine", "medicine", "engine", "online", "feedback", "wide"})


def _hyphenated_type(parts: list[str]) -> str:
    """Node type of a hyphen-joined name: an enzyme ("6-phosphogluconolactonase", "procaspase-1") or an "-in"
    protein ("pannexin-1") is a protein, an acronym with a number ("COVID-19", "DHAV-1") a disease or its agent."""
    words = [p for p in parts if p.isalpha() and len(p) >= 4]
    if any(p.casefold().endswith("ase") for p in words):
        return "protein"
    if any(p.endswith("in") and p[1:].islower() and p.casefold() not in _NOT_FAMILIES_IN for p in words) and not any(
        p.casefold().endswith(_CHEMICAL_ENDINGS) for p in words
    ):
        return "protein"
    if any(p.isupper() for p in words) and not any(p.casefold().endswith(_CHEMICAL_ENDINGS) for p in words):
        return "disease"  # a disease or its agent, named by an acronym and a number
    return "smallmolecule"


def _participle(word: str) -> bool:
    """A lower-case "-ing" or "-ed" word ("encoding", "infected", "sensing")."""
    return word.islower() and (word.endswith("ing") and len(word) > 5 or word.endswith("ed") and len(word) > 4)


#: "γ-aminobutyric acid (GABA) interneurons": a long form, its abbreviation in parentheses, then a head.
_DEFINED_INSIDE: Final = re.compile(r"^.+? \(([^()\s]{2,12})\) (\S.*)$")


def _node_keys(name: str) -> tuple[str, ...]:
    """:func:`form_keys` of a caption-only name, by its short spelling when it defines an abbreviation."""
    inside = _DEFINED_INSIDE.match(name) if " (" in name else None  # (the pattern's " (" is in every match)
    return form_keys(f"{inside.group(1)} {inside.group(2)}" if inside else name)


def _candidate_named(grounding: Grounding, name: str, node_type: str) -> str:
    """The key of the caption-only node ``name`` names, made a candidate if it is new. A name that defines
    an abbreviation inside it is keyed by its short spelling ("GABA interneurons"), so both spellings of
    the caption meet in one node."""
    keys = _node_keys(name)
    key = grounding.local.get(keys[0]) or f"caption:{keys[0]}"
    if key not in grounding.by_key and key not in grounding.candidates:
        grounding.candidates[key] = Candidate(key=key, name=name, type=node_type)
    return key


def extend_numbered(
    grounding: Grounding, text: str, tokens: list[Token], first: int, end_index: int, key: str
) -> tuple[int, str]:
    """"caspase" + "-4" is caspase-4, not the caspase family: a numbered member becomes its own candidate."""
    nxt = end_index + 1
    if nxt >= len(tokens):
        return end_index, key
    gap = text[tokens[end_index].end : tokens[nxt].start]
    decimal = gap == "." and text[tokens[end_index].end - 1].isdigit() and text[tokens[nxt].start : tokens[nxt].end].isdigit()
    if gap not in {"-", ""} and not decimal:
        return end_index, key
    number = text[tokens[nxt].start : tokens[nxt].end]
    if not (number[:1].isdigit() and len(number) <= 5 and number.isalnum()):
        return end_index, key
    if (nxt + 1 < len(tokens) and text[tokens[nxt].end : tokens[nxt + 1].start] in {"-", "\u2010"}
            and text[tokens[nxt + 1].start : tokens[nxt + 1].end] in {"P", "phosphate", "bisphosphate", "PP"}):
        nxt += 1  # "gluconate-6-P", "fructose-1,6-bisphosphate": the phosphate belongs to the name
    combined = "".join(t.key for t in tokens[first : nxt + 1])
    if combined in grounding.local:
        return nxt, grounding.local[combined]
    name = text[tokens[first].start : tokens[nxt].end]
    ckey = f"caption:{combined}"
    grounding.candidates.setdefault(ckey, Candidate(key=ckey, name=name, type=grounding.type_of(key) if key in grounding.by_key else "protein"))
    grounding.local[combined] = ckey
    return nxt, ckey


def _lower_compound(first: str, second: str) -> bool:
    """Whether ``first``-``second`` is a compound of two plain lower-case words ("cell-cycle"), not an agent
    ("cell-mediated"), a prefix ("anti-tumor") or a hyphenated name."""
    return (first.isalpha() and second.isalpha() and first.islower() and second.islower() and len(first) >= 3
            and len(second) >= 3 and first not in _JOINED_PREFIXES and second not in _AGENT_WORDS
            and not second.endswith(("ed", "ing")))


def _plain_word(text: str) -> bool:
    low = text.casefold()
    return (
        len(low) >= 2 and low.isalpha() or (len(low) >= 1 and low[0].isalnum() and "-" not in low and len(low) <= 4)
    ) and low not in _MODIFIER_STOP and low not in lexicon.VERBS and low not in lexicon.EVENT_NOUNS and not (
        low.endswith("ly") or (low.endswith("ed") and len(low) > 4) or (low.endswith("ing") and len(low) > 5)
    ) and low not in lexicon.EVENT_ADJECTIVES and not (low.endswith("s") and not low.endswith(("ss", "is", "us")))


def _receptor_phrase(
    grounding: Grounding, text: str, tokens: list[Token], idx: int, mentions: list[Mention]
) -> Mention | None:
    """"5-HT1A receptors", "D1 receptor", "glutamate transporters", "NO3− transporters": a receptor,
    transporter or channel named by the word before it."""
    start = tokens[idx - 1].start
    owner = next((m for m in mentions if m.start <= start < m.end), None)
    if owner is not None:
        start = owner.start
    elif idx > 1 and text[tokens[idx - 2].end : start] in {"-", ""}:
        start = tokens[idx - 2].start
        back = idx - 3
        while back >= 0 and idx - back <= 5 and text[tokens[back].end : start] in {"-", ""}:
            start = tokens[back].start  # "RIG-I-like receptor": the whole hyphen-joined name
            back -= 1
    name = text[start : tokens[idx - 1].end]
    if name.isdigit() or name.casefold() in _MODIFIER_STOP:
        # "Lrp-5/6 receptors": a number belongs to the name it numbers; "The receptors": no name at all
        return None
    gap = text[tokens[idx - 1].end : tokens[idx].start]
    receptor = text[tokens[idx].start : tokens[idx].end].casefold().startswith("receptor")
    ligand_named = name.isalpha() and name.islower() and len(name) >= 6 and name.endswith(("oid", "gen", "ine", "in"))
    if gap.strip(" \u2212-") or (receptor and owner is None and not ligand_named and not any(c.isupper() or c.isdigit() for c in name)):
        return None  # "glucocorticoid receptor", "estrogen receptor" are named by their ligand
    if owner is None and not _plain_word(name) and not any(c.isupper() or c.isdigit() for c in name):
        return None
    head = text[tokens[idx].start : tokens[idx].end].casefold().rstrip("s")
    phrase = text[start : tokens[idx].end]
    keys = form_keys(f"{name} {head}")
    key = grounding.local.get(keys[0]) if keys else None
    if key is None:
        key = f"caption:{keys[0]}"
        grounding.candidates.setdefault(key, Candidate(key=key, name=f"{name} {head}", type="protein"))
    if owner is not None:
        mentions.remove(owner)
    return Mention(start, tokens[idx].end, key, phrase)


_AND_BEFORE: Final = re.compile(r"\s(?:and|or)\s$|,\s$")


def _coordinated_owner(grounding: Grounding, text: str, mentions: list[Mention], start: int, head: str) -> Mention | None:
    """"glucose and lactate transporters", "D1 and D2 receptors": the named mention coordinated right before a
    receptor/transporter/channel phrase shares its head, and becomes that phrase's sibling."""
    gap = _AND_BEFORE.search(text, max(0, start - 5), start)
    if gap is None:
        return None
    owner = next((m for m in mentions if m.end == gap.start()), None)
    if owner is None or grounding.type_of(owner.key) not in {"smallmolecule", "chemical", "protein", "gene", "proteinfamily"}:
        return None
    if not owner.text[:1].isalnum() or " " in owner.text:
        return None  # "receptor tyrosine kinases (RTK) and cytokine receptors": a full name of its own
    name = f"{owner.text.strip('()')} {head.rstrip('s')}"
    keys = form_keys(name)
    if not keys:
        return None
    key = grounding.local.get(keys[0]) or f"caption:{keys[0]}"
    if key not in grounding.by_key:
        grounding.candidates.setdefault(key, Candidate(key=key, name=name, type="protein"))
    mentions.remove(owner)
    return Mention(owner.start, owner.end, key, owner.text)


def _continues_noun_phrase(word: str) -> bool:
    low = word.casefold()
    return not (
        not low.isalpha() or not word.islower() or low in _MODIFIER_STOP or low in lexicon.VERBS
        or low.endswith(("ed", "ing", "ly"))
    )


#: The generic words but "proteins" and "genes" (made once, not at every call).
_GENERIC_BUT_KINDS: Final = lexicon.GENERIC - {"proteins", "genes"}


def _of_word(text: str) -> bool:
    if text.isupper() and text.isalpha() and 2 <= len(text) <= 6:
        return True  # "formation of OC"
    low = text.casefold()
    return low.isalpha() and len(low) > 2 and not low.endswith(("ed", "ing", "ly")) and low not in _MODIFIER_STOP and low not in _GENERIC_BUT_KINDS and (
        low not in lexicon.VERBS
    )


#: Endings of cell-type words the lexicon does not list ("leukocytes", "myofibroblasts", "eosinophils").
_CELL_SUFFIXES: Final = ("cytes", "cyte", "blasts", "blast", "clasts", "clast", "phils", "phages", "phage")
#: Heads of phenotype phrases ("freezing tolerance", "plaque vulnerability", "ECM stiffness", "genome integrity").
_STATE_HEADS: Final = frozenset({"tolerance", "vulnerability", "stiffness", "integrity", "permeability", "viability",
                          "susceptibility", "sensitivity", "behavior", "behaviour"})
#: Heads of two-word metabolite names ("isopentenyl pyrophosphate", "farnesyl diphosphate", "indole sulfate"); a
#: lexicon term of its own ("sulfate") gives way to the two-word name.
_PHOSPHATE_HEADS: Final = frozenset({"phosphate", "diphosphate", "pyrophosphate", "triphosphate", "bisphosphate",
                              "monophosphate", "sulfate", "sulphate"})
#: Heads a chemical's name before them may own ("trastuzumab resistance", "nitrogen fixation", "indole sulfate").
_CHEMICAL_OWNED_HEADS: Final = _TO_HEADS | _CHEMICAL_PROCESS_HEADS | _PHOSPHATE_HEADS
_NOT_AFTER_METABOLITE: Final = frozenset({"pathway", "pathways", "shunt", "cycle", "isomerase", "carrier", "transporter",
                                   "transporters", "receptor", "receptors"})
#: Single words naming a state that is a cause or an effect on its own.
_STANDALONE_STATES: Final = frozenset({"hypoxia", "anoxia", "hyperoxia", "normoxia"})


def _modifies_next(text: str, tokens: list[Token], idx: int, word: str) -> bool:
    """Whether the singular cell word at token ``idx`` modifies the noun after it: always before a process
    head ("hepatocyte injury" is the phrase), and before any noun for a cell word the lexicon does not list
    ("leukocyte recruitment")."""
    if idx + 1 >= len(tokens) or text[tokens[idx].end : tokens[idx + 1].start] != " ":
        return False
    following = text[tokens[idx + 1].start : tokens[idx + 1].end]
    if following.casefold() == "activation":
        return False  # "fibroblast activation": the cells are what is activated
    if following.casefold() in lexicon.PROCESS_HEADS:
        return True
    return word not in lexicon.CELL_HEADS and _continues_noun_phrase(following)


#: "-ing" words that are prepositions or plain adjectives, never the condition a state is about.
_NEXT_WORD: Final = re.compile(r" ([a-z][a-z-]*[a-z])\b(?!-)")
_ING_WORDS: Final = frozenset({"during", "following", "including", "regarding", "concerning", "according", "excluding",
                        "involving", "preceding", "using", "being", "having", "containing", "underlying", "remaining",
                        "emerging", "existing", "ongoing", "increasing", "decreasing", "corresponding", "surrounding",
                        "neighboring", "neighbouring", "resulting", "leading", "causing", "long-lasting", "lasting"})


def _head_follows(text: str, tokens: list[Token], idx: int) -> bool:
    """Whether another process or state head comes right after token ``idx`` ("freezing stress tolerance")."""
    if idx + 1 >= len(tokens) or text[tokens[idx].end : tokens[idx + 1].start] != " ":
        return False
    following = text[tokens[idx + 1].start : tokens[idx + 1].end].casefold()
    return following in lexicon.PROCESS_HEADS or following in _STATE_HEADS


def _lettered_cell(text: str, tokens: list[Token], idx: int) -> bool:
    """"T cell", "NK-cell", "B cell": a singular "cell" after a short capital abbreviation."""
    if idx == 0 or text[tokens[idx - 1].end : tokens[idx].start] not in {" ", "-"}:
        return False
    if text[tokens[idx - 1].start : tokens[idx - 1].end] not in _CELL_LETTERS:
        return False
    if idx + 1 < len(tokens) and text[tokens[idx].end : tokens[idx + 1].start] == " ":
        following = text[tokens[idx + 1].start : tokens[idx + 1].end].casefold()
        if following in _NOT_CELL_AFTER:
            return False  # "T cell receptor", "T-cell factors": a protein named after the cells
        return following == "activation" or following not in lexicon.PROCESS_HEADS
    return True


_NOT_CELL_AFTER: Final = frozenset({"receptor", "receptors", "factor", "factors"})
_CELL_LETTERS: Final = frozenset({"T", "B", "NK", "NKT", "DC", "ILC"})


def is_cell_head(word: str) -> bool:
    """A (lower-case) word that names cells: a lexicon cell head or a word with a cell-type ending."""
    return word in lexicon.CELL_HEADS or (len(word) >= 8 and word.isalpha() and word.endswith(_CELL_SUFFIXES))


#: Every word the phrase rules below start from (disease words are recognised by their endings).
_HEAD_WORDS: Final = frozenset({*lexicon.CELL_HEADS, *_ENZYME_HEADS, *lexicon.PROCESS_HEADS, *lexicon.PROCESS_WORDS, *_NAMED_HEADS,
                         *_STATE_HEADS, *_STANDALONE_STATES, *_PHOSPHATE_HEADS})


_TO_WORD: Final = re.compile(r" to ([A-Za-z][\w-]*[A-Za-z0-9])")
_OF_WORDS: Final = re.compile(r" of ([A-Za-z][A-Za-z-]+)\b(?: ([a-z][a-z-]+)\b)?(?![\w-])")
_WORD_AFTER: Final = re.compile(r"\s*([A-Za-z]+)")


def _cover(tokens: list[Token], covered: list[bool], start: int, end: int) -> None:
    """Mark the tokens lying inside ``start:end`` as covered (tokens are sorted and do not overlap)."""
    j = bisect_left(tokens, start, key=_token_start)
    while j < len(tokens) and tokens[j].end <= end:
        covered[j] = True
        j += 1


_HEAD_KEYS: Final[dict[str, bool]] = {}


def _head_key(key: str) -> bool:
    """Whether a token with this lookup key may be a head word (see :func:`phrases`). A word whose case-folded
    text is a head word, "cell", or has a disease or cell-type ending has a key that is or has one too (only
    letters that fold to ASCII give such a word), so this passes every head; :func:`phrases` then tests the
    word itself."""
    known = _HEAD_KEYS.get(key)
    if known is not None:
        return known
    head = key in _HEAD_WORDS or key == "cell" or key.endswith(_DISEASE_ENDINGS) or key.endswith(_CELL_SUFFIXES)
    return remember(_HEAD_KEYS, key, head)


def phrases(
    grounding: Grounding, text: str, tokens: list[Token], covered: list[bool], mentions: list[Mention]
) -> list[Mention]:
    out: list[Mention] = []
    heads: list[int] = []
    for idx, token in enumerate(tokens):
        facts = token.facts
        head = facts.head
        if head < 0:
            head = facts.head = 1 if _head_key(token.key) else 0
        if head:
            heads.append(idx)
    if not heads:
        return out
    mention_at = {m.start: m for m in mentions}
    single = {m.start: m for m in mentions if m.key.startswith("caption:")}
    for idx in heads:
        token = tokens[idx]
        word = folded(token.word)  # (a head word recurs: "cells", "signaling", "pathway")
        if covered[idx]:
            term = single.get(token.start)
            salt = word in _PHOSPHATE_HEADS and idx > 0 and covered[idx - 1] and any(
                m.end == tokens[idx - 1].end and grounding.type_of(m.key) in {"chemical", "smallmolecule"} for m in mentions
            )  # "indole sulfate": the OCR chemical and the ion name one metabolite
            if term is None or term.end != token.end or (
                word not in lexicon.PROCESS_WORDS and word not in _PHOSPHATE_HEADS
            ) or idx == 0 or (covered[idx - 1] and not salt):
                continue
            if not salt and not _plain_word(text[tokens[idx - 1].start : tokens[idx - 1].end]):
                continue
            if text[tokens[idx - 1].start - 1 : tokens[idx - 1].start] in {"-", "\u2010", "\u2013"} and not (
                idx > 1 and tokens[idx - 2].key in _JOINED_PREFIXES
            ):
                continue  # "Heart-cell contractility": keep the process word itself (not in "anti-tumor immunity")
            mentions.remove(term)
            covered[idx] = False
        cell_head = is_cell_head(word) or (word == "cell" and _lettered_cell(text, tokens, idx))
        if word not in _HEAD_WORDS and not cell_head and (len(word) <= 7 or not word.endswith(_DISEASE_ENDINGS)):
            continue  # neither a cell, enzyme, process, disease nor named head: nothing below applies
        cell = cell_head or word in _ENZYME_HEADS
        chemical = word in _PHOSPHATE_HEADS
        standalone = word in _STANDALONE_STATES
        disease = (word.endswith(_DISEASE_ENDINGS) and len(word) > 7 and word.isalpha()) or standalone
        process = word in lexicon.PROCESS_HEADS or word in lexicon.PROCESS_WORDS or word in _STATE_HEADS or disease
        ligand_owner = word in _NAMED_HEADS and idx > 0 and covered[idx - 1] and any(
            m.end == tokens[idx - 1].end and grounding.type_of(m.key) in {"smallmolecule", "chemical", "drug"} for m in mentions
        ) and NAME_AFTER.match(text, tokens[idx].end) is None
        # "prostacyclin receptor": the receptor of a named ligand ("the cGAMP receptor STING" names it after)
        if word in _NAMED_HEADS and idx > 0 and (not covered[idx - 1] or word not in {"receptor", "receptors"} or ligand_owner):
            receptor = _receptor_phrase(grounding, text, tokens, idx, mentions)
            if receptor is not None:
                out.append(receptor)
                covered[idx - 1] = covered[idx] = True
                sibling = _coordinated_owner(grounding, text, mentions, receptor.start, word)
                if sibling is not None:
                    out.append(sibling)
            continue
        if not (cell or process or chemical):
            continue
        if word in _ASPECT_HEADS:
            owner_at = _OF_THE.match(text, token.end)
            if owner_at is not None and owner_at.end() in mention_at:
                continue  # "activate the kinase function of JAK": JAK's activity, no process of its own
        if chemical and idx + 1 < len(tokens) and (
            text[tokens[idx + 1].start : tokens[idx + 1].end].casefold().endswith("ase")
            or text[tokens[idx + 1].start : tokens[idx + 1].end].casefold() in _NOT_AFTER_METABOLITE
        ):
            continue  # "farnesyl diphosphate synthase", "pentose phosphate pathway": the metabolite names something else
        if word in _MODIFYING_HEADS and idx + 1 < len(tokens) and text[token.end : tokens[idx + 1].start] == " " and (
            text[tokens[idx + 1].start : tokens[idx + 1].end].casefold() in lexicon.PROCESS_HEADS
            or (word != "cycle" and text[tokens[idx + 1].start : tokens[idx + 1].end].casefold() in _IMMUNITY_WORDS)
        ):
            continue  # "G1/S cell cycle checkpoint", "anti-tumor immunity": the phrase ends at the later head
        if word in _ENZYME_HEADS and idx > 0 and covered[idx - 1] and text[tokens[idx - 1].end : token.start] == " ":
            owner = next((m for m in mentions if m.start <= tokens[idx - 1].start < m.end), None)
            if owner is not None and grounding.type_of(owner.key) in _PROTEIN_TYPES and owner.end == tokens[idx - 1].end:
                owner.end, owner.text = token.end, text[owner.start : token.end]
                covered[idx] = True
                continue
        start = token.start
        j = idx - 1
        taken = 0
        if word == "cell" and cell_head:  # "T cell": the abbreviation and nothing before it
            start, j, taken = tokens[idx - 1].start, -1, 1
        while j >= 0 and (taken < 2 or (taken < 4 and text[tokens[j].end : start] in {"-", "\u2010"})):
            gap = text[tokens[j].end : start]
            if gap == "/" and _PHASE.match(text, tokens[j].start) and j > 0:
                start = tokens[j].start  # "G2/M cell cycle checkpoint", "G1/S transition"
                j -= 1
                continue
            if not _GAP_OK.match(gap) or "," in gap or "/" in gap or ("(" in gap and not cell_head) or (
                gap.startswith(")") and tokens[j].end - tokens[j].start <= 2 and text[tokens[j].start - 1 : tokens[j].start] == "("
            ):  # a panel label ("(F) Protein degradation") modifies nothing
                break
            piece = text[tokens[j].start : tokens[j].end]
            if covered[j]:
                at = tokens[j].start
                owner = next((m for m in mentions if m.start <= at < m.end), None)
                hyphenated = text[tokens[j].end : start] in {"-", "\u2010"}
                structural = word in _STRUCTURE_HEADS and owner is not None and owner.key not in grounding.by_key
                # "β-lactam resistance", "trastuzumab resistance": the drug names the phenotype
                structural = structural or (word in _CHEMICAL_OWNED_HEADS and owner is not None and (
                    grounding.type_of(owner.key) in {"chemical", "smallmolecule", "drug"} or owner.key not in grounding.by_key))
                # "G1 arrest", "G2 checkpoint": a cell-cycle phase, not the OCR gene of the same name
                structural = structural or (word in _PHASE_HEADS and owner is not None and _PHASE_NAME.fullmatch(owner.text)
                                            is not None)
                if owner is None or (not cell and not hyphenated and not structural and (
                    owner.key in grounding.by_key or grounding.type_of(owner.key) not in _MODIFIER_TYPES
                )):
                    break
                start = owner.start if owner.start in mention_at else tokens[j].start
                while j >= 0 and tokens[j].start >= owner.start:
                    j -= 1
                taken += 1
                continue
            gerund = (word in _STATE_HEADS and taken <= 1 and piece.islower()
                      and piece.endswith("ing") and piece not in lexicon.CHAIN_HEADS and piece not in lexicon.VERBS
                      and piece not in _MODIFIER_STOP and piece not in _ING_WORDS and not _head_follows(text, tokens, idx))
            if not (_plain_word(piece) or gerund) or (word == "activation" and not piece[:1].isupper()):
                break  # (a gerund may name the condition a state is about: "freezing tolerance")
            if gerund and not _plain_word(piece):
                start = tokens[j].start
                taken += 1
                break  # and is the outermost word taken: "improve freezing tolerance" is no phrase
            if tokens[j].start > 0 and text[tokens[j].start - 1] in "-\u2010\u2013":
                prefix = tokens[j - 1] if j > 0 else None
                if not cell and prefix is not None and prefix.key in _JOINED_PREFIXES and (
                    prefix.end == tokens[j].start - 1 and (prefix.start == 0 or not text[prefix.start - 1].isalnum())
                ):
                    start = tokens[j - 1].start  # "anti-tumor immunity", "pro-inflammatory response": the prefix too
                    taken += 1
                elif (not cell and prefix is not None and taken == 0 and prefix.end == tokens[j].start - 1
                      and _lower_compound(text[prefix.start : prefix.end], piece)
                      and (prefix.start == 0 or text[prefix.start - 1] in " (")):
                    start = prefix.start  # "cell-cycle arrest", "cell-cycle progression": a lower-case compound modifier
                    taken += 1
                    j -= 2
                    continue  # (and one plain word before it: "permanent cell-cycle arrest")
                break
            start = tokens[j].start
            taken += 1
            j -= 1
        # (every match holds a "/": str.find tells a window without one before the regex is tried)
        phase = _PHASE_BEFORE.search(text, max(0, start - 7), start) if text.find("/", max(0, start - 7), start) >= 0 else None
        if phase is not None and taken:
            start = phase.start()  # "G2/M cell cycle checkpoint"
        end = token.end
        of_ext = False
        if word in _TO_HEADS and taken == 0:
            m = _TO_WORD.match(text, end)  # (at ``end``: the pattern looks at nothing before it)
            if m and m.group(1).casefold() not in _MODIFIER_STOP:
                end += len(m.group(0))
                of_ext = True
                last = m.group(1)
                for _ in range(2):  # "resistance to cationic antimicrobial peptides": an adjective wants its noun
                    more = _NEXT_WORD.match(text, end)
                    if not last.endswith(_ADJECTIVE_ENDINGS) or more is None or not _continues_noun_phrase(more.group(1)):
                        break
                    end, last = more.end(), more.group(1)
        if process and word not in {"activation", "arrest"} and not of_ext:  # "arrest of X" stops X: an event
            m = _OF_WORDS.match(text, end)  # (as on ``text[end:]``: the pattern looks at nothing before it)
            of_start = end + 4
            if m and _of_word(m.group(1)) and not any(mm.start <= of_start < mm.end for mm in mentions):
                two = bool(m.group(2)) and _of_word(m.group(2))
                stop = end + (len(m.group(0)) if two else len(" of ") + len(m.group(1)))
                after = _WORD_AFTER.match(text, stop)
                if after is None or not text[stop : stop + 1].isspace() or not _continues_noun_phrase(after.group(1)):
                    end, of_ext = stop, True
        if taken and word in lexicon.EVENT_NOUNS and not of_ext:
            owner_at = _OF_THE.match(text, end)
            if owner_at is not None and owner_at.end() in mention_at:
                continue  # "proteasomal degradation of IκB": an event of the named thing, for the reader
        if process and _DESCRIPTOR_AFTER.match(text, end):
            continue  # "trafficking proteins", "repair genes": a descriptor of a group, not the process
        if taken == 0 and not of_ext and not disease and not (cell_head and word not in _BARE_CELLS):
            continue
        if taken == 0 and cell_head and not word.endswith("s") and _modifies_next(text, tokens, idx, word):
            continue  # "hepatocyte injury", "leukocyte recruitment": the cell word modifies the next noun
        phrase = text[start:end] if ")" in text[start:end] else text[start:end].lstrip("(")
        start = end - len(phrase)
        if word in {"function", "functions"} and phrase.split(None, 1)[0].casefold() in _VAGUE_FUNCTION_OWNERS:
            continue  # "cellular function": no particular function
        keys = _node_keys(phrase)
        if not keys:
            continue
        existing = grounding.local.get(keys[0])
        key = existing or f"caption:{keys[0]}"
        if existing is None:
            node_type = ("protein" if word in _ENZYME_HEADS else "celltype" if cell else "phenotype" if standalone
                         else "smallmolecule" if chemical else "disease" if disease else "biologicalprocess")
            grounding.candidates.setdefault(key, Candidate(key=key, name=phrase, type=node_type))
            if cell_head:  # "T cell" and "T cells" are one node, whichever comes first
                grounding.local.setdefault(keys[0], key)
                grounding.local.setdefault(keys[0][:-1] if keys[0].endswith("s") else keys[0] + "s", key)
        _cover(tokens, covered, start, end)
        out.append(Mention(start, end, key, phrase))
    # Phrase mentions swallow any entity mention inside them (a cell type named after a transmitter).
    if out:
        # A mention lies inside a phrase when, among the phrases starting at or before it, the furthest
        # reaching one ends at or after it.
        spans = sorted((m.start, m.end) for m in out)
        starts = [s for s, _ in spans]
        reach = list(accumulate((e for _, e in spans), max))
        kept: list[Mention] = []
        for mention in mentions:
            k = bisect_right(starts, mention.start)
            if k == 0 or reach[k - 1] < mention.end:
                kept.append(mention)
        mentions[:] = kept
    return out
