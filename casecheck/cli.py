"""The ``casecheck`` command line (typer). Thin: resolve options, call the library, format.

With ``--format json`` stdout carries JSON Lines records and nothing else; progress and logs go
to stderr. Exit status: 0 every case reviewed, 3 at least one case could not be reviewed,
2 usage error (``../shared/contract/README.md``).
"""

from __future__ import annotations

import json
import logging
import re
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from casecheck.api import ReviewOptions
from casecheck.report.cli import anonymize, report_app, teach

app = typer.Typer(
    help="casecheck — 行政执法案卷评查 (administrative enforcement case-file review).",
    no_args_is_help=True,
    add_completion=False,
)
samples_app = typer.Typer(help="Synthetic labelled case files.", no_args_is_help=True)
laws_app = typer.Typer(help="The law catalog.", no_args_is_help=True)
rules_app = typer.Typer(help="Rules, profiles and their documentation.", no_args_is_help=True)
app.add_typer(samples_app, name="samples")
app.add_typer(laws_app, name="laws")
app.add_typer(rules_app, name="rules")
app.add_typer(report_app, name="report")
campaign_app = typer.Typer(
    help="A campaign's store: reviewers' decisions and their export.", no_args_is_help=True
)
app.add_typer(campaign_app, name="campaign")
app.command()(teach)
app.command()(anonymize)

EXIT_OK, EXIT_USAGE, EXIT_CASE_ERRORS = 0, 2, 3


class Format(StrEnum):
    """Output formats of ``review``."""

    json = "json"
    text = "text"
    html = "html"


def _check_model(model: str) -> None:
    """Refuse a tampered or mismatched risk model once, up front, rather than once per case."""
    if model == "none":
        return
    from casecheck.score.model import ModelError, load_model

    try:
        load_model(model)
    except ModelError as exc:
        raise _usage(f"risk model refused: {exc} (use --model none to review without it)") from exc


def _usage(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(EXIT_USAGE)


@app.callback()
def _main(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log details to stderr.")] = False,
) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        stream=sys.stderr,
        format="%(levelname)s %(name)s: %(message)s",
    )


