"""Check the decisions7 corpus: files, headers, label schema and label/text agreement.

Usage (from anywhere):  python tests/data/decisions7/_build/check.py

Checks, each reported with the file it concerns:
- 24 texts named NNN_<domain>.txt, each with the dev-set header (source/domain/doc_type/---), a
  source line that says the text is an invented imitation, and a domain equal to the file name's;
- the files on disk equal what build.py renders from the document modules (nothing hand-edited);
- label keys equal the dev-set's: every key the dev-set always has, no key the dev-set never has
  (likewise for `dates` and `cited_articles` entries); enumerated values (role, completeness)
  within the dev-set's; the label's doc_type equals the header's;
- every labelled credit code, and every USCC-shaped token in a text, passes GB 32100;
- agency, doc_number, party, credit_code and related_doc_numbers occur verbatim in the document
  once whitespace is removed from both;
- dates are ISO YYYY-MM-DD calendar dates; amounts are numbers or null; law titles carry 书名号;
- the folder is under 1 MB and no file holds a machine-specific absolute path.
The dev-set labels are read from ../shared/dev-set/labels.jsonl next to the project root when
present; otherwise the key sets recorded below (taken from that file) are used.
Exit status 0 when everything passes, 1 otherwise.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # importing build/docs modules must not leave __pycache__ here

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent
PROJECT_ROOT = HERE.parents[3]
DEV_LABELS = PROJECT_ROOT.parent / "shared" / "dev-set" / "labels.jsonl"

# Fallback copy of the dev-set schema (used only when the dev-set is not reachable).
DEV_REQUIRED = {"file", "doc_type", "agency", "doc_number", "party", "credit_code", "cited_articles",
                "fine_yuan", "confiscation_yuan", "dates", "remedy_days", "discretion", "completeness",
                "notes", "defects_observed"}
DEV_OPTIONAL = {"related_doc_numbers", "procedure", "refund_yuan"}
DEV_DATES_REQUIRED = {"filing", "notice", "decision", "service"}
DEV_DATES_OPTIONAL = {"complaint", "inquiry", "inspection", "investigation", "violation"}
DEV_CITATION_REQUIRED = {"law", "article", "paragraph", "item", "role"}
DEV_CITATION_OPTIONAL = {"note"}
DEV_ROLES = {"violated", "penalty", "discretion", "other"}
COMPLETENESS = {"complete", "near_complete", "truncated", "partial_tail", "body_only", "template"}
DISCRETION = {None, "从轻", "减轻", "从重", "不予处罚"}  # this corpus's convention, see README
EXPECTED_COUNT = 24
MAX_BYTES = 1_000_000

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
USCC_TOKEN = re.compile(r"(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])")
# Built from pieces so that this file does not match its own pattern.
ABS_PATH = re.compile("(" + "|".join(["/" + "work/", "/" + "home/", "/" + "Users/", "/" + "tmp/",
                                      "[A-Za-z]:" + r"\\\\"]) + ")")
FILE_NAME = re.compile(r"^7\d\d_(?P<domain>[^_.]+)\.txt$")


def uscc_valid(code: str) -> bool:
    """GB 32100-2015 check: 18 characters from the code set and a correct check character."""
    if len(code) != 18 or any(ch not in USCC_CHARS for ch in code):
        return False
    total = sum(USCC_CHARS.index(ch) * w for ch, w in zip(code[:17], USCC_WEIGHTS))
    return USCC_CHARS[(31 - total % 31) % 31] == code[17]


def dev_schema() -> dict[str, set]:
    """Key sets of the dev-set labels, read from the file when reachable."""
    schema = {
        "required": DEV_REQUIRED, "allowed": DEV_REQUIRED | DEV_OPTIONAL,
        "dates_required": DEV_DATES_REQUIRED, "dates_allowed": DEV_DATES_REQUIRED | DEV_DATES_OPTIONAL,
        "cit_required": DEV_CITATION_REQUIRED, "cit_allowed": DEV_CITATION_REQUIRED | DEV_CITATION_OPTIONAL,
        "roles": DEV_ROLES,
    }
    if not DEV_LABELS.is_file():
        print(f"note: {DEV_LABELS.name} not found next to the project; using the recorded schema",
              file=sys.stderr)
        return schema
    labels = [json.loads(line) for line in DEV_LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    keys = [set(label) for label in labels]
    dates = [set(label["dates"]) for label in labels]
    cits = [set(c) for label in labels for c in label["cited_articles"]]
    schema.update(
        required=set.intersection(*keys), allowed=set.union(*keys),
        dates_required=set.intersection(*dates), dates_allowed=set.union(*dates),
        cit_required=set.intersection(*cits), cit_allowed=set.union(*cits),
        roles={c["role"] for label in labels for c in label["cited_articles"]},
    )
    return schema


def squash(text: str) -> str:
    """Remove all whitespace (ASCII and full-width) for verbatim comparisons."""
    return re.sub(r"\s+", "", text)


def iso_date_ok(value) -> bool:
    """True for None or a valid YYYY-MM-DD calendar date."""
    if value is None:
        return True
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def is_amount(value) -> bool:
    """True for None or a non-negative int/float (bool excluded)."""
    return value is None or (isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0)


def check_label(label: dict, text: str, header: dict, schema: dict) -> list[str]:
    """Problems with one label against its text and the dev-set schema."""
    problems = []
    keys = set(label)
    if missing := schema["required"] - keys:
        problems.append(f"label lacks dev-set keys {sorted(missing)}")
    if extra := keys - schema["allowed"]:
        problems.append(f"label has keys the dev-set never uses {sorted(extra)}")
    if label.get("doc_type") != header.get("doc_type"):
        problems.append("label doc_type differs from the header's doc_type")

    dates = label.get("dates") or {}
    if missing := schema["dates_required"] - set(dates):
        problems.append(f"dates lack {sorted(missing)}")
    if extra := set(dates) - schema["dates_allowed"]:
        problems.append(f"dates has keys the dev-set never uses {sorted(extra)}")
    problems += [f"date {k}={v!r} is not ISO" for k, v in dates.items() if not iso_date_ok(v)]

    for i, cit in enumerate(label.get("cited_articles", [])):
        if missing := schema["cit_required"] - set(cit):
            problems.append(f"citation {i} lacks {sorted(missing)}")
        if extra := set(cit) - schema["cit_allowed"]:
            problems.append(f"citation {i} has unknown keys {sorted(extra)}")
        if cit.get("role") not in schema["roles"]:
            problems.append(f"citation {i} role {cit.get('role')!r} not a dev-set role")
        law = cit.get("law", "")
        if not (law.startswith("《") and law.endswith("》")):
            problems.append(f"citation {i} law {law!r} lacks 书名号")
        for part in ("article", "paragraph", "item"):
            if cit.get(part) is not None and not isinstance(cit[part], int):
                problems.append(f"citation {i} {part} is not an integer")

    if label.get("completeness") not in COMPLETENESS:
        problems.append(f"completeness {label.get('completeness')!r} unknown")
    if label.get("discretion") not in DISCRETION:
        problems.append(f"discretion {label.get('discretion')!r} outside this corpus's convention")
    for key in ("fine_yuan", "confiscation_yuan", "refund_yuan"):
        if not is_amount(label.get(key)):
            problems.append(f"{key} is not a number or null")
    remedy = label.get("remedy_days")
    if remedy is not None and not (isinstance(remedy, dict) and set(remedy) == {"review", "litigation"}):
        problems.append("remedy_days must be null or {review, litigation}")
    if not isinstance(label.get("defects_observed"), list):
        problems.append("defects_observed must be a list")

    code = label.get("credit_code")
    if code is not None and not uscc_valid(code):
        problems.append(f"credit_code {code} fails GB 32100")
    flat = squash(text)
    verbatim = [label.get(k) for k in ("agency", "doc_number", "party", "credit_code")]
    verbatim += label.get("related_doc_numbers", [])
    for value in verbatim:
        if value is not None and squash(value) not in flat:
            problems.append(f"labelled string {value!r} does not occur in the text")
    for token in USCC_TOKEN.findall(text):
        if not uscc_valid(token):
            problems.append(f"USCC-shaped token {token} in the text fails GB 32100")
    return problems


def parse(path: Path) -> tuple[dict, str, list[str]]:
    """Split a text file into its header fields and body; report header problems."""
    content = path.read_text(encoding="utf-8")
    lines = content.split("\n")
    problems = []
    header = {}
    for line, key in zip(lines[:3], ("source", "domain", "doc_type")):
        if not line.startswith(key + ": "):
            problems.append(f"header line {key!r} missing or out of order")
        else:
            header[key] = line[len(key) + 2:]
    if len(lines) < 4 or lines[3] != "---":
        problems.append("header not closed by '---'")
    source = header.get("source", "")
    if "invented imitation" not in source or "not a real publication" not in source:
        problems.append("source line does not say the text is an invented imitation")
    return header, "\n".join(lines[4:]), problems


def check_folder() -> list[str]:
    """Folder-level problems: size and absolute paths."""
    problems = []
    files = [p for p in CORPUS.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    size = sum(p.stat().st_size for p in files)
    if size >= MAX_BYTES:
        problems.append(f"folder is {size} bytes, not under 1 MB")
    for path in files:
        try:
            content = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        if ABS_PATH.search(content):
            problems.append(f"{path.relative_to(CORPUS)}: holds a machine-specific absolute path")
    return problems


def check_build() -> list[str]:
    """Files on disk must equal what build.py renders."""
    sys.path.insert(0, str(HERE))
    try:
        import build
    finally:
        sys.path.pop(0)
    problems = []
    for name, content in build.render_all().items():
        path = CORPUS / name
        if not path.is_file():
            problems.append(f"{name}: not written (run build.py)")
        elif path.read_text(encoding="utf-8") != content:
            problems.append(f"{name}: differs from what build.py renders (run build.py)")
    return problems


def main() -> int:
    """Run every check and print the problems; exit 1 if there are any."""
    schema = dev_schema()
    problems: list[str] = []
    texts = sorted(CORPUS.glob("*.txt"))
    if len(texts) != EXPECTED_COUNT:
        problems.append(f"expected {EXPECTED_COUNT} texts, found {len(texts)}")
    labels_path = CORPUS / "labels.jsonl"
    labels = [json.loads(line) for line in labels_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_file = {label["file"]: label for label in labels}
    if len(by_file) != len(labels):
        problems.append("labels.jsonl has duplicate file entries")
    if [label["file"] for label in labels] != sorted(by_file):
        problems.append("labels.jsonl is not in file order")
    if set(by_file) != {p.name for p in texts}:
        problems.append("labels.jsonl files differ from the texts on disk")

    for path in texts:
        match = FILE_NAME.match(path.name)
        header, body, found = parse(path)
        if not match:
            found.append("file name is not NNN_<domain>.txt in the 7xx range")
        elif header.get("domain") != match["domain"]:
            found.append("header domain differs from the file name")
        if path.name in by_file:
            found += check_label(by_file[path.name], body, header, schema)
        problems += [f"{path.name}: {p}" for p in found]

    problems += check_build()
    problems += check_folder()
    for problem in problems:
        print(problem)
    print(f"{len(texts)} documents, {len(labels)} labels: "
          f"{'OK' if not problems else str(len(problems)) + ' problem(s)'}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
