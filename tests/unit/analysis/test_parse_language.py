"""A transcript, or one side of it, that is not in English is still read, with a
warning: the model, the rules and the word lists are made for English."""

from __future__ import annotations

import pytest

from coachconn.analysis.lexicon import language_counts, not_english, not_english_side
from coachconn.analysis.parse import parse_transcript
from coachconn.analysis.signals import session_reading
from coachconn.analysis.types import CodedUtterance

GERMAN = """Coach: Was möchtest du heute mitnehmen?
Klientin: Ich weiß es nicht genau. Die Arbeit ist gerade sehr viel und ich schlafe schlecht.
Coach: Was ist im Moment am schwersten für dich?
Klientin: Dass ich nie abschalten kann. Selbst am Wochenende denke ich an die Projekte.
Coach: Und wenn du einen Abend nur für dich hättest?
Klientin: Schön, aber ich hätte ein schlechtes Gewissen gegenüber meinem Team.
"""
JAPANESE = """コーチ: 今日のセッションで何を持ち帰りたいですか？
クライアント: よく分かりません。今は仕事がとても多くて、よく眠れません。
"""
ENGLISH = """Renée: What would you like to take away from today?
José: I'm not sure. Work is a lot right now and I'm sleeping badly, Renée.
Renée: What's the hardest part at the moment?
José: That I never switch off. Even at the weekend I think about the projects.
Renée: And if you had an evening just for yourself?
José: Nice, but I'd feel guilty towards my team, to be honest with you.
"""
# The coach asks in English; the client answers in Spanish.
SWITCHING = """Coach: What would you like to take away from today?
Cliente: No lo sé muy bien. El trabajo es mucho ahora y duermo mal por las noches.
Coach: What's the hardest part for you at the moment?
Cliente: Que nunca puedo desconectar. Incluso el fin de semana pienso en los proyectos.
Coach: And if you had an evening that was just for you?
Cliente: Sería bonito, pero me sentiría culpable con mi equipo y con mi jefa.
Coach: Say more?
Cliente: Siempre pienso que alguien va a necesitar algo de mí cuando no estoy.
"""
# A three-way meeting: the session's client, Ben, speaks English; Cleo, who is neither
# the coach nor the client, Spanish. Her lines are judged with neither side's: counted
# with Ben's, they would make the client's side read as Spanish.
THREE_WAY = """Ana: What would you like to take away from today?
Ben: A plan for the launch.
Cleo: No lo sé muy bien. El trabajo es mucho ahora y duermo mal por las noches.
Ana: What's the hardest part for you at the moment?
Cleo: Que nunca puedo desconectar. Incluso el fin de semana pienso en los proyectos.
Ben: Time.
Cleo: Sería bonito, pero me sentiría culpable con mi equipo y con mi jefa.
Cleo: Siempre pienso que alguien va a necesitar algo de mí cuando no estoy.
"""
ENDING = (
    ": the codes, question categories and key terms are made for English and may be wrong "
    "here; the signals that rest on them read can't tell"
)


def _warnings(text: str, coach: str) -> list[str]:
    return parse_transcript(text.encode(), coach=coach).warnings


def test_german_is_read_with_a_warning_that_says_why() -> None:
    # 5 + 15 + 8 + 13 + 9 + 10 = 60 words, five of them English function words too
    # ("was" and "am" twice each, "an"): 5 of 60 is 8%.
    (warning,) = _warnings(GERMAN, "Coach")
    assert warning == (
        "this transcript does not seem to be in English (only 8% of the words are everyday "
        'English words such as "the" or "you", where English talk has 60% or more)' + ENDING
    )


def test_a_client_who_answers_in_another_language_is_named() -> None:
    (warning,) = _warnings(SWITCHING, "Coach")
    assert warning.startswith("the client's lines do not seem to be in English (only ")


def test_a_script_outside_a_to_z_is_named() -> None:
    (warning,) = _warnings(JAPANESE, "コーチ")
    assert warning == (
        "this transcript does not seem to be in English (100% of the letters are not a to z)"
        + ENDING
    )


def test_english_with_accented_names_reads_as_english() -> None:
    assert _warnings(ENGLISH, "Renée") == []


def test_too_little_text_is_not_judged() -> None:
    assert not_english(language_counts(["Ja.", "Nein, danke."])) is None
    assert not_english(language_counts(["はい。"])) is None
    assert not_english(language_counts([])) is None


def test_counts_read_letters_words_and_function_words() -> None:
    counts = language_counts(["I don’t know, Zoë.", "Wait: 42 días?"])
    # Letters: I, dont, know, Zoë, Wait, días = 1 + 4 + 4 + 3 + 4 + 4; not a to z: ë, í.
    assert counts == language_counts(["I don’t know, Zoë."]) + language_counts(["Wait: 42 días?"])
    assert (counts.letters, counts.a_to_z) == (20, 18)
    # Words: i, don't, know, zoë, wait, días; "i" and "don't" are function words.
    assert (counts.words, counts.function_words) == (6, 2)


def test_a_long_transcript_is_judged_by_its_first_pages() -> None:
    # Each line counts 11 characters with its space: lines are read until 20,000, so
    # 1,819 of them (20,009 characters), 3 words each.
    counts = language_counts(["I am here."] * 10_000)
    assert counts.words == 3 * 1_819