@app.command()
def review(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Each PATH is one case: a file or a folder.")
    ] = None,
    batch: Annotated[Path | None, typer.Option(help="Every direct child of DIR is one case.")] = None,
    format: Annotated[Format, typer.Option("--format", help="json | text | html")] = Format.json,
    out: Annotated[Path | None, typer.Option(help="File for json/text, folder for html.")] = None,
    profile: Annotated[
        str, typer.Option(help="Scoring standard: a profile name or a YAML file.")
    ] = "default",
    workers: Annotated[
        int | None, typer.Option(help="Parallel worker processes (default: all cores).")
    ] = None,
    roster: Annotated[
        Path | None, typer.Option(help="Enforcement-certificate roster (CSV) for SUBJ-04.")
    ] = None,
    waivers: Annotated[Path | None, typer.Option(help="Accepted exceptions (YAML).")] = None,
    ocr: Annotated[bool, typer.Option(help="OCR pages without a usable text layer.")] = True,
    cache_dir: Annotated[Path | None, typer.Option(help="Cache folder for OCR output.")] = None,
    model: Annotated[str, typer.Option(help="Risk model name or file; 'none' to skip scoring.")] = "default",
    campaign: Annotated[
        str | None, typer.Option(help="Store records in this campaign; a re-run resumes it.")
    ] = None,
    db: Annotated[str | None, typer.Option(help="Campaign database: SQLite file or SQLAlchemy URL.")] = None,
    retry_errors: Annotated[
        bool, typer.Option("--retry-errors", help="With --campaign: review again the cases stored as errors.")
    ] = False,
    scheduler: Annotated[str | None, typer.Option(help="Run on a Dask cluster: tcp://HOST:PORT.")] = None,
    case_timeout: Annotated[float, typer.Option(help="Seconds one case may take (0: no limit).")] = 600.0,
    memory_limit: Annotated[
        str, typer.Option(help="Memory one worker may use, e.g. 4G (0: no limit).")
    ] = "4G",
) -> None:
    """Review case files and emit one record per case."""
    from casecheck.batch.limits import parse_size
    from casecheck.batch.runner import Progress, batch_children, default_db, run_review, shared_ids
    from casecheck.checks.profiles import ProfileError, load_profile

    if bool(paths) == bool(batch):
        raise _usage("give case PATHs or --batch DIR (not both, not neither)")
    if batch is not None and not batch.is_dir():
        raise _usage(f"--batch needs a folder: {batch}")
    if workers is not None and workers < 1:
        raise _usage("--workers must be at least 1")
    if format is Format.html and out is None:
        raise _usage("--format html needs --out FOLDER")
    if case_timeout < 0:
        raise _usage("--case-timeout must not be negative")
    try:
        memory_bytes = parse_size(memory_limit)
    except ValueError:
        raise _usage(f"--memory-limit: not a size: {memory_limit!r}") from None
    if db is not None and campaign is None:
        raise _usage("--db needs --campaign NAME")
    if campaign is not None and not campaign.strip():
        raise _usage("--campaign needs a name")
    if retry_errors and campaign is None:
        raise _usage("--retry-errors needs --campaign NAME")
    if scheduler is not None and not _SCHEDULER.fullmatch(scheduler):
        raise _usage(f"--scheduler needs an address such as tcp://HOST:8786, not {scheduler!r}")
    try:
        resolved = load_profile(profile)
    except ProfileError as exc:
        raise _usage(str(exc)) from exc
    _check_model(model)
    if roster is None and batch is not None and (roster := _batch_roster(batch)) is not None:
        typer.echo(f"using the certificate roster beside the batch: {roster}", err=True)
    _check_settings(roster, waivers)
    options = ReviewOptions(
        profile=resolved.source,
        ocr=ocr,
        cache_dir=cache_dir,
        roster=roster,
        waivers=waivers,
        model=None if model == "none" else model,
    )
    _check_out(format, out, batch if batch is not None else paths or [])
    cases = batch_children(batch) if batch is not None else list(paths or [])
    if not cases:
        raise _usage(f"no cases in {batch}: every file or folder directly in it is a case")
    for cid, shared in shared_ids(cases).items():
        names = ", ".join(p.name for p in shared)
        typer.echo(
            f"warning: {names} share the case id {cid!r}: their records, waivers and decisions "
            "cannot be told apart; rename one",
            err=True,
        )
    records = run_review(
        cases,
        options,
        workers=workers,
        campaign=campaign,
        db_url=db or (str(default_db(out)) if campaign else None),
        scheduler=scheduler,
        case_timeout=case_timeout or None,
        memory_limit=memory_bytes or None,
        progress=Progress(),
        retry_errors=retry_errors,
    )
    from casecheck.batch.cluster import SchedulerError

    try:
        errors = _emit(records, format, out)
    except SchedulerError as exc:
        raise _usage(str(exc)) from exc
    raise typer.Exit(EXIT_CASE_ERRORS if errors else EXIT_OK)


_SCHEDULER = re.compile(r"(?:(?:tcp|tls|ws|wss|ucx)://)?(?:\[[0-9A-Fa-f:.%\w]+\]|[^\s:/\[\]]+):\d{1,5}")


def _check_settings(roster: Path | None, waivers: Path | None) -> None:
    """Read the roster and the waiver file once before any work: a file that cannot be used is
    one usage error, not an internal error on every case."""
    from casecheck.checks.roster import RosterError, load_roster
    from casecheck.checks.waivers import WaiverError, load_waivers

    for name, path, load, error in (
        ("--roster", roster, load_roster, RosterError),
        ("--waivers", waivers, load_waivers, WaiverError),
    ):
        if path is None:
            continue
        try:
            load(path)
        except (error, OSError) as exc:
            raise _usage(f"{name}: {exc}") from exc


