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
from typing import NamedTuple

from pfocr_net import famplex, lexicon
from pfocr_net.model import Entity, Record
from pfocr_net.text import fold_homoglyphs, match_key

_TOKEN = re.compile(r"[^\W_]+\+*")
_GAP_OK = re.compile(r"^[ \-\u2010\u2011\u2013/()'\u2019]{0,3}$|^,$")
_GREEK_INITIAL = re.compile(r"alpha|beta|gamma|delta|epsilon|kappa")
_STEREO = re.compile(
    r"\((?:[0-9]{0,2}[RSEZ](?:,\s?[0-9]{0,2}[RSEZ])*|[+\u00b1-]|R,S|S,R)\)-[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]"
)
_ABBREV = re.compile(r"\(([^()\s;,]{2,12})\)")
_RECEPTOR_SYMBOL = re.compile(r"^(GRI[ANKD]|GRM|HTR|DRD|ADR[AB]|OPR[MDK]|CHRN|GABR|P2R[XY]|CNR|NTRK)|R\d*[A-Z]?\d?$")
_PROTEIN_WORDS = re.compile(
    r"(?i)\b(protein|kinase|receptor|factor|ligand|channel|transporter|enzyme|synthase|ase|ases|"
    r"hormone|interleukin|subunit|complex|cyclase|homolog|domain|antigen|family|containing|target)\b|ase\b"
)
_MAX_N = 8
_SLASH_NUMBER = re.compile(r"/\d{1,2}(?![\w-])")
_GAP_CHARS = frozenset(" -\u2010\u2011\u2013/()'\u2019")
_ROLE_PREFIXES = tuple(lexicon.ROLE_NOUNS)
_NAMED_HEADS = frozenset({"receptor", "receptors", "transporter", "transporters", "channel", "channels"})
#: Types of caption terms a process phrase may swallow as a modifier ("membrane perforation").
_MODIFIER_TYPES = frozenset({"cellularcomponent", "biologicalprocess", "phenotype", "other"})
#: OCR words that join several names ("mTORC1/ERK", "TNF-a,IL-1"); "ERK1/2" style stays.
_COMPOUND_WORD = re.compile(r"[,;«»]|/(?!\d\b)|[\u2013\u2014]")
#: Grounding-map namespaces used for caption-only participants.
_GROUNDING_NAMESPACES = frozenset({"FPLX", "UP", "HGNC", "CHEBI", "PUBCHEM", "HMDB"})
#: Node-type preference when one text names several entities.
_TYPE_RANK = {"complex": 0, "proteinfamily": 0, "protein": 1, "gene": 1, "smallmolecule": 2, "drug": 2,
              "chemical": 3, "disease": 4}  # fmt: skip
_MODIFIER_STOP = frozenset(
    """the a an this that these those its their his her our and or of in on at to by with for from as is are
    was were be been being resulting increased reduced further subsequent downstream upstream enhanced
    decreased elevated diminished activated direct indirect high low many several various other such both
    all some rapid which while whereas also then thus not no new normal initial final short long term
    specific certain key major minor total overall local more most less least can may might will would
    could should during after before upon via through into between among within without enable enables
    allow allows make makes help helps cause causes lead leads drive drives elicit undergo undergoes
    dependent mediated induced related associated derived driven triggered like type positive negative""".split()
)  # fmt: skip


class Token(NamedTuple):
    """One fine token: its text span and lookup key."""

    start: int
    end: int
    key: str


@dataclass(slots=True)
class Mention:
    """A text span grounded to an entity key (``source`` says which text: caption or title)."""

    start: int
    end: int
    key: str
    text: str
    source: str = "caption"


@dataclass(slots=True)
class Candidate:
    """A caption-only participant that becomes an entity if a relation uses it."""

    key: str
    name: str
    type: str
    represents: str = ""
    members: list[str] = field(default_factory=list)
    grounding_source: str = "caption"


