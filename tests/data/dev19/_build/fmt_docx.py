"""Writes a whole case as one DOCX file (the case module supplies write_docx)."""
import os


def write(case, ranges, out_dir, mod):
    mod.write_docx(case, ranges, os.path.join(out_dir, case.case_id + ".docx"))
