"""Command line: ``pfocr-net build|show|style|...``, a thin shell over the library API."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from pfocr_net import __version__
from pfocr_net.errors import PfocrNetError

INPUTS = click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))


class UserError(click.ClickException):
    """A :class:`PfocrNetError` shown as one line, exit code 1, no traceback."""

    def show(self, file: Any = None) -> None:
        click.echo(f"error: {self.format_message()}", err=True)


def fail(error: PfocrNetError) -> UserError:
    """Turn a library error into the CLI's one-line error."""
    return UserError(str(error))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="pfocr-net")
def cli() -> None:
    """Turn PFOCR pathway-figure records into typed, styled CX2 networks."""


@cli.command()
@INPUTS
@click.option("-o", "--outdir", type=click.Path(path_type=Path), default=Path("networks"), show_default=True,
              help="Folder for the <figid>.cx2 files.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes for large batches [default: all cores].")
def build(inputs: tuple[Path, ...], outdir: Path, jobs: int | None) -> None:
    """Build one CX2 network per figure record under INPUTS into OUTDIR.

    INPUTS may be record files, folders of them, a PFOCR site checkout or a _figures/<figid>.md.
    """
    from pfocr_net.api import build_all

    try:
        summary = build_all(inputs, outdir, jobs=jobs)
    except PfocrNetError as error:
        raise fail(error) from None
    for failure in summary.failures:
        click.echo(f"error: {failure.error}", err=True)
    built = summary.built
    nodes = sum(r.nodes for r in built)
    edges = sum(r.edges for r in built)
    click.echo(
        f"built {len(built)} of {len(summary.results)} figures ({nodes} nodes, {edges} edges, "
        f"{len(summary.failures)} failed) into {outdir.resolve()}"
    )
    if summary.failures or not summary.results:
        if not summary.results:
            click.echo("error: no figure records found", err=True)
        sys.exit(1)


@cli.command()
@click.argument("input_path", metavar="INPUT", type=click.Path(path_type=Path))
def show(input_path: Path) -> None:
    """Print one figure's nodes and edges readably."""
    from pfocr_net.api import build_figure
    from pfocr_net.records import read_records

    items = list(read_records([input_path]))
    if not items:
        raise UserError(f"{input_path}: no figure records found")
    if len(items) > 1:
        raise UserError(f"{input_path}: holds {len(items)} figures; give one record file")
    item = items[0]
    try:
        if isinstance(item, PfocrNetError):
            raise item
        figure = build_figure(item)
    except PfocrNetError as error:
        raise fail(error) from None
    record = figure.record
    click.echo(f"{record.figid}: {record.title or '(no title)'}")
    click.echo(f"{figure.node_count} nodes, {figure.edge_count} edges")
    click.echo("\nNodes:")
    for entity in figure.extraction.entities:
        ident = entity.represents or "-"
        members = f"  members: {', '.join(m.split(':', 1)[1] for m in entity.members if not m.startswith('ncbigene:'))}" if entity.members else ""
        click.echo(f"  {entity.name:<24} {entity.type:<18} {ident:<22} [{entity.seen_in}]{members}")
    names = {entity.key: entity.name for entity in figure.extraction.entities}
    click.echo("\nEdges:")
    if not figure.extraction.relations:
        click.echo("  (none)")
    for relation in figure.extraction.relations:
        flags = "".join(f" [{flag}]" for flag, on in (("hedged", relation.hedged), ("negated", relation.negated)) if on)
        click.echo(f"  {names.get(relation.subject, relation.subject)} --{relation.interaction}--> "
                   f"{names.get(relation.object, relation.object)}{flags}")
        if relation.sentence:
            click.echo(f"      \"{relation.sentence}\"")


@cli.command()
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="Write the vizmap XML here instead of printing it.")
def style(output: Path | None) -> None:
    """Export the network style as Cytoscape desktop vizmap XML."""
    from pfocr_net.style import to_vizmap_xml

    try:
        xml = to_vizmap_xml()
    except PfocrNetError as error:
        raise fail(error) from None
    if output is None:
        click.echo(xml, nl=False)
    else:
        output.write_text(xml, encoding="utf-8")
        click.echo(f"wrote {output}")


@cli.command()
@INPUTS
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="HTML file to write; with several figures an index page, pages in <name>_figures/.")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in the default web browser.")
def view(inputs: tuple[Path, ...], output: Path, open_browser: bool) -> None:
    """Write a standalone HTML preview (cytoscape.js, works offline) of the figures under INPUTS.

    INPUTS may be figure records (as for build) or .cx2 files written by build, or folders of them.
    """
    from pfocr_net.view import iter_views, write_views

    views = []
    failed = 0
    for item in iter_views(inputs):
        if isinstance(item, PfocrNetError):
            failed += 1
            click.echo(f"error: {item}", err=True)
        else:
            views.append(item)
    if not views:
        raise UserError("no figures to show" + (f" ({failed} failed)" if failed else ""))
    try:
        written = write_views(views, output)
    except PfocrNetError as error:
        raise fail(error) from None
    pages = f" and {len(written) - 1} figure pages" if len(written) > 1 else ""
    click.echo(f"wrote {written[0]}{pages}")
    if open_browser:
        import webbrowser

        webbrowser.open(written[0].resolve().as_uri())
    if failed:
        sys.exit(1)


@cli.command()
@INPUTS
@click.option("--server", default=None, help="NDEx server URL [env NDEX_SERVER; default https://www.ndexbio.org].")
@click.option("--username", default=None, help="NDEx account [env NDEX_USERNAME, or the config file].")
@click.option("--password-stdin", is_flag=True,
              help="Read the password from standard input [else env NDEX_PASSWORD, or the config file].")
