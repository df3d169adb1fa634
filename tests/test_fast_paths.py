"""Faster forms of extraction helpers give what the plain forms gave (equivalence tests)."""

from __future__ import annotations

import random
import re

from casecheck.extract.fields import names


def _is_person_name_plain(s: str) -> bool:
    """``names.is_person_name`` as first written: one ``startswith`` per compound surname."""
    if names._DOTTED.fullmatch(s):
        return True
    if names.NOT_NAME.search(s):
        return False
    if 3 <= len(s) <= 6 and all(c in names.TRANSLITERATED for c in s):
        return True
    for sur in names.COMPOUND_SURNAMES:
        if s.startswith(sur) and names._GIVEN_2.fullmatch(s[len(sur) :]):
            return True
    return s[:1] in names.SINGLE_SURNAMES and names._GIVEN_3.fullmatch(s[1:]) is not None


def test_is_person_name_surname_lookup() -> None:
    """Compound surnames looked up by prefix: the same verdicts on names, near-names and prose."""
    rnd = random.Random(3)
    pieces = [*names.COMPOUND_SURNAMES, "张", "欧", "阳", "明", "某", "*", "·", "巴特尔", "执法", "的"]
    pieces += ["司", "马"]
    words = ["欧阳明", "司马某某", "上官婷", "欧阳", "张三", "阿依·买买提", "乌云其木格", "执法人员", ""]
    words += ["".join(rnd.choices(pieces, k=rnd.randint(1, 4))) for _ in range(5000)]
    assert sum(map(names.is_person_name, words)) > 500
    for w in words:
        assert names.is_person_name(w) == _is_person_name_plain(w), w


def test_bare_titles_is_bare_title_finditer() -> None:
    """``citations._bare_titles`` (positions before an article ending in 法/条例/细则 only) finds
    what ``BARE_TITLE.finditer`` finds, on random citing text and the samples."""
    from pathlib import Path

    from casecheck.extract.fields import citations as c

    samples = Path(__file__).resolve().parents[1] / "samples"
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(samples.glob("*.txt"))]
    rnd = random.Random(9)
    bits = ["依据", "食品安全法", "条例", "实施细则", "办法", "《", "》", "第", "三十四", "条", "款"]
    bits += [" ", "，"]
    bits += ["中华人民共和国", "法", "例", "细", "则", "\n", "违反了"]
    texts += ["".join(rnd.choices(bits, k=rnd.randint(1, 14))) for _ in range(5000)]
    heads = ["依据", "违反", "《", "》", "", "本", "中华人民共和国", "食品安全", "产品质量"]
    ends = ["法", "条例", "细则", "办法", "规定", "法》", "实施细则"]
    texts += [
        "".join([*rnd.choices(heads, k=rnd.randint(0, 3)), rnd.choice(ends), rnd.choice(["", " ", "\n"])])
        + f"第{rnd.choice(['三十四', '12', '一'])}条"
        + rnd.choice(["", "，", "第二款"])
        for _ in range(3000)
    ]
    found = 0
    for t in texts:
        want = [(m.span(), m.group("t")) for m in c.BARE_TITLE.finditer(t)]
        assert [(m.span(), m.group("t")) for m in c._bare_titles(t)] == want, t
        found += len(want)
    assert found > 500


def test_month_end_is_where_every_months_match_ends() -> None:
    """``events._violation_month`` skips the MONTHS scan when ``_MONTH_END`` finds nothing: every
    MONTHS match has a 月 where ``_MONTH_END`` matches (its end and look-ahead)."""
    from casecheck.extract.fields import events

    rnd = random.Random(12)
    bits = ["2024", "年", "7", "12", "月", "份", "日", "号", "、", "至", "和", " ", "，", "当事人"]
    bits += ["起", "-", "5"]
    texts = ["".join(rnd.choices(bits, k=rnd.randint(1, 12))) for _ in range(4000)]
    for _ in range(4000):  # 2024年7月 with a list, a day, a range or prose around it
        head = rnd.choice(["", "当事人于", "你单位", "1", "年"]) + "2024" + rnd.choice(["年", " 年"])
        month = rnd.choice(["7月", "12 月", "7月份", "7月、8月", "7月至2024年9月", "7月1日", "7"])
        texts.append(head + month + "".join(rnd.choices(bits, k=rnd.randint(0, 4))))
    found = 0
    for t in texts:
        for m in events.MONTHS.finditer(t):
            found += 1
            assert any(events._MONTH_END.match(t, p) for p in range(m.start(), m.end())), t
    assert found > 300


