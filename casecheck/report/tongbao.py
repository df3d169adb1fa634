"""The draft 通报 (circular) of a campaign: Markdown from a template, DOCX built with python-docx."""

from __future__ import annotations

from pathlib import Path

from casecheck.report.campaign import GRADES, CampaignSummary
from casecheck.report.html import cn_date

TOP = 8  # problems a 通报 names: the most common ones, not the whole ranking


def render_tongbao_markdown(s: CampaignSummary, top: int = TOP) -> str:
    """The 通报 draft as Markdown."""
    from jinja2 import Environment, PackageLoader

    from casecheck.report.html import env as html_env

    e = Environment(
        loader=PackageLoader("casecheck.report", "templates"), trim_blocks=True, lstrip_blocks=True
    )
    e.filters.update(html_env().filters)
    return e.get_template("tongbao.md").render(s=s, grades=GRADES, top=top)


def _fmt(v: float | None) -> str:
    return "—" if v is None else f"{v:.1f}"


def write_tongbao_docx(s: CampaignSummary, out: Path, top: int = TOP) -> Path:
    """The 通报 draft as a Word document (仿宋/黑体 headings as the 公文 style expects)."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = "仿宋", Pt(14)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋")

    def para(text: str, bold: bool = False, align=None, font: str | None = None, size: float | None = None):
        p = doc.add_paragraph()
        run = p.add_run(text)
        run.bold = bold
        if font:
            run.font.name = font
            run._element.rPr.rFonts.set(qn("w:eastAsia"), font)
        if size:
            run.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        return p

    para(f"关于{s.title}情况的通报", True, WD_ALIGN_PARAGRAPH.CENTER, "方正小标宋简体", 20)
    para("（征求意见稿）", align=WD_ALIGN_PARAGRAPH.CENTER)
    para("各执法单位：")
    para(f"为进一步规范行政执法行为，提升案卷质量，近期组织开展了{s.title}工作。现将有关情况通报如下。")
    para("一、基本情况", font="黑体")
    grades = "，".join(f"{g} {s.grades[g]} 卷" for g in GRADES)
    errors = f"，另有 {s.errors} 卷因文件无法读取未能评查" if s.errors else ""
    para(
        f"本次共评查行政执法案卷 {s.files} 卷，涉及 {len(s.agencies)} 个执法单位。"
        f"平均得分 {_fmt(s.mean)} 分，{grades}{errors}。"
    )
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells, ("执法单位", "案卷数", "平均分", "优秀", "不合格"), strict=True
    ):
        cell.text = text
    for a in s.agencies:
        cells = table.add_row().cells
        for cell, text in zip(
            cells, (a.agency, str(a.files), _fmt(a.mean), str(a.grades["优秀"]), str(a.failed)), strict=True
        ):
            cell.text = text
    para("二、存在的主要问题", font="黑体")
    for i, d in enumerate(s.defects[:top], 1):
        example = f"如：{d.examples[0]['message']}" if d.examples else ""
        share = f"{d.files} 卷，占 {d.share * 100:.0f}%"
        para(f"（{_cn_num(i)}）{d.name}（{share}）。{example}（依据：{d.basis or '—'}）")
    para("三、整改要求", font="黑体")
    fixes = [d for d in s.defects[:top] if d.remediation]
    for i, d in enumerate(fixes, 1):
        para(f"（{_cn_num(i)}）针对“{d.name}”问题：{d.remediation}")
    para("各单位应对照本通报列出的问题逐卷自查，于 30 日内形成整改报告报送。")
    para("四、优秀案卷", font="黑体")
    if s.excellent:
        for i, e in enumerate(s.excellent, 1):
            para(f"{i}. {e['agency'] or '—'} 案卷 {e['case_id']}（{_fmt(e['score'])} 分）")
    else:
        para("本次评查未评出优秀案卷。")
    para(cn_date(s.date), align=WD_ALIGN_PARAGRAPH.RIGHT)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(out))
    return out


def _cn_num(i: int) -> str:
    digits = "零一二三四五六七八九"
    if i < 10:
        return digits[i]
    return ("" if i < 20 else digits[i // 10]) + "十" + (digits[i % 10] if i % 10 else "")
