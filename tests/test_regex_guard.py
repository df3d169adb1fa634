"""The first-character guard (``casecheck.extract.patterns.first_char_guard``) changes no match."""

from __future__ import annotations

import importlib
import pkgutil
import random
import re
from pathlib import Path

import pytest

import casecheck.extract.fields
from casecheck.extract import patterns as patterns_mod
from casecheck.extract.fields import party
from casecheck.extract.patterns import LiteralScan, Pattern, fast_compile, first_char_guard

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


@pytest.mark.parametrize(
    ("regex", "guard"),
    [
        (r"(?:人民币)?\s*\d+元", r"(?=[\d\s人])"),
        (r"(?<![0-9])(?:19|20)\d{2}年", r"(?=[12])"),
        (r"(?:a|bc|)d", r"(?=[abd])"),
        (r"x?[p-r]+", r"(?=[p-rx])"),
        (r"元", ""),  # the engine scans for a leading literal itself
        (r"[元圆]\d", ""),  # … and for a leading character set
        (r"a?b*", ""),  # can match the empty string
        (r"\s+x", ""),  # a required run of one class fails at once where it cannot start
        (r"[^元]?\d", ""),  # a negated set cannot be listed
        (r".?x", ""),
        (r"(?:第)?[\u4e00-\u9fa5]+局", ""),  # all CJK: nearly every position passes
        (r"(?i)a?b", ""),
        (r"(?P<s>[-.])?(?P=s)x", ""),  # a back-reference cannot be listed
        (r"(?P<s>[-.])?x(?P=s)", r"(?=[\-\.x])"),
    ],
)
def test_first_char_guard(regex: str, guard: str) -> None:
    assert first_char_guard(regex) == guard


def _patterns() -> list[Pattern]:
    """Every named ``Pattern`` of the field extractors."""
    found: dict[int, Pattern] = {}
    for info in pkgutil.iter_modules(casecheck.extract.fields.__path__):
        mod = importlib.import_module(f"casecheck.extract.fields.{info.name}")
        for value in vars(mod).values():
            for p in value if isinstance(value, tuple | list) else (value,):
                if isinstance(p, Pattern):
                    found[id(p)] = p
    return list(found.values())


