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
        seen = "both" if entity.in_figure and entity.in_caption else ("caption" if entity.in_caption else "figure")
        members = f"  members: {', '.join(m.split(':', 1)[1] for m in entity.members if not m.startswith('ncbigene:'))}" if entity.members else ""
        click.echo(f"  {entity.name:<24} {entity.type:<18} {ident:<22} [{seen}]{members}")
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


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="pfocr-net")
