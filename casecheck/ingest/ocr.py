"""OCR of one page image with the tesseract command line, cached by content hash.

Settings: ``-l chi_sim --psm 6`` (one uniform block of text). On rendered case-file pages psm 6
kept every line in reading order, centred titles and 文号 included; psm 3 gave the same text on
simple pages but may reorder blocks of forms and signature areas. Pages go to a tesseract server
kept running per worker (``tesslib``: the model is loaded once, not per page), or to one
``tesseract`` command per page where the server cannot run; ``OMP_THREAD_LIMIT=1`` either way
(tesseract's OpenMP threads only fight the batch's worker processes), with a timeout: a page that
times out yields empty text and a warning. One run gives both the text and a TSV whose word
confidences give the page's mean confidence and whose word boxes are kept (``OcrResult.words``)
so the workbench can box evidence on the scan (``ocrwords``).
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from casecheck.ingest import orient, tesslib
from casecheck.ingest.cache import JsonCache
from casecheck.ingest.ocrwords import parse_tsv, words_from_json, words_to_json
from casecheck.ingest.preprocess import VERSION as PREPROCESS_VERSION
from casecheck.ingest.preprocess import prepare
from casecheck.model import CaseError, OcrWords

LANG = "chi_sim"
PSM = 6
TIMEOUT_SECONDS = 120.0
INSTALL_HINT = "install it with: apt-get install tesseract-ocr tesseract-ocr-chi-sim"

_CJK = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
_CJK_GAP = re.compile(rf"(?<=[{_CJK}]) (?=[{_CJK}])")
_CJK_PAIR = re.compile(rf"[{_CJK}](?=[{_CJK}])")
_PUNCT = r"\u3001-\u303f\uff01-\uff0f\uff1a-\uff1f"
_PUNCT_GAP = re.compile(rf"(?<=[{_PUNCT}]) +| +(?=[{_PUNCT}])")
_COLON = re.compile(rf"(?<=[{_CJK}]) ?([:;]) ?")
# 〔2024] or [2024〕: one hexagonal bracket misread; 【2024] and 【2024】 are 〔2024〕 read as the
# heavier bracket. (2024) and [2024] stay: court case numbers use them.
_DOC_NO = re.compile(r"[〔【](\d{4})[\]］)）】〕]|[\[［(（【](\d{4})[〕】]")


@dataclass(frozen=True)
class OcrResult:
    """Text of one page, tesseract's mean word confidence (0–100), a warning, if any, and the
    word boxes (``None`` when unknown: a failed run, or a cache entry from before they were kept)."""

    text: str
    confidence: float | None
    warning: str | None = None
    words: OcrWords | None = None


@functools.lru_cache(maxsize=1)
def tesseract_version() -> str:
    """The tesseract version line; raises ``CaseError('ocr_unavailable')`` without chi_sim."""
    exe = shutil.which("tesseract")
    if exe is None:
        raise CaseError("ocr_unavailable", f"tesseract is not installed; {INSTALL_HINT}")
    try:
        version = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=30)
        langs = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError) as exc:
        raise CaseError("ocr_unavailable", f"tesseract does not run ({exc}); {INSTALL_HINT}") from exc
    if LANG not in langs.stdout.split():
        raise CaseError("ocr_unavailable", f"tesseract has no {LANG} language data; {INSTALL_HINT}")
    return (version.stdout or version.stderr).splitlines()[0].strip()


# Glyph confusions tesseract makes in Chinese documents, fixed only where the context decides:
# a parenthesis read as an angle bracket (〈简易程序) → （简易程序）), and letters read for digits
# inside numbers and dates (2023年7月3I日, 2O23).
_ANGLE_OPEN = re.compile(r"〈([^〈〉()（）\n]{1,30})[)）]")
_ANGLE_CLOSE = re.compile(r"[(（]([^〈〉()（）\n]{1,30})〉")
_ONE = re.compile(r"(?<=[0-9年月])[Il|](?=[0-9]|[日月年号时分])|(?<=[0-9])[Il|](?=[0-9])")
_ZERO = re.compile(r"(?<=[0-9])[OoD](?=[0-9]|[年月日号])|(?<=[年月])[Oo](?=[0-9])")


# A year in Chinese numerals (二〇二三年) whose 〇 came out as a letter, a digit or a look-alike:
# only in 二?[〇一二]?年, a year 2000–2029, where nothing but 〇 can stand second. A later decade
# (二O三三年) is more likely a misread 二 than a case file from the 2030s: left as it is.
_NUM = "〇一二三四五六七八九"
_CN_YEAR = re.compile(rf"二[OoО0D○口◯](?=[〇一二][{_NUM}]年)")


# The 落款 date stands alone on its line, often under the seal, whose ring breaks its last glyph
# (日 read as 旦, 恒, 乞, 目 …) and the 〇 of the year (read as 名, 人, or as two glyphs where the
# ring crosses it: GO, DO, @〇). A line that is nothing
# but such a date can only end in 日 and have 〇 as the year's second numeral (2000–2029).
_CN_DATE_LINE = re.compile(
    rf"^二(?P<z>[^{_NUM[1:]}十\s]{{1,2}})(?P<y>[〇一二][{_NUM}]年[一二三四五六七八九十]{{1,3}}月"
    rf"[一二三四五六七八九十]{{1,3}})(?P<d>[^{_NUM}十\s])$"
)
# …and its 月 (read as 户, 尸, 冃: the ring crosses the glyph's top) on a line that is only the date
_DIGIT_DATE_MONTH = re.compile(r"^(\d{4}年\d{1,2})[户尸冃円丹](\d{1,2}[日旦恒乞民役目曰白口田])$")
_DIGIT_DATE_END = re.compile(r"(?<=\d年)(\d{1,2}月\d{1,2})[旦恒乞民役目曰白口田]$")
_DATE_GAP = re.compile(r"(?<=[年月])\s+(?=\d)|(?<=\d)\s+(?=[年月日])")
# 1 read as a bracket between 年 and 月 or 月 and 日 (2023年]月6日), and specks before a 落款 date
# read as quotes or bars (” 2023年1月6日).
_DATE_ONE = re.compile(
    r"(?<=\d年)[\]］|](?=\d?月)|(?<=\d年\d)[\]］|](?=月)"
    r"|(?<=\d月)[\]］|](?=\d?日)|(?<=\d月\d)[\]］|](?=日)"
)
_DATE_SPECKS = re.compile(r"^[”“\"'‘’|_.,，、·`~—\-]+\s*(?=\d{4}年\S{1,3}月\S{1,3}日$)")


def _fix_date_line(line: str) -> str:
    """Repair a line that is a whole date (the 落款), see the patterns above."""
    line = _DATE_ONE.sub("1", _DATE_GAP.sub("", line))
    line = _DATE_SPECKS.sub("", _DATE_ONE.sub("1", line))  # twice: 年1]月2]日 needs 月's 1 first
    m = _CN_DATE_LINE.match(line)
    if m:
        return f"二〇{m.group('y')}日"
    return _DIGIT_DATE_END.sub(r"\1日", _DIGIT_DATE_MONTH.sub(r"\1月\2", line))


def _fix_confusions(line: str) -> str:
    """Undo context-decided OCR confusions (see the patterns above)."""
    line = _ANGLE_CLOSE.sub(r"（\1）", _ANGLE_OPEN.sub(r"（\1）", line))
    line = _fix_date_line(_CN_YEAR.sub("二〇", line))
    return _ZERO.sub("0", _ONE.sub("1", line))


def postprocess(text: str) -> str:
    """Clean tesseract's Chinese output.

    Where a line has the known artefact of a space between (nearly) every pair of CJK
    characters, those single spaces go; elsewhere a space between CJK characters is a real
    gap (form fields) and is kept. Spaces next to Chinese punctuation go too. A colon or
    semicolon after a CJK character becomes full width (OCR cannot tell them apart) and
    〔2024] becomes 〔2024〕. Blank lines go: tesseract's paragraph guesses are unreliable, and
    ``normalize`` decides which line breaks are wraps.
    """
    lines = []
    for line in text.replace("\f", "").splitlines():
        spaced = len(_CJK_GAP.findall(line))
        if spaced and spaced >= len(_CJK_PAIR.findall(line)):
            line = _CJK_GAP.sub("", line)
        line = _COLON.sub(lambda m: "：" if m.group(1) == ":" else "；", line)
        line = _PUNCT_GAP.sub("", _DOC_NO.sub(lambda m: f"〔{m.group(1) or m.group(2)}〕", line)).strip()
        line = _fix_confusions(line)
        if line:
            lines.append(line)
    return "\n".join(lines)


def mean_confidence(tsv: str) -> float | None:
    """Mean confidence of the recognised words in tesseract TSV output."""
    confs = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) == 12 and cols[11].strip():
            try:
                conf = float(cols[10])
            except ValueError:
                continue
            if conf >= 0:
                confs.append(conf)
    return round(sum(confs) / len(confs), 2) if confs else None


def _cache_key(image: Image.Image) -> str:
    # The pipeline's versions are part of the key: another pipeline shows tesseract other pixels.
    head = (
        f"{tesseract_version()}|{LANG}|{PSM}|{PREPROCESS_VERSION}|{orient.VERSION}|{image.mode}|{image.size}"
    )
    digest = hashlib.sha256(head.encode())
    digest.update(image.tobytes())
    return digest.hexdigest()


def _run(image: Image.Image, timeout: float) -> OcrResult:
    """Tesseract's raw text (not yet post-processed), mean confidence and words for ``image``.

    Read by this worker's tesseract server (``tesslib``); by the command line where the server
    cannot run, or for a page the server died on (the command, isolated, reports the failure).
    """
    gray = image if image.mode == "L" else image.convert("L")
    try:
        served = tesslib.server(LANG, PSM, tesseract_version()).read(gray, timeout)
    except (tesslib.ServerUnavailable, tesslib.ServerDied):
        return _run_cli(gray, timeout)
    except TimeoutError:
        return OcrResult("", None, f"OCR timed out after {timeout:g} s; page left empty")
    if served is None:
        return OcrResult("", None, "OCR failed (tesseract could not read the page); page left empty")
    text, rows = served
    return _result(gray, text, TSV_HEADER + rows)


TSV_HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"


def _result(image: Image.Image, text: str, table: str | None) -> OcrResult:
    if table is None:
        return OcrResult(text, None)
    words = OcrWords(image.width, image.height, parse_tsv(table))
    return OcrResult(text, mean_confidence(table), words=words)


def _run_cli(image: Image.Image, timeout: float) -> OcrResult:
    """``_run`` with one ``tesseract`` command for the page."""
    with tempfile.TemporaryDirectory(prefix="casecheck-ocr-") as tmp:
        # PGM, not PNG: the same pixels for tesseract, but no deflate — PNG-compressing an A4 page
        # at 300 dpi cost 0.8 s, two thirds of tesseract's own time on it.
        src, out = Path(tmp) / "page.pgm", Path(tmp) / "out"
        image.save(src)
        cmd = ["tesseract", str(src), str(out), "-l", LANG, "--psm", str(PSM), "txt", "tsv"]
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        try:
            proc = subprocess.run(cmd, capture_output=True, env=env, timeout=timeout)
        except subprocess.TimeoutExpired:
            return OcrResult("", None, f"OCR timed out after {timeout:g} s; page left empty")
        except OSError as exc:
            raise CaseError("ocr_unavailable", f"tesseract could not start ({exc}); {INSTALL_HINT}") from exc
        txt, tsv = out.with_suffix(".txt"), out.with_suffix(".tsv")
        if proc.returncode != 0 or not txt.exists():
            err = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
            return OcrResult("", None, f"OCR failed ({err[0]}); page left empty")
        text = txt.read_text(encoding="utf-8", errors="replace")
        table = tsv.read_text(encoding="utf-8", errors="replace") if tsv.exists() else None
        return _result(image, text, table)


def _read(gray: Image.Image, timeout: float) -> OcrResult:
    """Tesseract's reading of ``gray``, prepared; a page that reads like a turned one
    (``orient.looks_turned``) is turned upright as OSD says and read again, and the better
    reading (higher mean confidence) is kept. A page read turned keeps no word boxes: they
    would be in the upright page's pixels, not in those of the page as it lies."""
    first = _run(prepare(gray), timeout)
    if first.warning is not None or not orient.looks_turned(first.confidence, first.words):
        return first
    # A check that failed (timeout, a failed second reading) gives the first reading with a
    # warning: it is not cached, so a later run tries the page again.
    try:
        turn = orient.detect_turn(gray, timeout)
    except orient.OsdFailed as exc:
        return OcrResult(first.text, first.confidence, f"orientation check failed ({exc})", first.words)
    if not turn:
        if not orient.may_be_upside_down(first.confidence):
            return first
        turn = 180  # OSD misses many Chinese pages lying upside down: read it so, keep the better
    second = _run(prepare(gray.transpose(orient.UPRIGHT[turn])), timeout)
    if second.warning is not None:
        note = f"reading the page turned upright failed ({second.warning})"
        return OcrResult(first.text, first.confidence, note, first.words)
    if (second.confidence or 0.0) > (first.confidence or 0.0):
        return OcrResult(second.text, second.confidence)
    return first


