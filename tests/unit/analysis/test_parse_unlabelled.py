"""A cue without a speaker label goes on with whoever spoke before it; where most cues
carry a label, a warning names it, unless it plainly goes on with the words before."""

from __future__ import annotations

from coachconn.analysis.parse import NOBODY_BEFORE, parse_transcript


def _vtt(*cues: tuple[str, str, str]) -> bytes:
    """A WebVTT file of (start, end, text) cues, each three lines from line 3 on: the
    timing on line 3 + 3k, the text on line 4 + 3k."""
    blocks = [f"00:00:{start}.000 --> 00:00:{end}.000\n{text}" for start, end, text in cues]
    return ("WEBVTT\n\n" + "\n\n".join(blocks) + "\n").encode()


# Zoom leaves the label off where it cannot tell who spoke: the client's answers on
# lines 7 and 13 (1 s after the coach's questions end) have none.
ZOOM_UNLABELLED = _vtt(
    ("01", "04", "Mara Stein: What would you like to work on today?"),
    ("05", "12", "I want to talk about my promotion."),
    ("13", "17", "Mara Stein: What makes you unsure?"),
    ("18", "26", "I think I'm afraid of losing my evenings."),
    ("27", "31", "Mara Stein: What would that cost you?"),
    ("32", "40", "Ana Ruiz: A lot. More than I've admitted to myself."),
)


def test_unlabelled_cues_among_labelled_ones_are_named() -> None:
    t = parse_transcript(ZOOM_UNLABELLED, coach="Mara Stein")
    # Still the speaker before's, as wrapped cues are; the warning says so.
    assert [u.speaker for u in t.utterances[:4]] == ["Mara Stein"] * 4
    assert (
        "lines 7, 13 have no speaker label; counted as said by 'Mara Stein', who spoke before"
    ) in t.warnings


def test_a_cue_that_runs_on_mid_sentence_is_no_news() -> None:
    # The unlabelled cue starts as the one before ends, which stops mid-sentence.
    data = _vtt(
        ("01", "04", "Mara Stein: What I wonder is whether"),
        ("04", "06", "this is the right moment for you?"),
        ("07", "12", "Ana Ruiz: I think it is."),
        ("13", "15", "Mara Stein: Why now?"),
        ("16", "20", "Ana Ruiz: Because the kids are older."),
    )
    t = parse_transcript(data, coach="Mara Stein")
    assert t.utterances[0].text == "What I wonder is whether this is the right moment for you?"
    assert not any("no speaker label" in w for w in t.warnings)


def test_an_unlabelled_cue_after_a_finished_sentence_is_named_even_without_a_gap() -> None:
    data = _vtt(
        ("01", "04", "Mara Stein: What would you like?"),
        ("04", "08", "To feel calmer at work."),
        ("09", "12", "Mara Stein: What would help?"),
        ("13", "18", "Ana Ruiz: Fewer late nights."),
    )
    t = parse_transcript(data, coach="Mara Stein")
    assert (
        "line 7 has no speaker label; counted as said by 'Mara Stein', who spoke before"
    ) in t.warnings


def test_a_file_that_labels_only_a_change_of_speaker_gets_no_warning() -> None:
    # Most cues unlabelled: the label marks a new speaker, and the rest go on.
    data = _vtt(
        ("01", "04", "Mara Stein: Welcome back."),
        ("05", "08", "What would you like to work on today?"),
        ("09", "12", "Ana Ruiz: My promotion."),
        ("13", "16", "I am not sure I want it."),
        ("17", "20", "It would cost me my evenings."),
        ("21", "24", "Mara Stein: What would it cost?"),
    )
    t = parse_transcript(data, coach="Mara Stein")
    speakers = [u.speaker for u in t.utterances]
    assert speakers == ["Mara Stein"] * 2 + ["Ana Ruiz"] * 3 + ["Mara Stein"]
    assert not any("no speaker label" in w for w in t.warnings)


def test_a_label_with_no_name_before_its_colon_keeps_no_colon() -> None:
    data = _vtt(
        ("01", "04", "Mara Stein: What would you like to work on today?"),
        ("05", "12", ": I want to talk about my promotion."),
        ("13", "17", "Mara Stein: What makes you unsure?"),
        ("18", "26", "Ana Ruiz: Losing my evenings."),
    )
    t = parse_transcript(data, coach="Mara Stein")
    assert t.utterances[1].text == "I want to talk about my promotion."
    assert (
        "line 7 has no speaker label; counted as said by 'Mara Stein', who spoke before"
    ) in t.warnings


def test_an_empty_voice_tag_keeps_its_words_and_is_named() -> None:
    data = _vtt(
        ("01", "04", "<v Mara Stein>What would you like to work on today?</v>"),
        ("05", "12", "<v Ana Ruiz>Losing my evenings with the kids worries me.</v>"),
        ("13", "17", "<v >What would that cost you?</v>"),
        ("18", "26", "<v Ana Ruiz>A lot.</v>"),
    )
    t = parse_transcript(data, coach="Mara Stein")
    assert "What would that cost you?" in [u.text for u in t.utterances]
    assert (
        "line 10 has no speaker label; counted as said by 'Ana Ruiz', who spoke before"
    ) in t.warnings