def _check_out(format: Format, out: Path | None, inputs: Path | list[Path]) -> None:
    """Fail before any work when ``--out`` cannot take the output: a folder given for a file (or
    the reverse), a place that cannot be made, or a place among the cases read (it would
    overwrite a case file, or be read as a case by the next run); a missing parent folder is made."""
    from casecheck.batch.runner import is_case_name

    if out is None:
        return
    wants_folder = format is Format.html
    if out.exists() and out.is_dir() != wants_folder:
        need = "a folder" if wants_folder else "a file"
        raise _usage(f"--out must be {need} for --format {format.value}: {out}")
    target = out.resolve()
    for source in [inputs] if isinstance(inputs, Path) else inputs:
        src = source.resolve()
        # in a batch folder, only a place inside one of its cases: a hidden folder is no case
        inside = target == src or src in target.parents
        if inside and isinstance(inputs, Path) and target != src:
            inside = is_case_name(target.relative_to(src).parts[0])
        if inside:
            raise _usage(f"--out must lie outside the cases it reviews: {out} is in {source}")
    try:
        (out if wants_folder else out.parent).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _usage(f"--out cannot be written: {exc}") from exc


def _emit(records, format: Format, out: Path | None) -> int:
    """Write records as they arrive; return how many were errors."""
    from casecheck.report.text import render_text

    errors = 0
    if format is Format.html:
        from casecheck.report.html import write_html_reports

        collected = []
        for rec in records:
            errors += rec["status"] == "error"
            collected.append(rec)
        write_html_reports(collected, out)
        typer.echo(f"wrote {len(collected)} case reports and index.html to {out}", err=True)
        return errors
    stream = out.open("w", encoding="utf-8") if out else sys.stdout
    try:
        for rec in records:
            errors += rec["status"] == "error"
            if format is Format.json:
                stream.write(json.dumps(rec, ensure_ascii=False) + "\n")
            else:
                stream.write(render_text(rec) + "\n")
            stream.flush()
    finally:
        if out:
            stream.close()
    return errors


def _batch_roster(batch: Path) -> Path | None:
    """The certificate roster a batch folder carries beside its cases (``roster.csv``), if any."""
    roster = batch / "roster.csv"
    return roster if roster.is_file() else None


def _records(results: Path | None, batch: Path | None, workers: int | None, **options) -> list[dict]:
    """Review records read from ``results``, or made by reviewing every case of ``batch`` with its
    roster; ``options`` are the remaining :class:`ReviewOptions` fields."""
    from casecheck.evaluate import load_jsonl

    if results is not None:
        return load_jsonl(results)
    from casecheck.batch.runner import Progress, batch_children, review_many

    opts = ReviewOptions(roster=_batch_roster(batch), **options)
    return list(review_many(batch_children(batch), opts, workers=workers, progress=Progress()))


@app.command()
def extract(
    path: Annotated[Path, typer.Argument(help="One case: a file or a folder.")],
    ocr: Annotated[bool, typer.Option(help="OCR pages without a text layer.")] = True,
) -> None:
    """Print the extracted per-document and case facts as JSON (for debugging)."""
    from casecheck.extract.case import extract_case
    from casecheck.ingest.case import load_case
    from casecheck.model import CaseError

    try:
        facts = extract_case(load_case(path, ocr=ocr))
    except CaseError as exc:
        typer.echo(json.dumps({"error": {"kind": exc.kind, "message": exc.message}}, ensure_ascii=False))
        raise typer.Exit(EXIT_CASE_ERRORS) from exc
    typer.echo(json.dumps(facts, ensure_ascii=False, indent=2))


