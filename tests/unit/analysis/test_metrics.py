"""Session metrics on the Zoom fixture, coded by hand, with every figure worked out.

The utterances of zoom.vtt (times from test_parse_formats):

  0  Lena  0.0- 1.9  "Welcome back, Sam."                        structuring      3 words
  1  Lena  1.9- 5.7  "What would you like to focus on today?"    open / process   8 words
  2  Sam   6.0-15.0  "Work feels like a treadmill. ... treadmill." neutral       19 words
  3  Lena 19.0-20.9  "That sounds heavy."                        simple refl.     3 words
  4  Lena 20.9-24.1  "What keeps the treadmill going?"           open / explor.   5 words
  5  Lena 24.1-25.9  "Who sets the pace?"                        open / explor.   4 words
  6  Sam  25.5-30.0  "Mostly me, honestly. I say yes to all the deadlines." change 10 words
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from coachconn.analysis import metrics, session, signals
from coachconn.analysis.metrics import (
    Place,
    SessionMetrics,
    compute_metrics,
    word_count,
)
from coachconn.analysis.parse import parse_transcript
from coachconn.analysis.rules import questions_asked
from coachconn.analysis.types import CodedUtterance, Utterance

Read = Callable[[str], bytes]

# (code, question category, reflecting, reporting, disclosure)
ZOOM_CODES = [
    ("structuring", None, False, False, False),
    ("open_question", "process", False, False, False),
    ("neutral", None, False, True, True),
    ("simple_reflection", None, False, False, False),
    ("open_question", "exploration", False, False, False),
    ("open_question", "exploration", False, False, False),
    ("change", None, True, False, False),
]


def _code(utterances: list[Utterance], codes: list[tuple]) -> list[CodedUtterance]:
    return [
        CodedUtterance(u, code, category, reflecting, reporting, disclosure)
        for u, (code, category, reflecting, reporting, disclosure) in zip(
            utterances, codes, strict=True
        )
    ]


@pytest.fixture
def zoom(transcript_bytes: Read) -> SessionMetrics:
    utterances = parse_transcript(transcript_bytes("zoom.vtt")).utterances
    return compute_metrics(_code(utterances, ZOOM_CODES))


def test_it_counts_utterances_turns_and_words_per_role(zoom: SessionMetrics) -> None:
    assert zoom.utterances == {"coach": 5, "client": 2}
    assert zoom.turns == 4
    # Lena 3 + 8 + 3 + 5 + 4 = 23; Sam 19 + 10 = 29.
    assert zoom.words == {"coach": 23, "client": 29}


def test_it_measures_talk_share_by_words(zoom: SessionMetrics) -> None:
    # 23 / 52 = 44.23 %, 29 / 52 = 55.77 %.
    assert zoom.talk_share_words == {"coach": 44.2, "client": 55.8}


def test_it_measures_talk_share_by_time(zoom: SessionMetrics) -> None:
    # Lena 1.9 + 3.8 + 1.9 + 3.2 + 1.8 = 12.6 s; Sam 9.0 + 4.5 = 13.5 s; 26.1 s in all.
    assert zoom.talk_seconds == {"coach": 12.6, "client": 13.5}
    assert zoom.talk_share_time == {"coach": 48.3, "client": 51.7}


def test_it_counts_codes_and_question_categories(zoom: SessionMetrics) -> None:
    assert zoom.coach_code_counts == {
        "open_question": 3,
        "closed_question": 0,
        "simple_reflection": 1,
        "complex_reflection": 0,
        "affirmation": 0,
        "advice": 0,
        "information": 0,
        "self_disclosure": 0,
        "structuring": 1,
        "other": 0,
    }
    assert zoom.client_code_counts == {"change": 1, "sustain": 0, "neutral": 1}
    assert zoom.question_category_counts == {
        "exploration": 2,
        "assumption_challenging": 0,
        "future_focused": 0,
        "resource_accessing": 0,
        "process": 1,
    }


def test_it_computes_the_listening_ratios(zoom: SessionMetrics) -> None:
    # 1 reflection / 3 questions; 3 of 3 questions open; 0 of 1 reflection complex.
    assert zoom.reflection_to_question == 0.33
    assert zoom.pct_open_questions == 100.0
    assert zoom.pct_complex_reflections == 0.0


def test_it_finds_the_longest_coach_monologue(zoom: SessionMetrics) -> None:
    # Turn 0: 3 + 8 = 11 words; turn 2: 3 + 5 + 4 = 12 words, 19.0 to 25.9 s.
    assert zoom.longest_coach_monologue is not None
    assert (zoom.longest_coach_monologue.turn, zoom.longest_coach_monologue.words) == (2, 12)
    assert zoom.longest_coach_monologue.seconds == 6.9


def test_it_finds_turns_with_stacked_questions(zoom: SessionMetrics) -> None:
    # Turn 0 holds one question, turn 2 two. Turn 2 opens at 19.0 s on a reflection
    # ("That sounds heavy."); its first question, utterance 4, starts at 20.9 s: the
    # place named, where a coach looking for the stacked questions finds them.
    assert zoom.stacked_question_turns == [2]
    assert zoom.stacked_question_places == [
        Place(2, 20.9, "What keeps the treadmill going?…", utterance=4)
    ]
    data = zoom.to_dict()
    assert data["stacked_questions"] == 1
    assert data["stacked_question_places"] == [
        {"turn": 2, "start": 20.9, "opening": "What keeps the treadmill going?…", "utterance": 4}
    ]


def test_a_stacked_turn_without_a_time_is_named_by_its_first_words() -> None:
    said = [
        Utterance(0, 0, "Ana", "coach", "How was it?"),
        Utterance(1, 1, "Ben", "client", "Fine."),
        Utterance(2, 2, "Ana", "coach", "What did she say?"),
        Utterance(3, 2, "Ana", "coach", "And then?"),
    ]
    codes = ["open_question", "neutral", "open_question", "open_question"]
    metrics = compute_metrics([CodedUtterance(u, c) for u, c in zip(said, codes, strict=True)])
    assert metrics.stacked_question_places == [
        Place(2, None, "What did she say? And…", utterance=2)
    ]


def test_a_stacked_turn_is_placed_at_its_first_question_not_its_opening() -> None:
    # Turn 2: an affirmation and a time check (stamped 08:36, 516 s), then two questions
    # (08:48, 528 s): the place is the first question's, its words from there on.
    said = [
        Utterance(0, 0, "Ana", "coach", "Anything else?", 500.0, 502.0),
        Utterance(1, 1, "Ben", "client", "A phone call, not a resignation letter.", 503.0, 510.0),
        Utterance(2, 2, "Ana", "coach", "Love it. We've got a few minutes.", 516.0, 527.0),
        Utterance(3, 2, "Ana", "coach", "How was today for you?", 528.0, 530.0),
        Utterance(4, 2, "Ana", "coach", "Was there anything I did that didn't help?", 530.0, 534.0),
    ]
    codes = ["closed_question", "change", "structuring", "open_question", "closed_question"]
    metrics = compute_metrics([CodedUtterance(u, c) for u, c in zip(said, codes, strict=True)])
    assert metrics.stacked_question_places == [
        Place(2, 528.0, "How was today for you?…", utterance=3)
    ]


def test_it_finds_silences_of_three_seconds_or_more(zoom: SessionMetrics) -> None:
    # Sam ends at 15.0, Lena starts at 19.0: 4.0 s. Other gaps are 0.1 s and 0.3 s.
    assert zoom.silences is not None
    assert [(g.after, g.at, g.seconds) for g in zoom.silences] == [(2, 15.0, 4.0)]


def test_it_finds_overlaps(zoom: SessionMetrics) -> None:
    # Sam starts at 25.5 while Lena talks until 25.9.
    assert zoom.overlaps is not None
    assert [(g.after, g.at, g.seconds) for g in zoom.overlaps] == [(5, 25.5, 0.4)]


def test_it_reads_client_reflecting_reporting_and_disclosure(zoom: SessionMetrics) -> None:
    # 1 reflecting / 1 reporting; 1 disclosure in 2 client turns.
    assert (zoom.client_reflecting, zoom.client_reporting) == (1, 1)
    assert zoom.client_reflecting_to_reporting == 1.0
    # 2 turns in all, under 4, and 1 reflecting, under 3: too few to weigh, as the
    # reflection signal says; the JSON says so beside the ratio.
    assert zoom.client_reflecting_too_few is True
    assert zoom.to_dict()["client_reflecting_too_few"] is True
    assert zoom.client_disclosure_pct == 50.0
    assert zoom.pct_change_talk == 100.0  # change 1, sustain 0: the neutral line is neither


def test_the_clients_turns_are_counted_once_for_the_metrics_and_the_reading(
    transcript_bytes: Read, monkeypatch: pytest.MonkeyPatch
) -> None:
    transcript = parse_transcript(transcript_bytes("zoom.vtt"))
    coded = _code(transcript.utterances, ZOOM_CODES)
    counted: list[int] = []
    turns = metrics.client_turns

    def client_turns(
        coded: list[CodedUtterance], held: list[list[CodedUtterance]] | None = None
    ) -> list[CodedUtterance]:
        counted.append(len(coded))
        return turns(coded, held)

    for module in (session, metrics, signals):
        monkeypatch.setattr(module, "client_turns", client_turns, raising=False)
    analysis = session.measured(transcript, coded)
    assert counted == [len(coded)]  # once, for both
    assert analysis.metrics.client_disclosure_pct == 50.0  # 1 of the 2 turns


def test_who_held_the_floor_is_worked_out_once_for_the_metrics_and_the_reading(
    transcript_bytes: Read, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The client's turns, the silences' turns and the replies to questions all rest on
    # the floors; each reading them afresh would do the same work up to four times.
    transcript = parse_transcript(transcript_bytes("zoom.vtt"))
    coded = _code(transcript.utterances, ZOOM_CODES)
    unpatched = session.measured(transcript, coded)
    counted: list[int] = []
    held = metrics.floors

    def floors(coded: list[CodedUtterance]) -> list[list[CodedUtterance]]:
        counted.append(len(coded))
        return held(coded)

    for module in (session, metrics, signals):
        monkeypatch.setattr(module, "floors", floors, raising=False)
    analysis = session.measured(transcript, coded)
    assert counted == [len(coded)]  # once, for all of them
    assert analysis == unpatched  # and read the same as before


def test_change_talk_is_a_share_of_change_and_sustain_talk_alone() -> None:
    codes = ["change", "sustain", "neutral", "change", "sustain", "change", "neutral"]
    coded = [
        CodedUtterance(Utterance(i, i, "Ben", "client", "Words."), code)
        for i, code in enumerate(codes)
    ]
    assert compute_metrics(coded).pct_change_talk == 60.0  # 3 of 3 + 2
    neutral = [CodedUtterance(Utterance(0, 0, "Ben", "client", "Words."), "neutral")]
    assert compute_metrics(neutral).pct_change_talk is None


def test_change_talk_is_counted_by_halves_of_the_clients_utterances() -> None:
    # 7 client utterances: the first 3 are the first half, the middle one is the later's.
    codes = ["sustain", "sustain", "change", "neutral", "change", "change", "sustain"]
    coded = [
        CodedUtterance(Utterance(i, i, "Ben", "client", "Words."), code)
        for i, code in enumerate(codes)
    ]
    assert compute_metrics(coded).change_talk_halves == ((1, 2), (2, 1))


def test_the_report_gives_the_halves_only_where_both_have_talk() -> None:
    from coachconn.analysis.report import to_text
    from coachconn.analysis.session import measured
    from coachconn.analysis.types import Transcript

    def row(codes: list[str]) -> str:
        said = [Utterance(0, 0, "Ana", "coach", "How is it?")] + [
            Utterance(i, i, "Ben", "client", "Words.") for i in range(1, len(codes) + 1)
        ]
        coded = [CodedUtterance(said[0], "open_question", "exploration")] + [
            CodedUtterance(u, code) for u, code in zip(said[1:], codes, strict=True)
        ]
        text = to_text(measured(Transcript(said, "Ana"), coded))
        return next(line for line in text.splitlines() if "Change talk" in line)

    arc = row(["sustain", "sustain", "change", "change"])
    assert arc.endswith("by halves 0 change to 2 sustain, then 2 to 0")
    assert "by halves" not in row(["neutral", "neutral", "change", "sustain"])


def test_it_shows_miti_thresholds_as_reference_points(zoom: SessionMetrics) -> None:
    points = zoom.reference_points
    assert points["source"] == "MITI 4.2.1 (motivational interviewing)"
    assert "reference points from motivational interviewing" in points["note"]
    assert "not as a verdict on coaching" in points["note"]
    # Three questions and one reflection: too few to place against the thresholds; the
    # values are kept, flagged, so that a reader gives the counts instead.
    assert points["reflection_to_question"] == {
        "value": 0.33,
        "fair": 1.0,
        "good": 2.0,
        "band": None,
        "rated_on": 4,
        "too_few_to_place": True,
    }
    assert points["pct_complex_reflections"] == {
        "value": 0.0,
        "fair": 40.0,
        "good": 50.0,
        "band": None,
        "rated_on": 1,
        "too_few_to_place": True,
    }


def _coach_session(codes: list[str]) -> list[CodedUtterance]:
    return [
        CodedUtterance(Utterance(i, i, "Ana", "coach", "Mm."), code) for i, code in enumerate(codes)
    ]


def test_it_bands_reference_points_at_fair_and_good() -> None:
    # 5 reflections : 5 questions = 1.0 (fair); 5 complex of 10 reflections = 50 % (good).
    fair = compute_metrics(
        _coach_session(
            ["open_question"] * 3 + ["closed_question"] * 2
            + ["simple_reflection"] * 5 + ["complex_reflection"] * 5
            + ["open_question"] * 5
        )
    )  # fmt: skip
    assert fair.reflection_to_question == 1.0
    assert fair.reference_points["reflection_to_question"]["band"] == "fair"
    assert fair.reference_points["pct_complex_reflections"]["band"] == "good"
    # 10 reflections : 5 questions = 2.0 (good); 4 complex of 10 = 40 % (fair).
    good = compute_metrics(
        _coach_session(
            ["open_question", "closed_question"] * 2 + ["open_question"]
            + ["simple_reflection"] * 6 + ["complex_reflection"] * 4
        )
    )  # fmt: skip
    assert (good.reflection_to_question, good.pct_complex_reflections) == (2.0, 40.0)
    assert good.pct_open_questions == 60.0
    assert good.reference_points["reflection_to_question"]["band"] == "good"
    assert good.reference_points["pct_complex_reflections"]["band"] == "fair"
    # Nine reflections: the share is given, but not placed.
    nine = compute_metrics(_coach_session(["open_question"] * 5 + ["complex_reflection"] * 9))
    assert nine.pct_complex_reflections == 100.0
    assert nine.reference_points["pct_complex_reflections"]["band"] is None
    assert nine.reference_points["pct_complex_reflections"]["too_few_to_place"] is True
    assert nine.reference_points["reflection_to_question"]["band"] == "fair"  # 9:5, 14 in all
    assert nine.reference_points["reflection_to_question"]["too_few_to_place"] is False
    # Ten: placed, and no flag.
    assert fair.reference_points["pct_complex_reflections"]["too_few_to_place"] is False


def test_ratios_with_nothing_to_divide_by_are_none() -> None:
    metrics = compute_metrics(_coach_session(["affirmation", "advice"]))
    assert metrics.reflection_to_question is None
    assert metrics.pct_open_questions is None
    assert metrics.pct_complex_reflections is None
    assert metrics.client_reflecting_to_reporting is None
    assert metrics.client_disclosure_pct is None
    assert metrics.verbal_matching_pct is None
    assert metrics.reference_points["reflection_to_question"]["band"] is None
    # No value at all is not one resting on too few: there is nothing to place.
    assert metrics.reference_points["reflection_to_question"]["too_few_to_place"] is False
    assert metrics.talk_share_words == {"coach": 100.0, "client": 0.0}


def test_an_empty_session_has_no_shares_and_no_monologue() -> None:
    metrics = compute_metrics([])
    assert metrics.talk_share_words == {"coach": None, "client": None}
    assert metrics.longest_coach_monologue is None
    assert metrics.talk_seconds is None


def test_it_measures_time_from_start_stamps_alone(transcript_bytes: Read) -> None:
    # plain.txt starts: Lena 0, Sam 4, Lena 12, Sam 15, Lena 21; then Sam 25 (a story of
    # 44 words) and Lena 90 (last: no end, 1 word of 5 + 11 + 4 + 12 + 1 + 44 + 1 = 78).
    # Each line lasts until the next starts or as long as its words take at 2 a second,
    # whichever is shorter: Lena min(4, 2.5) + min(3, 2) + min(4, 0.5) = 5 s, Sam
    # min(8, 5.5) + min(6, 6) + min(65, 22) = 33.5 s.
    story = " ".join(["I keep running, and the deadlines keep on coming at me."] * 4)
    data = transcript_bytes("plain.txt") + f"[00:25] Sam: {story}\n[01:30] Lena: Mm.\n".encode()
    utterances = parse_transcript(data).utterances
    coded = [CodedUtterance(u, "other" if u.role == "coach" else "neutral") for u in utterances]
    metrics = compute_metrics(coded)
    assert metrics.talk_seconds == {"coach": 5.0, "client": 33.5}
    assert metrics.talk_share_time == {"coach": 13.0, "client": 87.0}  # 5 / 38.5 s
    assert (metrics.talk_time_untimed, metrics.talk_time_untimed_words) == (1, 1)
    assert metrics.silences is None and metrics.overlaps is None
    assert metrics.to_dict()["silence_count"] is None
    # Lena's longest turn: "How has the week been?" (5 words), min(4, 2.5) s as in talk time.
    assert metrics.longest_coach_monologue is not None
    assert (metrics.longest_coach_monologue.words, metrics.longest_coach_monologue.seconds) == (
        5,
        2.5,
    )


def test_it_has_no_time_figures_without_stamps() -> None:
    utterances = parse_transcript(b"Ana: Ready?\nBen: Yes.\n").utterances
    metrics = compute_metrics([CodedUtterance(u, "other") for u in utterances])
    assert metrics.talk_seconds is None and metrics.talk_share_time is None
    assert metrics.silences is None


def test_overlaps_need_different_speakers() -> None:
    a = Utterance(0, 0, "Ana", "coach", "One.", 0.0, 5.0)
    b = Utterance(1, 0, "Ana", "coach", "Two.", 4.0, 6.0)
    metrics = compute_metrics([CodedUtterance(a, "other"), CodedUtterance(replace(b), "other")])
    assert metrics.overlaps == []


def test_its_dict_has_every_documented_key(zoom: SessionMetrics) -> None:
    data = zoom.to_dict()
    assert {
        "talk_share_words",
        "talk_share_time",
        "reflection_to_question",
        "pct_open_questions",
        "pct_complex_reflections",
        "coach_code_counts",
        "question_category_counts",
        "longest_coach_monologue",
        "stacked_questions",
        "silence_count",
        "overlap_count",
        "client_terms",
        "client_metaphors",
        "verbal_matching_pct",
        "representational",
        "client_reflecting_to_reporting",
        "client_disclosure_pct",
        "pct_change_talk",
        "client_names",
        "reference_points",
    } <= set(data)
    assert data["longest_coach_monologue"] == {
        "turn": 2,
        "words": 12,
        "seconds": 6.9,
        "start": 19.0,
        "opening": "That sounds heavy. What keeps the…",
    }
    assert (data["silence_count"], data["overlap_count"]) == (1, 1)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Well — I don't know ... 42?", 5),  # a dash and a lone "..." are no words
        ("今日は何を話しますか？", 10),  # each kanji and kana a word; "？" none
        ("ありがとう。", 5),
        ("Zoomで話しましょう。", 8),  # "Zoom", then で 話 し ま し ょ う
        ("今日の セッション", 8),  # the space splits nothing more: 3 + 5
        ("สวัสดีครับ", 7),  # ส ว ส ด ค ร บ: the vowel and tone marks sit on them
        ("ﾊﾞｲﾄ", 3),  # a half-width sound mark is part of the kana before it
    ],
)
def test_text_without_spaces_counts_each_letter_as_a_word(text: str, words: int) -> None:
    assert word_count(text) == words


JAPANESE_VTT = """WEBVTT

