"""Field extraction with evidence: documents → ``DocFacts``, a case → ``CaseFacts``.

Public API (import the submodules; nothing heavy is imported here):

- ``casecheck.extract.document.extract_document(doc) -> DocFacts``
- ``casecheck.extract.case.extract_case(case) -> CaseFacts`` (JSON-serialisable)
- ``casecheck.extract.contract.contract_fields(facts)`` / ``contract_documents(facts)``
- ``casecheck.extract.devset.evaluate_devset(dir) -> DevsetReport``
  (``python -m casecheck.extract.devset DIR``)

Field extractors live in ``fields/`` as named regex patterns with small validate hooks; the
blank-zh spaCy pipeline (``nlp``) loads lazily, once per process.
"""
