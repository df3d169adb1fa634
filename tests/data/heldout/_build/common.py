"""Volume assembly: TOC first (unnumbered), numbered documents, 备考表 last (unnumbered)."""
from lib import paginate, toc_rows, write_single, write_folder

OUT = __import__("os").path.dirname(__import__("os").path.dirname(__import__("os").path.abspath(__file__)))


def volume(docs, toc_fn, footer="di", beikao=None, toc_override=None):
    """Paginate docs, prepend a TOC page built by toc_fn(rows), append 备考表."""
    body = paginate(docs, footer)
    rows = toc_rows(body)
    if toc_override:
        rows = toc_override(rows)
    toc = {"title": "卷内目录", "pages": [toc_fn(rows) + "\n"], "numbered": False}
    allv = [toc] + body
    if beikao:
        allv.append({"title": "备考表", "pages": [beikao + "\n"], "numbered": False})
    return allv


def emit_single(name, vol, encoding="utf-8"):
    text = "\f".join(p for doc in vol for p in doc["pages"])
    write_single(f"{OUT}/{name}.txt", text, encoding)
    return len(text)


def emit_folder(name, vol, namefmt, encoding="utf-8"):
    write_folder(f"{OUT}/{name}", vol, namefmt, encoding)
    return sum(len(p) for doc in vol for p in doc["pages"])