def _closing_line_plain(text: str) -> object:
    """``closing_date``'s 落款 line as first written: every line of the second half read in order,
    the last that passes kept."""
    import bisect

    from casecheck.extract.fields import closing as c
    from casecheck.extract.fields.dates import find_dates
    from casecheck.extract.text import lines

    tail_from = int(len(text) * 0.5)
    candidates = []
    by_start = find_dates(text)
    starts = [h.start for h in by_start]
    for s, e, line in lines(text):
        if e < tail_from or not line.strip():
            continue
        first = bisect.bisect_left(starts, s)
        if bisect.bisect_left(starts, s + len(line), first) - first != 1:
            continue
        h = by_start[first]
        before = c._unseal(text[s : h.start])
        after = text[h.end : s + len(line)].strip(" \t，,。.、")
        if (
            not before.strip()
            or c.AGENCY.fullmatch(before.strip())
            or c._DATE_LABEL_ONLY.fullmatch(before.strip())
        ) and not c._unseal(after).strip():
            candidates.append((h, s))
    return candidates[-1] if candidates else None


def test_closing_line_read_from_the_last_date() -> None:
    """``closing_date`` reads only dated lines, from the last back: the same 落款 line as reading
    every line (document type "" leaves no fallback), on the samples and random records."""
    from pathlib import Path

    from casecheck.extract.fields.closing import closing_date

    samples = Path(__file__).resolve().parents[1] / "samples"
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(samples.glob("*.txt"))]
    rnd = random.Random(14)
    rows = [
        "2024年3月5日",
        "某市市场监督管理局",
        "（印章）",
        "审批日期：2024年3月6日",
        "同意。",
        "当事人：张三",
    ]
    rows += [
        "于2024年3月1日立案",
        "2024年3月5日 2024年4月1日",
        "",
        "  ",
        "负责人：王五 2024年5月1日",
        "2024年6月1日。",
    ]
    texts += ["\n".join(rnd.choices(rows, k=rnd.randint(1, 9))) for _ in range(4000)]
    found = 0
    for t in texts:
        want = _closing_line_plain(t)
        assert closing_date(t, "") == want, t
        found += want is not None
    assert found > 1000


def test_letter_spaced_space_count_shortcut() -> None:
    """``letter_spaced`` answers False for texts with at most 6 spaces before scanning: the same
    verdict as the scan (each _SPACED match is one space) on random spaced and unspaced text."""
    from casecheck.extract import text as tx

    def plain(t: str) -> bool:
        spaced = len(tx._SPACED.findall(t))
        if spaced <= 6:
            return False
        cjk = len(t) - len(tx._CJK_RUN.sub("", t))
        return cjk >= 20 and spaced > 0.3 * cjk

    rnd = random.Random(15)
    texts = []
    for _ in range(5000):
        gap = rnd.choice([" ", " ", "", "  "])
        chars = rnd.choices(["违", "反", "了", "《", "法", "a", "1", "\n", "，"], k=rnd.randint(0, 60))
        texts.append(gap.join(chars))
    assert sum(map(plain, texts)) > 200
    for t in texts:
        assert tx.letter_spaced(t) == plain(t), t