def ocr_image(
    image: Image.Image, *, cache: JsonCache | None = None, timeout: float = TIMEOUT_SECONDS
) -> OcrResult:
    """OCR one page image (any PIL mode; converted to greyscale), then ``postprocess`` it.

    Tesseract reads ``preprocess.prepare(gray)`` (background flattened, deskewed), and the page
    turned upright when it reads like a turned one (``_read``). Its raw output is cached by the
    hash of ``gray`` and the versions of both steps, so a change to ``postprocess`` needs no
    cache invalidation and a change to ``prepare`` or to the turn check must bump
    ``preprocess.VERSION`` or ``orient.VERSION``. The words' boxes are in the prepared image's
    pixels: ``gray``'s size, rotated level by the deskew angle (at most a few pixels off
    ``gray``'s own); a page read turned has none. An entry cached before words were kept loads
    without them (``words`` is ``None``).
    """
    gray = image if image.mode == "L" else image.convert("L")
    key = _cache_key(gray)
    hit = cache.get(key) if cache is not None else None
    if hit is not None and isinstance(hit.get("text"), str):
        words = words_from_json(hit.get("words"))
        boxes = OcrWords(gray.width, gray.height, words) if words is not None else None
        result = OcrResult(hit["text"], hit.get("confidence"), words=boxes)
    else:
        result = _read(gray, timeout)
        if cache is not None and result.warning is None:
            entry: dict[str, object] = {"text": result.text, "confidence": result.confidence}
            if result.words is not None:
                entry["words"] = words_to_json(result.words.words)
            cache.put(key, entry)
    return OcrResult(postprocess(result.text), result.confidence, result.warning, result.words)
