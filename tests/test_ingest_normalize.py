"""normalize(): character folding, whitespace, line-wrap joining and the exact offset map."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casecheck.ingest.normalize import LazyOffsets, fold_char, normalize, normalize_text

# A full line of a wrapped paragraph (about 30 CJK cells wide, as on an A4 page).
FULL = "当事人于二〇二四年三月五日在本市浦东新区某路销售不合格"


def norm(raw: str) -> str:
    return normalize(raw)[0]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("２０２４年３月", "2024年3月"),
        ("ＡＢＣａｂｃ", "ABCabc"),
        ("当事人：张三（男）", "当事人：张三（男）"),
        ("〔２０２４〕１２号《条例》、。；", "〔2024〕12号《条例》、。；"),
        ("a\u3000\u3000b", "a b"),
        ("a\r\nb\rc", "a\nb\nc"),
        ("行\u200b政\u00ad处\ufeff罚", "行政处罚"),
        ("张三   李四", "张三 李四"),
        ("  当事人：张三  \n地址", "当事人：张三\n地址"),
        ("\r\n\n当事人\r\n\f", "当事人"),
        ("姓名\t张三", "姓名\t张三"),
        ("a\n\n\n\n\nb", "a\n\nb"),
    ],
)
def test_folding_and_spaces(raw: str, expected: str) -> None:
    assert norm(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # wraps inside a sentence are joined
        (
            "本局依据《中华人民共和国行政处罚法》第三十\n四条的规定，作出如下处理",
            "本局依据《中华人民共和国行政处罚法》第三十四条的规定，作出如下处理",
        ),
        (f"{FULL}2024年3\n月5日", f"{FULL}2024年3月5日"),
        (f"{FULL}\n商品，", f"{FULL}商品，"),
        (f"{FULL}，\n货值金额", f"{FULL}，货值金额"),
        (f"{FULL}\n《产品质量法》", f"{FULL}《产品质量法》"),
        (f"{FULL} \r\n 商品", f"{FULL}商品"),
        (f"{FULL}\n的笔录中辩称：", f"{FULL}的笔录中辩称："),
        (f"{FULL}87.3\n%。", f"{FULL}87.3%。"),
    ],
)
def test_line_wraps_are_joined(raw: str, expected: str) -> None:
    assert norm(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        f"{FULL}决定如下：\n一、罚款人民币5000元",
        f"{FULL}商品。\n当事人",
        f"{FULL}\n（一）没收违法所得",
        f"{FULL}\n当事人：张三",
        f"{FULL}\n法定代表人(负责人):李四",
        f"{FULL}\n行政处罚决定书",
        f"{FULL}\n沪市监浦处〔2024〕12号",
        f"{FULL}\n2024年3月5日",
        f"{FULL}\n(安全生产监督管理部门公章)",
        f"{FULL}\n\u3000\u3000本局认为",  # indented: a new paragraph
        f"{FULL}\n\n本局认为",  # blank line
        "遂宁市生态环境局\n责令改正违法行为决定书\n遂环责改字〔2021〕05号",
        "行政处罚决定书\n当事人张三某某某某某某",  # a title never runs on
        "第三十\n四条",  # short lines are not wraps
        f"{FULL}abc\ndef",  # Latin words would fuse
    ],
)
def test_paragraph_breaks_are_kept(raw: str) -> None:
    assert norm(raw).count("\n") == raw.count("\n")


def test_offsets_point_at_the_raw_characters() -> None:
    raw = "　　当事人：\r\n张三\u200b（２０２４）"
    text, offsets = normalize(raw)
    assert text == "当事人：\n张三（2024）"
    assert [raw[o] for o in offsets][:4] == list("当事人：")
    assert raw[offsets[text.index("2")]] == "２"


_SPECIAL = ["\u3000", "\u200b", "\u00ad", "\ufeff", "０", "９", "Ａ", "ｚ", "\x07", "\u00a0"]
_PLAIN = "行政处罚决定书第三十四条一、（）：；。，〔〕《》abcXYZ0123456789 \t\n\r\f"
_ALPHABET = st.sampled_from([*_PLAIN, *_SPECIAL])


@given(st.lists(_ALPHABET, max_size=120).map("".join))
def test_offset_map_is_exact(raw: str) -> None:
    text, offsets = normalize(raw)
    assert len(offsets) == len(text)
    assert list(offsets) == sorted(set(offsets))  # strictly increasing
    for ch, off in zip(text, offsets, strict=True):
        assert fold_char(raw[off]) == ch
    assert "\r" not in text and "\u200b" not in text and "  " not in text


@given(st.lists(st.one_of(_ALPHABET, st.just(FULL), st.just("  ")), max_size=60).map("".join), st.booleans())
def test_text_alone_is_the_text_of_normalize(raw: str, join_wraps: bool) -> None:
    text, offsets = normalize(raw, join_wraps)
    assert normalize_text(raw, join_wraps) == text
    lazy = LazyOffsets(raw, join_wraps)
    assert lazy == offsets and offsets == lazy and hash(lazy) == hash(offsets)
    assert len(lazy) == len(offsets) and list(lazy) == list(offsets) and lazy[:3] == offsets[:3]
    assert pickle.loads(pickle.dumps(lazy)) == offsets


def test_text_alone_on_indented_and_blank_lines() -> None:
    """The indent positions the text-only path computes itself (runs of blank lines dropped)."""
    raw = f"{FULL}\r\n\r\n\r\n\r\n  {FULL}\r\n{FULL}\n\t{FULL}\n\n\n\n\u3000\u3000第二段{FULL}\n续行"
    for join in (True, False):
        assert normalize_text(raw, join) == normalize(raw, join)[0]


@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_only_whitespace_is_removed_besides_dropped_characters(raw: str) -> None:
    text, _ = normalize(raw)
    kept = [fold_char(c) for c in raw]
    assert "".join(c for c in text if not c.isspace()) == "".join(c for c in kept if c and not c.isspace())


def test_table_rows_are_never_joined() -> None:
    raw = "17\t行政处罚决定公示截图\t2025年2月18日\t17\n18\t结案报告\t2025年3月3日\t18"
    assert normalize(raw)[0] == raw


def test_docx_paragraphs_are_not_wraps() -> None:
    raw = "当事人经营超过保质期的食品，货值金额共计人民币三千二百元，违法所得一千五百元\n上述行为违反了规定"
    assert "\n" in normalize(raw, join_wraps=False)[0]


def test_pipe_table_rows_are_never_joined() -> None:
    raw = "9 | 送达回证 | 叙自然资罚〔2024〕25号 | 2024-11-29 | 9\n10 | 四川省非税收入一般缴款书 | — | — | 10"
    assert normalize(raw)[0] == raw


def test_latin_letters_wrapped_inside_a_bracket_are_joined() -> None:
    raw = "当事人销售的某某纯牛奶若干批次共计三个品种（250m\nl）3盒×6元，货值金额合计575元"
    assert normalize(raw)[0].startswith("当事人销售的某某纯牛奶若干批次共计三个品种（250ml）3盒")


@given(st.lists(st.sampled_from([*"行政处罚ab1", " ", " ", "\t", "\n", "\n\n"]), max_size=60).map("".join))
def test_a_text_with_nothing_to_squeeze_is_given_back(raw: str) -> None:
    """The shortcut (``_nothing_to_squeeze``) gives what the loop over the blank runs gives."""
    from casecheck.ingest import normalize as mod

    text, index, indented = mod._squeeze(raw)
    if mod._nothing_to_squeeze(raw):
        assert (text, index, indented) == (raw, None, set())
    original = mod._nothing_to_squeeze
    try:
        mod._nothing_to_squeeze = lambda _text: False  # type: ignore[assignment]
        slow_text, slow_index, slow_indented = mod._squeeze(raw)
    finally:
        mod._nothing_to_squeeze = original  # type: ignore[assignment]
    assert (text, indented) == (slow_text, slow_indented)
    assert (index or list(range(len(raw)))) == (slow_index or list(range(len(raw))))
