"""Synthetic, labelled 行政处罚 case files for tests, evaluation and demos.

``api.generate(n, seed, out, formats, defect_rate)`` writes cases (txt, docx, pdf, scan, images,
ofd) with ``labels.jsonl`` and ``roster.csv``; ``api.generate_demo_samples(out, seed)`` writes the
small mixed-format demo set. Modules, in the order a case is made:

- ``scenarios`` — violations with real violated/penalty provisions and statutory fine ranges;
- ``people``/``ids`` — places, parties, agencies, officers; check digits; Chinese numerals;
- ``facts`` — quantities and sentences of each violation;
- ``case`` — the truth model, fine and 裁量 tier, profile thresholds; ``timeline`` — dates;
- ``defects`` — one injector per defect code; ``oracle`` re-checks every trigger;
- ``phrasing``, ``docmodel``, ``docs_forms``, ``docs_decision``, ``citations``, ``assemble`` —
  the documents; ``layout`` — pages and the 卷内目录;
- ``render_text``/``render_docx``/``render_pdf``/``render_scan``/``render_ofd``, ``writers``,
  ``labels`` — output.
"""
