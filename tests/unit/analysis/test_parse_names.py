"""Speaker labels in any script, with a parenthetical, or in lower case; and
transcriber's notes leading a labelled line."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from coachconn.analysis import names
from coachconn.analysis.parse import parse_transcript

Read = Callable[[str], bytes]


def _turns(data: bytes) -> list[tuple[str, str]]:
    return [(u.speaker, u.text) for u in parse_transcript(data).utterances]


def test_it_reads_a_name_starting_with_an_accented_capital(transcript_bytes: Read) -> None:
    # Each cue is its own speaker: Émilie's line is not merged into Ben's turn.
    t = parse_transcript(transcript_bytes("accented_names.vtt"))
    assert [(u.turn, u.speaker, u.text, u.start, u.end) for u in t.utterances] == [
        (0, "Ana Ruiz", "What brings you both here?", 0.0, 4.0),
        (1, "Ben Ito", "The launch.", 4.0, 6.0),
        (2, "Émilie Durand", "And the deadline.", 6.0, 9.0),
    ]


@pytest.mark.parametrize("name", ["Łukasz", "王伟", "Émilie Durand", "Ørjan de la Cruz"])
def test_it_reads_names_in_any_script(name: str) -> None:
    data = f"Ana: How was it?\n{name}: Fine.\n".encode()
    assert _turns(data) == [("Ana", "How was it?"), (name, "Fine.")]


def test_it_reads_labels_with_a_parenthetical_and_leaves_it_out_of_the_name() -> None:
    data = (
        b"Ana Ruiz (she/her): What now?\nBen Ito: My report.\n"
        b"Ana Ruiz (she/her): Why?\nBen Ito: Fear.\n"
    )
    assert _turns(data) == [
        ("Ana Ruiz", "What now?"),
        ("Ben Ito", "My report."),
        ("Ana Ruiz", "Why?"),
        ("Ben Ito", "Fear."),
    ]


def test_a_role_in_brackets_is_not_part_of_the_name() -> None:
    t = parse_transcript(b"Ana (Coach): How?\nBen: So-so.\n", coach="Ana")
    assert [(u.speaker, u.role) for u in t.utterances] == [("Ana", "coach"), ("Ben", "client")]


def test_it_reads_lowercase_names_used_at_least_twice() -> None:
    data = b"ana: What now?\nben ito: My report.\nana: Why?\nben ito: Fear.\n"
    assert _turns(data) == [
        ("ana", "What now?"),
        ("ben ito", "My report."),
        ("ana", "Why?"),
        ("ben ito", "Fear."),
    ]


def test_a_lowercase_label_used_once_is_speech() -> None:
    # "note:" appears once, so it continues Ben's line.
    data = b"Ana: What now?\nBen: My report.\nnote: it is late\nAna: Why?\n"
    assert _turns(data) == [
        ("Ana", "What now?"),
        ("Ben", "My report. note: it is late"),
        ("Ana", "Why?"),
    ]


def test_a_capitalised_phrase_is_still_not_a_name() -> None:
    data = b"Ana: What now?\nBen: Well.\nThe thing is: I am tired.\nThe thing is: really.\n"
    assert _turns(data)[1] == ("Ben", "Well. The thing is: I am tired. The thing is: really.")


def test_a_device_label_is_the_person_it_names_when_it_recurs() -> None:
    # The client rejoins from a phone: the meeting tool labels them by the device.
    data = (
        b"Morgan Ellis: How was the week?\nPriya Raman: Busy.\nMorgan Ellis: Go on?\n"
        b"Priya Raman: Long.\nPriya's iPhone: Sorry, I dropped off.\nMorgan Ellis: Fine.\n"
        b"Priya's iPhone: Where were we?\n"
    )
    t = parse_transcript(data, coach="Morgan")
    assert [(u.speaker, u.text) for u in t.utterances if u.role == "client"] == [
        ("Priya Raman", "Busy."),
        ("Priya Raman", "Long. Sorry, I dropped off."),
        ("Priya Raman", "Where were we?"),
    ]
    assert '"Priya\'s iPhone" is read as Priya Raman (the same first name)' in t.warnings
    # With nobody else of that name, the device is a speaker of its own.
    alone = data.replace(b"Priya Raman", b"Sam Lee")
    assert "Priya's iPhone" in {u.speaker for u in parse_transcript(alone).utterances}


def test_two_devices_of_one_first_name_are_one_person() -> None:
    # The client switches from phone to tablet and nobody joins under their full name.
    data = (
        b"Sam Carter: What would you like to focus on?\nPriya's iPhone: The promotion.\n"
        b"Sam Carter: What makes you unsure?\nPriya's iPhone: The hours. Let me switch.\n"
        b"Priya's iPad: I'm back. And the travel.\nSam Carter: What would no mean?\n"
        b"Priya's iPad: Relief, then guilt.\n"
    )
    t = parse_transcript(data, coach="Sam Carter")

    assert [(u.speaker, u.text) for u in t.utterances if u.role == "client"] == [
        ("Priya", "The promotion."),
        ("Priya", "The hours. Let me switch. I'm back. And the travel."),  # one turn now
        ("Priya", "Relief, then guilt."),
    ]
    assert (
        '"Priya\'s iPhone", "Priya\'s iPad" are read as Priya (devices of one person)' in t.warnings
    )
    assert not any("speakers found" in w for w in t.warnings)
    # Someone else's device stays someone else.
    other = data.replace(b"Priya's iPad", b"Lena's iPad")
    assert {u.speaker for u in parse_transcript(other, coach="Sam Carter").utterances} == {
        "Sam Carter", "Priya's iPhone", "Lena's iPad"
    }  # fmt: skip


def test_two_devices_that_take_turns_are_two_people() -> None:
    data = (
        b"Sam Carter: How is it at home?\nDad's phone: It's hard, she never listens.\n"
        b"Dad's iPad: You never ask me anything.\nDad's phone: That's not fair.\n"
        b"Dad's iPad: It is.\n"
    )
    t = parse_transcript(data, coach="Sam Carter")
    assert [u.speaker for u in t.utterances] == [
        "Sam Carter", "Dad's phone", "Dad's iPad", "Dad's phone", "Dad's iPad"
    ]  # fmt: skip


def test_a_device_joins_the_speaker_of_its_first_name_however_that_is_written() -> None:
    for person in (b"Priya", b"Raman, Priya"):
        data = (
            b"Sam Carter: Ready?\n"
            + person
            + b": Yes.\nSam Carter: Go on.\n"
            + person
            + b": Well.\nPriya's iPhone: Sorry, dropped.\n"
            b"Sam Carter: No problem.\nPriya's iPhone: Where were we?\n"
        )
        t = parse_transcript(data, coach="Sam Carter")
        assert {u.speaker for u in t.utterances} == {"Sam Carter", person.decode()}, person


def test_the_coach_can_be_named_by_a_device_label_read_as_a_person() -> None:
    data = (
        b"Lena's MacBook: How was the week?\nPriya Raman: Long.\n"
        b"Lena's MacBook: Say more?\nPriya Raman: Deadlines.\n"
        b"Lena's iPhone: Sorry, I switched. What about them?\nPriya Raman: Too many.\n"
        b"Lena's iPhone: Which one first?\nPriya Raman: The audit.\n"
    )
    t = parse_transcript(data, coach="Lena's MacBook")
    assert t.coach == "Lena"
    assert {(u.speaker, u.role) for u in t.utterances} == {
        ("Lena", "coach"), ("Priya Raman", "client")
    }  # fmt: skip


def test_a_surname_first_label_is_a_speaker_when_it_recurs() -> None:
    listed = b"Dana Kim: Hello?\nRaman, Priya: Hi.\nDana Kim: Ready?\nRaman, Priya: Yes.\n"
    assert [speaker for speaker, _ in _turns(listed)] == ["Dana Kim", "Raman, Priya"] * 2


def test_a_surname_of_two_words_written_first_is_a_speaker_and_matches_the_name() -> None:
    data = (
        b"Sam Carter: How was it?\nVan Dyke, Ana: Busy.\nSam Carter: Go on?\nVan Dyke, Ana: Long.\n"
    )
    assert [speaker for speaker, _ in _turns(data)] == ["Sam Carter", "Van Dyke, Ana"] * 2
    t = parse_transcript(data, known_client="Ana Van Dyke")
    assert [u.role for u in t.utterances[:2]] == ["coach", "client"]


def _zoom_cues(coach_label: str) -> bytes:
    """A Zoom recording's captions, each cue's text opening with the speaker's display
    name: the coach's as ``coach_label`` writes it, twice."""
    said = [
        (coach_label, "Welcome, Tomás. What would you like to work on?"),
        ("Tomás Ibarra", "Delegating. I do everything myself."),
        (coach_label, "What stops you from handing things over?"),
        ("Tomás Ibarra", "Fear, I guess."),
    ]
    cues = [
        f"{n}\n00:00:{2 * n:02d}.000 --> 00:00:{2 * n + 1:02d}.500\n{who}: {words}\n"
        for n, (who, words) in enumerate(said, start=1)
    ]
    return ("WEBVTT\n\n" + "\n".join(cues)).encode()