def test_an_empty_voice_tag_before_anyone_speaks_is_skipped_saying_why() -> None:
    # Nobody spoke before the first cue, and it names nobody: its words are no one's.
    data = _vtt(
        ("01", "04", "<v >Hello, can you hear me?</v>"),
        ("05", "08", "<v Mara Stein>Yes. What would you like to work on today?</v>"),
        ("09", "12", "<v Ana Ruiz>My evenings.</v>"),
    )
    t = parse_transcript(data, coach="Mara Stein")
    assert t.warnings == [f"skipped line 4 ({NOBODY_BEFORE})"]
    assert NOBODY_BEFORE == "no speaker named, and nobody spoke before it: its words are dropped"
    assert [u.speaker for u in t.utterances] == ["Mara Stein", "Mara Stein", "Ana Ruiz"]


def test_a_one_off_label_read_as_speech_is_named_once() -> None:
    data = (
        b"Ana: What do you want?\nBen: To finish the report.\nGoal: finish it by Friday.\n"
        b"Ana: What stops you?\nBen: Time.\n"
    )
    t = parse_transcript(data)
    assert any("'Goal:' is used only once" in w for w in t.warnings)
    assert not any("no speaker label" in w for w in t.warnings)


def test_a_plain_text_line_with_no_name_before_its_colon_is_the_speaker_befores() -> None:
    # Line 2 names nobody: its words, without the colon, go on with line 1's speaker.
    data = (
        b"Mara Stein: What would you like to work on today?\n"
        b": I want to talk about my promotion.\n"
        b"Ana Ruiz: I am not sure I want it.\n"
        b"Mara Stein: What makes you unsure?\n"
    )
    t = parse_transcript(data, coach="Mara Stein")
    assert [(u.speaker, u.text) for u in t.utterances] == [
        ("Mara Stein", "What would you like to work on today?"),
        ("Mara Stein", "I want to talk about my promotion."),
        ("Ana Ruiz", "I am not sure I want it."),
        ("Mara Stein", "What makes you unsure?"),
    ]
    assert t.warnings == [
        "line 2 has no speaker label; counted as said by 'Mara Stein', who spoke before"
    ]


def test_a_plain_text_line_with_no_name_before_anyone_speaks_is_skipped_saying_why() -> None:
    data = (
        b": Hello, can you hear me?\n"
        b"Mara Stein: Yes. What would you like to work on today?\n"
        b"Ana Ruiz: My evenings.\n"
    )
    t = parse_transcript(data, coach="Mara Stein")
    assert t.warnings == [f"skipped line 1 ({NOBODY_BEFORE})"]
    assert [u.speaker for u in t.utterances] == ["Mara Stein", "Mara Stein", "Ana Ruiz"]
    assert "Hello" not in " ".join(u.text for u in t.utterances)


def test_a_plain_text_line_opening_with_a_smiley_stays_the_speakers_words() -> None:
    # ":)" has no space after its colon: words, not a label naming nobody.
    data = b"Mara Stein: How was the week?\nAna Ruiz: Good.\n:) Really good.\n"
    t = parse_transcript(data, coach="Mara Stein")
    assert t.utterances[-1].text == "Good. :) Really good."
    assert not any("no speaker label" in w for w in t.warnings)


def test_a_cue_that_opens_with_a_label_not_read_as_a_name_says_how_one_would_read() -> None:
    # "Front desk:" has a word without a capital, so it is no name: the cue goes on with
    # Ana, who spoke before, and the warning says why, and what a name would look like.
    cues = [
        ("Ana Ruiz", "How was the week?"),
        ("Ben Cole", "Long."),
        ("Ana Ruiz", "Long in what way?"),
        (None, "Front desk: Your taxi is here."),
        ("Ben Cole", "Thanks."),
    ]
    data = "WEBVTT\n\n" + "".join(
        f"{n}\n00:00:{2 * n:02d}.000 --> 00:00:{2 * n + 1:02d}.000\n"
        f"{speaker + ': ' if speaker else ''}{text}\n\n"
        for n, (speaker, text) in enumerate(cues, 1)
    )
    t = parse_transcript(data.encode(), coach="Ana Ruiz")
    assert t.utterances[3].speaker == "Ana Ruiz"
    assert t.utterances[3].text == "Front desk: Your taxi is here."
    assert t.warnings == [
        "line 17 opens with 'Front desk:', not read as a speaker's name (each word of a "
        "name starts with a capital: 'Front Desk:' would be one); counted as said by "
        "'Ana Ruiz', who spoke before"
    ]
    fixed = parse_transcript(data.replace("Front desk", "Front Desk").encode(), coach="Ana")
    assert [u.speaker for u in fixed.utterances][3] == "Front Desk"