@app.command()
def evaluate(
    labels: Annotated[Path, typer.Option(help="labels.jsonl written by the generator.")],
    results: Annotated[Path | None, typer.Option(help="Review records (JSON Lines).")] = None,
    batch: Annotated[Path | None, typer.Option(help="Review this folder first, then evaluate.")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print a JSON summary for scripts.")] = False,
    workers: Annotated[int | None, typer.Option(help="Workers when reviewing --batch.")] = None,
    profile: Annotated[str, typer.Option(help="Profile when reviewing --batch.")] = "default",
    min_precision: Annotated[
        float | None, typer.Option(help="Fail (exit 1) if a fact code is below.")
    ] = None,
    min_recall: Annotated[float | None, typer.Option(help="Fail (exit 1) if a fact code is below.")] = None,
    max_clean_fpr: Annotated[
        float | None, typer.Option(help="Fail (exit 1) above this clean-case FPR.")
    ] = None,
) -> None:
    """Per-code precision/recall, clean-case false-positive rate, field accuracy and risk ROC-AUC."""
    from casecheck.checks.profiles import ProfileError, load_profile
    from casecheck.evaluate import evaluate as run_evaluate
    from casecheck.evaluate import load_jsonl, thresholds_failures
    from casecheck.jsonl import JsonlError

    if bool(results) == bool(batch):
        raise _usage("give --results JSONL or --batch DIR")
    if batch is not None and not batch.is_dir():
        raise _usage(f"--batch needs a folder: {batch}")
    try:
        truth = load_jsonl(labels)
        load_profile(profile)
        records = _records(results, batch, workers, profile=profile)
    except (JsonlError, ProfileError) as exc:
        raise _usage(str(exc)) from exc
    report = run_evaluate(truth, records)
    typer.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) if json_out else report.to_text())
    failures = thresholds_failures(report, min_precision, min_recall, max_clean_fpr)
    for line in failures:
        typer.echo(f"BELOW THRESHOLD: {line}", err=True)
    if failures:
        raise typer.Exit(1)
    # a labelled case without a reviewed record was not measured: as review, exit 3
    raise typer.Exit(EXIT_CASE_ERRORS if report.errors or report.missing_records else EXIT_OK)


@app.command()
def train(
    out: Annotated[Path, typer.Option(help="Model folder to write, e.g. models/mycampaign.")],
    labels: Annotated[Path | None, typer.Option(help="labels.jsonl (generator) — or use --feedback.")] = None,
    results: Annotated[
        Path | None, typer.Option(help="Review records (JSON Lines) of the labelled cases.")
    ] = None,
    batch: Annotated[Path | None, typer.Option(help="Review this folder first, then train.")] = None,
    feedback: Annotated[Path | None, typer.Option(help="Reviewers' decisions export (JSON Lines).")] = None,
    base: Annotated[Path | None, typer.Option(help="Folder that relative record sources are under.")] = None,
    workers: Annotated[int | None, typer.Option(help="Parallel workers.")] = None,
    seed: Annotated[int, typer.Option(help="Random seed for the validation split.")] = 0,
) -> None:
    """Train the risk scorer on labelled cases and/or reviewers' decisions; writes a model card."""
    from casecheck.score.train import TrainError
    from casecheck.score.train import train as run_train

    if bool(results) == bool(batch):
        raise _usage("give --results JSONL or --batch DIR")
    if labels is None and feedback is None:
        raise _usage("give --labels FILE and/or --feedback FILE")
    for name, value in (("--labels", labels), ("--feedback", feedback), ("--results", results)):
        if value is not None and not value.is_file():
            raise _usage(f"{name} file not found: {value}")
    records = _records(results, batch, workers, model=None)
    if batch is not None:
        base = base or batch
    try:
        summary = run_train(labels, records, out, feedback, base=base, workers=workers, seed=seed)
    except TrainError as exc:
        raise _usage(str(exc)) from exc
    typer.echo(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2))


def _store(db: str | None):
    """The campaign store named, or the default one, which must exist: a decision or an export
    against a store nobody reviewed into would make an empty one and say nothing."""
    from casecheck.batch.runner import default_db
    from casecheck.batch.store import CampaignStore

    if db is None and not (default := default_db(None)).is_file():
        raise _usage(f"no campaign store at {default}: give --db (the review's --out folder holds it)")
    return CampaignStore(db or str(default))


