"""Commands that add to or list a client's record within an engagement take the
client's number, as a coach thinks of them, and act on the client's open engagement
unless `--engagement` names another of theirs; what they print names the client.

The practice here is the one a new coach met: Ana's first engagement ended and her
renewal is open, so Zoe, added next, has Ana's renewal's number for her own, and a
command given Zoe's number must never file her words under Ana."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from tests.cli.conftest import Ran, RunCli, json_of


@dataclass(frozen=True)
class Practice:
    run: RunCli
    ana: int
    ana_first: int
    ana_renewal: int
    zoe: int
    zoe_engagement: int


def _added(ran: Ran) -> int:
    return int(json_of(ran)["id"])


@pytest.fixture
def practice(initialised: RunCli) -> Practice:
    run = initialised
    ana = _added(run("clients", "add", "--name", "Ana Ruiz", "--format", "json"))
    first = _added(run("engagements", "add", str(ana), "--started", "-8w", "--format", "json"))
    assert run("engagements", "complete", str(first), "--on", "-4w").code == 0
    renewal = _added(run("engagements", "add", str(ana), "--started", "-4w", "--format", "json"))
    zoe = _added(run("clients", "add", "--name", "Zoe Martin", "--format", "json"))
    zoes = _added(run("engagements", "add", str(zoe), "--started", "-1w", "--format", "json"))
    return Practice(run, ana, first, renewal, zoe, zoes)


# What each command that adds to a client's engagement is given besides the client,
# and the listings (each given the client) that show what it added.
ADDS: dict[str, tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]] = {
    "sessions": (("--at", "+3d 09:00"), (("sessions", "list", "--client"),)),
    "commitments": (
        ("--owner", "client", "--text", "Call her sister"),
        (("commitments", "list", "--client"),),
    ),
    "goals": (("--title", "Sleep before midnight"), (("goals", "list"),)),
    "agreements": (("--kind", "working", "--text", "We speak plainly."), (("agreements", "list"),)),
}


def _listed(p: Practice, adding: str) -> list[object]:
    """What the listings of ``adding`` show, for both clients."""
    shown = []
    for listing in ADDS[adding][1]:
        for client in (p.ana, p.zoe):
            shown.append(json_of(p.run(*listing, str(client), "--format", "json")))
    return shown


def _add(p: Practice, adding: str, client: int, *extra: str) -> Ran:
    return p.run(adding, "add", str(client), *ADDS[adding][0], *extra)


@pytest.mark.parametrize("adding", ADDS)
def test_another_clients_engagement_is_refused_naming_both(practice: Practice, adding: str) -> None:
    p = practice
    before = _listed(p, adding)

    ran = _add(p, adding, p.zoe, "--engagement", str(p.ana_renewal))

    assert (ran.code, ran.out) == (2, "")
    assert ran.err == (
        f"error: --engagement: engagement {p.ana_renewal} is Ana Ruiz's (client {p.ana}), "
        f"not Zoe Martin's (client {p.zoe}); see `coachconn engagements list --client {p.zoe}`\n"
    )
    assert _listed(p, adding) == before


@pytest.mark.parametrize("adding", ADDS)
def test_a_client_with_no_open_engagement_is_told_how_to_start_one(
    practice: Practice, adding: str
) -> None:
    p = practice
    assert p.run("engagements", "complete", str(p.zoe_engagement)).code == 0
    before = _listed(p, adding)

    ran = _add(p, adding, p.zoe)

    today = datetime.now(UTC).date()
    assert (ran.code, ran.out) == (5, "")
    assert ran.err in {
        f"error: client {p.zoe} has no open engagement (Zoe Martin's last, engagement "
        f"{p.zoe_engagement}, was completed on {day}): start one with "
        f"`coachconn engagements add {p.zoe}`\n"
        for day in (today - timedelta(days=1), today, today + timedelta(days=1))  # theirs
    }
    assert _listed(p, adding) == before


@pytest.mark.parametrize("adding", ADDS)
def test_a_completed_engagement_named_takes_no_new_work(practice: Practice, adding: str) -> None:
    p = practice
    before = _listed(p, adding)

    ran = _add(p, adding, p.ana, "--engagement", str(p.ana_first))

    if adding == "sessions":  # dated after the end: the day is what cannot be
        assert ran.code == 2
        assert ran.err.startswith("error: --at: ")
        assert ran.err.endswith(
            f" is after engagement {p.ana_first} ended on "
            f"{ran.err.split(' ended on ')[1][:10]}: a completed engagement takes no new work\n"
        )
    else:
        assert (ran.code, ran.err) == (5, f"error: engagement {p.ana_first} is completed\n")
    assert _listed(p, adding) == before


# ---------------------------------------------------------------- sessions


def test_sessions_add_books_in_the_clients_open_engagement_and_names_them(
    practice: Practice,
) -> None:
    p = practice

    ran = p.run("sessions", "add", str(p.zoe), "--at", "+3d 09:00")
    booked = json_of(p.run("sessions", "list", "--client", str(p.zoe), "--format", "json"))

    assert [(s["client_id"], s["engagement_id"]) for s in booked] == [(p.zoe, p.zoe_engagement)]
    assert ran.out.startswith(
        f"booked session {booked[0]['id']} with Zoe Martin (client {p.zoe}, "
        f"engagement {p.zoe_engagement}) at "
    )
    assert json_of(p.run("sessions", "list", "--client", str(p.ana), "--format", "json")) == []


def test_sessions_add_takes_another_open_engagement_of_the_clients_by_name(
    practice: Practice,
) -> None:
    p = practice

    ran = p.run(
        "sessions", "add", str(p.ana), "--at", "+3d 09:00", "--engagement", str(p.ana_renewal)
    )

    assert ran.code == 0, ran.err
    assert f"with Ana Ruiz (client {p.ana}, engagement {p.ana_renewal}) at" in ran.out


def test_sessions_list_refuses_a_client_with_another_clients_engagement(
    practice: Practice,
) -> None:
    p = practice
    p.run("sessions", "add", str(p.ana), "--at", "+3d 09:00")

    ran = p.run("sessions", "list", "--client", str(p.zoe), "--engagement", str(p.ana_renewal))
    anas = p.run("sessions", "list", "--client", str(p.ana), "--engagement", str(p.ana_renewal))

    assert ran.code == 2
    assert ran.err.startswith(f"error: --engagement: engagement {p.ana_renewal} is Ana Ruiz's")
    assert "Ana Ruiz" in anas.out.splitlines()[1]


def test_recording_and_moving_a_session_name_whose_it_is(practice: Practice) -> None:
    p = practice
    anas = json_of(p.run("sessions", "add", str(p.ana), "--at", "+3d 09:00", "--format", "json"))
    zoes = json_of(p.run("sessions", "add", str(p.zoe), "--at", "+3d 11:00", "--format", "json"))

    noted = p.run("sessions", "record", str(anas["id"]), "--notes", "Asked to move.")
    moved = p.run("sessions", "reschedule", str(zoes["id"]), "--to", "+4d 11:00", "--by", "client")
    now = json_of(p.run("sessions", "list", "--client", str(p.zoe), "--format", "json"))[-1]

    ana = f"Ana Ruiz (client {p.ana}, engagement {p.ana_renewal})"
    zoe = f"Zoe Martin (client {p.zoe}, engagement {p.zoe_engagement})"
    assert noted.out == f"session {anas['id']} with {ana}: scheduled; notes saved\n"
    assert moved.out.startswith(f"moved session {zoes['id']} with {zoe} to ")
    assert moved.out.endswith(f": now session {now['id']}\n")


# ---------------------------------------------------------------- commitments


def test_commitments_add_files_the_commitment_under_the_client_given(practice: Practice) -> None:
    p = practice

    ran = p.run("commitments", "add", str(p.zoe), "--owner", "client", "--text", "Call her sister")
    zoes = json_of(p.run("commitments", "list", "--client", str(p.zoe), "--format", "json"))

    assert [(c["client_id"], c["engagement_id"]) for c in zoes] == [(p.zoe, p.zoe_engagement)]
    assert ran.out == (
        f"added commitment {zoes[0]['id']} for Zoe Martin (client {p.zoe}, engagement "
        f"{p.zoe_engagement}): the client's\n"
    )
    assert json_of(p.run("commitments", "list", "--client", str(p.ana), "--format", "json")) == []


def test_commitments_list_and_show_name_the_client(practice: Practice) -> None:
    p = practice
    made = json_of(
        p.run("commitments", "add", str(p.zoe), "--owner", "coach", "--text", "Send the notes",
              "--format", "json")
    )  # fmt: skip

    listed = p.run("commitments", "list").out.splitlines()
    shown = p.run("commitments", "show", str(made["id"])).out.splitlines()

    assert listed[0].split()[:2] == ["ID", "CLIENT"]
    assert listed[1].split()[:4] == [str(made["id"]), "Zoe", "Martin", f"({p.zoe})"]
    assert [re.split(r"\s{2,}", line) for line in shown[:2]] == [
        ["commitment", str(made["id"])],
        ["client", f"Zoe Martin (id {p.zoe})"],
    ]
    assert made["client_name"] == "Zoe Martin"


def test_commitments_list_refuses_a_client_with_another_clients_engagement(
    practice: Practice,
) -> None:
    p = practice
    p.run("commitments", "add", str(p.ana), "--owner", "client", "--text", "Walk daily")

    ran = p.run("commitments", "list", "--client", str(p.zoe), "--engagement", str(p.ana_renewal))

    assert (ran.code, ran.out) == (2, "")
    assert ran.err.startswith(f"error: --engagement: engagement {p.ana_renewal} is Ana Ruiz's")


def test_closing_a_commitment_names_whose_it_is(practice: Practice) -> None:
    p = practice
    anas = json_of(
        p.run("commitments", "add", str(p.ana), "--owner", "client", "--text", "Walk daily",
              "--format", "json")
    )  # fmt: skip
    zoes = json_of(
        p.run("commitments", "add", str(p.zoe), "--owner", "coach", "--text", "Send the notes",
              "--format", "json")
    )  # fmt: skip

    done = p.run("commitments", "done", str(zoes["id"]))
    dropped = p.run("commitments", "drop", str(anas["id"]))

    assert done.out == (
        f"commitment {zoes['id']} for Zoe Martin (client {p.zoe}, engagement "
        f"{p.zoe_engagement}): done\n"
    )
    assert dropped.out == (
        f"commitment {anas['id']} for Ana Ruiz (client {p.ana}, engagement "
        f"{p.ana_renewal}): dropped\n"
    )


# ---------------------------------------------------------------- goals


def test_goals_add_and_list_take_the_client_and_name_them(practice: Practice) -> None:
    p = practice

    ran = p.run("goals", "add", str(p.zoe), "--title", "Sleep before midnight")
    listed = p.run("goals", "list", str(p.zoe))
    found = json_of(p.run("goals", "list", str(p.zoe), "--format", "json"))
    goal = found["goals"][0]

    assert (goal["client_id"], goal["engagement_id"]) == (p.zoe, p.zoe_engagement)
    assert ran.out == (
        f"added goal {goal['id']} for Zoe Martin (client {p.zoe}, engagement "
        f"{p.zoe_engagement}): Sleep before midnight\n"
    )
    heading, header = listed.out.splitlines()[:2]
    assert heading == f"Goals of Zoe Martin (client {p.zoe}) in engagement {p.zoe_engagement}"
    assert header.split() == ["ID", "NOW", "RATINGS", "GOAL"]
    assert found["engagement"]["engagement_id"] == p.zoe_engagement
    anas = json_of(p.run("goals", "list", str(p.ana), "--format", "json"))
    assert (anas["engagement"]["engagement_id"], anas["goals"]) == (p.ana_renewal, [])


def test_goals_list_reads_the_latest_engagement_when_none_is_open_and_says_so(
    practice: Practice,
) -> None:
    p = practice
    p.run("goals", "add", str(p.zoe), "--title", "Sleep before midnight")
    assert p.run("engagements", "complete", str(p.zoe_engagement), "--on", "today").code == 0

    listed = p.run("goals", "list", str(p.zoe)).out.splitlines()
    ended = json_of(p.run("engagements", "show", str(p.zoe_engagement), "--format", "json"))

    assert listed[0] == (
        f"Goals of Zoe Martin (client {p.zoe}) in engagement {p.zoe_engagement}, which was "
        f"completed on {ended['ended_on']}"
    )
    assert listed[2].endswith("Sleep before midnight")


def test_goals_list_reads_an_earlier_engagement_named_and_says_which(practice: Practice) -> None:
    p = practice

    listed = p.run("goals", "list", str(p.ana), "--engagement", str(p.ana_first))
    refused = p.run("goals", "list", str(p.zoe), "--engagement", str(p.ana_first))

    assert listed.out.startswith(
        f"Goals of Ana Ruiz (client {p.ana}) in engagement {p.ana_first}, which was completed on "
    )
    assert listed.out.endswith(": none yet\n")
    assert (refused.code, refused.out) == (2, "")
    assert refused.err.startswith(f"error: --engagement: engagement {p.ana_first} is Ana Ruiz's")


def test_goals_list_of_a_client_never_engaged_says_how_to_start(practice: Practice) -> None:
    p = practice
    sam = json_of(p.run("clients", "add", "--name", "Sam Okafor", "--format", "json"))["id"]

    ran = p.run("goals", "list", str(sam))

    assert (ran.code, ran.out) == (5, "")
    assert ran.err == (
        f"error: client {sam} has no open engagement (Sam Okafor has had none yet): start one "
        f"with `coachconn engagements add {sam}`\n"
    )


def test_goals_show_names_the_client(practice: Practice) -> None:
    p = practice
    goal = json_of(p.run("goals", "add", str(p.zoe), "--title", "Rest", "--format", "json"))

    shown = p.run("goals", "show", str(goal["id"])).out.splitlines()

    assert re.split(r"\s{2,}", shown[1]) == ["client", f"Zoe Martin (id {p.zoe})"]


# ---------------------------------------------------------------- agreements


def test_agreements_add_and_list_take_the_client_and_name_them(practice: Practice) -> None:
    p = practice

    ran = p.run("agreements", "add", str(p.zoe), "--kind", "working", "--text", "Plainly.")
    listed = p.run("agreements", "list", str(p.zoe)).out.splitlines()
    found = json_of(p.run("agreements", "list", str(p.zoe), "--format", "json"))
    version = found["history"][0]
    shown = p.run("agreements", "show", str(version["id"])).out.splitlines()

    assert (version["client_id"], version["engagement_id"]) == (p.zoe, p.zoe_engagement)
    assert ran.out == (
        f"working agreement version 1 (id {version['id']}) for Zoe Martin (client {p.zoe}, "
        f"engagement {p.zoe_engagement})\n"
    )
    assert (
        listed[0] == f"Agreements of Zoe Martin (client {p.zoe}) in engagement {p.zoe_engagement}"
    )
    assert listed[1].split()[:2] == ["ID", "KIND"]
    assert found["engagement"]["client_name"] == "Zoe Martin"
    assert ["client", f"Zoe Martin (id {p.zoe})"] in [re.split(r"\s{2,}", x) for x in shown]
    anas = p.run("agreements", "list", str(p.ana)).out
    assert (
        anas == f"Agreements of Ana Ruiz (client {p.ana}) in engagement {p.ana_renewal}: none yet\n"
    )


def test_agreements_list_reads_an_earlier_engagement_named(practice: Practice) -> None:
    p = practice
    p.run("agreements", "add", str(p.ana), "--kind", "working", "--text", "Plainly.")

    listed = p.run("agreements", "list", str(p.ana), "--engagement", str(p.ana_first))
    refused = p.run("agreements", "list", str(p.zoe), "--engagement", str(p.ana_renewal))

    assert listed.out.startswith(
        f"Agreements of Ana Ruiz (client {p.ana}) in engagement {p.ana_first}, which was "
        "completed on "
    )
    assert listed.out.endswith(": none yet\n")
    assert (refused.code, refused.out) == (2, "")
    assert refused.err.startswith(
        f"error: --engagement: engagement {p.ana_renewal} is Ana Ruiz's (client {p.ana}), "
        f"not Zoe Martin's (client {p.zoe})"
    )


# ---------------------------------------------------------------- the engagement's own commands


def test_engagement_commands_keep_the_engagements_number_and_name_its_client(
    practice: Practice,
) -> None:
    p = practice
    zoes = f"engagement {p.zoe_engagement} of Zoe Martin (client {p.zoe})"

    shown = p.run("engagements", "show", str(p.zoe_engagement)).out.splitlines()
    paused = p.run("engagements", "pause", str(p.zoe_engagement))
    resumed = p.run("engagements", "resume", str(p.zoe_engagement))
    completed = p.run("engagements", "complete", str(p.zoe_engagement), "--on", "today")

    assert [re.split(r"\s{2,}", line) for line in shown[:2]] == [
        ["engagement", str(p.zoe_engagement)],
        ["client", f"Zoe Martin (id {p.zoe})"],
    ]
    assert (paused.out, resumed.out) == (f"{zoes}: paused\n", f"{zoes}: active\n")
    assert completed.out.startswith(f"{zoes}: completed on ")


def test_engagements_add_and_list_name_the_client(practice: Practice) -> None:
    p = practice
    sam = json_of(p.run("clients", "add", "--name", "Sam Okafor", "--format", "json"))["id"]

    started = p.run("engagements", "add", str(sam))
    listed = p.run("engagements", "list").out.splitlines()
    made = json_of(p.run("engagements", "list", "--client", str(sam), "--format", "json"))[0]

    assert started.out == f"started engagement {made['id']} with Sam Okafor (client {sam})\n"
    assert made["client_name"] == "Sam Okafor"
    rows = {line.split()[0]: line for line in listed[1:]}
    assert f"Ana Ruiz ({p.ana})" in rows[str(p.ana_renewal)]
    assert f"Zoe Martin ({p.zoe})" in rows[str(p.zoe_engagement)]


# ---------------------------------------------------------------- notes and pins


def test_notes_and_pins_name_the_client_they_were_written_for(practice: Practice) -> None:
    p = practice

    noted = p.run("notes", "add", str(p.zoe), "--text", "Sounded tired")
    pinned = p.run("pins", "add", str(p.zoe), "--text", "Her sister's visit")
    note = json_of(p.run("notes", "list", str(p.zoe), "--format", "json"))[0]
    pin = json_of(p.run("pins", "list", str(p.zoe), "--format", "json"))[0]
    note_shown = p.run("notes", "show", str(note["id"])).out.splitlines()
    pin_shown = p.run("pins", "show", str(pin["id"])).out.splitlines()

    assert noted.out == f"added note {note['id']} for Zoe Martin (client {p.zoe})\n"
    assert pinned.out == f"pinned {pin['id']} for Zoe Martin (client {p.zoe})\n"
    assert re.split(r"\s{2,}", note_shown[1]) == ["client", f"Zoe Martin (id {p.zoe})"]
    assert re.split(r"\s{2,}", pin_shown[1]) == ["client", f"Zoe Martin (id {p.zoe})"]
