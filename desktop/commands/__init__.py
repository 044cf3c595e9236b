"""CLI verbs, one module per area; each has register(subparsers)."""
