"""The fast paths of caption reading give what the full paths give, on real captions and on arbitrary text.

Each cheap precheck in front of a regex (a substring, a first or last character) must hold wherever the regex
matches, so that skipping the regex where the precheck fails never changes a result; the hedge-word scan must give
exactly the words the regex it replaced gives."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pfocr_net import hedging, lexicon, mentions, patterns, relations
from pfocr_net.entities import entities_from_record
from pfocr_net.model import Record
from pfocr_net.records import read_records

FIXTURES = Path(__file__).parent / "fixtures"
#: The hedge words regex that ``hedging._word_list`` replaces.
HEDGE_WORD = re.compile(r"[A-Za-z]+(?:['\u2019][a-z]+)?")
#: Characters the patterns treat specially, and words they look for, mixed with arbitrary characters.
PIECES = ["a", "Z", "9", "'", "\u2019", "-", "\u2010", "(", ")", " ", "\n", "p", "(p", "S", "473", "N-", "C\u2010",
          "terminal", " domain", " regions", "motif", "linker", "receptor", "receptors", "independent", "INDEPENDENT",
          " inhibitor", "-antagonists", " agonist", " blocker", "-activators", "n't", "it's", "\u03b1", "\u212a",
          " alpha", " Kappa", " \u03c9", " \u03b8"]
TRICKY = st.lists(st.sampled_from(PIECES) | st.characters(), max_size=30).map("".join)


def _captions() -> list[str]:
    folders = sorted({p.parent for p in FIXTURES.rglob("*.md") if p.parent.name != "_data"})
    texts = [t for r in read_records(folders) if isinstance(r, Record) for t in (r.caption, r.title) if t]
    assert len(texts) > 100
    return texts


def _check(text: str) -> None:
    assert hedging._word_list(text) == HEDGE_WORD.findall(text), repr(text)
    lowered: list[str] = []
    assert hedging._word_list(text, lowered) == HEDGE_WORD.findall(text), repr(text)
    assert lowered == [w.lower() for w in HEDGE_WORD.findall(text)], repr(text)
    # find_mentions tries the part and terminus patterns only in a text holding their words
    if not any(word in text for word in mentions._PART_WORDS):
        assert not any(mentions._PART_AFTER.match(text, i) for i in range(len(text) + 1)), repr(text)
    if "terminal" not in text:
        assert not any(mentions._TERMINAL_BEFORE.search(text, 0, i) for i in range(len(text) + 1)), repr(text)
    # units_of tries "-independent" only after a dash; _drop_parentheticals the abbreviation only after "("
    for i in range(len(text) + 1):
        if patterns._INDEPENDENT_AFTER.match(text, i):
            assert text[i : i + 1] in patterns._DASHES, repr(text)
        if mentions._PRODUCTS_AFTER.match(text, i):
            assert mentions._may_start_products(text, i), repr(text)
        if mentions._SIBLING_NUMBER.match(text, i):
            assert text[i] == "," or text[i].isspace(), repr(text)
        if mentions._SPACED_GREEK.match(text, i):
            assert "\u03b1" <= text[i + 1 : i + 2] <= "\u03c9", repr(text)
        if mentions._SPELLED_GREEK.match(text, i):
            assert text[i + 1 : i + 2] in mentions._SPELLED_GREEK_INITIALS, repr(text)
        between = relations._RECEPTOR_BETWEEN.match(text, i)
        if between is not None:  # (the text between two mentions that _named_receptors reads is in the sentence)
            assert "receptor" in between.group(0), repr(text)
    # reading_calls: residue sites and drug-role classes, on every suffix (a mention's text is any short span)
    for i in range(len(text)):
        tail = text[i:]
        if relations._SITE.match(tail):
            assert tail.startswith(relations._SITE_STARTS), repr(tail)
        if relations._ROLE_CLASS.match(tail):
            assert tail.endswith(relations._ROLE_ENDINGS), repr(tail)


def test_prechecks_and_scans_agree_with_the_regexes_on_every_fixture_caption() -> None:
    for text in _captions():
        _check(text[:400])  # (the checks try every position: a caption's opening is enough and keeps this quick)
        for sentence_start, sentence_end in relations.sentences(text):
            sentence = text[sentence_start:sentence_end]
            assert hedging._word_list(sentence) == HEDGE_WORD.findall(sentence)


@settings(max_examples=300, deadline=None)
@given(TRICKY)
def test_prechecks_and_scans_agree_with_the_regexes_on_arbitrary_text(text: str) -> None:
    _check(text)


def test_fast_paths_keep_what_the_full_paths_find() -> None:
    assert hedging._word_list("TNF doesn't act; it's MEK\u2019s target, not ERK's'") == [
        "TNF", "doesn't", "act", "it's", "MEK\u2019s", "target", "not", "ERK's"]
    assert hedging.clause_cues("MEK may not activate ERK") == (["may"], ["not"])
    assert relations._SITE.match("(pS473)") and "(pS473)".startswith(relations._SITE_STARTS)
    assert relations._ROLE_CLASS.match("MEK inhibitors") and "MEK inhibitors".endswith(relations._ROLE_ENDINGS)


def test_hedge_phrases_are_looked_for_only_where_an_anchor_word_stands() -> None:
    texts = [*_captions(), "It is thought to act", "MEK needs to be elucidated", "we posit that", "seem to be"]
    for text in texts:
        tokens = hedging.words(text)
        full = [w for w in tokens if w in lexicon.HEDGE_WORDS]
        full.extend(hedging._phrases(tokens, lexicon.HEDGE_PHRASES, set(tokens)))
        assert hedging._hedges(tokens) == list(dict.fromkeys(full)), repr(text)
        assert hedging.words(text) == [w.casefold() for w in HEDGE_WORD.findall(text)]


def test_the_record_prefixes_are_every_prefix_of_the_record_keys() -> None:
    folders = sorted({p.parent for p in FIXTURES.rglob("*.md") if p.parent.name != "_data"})
    records = [r for r in read_records(folders) if isinstance(r, Record)]
    for record in records[:80]:
        grounding = mentions.ground_record(record, entities_from_record(record))
        keys = list(grounding.local)[: grounding.prefixed]
        assert grounding.prefixes == {key[:n] for key in keys for n in range(1, len(key) + 1)}, record.figid


def test_greek_letters_after_a_name_are_looked_for_only_after_a_possible_first_letter() -> None:
    texts = [*_captions(), " alpha", " KAPPA", " \u212aappa", " \u03b1", " \u03c9", " \u03b8-", " Beta-"]
    for text in texts:
        for i in range(len(text)):
            if mentions._SPACED_GREEK.match(text, i):
                assert "\u03b1" <= text[i + 1 : i + 2] <= "\u03c9", repr(text)
            if mentions._SPELLED_GREEK.match(text, i):
                assert text[i + 1 : i + 2] in mentions._SPELLED_GREEK_INITIALS, repr(text)
    every_char = "".join(chr(c) for c in range(0x250)) + "\u212a\u212b\u0391\u0392\u0394\u0395\u039a"
    for char in every_char:  # no other character stands for the first letter of a spelled-out Greek name
        if mentions._SPELLED_GREEK.match(f" {char}lpha") or mentions._SPELLED_GREEK.match(f" {char}appa") or any(
            mentions._SPELLED_GREEK.match(f" {char}{rest}") for rest in ("eta", "amma", "elta", "psilon")
        ):
            assert char in mentions._SPELLED_GREEK_INITIALS, repr(char)


ER_PIECES = ["ER", "er", "Er", "eR", " ", "-", "/", "SR/", "sr/", "ER/SR", "stress", "LUMEN", "Golgi", " to the ",
             "to ", "Ca2+", "endoplasmic reticulum", "Endoplasmic Reticulum", "estrogen", "OESTROGEN", "alpha",
             "Beta", "\u03b1", "\u03b2", "_", "a", "1", ".", "\u017f", "\u212a", "\u0130", "\u0131"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(ER_PIECES) | st.characters(), max_size=20).map("".join))
def test_er_scans_match_the_regexes(text: str) -> None:
    assert mentions._names_er_compartment(text) == (mentions._ER_COMPARTMENT.search(text) is not None), repr(text)
    assert mentions._names_estrogen(text) == (mentions._ESTROGEN.search(text) is not None), repr(text)


def test_er_scans_on_captions() -> None:
    for text in _captions():
        assert mentions._names_er_compartment(text) == (mentions._ER_COMPARTMENT.search(text) is not None)
        assert mentions._names_estrogen(text) == (mentions._ESTROGEN.search(text) is not None)


PROTEIN_PIECES = ["kinase", "KINASES", "ase", "ases", "Ase", "protein", "Proteins", "complex", "COMPLEXES", "family",
                  "families", "containing", "receptor", " ", "-", "(", "_", "1", "s", "x", "of", "\u017f", "\u212a",
                  "\u0131", "\u0130", "\u00e9"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(PROTEIN_PIECES) | st.characters(), max_size=12).map("".join))
def test_protein_words_match_the_regex(text: str) -> None:
    assert mentions._names_protein_word(text) == (mentions._PROTEIN_WORDS.search(text) is not None), repr(text)


def test_protein_words_on_captions() -> None:
    for text in _captions():
        for piece in [text, *text.split("(")]:
            assert mentions._names_protein_word(piece) == (mentions._PROTEIN_WORDS.search(piece) is not None)


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from([".", ":", " ", "\n", "\u2003", "a", "B", ". ", ":\t", "..", "x.y"]) | st.characters(),
                max_size=20).map("".join))
def test_opening_phrase_matches_the_split(text: str) -> None:
    assert hedging._opening(text) == hedging._OPENING_END.split(text.strip(), maxsplit=1)[0], repr(text)


def test_opening_phrase_on_captions() -> None:
    for text in _captions():
        assert hedging._opening(text) == hedging._OPENING_END.split(text.strip(), maxsplit=1)[0]


DEFINED_PIECES = [" (", "(", ")", " (HH)", " (NICD),", " (a b)", ",", ";", " and ", "and", " ", "\n", "x", "Ab", "\u2003"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(DEFINED_PIECES) | st.characters(), max_size=25).map("".join), st.integers(1, 5))
def test_defined_names_count_as_findall(text: str, wanted: int) -> None:
    expected = len(relations._DEFINED_NAME.findall(text)) >= wanted
    assert relations._defines_names(text, wanted) == expected, repr(text)


def test_defined_names_on_captions() -> None:
    for text in _captions():
        for wanted in (1, 4):
            assert relations._defines_names(text, wanted) == (len(relations._DEFINED_NAME.findall(text)) >= wanted)


CLAUSE_PIECES = [";", ",", " ", "\n", "\u2003", "but", "butter", "while", "whereas", "although", "_", "x", "1", ", but ",
                 " while", ",\nwhereas", "\u00e9", "a"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(CLAUSE_PIECES) | st.characters(), max_size=20).map("".join))
def test_clause_splits_as_finditer(text: str) -> None:
    expected = [(m.start(), m.end()) for m in relations._CLAUSE_SPLIT.finditer(text)]
    assert relations._clause_splits(text) == expected, repr(text)


def test_clause_splits_on_captions() -> None:
    for text in _captions():
        assert relations._clause_splits(text) == [(m.start(), m.end()) for m in relations._CLAUSE_SPLIT.finditer(text)]


def test_capital_first_is_isupper_of_the_first_character() -> None:
    from pfocr_net.names import _capital_first

    for code in range(0x3000):
        for word in (chr(code), chr(code) + "ab"):
            assert _capital_first(word) == word[:1].isupper(), repr(word)
    assert not _capital_first("")


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(["a", "z", "A", "fog", "-", "1", "\u0661", "vasa", "as", "\u00e9"]) | st.characters(),
                max_size=6).map("".join))
def test_plain_lower_word_as_the_regex(word: str) -> None:
    assert mentions._plain_lower_word(word) == (mentions._LOWER_WORD.fullmatch(word) is not None), repr(word)


def test_unit_scanner_code_tests_agree_with_the_character_sets() -> None:
    for code in range(0x2100):
        assert patterns._is_joiner(code) == (chr(code) in patterns._JOINERS), code
        assert patterns._is_mark(code) == (chr(code) in patterns._MARKS), code


def test_operators_come_only_from_operator_words() -> None:
    # _operator tries its word branches only for _OPERATOR_WORDS: every other word gives no operator there
    for text in _captions()[:150]:
        units = patterns.units_of(text, 0, len(text), [])
        words = patterns._words_of(units)
        for i, unit in enumerate(units):
            if unit.kind == "W" and words[i] not in patterns._OPERATOR_WORDS:
                assert patterns._word_operator(units, words, i, []) is None, (text, i)


def test_role_endings_end_in_a_role_last_character() -> None:
    assert all(relations._may_end_in_role(ending) for ending in relations._ROLE_ENDINGS)
    assert all(relations._may_end_in_role(f"MEK {ending}") for ending in relations._ROLE_ENDINGS)
    assert not relations._may_end_in_role("") and not relations._may_end_in_role("MEK")


def test_every_figure_hedge_holds_an_anchor() -> None:
    for word in lexicon.FIGURE_HEDGES:
        assert any(anchor in word for anchor in hedging._FIGURE_HEDGE_ANCHORS), word
    for text in _captions():
        if not hedging._may_hold_figure_hedge(text):
            assert not any(w in lexicon.FIGURE_HEDGES for w in hedging.words(text)), repr(text)


def test_word_facts_agree_with_the_per_token_tests() -> None:
    from pfocr_net import names
    from pfocr_net.tokens import tokenize

    for text in _captions()[:150]:
        for token in tokenize(text):
            assert token.facts.key == token.key
            assert names.name_start_at(text, token) == (
                names._name_shaped(token.word) or names.class_noun_type(token.word) is not None
                or names._name_cue_after(text, token))
            assert token.facts.name_start in (0, 1)
            mentions._start_candidates(text, [token], set())
            assert token.facts.may_start == int(mentions._may_start(token.key))


def test_close_mentions_scan_agrees_with_the_joined_kinds() -> None:
    for text in _captions()[:200]:
        for start, end in relations.sentences(text):
            units = patterns._word_units(text, start, end)
            # (mentions at a few spots, to give the kinds their E runs)
            for step in (2, 3, 5):
                mixed = [patterns.Unit("E", u.text, u.start, u.end, "k") if n % step == 0 else u for n, u in enumerate(units)]
                kinds = "".join(u.kind for u in mixed)
                expected = "EE" in kinds or "EWE" in kinds or "EWWE" in kinds or any("(" in u.text for u in mixed)
                assert patterns._mentions_close_or_parenthesis(mixed) == expected, (text, step)
