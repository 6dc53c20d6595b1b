"""The package layout stays readable: no module imports one that imports it back.

import-linter checks the direction between layers and packages (pyproject.toml); this checks what
it cannot, a circle between any two modules, including imports made only for type checking.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import grimp


def import_circles(graph: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """The groups of modules that import each other, directly or through others (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    lowest: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = lowest[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.get(module, ()):
            if imported not in index:
                visit(imported)
                lowest[module] = min(lowest[module], lowest[imported])
            elif imported in on_stack:
                lowest[module] = min(lowest[module], index[imported])
        if lowest[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                circles.append(sorted(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return circles


def test_import_circles_finds_a_circle_through_a_third_module() -> None:
    graph = {"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]}
    assert import_circles(graph) == [["a", "b", "c"]]


def test_import_circles_accepts_a_tree() -> None:
    assert import_circles({"a": ["b", "c"], "b": ["c"], "c": []}) == []


def test_no_module_of_foldline_imports_one_that_imports_it_back() -> None:
    built = grimp.build_graph("editor", include_external_packages=False, exclude_type_checking_imports=False)
    graph = {module: built.find_modules_directly_imported_by(module) for module in built.modules}
    assert import_circles(graph) == [], "modules importing each other: move the shared part a layer down"
