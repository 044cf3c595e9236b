"""Benchmarks: `python -m bench` prints every figure with its target (see bench/__main__.py)."""
