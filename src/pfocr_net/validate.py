"""Check a CX2 document against the rules the NDEx server (and Cytoscape's CX2 reader) apply.

The server validates after accepting an upload, and a failed update wipes the network, so every
document is checked here first. Messages follow the server's wording where it has one.
"""

from __future__ import annotations

import json
import math
import sys
from math import isfinite
from typing import Any, Final, cast

from pfocr_net.errors import NetworkValidationError

_SCALAR_TYPES: Final = {"string", "boolean", "integer", "long", "double", "float"}
_TYPES: Final = _SCALAR_TYPES | {f"list_of_{t}" for t in _SCALAR_TYPES}
_NODE_KEYS: Final = {"id", "v", "x", "y", "z"}
_EDGE_KEYS: Final = {"id", "s", "t", "v"}
_ELEMENT_ASPECTS: Final = {"nodes": "nodes", "edges": "edges", "networkAttributes": "networkAttributes"}


def check_cx2(doc: Any, figid: str | None = None) -> None:
    """Raise :class:`NetworkValidationError` listing every problem, if there is any."""
    problems = validate_cx2(doc)
    if problems:
        raise NetworkValidationError(problems, figid)


def validate_cx2(doc: Any) -> list[str]:
    """Every rule the document breaks; an empty list means NDEx and Cytoscape will accept it."""
    if not isinstance(doc, list) or not doc or not isinstance(doc[0], dict):
        return ["Expect '{' at line: 1, column: 2: the document must be a JSON array of objects"]
    if "CXVersion" not in doc[0]:
        return ["Illegal cx format: expected to CX version object in the first element"]
    checker = _Checker()
    for index, item in enumerate(doc[1:], start=1):
        checker.aspect(index, item, is_last=index == len(doc) - 1)
    checker.finish()
    return checker.problems


