"""casecheck: 行政执法案卷评查 — review administrative enforcement case files.

Data flows one way: ``ingest`` (files → pages → documents) → ``extract`` (facts with evidence)
→ ``checks`` (declarative rules, scoring profiles) → ``score`` (ML risk) → ``report``.
"""

__version__ = "0.1.0"