@pytest.mark.parametrize(
    "display",
    ["Priya Nair - Coach", "Priya Nair | Coach", "Priya Nair – ICF PCC", "Dr. Priya Nair, PCC",
     "Priya Nair, PhD", "Priya Nair - Coach: ICF PCC", "Priya Nair | Coach: Leadership"],
)  # fmt: skip
def test_a_display_name_with_a_title_after_it_is_the_speakers_whole_label(display: str) -> None:
    # Meeting tools write the name each person chose to show, which often carries a
    # title after a dash, a bar or a comma, or even after a colon of its own: recurring,
    # it is one speaker, and none of it is taken for the words.
    t = parse_transcript(_zoom_cues(display), coach="Priya")
    assert [(u.speaker, u.role, u.start, u.text) for u in t.utterances] == [
        (display, "coach", 2.0, "Welcome, Tomás."),
        # 16 of the cue's 47 characters into its 1.5 s: the title took none of them
        (display, "coach", 2.511, "What would you like to work on?"),
        ("Tomás Ibarra", "client", 4.0, "Delegating. I do everything myself."),
        (display, "coach", 6.0, "What stops you from handing things over?"),
        ("Tomás Ibarra", "client", 8.0, "Fear, I guess."),
    ]
    assert t.warnings == []


@pytest.mark.parametrize(
    "line",
    [b"Monday - Friday: the same.", b"Mum | Dad: both of them.", b"Ana, PCC: that one.",
     b"Then, ICF: the body."],
)  # fmt: skip
def test_a_phrase_with_a_dash_bar_or_comma_once_is_speech(line: bytes) -> None:
    data = b"Ana: Which days?\nBen: All week.\n" + line + b"\nAna: Go on?\n"
    assert _turns(data)[1] == ("Ben", "All week. " + line.decode())