00:00:01.000 --> 00:00:05.000
<v 佐藤>今日は何について話したいですか？

00:00:06.000 --> 00:00:12.000
<v 田中>仕事のことです。最近よく眠れません。

00:00:13.000 --> 00:00:16.000
<v 佐藤>眠れないのはいつからですか？
""".encode()


def test_a_session_in_japanese_shares_its_words_by_their_letters() -> None:
    # Coach: 15 + 13 letters; client: 7 + 9. Read as spaced words, each line was one.
    utterances = parse_transcript(JAPANESE_VTT, coach="佐藤").utterances
    metrics = compute_metrics([CodedUtterance(u, "other") for u in utterances])
    assert metrics.words == {"coach": 28, "client": 16}
    assert metrics.talk_share_words == {"coach": 63.6, "client": 36.4}


# Coach turns 0, 2, 4 ... 14, each one utterance coded as an open question, with a
# client's reply between. Turn 2 asks two things in one sentence, each with its verb
# ("what would you do", "who would you tell"; "and when?" only asks the time of it);
# turn 12 too ("what are you taking away", "is there anything you'd change"). The
# others ask one: a question about two things, one with its time, an either/or, one
# after a clause that asks nothing, and one with a tag.
ONE_SENTENCE_STACKS = [
    "How was the week?",
    "What would you do, who would you tell, and when?",
    "What did you notice about your energy and your sleep?",
    "What will you do, and by when?",
    "Do you know that, or is it a guess?",
    "When you think about it, what matters most?",
    "What are you taking away from today, and is there anything you'd change?",
    "Where are you now, would you say, on that scale?",
]


def test_a_sentence_that_asks_two_things_is_a_stacked_question() -> None:
    coded = []
    for k, question in enumerate(ONE_SENTENCE_STACKS):
        coded.append(
            CodedUtterance(Utterance(2 * k, 2 * k, "Ana", "coach", question), "open_question")
        )
        reply = Utterance(2 * k + 1, 2 * k + 1, "Ben", "client", "I'd think about it.")
        coded.append(CodedUtterance(reply, "neutral"))
    metrics = compute_metrics(coded)
    assert metrics.stacked_question_turns == [2, 12]
    assert [questions_asked(q) for q in ONE_SENTENCE_STACKS] == [1, 2, 1, 1, 1, 1, 2, 1]


def test_a_question_with_its_tail_in_one_utterance_is_not_stacked() -> None:
    # "Do you think you'd be good at it? The lead role?" is one utterance (the tail joins
    # its question when a turn is cut): one question, no stacked turn. Cut as two
    # utterances coded as questions in one turn, it would count as two.
    asked = "Do you think you'd be good at it? The lead role?"
    assert questions_asked(asked) == 1
    one = [
        CodedUtterance(Utterance(0, 0, "Gary", "coach", asked), "closed_question"),
        CodedUtterance(Utterance(1, 1, "Nadia", "client", "I don't know."), "neutral"),
    ]
    assert compute_metrics(one).stacked_question_turns == []
    two = [
        CodedUtterance(Utterance(0, 0, "Gary", "coach", "Do you think you'd be good at it?"),
                       "closed_question"),
        CodedUtterance(Utterance(1, 0, "Gary", "coach", "The lead role?"), "closed_question"),
        CodedUtterance(Utterance(2, 1, "Nadia", "client", "I don't know."), "neutral"),
    ]  # fmt: skip
    assert compute_metrics(two).stacked_question_turns == [0]


def test_an_either_or_asked_in_two_sentences_is_one_question() -> None:
    # "Is it X? Or is it Y?" asks one question, as "Is it X, or is it Y?" does. Turn 0:
    # an either/or in two sentences, one question. Turn 2: two questions, then the second
    # one's other half: two. Turn 4: the "or" half asks a question of its own: two.
    said = [
        ("coach", "Are you going to book it this week?", "closed_question"),
        ("coach", "Or are you waiting for something?", "closed_question"),
        ("client", "Waiting, I suppose.", "neutral"),
        ("coach", "Could someone else pull the numbers?", "closed_question"),
        ("coach", "Is there a template?", "closed_question"),
        ("coach", "Or, um, could you automate part of it?", "closed_question"),
        ("client", "There's a template.", "neutral"),
        ("coach", "Is it the work?", "closed_question"),
        ("coach", "Or what else could be going on?", "open_question"),
        ("client", "The people, mostly.", "neutral"),
    ]
    turns = [0, 0, 1, 2, 2, 2, 3, 4, 4, 5]
    coded = [
        CodedUtterance(Utterance(k, turn, "Ana" if role == "coach" else "Ben", role, text), code)
        for k, ((role, text, code), turn) in enumerate(zip(said, turns, strict=True))
    ]
    assert compute_metrics(coded).stacked_question_turns == [2, 4]


def test_only_a_question_counts_its_questions() -> None:
    # The same two-part sentence coded as a reflection asks nothing: no stacked turn.
    said = [
        Utterance(0, 0, "Ana", "coach", "What would you do, and who would you tell?"),
        Utterance(1, 1, "Ben", "client", "Not sure."),
        Utterance(2, 2, "Ana", "coach", "What you'd do, and who you'd tell."),
        Utterance(3, 3, "Ben", "client", "Yes."),
    ]
    codes = ["open_question", "neutral", "complex_reflection", "neutral"]
    metrics = compute_metrics([CodedUtterance(u, c) for u, c in zip(said, codes, strict=True)])
    assert metrics.stacked_question_turns == [0]


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("What happened, and what did you do?", 2),
        ("How are you, and how was the weekend?", 2),
        ("What would you do and who would you tell?", 2),
        ("What did you drink, and how much?", 1),
        ("Is it the work, or is it the people?", 1),
        ("Is it the work, or, um, is it the people?", 1),
        ("Do you want to start there, or with what you'd planned?", 1),
        ("Can I ask, what's your gut telling you?", 1),
        ("And the handbrake side, what's it protecting?", 1),
        ("What, if anything, would you change?", 1),
        ("Where 1 is not at all ready and 10 is all in, where are you?", 1),
        ("What would, uh, what would help?", 1),
        ("Tell me more?", 1),
        # a clause of time or condition whose subject is "nobody", "everyone"...
        ("How do you know it would be wrong, when nobody else has written one?", 1),
        ("What would you do, if everyone agreed?", 1),
        # still two where the second part asks
        ("What will you do, and what does everyone else need from you?", 2),
        ("Who else knows, and what does anyone expect?", 2),
    ],
)
def test_the_questions_a_sentence_asks(question: str, asked: int) -> None:
    assert questions_asked(question) == asked
