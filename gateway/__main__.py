"""`python -m gateway` runs the same CLI as the `curveball` console script."""

from gateway.cli import main

main()
