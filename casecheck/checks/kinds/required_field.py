"""required_field — a document states the items the law requires of it (DOC-01).

Options:
  types: doc types checked (default the 普通程序 decision).
  fields: dotted paths into the document facts; a path is present when its value is non-empty.
  if_extracted: items checked only when the document facts have the key at all (items added to
    the facts schema later: older facts simply lack them).
  labels: path → Chinese name for the message.
  blocks: groups of fields read together (the 当事人 block); when nothing of a block was read, its
    fields are 无法评查 rather than missing (a table the reader could not parse is not an empty one).
  owed_by_kinds: item → penalty kinds that owe it (履行方式和期限 is owed by a fine or a confiscated
    gain to pay, not by a 警告 alone); owed whenever no kind was read.

Example: a 行政处罚决定书 without ``remedy`` yields ``{"document": …, "field": "复议诉讼途径和期限"}``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from casecheck.checks.util import Context, Hit, Opt, Unknown, doc_evidence, docs, value

ID = "required_field"
OPTIONS = {
    "types": Opt(list, ["行政处罚决定书"]),
    "fields": Opt(list),
    "labels": Opt(dict, {}),
    "blocks": Opt(list, ["party"]),
    "if_extracted": Opt(list, ["payment_terms"]),
    "owed_by_kinds": Opt(dict, {}),
}


def _get(doc: dict[str, Any], path: str) -> Any:
    cur: Any = doc
    for part in path.split("."):
        if not isinstance(cur, dict):
            return None
        cur = value(cur.get(part))
    return cur


def _read(fact: Any) -> Any:
    """The fact's value, unless it was only inferred from another one."""
    return None if isinstance(fact, dict) and fact.get("inferred") else value(fact)


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit per missing item per document. Alternatives are written ``a|b``."""
    for doc in docs(facts, *opts["types"]):
        # a block read from nothing but inferences (a party's kind from its 身份证号) is unread
        unread = {b for b in opts["blocks"] if not any(_read(v) for v in (doc.get(b) or {}).values())}
        kinds = set(_get(doc, "penalty.kinds") or [])
        for path in opts["fields"]:
            if path.split(".")[0] in opts["if_extracted"] and path.split(".")[0] not in doc:
                continue  # an extractor that does not read this item yet: nothing to look at
            owing = opts["owed_by_kinds"].get(path)
            if owing and kinds and not kinds & set(owing):
                continue  # 警告 alone: nothing to pay, so no 履行方式和期限 to state
            if path.split(".")[0] in unread:
                yield Unknown(
                    f"{doc.get('ref')} 的当事人信息未能识别，无法核对{opts['labels'].get(path, path)}"
                )
            elif not any(_get(doc, p) not in (None, "", [], {}) for p in path.split("|")):
                label = opts["labels"].get(path, path)
                yield Hit({"document": doc.get("ref"), "field": label}, (doc_evidence(doc),))
