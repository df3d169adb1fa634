"""Ingestion: files of every form → pages of normalised text → documents.

``load_case`` is the entry point; readers live in one module per format.
"""
