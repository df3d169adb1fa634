"""Fast paths must say exactly what the plain code says (memos, guards, precompiled patterns)."""

from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from casecheck.extract.text import letter_spaced
from casecheck.ingest import doctypes
from casecheck.ingest.normalize import is_cjk
from casecheck.ingest.quality import MIN_LETTERS_FOR_CJK_TEST, garbled_reason

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _garbled_reference(text: str) -> str | None:
    """The per-character definition ``garbled_reason`` computes with memoised flags."""
    counts = Counter(text)
    for c in [c for c in counts if c.isspace()]:
        del counts[c]
    n = sum(counts.values())
    if n == 0:
        return None
    if "(cid:" in text:
        return "unmapped glyph ids (cid:…)"
    bad = counts.get("\ufffd", 0)
    if bad >= 3 or bad / n > 0.02:
        return f"{bad} replacement characters (U+FFFD)"
    pua = sum(k for c, k in counts.items() if 0xE000 <= ord(c) <= 0xF8FF)
    if pua / n > 0.05:
        return f"{pua} private-use characters"
    cjk_chars = {c for c in counts if is_cjk(c)}
    if n >= 20:
        latin1 = sum(k for c, k in counts.items() if 0xC0 <= ord(c) <= 0xFF)
        if latin1 / n > 0.1:
            return "Latin-1 mojibake"
        symbols = sum(
            k for c, k in counts.items() if unicodedata.category(c)[0] in "SC" and c not in cjk_chars
        )
        if symbols / n > 0.3:
            return "mostly symbols"
    cjk = sum(counts[c] for c in cjk_chars)
    letters = cjk + sum(k for c, k in counts.items() if c.isalpha() and c not in cjk_chars)
    if letters >= MIN_LETTERS_FOR_CJK_TEST and cjk / letters < 0.1:
        return f"only {cjk} CJK characters in a long text"
    return None


def test_garbled_reason_matches_its_definition_on_random_text() -> None:
    rnd = random.Random(7)
    pool = [chr(c) for c in range(0x20, 0x250)] + [chr(c) for c in range(0x4E00, 0x4E30)]
    pool += ["\ufffd", "\ue001", "\u3007", "\u9fff", "\U00020001", "\u00ad", "\u200b", "\n", "\t", " "]
    texts = [
        "行政处罚决定书\n当事人：某某有限公司",
        "ÐÐÕþ´¦·£ÊÂÏÈ¸æÖª" * 4,
        "\ue000\ue001 text" * 5,
        "(cid:12)(cid:13)",
    ]
    texts += ["".join(rnd.choice(pool) for _ in range(rnd.randint(0, 300))) for _ in range(3000)]
    texts += ["".join(rnd.choices(pool[:40] + pool[-12:], k=rnd.randint(0, 300))) for _ in range(2000)]
    reasons = set()
    for t in texts:
        assert garbled_reason(t) == _garbled_reference(t), t
        reasons.add(garbled_reason(t) is None)
    assert reasons == {True, False}


def test_classify_title_memo_gives_the_catalogues_answer() -> None:
    lines = [
        ln
        for p in sorted(SAMPLES.glob("*.txt"))
        for ln in p.read_bytes().decode("utf-8", "replace").splitlines()
        if ln.strip()
    ]
    assert len(lines) > 100
    types = doctypes.catalogue()
    for loose in (False, True):
        for _ in range(2):  # the second round answers from the memo
            for ln in lines:
                compact = doctypes._SPACES.sub("", ln)
                plain = (
                    doctypes._classify(compact, loose, types)
                    if 3 <= len(compact) <= 40 and not doctypes._NOT_TITLE.search(compact)
                    else None
                )
                assert doctypes.classify_title(ln, loose=loose) == plain, ln