@campaign_app.command("decide")
def campaign_decide(
    campaign: Annotated[str, typer.Argument(help="Campaign name.")],
    case_id: Annotated[str, typer.Argument(help="The case's id.")],
    rule: Annotated[str, typer.Argument(help="Rule id or defect code of the finding.")],
    decision: Annotated[str, typer.Argument(help="accept | waive | reject")],
    reason: Annotated[str, typer.Option(help="Why (required for waive and reject).")] = "",
    reviewer: Annotated[str, typer.Option(help="Who decided.")] = "",
    db: Annotated[
        str | None, typer.Option(help="Store URL or SQLite file (default ./casecheck.sqlite).")
    ] = None,
) -> None:
    """Record a reviewer's decision on a finding (until the workbench does it in a browser)."""
    if decision in ("waive", "reject") and not reason.strip():
        raise _usage("a waiver or a rejection needs --reason")
    try:
        store = _store(db)
        if not store.has_case(campaign, case_id):
            raise _usage(f"campaign {campaign!r} holds no case {case_id!r}")
        store.decide(campaign, case_id, rule, decision, reason, reviewer)
    except ValueError as exc:
        raise _usage(str(exc)) from exc


@campaign_app.command("export-feedback")
def campaign_export_feedback(
    campaign: Annotated[str, typer.Argument(help="Campaign name.")],
    out: Annotated[Path, typer.Option(help="JSON Lines file for casecheck train --feedback.")],
    db: Annotated[
        str | None, typer.Option(help="Store URL or SQLite file (default ./casecheck.sqlite).")
    ] = None,
) -> None:
    """Export reviewers' decisions (confirmed/dismissed codes, judgement labels) for retraining."""
    from casecheck.batch.store import feedback_rows
    from casecheck.checks.rulepack import load_rules

    codes = {r.id: r.code for r in load_rules()}
    known = set(codes.values())
    rows = feedback_rows(_store(db).decisions(campaign), lambda k: k if k in known else codes.get(k))
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    typer.echo(f"wrote {len(rows)} cases' decisions to {out}", err=True)


@app.command()
def serve(
    db: Annotated[str | None, typer.Option(help="Store URL or SQLite file (DATA/campaign.db).")] = None,
    data: Annotated[Path, typer.Option(help="Folder for the campaigns' files.")] = Path("casecheck-work"),
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    demo: Annotated[bool, typer.Option(help="Import samples/ as a demo campaign; new admin login.")] = False,
    secure_cookies: Annotated[bool, typer.Option(help="Mark cookies Secure (behind https).")] = False,
    idle_minutes: Annotated[
        int, typer.Option(min=1, help="End a session unused this long (it ends 12 h after login anyway).")
    ] = 30,
) -> None:
    """The reviewer workbench (web): queue, case view, decisions, sign-off, 整改, exports."""
    from casecheck.web.serve import default_url, prepare, run

    url = db or default_url(data)
    started = prepare(url, data, demo)
    if started.campaign:
        typer.echo(f"campaign {started.campaign!r}: {started.cases} cases reviewed", err=True)
    typer.echo(f"casecheck workbench: http://{host}:{port}/")
    for name, password, role in started.accounts:
        typer.echo(f"  {role}: user {name}  password {password}")
    if host not in ("127.0.0.1", "localhost", "::1") and not secure_cookies:
        typer.echo("note: serve other machines through https and add --secure-cookies", err=True)
    run(url, data, host, port, secure_cookies, idle_minutes)


