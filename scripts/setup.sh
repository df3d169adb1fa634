#!/usr/bin/env bash
# Install everything casecheck needs on a fresh Debian/Ubuntu machine: system packages
# (OCR engine, Chinese language data, CJK fonts, PDF tools) and a virtual environment in .venv
# with casecheck and its test tools. Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES="tesseract-ocr tesseract-ocr-chi-sim fonts-noto-cjk fonts-wqy-zenhei poppler-utils chromium libpango-1.0-0 libpangoft2-1.0-0 postgresql"

missing=""
for p in $APT_PACKAGES; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: please install these system packages with your package manager:$missing" >&2
    exit 1
  fi
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "setup: installing system packages:$missing" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
if [ -L .venv ]; then
  # a git worktree borrowing another checkout's venv: an editable install here would repoint that
  # checkout's casecheck at this folder (run with PYTHONPATH=$PWD instead)
  echo "setup: .venv is a link to another checkout's venv; not reinstalling casecheck into it" >&2
else
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -e ".[dev]"
fi
# Byte-compile casecheck as a wheel install would: with PYTHONDONTWRITEBYTECODE set (as on the
# development machines) every command otherwise compiles its ~130 modules from source again
# (~0.13 s CPU per start). Stale files are harmless: Python checks each against its source.
.venv/bin/python -m compileall -q casecheck >/dev/null
echo "setup: done. casecheck is at .venv/bin/casecheck" >&2
