"""At most one open engagement per client, and one transcript per session, kept by
the database as well as by the services.

The services checked both before writing, but two changes at the same moment
could each pass the check before the other had written (two clicks on "start
engagement"; on PostgreSQL, two uploads to one session). Now:

- ``uq_engagements_client_id_open``: a partial unique index on
  ``engagements.client_id`` over the engagements not completed;
- ``uq_session_transcripts_session_id``: a unique index on
  ``session_transcripts.session_id``, in place of the plain one.

What the upgrade does with duplicates already there:

- several transcripts on one session: the app has only ever shown one of them (one
  with an analysis, the newest by ``created_at`` then ``id``); the others could
  not be seen or listed, and removing the session's transcript removed them all.
  They are deleted, and the one the coach sees is kept.
- several open engagements of one client: which to keep is the coach's decision,
  as sessions, goals and agreements belong to each. The upgrade refuses, naming
  them, and changes nothing.

Revision ID: 0002
Revises: 0001
Create Date: 2026-03-09
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from coachconn.core.errors import ConfigError

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPEN = "status <> 'completed'"


def upgrade() -> None:
    connection = op.get_bind()
    _refuse_several_open_engagements(connection)
    _keep_one_transcript_per_session(connection)
    op.create_index(
        "uq_engagements_client_id_open",
        "engagements",
        ["client_id"],
        unique=True,
        sqlite_where=sa.text(OPEN),
        postgresql_where=sa.text(OPEN),
    )
    op.drop_index("ix_session_transcripts_session_id", table_name="session_transcripts")
    op.create_index(
        "uq_session_transcripts_session_id", "session_transcripts", ["session_id"], unique=True
    )


def downgrade() -> None:
    op.drop_index("uq_session_transcripts_session_id", table_name="session_transcripts")
    op.create_index("ix_session_transcripts_session_id", "session_transcripts", ["session_id"])
    op.drop_index("uq_engagements_client_id_open", table_name="engagements")


def _refuse_several_open_engagements(connection: sa.Connection) -> None:
    rows = connection.execute(
        sa.text(
            f"SELECT client_id, id FROM engagements WHERE {OPEN} AND client_id IN "
            f"(SELECT client_id FROM engagements WHERE {OPEN} "
            "GROUP BY client_id HAVING COUNT(*) > 1) ORDER BY client_id, id"
        )
    ).all()
    if not rows:
        return
    by_client: dict[int, list[int]] = {}
    for client_id, engagement_id in rows:
        by_client.setdefault(client_id, []).append(engagement_id)
    clashes = "; ".join(
        f"client {client} has {len(ids)} (engagements {', '.join(map(str, ids))})"
        for client, ids in by_client.items()
    )
    raise ConfigError(
        "cannot upgrade the database: a client may now have only one open engagement, "
        f"but {clashes}. Complete all but one of each client's (`coachconn engagements "
        "complete ID` with the version you upgraded from), then run `coachconn init` "
        "again. Nothing was changed"
    )


def _keep_one_transcript_per_session(connection: sa.Connection) -> None:
    rows = connection.execute(
        sa.text(
            "SELECT session_id, id FROM session_transcripts WHERE session_id IN "
            "(SELECT session_id FROM session_transcripts GROUP BY session_id "
            "HAVING COUNT(*) > 1) "
            # The one every reader of the app showed comes first.
            "ORDER BY session_id, CASE WHEN analysis IS NULL THEN 1 ELSE 0 END, "
            "created_at DESC, id DESC"
        )
    ).all()
    shown: set[int] = set()
    unseen = []
    for session_id, transcript_id in rows:
        if session_id in shown:
            unseen.append(transcript_id)
        shown.add(session_id)
    if unseen:
        connection.execute(
            sa.text("DELETE FROM session_transcripts WHERE id IN :ids").bindparams(
                sa.bindparam("ids", unseen, expanding=True)
            )
        )