def tokenize(text: str) -> list[Token]:
    """Fine tokens of ``text`` (offsets into ``text`` itself)."""
    return [Token(m.start(), m.end(), token_key(m.group(0))) for m in _TOKEN.finditer(text)]


@lru_cache(maxsize=65536)
def token_key(token: str) -> str:
    """Lookup key of one token: folded, Greek spelled out, plus signs kept."""
    return match_key(token) + "+" * token.count("+")


@cache
def form_keys(form: str) -> tuple[str, ...]:
    """Lookup keys of a lexicon form: the joined token keys, and a variant with Greek initials."""
    key = "".join(token_key(m.group(0)) for m in _TOKEN.finditer(fold_homoglyphs(form)))
    if not key:
        return ()
    short = _GREEK_INITIAL.sub(lambda m: m.group(0)[0], key)
    return (key,) if short == key else (key, short)


@dataclass(frozen=True, slots=True)
class _GlobalLexicon:
    terms: dict[str, tuple[str, str]]
    fplx: dict[str, dict[str, tuple[str, str]]]
    #: Every prefix of every key, to stop extending an n-gram as soon as nothing can match.
    prefixes: frozenset[str]
    #: Keys of the first tokens of all forms: an n-gram can only start at one of these.
    starts: frozenset[str]


@cache
def _global_lexicon() -> _GlobalLexicon:
    terms: dict[str, tuple[str, str]] = {}
    for word, node_type in lexicon.CAPTION_TERMS.items():
        for key in form_keys(word):
            terms.setdefault(key, (word, node_type))
    for word in lexicon.PROCESS_WORDS:
        text = word.replace("_", " ")
        for key in form_keys(text):
            terms.setdefault(key, (text, "biologicalprocess"))
    grounded: dict[str, dict[str, tuple[str, str]]] = {}
    for text, target in famplex.grounding_map().items():
        if target[0] not in _GROUNDING_NAMESPACES or text.casefold() in lexicon.GENERIC or text in lexicon.NOT_NAMES:
            continue
        for key in form_keys(text):
            grounded.setdefault(key, {})[text] = target
    prefixes = {key[:n] for key in [*terms, *grounded] for n in range(1, len(key) + 1)}
    forms = [*lexicon.CAPTION_TERMS, *(w.replace("_", " ") for w in lexicon.PROCESS_WORDS), *famplex.grounding_map()]
    starts = {first for form in forms for first in _first_keys(form)}
    return _GlobalLexicon(terms=terms, fplx=grounded, prefixes=frozenset(prefixes), starts=frozenset(starts))


def _first_keys(form: str) -> list[str]:
    """Lookup keys of a form's first token (with the Greek-initial variant)."""
    match = _TOKEN.search(fold_homoglyphs(form))
    if match is None:
        return []
    key = token_key(match.group(0))
    short = _GREEK_INITIAL.sub(lambda m: m.group(0)[0], key)
    return [key, short]


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
    #: abbreviation pairs found in the caption (long form, short form).
    abbreviations: list[tuple[str, str]] = field(default_factory=list)
    by_key: dict[str, Entity] = field(default_factory=dict)
    prefixes: set[str] = field(default_factory=set)

    def name_of(self, key: str) -> str:
        """Display name of an entity or candidate key."""
        if key in self.by_key:
            return self.by_key[key].name
        candidate = self.candidates.get(key)
        return candidate.name if candidate else key

    def type_of(self, key: str) -> str:
        """Node type of an entity or candidate key."""
        if key in self.by_key:
            return self.by_key[key].type
        candidate = self.candidates.get(key)
        return candidate.type if candidate else "other"

    def materialise(self, used: set[str]) -> list[Entity]:
        """The given entities (with caption mentions filled in) plus the caption-only ones in ``used``."""
        texts: dict[str, list[str]] = {}
        for mention in [*self.caption_mentions, *self.title_mentions]:
            bucket = texts.setdefault(mention.key, [])
            if mention.text not in bucket:
                bucket.append(mention.text)
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


