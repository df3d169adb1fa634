"""Training material (教学案例) from reviewed files: per defect code, anonymised excerpts.

For each code the campaign found, up to ``per_code`` excerpts from different cases show the
defect in its context (whole lines around the evidence, the offending words marked), next to the
defect's legal basis (defects.yaml), a model correct wording (``data/teach.yaml``) and a short
quiz with answers. Excerpts come from the case files named by the records' ``source`` (offsets
are into the document text); when a file is gone the evidence quote alone is used. Every excerpt
goes through :mod:`casecheck.report.anonymize` with the record's person names.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from casecheck.report.anonymize import Anonymizer, known_names_from_record
from casecheck.report.catalog import category_name, code_basis, code_name, codes

DATA = Path(__file__).resolve().parent / "data"
CONTEXT_LINES = 1


@dataclass
class Excerpt:
    """One anonymised excerpt: text before, the marked part, text after."""

    document: str
    before: str
    marked: str
    after: str
    message: str


@dataclass
class Lesson:
    """Everything the material says about one defect code."""

    code: str
    name: str
    category: str
    basis: str
    point: str
    correct: str
    trigger: str
    excerpts: list[Excerpt] = field(default_factory=list)
    quiz: dict[str, Any] | None = None


@cache
def _teach_data() -> dict[str, dict[str, str]]:
    return yaml.safe_load((DATA / "teach.yaml").read_text(encoding="utf-8")) or {}


@cache
def _documents(source: str) -> dict[str, str]:
    """Document ref → text of the case at ``source`` (empty when it cannot be read)."""
    from casecheck.ingest.case import load_case

    try:
        case = load_case(Path(source), ocr=False)
    except Exception:  # a moved or unreadable file: fall back to the quotes
        return {}
    return {d.ref: d.text for d in case.documents}


def _lines_around(text: str, start: int, end: int) -> tuple[str, str, str]:
    """Whole lines around ``[start, end)``, ``CONTEXT_LINES`` either side."""
    a = start
    for _ in range(CONTEXT_LINES + 1):
        a = text.rfind("\n", 0, max(a - 1, 0)) + 1 if a > 0 else 0
    b = end
    for _ in range(CONTEXT_LINES + 1):
        nxt = text.find("\n", b + 1)
        b = len(text) if nxt < 0 else nxt
    return text[a:start], text[start:end], text[end:b]


def _excerpt(rec: dict[str, Any], f: dict[str, Any], anon: Anonymizer) -> Excerpt | None:
    """The first evidence item of ``f`` that has a span, anonymised."""
    docs = _documents(rec.get("source", ""))
    for ev in f.get("evidence", []):
        if ev.get("start") is None or not ev.get("quote"):
            continue
        text = docs.get(ev.get("document") or "")
        if text and text[ev["start"] : ev["end"]] == ev["quote"]:
            before, marked, after = _lines_around(text, ev["start"], ev["end"])
        else:
            before, marked, after = "", ev["quote"], ""
        return Excerpt(ev.get("document") or "", anon(before), anon(marked), anon(after), anon(f["message"]))
    return None


def build_lessons(records: list[dict[str, Any]], per_code: int = 3, seed: int = 0) -> list[Lesson]:
    """One lesson per defect code found in ``records``, ordered by code."""
    by_code: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = defaultdict(list)
    for r in records:
        for f in r.get("findings", []):
            by_code[f["code"]].append((r, f))
    anons: dict[str, Anonymizer] = {}
    lessons = []
    for code in sorted(by_code):
        entry = _teach_data().get(code, {})
        lesson = Lesson(
            code,
            code_name(code),
            category_name(code.split("-")[0]),
            code_basis(code),
            entry.get("point", ""),
            entry.get("correct", ""),
            codes().get(code, {}).get("trigger", ""),
        )
        seen: set[str] = set()
        for r, f in by_code[code]:
            if r["case_id"] in seen or len(lesson.excerpts) >= per_code:
                continue
            if r["case_id"] not in anons:
                anons[r["case_id"]] = _primed(r)
            ex = _excerpt(r, f, anons[r["case_id"]])
            if ex:
                seen.add(r["case_id"])
                lesson.excerpts.append(ex)
        lessons.append(lesson)
    rng = random.Random(seed)
    for lesson in lessons:
        lesson.quiz = _quiz(lesson, rng)
    return lessons


def _primed(rec: dict[str, Any]) -> Anonymizer:
    """An anonymizer that has seen the whole case, so names found anywhere are masked everywhere."""
    anon = Anonymizer(known_names_from_record(rec))
    for text in _documents(rec.get("source", "")).values():
        anon(text)
    return anon


def _quiz(lesson: Lesson, rng: random.Random) -> dict[str, Any] | None:
    """A multiple-choice question: which defect does this excerpt show? (4 options, 1 answer)."""
    if not lesson.excerpts:
        return None
    same = [c for c in codes() if c != lesson.code and c.startswith(lesson.code.split("-")[0])]
    other = [c for c in codes() if c != lesson.code and c not in same]
    distractors = rng.sample(same, min(2, len(same)))
    distractors += rng.sample(other, 3 - len(distractors))
    options = [code_name(c) for c in [lesson.code, *distractors]]
    rng.shuffle(options)
    answer = options.index(lesson.name)
    ex = lesson.excerpts[0]
    return {
        "question": f"下列摘录（{ex.document}）存在什么问题？",
        "excerpt": ex,
        "options": options,
        "answer": "ABCD"[answer],
        "explain": f"{lesson.name}。{lesson.point} 依据：{lesson.basis}",
    }


def render_teach_html(lessons: list[Lesson], title: str = "行政执法案卷常见问题教学材料") -> str:
    """The training material as one self-contained HTML page."""
    from casecheck.report.html import env

    return env().get_template("teach.html").render(lessons=lessons, title=title)


def write_teach_docx(lessons: list[Lesson], out: Path, title: str = "行政执法案卷常见问题教学材料") -> Path:
    """The training material as a Word document (marked text highlighted, answers at the end)."""
    from docx import Document
    from docx.enum.text import WD_COLOR_INDEX
    from docx.oxml.ns import qn

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "宋体"  # creates rPr/rFonts
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    doc.add_heading(title, 0)
    for i, lesson in enumerate(lessons, 1):
        doc.add_heading(f"{i}. {lesson.name}（{lesson.code}，{lesson.category}）", 1)
        doc.add_paragraph(f"要点：{lesson.point or lesson.trigger}")
        doc.add_paragraph(f"法律依据：{lesson.basis}")
        for j, ex in enumerate(lesson.excerpts, 1):
            p = doc.add_paragraph(f"案例摘录{j}（{ex.document}）：", style="List Bullet")
            p.add_run(ex.before)
            run = p.add_run(ex.marked)
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
            run.bold = True
            p.add_run(ex.after)
            doc.add_paragraph(f"问题：{ex.message}")
        if lesson.correct:
            doc.add_paragraph(f"规范表述：{lesson.correct}")
    doc.add_heading("练习题", 1)
    quizzes = [lesson.quiz for lesson in lessons if lesson.quiz]
    for i, q in enumerate(quizzes, 1):
        ex = q["excerpt"]
        doc.add_paragraph(f"{i}. {q['question']}“{ex.marked}”")
        for letter, opt in zip("ABCD", q["options"], strict=False):
            doc.add_paragraph(f"{letter}. {opt}")
    doc.add_heading("参考答案", 1)
    for i, q in enumerate(quizzes, 1):
        doc.add_paragraph(f"{i}. {q['answer']}　{q['explain']}")
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(out))
    return out


def write_teach(records: list[dict[str, Any]], out: Path, per_code: int = 3) -> dict[str, Path]:
    """Write ``teach.html`` and ``teach.docx`` into ``out``."""
    lessons = build_lessons(records, per_code)
    out.mkdir(parents=True, exist_ok=True)
    html = out / "teach.html"
    html.write_text(render_teach_html(lessons), encoding="utf-8")
    return {"html": html, "docx": write_teach_docx(lessons, out / "teach.docx")}