def test_a_colon_inside_the_words_of_every_line_is_no_title() -> None:
    # Two lines of one speaker that each open with "Note:" are not enough to read a title
    # when that speaker's other lines do not.
    data = (
        b"Ana: How was it?\nBen: Note: it was late.\nAna: And?\nBen: Note: again.\n"
        b"Ben: Then it was fine.\n"
    )
    assert [speaker for speaker, _ in _turns(data)] == ["Ana", "Ben", "Ana", "Ben"]
    assert _turns(data)[1] == ("Ben", "Note: it was late.")


@pytest.mark.parametrize("given", ["Inés", "Inés Cañizares", "Cañizares", "ines canizares"])
def test_a_form_of_address_before_a_name_is_no_part_of_what_the_coach_is_called(
    given: str,
) -> None:
    data = "Dr. Inés Cañizares: How was the week?\nJörg Åkesson: Long.\n".encode()
    t = parse_transcript(data, coach=given)
    assert [(u.speaker, u.role) for u in t.utterances] == [
        ("Dr. Inés Cañizares", "coach"),
        ("Jörg Åkesson", "client"),
    ]
    assert names.called("Dr. Inés Cañizares") == ("ines canizares", "ines")


def test_a_device_label_the_reader_takes_as_a_name_is_read_as_the_device_of_that_name() -> None:
    # "Priya iPhone:" recurs, so it is a label; it names Priya's phone, not a third person.
    data = (
        b"Sam Carter: How was the week?\nPriya Raman: Busy.\nSam Carter: Go on?\n"
        b"Priya Raman: Long.\nPriya iPhone: Sorry, I dropped off.\nSam Carter: Fine.\n"
        b"Priya iPhone: Where were we?\n"
    )
    t = parse_transcript(data)
    assert {u.speaker for u in t.utterances} == {"Sam Carter", "Priya Raman"}
    assert "'Priya iPhone' is read as Priya Raman (the same first name)" in t.warnings


@pytest.mark.parametrize(
    ("label", "owner"),
    [("Priya's iPhone", "Priya"), ("Priya’s iPad", "Priya"), ("Priya on phone", "Priya"),
     ("Priya from her laptop", "Priya"), ("Priya iPhone", "Priya"),
     ("Priya Raman's MacBook", "Priya Raman"), ("iPhone", None), ("Priya Raman", None),
     ("Phone Home Now", None), ("Sarah Mac", None), ("Ana Pixel", None),
     ("Sarah's Mac", "Sarah"), ("Priya Raman iPad", "Priya Raman")],
)  # fmt: skip
def test_a_device_label_names_its_owner(label: str, owner: str | None) -> None:
    assert names.device_owner(label) == owner


def test_a_surname_first_label_names_the_person_first_name_first() -> None:
    assert names.person("Raman, Priya") == "priya raman"
    assert names.person("Van  Dyke, Ána") == "ana van dyke"
    assert names.person("Priya's iPhone") == "priya"
    assert names.person("Priya Raman") == "priya raman"
    assert names.person("So, well, Sam") == "so, well, sam"