def ground_record(record: Record, entities: list[Entity]) -> Grounding:
    """Build the record lexicon, read abbreviations and find mentions in caption and title."""
    grounding = Grounding(record=record, entities=entities, by_key={e.key: e for e in entities})
    _add_entity_forms(grounding)
    caption = record.caption or ""
    _add_stereo_forms(grounding, caption + " " + (record.title or ""))
    _read_abbreviations(grounding, caption)
    grounding.caption_mentions = find_mentions(grounding, caption)
    title = (record.title or "").strip()
    if title and title.rstrip(".") not in caption:
        grounding.title_mentions = [Mention(m.start, m.end, m.key, m.text, "title") for m in find_mentions(grounding, title)]
    return grounding


def _add_entity_forms(grounding: Grounding) -> None:
    ranked = sorted(grounding.entities, key=lambda e: _TYPE_RANK.get(e.type, 5))
    small = {match_key(w) for w, t in lexicon.CAPTION_TERMS.items() if t == "smallmolecule"}
    for entity in ranked:
        words = [w for w in entity.words if not _COMPOUND_WORD.search(w)]
        forms = [entity.name, *words, *(a.split(":", 1)[1] for a in entity.aliases if ":" in a)]
        if entity.key.startswith("fplx:"):
            forms.append(entity.key[5:])
        symbols = [a.split(":", 1)[1] for a in [*entity.aliases, *entity.members] if "symbol:" in a]
        receptor = bool(symbols) and all(_RECEPTOR_SYMBOL.search(s) for s in symbols)
        for form in list(forms):
            form = form.strip(" ,.;:")
            if not form or len(match_key(form)) < 2 and "+" not in form:
                continue
            chemical = entity.type in {"smallmolecule", "chemical", "drug"}
            for key in form_keys(form):
                current = grounding.local.get(key)
                if current is None or (chemical and key in small):
                    grounding.local[key] = entity.key
            if receptor:
                for suffix in (" receptor", " receptors", "R"):
                    for key in form_keys(form + suffix):
                        grounding.local.setdefault(key, entity.key)


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


def _lookup_text(grounding: Grounding, text: str) -> str | None:
    """Entity/candidate key for a whole text, or None."""
    keys = form_keys(text)
    for key in keys:
        if key in grounding.local:
            return grounding.local[key]
    found = _global_key(grounding, keys, text)
    return found


def _global_key(grounding: Grounding, keys: tuple[str, ...], surface: str) -> str | None:
    lex = _global_lexicon()
    for key in keys:
        targets = lex.fplx.get(key)
        if targets:
            target = targets.get(surface)
            if target is None:
                if len(key) <= 3 or not any(c.isupper() or c.isdigit() or not c.isascii() for c in surface):
                    continue
                folded = {t.casefold(): v for t, v in targets.items()}
                target = folded.get(surface.casefold()) or next(iter(targets.values()))
            return _candidate_for(grounding, target, surface)
        term = lex.terms.get(key)
        if term is not None:
            ckey = f"caption:{key}"
            grounding.candidates.setdefault(ckey, Candidate(key=ckey, name=term[0], type=term[1]))
            return ckey
    return None


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
        grounding.candidates[curie] = Candidate(
            key=curie, name=name, type=_grounded_type(namespace, ident), represents=curie, members=members,
            grounding_source="famplex_grounding_map",
        )  # fmt: skip
    return curie


