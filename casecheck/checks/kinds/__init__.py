"""Check kinds: one module per kind, each with ``ID``, ``OPTIONS`` and ``check(facts, opts, ctx)``."""