@samples_app.command("generate")
def samples_generate(
    n: Annotated[int, typer.Option(help="Number of cases.")] = 20,
    seed: Annotated[int, typer.Option(help="Random seed (same seed, same bytes).")] = 1,
    out: Annotated[Path, typer.Option(help="Output folder.")] = Path("generated"),
    formats: Annotated[str, typer.Option(help="Comma list: txt,docx,pdf,scan,images,ofd")] = "txt",
    defect_rate: Annotated[float, typer.Option(help="Share of cases with at least one defect.")] = 0.7,
    demo: Annotated[bool, typer.Option(help="Write the small mixed-format demo set (samples/).")] = False,
    replace: Annotated[
        bool, typer.Option(help="Remove the earlier generated set in --out (its labelled cases) first.")
    ] = False,
) -> None:
    """Write synthetic case files with injected, labelled defects."""
    from casecheck.generate.api import FORMATS, clear_generated, generate, generate_demo_samples

    if n < 1:
        raise _usage("--n must be at least 1")
    if not 0.0 <= defect_rate <= 1.0:  # also refuses nan
        raise _usage("--defect-rate must lie between 0 and 1")
    wanted = tuple(f.strip() for f in formats.split(",") if f.strip())
    if unknown := [f for f in wanted if f not in FORMATS]:
        raise _usage(f"unknown format {unknown[0]!r}; choose from {', '.join(FORMATS)}")
    try:
        clear_generated(out, replace)
        summary = generate_demo_samples(out, seed) if demo else generate(n, seed, out, wanted, defect_rate)
    except ValueError as exc:  # an unknown format, an --out already used (OutFolderError)
        raise _usage(str(exc)) from exc
    typer.echo(str(summary), err=True)


@laws_app.command("import")
def laws_import(
    src: Annotated[Path, typer.Argument(help="Folder of LawRefBook-format Markdown.")],
    out: Annotated[Path | None, typer.Option(help="Catalog file to write.")] = None,
) -> None:
    """Build the compact law catalog from LawRefBook Markdown."""
    from casecheck.laws.build import import_laws
    from casecheck.resources import rules_dir

    if not src.is_dir():
        raise _usage(f"not a folder: {src}")
    try:
        summary = import_laws(src, out or rules_dir() / "laws" / "catalog.json.gz")
    except ValueError as exc:  # a file that is no LawRefBook law text
        raise _usage(str(exc)) from exc
    typer.echo(str(summary))


@rules_app.command("list")
def rules_list(
    code: Annotated[str | None, typer.Option(help="Only this defect code.")] = None,
    category: Annotated[str | None, typer.Option(help="Only this category.")] = None,
) -> None:
    """List the rules with their codes, severities and points."""
    from casecheck.checks.rulepack import load_rules

    for r in load_rules():
        if (code and r.code != code) or (category and r.category != category):
            continue
        typer.echo(f"{r.id:10} {r.code:8} {r.severity:6} {r.points:>5}  {r.name}")


@rules_app.command("explain")
def rules_explain(key: Annotated[str, typer.Argument(help="A rule id or a defect code.")]) -> None:
    """Explain a rule (or every rule of a code): basis, trigger, message, remediation, example."""
    from casecheck.checks.docs import explain

    text = explain(key)
    if text is None:
        raise _usage(f"no rule or code {key!r}")
    typer.echo(text)


@rules_app.command("docs")
def rules_docs(out: Annotated[Path, typer.Option(help="Markdown file to write.")] = Path("RULES.md")) -> None:
    """Generate the rule documentation (one page listing every rule with its basis and an example)."""
    from casecheck.checks.docs import rules_markdown

    out.write_text(rules_markdown(), encoding="utf-8")
    typer.echo(f"wrote {out}", err=True)


def main() -> None:
    """The ``casecheck`` command: the app, with a file or store the user named that cannot be
    read or written reported in one line (exit 2) instead of a traceback."""
    try:
        app()
    except (OSError, UnicodeError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise SystemExit(EXIT_USAGE) from None
    except Exception as exc:
        if not type(exc).__module__.startswith("sqlalchemy."):  # (not imported for this test)
            raise
        typer.echo(f"error: the campaign store: {str(exc).splitlines()[0]}", err=True)
        raise SystemExit(EXIT_USAGE) from None


if __name__ == "__main__":  # pragma: no cover
    main()
