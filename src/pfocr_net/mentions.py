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

from pfocr_net import famplex, lexicon
from pfocr_net.model import Entity, Record
from pfocr_net.names import extend_numbered, maybe_name, phrases, symbol_like
from pfocr_net.text import fold_homoglyphs, match_key
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

_STEREO = re.compile(
    r"\((?:[0-9]{0,2}[RSEZ](?:,\s?[0-9]{0,2}[RSEZ])*|[+\u00b1-]|R,S|S,R)\)-[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]"
)
_ABBREV = re.compile(r"\(([^()\s;,]{2,12})\)")
_RECEPTOR_SYMBOL = re.compile(r"^(GRI[ANKD]|GRM|HTR|DRD|ADR[AB]|OPR[MDK]|CHRN|GABR|P2R[XY]|CNR|NTRK)|R\d*[A-Z]?\d?$")
_PROTEIN_WORDS = re.compile(
    r"(?i)\b(proteins?|kinases?|receptors?|factors?|ligands?|channels?|transporters?|enzymes?|synthases?|"
    r"hormones?|interleukins?|subunits?|complex(es)?|cyclases?|homologs?|domains?|antigens?|family|containing|"
    r"targets?)\b|ases?\b"
)
_MAX_N = 8
_SLASH_NUMBER = re.compile(r"/\d{1,2}(?![\w-])")
_GAP_CHARS = frozenset(" -\u2010\u2011\u2013/()'\u2019")
_ROLE_PREFIXES = tuple(lexicon.ROLE_NOUNS)
_COMPOUND_WORD = re.compile(r"[,;«»]|/(?!\d\b)|[\u2013\u2014]")
#: Grounding-map namespaces used for caption-only participants.
_GROUNDING_NAMESPACES = frozenset({"FPLX", "UP", "HGNC", "CHEBI", "PUBCHEM", "HMDB"})
#: Node-type preference when one text names several entities.
_TYPE_RANK = {"complex": 0, "proteinfamily": 0, "protein": 1, "gene": 1, "smallmolecule": 2, "drug": 2,
              "chemical": 3, "disease": 4}  # fmt: skip


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


_PARENTHETICAL = re.compile(r"\s*\(([^()]{1,15})\)\s*")


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
    _read_abbreviations(grounding, caption)
    grounding.caption_mentions = find_mentions(grounding, caption)
    title = (record.title or "").strip()
    if title and title.rstrip(".") not in caption:
        grounding.title_mentions = [Mention(m.start, m.end, m.key, m.text, "title") for m in find_mentions(grounding, title)]
    return grounding


@cache
def _small_molecule_keys() -> frozenset[str]:
    return frozenset(match_key(w) for w, t in lexicon.CAPTION_TERMS.items() if t == "smallmolecule")


def _add_entity_forms(grounding: Grounding) -> None:
    ranked = sorted(grounding.entities, key=lambda e: _TYPE_RANK.get(e.type, 5))
    small = _small_molecule_keys()
    local = grounding.local
    for entity in ranked:
        chemical = entity.type in {"smallmolecule", "chemical", "drug"}
        names = _entity_form_keys(entity.key, entity.name, tuple(entity.words), tuple(entity.aliases), tuple(entity.members))
        for key, receptor_form in names:
            if receptor_form:
                local.setdefault(key, entity.key)
                continue
            current = local.get(key)
            if current is None or (chemical and key in small):
                local[key] = entity.key


@lru_cache(maxsize=16384)
def _entity_form_keys(
    key: str, name: str, words: tuple[str, ...], aliases: tuple[str, ...], members: tuple[str, ...]
) -> tuple[tuple[str, bool], ...]:
    """The lookup keys an entity is named by, in order, each with whether it is a receptor form ("D1
    receptor" for DRD1), which never displaces a key already taken. Cached: genes recur across records."""
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


def lookup_text(grounding: Grounding, text: str) -> str | None:
    """Entity/candidate key for a whole text, or None."""
    keys = form_keys(text)
    for key in keys:
        if key in grounding.local:
            return grounding.local[key]
    return _global_key(grounding, keys, text)


def _global_key(grounding: Grounding, keys: tuple[str, ...], surface: str) -> str | None:
    lex = _global_lexicon()
    for key in keys:
        targets = lex.fplx.get(key)
        if targets:
            target = targets.get(surface)
            if target is None:
                if len(key) <= 3 or not any(c.isupper() or c.isdigit() or not c.isascii() for c in surface):
                    continue
                target = _folded_targets(key).get(surface.casefold()) or next(iter(targets.values()))
            return _candidate_for(grounding, target, surface)
        term = lex.terms.get(key)
        if term is not None:
            ckey = f"caption:{key}"
            grounding.candidates.setdefault(ckey, Candidate(key=ckey, name=term[0], type=term[1]))
            return ckey
    return None


@lru_cache(maxsize=16384)
def _folded_targets(key: str) -> dict[str, tuple[str, str]]:
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
        grounding.candidates[curie] = Candidate(
            key=curie, name=name, type=_grounded_type(namespace, ident), represents=curie, members=members,
            grounding_source="famplex_grounding_map",
        )  # fmt: skip
    return curie