class _Checker:
    def __init__(self) -> None:
        self.problems: list[str] = []
        self.declared: dict[str, dict[str, str]] = {}
        self.counts: dict[str, int] = {}
        self.meta_counts: dict[str, int] = {}
        self.metadata_seen = 0
        self.status_seen = False
        self.network_attribute_elements = 0
        self.node_ids: set[Any] = set()
        self.edge_ids: set[Any] = set()
        self.coordinates_started = False
        #: (aspect that refers, target aspect, the ids it refers to), in document order.
        self.references: list[tuple[str, str, list[Any]]] = []

    def add(self, message: str) -> None:
        if len(self.problems) < 50:
            self.problems.append(message)

    def aspect(self, index: int, item: Any, is_last: bool) -> None:
        if not isinstance(item, dict) or len(item) != 1:
            self.add(f"item {index}: each aspect must be an object with exactly one aspect name")
            return
        (name, elements), = item.items()
        if not isinstance(elements, list):
            self.add(f"aspect {name}: value must be an array")
            return
        if self.status_seen:
            self.add(f"End of array expected at: aspect {name} after status")
        if self.metadata_seen == 2 and name != "status":
            self.add(f"Only status aspect is allowed after post metadata section. Error at {name}")
        self.counts[name] = self.counts.get(name, 0) + len(elements)
        plain = False  # whether the handler has already shown the elements to be strict JSON
        if name == "status":
            self._status(elements, is_last)
        elif name == "attributeDeclarations":
            plain = self._declarations(elements)
        else:
            handler = _HANDLERS.get(name)
            if handler is not None:  # any other aspect is opaque: kept as it is
                handler(self, elements)
        if name not in ("nodes", "edges", "networkAttributes"):  # those check their numbers themselves
            if not plain and not _plain_json(elements):
                _check_finite(elements, name, self)

    def _status(self, elements: list[Any], is_last: bool) -> None:
        self.status_seen = True
        if not is_last:
            self.add("End of array expected at: the status aspect must be last")
        if len(elements) != 1:
            self.add("Aspect 'status' should have one element in it.")
        elif not isinstance(elements[0], dict) or elements[0].get("success") is not True:
            error = elements[0].get("error", "") if isinstance(elements[0], dict) else ""
            self.add(f"Error status received in CX document. Error message: {error}")

    def _metadata(self, elements: list[Any]) -> None:
        self.metadata_seen += 1
        if self.metadata_seen > 2:
            self.add("Only 2 metadata aspects are allowed in a CX network ")
        for entry in elements:
            if isinstance(entry, dict) and isinstance(entry.get("name"), str) and "elementCount" in entry:
                self.meta_counts[entry["name"]] = entry["elementCount"]

    def _declarations(self, elements: list[Any]) -> bool:
        """Record the declarations; True if they were all bare ``{"d": type}`` objects under string
        names (then the elements are strict JSON as they are)."""
        plain = True
        for element in elements:
            if not isinstance(element, dict):
                self.add("attributeDeclarations: each element must be an object")
                plain = False
                continue
            for aspect, attributes in element.items():
                if not isinstance(attributes, dict):
                    self.add(f"attributeDeclarations: declarations of {aspect} must be an object")
                    plain = False
                    continue
                known = self.declared.setdefault(aspect, {})
                if type(aspect) is str and _plain_declarations(attributes, known):
                    continue
                plain = False
                for attribute, declaration in attributes.items():
                    if not isinstance(declaration, dict):
                        self.add(f"attributeDeclarations: declaration of {attribute} must be an object")
                        continue
                    data_type = declaration.get("d", "string")
                    if data_type not in _TYPES:
                        self.add(f"data type {data_type} is not supported in this version of CX.")
                    if attribute in known:
                        self.add(f"Atribute {attribute} in aspect {aspect} is declared more than once.")
                    if aspect == "networkAttributes" and "v" in declaration:
                        self.add(
                            f"Declaring default value '{declaration['v']}' on network attribute '{attribute}' "
                            "is not allowed according to CX2 specification."
                        )
                    if aspect == "networkAttributes" and "a" in declaration:
                        self.add(
                            f"Declaring an alias for network attribute '{attribute}' is not allowed "
                            "according to CX2 specification."
                        )
                    known[attribute] = data_type
                    if "a" in declaration:
                        known[declaration["a"]] = data_type
        return plain

    def _quick(self, aspect: str) -> _Quick:
        """Quick checks for the attributes declared so far on ``aspect`` (made once per declaration set)."""
        declared: dict[Any, Any] = self.declared.get(aspect, {})  # a declared alias may be any value
        try:
            key: tuple[Any, ...] = tuple(declared.items())
            quick = _QUICK_CACHE.get(key)
        except TypeError:  # an unhashable type name: not worth remembering
            return _Quick(declared)
        if quick is None:
            if len(_QUICK_CACHE) >= 64:
                _QUICK_CACHE.clear()
            quick = _QUICK_CACHE[key] = _Quick(declared)
        return quick

    def _values(self, aspect: str, values: Any, quick: _Quick) -> None:
        if values is None:
            return
        if not isinstance(values, dict):
            self.add(f"{aspect}: attribute values must be an object")
            return
        if quick.all_valid_each([values]):
            return
        declared = self.declared.get(aspect)
        for attribute, value in values.items():
            if declared is None:
                self.add(f"Attribute in aspect {aspect} is not declared in attributeDeclarations aspect.")
                return
            if attribute not in declared:
                self.add(f"Attribute {attribute} is not declared in attributeDeclarations aspect.")
                _check_finite(value, aspect, self)
                continue
            problem = _type_problem(attribute, value, declared[attribute])
            if problem:
                self.add(problem)

    def _networkAttributes(self, elements: list[Any]) -> None:  # noqa: N802 - aspect name
        self.network_attribute_elements += len(elements)
        if self.network_attribute_elements > 1:
            self.add("Only one networkAttributes element is allowed in CX.")
        for element in elements:
            if not isinstance(element, dict):
                self.add("networkAttributes: the element must be an object")
                continue
            for key, value in element.items():
                if isinstance(value, dict):
                    self.add(f"Invalid data type for network attribute {key}")
            for key in ("name", "description", "version"):
                if key in element and not isinstance(element[key], str):
                    self.add(f"Network attribute {key} must be a string, got {type(element[key]).__name__}")
            self._values(
                "networkAttributes",
                {k: v for k, v in element.items() if not isinstance(v, dict)},
                self._quick("networkAttributes"),
            )

    def _nodes(self, elements: list[Any]) -> None:
        quick = self._quick("nodes")
        if self._plain_nodes(elements, quick):
            return
        node_ids = self.node_ids
        for node in elements:
            if not isinstance(node, dict):
                self.add("nodes: each node must be an object")
                continue
            if not _NODE_KEYS.issuperset(node):
                self.add(f"Unrecognized field {sorted(set(node) - _NODE_KEYS)[0]!r} on a node")
            node_id = node.get("id")
            if type(node_id) is not int and not _is_id(node_id):
                self.add("Node id is missing.")
                continue
            if node_id in node_ids:
                self.add(f"Duplicate Id {node_id} found in aspect nodes")
            node_ids.add(node_id)
            has_x, has_y, has_z = "x" in node, "y" in node, "z" in node
            if has_x != has_y or (has_z and not has_x):
                self.add(f"One or more Coordinate values are missing in node {node_id}.")
            elif has_x:
                self.coordinates_started = True
                if not (type(node["x"]) is float and type(node["y"]) is float and not has_z and isfinite(node["x"]) and isfinite(node["y"])):
                    for axis in ("x", "y", "z"):
                        if axis in node and not _is_number(node[axis]):
                            self.add(f"Coordinate {axis} of node {node_id} is not a number")
                        elif axis in node and not math.isfinite(node[axis]):
                            self.add(f"Coordinate {axis} of node {node_id}: NaN or Infinity is not valid JSON")
            elif self.coordinates_started:
                self.add(f"Coordinates missing in node {node_id}")
            self._values("nodes", node.get("v"), quick)

    def _edges(self, elements: list[Any]) -> None:
        quick = self._quick("edges")
        edge_ids = self.edge_ids
        ends: list[Any] = []
        self.references.append(("edges", "nodes", ends))
        if self._plain_edges(elements, quick, ends):
            return
        for edge in elements:
            if not isinstance(edge, dict):
                self.add("edges: each edge must be an object")
                continue
            if not _EDGE_KEYS.issuperset(edge):
                self.add(f"Unrecognized field {sorted(set(edge) - _EDGE_KEYS)[0]!r} on an edge")
            edge_id, source, target = edge.get("id"), edge.get("s"), edge.get("t")
            if not (type(edge_id) is int and type(source) is int and type(target) is int) and (
                not _is_id(edge_id) or not _is_id(source) or not _is_id(target)
            ):
                self.add("Edge id, source (s) or target (t) is missing or not an integer")
                continue
            if edge_id in edge_ids:
                self.add(f"Duplicate Id {edge_id} found in aspect edges")
            edge_ids.add(edge_id)
            ends.append(source)
            ends.append(target)
            self._values("edges", edge.get("v"), quick)

    def _plain_nodes(self, elements: list[Any], quick: _Quick) -> bool:
        """True (and the ids recorded) if the nodes certainly break no rule: objects with known keys,
        new distinct integer ids, finite float x and y, valid values. False: check node by node."""
        if not elements:
            return False
        ids: list[Any] = []
        for element in elements:
            if type(element) is not dict:
                return False
            node = cast(dict[Any, Any], element)
            for key in node:
                if key not in _NODE_KEYS:
                    return False
            node_id = node.get("id")
            x, y = node.get("x"), node.get("y")
            if type(node_id) is not int or type(x) is not float or type(y) is not float or "z" in node:
                return False
            if not isfinite(x) or not isfinite(y) or not quick.valid(node.get("v")):
                return False
            ids.append(node_id)
        if len(set(ids)) != len(ids) or not self.node_ids.isdisjoint(ids):
            return False
        self.node_ids.update(ids)
        self.coordinates_started = True
        return True

    def _plain_edges(self, elements: list[Any], quick: _Quick, ends: list[Any]) -> bool:
        """True (and ids and ends recorded) if the edges certainly break no rule: objects with known
        keys, new distinct integer ids, integer ends, valid values. False: check edge by edge."""
        if not elements:
            return False
        ids: list[Any] = []
        pairs: list[Any] = []
        for element in elements:
            if type(element) is not dict:
                return False
            edge = cast(dict[Any, Any], element)
            for key in edge:
                if key not in _EDGE_KEYS:
                    return False
            edge_id, source, target = edge.get("id"), edge.get("s"), edge.get("t")
            if type(edge_id) is not int or type(source) is not int or type(target) is not int:
                return False
            if not quick.valid(edge.get("v")):
                return False
            ids.append(edge_id)
            pairs.append(source)
            pairs.append(target)
        if len(set(ids)) != len(ids) or not self.edge_ids.isdisjoint(ids):
            return False
        self.edge_ids.update(ids)
        ends.extend(pairs)
        return True

    def _nodeBypasses(self, elements: list[Any]) -> None:  # noqa: N802 - aspect name
        self.references.append(("nodeBypasses", "nodes", [e.get("id") for e in elements if isinstance(e, dict)]))

    def _edgeBypasses(self, elements: list[Any]) -> None:  # noqa: N802 - aspect name
        self.references.append(("edgeBypasses", "edges", [e.get("id") for e in elements if isinstance(e, dict)]))

    def _visualProperties(self, elements: list[Any]) -> None:  # noqa: N802 - aspect name
        for element in elements:
            if not isinstance(element, dict):
                continue
            for kind, aspect in (("nodeMapping", "nodes"), ("edgeMapping", "edges")):
                for vp, mapping in (element.get(kind) or {}).items():
                    self._mapping(vp, mapping, aspect)

    def _mapping(self, vp: str, mapping: Any, aspect: str) -> None:
        if not isinstance(mapping, dict) or "type" not in mapping:
            self.add(f"Mapping type is missing for visual property {vp}")
            return
        definition = mapping.get("definition") or {}
        attribute = definition.get("attribute")
        if attribute not in self.declared.get(aspect, {}) and "type" not in definition:
            self.add(f"Mapping error: {vp} lacks data type on attribute '{attribute}'.")
        if mapping["type"] == "CONTINUOUS":
            for entry in definition.get("map", []):
                if "minVPValue" not in entry and "maxVPValue" not in entry:
                    self.add(f"minVPValue and maxVPValue are both missing in CONTINUOUS mapping of {vp} on column {attribute}")

    def finish(self) -> None:
        if not self.status_seen:
            self.add("Anticipated the beginning of an aspect or object ('{') but found ']' instead: no status aspect")
        for name, declared in self.meta_counts.items():
            actual = self.counts.get(name, 0)
            if declared != actual:
                self.add(
                    f"Element count mismatch in aspect {name}. Metadata declared element count {declared}, "
                    f"but {actual} was received in CX."
                )
        missing: dict[str, list[str]] = {}
        for source, target, refs in self.references:
            known = self.node_ids if target == "nodes" else self.edge_ids
            if known.issuperset(refs):
                continue
            for ref in refs:
                if ref not in known:
                    missing.setdefault(target, []).append(f"{ref} in {source}")
        for target, refs in missing.items():
            listed = ", ".join(refs[:20]) + (",.." if len(refs) > 20 else "")
            self.add(
                f"There are {len(refs)} missing elements in aspect {target}, and these are the element ids "
                f"that are referenced in other aspects but missing in this aspect: {listed}"
            )



