"""Imported last by the workers' server under ``benchmarks/timeline.py``: stamp it loaded
and wrap what the workers run."""

from timeline_hook import hook_workers

hook_workers()
