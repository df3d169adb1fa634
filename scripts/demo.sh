#!/usr/bin/env bash
# Install everything (scripts/setup.sh), then review the bundled samples: a text review of every
# case on stdout, and HTML case reports, a campaign report with its 通报 draft, and a
# spreadsheet under report/.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit $?
CC=.venv/bin/casecheck
mkdir -p report
$CC review --batch samples --format text
status=$?
$CC review --batch samples --format json --out report/samples.jsonl 2>/dev/null
$CC review --batch samples --format html --out report/cases 2>/dev/null
$CC report campaign report/samples.jsonl --out report/campaign --title "示例案卷评查" >/dev/null
$CC report xlsx report/samples.jsonl --out report/评查表.xlsx >/dev/null
echo "reports: report/cases/index.html  report/campaign/  report/评查表.xlsx" >&2
exit $status
