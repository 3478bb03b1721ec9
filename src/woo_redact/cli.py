"""The ``woo-redact`` command line: thin wrappers over the library.

Each command parses options, calls one library function and maps the library's errors to a
message and an exit code (:class:`~woo_redact.errors.ExitCode`, listed in ``woo-redact --help``):
failures are messages, never tracebacks (``-vv`` shows the traceback of an internal error).
"""

from __future__ import annotations

import functools
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from . import __version__
from .errors import ExitCode, WooRedactError

F = TypeVar("F", bound=Callable[..., Any])

_EXIT_HELP = "\b\nExit codes:\n" + "\n".join(
    f"  {int(c):>3}  {text}"
    for c, text in (
        (ExitCode.OK, "every document was published"),
        (ExitCode.PARTIAL, "done, but some documents were not published (failed, or not a PDF): see the report"),
        (ExitCode.USAGE, "bad arguments or inputs; nothing was written"),
        (ExitCode.INTERNAL, "internal error (a bug: please report it; -vv shows the traceback)"),
        (ExitCode.OUTPUT, "the output could not be written (disk full, read-only, permissions); rerun to resume"),
        (ExitCode.INTERRUPTED, "interrupted (Ctrl-C); rerun the same command to resume"),
    )
)


class CommandFailed(click.ClickException):
    """A library error as a one-line message with the exit code of its class."""

    def __init__(self, message: str, code: ExitCode) -> None:
        super().__init__(message)
        self.exit_code = int(code)  # type: ignore[misc]  # click reads it per instance