def test_title_ends_skip_only_types_that_cannot_match() -> None:
    """``doctypes._classify`` (and its loose form) skips a type whose titles cannot end in the
    line's last character: the verdicts are those of trying every type, on the catalogue's own
    title words mixed with agency names, notes, dates and numbers, and on the samples' lines."""
    import dataclasses
    from pathlib import Path

    from casecheck.ingest import doctypes as d

    types = d.catalogue()
    assert sum(t.ends is not None for t in types) > len(types) // 2  # the filter is in use
    every = tuple(dataclasses.replace(t, ends=None) for t in types)  # no type skipped
    samples = Path(__file__).resolve().parents[1] / "samples"
    lines = [
        ln.replace(" ", "")
        for p in sorted(samples.glob("*.txt"))
        for ln in p.read_text(encoding="utf-8", errors="replace").split("\n")
        if ln.strip()
    ]
    words = [w for t in types for w in re.findall(r"[\u4e00-\u9fa5]{2,}", "|".join(t.titles))]
    bits = [*words, "某市市场监督管理局", "（副本）", "(第1次)", "2024年", "1", "|", "号", "）", "执法"]
    rnd = random.Random(16)
    lines += ["".join(rnd.choices(bits, k=rnd.randint(1, 4))) for _ in range(6000)]
    strict = loose = 0
    for ln in lines:
        want = d._classify(ln, False, every)
        assert d._classify(ln, False, types) == want, ln
        strict += want is not None
        want_loose = d._classify_loose(ln, every)
        assert d._classify_loose(ln, types) == want_loose, ln
        loose += want_loose is not None and want_loose[0] != d.OTHER
    assert strict > 200
    assert loose > 200


def _join_wraps_plain(text: str, indented: set[int]) -> set[int]:
    """``normalize._join_wraps`` as first written: every line measured."""
    from casecheck.ingest import normalize as n

    lines = text.split("\n")
    widths = [n._width(line) for line in lines]
    top = sorted(widths, reverse=True)
    full = max(widths, default=0.0)
    stand_out = len(top) >= 3 and top[0] > n.STAND_OUT * top[2]  # a line or two out of a column
    prose = [w for w, x in zip(widths, lines, strict=True) if n._prose_line(x)]
    if stand_out and sum(w >= 0.88 * top[2] for w in prose) >= n.COLUMN_LINES:
        full = top[2]
    need = max(10.0, full - max(2.0, 0.12 * full))
    longest = max(map(len, lines))
    by_count = [len(x) for x in lines].count(longest) >= 3  # cut every N characters
    drop: set[int] = set()
    pos = 0
    for k in range(len(lines) - 1):
        prev, line = lines[k], lines[k + 1]
        nl = pos + len(prev)
        pos = nl + 1
        if not prev or not line or nl in indented:
            continue
        if n._NUMBER_CUT.search(prev) and n._NUMBER_REST.match(line):
            drop.add(nl)  # a 文号 wrapped inside its cell
            continue
        cut, rest = n._CODE_CUT.search(prev), n._CODE_REST.match(line)
        if cut and rest and len(cut.group(1)) + len(rest.group(0)) == 18:
            drop.add(nl)  # an 18-character code cut by the wrap
            continue
        if prev[-1] in "（(" and n._BRACKETED_CODE.match(line):
            drop.add(nl)  # a number cut right after the bracket it closes
            continue
        figure = n._FIGURE_CUT.search(prev) if line[0].isdigit() and prev[-1].isdigit() else None
        signed = bool(figure and figure.group("sign"))
        if (
            figure
            and (n._SIGNED_REST if signed else n._FIGURE_REST).match(line)
            and ((signed and n.open_bracket(prev) and n._SIGNED_REST.match(line)) or len(prev) >= 0.6 * need)
            and not n._TABLE_ROW.search(prev)
        ):
            drop.add(nl)  # a figure cut by the wrap (a ￥ figure in an open bracket however short)
            continue
        full_line = widths[k] >= need or (by_count and len(prev) == longest and len(prev) >= need)
        if not full_line or n._TABLE_ROW.search(prev) or n._TABLE_ROW.search(line):
            continue
        if (k + 2 == len(lines) or "页" in line) and n.PAGE_NUMBER_ONLY.match(line.strip()):
            continue  # the page's footer
        if n._wraps(prev, line):
            drop.add(nl)
    return drop


