"""Test-only code that the servers started by tests load (never part of production)."""