def _long_form(text: str, paren_start: int, short: str) -> str | None:
    """Schwartz-Hearst style long form ending just before ``(`` for the abbreviation ``short``."""
    letters = [c for c in match_key(short) if c.isalnum()]
    if not letters or not short[0].isalnum():
        return None
    window = text[max(0, paren_start - 120) : paren_start].rstrip()
    cut = max(window.rfind(sep) for sep in (". ", "; ", ": ", "(", ")", ", ", "/"))
    if cut >= 0:
        window = window[cut + 1 :]
    words = window.split()
    words = words[-(min(len(letters), 6) + 4) :]
    candidate = " ".join(words)
    # Fold each character (Greek letters become their names) and remember where it came from.
    chars: list[tuple[str, int]] = []
    for index, ch in enumerate(candidate):
        for folded in match_key(ch) or (" " if not ch.isalnum() else ch.casefold()):
            chars.append((folded, index))
    def word_start(pos: int) -> bool:
        index = chars[pos][1]
        first_of_char = pos == 0 or chars[pos - 1][1] != index
        return first_of_char and (index == 0 or not candidate[index - 1].isalnum())

    li, ci = len(letters) - 1, len(chars) - 1
    while li >= 0:
        while ci >= 0 and (chars[ci][0] != letters[li] or (li == 0 and not word_start(ci))):
            ci -= 1
        if ci < 0:
            return _last_word_form(candidate, short)
        li -= 1
        ci -= 1
    first = chars[ci + 1][1]
    long_form = candidate[first:].strip()
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


def _looks_like_protein(long_form: str) -> bool:
    return bool(_PROTEIN_WORDS.search(long_form))


def _guess_type(long_form: str) -> str:
    low = long_form.casefold()
    last = low.split()[-1] if low.split() else ""
    if _looks_like_protein(long_form):
        return "protein"
    if last in lexicon.CELL_HEADS:
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
    for segment in caption.split(";"):
        head, _, rest = segment.strip().partition(", ")
        if head and rest and len(head) <= 12 and " " not in head and 0 < len(rest.split()) <= 8 and "." not in rest:
            pairs.append((rest.strip().rstrip("."), head))
    for long_form, short in pairs:
        _link_abbreviation(grounding, long_form, short)
    grounding.abbreviations = pairs


def _link_abbreviation(grounding: Grounding, long_form: str, short: str) -> None:
    short_key = _lookup_text(grounding, short)
    long_key = _lookup_text(grounding, long_form)
    if short_key and long_key:
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


def _new_candidate(grounding: Grounding, long_form: str, short: str) -> str:
    key = f"caption:{form_keys(short)[0] if form_keys(short) else match_key(long_form)}"
    name = short if any(c.isupper() for c in short) else long_form
    grounding.candidates.setdefault(key, Candidate(key=key, name=name, type=_guess_type(long_form)))
    return key


def find_mentions(grounding: Grounding, text: str) -> list[Mention]:
    """Longest-match mentions of lexicon entries in ``text``, plus process and cell-type phrases."""
    if not text:
        return []
    grounding.prefixes = {key[:n] for key in grounding.local for n in range(1, len(key) + 1)}
    tokens = tokenize(text)
    starts = _global_lexicon().starts
    mentions: list[Mention] = []
    covered = [False] * len(tokens)
    i = 0
    while i < len(tokens):
        first = tokens[i].key
        could_start = (
            first in starts or first in grounding.prefixes or first[:-1] in starts
            or (first[:3] == "pro" and first[3:] in starts) or first[:3] == "pro"
        )
        found = _match_at(grounding, text, tokens, i) if could_start else None
        if found is None and _maybe_name(text, tokens[i]):
            like = _symbol_like(grounding, text, tokens, i)
            if like is not None:
                found = (like[1], like[2])
        if found is None:
            i += 1
            continue
        end_index, key = found
        end_index, key = _extend_numbered(grounding, text, tokens, i, end_index, key)
        start = tokens[i].start
        if start > 0 and text[start - 1] == "(" and ")" in text[start : tokens[end_index].end + 1]:
            start -= 1
        end = tokens[end_index].end
        numbered = _SLASH_NUMBER.match(text, end)
        if numbered is not None:
            # "NFAT3/4", "Gq/11": the slash number belongs to the name.
            end = numbered.end()
            while end_index + 1 < len(tokens) and tokens[end_index + 1].end <= end:
                end_index += 1
        if text[start] == "(" and text[start:end].count("(") > text[start:end].count(")"):
            end = text.index(")", end) + 1 if ")" in text[end : end + 2] else end
        mentions.append(Mention(start, end, key, text[start:end]))
        for j in range(i, end_index + 1):
            covered[j] = True
        i = end_index + 1
    mentions.extend(_phrases(grounding, text, tokens, covered, mentions))
    mentions.sort(key=lambda m: m.start)
    return mentions