@lru_cache(maxsize=4096)
def _folded_char(ch: str) -> str:
    """One character as :func:`_long_form` compares it: folded (Greek letters spelled out), or a space."""
    return match_key(ch) or (" " if not ch.isalnum() else ch.casefold())


def _long_form(text: str, paren_start: int, short: str) -> str | None:
    """Schwartz-Hearst style long form ending just before ``(`` for the abbreviation ``short``."""
    letters = list(match_key(short))  # match_key keeps only a-z and 0-9
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
    chars = [(folded, index) for index, ch in enumerate(candidate) for folded in _folded_char(ch)]
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


def _link_abbreviation(grounding: Grounding, long_form: str, short: str) -> None:
    short_key = lookup_text(grounding, short)
    long_key = lookup_text(grounding, long_form)
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
    prefixes = grounding.prefixes
    prefixes.update(*map(_key_prefixes, islice(grounding.local, grounding.prefixed, None)))
    grounding.prefixed = len(grounding.local)
    tokens = tokenize(text)
    mentions: list[Mention] = []
    covered = [False] * len(tokens)
    following = 0  # the first token not yet covered by a mention
    for i, lexical in _start_candidates(text, tokens, prefixes):
        if i < following:
            continue
        found = _match_at(grounding, text, tokens, i) if lexical else None
        if found is None:
            like = symbol_like(grounding, text, tokens, i) if maybe_name(text, tokens[i]) else None
            if like is None:
                continue
            found = (like[1], like[2])
        end_index, key = found
        end_index, key = extend_numbered(grounding, text, tokens, i, end_index, key)
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
        following = end_index + 1
    mentions.extend(_numbered_siblings(grounding, text, mentions))
    mentions.extend(phrases(grounding, text, tokens, covered, mentions))
    mentions.sort(key=_mention_start)
    return mentions


def _start_candidates(text: str, tokens: list[Token], prefixes: set[str]) -> list[tuple[int, bool]]:
    """The tokens a mention can start at, each with whether a lexicon n-gram can start there (else only a
    name-like word can): every other token is skipped without a look."""
    out: list[tuple[int, bool]] = []
    for i, token in enumerate(tokens):
        first = token.key
        if _may_start(first) or first in prefixes:
            out.append((i, True))
        elif maybe_name(text, token):
            out.append((i, False))
    return out


_mention_start = attrgetter("start")


@lru_cache(maxsize=65536)
def _key_prefixes(key: str) -> tuple[str, ...]:
    """Every non-empty prefix of a lookup key."""
    return tuple(key[:n] for n in range(1, len(key) + 1))


@lru_cache(maxsize=65536)
def _may_start(first: str) -> bool:
    """Whether a token key can start a global lexicon n-gram (the record lexicon is checked apart)."""
    starts = _global_lexicon().starts
    return first in starts or first[:-1] in starts or (first[:3] == "pro" and first[3:] in starts) or first[:3] == "pro"


@lru_cache(maxsize=65536)
def _has_receptor_form(first: str) -> bool:
    """Whether FamPlex grounds ``first`` + "receptor" or ``first`` + "r" ("EP1" -> "EP1 receptor", "EP1R")."""
    fplx = _global_lexicon().fplx
    return first + "receptor" in fplx or first + "r" in fplx


_SIBLING_NUMBER = re.compile(r"(?:,\s*|,?\s+(?:and|or)\s+)(\d{1,3})\b(?![-\w])")
_NUMBERED = re.compile(r"^(.*[A-Za-z])[-\u2010\s]?(\d{1,3})$")


def _numbered_siblings(grounding: Grounding, text: str, mentions: list[Mention]) -> list[Mention]:
    """"caspase-4, 5, and 11": bare numbers listed after a numbered name are its siblings."""
    found: list[Mention] = []
    for mention in mentions:
        if not mention.key.startswith("caption:"):
            continue
        named = _NUMBERED.match(mention.text)
        if named is None:
            continue
        position = mention.end
        while (match := _SIBLING_NUMBER.match(text, position)) is not None:
            name = f"{named.group(1)}-{match.group(1)}"
            keys = form_keys(name)
            key = grounding.local.get(keys[0]) or f"caption:{keys[0]}"
            grounding.candidates.setdefault(key, Candidate(key=key, name=name, type=grounding.type_of(mention.key)))
            grounding.local.setdefault(keys[0], key)
            found.append(Mention(match.start(1), match.end(1), key, match.group(1)))
            position = match.end()
    return found


@lru_cache(maxsize=4096)
def _gap_ok(gap: str) -> bool:
    return gap == "," or (len(gap) <= 3 and all(c in _GAP_CHARS for c in gap))


def _viable(key: str, prefixes: frozenset[str] | set[str]) -> bool:
    return key in prefixes or (key[-1:] == "s" and key[:-1] in prefixes) or (key[:3] == "pro" and key[3:] in prefixes)


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
            if not _gap_ok(text[previous_end : token.start]):
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

