"""Build every heldout17 case: python build.py [case_x ...]"""
import importlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

ALL = ["case_a", "case_b", "case_c", "case_d", "case_e", "case_f", "case_g"]


def build(name):
    m = importlib.import_module(name)
    out = common.OUT
    fmt = m.FORMAT
    if fmt == "pdf":
        counts = common.write_text_pdf(os.path.join(out, m.CASE_ID + ".pdf"), m.AGENCY, m.CASE_NAME, m.DOCS,
                                       footer=getattr(m, "FOOTER", "- {n} -"), seal_word=getattr(m, "SEAL", "（公章）"))
    elif fmt == "scan":
        counts = common.write_scan_pdf(os.path.join(out, m.CASE_ID + ".pdf"), m.AGENCY, m.CASE_NAME, m.DOCS)
    elif fmt == "docx":
        counts = common.write_docx(os.path.join(out, m.CASE_ID + ".docx"), m.AGENCY, m.CASE_NAME, m.DOCS)
    elif fmt == "folder":
        counts = common.write_folder_case(os.path.join(out, m.CASE_ID), m.AGENCY, m.CASE_NAME, m.DOCS)
    else:  # txt: (encoding, separator, footer, table style, seal style)
        enc, sep, footer, table, seal = m.TXT
        counts = common.write_text_case(os.path.join(out, m.CASE_ID + ".txt"), m.AGENCY, m.CASE_NAME, m.DOCS,
                                        encoding=enc, sep=sep, footer=footer, table=table, seal=seal)
    print(name, m.CASE_ID, "pages per document:", counts)


if __name__ == "__main__":
    for n in sys.argv[1:] or ALL:
        build(n)
