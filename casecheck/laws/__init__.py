"""Laws: the versioned law catalog, penalty ranges, discretion benchmarks and working days.

Modules (each small, each with its own docstring):

- ``catalog``: ``resolve_title``, ``get_law``, ``in_force``, ``status``, ``versions_with_article``,
  ``versions_quoting``, ``penalty_range`` over the shipped ``rules/laws/catalog.json.gz`` and
  ``rules/laws/aliases.yaml`` (loaded lazily, once per process).
- ``calendar``: ``is_workday``, ``add_working_days``, ``working_days_between``, ``add_days``,
  ``add_months``, ``period_end``, ``coverage``; ``OutsideCalendar`` outside the holiday data.
- ``benchmarks``: ``load_benchmarks``, ``find_benchmark``, ``Benchmark.band_for``,
  ``benchmark_stale`` over ``rules/benchmarks/*.yaml``.
- ``provisions``: violated/penalty provision pairs for the sample generator.
- ``build``: ``import_laws(src_dir, out) -> ImportSummary`` (behind ``casecheck laws import``);
  ``markdown``, ``penalties``, ``titles``, ``numerals``: the parsers it uses.

Nothing here imports from the report, CLI or web layers, and nothing reads ``shared/laws`` at run
time: that folder is build and test input only.
"""