def test_classify_title_memo_follows_a_reloaded_catalogue(monkeypatch: pytest.MonkeyPatch) -> None:
    assert doctypes.classify_title("行政处罚决定书") is not None
    monkeypatch.setattr(doctypes, "catalogue", lambda: ())
    assert doctypes.classify_title("行政处罚决定书") is None


@pytest.mark.parametrize(
    ("text", "spaced"),
    [
        ("违 反 了 《 食 品 安 全 法 》 第 三 十 四 条 的 规 定 ， 应 予 处 罚", True),
        ("违反了《食品安全法》第三十四条的规定，应予处罚，特此决定如下：罚款", False),
        ("违 反 了 食 品 安 全 法", False),  # too few characters to tell
        ("当事人 某某 公司 地址 某市 某区 某路 一号 法定代表人 张三 电话 一二三四五六七八", True),
    ],
)
def test_letter_spaced(text: str, spaced: bool) -> None:
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fa5")
    from casecheck.extract.text import _SPACED

    assert letter_spaced(text) is (cjk >= 20 and len(_SPACED.findall(text)) > 0.3 * cjk)
    assert letter_spaced(text) is spaced


@pytest.mark.parametrize(
    ("regex", "literal"),
    [
        (r"(?:予以|依法|进行)?公示", "公示"),
        (r"(?:违法行为)?轻微并(?:及时)?(?:改正|纠正)", "轻微并"),
        (r"举行(?:了)?听证", "举行"),
        (r"责令(?:其)?停产停业|责令停业", "责令"),  # the prefix both alternatives share
        (r"停产停业|责令停业", ""),  # alternatives at the top: nothing is sure
        (r"罚款\d+元", "罚款"),
        (r"(?i)abc", ""),  # case-blind
        (r"x(?i:abc)y", "x"),  # a group with its own flags is not literal
        (r"第(?:一)条", "第一条"),
        (r"a?b", "b"),
        (r"[元圆]", ""),
    ],
)
def test_required_literal(regex: str, literal: str) -> None:
    from casecheck.extract.patterns import required_literal

    assert required_literal(re.compile(regex)) == literal


def test_required_literal_is_in_every_match() -> None:
    """Over the extractors' own patterns and random text built from their characters."""
    from casecheck.extract.fields import markers, money
    from casecheck.extract.fields.dates import PATTERNS as DATE_PATTERNS
    from casecheck.extract.patterns import may_match, required_literal

    rnd = random.Random(3)
    patterns = [p.compiled for p in (*DATE_PATTERNS, *money.PATTERNS)]
    patterns += [rx for regs in markers._COMPILED.values() for rx, _ in regs]
    checked = 0
    for rx in patterns:
        literal = required_literal(rx)
        alphabet = sorted(
            {c for c in rx.pattern if "\u4e00" <= c <= "\u9fa5"} | set("0123456789年月日元 ，。")
        )
        for _ in range(200):
            text = "".join(rnd.choices(alphabet, k=rnd.randint(0, 40)))
            if rx.search(text):
                checked += 1
                assert literal in text, (rx.pattern, text)
            if not may_match(literal, text):
                assert rx.search(text) is None
    assert checked > 50


def test_characters_the_fold_skips_fold_to_themselves() -> None:
    """``_UNFOLDED`` lets text through unfolded: every character it allows must fold to itself."""
    from casecheck.ingest.normalize import _UNFOLDED, fold_char

    allowed = [chr(c) for c in range(0x30000) if not _UNFOLDED.match(chr(c))]
    assert len(allowed) > 20000
    for ch in allowed:
        assert fold_char(ch) == ch, hex(ord(ch))


