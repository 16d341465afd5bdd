"""``python -m kg`` runs the ``kg`` command line."""

from kg.cli import app

if __name__ == "__main__":  # importing the module (as a spawned process may) runs nothing
    app(prog_name="kg")