def _errors(fn: F) -> F:
    """Library errors → message + exit code; Ctrl-C → 130 with how to resume; bugs → code 3."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            click.echo("\ninterrupted: finished documents are kept; rerun the same command to resume", err=True)
            sys.exit(ExitCode.INTERRUPTED)
        except WooRedactError as exc:
            raise CommandFailed(str(exc), exc.exit_code) from exc
        except Exception as exc:  # a bug: one line, the traceback only with -vv
            logging.getLogger("woo_redact").debug("internal error", exc_info=True)
            raise CommandFailed(
                f"internal error: {type(exc).__name__}: {exc} (a bug; please report it, with the output of -vv)", ExitCode.INTERNAL
            ) from exc

    return wrapper  # type: ignore[return-value]


def _setup_logging(verbose: int) -> None:
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


@click.group(epilog=_EXIT_HELP)
@click.version_option(__version__, prog_name="woo-redact")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def cli(verbose: int) -> None:
    """Redact personal data from Dutch government documents released under the Woo."""
    _setup_logging(verbose)


@cli.command(epilog=_EXIT_HELP)
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path), help="Output folder.")
@click.option("--policy", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Policy file (TOML); default: the shipped policy.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="Parallel workers (default: all cores).")
@click.option("--password", default=None, help="Password for encrypted PDFs.")
@click.option("--audit-key", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File with the key for the audit log's keyed hashes (default ~/.config/woo-redact/audit.key, created on "
                   "first use). A file named here must exist, unless --new-audit-key.")
@click.option("--new-audit-key", is_flag=True, help="Create the --audit-key file with a new random key if it does not exist.")
@click.option("--no-ner", is_flag=True, help="Skip the NER model (rules and name cues only).")
@click.option("--no-resume", is_flag=True, help="Redo documents already done in OUT.")
@click.option("--timeout", type=click.FloatRange(min=1), default=900, show_default=True, help="Seconds allowed per document and pass.")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Local worker processes, or a Dask cluster (pip install woo-redact[dask]).")
@click.option("--scheduler", default=None, help="Dask scheduler address (tcp://HOST:PORT); default: a LocalCluster of --jobs workers.")
@click.option("--inventory-style", type=click.Choice(["platform", "besluit"]), default="platform", show_default=True,
              help="Beoordeling wording in inventaris.csv/xlsx: the publication platform's (Openbaar / Deels openbaar / "
                   "Niet openbaar) or the decision letter's (Openbaarmaking / Gedeeltelijke openbaarmaking / Geen openbaarmaking).")
@_errors
def redact(paths: tuple[Path, ...], out_dir: Path, policy: Path | None, jobs: int | None, password: str | None,
           audit_key: Path | None, new_audit_key: bool, no_ner: bool, no_resume: bool, timeout: float, executor: str,
           scheduler: str | None, inventory_style: str) -> None:
    """Redact PDFs (files and folders, recursively) into OUT, with OUT/audit.jsonl.

    Outputs keep each input's folder; file names lose any personal data they hold. Files that
    are not PDFs are listed as not processed. An interrupted run resumes when rerun.
    """
    from .bundle import redact_bundle

    progress = _Progress()
    try:
        result = redact_bundle(
            list(paths), out_dir, policy=policy, jobs=jobs, password=password, audit_key=audit_key, new_audit_key=new_audit_key,
            ner=not no_ner, resume=not no_resume, timeout=timeout, progress=progress, executor=executor, scheduler=scheduler,
            inventory_style=inventory_style,
        )
    finally:
        progress.done()
    for r in result.results:
        if not r.ok:
            click.echo(f"FAILED {result.names.get(r.source, r.source)}: {r.error}", err=True)
    for name in result.not_processed:
        click.echo(f"NOT PROCESSED {name}: not a PDF", err=True)
    n_ok = sum(1 for r in result.results if r.ok)
    pages = sum(r.pages for r in result.results if r.ok)
    boxes = sum(len(r.boxes) for r in result.results if r.ok)
    msg = f"{n_ok} redacted ({pages} pages, {boxes} boxes), {len(result.failed)} failed"
    if result.not_processed:
        msg += f", {len(result.not_processed)} not processed (not a PDF)"
    if result.skipped:
        msg += f", {len(result.skipped)} already done"
    click.echo(f"{msg}; report: {out_dir / 'report.html'}, audit log: {out_dir / 'audit.jsonl'}", err=True)
    sys.exit(ExitCode.OK if result.complete else ExitCode.PARTIAL)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--out", "review_dir", required=True, type=click.Path(file_okay=False, path_type=Path), help="Review folder.")
@click.option("--policy", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="Parallel workers (default: all cores).")
@click.option("--password", default=None, help="Password for encrypted PDFs.")
@click.option("--no-ner", is_flag=True, help="Skip the NER model.")
@click.option("--review", "open_review", is_flag=True, help="Then open the review workbench on REVIEW (see `woo-redact review`).")
@_errors
def scan(paths: tuple[Path, ...], review_dir: Path, policy: Path | None, jobs: int | None, password: str | None, no_ner: bool,
         open_review: bool = False) -> None:
    """Propose redactions without writing PDFs: REVIEW/decisions.json + review.html (confidential)."""
    from .review import scan as scan_bundle

    try:
        data = scan_bundle(list(paths), review_dir, policy=policy, jobs=jobs, password=password, ner=not no_ner)
    except (WooRedactError, ValueError, FileNotFoundError) as exc:
        raise click.ClickException(str(exc)) from exc
    n = sum(len(d["findings"]) for d in data["documents"])
    errors = [d for d in data["documents"] if "error" in d]
    for d in errors:
        click.echo(f"FAILED {d['source']}: {d['error']}", err=True)
    click.echo(f"{len(data['documents'])} documents, {n} findings: edit {review_dir / 'decisions.json'}, "
               f"then run `woo-redact apply {review_dir} --out DIR`", err=True)
    if open_review:
        from .workbench.server import serve

        serve(review_dir, password=password, policy=policy, echo=click.echo)
    sys.exit(1 if errors else 0)


@cli.command(name="review")
@click.argument("review_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--port", type=click.IntRange(0, 65535), default=0, help="Port on 127.0.0.1 (default: a free one).")
@click.option("--no-browser", is_flag=True, help="Only print the URL; do not open a browser.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where 'Toepassen' writes the PDFs, report and audit log (default: REVIEW_DIR/gelakt).")
@click.option("--policy", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Policy for labels and colours.")
@click.option("--password", default=None, help="Password for encrypted PDFs.")
@click.option("--audit-key", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Audit key file.")
def review_cmd(review_dir: Path, port: int, no_browser: bool, out_dir: Path | None, policy: Path | None, password: str | None,
               audit_key: Path | None) -> None:
    """Open the review workbench on REVIEW_DIR: a local web application (127.0.0.1 only, Dutch).

    The first line printed is the URL with its session token; Ctrl-C stops the server.
    """
    from .workbench.server import serve

    try:
        serve(review_dir, port=port, open_browser=not no_browser, out_dir=out_dir, policy=policy, audit_key=audit_key,
              password=password, echo=click.echo)
    except (WooRedactError, OSError) as exc:
        raise click.ClickException(str(exc)) from exc


@cli.command(name="apply")
@click.argument("review_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path), help="Output folder.")
@click.option("--policy", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Policy for labels and colours.")
@click.option("--password", default=None, help="Password for encrypted PDFs.")
@click.option("--audit-key", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Audit key file.")
@_errors
def apply_cmd(review_dir: Path, out_dir: Path, policy: Path | None, password: str | None, audit_key: Path | None) -> None:
    """Write the final PDFs exactly as decided in REVIEW_DIR/decisions.json."""
    from .review import apply as apply_review

    try:
        result = apply_review(review_dir, out_dir, policy=policy, password=password, audit_key=audit_key)
    except WooRedactError as exc:
        raise click.ClickException(str(exc)) from exc
    for r in result.results:
        if not r.ok:
            click.echo(f"FAILED {r.source}: {r.error}", err=True)
    click.echo(f"{sum(r.ok for r in result.results)} written, {len(result.failed)} failed", err=True)
    sys.exit(0 if result.ok else 1)


@cli.command()
@click.argument("files", nargs=-1)
@click.option("--operator", type=click.Choice(["label", "placeholder", "mask", "hash"]), default="label", show_default=True,
              help="How to replace: the ground label, numbered placeholders, a mask or a keyed hash.")
@click.option("--scope", "scope_kind", type=click.Choice(["document", "bundle"]), default="document", show_default=True,
              help="Where placeholders are consistent: each file on its own, or across all files given.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Write FILE.anon.txt files here (default: print to stdout).")
@click.option("--policy", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--no-ner", is_flag=True, help="Skip the NER model.")
@_errors
def anonymize(files: tuple[str, ...], operator: str, scope_kind: str, out_dir: Path | None, policy: Path | None, no_ner: bool) -> None:
    """Anonymize text files (or '-' / nothing for stdin) with the same rules as for PDFs."""
    from .anonymize import Scope, anonymize_text, read_text_file
    from .pipeline import Pipeline

    try:
        pipe = Pipeline.create(policy, ner=not no_ner)
    except WooRedactError as exc:
        raise click.ClickException(str(exc)) from exc
    sources = list(files) or ["-"]
    shared = Scope() if scope_kind == "bundle" else None
    for src in sources:
        try:
            content = read_text_file(src)
        except OSError as exc:
            raise CommandFailed(f"{src}: cannot read: {exc.strerror}", ExitCode.USAGE) from exc
        res = anonymize_text(content, operator=operator, scope=shared or Scope(), pipeline=pipe)  # type: ignore[arg-type]
        if out_dir is None:
            click.echo(res.text, nl=False)
        else:
            out_dir.mkdir(parents=True, exist_ok=True)
            name = "stdin" if src == "-" else Path(src).name
            (out_dir / f"{name}.anon.txt").write_text(res.text, encoding="utf-8")


@cli.command()
@click.argument("text", required=False)
@click.option("--file", "file_", type=click.File("r", encoding="utf-8"), help="Read the text from a file ('-' for stdin).")
@click.option("--policy", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--no-ner", is_flag=True, help="Skip the NER model.")
@_errors
def analyze(text: str | None, file_, policy: Path | None, no_ner: bool) -> None:  # type: ignore[no-untyped-def]
    """Print findings in TEXT (or --file) as JSON lines: for developers."""
    from .pipeline import Pipeline

    if text is None and file_ is None:
        raise click.UsageError("give TEXT or --file")
    content = text if text is not None else file_.read()
    try:
        pipe = Pipeline.create(policy, ner=not no_ner)
    except WooRedactError as exc:
        raise click.ClickException(str(exc)) from exc
    from .pipeline import analyze_text

    for f in analyze_text(content, pipeline=pipe):
        click.echo(json.dumps({"start": f.start, "end": f.end, "entity": f.entity.value, "text": f.text,
                               "score": round(f.score, 3), "detector": f.detector, "explanation": f.explanation},
                              ensure_ascii=False))


@cli.command()
@click.argument("pdf", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--secret", "secrets", multiple=True, help="A string that must not be in the PDF (repeatable).")
@click.option("--secrets-file", type=click.File("r", encoding="utf-8"), help="One secret per line.")
@_errors
def verify(pdf: Path, secrets: tuple[str, ...], secrets_file) -> None:  # type: ignore[no-untyped-def]
    """Run the leak checks on any PDF: exit 1 if a given string can still be read."""
    from .verify import verify_output

    all_secrets = list(secrets) + ([ln.strip() for ln in secrets_file if ln.strip()] if secrets_file else [])
    res = verify_output(pdf, all_secrets)
    for p in res.problems:
        click.echo(f"LEAK {p}", err=True)
    click.echo(f"{'ok' if res.ok else 'LEAKS'}: checks {', '.join(res.checks)}", err=True)
    sys.exit(0 if res.ok else 1)


class _Progress:
    """Documents and pages, rate and ETA: a live line on a terminal, plain log lines otherwise."""

    def __init__(self) -> None:
        import time

        self._time = time.monotonic
        self.tty = sys.stderr.isatty()
        self._last = ""
        self._phase = ""
        self._t0 = 0.0
        self._pages = 0

    def __call__(self, phase: str, i: int, n: int, pages: int, result) -> None:  # type: ignore[no-untyped-def]
        if phase != self._phase:
            self._phase, self._t0, self._pages = phase, self._time(), 0
            if self.tty and self._last:
                sys.stderr.write("\n")
                self._last = ""
        if i == 0:
            return  # only the start of a phase
        self._pages += pages
        elapsed = max(self._time() - self._t0, 1e-6)
        rate = self._pages / elapsed
        eta = (n - i) * elapsed / i if i else 0.0
        line = f"{phase}: {i}/{n} documents, {self._pages} pages, {rate:.1f} pages/s, ETA {int(eta) // 60}:{int(eta) % 60:02d}"
        if self.tty:
            sys.stderr.write("\r" + line.ljust(len(self._last)))
            sys.stderr.flush()
            self._last = line
        elif result is not None or i == n:
            status = "" if result is None else (" ok" if result.ok else " FAILED")
            name = "" if result is None else f" [{Path(result.source).name}{status}]"
            sys.stderr.write(f"{line}{name}\n")

    def done(self) -> None:
        if self.tty and self._last:
            sys.stderr.write("\n")


def main() -> None:  # pragma: no cover
    cli()