@pytest.mark.parametrize(
    "raw",
    [
        "当事人：张三\r\n住址：某市\r\n\r\n\r\n\r\n  罚款二千元。\r\n",
        "行政处罚决定书\r\n\r\n当事人：某某有限公司，住所：某市某区某路一号，法定代表人：\r\n李四。",
        "第三十\r\n四条\r\n（公章）\r\n2024年3月5日",
        "\r\n\r\n  \t缩进的段落\r\n下一行",
    ],
)
def test_crlf_text_layer_maps_back(raw: str) -> None:
    from casecheck.ingest.normalize import normalize

    text, offsets = normalize(raw)
    assert text == normalize(raw.replace("\r\n", "\n"))[0]
    assert all(raw[o] == ch for ch, o in zip(text, offsets, strict=True))


_CITATION_TOKENS = [
    "依据", "根据", "违反了", "《", "》", "食品安全法", "条例", "实施细则", "法", "第", "三十四", "十",
    "条", "款", "项", "（一）", "(二)", "、", "，", "。", " ", "\n", "之一", "本法", "决定", "罚款",
    "食品安全法第三十四条", "管理条例 第十条", "第一款", "第（二）项", "第三项", "依据广告法第五条",
]  # fmt: skip


def _citation_texts(n: int) -> list[str]:
    rnd = random.Random(11)
    return ["".join(rnd.choices(_CITATION_TOKENS, k=rnd.randint(0, 40))) for _ in range(n)]


def test_bare_titles_are_what_finditer_finds() -> None:
    from casecheck.extract.fields import citations

    found = 0
    for text in _citation_texts(5000):
        plain = [m.span() for m in citations.BARE_TITLE.finditer(text)]
        assert [m.span() for m in citations._bare_titles(text)] == plain, text
        found += bool(plain)
    assert found > 1000


def test_citations_do_not_depend_on_the_remembered_searches(monkeypatch: pytest.MonkeyPatch) -> None:
    from casecheck.extract.fields import citations

    texts = _citation_texts(3000)
    fast = [citations.find_citations(t) for t in texts]
    plain_next = citations._next_ref
    monkeypatch.setattr(citations, "_next_ref", lambda masked, pos, ahead=None: plain_next(masked, pos))
    assert [citations.find_citations(t) for t in texts] == fast
    assert sum(map(len, fast)) > 3000


def test_area_unit_guard_is_the_area_patterns_unit_group() -> None:
    """``find_areas`` skips texts without ``AREA_UNIT``: it must stay AREA's own unit group."""
    from casecheck.extract.fields.money import AREA, AREA_UNIT

    assert f"(?P<unit>{AREA_UNIT.pattern})" in AREA.pattern


@pytest.mark.parametrize(
    ("regex", "needs"),
    [
        (r"\d+\s*[元圆]", ("元", "圆")),
        (r"(?P<y>\d{4})(?P<sep>[-./])\d", ("-", ".", "/")),
        (r"[￥¥]\d+|\d+元", ()),
        (r"[^元]\d", ()),
        (r"罚款[元圆]", ("罚款",)),
    ],
)
def test_required_chars(regex: str, needs: tuple[str, ...]) -> None:
    from casecheck.extract.patterns import required_chars

    assert required_chars(re.compile(regex)) == needs


def test_named_patterns_find_what_their_regex_finds() -> None:
    """The ``needs`` test of ``Pattern.finditer`` never hides a match of the bare regex."""
    from casecheck.extract.fields import dates, ids, money

    rnd = random.Random(5)
    pool = list("2024年3月5日-./元圆￥¥壹贰叁仟佰拾万一二三四五十号〔〕[]（）第罚款人民币 ，。0123456789")
    patterns = [*dates.PATTERNS, *money.PATTERNS, ids.DOC_NUMBER, ids.NO_LB, ids.NO_SERIAL, ids.TEMPLATE]
    found = 0
    for _ in range(5000):
        text = "".join(rnd.choices(pool, k=rnd.randint(0, 30)))
        for p in patterns:
            plain = [
                m.span()
                for m in p.compiled.finditer(text)
                if p.validate is None or p.validate(m) is not False
            ]
            assert [m.span() for m in p.finditer(text)] == plain, (p.name, text)
            found += len(plain)
    assert found > 1000
