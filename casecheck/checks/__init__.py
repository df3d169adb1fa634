"""Rules: declarative rule packs run over extracted facts, stamped, waived and scored.

- ``rulepack`` — the YAML rules (``rules/packs``): id, code, severity, points, basis, message, the
  check kind and its options; validated strictly.
- ``kinds/`` — one small module per check kind; a kind reads facts only and yields raw hits or
  无法评查. Kinds do not import each other; ``util`` holds the tiny helpers they share.
- ``profiles`` — scoring standards (``rules/profiles``): parameters, which rules apply, overrides,
  veto semantics, sections and grade bands; ``extends:`` another profile.
- ``engine`` — ``check_case(facts, options)``: runs the profile's rules, stamps findings, applies
  waivers and scores (``scoring``). ``roster`` and ``waivers`` read the reviewer's inputs.
- ``docs`` — ``rules explain`` and ``rules docs``, generated from the packs and their fixtures.
"""