def test_each_side_is_judged_on_its_own() -> None:
    # The client says far more, in Spanish; the coach asks in English: only the client's
    # side is not English, even though the transcript as a whole reads as Spanish.
    coach = ["What is that like for you, when you think about it now?"] * 5
    client = [line.split(": ", 1)[1] for line in SWITCHING.splitlines() if "Cliente" in line]
    found = not_english_side(client * 4, coach)
    assert found is not None and found[0] == "client"
    assert not_english_side(coach * 10, coach) is None


# All in Spanish, the coach's few short lines too: 26 words, 128 letters, too few to
# judge alone (200), one of them an English function word.
ALL_SPANISH = """Coach: ¿Qué te gustaría trabajar hoy?
Cliente: Quiero hablar de mi equipo. Siento que no me escuchan en las reuniones.
Coach: ¿Qué pasa cuando no te escuchan?
Cliente: Me quedo callada y después me siento frustrada conmigo misma.
Coach: Te quedas callada y luego viene la frustración.
Cliente: Sí. Me gustaría hablar con más confianza en las reuniones.
Coach: ¿Qué necesitarías para hablar con más confianza?
Cliente: Preparar mis ideas antes y pedir la palabra al principio.
"""


def test_a_side_too_short_to_judge_alone_that_is_not_english_either_is_named_too() -> None:
    # 5 of the client's 43 words are English function words too (12%): not English. The
    # coach's short side reads no better (1 of 26), so the whole transcript is named, not
    # the client's side alone, which left the coach's Spanish questions coded and read.
    (warning,) = _warnings(ALL_SPANISH, "Coach")
    assert warning.startswith("this transcript does not seem to be in English (only ")
    t = parse_transcript(ALL_SPANISH.encode(), coach="Coach")
    reading = session_reading([CodedUtterance(u, "other") for u in t.utterances])
    assert sorted(reading.not_english) == ["client", "coach"]


def test_a_short_english_side_stays_read_beside_another_language() -> None:
    # SWITCHING's coach says 32 words, too few to judge alone, in English: the client's
    # side alone is named.
    coach = [line.split(": ", 1)[1] for line in SWITCHING.splitlines() if "Coach" in line]
    assert language_counts(coach).letters < 200
    client = [line.split(": ", 1)[1] for line in SWITCHING.splitlines() if "Cliente" in line]
    found = not_english_side(client, coach)
    assert found is not None and found[0] == "client"
    found = not_english_side(coach, client)  # the sides the other way round
    assert found is not None and found[0] == "coach"


@pytest.mark.parametrize(
    ("text", "coach", "client"),
    [(GERMAN, "Coach", None), (SWITCHING, "Coach", None), (ENGLISH, "Renée", None),
     (THREE_WAY, "Ana", "Ben")],
    ids=["german", "switching", "english", "three-way"],
)  # fmt: skip
def test_the_warning_and_the_session_reading_judge_the_same_lines(
    text: str, coach: str, client: str | None
) -> None:
    t = parse_transcript(text.encode(), coach=coach, known_client=client)
    reading = session_reading([CodedUtterance(u, "other") for u in t.utterances])
    warned = [w.removesuffix(ENDING) for w in t.warnings if w.endswith(ENDING)]
    assert warned == sorted(set(reading.not_english.values()))
    assert bool(warned) == (text in (GERMAN, SWITCHING))


JAPANESE_GUESS = """佐藤: 今日は何について話したいですか？
田中: 仕事のことです。最近よく眠れません。
佐藤: 眠れないのはいつからですか？
"""
# Marta, the coach, asks twice; Lucía once. Marta says "me" (Spanish for "me") in three
# sentences, which the English cue for "I" would count against her: questions with "you"
# less "I" would make Lucía (1) the coach over Marta (2 - 3 = -1).
SPANISH_GUESS = """Marta: ¿Qué te gustaría trabajar hoy?
Lucía: No sé muy bien. El trabajo es mucho ahora y duermo mal por las noches. ¿Es normal?
Marta: Me parece importante. ¿Me cuentas más?
Lucía: Pienso en los proyectos incluso el fin de semana, cuando estoy con mi familia.
Marta: Me alegra que lo digas. Me quedo con eso.
Lucía: Siempre pienso que alguien va a necesitar algo de mí cuando no estoy.
"""
BY_QUESTIONS = (
    "asks most, by question marks alone: the lines are not in English, so 'you' and 'I' "
    "are not counted"
)


@pytest.mark.parametrize(
    ("text", "coach"), [(JAPANESE_GUESS, "佐藤"), (SPANISH_GUESS, "Marta")], ids=["ja", "es"]
)
def test_a_guess_in_another_language_rests_on_question_marks_and_says_so(
    text: str, coach: str
) -> None:
    t = parse_transcript(text.encode())
    assert (t.coach, t.coach_guessed) == (coach, True)
    assert f"coach guessed: {coach} ({BY_QUESTIONS})" in t.warnings


def test_a_guess_in_another_language_without_questions_takes_the_first_speaker() -> None:
    t = parse_transcript("田中: 仕事のことです。\n佐藤: そうですね。\n".encode())
    assert t.coach == "田中"
    assert (
        "coach guessed: 田中 (nobody asks more, by question marks alone: the lines are not "
        "in English, so 'you' and 'I' are not counted; first speaker)"
    ) in t.warnings