_GREEK_PREFIX = re.compile(r"^[\u03b1-\u03c9]$")
_NOT_ENZYMES = frozenset({"release", "releases", "increase", "decrease", "disease", "database", "purchase", "showcase"})
_ENZYME_HEADS = frozenset({"kinase", "phosphatase", "synthase", "lyase", "dehydrogenase", "reductase", "oxidase",
                           "transferase", "ligase", "protease", "permease", "cyclase", "lipase", "peroxidase",
                           "deacetylase", "methyltransferase", "isomerase", "hydrolase", "sulfotransferase"})
_PROTEIN_TYPES = frozenset({"protein", "gene", "proteinfamily", "complex"})
_TO_HEADS = frozenset({"resistance", "sensitivity", "susceptibility", "tolerance"})
_DISEASE_ENDINGS = ("itis", "osis", "emia", "aemia", "pathy", "plasia", "trophy", "carcinoma", "sarcoma")
_CHEMICAL_ENDINGS = ("ose", "ate", "ine", "ide", "amine", "phosphate", "acid", "yl")
_GREEK_SYMBOL = re.compile(r"^[\u03b1-\u03c9](?=.*[A-Z0-9].*[A-Z0-9])\d?[A-Z]{1,5}\d?$")
_LOWER_PREFIX_SYMBOL = re.compile(r"^[a-z][A-Z]{2,5}\d?$")
_CODE_NAME = re.compile(r"^[A-Z]{1,4}\d?$")
_MIXED_SYMBOL = re.compile(r"^[A-Z][a-z]{2}[A-Z]\d?$")
_CAPITALS = re.compile(r"^[A-Z][A-Z0-9]{2,7}[\u03b1-\u03c9]?s?$")
_POINT_MUTATION = re.compile(r"^[A-Z]\d{2,4}[A-Z]$")
_SYMBOL = re.compile(r"^(?=(?:.*[A-Z]){2})(?=.*\d)[A-Za-z0-9]{3,10}$")


def _maybe_name(text: str, token: Token) -> bool:
    """Cheap test before :func:`_symbol_like`: capitalised, Greek, digit-bearing or an "-ase" word."""
    first = text[token.start]
    return first.isupper() or not first.isascii() or first.isdigit() or text[token.end - 3 : token.end] == "ase" or (
        token.end < len(text) and text[token.end] in "-\u2010"
    )


