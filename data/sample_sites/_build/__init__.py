"""Generator of the bundled sample provider websites and their truth files (seeded, deterministic)."""
