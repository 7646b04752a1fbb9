"""A ``Word:`` label used once among speakers with several turns is speech."""

from __future__ import annotations

from coachconn.analysis.parse import NOBODY_BEFORE, parse_transcript

GOAL = (
    b"Ana: What do you want?\nBen: To finish the report.\nGoal: finish it by Friday.\n"
    b"Ana: What stops you?\nBen: Time.\n"
)


def test_a_label_used_once_continues_the_current_speaker() -> None:
    t = parse_transcript(GOAL)
    assert [(u.turn, u.speaker, u.text) for u in t.utterances] == [
        (0, "Ana", "What do you want?"),
        (1, "Ben", "To finish the report. Goal: finish it by Friday."),
        (2, "Ana", "What stops you?"),
        (3, "Ben", "Time."),
    ]
    assert (
        "line 3: 'Goal:' is used only once, so it is read as part of Ben's speech, not as a speaker"
    ) in t.warnings


def test_a_label_used_once_in_a_cue_keeps_the_cue_times() -> None:
    # "Goal:" is on line 8, the second text line of the cue from 2 to 4 s.
    data = (
        b"WEBVTT\n\n00:00.000 --> 00:02.000\nAna: What now?\n\n"
        b"00:02.000 --> 00:04.000\nBen: The plan.\nGoal: finish it.\n\n"
        b"00:04.000 --> 00:06.000\nAna: Why?\n\n00:06.000 --> 00:08.000\nBen: Fear.\n"
    )
    t = parse_transcript(data)
    assert [(u.speaker, u.text, u.start, u.end) for u in t.utterances] == [
        ("Ana", "What now?", 0.0, 2.0),
        ("Ben", "The plan. Goal: finish it.", 2.0, 4.0),
        ("Ana", "Why?", 4.0, 6.0),
        ("Ben", "Fear.", 6.0, 8.0),
    ]
    assert any(w.startswith("line 8: 'Goal:' is used only once") for w in t.warnings)


def test_a_third_speaker_with_several_turns_is_kept() -> None:
    data = (
        b"Ana: What do you want?\nBen: To finish.\nCleo: Me too.\n"
        b"Ana: What stops you?\nBen: Time.\nCleo: Money.\n"
    )
    t = parse_transcript(data)
    assert [u.speaker for u in t.utterances] == ["Ana", "Ben", "Cleo", "Ana", "Ben", "Cleo"]
    assert not any("used only once" in w for w in t.warnings)


def test_a_label_used_once_is_a_speaker_when_the_others_barely_alternate() -> None:
    # Ana has two turns but Ben only one, so Ben is a speaker, not a phrase.
    t = parse_transcript(b"Ana: Ready?\nBen: Yes.\nAna: Go on?\n")
    assert [u.speaker for u in t.utterances] == ["Ana", "Ben", "Ana"]


def test_a_voice_tag_used_once_is_always_a_speaker() -> None:
    data = (
        b"WEBVTT\n\n00:00.000 --> 00:01.000\n<v Ana>Ready?\n\n"
        b"00:01.000 --> 00:02.000\n<v Ben>Yes.\n\n"
        b"00:02.000 --> 00:03.000\n<v Cleo>Me too.\n\n00:03.000 --> 00:04.000\n<v Ana>Why?\n\n"
        b"00:04.000 --> 00:05.000\n<v Ben>Time.\n"
    )
    assert [u.speaker for u in parse_transcript(data).utterances] == [
        "Ana",
        "Ben",
        "Cleo",
        "Ana",
        "Ben",
    ]


def test_a_label_read_as_speech_keeps_its_parenthetical_as_written() -> None:
    data = b"Ana: What now?\nBen: The plan.\nStep (re: budget): cut costs.\nAna: Why?\nBen: Fear.\n"
    t = parse_transcript(data)
    assert t.utterances[1].text == "The plan. Step (re: budget): cut costs."
    assert any(w.startswith("line 3: 'Step (re: budget):' is used only once") for w in t.warnings)