def test_join_wraps_measures_only_what_decides() -> None:
    """``_join_wraps`` measures the widest lines and the lines whose length leaves the test open:
    the same wraps as measuring every line, on the samples and random pages of wide and narrow
    characters (Latin, CJK, full-width punctuation)."""
    from pathlib import Path

    from casecheck.ingest.normalize import _join_wraps, _squeeze

    samples = Path(__file__).resolve().parents[1] / "samples"
    pages = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(samples.glob("*.txt"))]
    rnd = random.Random(17)
    bits = ["当事人", "违法", "行为", "abc", "12", "。", "，", "：", "（", "）", "“", "—", "a b", "罚款"]
    for _ in range(3000):
        rows = ["".join(rnd.choices(bits, k=rnd.randint(0, 14))) for _ in range(rnd.randint(1, 12))]
        pages.append("\n".join(rows))
    joined = 0
    for page in pages:
        text, _index, indented = _squeeze(page)
        want = _join_wraps_plain(text, indented)
        assert _join_wraps(text, indented) == want, page
        joined += len(want)
    assert joined > 1000


def _table_pairs_plain(text: str) -> dict[str, tuple[str, int, int]]:
    """``table.table_pairs`` as first written: each row's cells read again from its line."""
    from casecheck.extract.fields import table as tb

    if "│" in text or "┃" in text or "｜" in text:
        text = text.translate(tb._BOX_RULES)
    if text.count("|") < 6:
        return {}
    cs = tb.cells(text)
    out: dict[str, tuple[str, int, int]] = {}
    for i, (val, _, _) in enumerate(cs):
        if tb._SPACE.sub("", val) != "序号":
            continue
        j = i + 1
        while j < len(cs) and not tb._SERIAL.fullmatch(cs[j][0]):
            j += 1
        headers = cs[i + 1 : j]
        values = cs[j + 1 : j + 1 + len(headers)]
        if headers and len(values) == len(headers):
            for (h, _, _), v in zip(headers, values, strict=True):
                out.setdefault(tb._SPACE.sub("", h), v)
        break
    for key, cell in tb.tab_grid(text.replace("|", "\t"), every_heading=True).items():
        out.setdefault(key, cell)  # a header row over a value row (session 21)
    pos = 0
    for line in text.split("\n"):
        row = [c for c in tb.cells(line) if c[0]] if line.count("|") >= 2 else []
        if len(row) >= 2 and len(row[0][0]) <= 12 and not tb._DIGIT.search(row[0][0]):
            out.setdefault(tb._SPACE.sub("", row[0][0]), (row[1][0], pos + row[1][1], pos + row[1][2]))
        pos += len(line) + 1
    for val, s, e in cs:
        m = tb._LABELLED.match(val)
        if m:
            out.setdefault(tb._SPACE.sub("", m.group(1)), (m.group(2), s + m.start(2), e))
    return out


def test_table_rows_from_the_text_cells() -> None:
    """``table_pairs`` takes a row's cells from the whole text's cells: the same pairs as reading
    each line again, on the samples and random flattened and box-drawn tables."""
    from pathlib import Path

    from casecheck.extract.fields.table import table_pairs

    samples = Path(__file__).resolve().parents[1] / "samples"
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(samples.glob("*.txt"))]
    rnd = random.Random(18)
    cells = ["序号", "1", "2", "受送达人", "某某公司", " 张 三 ", "", "文号：某〔2024〕1号", "日期", "2024年"]
    for _ in range(3000):
        sep = rnd.choice(["|", "│", "｜"])
        rows = [
            sep + sep.join(rnd.choices(cells, k=rnd.randint(1, 5))) + sep for _ in range(rnd.randint(1, 6))
        ]
        texts.append(rnd.choice(["", "标题\n"]) + "\n".join(rows))
    pairs = 0
    for t in texts:
        want = _table_pairs_plain(t)
        assert table_pairs(t) == want, t
        pairs += len(want)
    assert pairs > 3000