def _symbol_like(grounding: Grounding, text: str, tokens: list[Token], index: int) -> tuple[int, int, str] | None:
    """A name-like word the lexicon does not know, as a caption-only participant: a gene-symbol-like
    word ("AIM2", "NLRC4", "DOPEL"), an enzyme name ("δ-secretase") or a Greek-prefixed protein name
    ("α-synuclein"). Returns (first token, last token, key)."""
    token = tokens[index]
    word = text[token.start : token.end]
    before = text[token.start - 1] if token.start > 0 else " "
    after = text[token.end] if token.end < len(text) else " "
    if _GREEK_PREFIX.match(word) and after in "-\u2010" and index + 1 < len(tokens):
        nxt = tokens[index + 1]
        name = text[token.start : nxt.end]
        joined_on = nxt.end < len(text) and text[nxt.end] in "-\u2010"
        if (nxt.start == token.end + 1 and text[nxt.start : nxt.end].isalpha() and len(nxt.key) >= 4
                and nxt.key not in lexicon.GENERIC and not joined_on):
            return (index, index + 1, _candidate_named(grounding, name, "protein"))
    if after in "-\u2010" and before not in "-/\u2010":
        chemical = _hyphenated_chemical(grounding, text, tokens, index)
        if chemical is not None:
            return chemical
    if before in "-/\u2010" or after in "-\u2010":
        neighbours = []
        if before in "-/\u2010" and index > 0:
            neighbours.append(tokens[index - 1])
        if after in "-\u2010" and index + 1 < len(tokens):
            neighbours.append(tokens[index + 1])
        if any(text[t.start : t.end].isdigit() or text[t.start : t.end].islower() for t in neighbours):
            return None
        if not (_CAPITALS.match(word) or _SYMBOL.match(word)) or _POINT_MUTATION.match(word):
            return None
    symbol = (
        _SYMBOL.match(word) or _MIXED_SYMBOL.match(word) or _LOWER_PREFIX_SYMBOL.match(word) or _GREEK_SYMBOL.match(word)
    ) and not _POINT_MUTATION.match(word)
    capitals = _CAPITALS.match(word) and word.rstrip("s").upper() not in lexicon.NOT_SYMBOLS and not _POINT_MUTATION.match(word)
    enzyme = (word.endswith("ase") and len(word) >= 7 and word[1:].islower() and word.casefold() not in lexicon.GENERIC
              and word.casefold() not in lexicon.VERBS and word.casefold() not in lexicon.EVENT_NOUNS
              and word.casefold() not in _NOT_ENZYMES)
    if not (symbol or capitals or enzyme):
        return None
    return (index, index, _candidate_named(grounding, word, "protein"))


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
    if parts[-1].casefold() in _MODIFIER_STOP or parts[-1].casefold() in lexicon.VERBS:
        return None
    stem = any(p.casefold().endswith(_CHEMICAL_ENDINGS) and len(p) >= 5 for p in parts)
    numbered = any(p.isdigit() for p in parts) and any(p.isalpha() and len(p) >= 4 for p in parts)
    if not (stem or numbered):
        return None
    name = text[tokens[index].start : tokens[last].end]
    return (index, last, _candidate_named(grounding, name, "smallmolecule"))


def _candidate_named(grounding: Grounding, name: str, node_type: str) -> str:
    keys = form_keys(name)
    key = grounding.local.get(keys[0]) or f"caption:{keys[0]}"
    if key not in grounding.by_key:
        grounding.candidates.setdefault(key, Candidate(key=key, name=name, type=node_type))
    return key


def _extend_numbered(
    grounding: Grounding, text: str, tokens: list[Token], first: int, end_index: int, key: str
) -> tuple[int, str]:
    """"caspase" + "-4" is caspase-4, not the caspase family: a numbered member becomes its own candidate."""
    nxt = end_index + 1
    if nxt >= len(tokens) or text[tokens[end_index].end : tokens[nxt].start] not in {"-", ""}:
        return end_index, key
    number = text[tokens[nxt].start : tokens[nxt].end]
    if not (number.isdigit() and len(number) <= 3):
        return end_index, key
    combined = "".join(t.key for t in tokens[first : nxt + 1])
    if combined in grounding.local:
        return nxt, grounding.local[combined]
    name = text[tokens[first].start : tokens[nxt].end]
    ckey = f"caption:{combined}"
    grounding.candidates.setdefault(ckey, Candidate(key=ckey, name=name, type=grounding.type_of(key) if key in grounding.by_key else "protein"))
    grounding.local[combined] = ckey
    return nxt, ckey


def _gap_ok(gap: str) -> bool:
    return gap == "," or (len(gap) <= 3 and all(c in _GAP_CHARS for c in gap))


def _viable(key: str, prefixes: frozenset[str] | set[str]) -> bool:
    return key in prefixes or (key[-1:] == "s" and key[:-1] in prefixes) or (key[:3] == "pro" and key[3:] in prefixes)


