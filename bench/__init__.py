"""Benchmarks (not timed tests): each reports ratios against a baseline taken in the same run."""
