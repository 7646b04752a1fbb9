"""``coachconn agreements``: logistics, relationship and working agreements."""

from __future__ import annotations

import typer

from coachconn.cli._client_text import read_client_text, text_file_option
from coachconn.cli._common import (
    emit,
    engagement_option,
    fields_block,
    format_option,
    id_argument,
    output_format,
    records_of,
    run_service,
    sub_app,
    table,
    text,
    whose,
)
from coachconn.core import validation as v
from coachconn.core.agreements import (
    AGREEMENT_TOPICS,
    AgreementKind,
    AgreementsView,
    AgreementVersionView,
)

agreements_app = sub_app("agreements", "Logistics, relationship and working agreements.")
# Service field -> the option a user types, so an error names what they wrote.
_OPTIONS = {"kind": "--kind", "text": "--text"}


def _checklist(kind: AgreementKind) -> str:
    """What an agreement of ``kind`` should cover, as a list to check a text against."""
    return "\n".join(
        [f"a {kind.value} agreement should cover:", *(f"  - {t}" for t in AGREEMENT_TOPICS[kind])]
    )


def _topics_text(topics: dict[AgreementKind, tuple[str, ...]]) -> str:
    return "\n\n".join(_checklist(kind) for kind in topics)


# Shown by `agreements add --help`: the checklist at hand while writing one.
_ADD_HELP = "\n\n".join(
    [
        "Write a new version of one of a client's agreements, in their open engagement.",
        "What each kind should cover:",
        *(f"{kind.value}: {'; '.join(topics)}." for kind, topics in AGREEMENT_TOPICS.items()),
    ]
)


def _agreement_rows(view: AgreementsView) -> str:
    heading = records_of("Agreements", view.engagement)
    if not view.history:
        return f"{heading}: none yet"
    rows = table(
        [
            (
                a.id,
                a.kind,
                a.number,
                a.state,
                a.acknowledged_at or "not yet",
                a.text[:60] + ("…" if len(a.text) > 60 else ""),
            )
            for a in view.history
        ],
        ("ID", "KIND", "VERSION", "STATE", "ACKNOWLEDGED", "TEXT"),
    )
    return f"{heading}\n{rows}"


def _agreement_detail(a: AgreementVersionView) -> str:
    return _agreement_fields(a) + "\n\n" + _checklist(a.kind)


def _agreement_fields(a: AgreementVersionView) -> str:
    return fields_block(
        [
            ("agreement", a.id),
            ("kind", a.kind),
            ("version", f"{a.number} ({a.state.value})"),
            ("client", f"{a.client_name} (id {a.client_id})"),
            ("engagement", a.engagement_id),
            ("written", a.created_at),
            ("acknowledged", a.acknowledged_at or "not yet"),
            ("text", a.text),
        ]
    )


def _version_of(a: AgreementVersionView) -> str:
    """``working agreement version 2 (id 7) for Zoe Martin (client 15, engagement 16)``:
    the version a command wrote or acknowledged, and whose it is."""
    return (
        f"{text(a.kind)} agreement version {a.number} (id {a.id}) for "
        f"{whose(a.client_name, a.client_id, a.engagement_id)}"
    )


@agreements_app.command("add", help=_ADD_HELP)
def agreements_add(
    client_id: int = id_argument("CLIENT_ID"),
    kind: str = typer.Option(
        ..., "--kind", metavar="KIND", help="logistics, relationship or working."
    ),
    agreement: str | None = typer.Option(
        None, "--text", metavar="TEXT", help="The whole agreement, as agreed."
    ),
    agreement_file: str | None = text_file_option("--text"),
    engagement: int | None = engagement_option(),
    fmt: str = format_option(),
) -> None:
    from coachconn.services.agreements import set_agreement

    output_format(fmt)  # a bad --format is named before the text is read
    given = read_client_text("--text", agreement, agreement_file)
    words = given.required("--text")
    run_service(
        fmt,
        _version_of,
        lambda uow, coach_id: set_agreement(
            uow, coach_id, client_id, engagement_id=engagement, kind=kind, text=words
        ),
        options=given.named(_OPTIONS),
    )


@agreements_app.command("list")
def agreements_list(
    client_id: int = id_argument("CLIENT_ID"),
    engagement: int | None = engagement_option(reading=True),
    fmt: str = format_option(),
) -> None:
    """Every version of a client's agreements, in their open engagement (else their
    latest)."""
    from coachconn.services.agreements import list_agreements

    run_service(
        fmt,
        _agreement_rows,
        lambda uow, coach_id: list_agreements(uow, coach_id, client_id, engagement_id=engagement),
        options=_OPTIONS,
    )


@agreements_app.command("show")
def agreements_show(
    version_id: int = id_argument("AGREEMENT_ID"), fmt: str = format_option()
) -> None:
    """One agreement version in full, with what its kind should cover."""
    from coachconn.services.agreements import get_agreement_version

    run_service(
        fmt,
        _agreement_detail,
        lambda uow, coach_id: get_agreement_version(uow, coach_id, version_id),
        options=_OPTIONS,
    )


@agreements_app.command("acknowledge")
def agreements_acknowledge(
    version_id: int = id_argument("AGREEMENT_ID"), fmt: str = format_option()
) -> None:
    """Record that the client acknowledged this version."""
    from coachconn.services.agreements import acknowledge_agreement

    run_service(
        fmt,
        lambda a: f"acknowledged {_version_of(a)}",
        lambda uow, coach_id: acknowledge_agreement(uow, coach_id, version_id),
        options=_OPTIONS,
    )


@agreements_app.command("topics")
def agreements_topics(
    kind: str | None = typer.Option(
        None, "--kind", metavar="KIND", help="logistics, relationship or working."
    ),
    fmt: str = format_option(),
) -> None:
    """What each kind of agreement should cover."""
    output_format(fmt)
    kinds = list(AgreementKind) if kind is None else [v.choice("--kind", kind, AgreementKind)]
    emit({k: AGREEMENT_TOPICS[k] for k in kinds}, fmt, _topics_text)