def test_a_heading_word_used_as_a_label_is_speech_however_often() -> None:
    data = (
        b"Coach: How did the week go?\nClient: Better than I thought.\n"
        b"Coach: Let me recap what we agreed.\nNote: you call Sam on Monday.\n"
        b"Note: you book the room.\nClient: Yes, that is right.\n"
    )
    t = parse_transcript(data, coach="Coach")
    assert {u.speaker for u in t.utterances} == {"Coach", "Client"}
    assert t.utterances[2].text == (
        "Let me recap what we agreed. Note: you call Sam on Monday. Note: you book the room."
    )
    assert t.warnings[0] == (
        "line 4: 'Note:' is a heading word, not a name, so it is read as part of "
        "Coach's speech, not as a speaker"
    )


def test_a_heading_before_anyone_speaks_is_skipped_and_named() -> None:
    data = (
        b"Note: recorded with consent.\nAna: How did the week go?\nBen: Better.\n"
        b"Ana: What helped?\nBen: Sleep.\nNote: Ben to email Sam.\nAna: Good.\n"
    )
    t = parse_transcript(data, coach="Ana")
    assert {u.speaker for u in t.utterances} == {"Ana", "Ben"}
    assert f"skipped line 1 ({NOBODY_BEFORE})" in t.warnings


def test_a_name_on_a_stamped_line_is_a_speaker_however_seldom() -> None:
    # A manager joins once, on a line of their own stamp: a turn, not Maria's words.
    data = (
        b"[00:00] Sam: What would you like?\n[00:06] Maria: Clarity.\n"
        b"[00:12] Ben: And a plan.\n[00:20] Sam: What would clarity give you?\n"
        b"[00:30] Maria: Room.\n[00:40] Sam: Say more?\n[00:50] Maria: Time to think.\n"
        b"[01:00] Note: recorded with consent.\n"
    )
    t = parse_transcript(data)
    assert [u.speaker for u in t.utterances][:4] == ["Sam", "Maria", "Ben", "Sam"]
    assert t.utterances[-1].text == "Time to think. Note: recorded with consent."  # a heading


def test_a_name_written_with_and_without_its_accents_is_one_speaker_not_two_one_offs() -> None:
    data = (
        "Ana: How was it?\nBen: Fine.\nAna: And work?\nBen: Busy.\n"
        "Tomás: Can I add something?\nAna: Go on.\nTomas: It was my fault.\n"
    ).encode()
    t = parse_transcript(data)
    assert [(u.speaker, u.text) for u in t.utterances][4:] == [
        ("Tomás", "Can I add something?"),
        ("Ana", "Go on."),
        ("Tomás", "It was my fault."),
    ]
    assert not any("used only once" in w for w in t.warnings)


# Zoom writes "Name: text" in each cue; Kate opens one cue, once, to say she is lost.
ZOOM_THIRD_PERSON = (
    b"WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.000\nAna Ruiz: Who might listen?\n\n"
    b"2\n00:00:02.500 --> 00:00:05.000\nBen Cole: Aisha, maybe.\n\n"
    b"3\n00:00:05.500 --> 00:00:07.000\nKate Osei: Sorry, wrong meeting.\n\n"
    b"4\n00:00:07.500 --> 00:00:08.500\nBen Cole: You are, Kate.\n\n"
    b"5\n00:00:09.000 --> 00:00:10.000\nAna Ruiz: What next?\n\n"
    b"6\n00:00:10.500 --> 00:00:11.500\nBen Cole: I call her.\n"
)


def test_a_name_used_once_that_opens_a_cue_is_a_third_person() -> None:
    t = parse_transcript(ZOOM_THIRD_PERSON)
    assert [(u.speaker, u.text, u.start) for u in t.utterances][1:4] == [
        ("Ben Cole", "Aisha, maybe.", 2.5),
        ("Kate Osei", "Sorry, wrong meeting.", 5.5),
        ("Ben Cole", "You are, Kate.", 7.5),
    ]
    assert not any("used only once" in w for w in t.warnings)
    assert any("'Kate Osei'" in w and "count as the client" in w for w in t.warnings)


def test_a_heading_word_or_a_sentence_opener_that_opens_a_cue_stays_speech() -> None:
    for label in (b"Goal", b"So"):
        data = ZOOM_THIRD_PERSON.replace(b"Kate Osei: Sorry", label + b": Sorry")
        t = parse_transcript(data)
        assert [u.speaker for u in t.utterances] == ["Ana Ruiz", "Ben Cole"] * 2
        assert (
            t.utterances[1].text
            == f"Aisha, maybe. {label.decode()}: Sorry, wrong meeting. You are, Kate."
        )