def test_a_phrase_with_a_comma_once_is_speech() -> None:
    data = b"Ana: What now?\nBen: Well.\nOkay, Sam: I am tired.\n"
    assert _turns(data)[1] == ("Ben", "Well. Okay, Sam: I am tired.")


@pytest.mark.parametrize(
    "said",
    [b"So, Mum:", b"Thing is, Dave:", b"well, honestly:", b"And I said:", b"Then Dave said:",
     b"Mum's words:", b"His phone:", b"This laptop:"],
)  # fmt: skip
def test_speech_that_recurs_with_a_colon_is_still_speech(said: bytes) -> None:
    data = (
        b"Ana: What did she say?\nBen: She said it twice.\n" + said + b" one.\n"
        b"Ana: And then?\nBen: Again.\n" + said + b" two.\n"
    )
    assert {speaker for speaker, _ in _turns(data)} == {"Ana", "Ben"}


def test_it_strips_a_leading_note_before_reading_the_label() -> None:
    data = b"Ana: How was it?\nBen: Odd.\n[laughs] Ana: Odd how?\n(crosstalk) Ben: Just odd.\n"
    assert _turns(data) == [
        ("Ana", "How was it?"),
        ("Ben", "Odd."),
        ("Ana", "Odd how?"),
        ("Ben", "Just odd."),
    ]


def test_it_strips_a_note_between_the_stamp_and_the_label() -> None:
    data = b"[00:01] Ana: How was it?\n[00:04] [laughs] Ben: Odd.\n"
    t = parse_transcript(data)
    assert [(u.speaker, u.text, u.start) for u in t.utterances] == [
        ("Ana", "How was it?", 1.0),
        ("Ben", "Odd.", 4.0),
    ]


def test_it_strips_a_leading_note_in_a_cue() -> None:
    data = (
        b"WEBVTT\n\n00:00.000 --> 00:02.000\nAna: How was it?\n\n"
        b"00:02.000 --> 00:04.000\n(crosstalk) Ben: Odd.\n"
    )
    assert _turns(data) == [("Ana", "How was it?"), ("Ben", "Odd.")]


def test_control_characters_never_reach_a_speaker_name() -> None:
    data = (
        b"WEBVTT\n\n00:00.000 --> 00:02.000\n<v Coach\x1b]0;pwned\x07>What now?</v>\n\n"
        b"00:02.000 --> 00:04.000\n<v Client>Not sure.</v>\n"
    )
    t = parse_transcript(data)
    assert [u.speaker for u in t.utterances] == ["Coach]0;pwned", "Client"]


def test_it_reads_labels_with_a_full_width_colon() -> None:
    t = parse_transcript("王伟：你好吗？\n李娜：很好。\n王伟：为什么？\n".encode())
    assert [(u.speaker, u.text) for u in t.utterances] == [
        ("王伟", "你好吗？"),
        ("李娜", "很好。"),
        ("王伟", "为什么？"),
    ]
    assert t.coach == "王伟"  # asks most questions ("？" counts)


def test_a_surname_that_is_a_device_word_is_a_person_not_a_device() -> None:
    data = b"Sarah Jones: How was the week?\nSarah Mac: Busy.\nSarah Jones: Busy how?\n"
    t = parse_transcript(data + b"Sarah Mac: Deadlines.\n", None, "Sarah Jones")
    assert [u.speaker for u in t.utterances] == ["Sarah Jones", "Sarah Mac"] * 2


@pytest.mark.parametrize(
    ("label", "forms"),
    [
        ("Olu Adeyemi", ("olu adeyemi", "olu")),
        ("Maya", ("maya",)),
        ("Raman, Priya", ("priya raman", "priya")),
        ("Priya's iPhone", ("priya",)),
        ("Ana-Maria O'Neill", ("ana-maria o'neill", "ana-maria")),
        ("Client", ()),
        ("Speaker 2", ()),
    ],
)
def test_the_names_someone_is_called_by_are_their_name_and_its_first_word(
    label: str, forms: tuple[str, ...]
) -> None:
    assert names.called(label) == forms


@pytest.mark.parametrize(
    ("label", "who"),
    [("Wu, AJ", "aj wu"), ("Chen, JT", "jt chen"), ("Ana Ruiz, PhD", "ana ruiz"),
     ("Priya Nair, MD", "priya nair"), ("Priya Nair, PCC, MBA", "priya nair")],
)  # fmt: skip
def test_initials_after_a_surname_are_no_credential(label: str, who: str) -> None:
    from coachconn.analysis.names import person

    assert person(label) == who
