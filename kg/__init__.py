"""readout-kg: a knowledge graph of CCP standing-committee meeting readouts.

The few names a library user needs: read a readout, extract its facts, build the
graph of a folder, and score a graph against gold annotations.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.document import Document, read_document
    from kg.errors import KgError
    from kg.evaluate import evaluate
    from kg.extract import extract_readout
    from kg.notebook import KnowledgeGraph
    from kg.pipeline import BuildReport, build, build_graph

# Each name is imported on first use (PEP 562), so `kg query` does not pay for the extractors,
# the views and the evaluation at start-up.
_HOMES = {
    "BuildReport": "kg.pipeline",
    "Document": "kg.document",
    "KgError": "kg.errors",
    "KnowledgeGraph": "kg.notebook",
    "build": "kg.pipeline",
    "build_graph": "kg.pipeline",
    "evaluate": "kg.evaluate",
    "extract_readout": "kg.extract",
    "read_document": "kg.document",
}


def __getattr__(name: str) -> object:
    if name in _HOMES:
        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


__all__ = [
    "BuildReport",
    "Document",
    "KgError",
    "KnowledgeGraph",
    "build",
    "build_graph",
    "evaluate",
    "extract_readout",
    "read_document",
]
__version__ = "0.1.0"
