"""Deciding who is the coach: named, known from the engagement, or guessed."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from coachconn.analysis.parse import check_named_client, parse_transcript
from coachconn.core.errors import InvalidInput

Read = Callable[[str], bytes]
GROUP = (
    b"Ana: What brings you both here?\nBen: The launch.\nCleo: And the deadline.\nAna: What else?\n"
)


def _roles(data: bytes, **kwargs: str) -> dict[str, str]:
    return {u.speaker: u.role for u in parse_transcript(data, **kwargs).utterances}


def test_it_guesses_the_speaker_who_asks_most_questions(transcript_bytes: Read) -> None:
    # Priya asks 2 questions, Jordan none.
    t = parse_transcript(transcript_bytes("teams.vtt"))
    assert (t.coach, t.coach_guessed) == ("Priya Nair", True)
    assert (
        "coach guessed: Priya Nair (asks the most questions and says 'you' more than 'I')"
        in t.warnings
    )


def test_it_breaks_a_tie_in_questions_in_favour_of_the_first_speaker() -> None:
    t = parse_transcript(b"Ana: What stood out?\nBen: That's not enough, is it?\n")
    assert (t.coach, t.coach_guessed) == ("Ana", True)


def test_it_takes_the_first_speaker_when_nothing_tells_them_apart() -> None:
    t = parse_transcript(b"Ana: Welcome.\nBen: Thanks.\n")
    assert t.coach == "Ana"
    assert "coach guessed: Ana (nothing tells the speakers apart; first speaker)" in t.warnings


def test_it_uses_the_named_coach_ignoring_case(transcript_bytes: Read) -> None:
    t = parse_transcript(transcript_bytes("teams.vtt"), coach="jordan BLAKE")
    assert (t.coach, t.coach_guessed, t.warnings) == ("Jordan Blake", False, [])
    assert {u.speaker: u.role for u in t.utterances} == {
        "Priya Nair": "client",
        "Jordan Blake": "coach",
    }


def test_it_accepts_a_unique_first_name_for_the_coach(transcript_bytes: Read) -> None:
    assert parse_transcript(transcript_bytes("zoom.vtt"), coach="lena").coach == "Lena Hart"


def test_it_refuses_an_unknown_coach_and_lists_the_speakers(transcript_bytes: Read) -> None:
    with pytest.raises(InvalidInput) as err:
        parse_transcript(transcript_bytes("zoom.vtt"), coach="Morgan")
    assert err.value.field == "coach"
    assert str(err.value) == (
        "coach: no speaker named 'Morgan'; speakers found: 'Lena Hart', 'Sam Ortiz'"
    )


def test_it_uses_the_engagement_coach_when_no_coach_is_named(transcript_bytes: Read) -> None:
    t = parse_transcript(transcript_bytes("teams.vtt"), known_coach="Jordan Blake")
    assert (t.coach, t.coach_guessed) == ("Jordan Blake", False)


def test_the_engagement_coach_matches_a_speaker_labelled_by_first_name() -> None:
    # Sam asks most questions, but the engagement's coach is Lena Hart, labelled "Lena".
    data = b"Sam: How do I start?\nSam: Where?\nLena: What do you want?\nSam: Why? Who? When?\n"
    t = parse_transcript(data, known_coach="Lena Hart")
    assert (t.coach, t.coach_guessed) == ("Lena", False)
    # A speaker with the full name is taken before one with the first name alone.
    both = data + b"Lena Hart: Hm.\n"
    assert parse_transcript(both, known_coach="Lena Hart").coach == "Lena Hart"


def test_the_engagement_coach_matches_a_speaker_labelled_with_initials() -> None:
    data = b"Sam O.: How do I start?\nSam O.: Where?\nLena H.: What do you want?\nSam O.: Why?\n"
    t = parse_transcript(data, known_coach="Lena Hart")
    assert (t.coach, t.coach_guessed) == ("Lena H.", False)
    # The initial must be the name's: "Lena H." is not Lena Moss.
    assert parse_transcript(data, known_coach="Lena Moss").coach_guessed
    # Two speakers with the same first name and initial: no match, so a guess.
    twins = data + b"Lena Hill: Hm?\n"
    assert parse_transcript(
        twins.replace(b"Lena Hill", b"Lena H"), known_coach="Lena Hart"
    ).coach_guessed


@pytest.mark.parametrize("label", [b"L. Hart", b"L Hart", b"L. M. Hart"])
def test_the_engagement_coach_matches_a_speaker_labelled_by_initial_and_surname(
    label: bytes,
) -> None:
    data = b"Sam O.: How do I start?\nSam O.: Where?\nLENA: What do you want?\nSam O.: Why?\n"
    data = data.replace(b"LENA", label)
    full = "Lena Mae Hart" if label.count(b" ") == 2 else "Lena Hart"
    t = parse_transcript(data, known_coach=full)
    assert (t.coach, t.coach_guessed) == (label.decode(), False)
    # The initial must be the name's, and so must the surname.
    assert parse_transcript(data, known_coach=full.replace("Lena", "Mona")).coach_guessed
    assert parse_transcript(data, known_coach=full.replace("Hart", "Hill")).coach_guessed


def test_the_engagement_coach_matches_a_speaker_labelled_by_initials_alone() -> None:
    data = b"DK: How do I start?\nDK: Where?\nME: What do you want?\nDK: Why?\n"
    assert parse_transcript(data, known_coach="Morgan Ellis").coach == "ME"
    assert parse_transcript(data.replace(b"ME:", b"M.E.:"), known_coach="Morgan Ellis").coach == (
        "M.E."
    )
    # One letter is not enough to tell.
    assert parse_transcript(b"D: Hi?\nM: Hello?\nD: Why?\n", known_coach="Morgan").coach_guessed
    # A short name is not initials: "Ed" is not Eva Dunn.
    short = b"Ed: How do I start?\nMo: What do you want?\nEd: Why?\n"
    assert parse_transcript(short, known_coach="Eva Dunn").coach_guessed


def test_a_surname_first_label_matches_the_name() -> None:
    data = b"Kim, Dana: How do I start?\nRaman, Priya: What do you want?\nKim, Dana: Why?\n" * 2
    t = parse_transcript(data, known_coach="Priya Raman")
    assert (t.coach, t.coach_guessed) == ("Raman, Priya", False)
    assert parse_transcript(data, coach="Priya Raman").coach == "Raman, Priya"


def test_the_coach_can_be_named_by_the_label_as_the_speakers_are_listed() -> None:
    # A label read as the person it names is still found by its own words.
    devices = (
        b"Sam Carter: How was it?\nPriya's iPhone: Fine.\n"
        b"Sam Carter: Work?\nPriya's iPhone: Busy.\n"
    )
    assert parse_transcript(devices, coach="Priya's iPhone").coach == "Priya's iPhone"
    listed = b"Dana Kim: Hello?\nRaman, Priya: Hi.\nDana Kim: Ready?\nRaman, Priya: Yes.\n"
    assert parse_transcript(listed, coach="raman, priya").coach == "Raman, Priya"


def test_it_guesses_when_the_engagement_coach_is_not_a_speaker(transcript_bytes: Read) -> None:
    t = parse_transcript(transcript_bytes("teams.vtt"), known_coach="Morgan Lee")
    assert (t.coach, t.coach_guessed) == ("Priya Nair", True)
    assert t.warnings[0] == "the engagement's coach 'Morgan Lee' is not among the speakers"


def test_it_makes_every_other_speaker_a_client_and_says_so() -> None:
    t = parse_transcript(GROUP)
    assert _roles(GROUP) == {"Ana": "coach", "Ben": "client", "Cleo": "client"}
    assert (
        "3 speakers found; 'Ben' and 'Cleo' both count as the client (the client's figures "
        "are theirs together)"
    ) in t.warnings
    four = parse_transcript(GROUP + b"Dee: And me?\n")
    assert "4 speakers found; 'Ben', 'Cleo' and 'Dee' all count as the client" in four.warnings[-1]


def test_a_first_name_shared_by_two_speakers_asks_for_the_full_name() -> None:
    data = b"Anna Smith: How are you?\nAnna Jones: Fine.\nAnna Smith: Why?\n"
    with pytest.raises(InvalidInput) as err:
        parse_transcript(data, coach="anna")
    assert str(err.value) == (
        "coach: 'anna' matches 2 speakers, 'Anna Smith' and 'Anna Jones'; give the full name"
    )
    assert parse_transcript(data, coach="anna smith").coach == "Anna Smith"


def test_a_client_name_shared_by_two_speakers_names_both_as_the_coach_does() -> None:
    # "Ana" is no speaker's whole name and the first name of two: not "not found".
    data = b"Mara: Ana, would you start?\nAna Ruiz: Sure.\nAna Lopez: Go ahead.\nMara: Thanks.\n"
    transcript = parse_transcript(data, coach="Mara", known_client="Ana")
    with pytest.raises(InvalidInput) as err:
        check_named_client(transcript, "Ana")
    assert str(err.value) == (
        "client: 'Ana' matches 2 speakers, 'Ana Ruiz' and 'Ana Lopez'; give the full name"
    )
    check_named_client(transcript, "ana lopez")  # the full name is found


def test_speakers_are_quoted_where_a_message_lists_them() -> None:
    # "Stein, Mara" is one speaker: quoted, a list of two reads as two.
    data = (
        b"WEBVTT\n\n00:01.000 --> 00:02.000\n<v Stein, Mara>Hi.\n\n"
        b"00:03.000 --> 00:04.000\n<v Ana Ruiz>Hello.\n"
    )
    with pytest.raises(InvalidInput) as err:
        parse_transcript(data, coach="Nobody")
    assert str(err.value) == (
        "coach: no speaker named 'Nobody'; speakers found: 'Stein, Mara', 'Ana Ruiz'"
    )


@pytest.mark.parametrize("blank", ["", "   "])
def test_a_blank_coach_name_is_refused_by_name(blank: str) -> None:
    with pytest.raises(InvalidInput) as err:
        parse_transcript(b"Ana: Hi?\nBen: Hello.\n", coach=blank)
    assert err.value.field == "coach"


def test_the_sessions_client_is_never_guessed_to_be_the_coach() -> None:
    # A first meeting: the client asks most of the questions.
    data = (
        b"Mia: So how does this work? What do we do first?\nDev: We start with you.\n"
        b"Mia: Do I need to prepare anything? Is it confidential?\nDev: It is.\n"
        b"Kai: Sorry, joining late. Is this the right room?\nMia: Yes.\nKai: Good.\n"
    )
    two = parse_transcript(data.split(b"Kai", 1)[0], known_client="Mia")
    assert (two.coach, two.coach_guessed) == ("Dev", False)
    assert "the coach is taken to be 'Dev', since 'Mia' is the session's client" in two.warnings
    # With a third speaker it is a guess, among those who are not the client.
    three = parse_transcript(data, known_client="Mia")
    assert (three.coach, three.coach_guessed) == ("Dev", True)  # "We start with you."
    assert parse_transcript(data).coach == "Mia"  # without knowing the client


def test_the_coach_labelled_so_beside_the_sessions_client_is_no_guess() -> None:
    # "Tom" is part of the client's name (Tom Okafor), so alone it might be someone else;
    # the other speaker's label says who coaches, so the coach is known, not guessed, and
    # no note explains a choice the labels made.
    data = b"Coach: How was the week?\nTom: Busy. I did call Kemi.\nCoach: What happened?\n"
    transcript = parse_transcript(data, known_coach="Ana Lind", known_client="Tom Okafor")
    assert (transcript.coach, transcript.coach_guessed) == ("Coach", False)
    assert not any("taken to be" in w for w in transcript.warnings), transcript.warnings
    # Labelled by name, the same choice is still explained and still a guess.
    named = parse_transcript(
        data.replace(b"Coach:", b"Ana:"), known_coach="Someone Else", known_client="Tom Okafor"
    )
    assert (named.coach, named.coach_guessed) == ("Ana", True)


def test_a_label_that_names_the_role_says_who_is_who() -> None:
    # The client asks most of the questions; the labels say who coaches.
    data = b"Coach: Welcome.\nClient: What is this? How does it work?\nCoach: We talk.\n"
    t = parse_transcript(data)
    assert (t.coach, t.coach_guessed) == ("Coach", False)
    # A speaker labelled as the client is never the guess, whoever asks most.
    data = b"Client: What is this? How does it work?\nSam: We talk.\nClient: Why?\n"
    t = parse_transcript(data)
    assert (t.coach, t.coach_guessed) == ("Sam", False)
    assert t.warnings == [
        "the coach is taken to be 'Sam', since 'Client' is labelled as the client"
    ]
    # With a third speaker it is a guess, among those not labelled as the client.
    t = parse_transcript(data + b"Kai: Sorry I'm late, is this it?\n")
    assert (t.coach, t.coach_guessed) == ("Sam", True)  # Kai asks, but of himself
    # Two labelled as clients leave one: no guess.
    t = parse_transcript(data + b"Coachee: And me? Why?\n")
    assert (t.coach, t.coach_guessed) == ("Sam", False)
    assert (
        t.warnings[0]
        == "the coach is taken to be 'Sam', since 'Client' and 'Coachee' are labelled as the client"
    )


def test_the_role_in_a_labels_parenthetical_says_who_is_who() -> None:
    data = b"Sam (Coach): Welcome.\nBen (Client): What is this? How does it work?\n"
    t = parse_transcript(data)
    assert (t.coach, t.coach_guessed) == ("Sam", False)
    assert [u.speaker for u in t.utterances] == ["Sam", "Ben", "Ben"]
    vtt = (
        b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ana Ruiz (Coach)>Welcome.</v>\n\n"
        b"00:00:02.000 --> 00:00:04.000\n<v Maria (Guest)>What is this? How does it work?</v>\n"
    )
    t = parse_transcript(vtt)
    assert (t.coach, t.coach_guessed) == ("Ana Ruiz", False)


def test_a_client_known_only_by_part_of_a_label_leaves_the_coach_a_guess() -> None:
    data = b"Sam: How was the week?\nGuest: Long.\nSam: Say more?\nGuest: Deadlines.\n"
    # The client is "Sam Ortiz"; "Sam" may be the coach, Samantha: the other is a guess.
    t = parse_transcript(data, known_client="Sam Ortiz")
    assert (t.coach, t.coach_guessed) == ("Guest", True)
    # The engagement's coach never wins a label the session's client holds.
    both = parse_transcript(data, known_coach="Sam Lee", known_client="Sam")
    assert (both.coach, both.coach_guessed) == ("Guest", False)


def test_a_third_speaker_beside_the_sessions_client_is_other() -> None:
    # A three-way meeting: the coach, the session's client and her manager.
    data = (
        b"Lena: What would you both like from today?\nMaria: Clarity on my role.\n"
        b"Ben: And a plan for the handover.\nLena: What would clarity give you, Maria?\n"
    )
    t = parse_transcript(data, known_coach="Lena Hart", known_client="Maria Lopez")
    assert [(u.speaker, u.role) for u in t.utterances] == [
        ("Lena", "coach"), ("Maria", "client"), ("Ben", "other"), ("Lena", "coach")
    ]  # fmt: skip
    assert t.warnings == [
        "3 speakers found; 'Ben' is neither the coach nor the session's client, 'Maria': "
        "their lines are shown but not counted in the client's figures"
    ]
    # Without knowing the client (a team session, say) everyone else is the client.
    assert {u.role for u in parse_transcript(data, coach="Lena").utterances} == {"coach", "client"}


def test_a_named_coach_is_taken_with_a_word_where_the_file_says_otherwise() -> None:
    data = b"Coach: What would you like?\nClient: Clarity. How does this work?\n"
    t = parse_transcript(data, coach="Client")
    assert (t.coach, t.warnings) == (
        "Client", ["the coach named, Client, is labelled as the client in the file"]
    )  # fmt: skip
    data = b"Lena Hart: Welcome.\nMaria: Hi.\nLaura Chen: I manage Maria.\n"
    t = parse_transcript(data, coach="Laura Chen", known_coach="Lena Hart")
    assert "the coach named is Laura Chen, though Lena Hart (your name) speaks too" in t.warnings


def test_names_match_whatever_their_accents() -> None:
    data = b"Tom\xc3\xa1s Herrera: How was it?\nAna: Long.\nTom\xc3\xa1s Herrera: Why?\n"
    assert parse_transcript(data, coach="tomas herrera").coach == "Tomás Herrera"
    assert parse_transcript(
        data.replace("á".encode(), b"a"), known_coach="Tomás Herrera"
    ).coach == ("Tomas Herrera")


def test_a_client_who_asks_many_questions_is_not_taken_for_the_coach() -> None:
    data = (
        b"Alex: Should I take the job in Lyon? Is it too late to change careers?\n"
        b"Bea: Those are big questions. It sounds like you're carrying a lot.\n"
        b"Alex: I am. Do you think I'm being reckless? Would you do it?\n"
        b"Bea: What matters most to you in this decision?\n"
        b"Alex: Feeling useful again. I've been coasting for three years.\n"
        b"Bea: You want work that uses more of you.\n"
    )
    t = parse_transcript(data)
    assert (t.coach, t.coach_guessed) == ("Bea", True)  # Alex asks 4 questions, Bea 1
    assert "coach guessed: Bea (asks the most questions and says 'you' more than 'I')" in t.warnings


# Own name: the name of the coach reading a file of no session (`analyze`).
FIRST_MEETING = b"Mara Stein: Welcome.\nJonas Berg: What do people bring? Is it all right?\n"


def test_the_readers_own_name_is_taken_as_a_named_coach() -> None:
    t = parse_transcript(FIRST_MEETING, own_name="mara")
    assert (t.coach, t.coach_guessed, t.coach_is_own_name, t.warnings) == (
        "Mara Stein",
        False,
        True,
        [],
    )


def test_a_named_coach_wins_over_the_readers_own_name() -> None:
    t = parse_transcript(FIRST_MEETING, coach="Jonas Berg", own_name="Mara Stein")
    assert (t.coach, t.coach_is_own_name) == ("Jonas Berg", False)


@pytest.mark.parametrize(
    ("data", "own_name", "client"),
    [
        (FIRST_MEETING, "Lena Hart", None),  # not a speaker
        (FIRST_MEETING + b"Mara Lopez: Hello.\n", "Mara", None),  # fits two speakers
        (FIRST_MEETING.replace(b"Mara Stein:", b"Mara Stein (Client):"), "Mara Stein", None),
        (FIRST_MEETING, "Mara Stein", "Mara Stein"),  # the session's client
    ],
    ids=["not a speaker", "two speakers", "labelled the client", "the client"],
)
def test_an_own_name_that_fits_no_one_coach_is_left_out_without_a_word(
    data: bytes, own_name: str, client: str | None
) -> None:
    left_out = parse_transcript(data, own_name=own_name, known_client=client)
    without = parse_transcript(data, known_client=client)
    assert left_out == without
    assert not left_out.coach_is_own_name


# Sam Whitfield is labelled surname first; Ana Ruiz and Ben Ito speak with him.
SURNAMES = (
    b"Whitfield, Sam: What would you both like from this hour?\n"
    b"Ana Ruiz: Time to talk about my team.\n"
    b"Ben Ito: And I want to hear how it is going.\n"
) * 2


@pytest.mark.parametrize("client", ["Ana", "Ruiz", "ruiz", "Ruiz, Ana", "Ana Ruiz"])
@pytest.mark.parametrize("coach", ["Sam", "Whitfield", "Sam Whitfield", "Whitfield, Sam"])
def test_the_coach_and_the_client_are_found_by_first_name_surname_or_either_order(
    coach: str, client: str
) -> None:
    transcript = parse_transcript(SURNAMES, coach=coach, known_client=client)
    check_named_client(transcript, client)
    assert {u.speaker: u.role for u in transcript.utterances} == {
        "Whitfield, Sam": "coach",
        "Ana Ruiz": "client",
        "Ben Ito": "other",
    }


def test_a_surname_shared_by_two_speakers_asks_for_the_full_name() -> None:
    data = b"Mara: Would you start?\nAna Ruiz: Sure.\nLuis Ruiz: Go ahead.\nMara: Thanks.\n"
    transcript = parse_transcript(data, coach="Mara")
    with pytest.raises(InvalidInput) as err:
        check_named_client(transcript, "Ruiz")
    assert str(err.value) == (
        "client: 'Ruiz' matches 2 speakers, 'Ana Ruiz' and 'Luis Ruiz'; give the full name"
    )
    check_named_client(transcript, "Ruiz, Luis")  # the full name, either way round


def test_a_name_that_is_one_speakers_first_name_and_anothers_surname_fits_both() -> None:
    data = b"Lee Park: Would you start?\nSam Lee: Sure.\nLee Park: Thanks.\n"
    with pytest.raises(InvalidInput) as err:
        parse_transcript(data, coach="Lee")
    assert str(err.value) == (
        "coach: 'Lee' matches 2 speakers, 'Lee Park' and 'Sam Lee'; give the full name"
    )


# Another coach's file: "Priya" coaches Declan. Filed by mistake under a session whose
# client is Priya Raman, "Priya" is taken for the client by her first name alone.
PRIYA_COACHES = "".join(
    f"Priya: What did you notice about {topic}, do you think?\nDeclan: It was busy.\n"
    for topic in ("Monday", "the drinks", "the kids", "Sarah", "the run", "Friday")
).encode()


def test_a_client_by_part_of_the_name_who_coaches_the_other_is_refused() -> None:
    with pytest.raises(InvalidInput) as err:
        parse_transcript(
            PRIYA_COACHES, "s.txt", known_coach="Robin Ashdown", known_client="Priya Raman"
        )
    assert err.value.field == "coach"
    assert err.value.reason == (
        "'Priya', taken for the session's client Priya Raman by the name, asks the questions "
        "in this file as a coach does: check that this is the session's file, and name "
        "yourself among the speakers if it is"
    )
    # Named in full, the client is the client, whoever asks: nothing is refused.
    whole = PRIYA_COACHES.replace(b"Priya:", b"Priya Raman:")
    read = parse_transcript(whole, "s.txt", known_coach="Robin Ashdown", known_client="Priya Raman")
    assert (read.coach, read.coach_guessed) == ("Declan", False)
    # Named yourself, you are the coach.
    named = parse_transcript(PRIYA_COACHES, "s.txt", coach="Priya", known_client="Priya Raman")
    assert named.coach == "Priya"


def test_a_client_by_part_of_the_name_who_asks_a_little_more_is_still_the_client() -> None:
    # A client may ask more than the coach in a first meeting; only far more is refused.
    data = (
        b"Sam: What do you charge? And how often do we meet? Is it online?\n"
        b"Coach Jo: Monthly, online. What brings you here?\n"
        b"Sam: My new team.\n"
    )
    read = parse_transcript(data, "s.txt", known_coach="Robin Ashdown", known_client="Sam Ortiz")
    assert (read.coach, read.coach_guessed) == ("Coach Jo", True)


# Jo asks six questions, Max one (six is three times one plus one): Max named as the coach
# is likely a slip.
ASKED = (
    b"Jo: Welcome back. How was the week? What would you like to focus on? What matters?\n"
    b"Max: The move. Is that silly?\n"
    b"Jo: Not at all. What makes it hard? Who else is affected? What would help?\n"
    b"Max: My family, mostly.\n"
)


def test_a_named_coach_who_asks_far_fewer_questions_than_another_is_questioned() -> None:
    t = parse_transcript(ASKED, coach="Max")
    assert t.coach == "Max"  # taken as named: the note asks the coach to check
    assert "the coach named, Max, asks 1 question and Jo asks 6: check that Max is the coach" in (
        t.warnings
    )


def test_the_right_coach_named_gets_no_such_note() -> None:
    assert not any("check that" in w for w in parse_transcript(ASKED, coach="Jo").warnings)


def test_a_client_with_a_few_questions_more_than_the_coach_is_no_slip() -> None:
    # Ann asks 4, Ben 2: fewer than 5, and not three times Ben's 2 plus one.
    data = (
        b"Ben: What brings you here? How can I help?\n"
        b"Ann: How does this work? Is it confidential? Do we meet weekly? Can I stop?\n"
    )
    assert not any("check that" in w for w in parse_transcript(data, coach="Ben").warnings)


def test_a_name_given_with_the_parenthetical_the_file_writes_after_it_is_found() -> None:
    # Teams writes "<v Sam Lee (Guest)>"; the speaker read is "Sam Lee", and the label
    # copied from the file, parenthetical and all, still names them.
    data = (
        b"WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Nadia Brook>How has it been?</v>\n\n"
        b"00:00:04.000 --> 00:00:06.000\n<v Sam Lee (Guest)>Mixed, honestly.</v>\n"
    )
    assert parse_transcript(data, coach="Nadia Brook (Organizer)").coach == "Nadia Brook"
    t = parse_transcript(data, coach="Sam Lee (Guest)")
    assert [(u.speaker, u.role) for u in t.utterances] == [
        ("Nadia Brook", "client"),
        ("Sam Lee", "coach"),
    ]
    check_named_client(parse_transcript(data, coach="Nadia"), "Sam Lee (Guest)")
    # A name that fits no one, parenthetical or not, is still refused, with the speakers.
    with pytest.raises(InvalidInput, match="no speaker named 'Sam Green \\(Guest\\)'; speakers"):
        parse_transcript(data, coach="Sam Green (Guest)")


def test_a_warning_names_the_coach_as_written_with_no_backslash() -> None:
    # A name with both kinds of quote in it: Python's repr would escape one of them.
    transcript = parse_transcript(
        b"Ana: How are you today?\nBen: Fine.\n", known_coach='Zoë "Z" O\'Neil'
    )
    said = " ".join(transcript.warnings)
    assert "the engagement's coach 'Zoë \"Z\" O'Neil' is not among the speakers" in said


THIRD_PARTY_NOTE = (
    "is labelled by a role, not as the client: a third party (an interpreter, a note-taker, "
    "an observer), whose lines are shown and coded as other, counted neither as the "
    "client's talk nor the coach's"
)


@pytest.mark.parametrize(
    "label", ["Interpreter", "Translator", "Note-taker", "Notetaker", "Observer"]
)
def test_a_speaker_labelled_by_a_third_partys_role_is_neither_client_nor_coach(
    label: str,
) -> None:
    # The interpreter relays the coach's questions, and asks as many: still no coach.
    data = (
        f"Lena: What would you like from today?\n{label}: What would you like from today?\n"
        f"Maria: Clarity on my role.\n{label}: Clarity on her role.\n"
        "Lena: What would clarity give you?\n"
    ).encode()
    t = parse_transcript(data)
    assert t.coach == "Lena"
    assert {u.speaker: u.role for u in t.utterances} == {
        "Lena": "coach", label: "other", "Maria": "client"
    }  # fmt: skip
    assert f"'{label}' {THIRD_PARTY_NOTE}" in t.warnings
    assert not any("count as the client" in w for w in t.warnings)
    assert t.client_speakers == ["Maria"]


def test_a_third_partys_role_in_a_labels_parenthetical_is_named_with_it() -> None:
    data = (
        b"Lena: What would you like?\nSofia (Interpreter): What would you like?\n"
        b"Maria: Clarity.\nBen: A plan.\nLena: What else?\n"
    )
    t = parse_transcript(data, coach="Lena")
    assert {u.speaker: u.role for u in t.utterances} == {
        "Lena": "coach", "Sofia": "other", "Maria": "client", "Ben": "client"
    }  # fmt: skip
    # The group's members still pool as the client; the interpreter is named apart.
    assert t.warnings == [
        f"'Sofia' (Interpreter) {THIRD_PARTY_NOTE}",
        "4 speakers found; 'Maria' and 'Ben' both count as the client (the client's figures "
        "are theirs together)",
    ]


def test_a_third_party_who_is_the_only_other_speaker_stays_the_client() -> None:
    # Nobody else speaks for the client: the interpreter's words stand for theirs.
    data = b"Lena: What would you like?\nInterpreter: Clarity on her role.\n"
    t = parse_transcript(data, coach="Lena")
    assert [u.role for u in t.utterances] == ["coach", "client"]
    assert t.warnings == []


def test_a_third_party_with_the_client_named_is_named_as_a_third_party() -> None:
    data = b"Lena: What would you like?\nObserver: Noted.\nMaria: Clarity.\n"
    t = parse_transcript(data, coach="Lena", known_client="Maria")
    assert [u.role for u in t.utterances] == ["coach", "other", "client"]
    assert t.warnings == [f"'Observer' {THIRD_PARTY_NOTE}"]


def test_a_supervisor_is_a_speaker_like_any_other() -> None:
    # A supervision session, observed: the supervisor coaches the coach, and is no third
    # party; the observer is one.
    data = (
        b"Supervisor: What did you notice in yourself when the client went quiet?\n"
        b"Lee: I rushed to fill the silence.\n"
        b"Supervisor: What might the silence have held for them?\n"
        b"Lee: Maybe the real question.\n"
        b"Observer: I will stay quiet and take notes.\n"
        b"Supervisor: And what did it hold for you?\n"
        b"Observer: Thank you both.\n"
    )
    t = parse_transcript(data)
    roles = {u.speaker: u.role for u in t.utterances}
    assert roles == {"Supervisor": "coach", "Lee": "client", "Observer": "other"}