_HANDLERS: Final = {
    "metaData": _Checker._metadata,
    "networkAttributes": _Checker._networkAttributes,
    "nodes": _Checker._nodes,
    "edges": _Checker._edges,
    "nodeBypasses": _Checker._nodeBypasses,
    "edgeBypasses": _Checker._edgeBypasses,
    "visualProperties": _Checker._visualProperties,
}

_QUICK_CACHE: Final[dict[tuple[Any, ...], _Quick]] = {}


def _plain_declarations(attributes: dict[Any, Any], known: dict[Any, Any]) -> bool:
    """True (and ``known`` updated) if every declaration is a new attribute's bare supported type
    (``{"d": type}``, so nothing else to check). False: look at each one."""
    data_types: list[str] = []
    for attribute, declaration in attributes.items():
        if type(attribute) is not str or type(declaration) is not dict or attribute in known:
            return False
        only = cast(dict[Any, Any], declaration)
        data_type = only.get("d")
        if len(only) != 1 or type(data_type) is not str or data_type not in _TYPES:
            return False
        data_types.append(data_type)
    known.update(zip(attributes, data_types))
    return True


def _is_id(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


_STRING: Final = 1
_STRINGS: Final = 2
_BOOLEAN: Final = 3
_INTEGER: Final = 4
_INTEGERS: Final = 5
#: Declared type -> a quick check that passes the usual valid values (anything else gets the full check).
_QUICK: Final = {
    "string": _STRING,
    "list_of_string": _STRINGS,
    "boolean": _BOOLEAN,
    "integer": _INTEGER,
    "long": _INTEGER,
    "list_of_integer": _INTEGERS,
    "list_of_long": _INTEGERS,
}


class _Quick:
    """The quick checks of one aspect's declared attributes, made once per aspect."""

    def __init__(self, declared: dict[Any, Any]) -> None:
        #: Attribute -> its kind of quick check (:data:`_QUICK`).
        self.kinds: dict[Any, int] = {
            a: _QUICK[t] for a, t in declared.items() if isinstance(a, str) and isinstance(t, str) and t in _QUICK
        }

    def all_valid_each(self, values: list[Any]) -> bool:
        """True if every element's values (None: the element has none) are certainly valid."""
        for element in values:
            if not self.valid(element):
                return False
        return True

    def valid(self, values: Any) -> bool:
        """True if one element's values (None: it has none) are certainly valid: each value's type is
        exactly the declared one, string lists hold only strings, integers are in range. False: look
        at each value."""
        if values is None:
            return True
        if type(values) is not dict:
            return False
        kinds = self.kinds
        for attribute, value in cast(dict[Any, Any], values).items():
            kind = kinds.get(attribute, 0)
            if kind == _STRING:
                if type(value) is not str:
                    return False
            elif kind == _STRINGS:
                if type(value) is not list:
                    return False
                for item in cast(list[Any], value):
                    if type(item) is not str:
                        return False
            elif kind == _BOOLEAN:
                if type(value) is not bool:
                    return False
            elif kind == _INTEGER:
                if not _small_int(value):
                    return False
            elif kind == _INTEGERS:
                if type(value) is not list:
                    return False
                for item in cast(list[Any], value):
                    if not _small_int(item):
                        return False
            else:
                return False
        return True


def _small_int(value: Any) -> bool:
    """An ``int`` (not a bool) a Java long holds (larger ones get the full check)."""
    return type(value) is int and -_LONG_LIMIT <= value < _LONG_LIMIT


def _type_problem(attribute: str, value: Any, data_type: str) -> str | None:
    if value is None:
        return None
    if data_type.startswith("list_of_"):
        if not isinstance(value, list):
            return f"Value {value!r} is not consistent the declared type {data_type}."
        for item in value:
            problem = _scalar_problem(attribute, item, data_type[len("list_of_") :])
            if problem:
                return f"Incorrect data type found in list: {problem}"
        return None
    return _scalar_problem(attribute, value, data_type)


def _scalar_problem(attribute: str, value: Any, data_type: str) -> str | None:
    if data_type == "string":
        return None if isinstance(value, str) else f"Value {value!r} is not a string."
    if data_type == "boolean":
        return None if isinstance(value, bool) else f"Value {value!r} is not a boolean type."
    if not _is_number(value):
        return f"Value {value!r} on attribute {attribute} can not be cast to {data_type}"
    if isinstance(value, int):
        # an integer beyond a Java long (or, for a double, beyond a float) cannot be read by the server
        if (data_type in {"integer", "long"} and not -_LONG_LIMIT <= value < _LONG_LIMIT) or abs(value) > _FLOAT_LIMIT:
            return f"Value {value!r} on attribute {attribute} can not be cast to {data_type}"
        return None
    if not math.isfinite(value):
        return f"Value {value!r} on attribute {attribute}: NaN or Infinity is not valid JSON"
    return None


_LONG_LIMIT: Final = 2**63
_FLOAT_LIMIT: Final = int(sys.float_info.max)


def _plain_json(value: Any) -> bool:
    """True if ``value`` certainly serialises as strict JSON (no NaN/Infinity, only JSON types).

    A quick screen before the exact check of :func:`_check_finite`: it accepts only the built-in
    types themselves (no subclasses, enums, UUIDs, tuples...), objects with string keys, finite
    floats, and nesting up to :data:`_PLAIN_DEPTH` levels.
    """
    return _plain_value(value, _PLAIN_DEPTH)


#: Deeper values are left to the exact check.
_PLAIN_DEPTH: Final = 200


def _plain_value(value: Any, depth: int) -> bool:
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:
        return True
    if kind is float:
        return isfinite(value)
    if depth == 0:
        return False
    if kind is dict:
        for key, item in cast(dict[Any, Any], value).items():
            if type(key) is not str or not _plain_value(item, depth - 1):
                return False
        return True
    if kind is list:
        for item in cast(list[Any], value):
            if not _plain_value(item, depth - 1):
                return False
        return True
    return False


def _check_finite(value: Any, aspect: str, checker: _Checker) -> None:
    try:
        json.dumps(value, allow_nan=False)
    except ValueError:
        checker.add(f"aspect {aspect}: NaN or Infinity is not valid JSON")
    except TypeError as error:
        checker.add(f"aspect {aspect}: a value is not JSON ({error})")
