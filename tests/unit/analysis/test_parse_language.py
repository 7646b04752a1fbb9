"""A transcript that is not in English is still read, with a warning: the model, the
rules and the word lists are made for English."""

from __future__ import annotations

from coachconn.analysis.lexicon import not_english
from coachconn.analysis.parse import parse_transcript

GERMAN = """Coach: Was möchtest du heute mitnehmen?
Klientin: Ich weiß es nicht genau. Die Arbeit ist gerade sehr viel und ich schlafe schlecht.
Coach: Was ist im Moment am schwersten für dich?
Klientin: Dass ich nie abschalten kann. Selbst am Wochenende denke ich an die Projekte.
"""
JAPANESE = """コーチ: 今日のセッションで何を持ち帰りたいですか？
クライアント: よく分かりません。今は仕事がとても多くて、よく眠れません。
"""
ENGLISH = """Renée: What would you like to take away from today?
José: I'm not sure. Work is a lot right now and I'm sleeping badly, Renée.
Renée: What's the hardest part at the moment?
José: That I never switch off. Even at the weekend I think about the projects.
"""


def _warnings(text: str, coach: str) -> list[str]:
    return parse_transcript(text.encode(), coach=coach).warnings


def test_german_is_read_with_a_warning_that_says_why() -> None:
    # 5 + 15 + 8 + 13 = 41 words, of which five are English function words too: "was"
    # twice, "am" twice and "an". 5 of 41 is 12%.
    (warning,) = _warnings(GERMAN, "Coach")
    assert warning == (
        "this transcript does not read as English (12% of its words are common English "
        "words, against 60% or more): the codes, question categories and key terms are "
        "made for English and may be wrong here"
    )


def test_a_script_outside_the_latin_alphabet_is_named() -> None:
    (warning,) = _warnings(JAPANESE, "コーチ")
    assert "(100% of its letters are not in the Latin alphabet)" in warning


def test_english_with_accented_names_reads_as_english() -> None:
    assert _warnings(ENGLISH, "Renée") == []


def test_too_little_text_is_not_judged() -> None:
    assert not_english(["Ja.", "Nein, danke."]) is None
    assert not_english(["はい。"]) is None
    assert not_english([]) is None
