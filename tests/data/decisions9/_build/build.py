"""Write the decisions9 corpus: 24 .txt files and labels.jsonl next to this folder."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import emit  # noqa: E402
import docs_a  # noqa: E402
import docs_b  # noqa: E402

if __name__ == "__main__":
    docs = docs_a.DOCS + docs_b.DOCS
    assert len(docs) == 24, len(docs)
    emit(docs)
    print("wrote", len(docs), "documents")
