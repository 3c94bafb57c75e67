"""Site checkouts: the ``_data`` tables win over the front matter's own lists, which are then not read."""

from __future__ import annotations

from pathlib import Path

import pytest

from pfocr_net.errors import RecordError
from pfocr_net.records import read_record

GENES_TSV = (
    "organism_id\torganism_name\torganism_group\tword\tmatch\tncbigene_symbol\tncbigene_id\tsource\n"
    "9606\tHomo sapiens\tPrimates\tTrkA\tTRKA\tNTRK1\t4914\tncbigene_synonym\n"
)
INLINE_GENES = "genes:\n- word: AKT\n  hgnc_symbol: AKT1\n  source: hgnc_symbol\n  entrez: '207'\n"


def _site(tmp_path: Path, front: str, tables: dict[str, str]) -> Path:
    (tmp_path / "_figures").mkdir()
    (tmp_path / "_data").mkdir()
    record = tmp_path / "_figures" / "PMC1__f1.md"
    record.write_text(f"---\nfigid: PMC1__f1\n{front}---\nbody\n", encoding="utf-8")
    for kind, text in tables.items():
        (tmp_path / "_data" / f"PMC1__f1-{kind}.tsv").write_text(text, encoding="utf-8")
    return record


def test_table_wins_over_inline_genes(tmp_path: Path) -> None:
    record = read_record(_site(tmp_path, f"caption: x\n{INLINE_GENES}", {"genes": GENES_TSV}))
    assert [(g.symbol, g.entrez) for g in record.genes] == [("NTRK1", "4914")]
    assert record.caption == "x"


def test_inline_genes_used_when_the_table_is_missing(tmp_path: Path) -> None:
    record = read_record(_site(tmp_path, f"{INLINE_GENES}caption: after\n", {}))
    assert [(g.symbol, g.entrez) for g in record.genes] == [("AKT1", "207")]
    assert record.caption == "after", "fields after the genes block are still read"


def test_broken_inline_list_reported_with_its_line_when_no_table(tmp_path: Path) -> None:
    with pytest.raises(RecordError, match=r"not valid YAML \(line 6\)"):
        read_record(_site(tmp_path, "caption: x\ngenes:\n- word: [unclosed\n", {}))


def test_broken_inline_list_is_not_read_when_a_table_replaces_it(tmp_path: Path) -> None:
    record = read_record(_site(tmp_path, "caption: x\ngenes:\n- word: [unclosed\n", {"genes": GENES_TSV}))
    assert [g.symbol for g in record.genes] == ["NTRK1"]


def test_yaml_error_comes_before_other_problems(tmp_path: Path) -> None:
    path = _site(tmp_path, "genes:\n- [oops\n", {"genes": GENES_TSV})
    path.write_text(path.read_text(encoding="utf-8").replace("figid: PMC1__f1\n", ""), encoding="utf-8")
    with pytest.raises(RecordError, match="not valid YAML"):
        read_record(path)


def test_alias_across_blocks_still_resolves(tmp_path: Path) -> None:
    front = "genes:\n- word: &w AKT\n  hgnc_symbol: AKT1\n  entrez: '207'\ncaption: *w\n"
    record = read_record(_site(tmp_path, front, {}))
    assert record.caption == "AKT" and [g.word for g in record.genes] == ["AKT"]


def test_short_and_repeated_table_rows(tmp_path: Path) -> None:
    table = GENES_TSV + GENES_TSV.splitlines(keepends=True)[1] + "9606\tHomo sapiens\tPrimates\tX\n"
    record = read_record(_site(tmp_path, "", {"genes": table}))
    assert [g.symbol for g in record.genes] == ["NTRK1"], "the repeat and the short row without a gene are dropped"


def test_genes_table_without_id_column_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RecordError, match="not a PFOCR genes table"):
        read_record(_site(tmp_path, "", {"genes": "word\tmatch\nA\tA\n"}))


def test_chemicals_table_layouts(tmp_path: Path) -> None:
    five = "word\tmatch\tname\tmesh\tchebi\nATP\tatp\t\tD000255\t15422\nGlu\tglu\tGlutamate\tNA\tCHEBI:1\n"
    record = read_record(_site(tmp_path, "", {"chemicals": five, "diseases": "word\tsource\tidentifier\ncancer\tDOID\t162\n"}))
    assert [(c.word, c.name, c.identifiers) for c in record.chemicals] == [
        ("ATP", "atp", ("mesh:D000255", "chebi:15422")),
        ("Glu", "Glutamate", ("chebi:1",)),
    ]
    assert [(d.word, d.identifiers) for d in record.diseases] == [("cancer", ("doid:162",))]
