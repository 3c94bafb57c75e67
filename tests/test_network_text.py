"""Caption and reference text reach the network attributes HTML-escaped, as NDEx shows them."""

from __future__ import annotations

from pathlib import Path

from pfocr_net.model import Extraction, Record
from pfocr_net.network import build_cx2


def test_description_and_reference_are_escaped() -> None:
    record = Record(
        figid="PMC1__f1",
        path=Path("PMC1__f1.md"),
        pmcid="PMC1",
        caption="A<B & \"C\" 'D' > E",
        reftext="Smith & Jones <i>et al.</i> \"2001\"",
        paper_title="Ca2+ & 'cAMP'",
    )
    doc = build_cx2(record, Extraction([], []))
    attributes = next(item["networkAttributes"][0] for item in doc if "networkAttributes" in item)
    assert attributes["description"] == "A&lt;B &amp; \"C\" 'D' &gt; E"
    assert attributes["reference"] == (
        "Smith &amp; Jones &lt;i&gt;et al.&lt;/i&gt; &quot;2001&quot; <b>Ca2+ &amp; &#x27;cAMP&#x27;</b> "
        '<a href="https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1/">PMC1</a>'
    )
    assert [next(iter(item)) for item in doc] == [
        "CXVersion", "metaData", "attributeDeclarations", "networkAttributes", "nodes", "edges",
        "visualProperties", "visualEditorProperties", "status",
    ]  # fmt: skip
