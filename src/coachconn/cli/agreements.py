"""``coachconn agreements``: logistics, relationship and working agreements."""

from __future__ import annotations

import typer

from coachconn.cli._common import fields_block, format_option, run_service, sub_app, table, text
from coachconn.core.agreements import AgreementsView, AgreementVersionView

agreements_app = sub_app("agreements", "Logistics, relationship and working agreements.")


def _agreement_rows(view: AgreementsView) -> str:
    latest = {v.id for v in view.latest.values()}
    return table(
        [
            (
                a.id,
                a.kind,
                a.number,
                "current" if a.id in latest else "replaced",
                a.acknowledged_at or "not yet",
                a.text[:60] + ("…" if len(a.text) > 60 else ""),
            )
            for a in view.history
        ],
        ("ID", "KIND", "VERSION", "STATE", "ACKNOWLEDGED", "TEXT"),
        empty="no agreements yet",
    )


def _agreement_detail(a: AgreementVersionView) -> str:
    return fields_block(
        [
            ("agreement", a.id),
            ("kind", a.kind),
            ("version", a.number),
            ("engagement", a.engagement_id),
            ("written", a.created_at),
            ("acknowledged", a.acknowledged_at or "not yet"),
            ("text", a.text),
        ]
    )


@agreements_app.command("add")
def agreements_add(
    engagement_id: int = typer.Argument(..., metavar="ENGAGEMENT_ID"),
    kind: str = typer.Option(..., "--kind", help="logistics, relationship or working."),
    agreement: str = typer.Option(..., "--text", help="The whole agreement, as agreed."),
    fmt: str = format_option(),
) -> None:
    """Write a new version of an agreement."""
    from coachconn.services.agreements import set_agreement

    run_service(
        fmt,
        lambda a: f"{text(a.kind)} agreement version {a.number} (id {a.id})",
        lambda uow, coach_id: set_agreement(
            uow, coach_id, engagement_id, kind=kind, text=agreement
        ),
    )


@agreements_app.command("list")
def agreements_list(
    engagement_id: int = typer.Argument(..., metavar="ENGAGEMENT_ID"), fmt: str = format_option()
) -> None:
    """Every version of an engagement's agreements."""
    from coachconn.services.agreements import list_agreements

    run_service(
        fmt, _agreement_rows, lambda uow, coach_id: list_agreements(uow, coach_id, engagement_id)
    )


@agreements_app.command("show")
def agreements_show(
    version_id: int = typer.Argument(..., metavar="AGREEMENT_ID"), fmt: str = format_option()
) -> None:
    """One agreement version in full."""
    from coachconn.services.agreements import get_agreement_version

    run_service(
        fmt,
        _agreement_detail,
        lambda uow, coach_id: get_agreement_version(uow, coach_id, version_id),
    )


@agreements_app.command("acknowledge")
def agreements_acknowledge(
    version_id: int = typer.Argument(..., metavar="AGREEMENT_ID"), fmt: str = format_option()
) -> None:
    """Record that the client acknowledged this version."""
    from coachconn.services.agreements import acknowledge_agreement

    run_service(
        fmt,
        lambda a: f"acknowledged {text(a.kind)} agreement version {a.number}",
        lambda uow, coach_id: acknowledge_agreement(uow, coach_id, version_id),
    )