@click.option("--visibility", type=click.Choice(["public", "unlisted", "private"], case_sensitive=False),
              default=None, help="Set this visibility [default: new networks private, others unchanged].")
@click.option("--networkset", default=None, metavar="NAME|UUID", help="Add each network to this network set.")
@click.option("--index-level", type=click.Choice(["none", "meta", "all"], case_sensitive=False), default=None,
              help="Set the NDEx search index level.")
@click.option("--as-new", is_flag=True, help="Ignore the record's ndex UUID (e.g. someone else's network).")
@click.option("--dry-run", is_flag=True, help="Say what would happen; change nothing on NDEx or on disk.")
@click.option("-j", "--jobs", type=click.IntRange(min=1, max=64), default=4, show_default=True,
              help="Concurrent uploads.")
@click.option("--timeout", type=click.FloatRange(min=1), default=120.0, show_default=True,
              help="Seconds allowed for each NDEx call.")
@click.option("--json", "as_json", is_flag=True, help="Print results as JSON.")
def upload(inputs: tuple[Path, ...], server: str | None, username: str | None, password_stdin: bool,
           visibility: str | None, networkset: str | None, index_level: str | None, as_new: bool,
           dry_run: bool, jobs: int, timeout: float, as_json: bool) -> None:
    """Create or update each figure's network on NDEx and write its UUID back.

    A record whose ndex field names a network updates that network; otherwise the account's own
    network for the figure (by pfocrId) is updated, or a new one is created. Credentials come from
    NDEX_USERNAME/NDEX_PASSWORD, --password-stdin, or the [ndex] section of
    ~/.config/pfocr-net/ndex.ini (or $PFOCR_NET_CONFIG).
    """
    import json

    from pfocr_net.api import iter_figures
    from pfocr_net.ndex import UploadOptions, connect, format_table, upload_figures

    password = sys.stdin.readline().rstrip("\r\n") if password_stdin else None
    try:
        client = connect(server, username, password, call_timeout=timeout)
        options = UploadOptions(visibility=visibility and visibility.upper(), networkset=networkset,
                                index_level=index_level and index_level.upper(), as_new=as_new,
                                dry_run=dry_run, jobs=jobs)
        figures = list(iter_figures(inputs))
        if not figures:
            raise UserError("no figure records found")
        with click.progressbar(length=len(figures), label="uploading", file=sys.stderr) as bar:
            results = upload_figures(figures, client, options, on_result=lambda _: bar.update(1))
    except PfocrNetError as error:
        raise fail(error) from None
    if as_json:
        click.echo(json.dumps({"server": client.server, "dry_run": dry_run,
                               "results": [r.to_dict() for r in results]}, indent=2))
    else:
        click.echo(format_table(results))
    failed = [r for r in results if not r.ok]
    for result in failed:
        click.echo(f"error: {result.message}", err=True)
    counts = {action: sum(r.action == action for r in results) for action in dict.fromkeys(r.action for r in results)}
    click.echo(", ".join(f"{n} {action}" for action, n in counts.items()), err=True)
    if failed:
        sys.exit(1)


@cli.command()
@INPUTS
@click.option("--url", default="http://127.0.0.1:1234", show_default=True, help="CyREST address of Cytoscape.")
@click.option("--collection", default="PFOCR", show_default=True, help="Collection to put the networks in.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=60.0, show_default=True,
              help="Seconds allowed for each call to Cytoscape.")
def cytoscape(inputs: tuple[Path, ...], url: str, collection: str, timeout: float) -> None:
    """Push each figure under INPUTS into a running Cytoscape 3.10+ as one styled network.

    A figure already in the session (same pfocrId) is replaced; the pfocr style is added once.
    """
    from pfocr_net.cytoscape import connect, push_figures

    try:
        client = connect(url, timeout=timeout)
    except PfocrNetError as error:
        raise fail(error) from None
    from pfocr_net.api import iter_figures

    pushed = failed = 0
    for result in push_figures(client, iter_figures(inputs), collection=collection):
        if isinstance(result, PfocrNetError):
            failed += 1
            click.echo(f"error: {result}", err=True)
            continue
        pushed += 1
        replaced = f" (replaced SUID {', '.join(map(str, result.replaced))})" if result.replaced else ""
        click.echo(f"{result.figid}\tSUID {result.suid}\t{result.name}{replaced}")
    if not pushed and not failed:
        click.echo("error: no figure records found", err=True)
    if failed or not pushed:
        sys.exit(1)


@cli.command()
@click.option("--gold", "gold", required=True, type=click.Path(path_type=Path, exists=True, dir_okay=False),
              help="Gold relations TSV (format in the gold README).")
@INPUTS
@click.option("--figures", type=click.Path(path_type=Path, exists=True, dir_okay=False), default=None,
              help="Figure ids to score, one a line (figures with no gold rows count too) "
                   "[default: figures-*.txt next to the gold file].")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--no-details", is_flag=True, help="Leave out the missed and spurious relations.")
def evaluate(gold: Path, inputs: tuple[Path, ...], figures: Path | None, as_json: bool, no_details: bool) -> None:
    """Build the networks of the gold figures under INPUTS and score their caption relations.

    Prints precision, recall and F1 overall and per figure, then the missed and spurious relations.
    """
    import json

    from pfocr_net.evaluate import evaluate as run_evaluation
    from pfocr_net.evaluate import format_report

    try:
        report = run_evaluation(gold, inputs, figures)
    except PfocrNetError as error:
        raise fail(error) from None
    if as_json:
        click.echo(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
    else:
        click.echo(format_report(report, details=not no_details))


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="pfocr-net")