def _match_at(grounding: Grounding, text: str, tokens: list[Token], i: int) -> tuple[int, str] | None:
    """The longest lexicon n-gram starting at token ``i``: (last token index, key)."""
    lex = _global_lexicon()
    local_prefixes = grounding.prefixes
    key = ""
    last = min(len(tokens), i + _MAX_N)
    keys: list[tuple[int, str]] = []
    for j in range(i, last):
        if j > i and not _gap_ok(text[tokens[j - 1].end : tokens[j].start]):
            break
        key += tokens[j].key
        if not (_viable(key, lex.prefixes) or _viable(key, local_prefixes)):
            break
        keys.append((j, key))
    first = tokens[i].key
    if first not in grounding.local and (first + "receptor" in lex.fplx or first + "r" in lex.fplx):
        nxt = text[tokens[i].end : tokens[i].end + 14].strip().casefold()
        if nxt.startswith(_ROLE_PREFIXES) and not nxt.startswith("receptor"):
            for suffix, surface_suffix in (("receptor", " receptor"), ("r", "R")):
                if first + suffix in lex.fplx:
                    surface = text[tokens[i].start : tokens[i].end] + surface_suffix
                    hit = _global_key(grounding, (first + suffix,), surface)
                    if hit is not None:
                        return (i, hit)
    for j, key in reversed(keys):
        variants = [key]
        if key.endswith("s") and len(key) > 3 and text[tokens[j].end - 1] == "s":
            variants.append(key[:-1])
        if key.startswith("pro") and len(key) > 6:
            variants.append(key[3:])
        for variant in variants:
            hit = grounding.local.get(variant)
            if hit is None and (variant in lex.fplx or variant in lex.terms):
                surface = text[tokens[i].start : tokens[j].end]
                hit = _global_key(grounding, (variant,), surface if variant == key else surface[:-1])
            if hit is not None:
                return (j, hit)
    return None


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
    name = text[start : tokens[idx - 1].end]
    gap = text[tokens[idx - 1].end : tokens[idx].start]
    receptor = text[tokens[idx].start : tokens[idx].end].casefold().startswith("receptor")
    if gap.strip(" \u2212-") or (receptor and owner is None and not any(c.isupper() or c.isdigit() for c in name)):
        return None
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


def _continues_noun_phrase(word: str) -> bool:
    low = word.casefold()
    return not (
        not low.isalpha() or not word.islower() or low in _MODIFIER_STOP or low in lexicon.VERBS
        or low.endswith(("ed", "ing", "ly"))
    )


def _of_word(text: str) -> bool:
    low = text.casefold()
    return low.isalpha() and len(low) > 2 and not low.endswith(("ed", "ing", "ly")) and low not in _MODIFIER_STOP and low not in lexicon.GENERIC - {"proteins", "genes"} and (
        low not in lexicon.VERBS
    )


