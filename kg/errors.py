"""The one exception hierarchy of readout-kg.

Every error a user can cause (a bad file, a bad query, a missing graph) is a
``KgError`` whose message names the file or input and says what to do, so the
CLI can print it and exit non-zero without a traceback.
"""

from __future__ import annotations

__all__ = ["EvalError", "GraphNotFoundError", "KgError", "QueryError", "ReadoutError"]


class KgError(Exception):
    """Base class for errors that are reported to the user as a message."""


class ReadoutError(KgError):
    """A readout file cannot be read as a readout (unreadable, not UTF-8, empty)."""


class QueryError(KgError):
    """A SPARQL query is malformed or cannot be evaluated."""


class GraphNotFoundError(KgError):
    """The graph file a command needs does not exist."""


class EvalError(KgError):
    """The gold directory or a gold file cannot be used for evaluation."""
