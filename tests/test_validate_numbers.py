"""Numbers the NDEx server cannot read are reported as problems, never raised as exceptions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pfocr_net.model import Extraction, Record
from pfocr_net.network import build_cx2
from pfocr_net.validate import validate_cx2


def _with_attribute(value: Any, data_type: str) -> list[dict[str, Any]]:
    doc = build_cx2(Record(figid="PMC1__f1", path=Path("PMC1__f1.md")), Extraction([], []))
    for aspect in doc:
        if "networkAttributes" in aspect:
            aspect["networkAttributes"][0]["size"] = value
        if "attributeDeclarations" in aspect:
            aspect["attributeDeclarations"][0]["networkAttributes"]["size"] = {"d": data_type}
    return doc


@pytest.mark.parametrize(("value", "data_type"), [(10**400, "long"), (2**63, "long"), (10**400, "double"),
                                                  ([1, 2**70], "list_of_long")])
def test_a_number_beyond_what_the_server_reads_is_a_problem(value: Any, data_type: str) -> None:
    problems = validate_cx2(_with_attribute(value, data_type))
    assert len(problems) == 1 and "can not be cast to" in problems[0] and "size" in problems[0]


@pytest.mark.parametrize(("value", "data_type"), [(2**63 - 1, "long"), (-(2**63), "long"), (3, "double"),
                                                  ([1, -5], "list_of_integer")])
def test_numbers_in_range_pass(value: Any, data_type: str) -> None:
    assert validate_cx2(_with_attribute(value, data_type)) == []