def _phrases(
    grounding: Grounding, text: str, tokens: list[Token], covered: list[bool], mentions: list[Mention]
) -> list[Mention]:
    out: list[Mention] = []
    mention_at = {m.start: m for m in mentions}
    single = {m.start: m for m in mentions if m.key.startswith("caption:")}
    for idx, token in enumerate(tokens):
        word = text[token.start : token.end].casefold()
        if covered[idx]:
            term = single.get(token.start)
            if term is None or term.end != token.end or word not in lexicon.PROCESS_WORDS or idx == 0 or covered[idx - 1]:
                continue
            if not _plain_word(text[tokens[idx - 1].start : tokens[idx - 1].end]):
                continue
            mentions.remove(term)
            covered[idx] = False
        cell = word in lexicon.CELL_HEADS or word in _ENZYME_HEADS
        disease = word.endswith(_DISEASE_ENDINGS) and len(word) > 7 and word.isalpha()
        process = word in lexicon.PROCESS_HEADS or word in lexicon.PROCESS_WORDS or disease
        if word in _NAMED_HEADS and idx > 0 and (not covered[idx - 1] or word not in {"receptor", "receptors"}):
            receptor = _receptor_phrase(grounding, text, tokens, idx, mentions)
            if receptor is not None:
                out.append(receptor)
                covered[idx - 1] = covered[idx] = True
            continue
        if not (cell or process):
            continue
        if word in _ENZYME_HEADS and idx > 0 and covered[idx - 1] and text[tokens[idx - 1].end : token.start] == " ":
            owner = next((m for m in mentions if m.start <= tokens[idx - 1].start < m.end), None)
            if owner is not None and grounding.type_of(owner.key) in _PROTEIN_TYPES and owner.end == tokens[idx - 1].end:
                owner.end, owner.text = token.end, text[owner.start : token.end]
                covered[idx] = True
                continue
        start = token.start
        j = idx - 1
        taken = 0
        while j >= 0 and taken < 2:
            gap = text[tokens[j].end : start]
            if not _GAP_OK.match(gap) or "," in gap or "/" in gap or ("(" in gap and not cell):
                break
            piece = text[tokens[j].start : tokens[j].end]
            if covered[j]:
                owner = next((m for m in mentions if m.start <= tokens[j].start < m.end), None)
                hyphenated = text[tokens[j].end : start] in {"-", "\u2010"}
                if owner is None or (not cell and not hyphenated and (
                    owner.key in grounding.by_key or grounding.type_of(owner.key) not in _MODIFIER_TYPES
                )):
                    break
                start = owner.start if owner.start in mention_at else tokens[j].start
                while j >= 0 and tokens[j].start >= owner.start:
                    j -= 1
                taken += 1
                continue
            if not _plain_word(piece) or (word == "activation" and not piece[:1].isupper()):
                break
            if tokens[j].start > 0 and text[tokens[j].start - 1] in "-\u2010\u2013":
                break
            start = tokens[j].start
            taken += 1
            j -= 1
        end = token.end
        of_ext = False
        if word in _TO_HEADS and taken == 0:
            m = re.match(r" to ([A-Za-z][\w-]*[A-Za-z0-9])", text[end:])
            if m and m.group(1).casefold() not in _MODIFIER_STOP:
                end += len(m.group(0))
                of_ext = True
        if process and taken == 0 and word != "activation":
            rest = text[end:]
            m = re.match(r" of ([a-z][a-z-]+)\b(?: ([a-z][a-z-]+)\b)?(?![\w-])", rest)
            if m and _of_word(m.group(1)):
                two = bool(m.group(2)) and _of_word(m.group(2))
                stop = end + (len(m.group(0)) if two else len(" of ") + len(m.group(1)))
                after = re.match(r"\s*([A-Za-z]+)", text[stop:])
                if after is None or not text[stop : stop + 1].isspace() or not _continues_noun_phrase(after.group(1)):
                    end, of_ext = stop, True
        if taken == 0 and not of_ext and not disease:
            continue
        phrase = text[start:end].lstrip("(")
        start = end - len(phrase)
        keys = form_keys(phrase)
        if not keys:
            continue
        existing = grounding.local.get(keys[0])
        key = existing or f"caption:{keys[0]}"
        if existing is None:
            node_type = "protein" if word in _ENZYME_HEADS else "celltype" if cell else "disease" if disease else "biologicalprocess"
            grounding.candidates.setdefault(key, Candidate(key=key, name=phrase, type=node_type))
        for j2 in range(len(tokens)):
            if tokens[j2].start >= start and tokens[j2].end <= end:
                covered[j2] = True
        out.append(Mention(start, end, key, phrase))
    # Phrase mentions swallow any entity mention inside them (a cell type named after a transmitter).
    if out:
        spans = [(m.start, m.end) for m in out]
        mentions[:] = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in spans)]
    return out
