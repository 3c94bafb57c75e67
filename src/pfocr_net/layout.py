"""A deterministic layered layout: upstream nodes above downstream ones, unconnected nodes in a grid below."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Final

LAYER_GAP: Final = 110.0
NODE_GAP: Final = 140.0
GRID_GAP_X: Final = 120.0
GRID_GAP_Y: Final = 70.0
GRID_COLUMNS: Final = 8


def layered_layout(nodes: Sequence[str], edges: Sequence[tuple[str, str, bool]]) -> dict[str, tuple[float, float]]:
    """Coordinates for ``nodes`` given ``edges`` as ``(source, target, directed)``.

    Nodes on edges are placed in layers by longest path from the sources (cycles are broken by
    ignoring edges that point back in a depth-first order), ordered within a layer by the barycentre
    of their neighbours; nodes without edges follow in a grid. Same input, same output.
    """
    order = dict(zip(nodes, range(len(nodes))))
    connected = sorted({n for s, t, _ in edges for n in (s, t) if s != t and n in order}, key=order.__getitem__)
    directed_edges = [(s, t) for s, t, directed in edges if directed and s != t and s in order and t in order]
    rank = _ranks(connected, directed_edges, order)
    # A node joined only by undirected edges (binding) sits in its partner's layer.
    ranked_by_direction = {n for edge in directed_edges for n in edge}
    for source, target, directed in edges:
        if directed or source == target or source not in rank or target not in rank:
            continue
        if target not in ranked_by_direction:
            rank[target] = rank[source]
        elif source not in ranked_by_direction:
            rank[source] = rank[target]
    layers: dict[int, list[str]] = defaultdict(list)
    for node in connected:
        layers[rank[node]].append(node)
    _order_layers(layers, edges)

    positions: dict[str, tuple[float, float]] = {}
    widest = max((len(layer) for layer in layers.values()), default=0)
    for level in sorted(layers):
        layer = layers[level]
        offset = (widest - len(layer)) * NODE_GAP / 2
        for index, node in enumerate(layer):
            positions[node] = (offset + index * NODE_GAP, level * LAYER_GAP)

    loose = [node for node in nodes if node not in positions]
    top = (max(layers) + 1) * LAYER_GAP + LAYER_GAP / 2 if layers else 0.0
    for index, node in enumerate(loose):
        row, column = divmod(index, GRID_COLUMNS)
        positions[node] = (column * GRID_GAP_X, top + row * GRID_GAP_Y)
    return positions


def _ranks(nodes: list[str], edges: list[tuple[str, str]], order: dict[str, int]) -> dict[str, int]:
    successors: dict[str, list[str]] = defaultdict(list)
    for source, target in edges:
        successors[source].append(target)
    for targets in successors.values():
        if len(targets) > 1:
            targets.sort(key=order.__getitem__)
    # Depth-first search keeps only forward and cross edges, which makes the graph acyclic.
    state: dict[str, int] = {}
    forward: dict[str, list[str]] = defaultdict(list)
    for root in nodes:
        if root in state:
            continue
        stack = [(root, iter(successors[root]))]
        state[root] = 1
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                state[node] = 2
                stack.pop()
            elif state.get(child) == 1:
                continue  # a back edge closes a cycle: ignore it for ranking
            else:
                forward[node].append(child)
                if child not in state:
                    state[child] = 1
                    stack.append((child, iter(successors[child])))
    indegree = dict.fromkeys(nodes, 0)
    for targets in forward.values():
        for target in targets:
            indegree[target] += 1
    rank = dict.fromkeys(nodes, 0)
    ready = [node for node in nodes if indegree[node] == 0]
    next_ready = 0
    while next_ready < len(ready):  # first in, first out
        node = ready[next_ready]
        next_ready += 1
        for target in forward[node]:
            rank[target] = max(rank[target], rank[node] + 1)
            indegree[target] -= 1
            if indegree[target] == 0:
                ready.append(target)
    return rank


def _order_layers(layers: dict[int, list[str]], edges: Sequence[tuple[str, str, bool]]) -> None:
    neighbours: dict[str, list[str]] = defaultdict(list)
    for source, target, _ in edges:
        neighbours[source].append(target)
        neighbours[target].append(source)
    levels = sorted(layers)[1:]
    for _sweep in range(2):
        changed = False
        for level in levels:
            layer = layers[level]
            if len(layer) < 2:  # nothing to order
                continue
            upper = layers.get(level - 1, [])
            above = dict(zip(upper, range(len(upper))))
            if not above:
                continue
            # Sort by the barycentre of the neighbours above (a node without any keeps its place), then place.
            keys: dict[str, tuple[float, int]] = {}
            for place, node in enumerate(layer):
                places = [above[n] for n in neighbours[node] if n in above]
                keys[node] = (sum(places) / len(places) if places else place, place)
            ordered = sorted(keys, key=keys.__getitem__)
            if ordered != layer:
                layers[level] = ordered
                changed = True
        if not changed:  # the next sweep would see the same layers and change nothing either
            break
