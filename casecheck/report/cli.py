"""Report commands (typer). ``casecheck/cli.py`` registers them:

- ``report_app`` as ``casecheck report`` (``campaign``, ``xlsx``, ``case``);
- :func:`teach` as ``casecheck teach`` and :func:`anonymize` as ``casecheck anonymize``.

Thin, as every command: read records (JSON Lines), call one library function, say what was
written on stderr.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

EXIT_USAGE = 2
report_app = typer.Typer(
    help="Reports from review records: campaign, spreadsheet, one case.", no_args_is_help=True
)

Results = Annotated[Path, typer.Argument(help="Review records (JSON Lines from `casecheck review`).")]


def _usage(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(EXIT_USAGE)


def load_records(path: Path) -> list[dict[str, Any]]:
    """Read JSON Lines review records; a file that cannot be used is a usage error naming it."""
    from casecheck.jsonl import JsonlError, read_jsonl

    try:
        records = read_jsonl(path, require="case_id")
    except JsonlError as exc:
        raise _usage(str(exc)) from exc
    for n, rec in enumerate(records, 1):  # a hand-edited record: say which, rather than fail inside a report
        for key, kind in (("findings", list), ("unreviewable", list), ("fields", dict)):
            if key in rec and not isinstance(rec[key], kind):
                raise _usage(f"{path}: record {n} ({rec['case_id']}): {key} must be a {kind.__name__}")
    return records


@report_app.command("campaign")
def campaign(
    results: Results,
    out: Annotated[Path, typer.Option(help="Output folder.")] = Path("campaign"),
    title: Annotated[
        str, typer.Option(help="Campaign name, e.g. 2025年度行政处罚案卷评查.")
    ] = "行政执法案卷评查",
    docx: Annotated[bool, typer.Option(help="Also write the 通报 draft as DOCX.")] = True,
) -> None:
    """Campaign report: per-agency table, defect ranking, charts, 优秀案卷 and a draft 通报."""
    from casecheck.report.campaign import write_campaign

    written = write_campaign(load_records(results), out, title=title, docx=docx)
    typer.echo(f"wrote {', '.join(p.name for p in written.values())} to {out}", err=True)


@report_app.command("xlsx")
def xlsx(
    results: Results,
    out: Annotated[Path, typer.Option(help="Workbook to write (.xlsx).")] = Path("评查表.xlsx"),
) -> None:
    """Spreadsheet: a summary per agency, a case list, and one 评查表 sheet per case."""
    from casecheck.report.xlsx import write_xlsx

    write_xlsx(load_records(results), out)
    typer.echo(f"wrote {out}", err=True)


@report_app.command("case")
def case(
    results: Results,
    case_id: Annotated[
        str | None, typer.Option("--case", help="The case_id (default: the only record).")
    ] = None,
    out: Annotated[Path, typer.Option(help="File to write: .html or .pdf.")] = Path("case.html"),
) -> None:
    """The report of one case as HTML or PDF (WeasyPrint; fails if a CJK glyph has no font)."""
    from casecheck.report.fonts import FontMissing
    from casecheck.report.html import render_case
    from casecheck.report.pdf import write_case_pdf

    records = load_records(results)
    if case_id is None and len(records) != 1:
        raise _usage(f"{results} holds {len(records)} records: name one with --case")
    rec = next((r for r in records if case_id in (None, r["case_id"])), None)
    if rec is None:
        raise _usage(f"no record with case_id {case_id!r} in {results}")
    if out.suffix.lower() == ".pdf":
        try:
            write_case_pdf(rec, out)
        except FontMissing as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(1) from exc
    elif out.suffix.lower() in (".html", ".htm"):
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(render_case(rec), encoding="utf-8")
    else:
        raise _usage("--out must end in .html or .pdf")
    typer.echo(f"wrote {out}", err=True)


def teach(
    results: Results,
    out: Annotated[Path, typer.Option(help="Output folder.")] = Path("teach"),
    per_code: Annotated[int, typer.Option(help="Excerpts per defect code.")] = 3,
) -> None:
    """Training material: anonymised excerpts per defect code, correct wording, basis and a quiz."""
    from casecheck.report.teach import write_teach

    written = write_teach(load_records(results), out, per_code=per_code)
    typer.echo(f"wrote {', '.join(p.name for p in written.values())} to {out}", err=True)


def anonymize(
    file: Annotated[Path, typer.Argument(help="A case file or folder (any format casecheck reads).")],
    record: Annotated[
        Path | None, typer.Option(help="Review records (JSONL): person names from the case's fields.")
    ] = None,
    out: Annotated[Path | None, typer.Option(help="Write here instead of stdout.")] = None,
    mapping: Annotated[bool, typer.Option(help="Print the mask table to stderr.")] = False,
) -> None:
    """Mask names of persons, ID and phone numbers, addresses, plates, accounts in a case file."""
    from casecheck.ingest.case import case_id_for
    from casecheck.report.anonymize import anonymize as run
    from casecheck.report.anonymize import case_text, known_names_from_record

    if not file.exists():
        raise _usage(f"not found: {file}")
    known: list[str] = []
    if record is not None:
        cid = case_id_for(file)
        known = [n for r in load_records(record) if r["case_id"] == cid for n in known_names_from_record(r)]
    from casecheck.model import CaseError

    try:
        text = case_text(file)
    except CaseError as exc:  # unreadable as a case: the same words review's record would use
        raise _usage(f"{exc.kind}: {exc.message}") from exc
    result = run(text, known)
    if out:
        out.write_text(result.text, encoding="utf-8")
    else:
        typer.echo(result.text)
    if mapping:
        for original, mask in result.mapping.items():
            typer.echo(f"{mask}\t{result.kinds.get(original, '')}", err=True)
