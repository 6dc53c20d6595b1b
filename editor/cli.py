"""The `foldline` command: the app, and the headless core's subcommands.

`foldline [FILE]` opens the app. `foldline export|analyze|heatmap|templates|screens ...` run
without a window. Errors are one line on stderr and a non-zero exit, never a traceback: the
command line is an interface people script against (names are kept stable, see docs/architecture.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from editor import __version__
from editor.formats.errors import FormatError

if TYPE_CHECKING:
    from editor.model import Problem

EXIT_ERROR = 1
EXIT_USAGE = 2
SUBCOMMANDS = (
    "export",
    "analyze",
    "fit",
    "heatmap",
    "letter",
    "apply",
    "applications",
    "export-application",
    "templates",
    "screens",
)


class CommandError(Exception):
    """A failure the user can fix, reported as one line."""


def _export(args: argparse.Namespace) -> int:
    from editor.formats.atomic import write_atomic
    from editor.formats.letter.export import is_letter_file, render_letter_file
    from editor.formats.provenance import marked, refuse_source
    from editor.formats.registry import read_resume, render_resume, writer_for

    output = Path(args.output)
    refuse_source(output, args.input)
    _refuse_replacing(output, args.force)
    if is_letter_file(args.input):
        data = marked(render_letter_file(args.input, output.suffix, args.template, args.paper), output.suffix)
        write_atomic(output, data)
        print(f"wrote {output} ({len(data):,} bytes)")
        _warn_placeholders(args.input)
        return 0
    writer_for(output)  # an unknown output type fails before any work is done
    resume = read_resume(args.input)
    data = marked(render_resume(resume, output, args.template, args.paper), output.suffix)
    write_atomic(output, data)
    print(f"wrote {output} ({len(data):,} bytes)")
    _check_import(resume.problems)
    return 0


def _check_import(notes: Iterable[Problem]) -> None:
    """What reading a PDF, Word or JSON resume had to guess or repair, for the user to check."""
    _check(note.message for note in notes)


def _check(messages: Iterable[str]) -> None:
    """What the user should look at (an import's guesses and repairs, a letter's placeholders), on stderr."""
    for message in messages:
        print(f"foldline: check: {message}", file=sys.stderr)


def _refuse_replacing(output: Path, force: bool) -> None:
    from editor.formats.provenance import needs_consent

    if needs_consent(output) and not force:
        raise CommandError(f"{output} exists and was not written by Foldline; add --force to replace it")


def _warn_placeholders(path: str) -> None:
    """A letter exported with `[…]` placeholders left in it is not ready to send: say so on stderr."""
    from editor.analysis.letter.placeholders import placeholder_warnings
    from editor.formats.registry import read_text_file

    _check(placeholder_warnings(read_text_file(path)))


def _analyze(args: argparse.Namespace) -> int:
    from editor.analysis.report import build_report, format_report
    from editor.formats.importing.job_description import read_job_description
    from editor.formats.letter.export import is_letter_file
    from editor.formats.registry import read_resume_and_text

    if is_letter_file(args.input):
        from editor.analysis.letter.analysis import format_letter_report
        from editor.analysis.letter.commands import analyze_letter_file

        report = analyze_letter_file(
            args.input,
            args.jd,
            screen_id=args.screen,
            template=args.template,
            paper=args.paper,
            languagetool_url=args.languagetool,
        )
        format_report = format_letter_report
    else:
        resume, text, notes = read_resume_and_text(args.input)
        _check_import(notes)
        jd_text = read_job_description(args.jd) if args.jd else ""
        report = build_report(
            resume,
            text,
            jd_text,
            screen_id=args.screen,
            template=args.template,
            paper=args.paper,
            languagetool_url=args.languagetool,
            import_notes=notes,
        )
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_report(report))
    return 0


def _fit(args: argparse.Namespace) -> int:
    from editor.analysis.fit import propose_fit
    from editor.formats.atomic import write_atomic
    from editor.formats.importing.job_description import read_job_description
    from editor.formats.letter.export import is_letter_file
    from editor.formats.registry import read_resume_and_text

    if is_letter_file(args.input):
        raise CommandError(f"{args.input} is a cover letter; fit lifts a resume's key facts above the fold")
    if args.output:
        from editor.formats.provenance import refuse_source

        refuse_source(args.output, args.input, args.jd)
        _refuse_replacing(Path(args.output), args.force)
    _resume, text, notes = read_resume_and_text(args.input)
    _check_import(notes)
    proposal = propose_fit(text, read_job_description(args.jd) if args.jd else "", args.screen)
    if args.json:
        json.dump(proposal.as_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(proposal.format_text())
    if args.output:
        write_atomic(Path(args.output), proposal.text.encode("utf-8"))
        print(f"wrote {args.output}", file=sys.stderr if args.json else sys.stdout)
    return 0


def _letter(args: argparse.Namespace) -> int:
    from editor.analysis.letter.commands import write_draft_letter

    write_draft_letter(args.input, args.jd, args.output, on_import_notes=_check_import)
    print(f"wrote {args.output}: a starter letter to rewrite in your own words")
    return 0


def _apply(args: argparse.Namespace) -> int:
    from editor.analysis.applications.create import create_application

    record = create_application(
        args.input,
        args.jd,
        args.output,
        company=args.company or "",
        role=args.role or "",
        on_import_notes=_check_import,
    )
    scores = f"match {record.match_score}, first screen {record.first_screen_score}"
    print(f"wrote {args.output}: {record.role or 'the role'} at {record.company or 'the company'} ({scores})")
    print(f"next: tailor {Path(args.output) / record.resume}, rewrite {Path(args.output) / record.letter}")
    return 0


def _applications(args: argparse.Namespace) -> int:
    from editor.analysis.applications.listing import format_applications, list_applications

    entries = list_applications(args.folder)
    if args.json:
        json.dump([entry.as_dict() for entry in entries], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_applications(entries))
    return 0


def _export_application(args: argparse.Namespace) -> int:
    from editor.analysis.applications.bundle import export_bundle

    bundle = export_bundle(args.folder)
    for path in bundle.paths:
        print(f"wrote {path}")
    _check(bundle.warnings)
    return 0


def _heatmap(args: argparse.Namespace) -> int:
    from editor.formats.provenance import refuse_source
    from editor.ui.heatmap_export import write_heatmap_png

    refuse_source(args.output, args.input, args.jd)
    _refuse_replacing(Path(args.output), args.force)
    path, notes = write_heatmap_png(
        args.input, args.jd, args.output, screen_id=args.screen, template=args.template, paper=args.paper
    )
    print(f"wrote {path}")
    _check_import(notes)
    return 0


def _templates(args: argparse.Namespace) -> int:
    from editor.render.templates import DEFAULT_TEMPLATE, PAPERS, TEMPLATES

    for template in TEMPLATES.values():
        marker = " (default)" if template.id == DEFAULT_TEMPLATE else ""
        print(f"{template.id:<10} {template.label}{marker}: {template.description}")
    print("papers: " + ", ".join(f"{paper.id} ({paper.label})" for paper in PAPERS.values()))
    return 0


def _screens(args: argparse.Namespace) -> int:
    from editor.analysis.screen.presets import DEFAULT_SCREEN_ID, SCREENS

    for screen_id, screen in SCREENS.items():
        marker = " (default)" if screen_id == DEFAULT_SCREEN_ID else ""
        print(f"{screen_id:<22} {screen.label}{marker}")
    return 0


def _add_style_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--template", help="look of the PDF/DOCX (see `foldline templates`)")
    parser.add_argument("--paper", choices=("letter", "a4"), help="paper size (default: the file's, else letter)")


def _add_force_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--force", action="store_true", help="replace OUT even if Foldline did not write it")


_POSTING_COMMANDS = {
    "letter": "draft a cover letter for a resume and a job description",
    "apply": "start an application: a folder with the posting, a tailored resume and a letter",
}


def _posting_command(
    commands: argparse._SubParsersAction,
    name: str,
    run: Callable[[argparse.Namespace], int],
    resume: str,
    output: str,
) -> argparse.ArgumentParser:
    """A subcommand that reads a resume and a job description and writes OUT (`letter`, `apply`)."""
    parser = commands.add_parser(name, help=_POSTING_COMMANDS[name])
    parser.add_argument("input", metavar=resume)
    parser.add_argument("--jd", metavar="JD", required=True, help="job description (.txt .md .docx .pdf .html)")
    parser.add_argument("-o", "--output", metavar=output, required=True)
    parser.set_defaults(run=run)
    return parser


def _folder_command(
    commands: argparse._SubParsersAction, name: str, run: Callable[[argparse.Namespace], int], summary: str
) -> argparse.ArgumentParser:
    """A subcommand that works on one application or workspace FOLDER."""
    parser = commands.add_parser(name, help=summary, description=summary[:1].upper() + summary[1:] + ".")
    parser.add_argument("folder", metavar="FOLDER")
    parser.set_defaults(run=run)
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="foldline",
        description="See your resume the way a recruiter sees it. Without a subcommand, opens the app.",
        epilog="Readable: .md .json .docx .pdf   Writable: .md .json .pdf .docx",
    )
    parser.add_argument("--version", action="version", version=f"foldline {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    export = commands.add_parser(
        "export",
        help="convert a resume; OUT's suffix picks the format",
        description="Convert a resume. OUT's suffix picks the writer: .md .json .pdf .docx. "
        "OUT is never the input file; an existing OUT that Foldline did not write is kept unless --force.",
    )
    export.add_argument("input", metavar="IN")
    export.add_argument("-o", "--output", metavar="OUT", required=True)
    _add_force_option(export)
    _add_style_options(export)
    export.set_defaults(run=_export)

    analyze = commands.add_parser("analyze", help="keywords, checks, fold and attention as text or JSON")
    analyze.add_argument("input", metavar="IN")
    analyze.add_argument("--jd", metavar="JD", help="job description (.txt .md .docx .pdf .html)")
    analyze.add_argument("--screen", metavar="PRESET", help="recruiter screen (see `foldline screens`)")
    analyze.add_argument("--json", action="store_true", help="print one JSON object")
    analyze.add_argument(
        "--languagetool",
        metavar="URL",
        help="check grammar with the LanguageTool server at URL (the resume text is sent there)",
    )
    _add_style_options(analyze)
    analyze.set_defaults(run=_analyze)

    fit = commands.add_parser(
        "fit",
        help="propose the smallest readable change that lifts the key facts above the fold",
        description="Search readable styles (body >= 10 pt, margins >= 0.5 in) and simple content moves for the "
        "smallest change that puts the most key facts on the recruiter's first screen. Changes nothing unless -o.",
    )
    fit.add_argument("input", metavar="IN")
    fit.add_argument("--jd", metavar="JD", help="job description (.txt .md .docx .pdf .html): its top terms count too")
    fit.add_argument("--screen", metavar="PRESET", help="recruiter screen (see `foldline screens`)")
    fit.add_argument("--json", action="store_true", help="print one JSON object")
    fit.add_argument("-o", "--output", metavar="OUT.md", help="write the resume text with the proposal applied")
    _add_force_option(fit)
    fit.set_defaults(run=_fit)

    _posting_command(
        commands, "letter", _letter, "RESUME", "OUT.md"
    ).description = "Write a starter cover letter (letter Markdown) to rewrite in your words."
    apply = _posting_command(commands, "apply", _apply, "MASTER", "FOLDER")
    apply.description = "Create FOLDER: the posting, a copy of MASTER to tailor, a starter letter, application.json."
    apply.add_argument("--company", metavar="C", help="the employer (default: what the posting says)")
    apply.add_argument("--role", metavar="R", help="the job title (default: the posting's)")

    applications = _folder_command(commands, "applications", _applications, "list the applications in a folder")
    applications.add_argument("--json", action="store_true", help="print one JSON list")
    _folder_command(
        commands,
        "export-application",
        _export_application,
        "write an application's resume and letter as PDF and DOCX into its folder (all or nothing)",
    )

    heatmap = commands.add_parser("heatmap", help="write the recruiter's screen with fold and heatmap as PNG")
    heatmap.add_argument("input", metavar="IN")
    heatmap.add_argument("--jd", metavar="JD", help="job description (.txt .md .docx .pdf .html)")
    heatmap.add_argument("--screen", metavar="PRESET", help="recruiter screen (see `foldline screens`)")
    heatmap.add_argument("-o", "--output", metavar="OUT.png", required=True)
    _add_force_option(heatmap)
    _add_style_options(heatmap)
    heatmap.set_defaults(run=_heatmap)

    templates = commands.add_parser("templates", help="list the templates and paper sizes")
    templates.set_defaults(run=_templates)
    screens = commands.add_parser("screens", help="list the recruiter screen presets")
    screens.set_defaults(run=_screens)
    return parser


def _run_guarded(action: Callable[[], int]) -> int:
    """Run a command, turning every failure into one line on stderr."""
    try:
        return action()
    except (FormatError, CommandError) as error:
        print(f"foldline: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyError as error:  # unknown template/paper/screen: the message names the choices
        print(f"foldline: error: {error.args[0] if error.args else error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("foldline: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # never a traceback on the command line
        print(f"foldline: internal error: {type(error).__name__}: {error} (please report this)", file=sys.stderr)
        return 70


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not arguments or (arguments[0] not in SUBCOMMANDS and not arguments[0].startswith("-")):
        return _start_app(arguments)
    parser = build_parser()
    args = parser.parse_args(arguments)
    if args.command is None:
        return _start_app([])
    return _run_guarded(lambda: args.run(args))


def _start_app(arguments: list[str]) -> int:
    if len(arguments) > 1:
        print("foldline: error: the app opens one file at a time", file=sys.stderr)
        return EXIT_USAGE
    from editor.app import run_app

    return run_app(arguments[0] if arguments else None)


if __name__ == "__main__":
    sys.exit(main())
