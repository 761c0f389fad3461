"""CLI subcommands. Each module defines ``register(subparsers)``; cli.py finds them all."""