def _read(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")  # a GBK sample


def test_guarded_patterns_find_what_the_plain_regex_finds() -> None:
    """On sample case texts and random text made of the patterns' own characters, the guarded
    compile gives the same matches (spans and groups) as the plain one."""
    patterns = _patterns()
    assert len(patterns) > 10
    guarded = [p for p in patterns if p.compiled.pattern != p.regex]
    assert len(guarded) >= 5  # the guard is in use (money, dates, 文号 …)
    texts = [_read(p) for p in sorted(SAMPLES.glob("*.txt"))]
    assert texts
    rnd = random.Random(8)
    pool = sorted(
        {c for p in patterns for c in p.regex if not c.isascii() or c.isalnum()} | set(" \n，。:：-./")
    )
    # and every other fast_compile'd pattern (module constants, 当事人 label patterns)
    importlib.import_module("casecheck.extract.case")  # sections, document, case: their constants too
    party.labelled("当事人：某某公司\n住所：某市", party.NAME_LABELS + party.ADDRESS_LABELS)
    pool = sorted(set(pool) | {c for src in patterns_mod._PLAIN.values() for c in src if not c.isascii()})
    texts += ["".join(rnd.choices(pool, k=rnd.randint(0, 40))) for _ in range(3000)]
    pairs = [(p.compiled, re.compile(p.regex, p.flags)) for p in guarded]
    pairs += [(rx, re.compile(src, rx.flags)) for rx, src in patterns_mod._PLAIN.items()]
    assert len(pairs) > len(guarded) + 5
    matched = 0
    for rx, plain in pairs:
        for text in texts:
            want = [(m.span(), m.groups()) for m in plain.finditer(text)]
            assert [(m.span(), m.groups()) for m in rx.finditer(text)] == want, (rx.pattern, text)
            assert bool(rx.search(text)) == bool(plain.search(text))
            matched += len(want)
    assert matched > 200


def test_guard_class_is_the_engines_skip_set(monkeypatch: pytest.MonkeyPatch) -> None:
    """``skipping_compile`` builds the pattern itself on this Python (no fallback to
    ``re.compile``), and that pattern finds what the plain one does, flags and groups kept."""
    guarded = r"(?=[\d第])(?:(?<![0-9])(?:第\s*)?(?P<n>\d{2,4})\s*(?P<u>号|条)$)"
    monkeypatch.setattr(patterns_mod.re, "compile", None)  # a fallback would call it
    rx = patterns_mod.skipping_compile(guarded, re.MULTILINE)
    monkeypatch.undo()
    plain = re.compile(guarded, re.MULTILINE)
    assert rx.pattern == plain.pattern and rx.flags == plain.flags and rx.groupindex == plain.groupindex
    rnd = random.Random(5)
    texts = ["".join(rnd.choices("第12 号条\n某9", k=rnd.randint(0, 30))) for _ in range(3000)]
    for text in texts:
        assert [(m.span(), m.groups()) for m in rx.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ]
        assert rx.sub("x", text) == plain.sub("x", text) and rx.split(text) == plain.split(text)
    assert sum(bool(rx.search(t)) for t in texts) > 100


def test_fast_compile_keeps_groups_and_flags() -> None:
    rx = fast_compile(r"(?:人民币)?(?P<num>\d+)(?P<unit>[万千])?元", re.MULTILINE)
    assert rx.pattern.startswith("(?=[")
    assert rx.flags & re.MULTILINE
    assert rx.groupindex == {"num": 1, "unit": 2}
    m = rx.search("罚款人民币3万元")
    assert m and m.group("num", "unit") == ("3", "万")


def test_one_cue_scan_is_the_earliest_cue() -> None:
    """``events._ANY_CUE`` picks what the earliest-cue rule does: min over (start, cue order)."""
    from casecheck.extract.fields import events

    rnd = random.Random(3)
    words = ["作出", "决定", "拟", "送达", "告知书", "立案", "举行", "听证", "签收", "缴纳", "检查",
             "举报", "放弃", "陈述", "擅自", "当事人", "，", "。", "的", "处罚"]  # fmt: skip
    picked = 0
    for _ in range(4000):
        window = "".join(rnd.choices(words, k=rnd.randint(0, 8)))
        found = [
            (m.start(), j, k) for j, (k, rx) in enumerate(events.EVENT_CUES) if (m := re.search(rx, window))
        ]
        cue = events._ANY_CUE.search(window)
        got = events.EVENT_CUES[int(cue.lastgroup[1:])][0] if cue and cue.lastgroup else None
        assert got == (min(found)[2] if found else None), window
        picked += got is not None
    assert picked > 1000


@pytest.mark.parametrize(
    ("regex", "alphabet"),
    [
        (r"(?:人民币)?\s*\d+元", r"\d\s人元币民"),
        (r"[￥¥]\d+(?!\s*元)", r"\d\s¥元￥"),
        (r"(?<![0-9])[1-2]\d年", r"0-91-2\d年"),
        (r"[^元]\d元", None),  # a negated class cannot be listed
        (r"^\d+元", None),  # nor can an anchor's view of the text's ends
        (r"[\u4e00-\u9fa5]+局", None),  # all CJK: runs would be the whole text
        (r"\w+元", None),
    ],
)
def test_match_alphabet(regex: str, alphabet: str | None) -> None:
    from casecheck.extract.patterns import match_alphabet

    assert match_alphabet(regex) == alphabet


def test_patterns_scanning_runs_find_what_the_plain_regex_finds() -> None:
    """A ``Pattern`` with an alphabet scans only the runs of it that hold a needed string: on
    sample texts and random text of the patterns' own characters it finds exactly what the plain
    regex finds (spans and groups, after the validate hook). ``finditer`` scans runs only in texts
    longer than ``_RUNS_MIN_TEXT``, so the run scan is also checked on the short texts directly;
    ``validate=False`` gives every match of the plain regex."""
    ran = [p for p in _patterns() if p.runs is not None]
    assert len(ran) >= 5  # money, dates …
    texts = [_read(p) for p in sorted(SAMPLES.glob("*.txt"))]
    rnd = random.Random(11)
    for p in ran:
        pool = sorted({c for c in p.regex if not c.isascii() or c.isalnum()} | set(" \n，。:：-./¥￥"))
        texts_p = texts + ["".join(rnd.choices(pool, k=rnd.randint(0, 160))) for _ in range(800)]
        plain = re.compile(p.regex, p.flags)
        for text in texts_p:
            every = [(m.span(), m.groups()) for m in plain.finditer(text)]
            want = [
                (m.span(), m.groups())
                for m in plain.finditer(text)
                if p.validate is None or p.validate(m) is not False
            ]
            assert [(m.span(), m.groups()) for m in p.finditer(text)] == want, (p.name, text)
            assert [(m.span(), m.groups()) for m in p._in_runs(text, p.validate)] == want, (p.name, text)
            assert [(m.span(), m.groups()) for m in p.finditer(text, validate=False)] == every, (p.name, text)


@pytest.mark.parametrize(
    ("regex", "literal"),
    [
        (r"从轻(?:行政)?处罚|从轻处理|(?:予以|依法|酌情)从轻", "从轻"),
        (r"(?:要求|申请)听证|有权[^。，]{0,10}听证|听证申请", "听证"),  # not each one's longest run
        (r"停产停业|责令停业", "停业"),
        (r"罚款|警告", ""),
        (r"(?:予以|依法|进行)?公示", "公示"),  # required_literal's answer when it has one
    ],
)
def test_shared_literal(regex: str, literal: str) -> None:
    from casecheck.extract.patterns import shared_literal

    assert shared_literal(re.compile(regex)) == literal


def test_shared_literal_is_in_every_match() -> None:
    """Over the cue patterns that use it (markers, penalty kinds, discretion) and random text."""
    from casecheck.extract.fields import discretion, markers, notice, penalty
    from casecheck.extract.patterns import guarded

    cues = [p for ps in markers.MARKER_PATTERNS.values() for p in ps]
    cues += [cue for _k, cue in penalty.KINDS] + [cue for _k, cue in discretion.CUES + discretion.SOFT_CUES]
    cues.append(notice.HEARING_RIGHT.pattern)  # notice.hearing_right uses ``search``
    rnd = random.Random(4)
    checked = 0
    for cue in cues:
        rx, literal = guarded(cue)
        words = re.findall(r"[\u4e00-\u9fa5]+", cue)
        pool = sorted({c for c in cue if "\u4e00" <= c <= "\u9fa5"} | set("，。：0123456789 ")) + words
        for _ in range(150):
            text = "".join(rnd.choices(pool, k=rnd.randint(0, 12)))
            for m in rx.finditer(text):
                checked += 1
                assert literal in m.group(0), (cue, text)
    assert checked > 1000


def test_last_lines_reads_what_lines_gives() -> None:
    """``closing._last_lines`` (read backwards) is the tail of ``lines(text[:end])`` without blanks."""
    from casecheck.extract.fields.closing import _last_lines
    from casecheck.extract.text import lines

    rnd = random.Random(9)
    for _ in range(3000):
        text = "".join(rnd.choices(["\n", " ", "局", "2024年", "\u3000", "a"], k=rnd.randint(0, 14)))
        end = rnd.randint(0, len(text))
        n = rnd.randint(1, 4)
        want = [ln for ln in lines(text[:end]) if ln[2].strip()][-n:]
        assert _last_lines(text, end, n) == want, (text, end, n)


def test_weighing_words_are_in_every_weighing_match() -> None:
    """``discretion._reasoned`` skips the WEIGHING scan when none of ``_WEIGHING_WORDS`` is there."""
    from casecheck.extract.fields import discretion

    rnd = random.Random(5)
    pool = ["鉴于", "考虑", "综合考虑", "结合", "鉴", "考", "合", "未", "不", "以", "到", "，", "。"]
    pool += ["当事人"]
    pool.append("\n")
    checked = 0
    for _ in range(3000):
        text = "".join(rnd.choices(pool, k=rnd.randint(0, 16)))
        for m in discretion.WEIGHING.finditer(text):
            checked += 1
            assert any(w in m.group(0) for w in discretion._WEIGHING_WORDS), text
    assert checked > 200


def _classify_title_plain(line: str, loose: bool = False) -> tuple[str, str] | None:
    """``classify_title`` as written before its field-line shortcut (squeeze, strip notes, test)."""
    from casecheck.ingest import doctypes as d

    compact = d._SPACES.sub("", line)
    if "（" in compact or "(" in compact:
        compact = d._NUMBER_NOTE.sub("", d._INNER_NOTE.sub("", compact))
        if loose:
            compact = d._LONG_NOTE.sub("", compact)
    if not 3 <= len(compact) <= 40 or d._NOT_TITLE.search(compact):
        return None
    return d._classify(compact, loose, d.catalogue())


def test_classify_title_field_line_shortcut_changes_nothing() -> None:
    """A line without notes that holds a colon or sentence mark is no title: the same verdict as
    squeezing it first, over every line of the samples and random title/field mixes."""
    from casecheck.ingest.doctypes import classify_title

    lines = [ln.strip() for p in sorted(SAMPLES.glob("*.txt")) for ln in _read(p).split("\n")]
    rnd = random.Random(8)
    bits = ["行政处罚决定书", "询问笔录", "送达回证", "：", ":", "，", "。", "（编号：12）", "(", "）", " "]
    bits += ["当事人", "某局"]
    lines += ["".join(rnd.choices(bits, k=rnd.randint(1, 6))) for _ in range(3000)]
    assert sum(1 for ln in lines if _classify_title_plain(ln) or _classify_title_plain(ln, True)) > 50
    for ln in lines:
        for loose in (False, True):
            assert classify_title(ln, loose=loose) == _classify_title_plain(ln, loose), ln


@pytest.mark.parametrize(
    ("module", "pattern", "anchor"),
    [
        ("casecheck.extract.fields.ids", "NO_LB", "NO_LB_ANCHOR"),
        ("casecheck.extract.fields.ids", "TEMPLATE", "TEMPLATE_ANCHOR"),
        ("casecheck.extract.text", "_CELL_WRAP", "_MAY_WRAP_CELL"),
    ],
)
def test_prefilter_anchor_is_in_every_match(module: str, pattern: str, anchor: str) -> None:
    """A prefilter scan for ``anchor`` skips ``pattern``: every match of it holds the anchor, on
    sample texts and random text of the pattern's own characters (and their matches are found)."""
    mod = importlib.import_module(module)
    p, a = getattr(mod, pattern), getattr(mod, anchor)
    rx = p.compiled if isinstance(p, Pattern) else p
    source = p.regex if isinstance(p, Pattern) else p.pattern
    texts = [_read(f) for f in sorted(SAMPLES.glob("*.txt"))]
    pool = sorted({c for c in source if not c.isascii() or c.isalnum()} | set(" \n\t|│第号〔〕[]（）2019"))
    pool += ["2023", "〔2024〕", "环罚决 2023] 071号", "市监听通〔 〕 号", "某市监罚", "〔 〕", "（ ）"]
    pool += ["第", "号", "│\n│  │", "\n\t"]
    rnd = random.Random(6)
    texts += ["".join(rnd.choices(pool, k=rnd.randint(0, 30))) for _ in range(4000)]
    matched = 0
    for text in texts:
        for m in rx.finditer(text):
            matched += 1
            assert a.search(m.group(0)), (pattern, text)
    assert matched > 100


def test_pattern_anchor_is_in_every_match() -> None:
    """A ``Pattern``'s ``anchor`` (scanned before the pattern) is in every match of the plain
    regex: on the samples and random text of the pattern's own characters and words."""
    anchored = [p for p in _patterns() if p.anchor]
    assert anchored  # dates' missing_month …
    texts = [_read(f) for f in sorted(SAMPLES.glob("*.txt"))]
    rnd = random.Random(7)
    for p in anchored:
        plain = re.compile(p.regex, p.flags)
        pool = sorted({c for c in p.regex if not c.isascii() or c.isalnum()} | set(" \n，。:：-./"))
        pool += ["2024", "二〇二四", "3 12", "312", "1215", "年", "日", "月"]
        texts_p = texts + ["".join(rnd.choices(pool, k=rnd.randint(0, 16))) for _ in range(6000)]
        heads = ["2024年", "2024 年", "二〇二四年", "于2023年"]
        tails = ["3 12日", "312日", "1215 日", "3  5日", "12日", "3月5日", ""]
        texts_p += [
            rnd.choice(heads) + rnd.choice(tails) + "".join(rnd.choices(pool, k=3)) for _ in range(3000)
        ]
        matched = 0
        for text in texts_p:
            for m in plain.finditer(text):
                matched += 1
                assert p.anchor_rx is not None and p.anchor_rx.search(m.group(0)), (p.name, text)
            assert [m.span() for m in p.finditer(text, validate=False)] == [
                m.span() for m in plain.finditer(text)
            ]
        assert matched > 100, p.name


def test_opinion_rows_tried_at_dated_label_lines_are_the_full_scan() -> None:
    """``signatures._opinion_row_matches`` gives ``OPINION_ROW.finditer`` (samples and random
    rows: labels, opinions, names, dated, blank-dated and undated ends, dates run onto a line)."""
    from casecheck.extract.fields import signatures

    rnd = random.Random(17)
    parts = ["负责人意见", "主要负责人审批", "审核意见", "局长意见", "承办人", "：", "\t", " ", "\u3000",
             "同意。", "王五", "签名", "2024年3月1日", "2024.3.1", "年  月  日", "\n", "\n\n", "年", "月",
             "日", "意见", "，", "_"]  # fmt: skip
    texts = [_read(p) for p in sorted(SAMPLES.glob("*.txt"))]
    labels = ["负责人意见", "主要负责人审批", "审核意见", "局长意见", "承办人意见", "法制审核意见", "审批"]
    labels.append("")
    for _ in range(3000):
        rows = [
            rnd.choice(["", " ", "\u3000"]) + rnd.choice(labels) + rnd.choice(["：", "\t", " ：", ""])
            + "".join(rnd.choices(parts, k=rnd.randint(0, 6)))
            for _ in range(rnd.randint(1, 4))
        ]  # fmt: skip
        texts.append("\n".join(rows))
    texts += ["".join(rnd.choices(parts, k=rnd.randint(0, 14))) for _ in range(3000)]
    found = 0
    for text in texts:
        want = [(m.span(), m.groups()) for m in signatures.OPINION_ROW.finditer(text)]
        assert [(m.span(), m.groups()) for m in signatures._opinion_row_matches(text)] == want, text
        found += len(want)
    assert found > 300


def test_lead_org_scan_is_the_plain_scan() -> None:
    """``party._lead_orgs`` (the match at the start, then a scan skipping to 对/newlines) gives
    ``_LEAD_ORG.finditer``."""
    rnd = random.Random(23)
    parts = ["对", "\n", " ", "当事人", "经查", "某某", "有限公司", "超市", "管理", "局", "，", "厂", "关于"]
    texts = [_read(p)[:3000] for p in sorted(SAMPLES.glob("*.txt"))]
    texts += ["".join(rnd.choices(parts, k=rnd.randint(0, 12))) for _ in range(4000)]
    found = 0
    for text in texts:
        want = [(m.span(), m.groups()) for m in party._LEAD_ORG.finditer(text)]
        assert [(m.span(), m.groups()) for m in party._lead_orgs(text)] == want, text
        found += len(want)
    assert found > 300


def test_marker_literals_from_one_scan_are_the_in_tests() -> None:
    """``LiteralScan`` (markers, penalty kinds, and a set of short and nested labels) finds every
    literal ``in`` finds (overlapping, nested, prefixes)."""
    from casecheck.extract.fields import markers, penalty

    rnd = random.Random(29)
    scans = [markers.literals_in, penalty._KIND_LITERALS]
    scans.append(LiteralScan(["事", "当事人", "被处罚", "名称", "住", "住所", "住所或地址", "地", "所", ""]))
    literals = [lit for scan in scans for lit in scan.literals]
    pool = [*sorted({c for lit in literals for c in lit}), "，", "。", "的"]
    texts = [_read(p) for p in sorted(SAMPLES.glob("*.txt"))]
    texts += ["".join(rnd.choices(pool, k=rnd.randint(0, 50))) for _ in range(4000)]
    texts += ["".join(rnd.choices(literals, k=rnd.randint(0, 8))) for _ in range(2000)]
    seen = 0
    for text in texts:
        for scan in scans:
            want = {lit for lit in scan.literals if lit in text}
            assert scan(text) == want, text
            seen += len(want)
    assert seen > 5000
    assert any(markers.literals_in._prefixes.values())  # nested literals (听证会 / 听证) are tested


def test_certificate_scan_from_before_the_first_digit_is_the_full_scan() -> None:
    """Officer tokens: CERT scanned from ``_CERT_LEAD`` characters before the first digit finds
    what the scan of the whole segment finds."""
    from casecheck.extract.fields import officers

    rnd = random.Random(31)
    parts = ["张三", "执法证号", "：", "川", "A", "b", "QX", "-", "0", "12", "3301", "99999",
             "、", "（", "）", " "]  # fmt: skip
    segs = ["".join(rnd.choices(parts, k=rnd.randint(0, 12))) for _ in range(6000)]
    found = 0
    for seg in segs:
        want = [m.span() for m in officers.CERT.finditer(seg)]
        digit = officers._DIGIT.search(seg)
        start = max(0, digit.start() - officers._CERT_LEAD) if digit else len(seg)
        assert [m.span() for m in officers.CERT.finditer(seg, start)] == want, seg
        found += len(want)
    assert found > 1000


def test_a_guard_with_a_space_class_admits_unicode_spaces() -> None:
    """The skip set is compiled with the pattern's own flags: ``\\s`` in a str pattern's guard is
    Unicode space, so a match opening with an ideographic space (\\u3000) is not skipped."""
    guarded = r"(?=[\-\s至])(?:\s*(?:至|-)\s*)"
    rx = patterns_mod.skipping_compile(guarded)
    assert [m.span() for m in rx.finditer("\u3000-某")] == [(0, 2)]
