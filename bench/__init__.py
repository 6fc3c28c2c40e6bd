"""Benchmarks; run `python bench/relay.py` (see bench/README.md)."""
