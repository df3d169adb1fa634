"""One module per field: dates, money, citations, ids, party, officers, signatures, seals, …

Each exposes ``find_*`` functions over the raw normalised text that return spans, so every
value can carry ``Evidence``; tables of examples live in ``tests/extract/*.yaml``.
"""
