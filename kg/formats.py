"""The names of the formats the commands accept, importable without the code that writes them.

``kg --help`` and ``kg query`` list these in their options; keeping the names apart from the
writers (networkx, the views) keeps those commands quick to start.
"""

from __future__ import annotations

__all__ = ["EXPORT_FORMATS", "TABLE_FORMATS"]

TABLE_FORMATS = ("csv", "parquet")
"""Link tables, one file per relation."""
EXPORT_FORMATS = ("jsonld", "nt", "trig", "graphml", "gexf", *TABLE_FORMATS)
