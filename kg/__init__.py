"""readout-kg: a knowledge graph of CCP standing-committee meeting readouts.

The few names a library user needs: read a readout, extract its facts, build the
graph of a folder, and score a graph against gold annotations.
"""

from kg.document import Document, read_document
from kg.errors import KgError
from kg.evaluate import evaluate
from kg.extract import extract_readout
from kg.notebook import KnowledgeGraph
from kg.pipeline import BuildReport, build, build_graph

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
