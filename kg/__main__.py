"""``python -m kg`` runs the ``kg`` command line."""

from kg.cli import app

app(prog_name="kg")
