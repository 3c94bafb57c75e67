"""Reading records: both on-disk formats, their real-data quirks, and clear errors for bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import KETAMINE_SEED, SITE

from pfocr_net.errors import RecordError
from pfocr_net.records import read_record, read_records

UUID = "f8d44b29-dec4-11ea-99da-0ac135e8bacf"


def test_seed_record_fields_and_inline_entities() -> None:
    record = read_record(KETAMINE_SEED)
    assert record.figid == "PMC7859674__10.1177_0269881120959644-fig3"
    assert record.pmcid == "PMC7859674"
    assert record.title.startswith("Proposed signalling pathways")
    assert record.caption.startswith("Proposed signalling pathways") and record.caption.endswith("actions.")
    assert record.organisms == ["Homo sapiens"]
    assert record.ndex == ""
    assert record.site_root is None
    assert {g.symbol for g in record.genes} >= {"AKT1", "MAP2K1", "NTRK2", "EEF2"}
    assert any(g.word == "МЕК" for g in record.genes), "the OCR word keeps its Cyrillic letters"
    ketamine = next(c for c in record.chemicals if c.word == "Ketamine")
    assert ketamine.identifiers == ("mesh:D007649",)
    assert next(c for c in record.chemicals if c.word == "NMDA").identifiers == ()


def test_site_checkout_reads_every_figure_with_its_tsvs() -> None:
    records = list(read_records([SITE]))
    assert all(not isinstance(r, RecordError) for r in records)
    assert len(records) == len(list((SITE / "_figures").glob("*.md")))
    by_id = {r.figid: r for r in records}
    string_organism = by_id["PMC100005__mb2410575011"]
    assert string_organism.organisms == ["Homo sapiens"]
    assert string_organism.ndex == UUID
    assert string_organism.site_root == SITE.resolve()
    five_column = by_id["PMC10033547__fimmu-14-1063018-g008"]
    assert ("mesh:D020123", "chebi:9168") in [c.identifiers for c in five_column.chemicals]
    three_column = by_id["PMC3304603__kjhep-16-376-g001"]
    assert all(ident.startswith("mesh:") for c in three_column.chemicals for ident in c.identifiers)
    no_genes_file = by_id["PMC10003241__ijms-24-04893-g003"]
    assert no_genes_file.genes == [] and no_genes_file.diseases


def test_single_figure_file_in_checkout_finds_its_data() -> None:
    record = read_record(SITE / "_figures" / "PMC10033547__fimmu-14-1063018-g008.md")
    assert record.genes and record.chemicals and record.diseases
    assert record.organisms == [], "the 'NA' placeholder is not an organism"


def test_gene_symbol_na_is_a_gene_not_a_missing_value(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "_figures").mkdir(parents=True)
    (site / "_data").mkdir()
    (site / "_figures" / "PMC1__f1.md").write_text("---\nfigid: PMC1__f1\ncaption: x\n---\n", encoding="utf-8")
    (site / "_data" / "PMC1__f1-genes.tsv").write_text(
        "organism_id\torganism_name\torganism_group\tword\tmatch\tncbigene_symbol\tncbigene_id\tsource\tcount_direct\tcount_match\n"
        "7227\tDrosophila melanogaster\tInvertebrates\tBAR\tBAR\tNA\t44798\tncbigene_synonym\t1\tNA\n",
        encoding="utf-8",
    )
    record = read_record(site / "_figures" / "PMC1__f1.md")
    assert [(g.symbol, g.entrez) for g in record.genes] == [("NA", "44798")]


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "field", "words"),
    [
        ("no front matter here\n", None, "no YAML front matter"),
        ("---\nfigid: [unclosed\n---\n", None, "not valid YAML"),
        ("---\ncaption: hello\n---\n", "figid", "missing"),
        ("---\nfigid: 12\n---\n", "figid", "expected text"),
        ("---\nfigid: ../../etc/passwd\n---\n", "figid", "not a safe file name"),
        ("---\nfigid: PMC1__a\ncaption: [1, 2]\n---\n", "caption", "expected text"),
        ("---\nfigid: PMC1__a\ngenes: {word: AKT}\n---\n", "genes", "expected a list"),
        ("---\nfigid: PMC1__a\norganisms: 5\n---\n", "organisms", "expected a list or a name"),
        ("---\nfigid: PMC1__a\nndex: not-a-uuid\n---\n", "ndex", "UUID"),
        ("---\nfigid: PMC1__a\n", None, "not closed"),
    ],
)
def test_bad_input_gives_one_line_error_naming_file_and_field(
    tmp_path: Path, text: str, field: str | None, words: str
) -> None:
    path = _write(tmp_path, "bad.md", text)
    with pytest.raises(RecordError) as caught:
        read_record(path)
    message = str(caught.value)
    assert "\n" not in message
    assert str(path) in message
    assert words in message
    if field:
        assert f"field '{field}'" in message


def test_batch_reports_bad_files_and_reads_the_rest(tmp_path: Path) -> None:
    _write(tmp_path, "a.md", "---\nfigid: PMC1__good\ncaption: ok\n---\n")
    _write(tmp_path, "b.md", "not a record\n")
    items = list(read_records([tmp_path, tmp_path / "missing.md"]))
    good = [i for i in items if not isinstance(i, RecordError)]
    bad = [i for i in items if isinstance(i, RecordError)]
    assert [r.figid for r in good] == ["PMC1__good"]
    assert len(bad) == 2 and "missing.md" in str(bad[1])


def test_unreadable_tsv_is_reported_for_its_figure(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "_figures").mkdir(parents=True)
    (site / "_data").mkdir()
    _write(site / "_figures", "PMC1__f1.md", "---\nfigid: PMC1__f1\n---\n")
    (site / "_data" / "PMC1__f1-genes.tsv").write_bytes(b"word\tncbigene_id\n\xff\xfe\x00bad\n")
    with pytest.raises(RecordError, match="PMC1__f1-genes.tsv"):
        read_record(site / "_figures" / "PMC1__f1.md")
