"""Checking a graph against the SHACL shapes of the contract (``ontology/shapes.ttl``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyshacl
from rdflib import Graph
from rdflib.namespace import SH

from kg.errors import GraphNotFoundError, KgError
from kg.reference import ontology_dir

__all__ = ["ValidationReport", "Violation", "validate_file", "validate_graph"]


@dataclass(frozen=True, slots=True)
class Violation:
    """One shape a node breaks."""

    focus: str
    path: str
    message: str


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """Whether the graph conforms, and every violation when it does not."""

    conforms: bool
    violations: tuple[Violation, ...]

    def text(self) -> str:
        """A readable report: a verdict line, then one line per violation."""
        if self.conforms:
            return "conforms: the graph satisfies every shape in ontology/shapes.ttl\n"
        lines = [f"{len(self.violations)} violation(s) of ontology/shapes.ttl:"]
        lines += [f"- {v.focus}\n    {v.path}: {v.message}" for v in self.violations]
        return "\n".join(lines) + "\n"


def validate_graph(data: Graph) -> ValidationReport:
    """Validate an rdflib graph against the shapes."""
    shapes = Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    if not data.store.context_aware:
        # pyshacl reads through a dataset view, which needs a store that keeps contexts;
        # the build's graph lives in a lighter store (see kg.triples), so it is copied.
        copy = Graph()
        copy += data
        data = copy
    conforms, results, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    violations = []
    for result in results.subjects(SH.resultSeverity, SH.Violation):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        violations.append(Violation(str(focus), str(path).rsplit("#", 1)[-1] if path else "(node)", str(message)))
    return ValidationReport(bool(conforms), tuple(sorted(violations, key=lambda v: (v.focus, v.path, v.message))))


def validate_file(path: Path) -> ValidationReport:
    """Validate the Turtle graph at ``path``."""
    if not path.is_file():
        raise GraphNotFoundError(f"{path}: no such graph file; run `kg build` first or pass the file")
    try:
        data = Graph().parse(path, format="turtle")
    except Exception as err:
        raise KgError(f"{path}: cannot be read as Turtle ({err})") from err
    return validate_graph(data)
