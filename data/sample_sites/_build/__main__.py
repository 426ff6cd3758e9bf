"""Entry point: ``python -m data.sample_sites._build`` regenerates every sample site."""

from data.sample_sites._build.build import main

main()
