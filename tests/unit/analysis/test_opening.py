"""The one reader of a sentence's opening (analysis.opening), and the four readers that
derive from it: a client's rising "?" (segmentation), a coach's caption without its "?"
(unmarked_question), a question's form (question_form_features) and how many questions
one sentence asks (questions_asked)."""

from __future__ import annotations

import pytest

from coachconn.analysis.opening import (
    AUXILIARIES,
    WH_WORDS,
    WORD,
    asking_word,
    inverted,
    is_tag,
    lead_length,
    read_opening,
    wh_opening,
)
from coachconn.analysis.rules import question_form, question_form_features, questions_asked
from coachconn.analysis.segment import segment_turn, unmarked_question


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("What would you do?", ("what", "would", "you", "do")),
        ("So, um, what would you do?", ("what", "would", "you", "do")),
        ("And-and so, where do you usually go?", ("where", "do", "you", "usually")),
        ("Mm-hmm, is there more?", ("is", "there", "more")),
        ("Yeah, I mean, who doesn't?", ("who", "doesn't")),
        ("All right, what\u2019s next?", ("what's", "next")),
        ("You know, have you thought about that?", ("have", "you", "thought", "about")),
        ("Can I ask you, Sam, how is it going?", ("can", "i", "ask", "you")),
        ("Can I ask you, um, so what is it?", ("what", "is", "it")),
        ("May I ask how it went?", ("how", "it", "went")),
        ('"Is it worth it?"', ("is", "it", "worth", "it")),
        # near misses: the words of the sentence itself, not a lead
        ("You know what I mean?", ("you", "know", "what", "i")),
        ("Can I ask you something?", ("can", "i", "ask", "you")),
        ("Soon, maybe.", ("soon", "maybe")),
        ("Justine said no.", ("justine", "said", "no")),
        ("Imean, it's fine.", ("imean", "it's", "fine")),
    ],
)
def test_the_opening_is_the_first_words_after_the_lead(
    sentence: str, words: tuple[str, ...]
) -> None:
    assert read_opening(sentence).words == words


@pytest.mark.parametrize(
    "sentence", ["-which is a big deal.", "\u2014 what you said.", "...and then what", "So, um."]
)
def test_a_line_broken_off_or_all_lead_has_no_opening(sentence: str) -> None:
    opening = read_opening(sentence)
    assert (opening.words, opening.first, opening.rest) == ((), "", "")


def test_the_rest_and_what_follows_the_first_words_are_as_written() -> None:
    opening = read_opening("Okay, where\u2019s it, I think, going?")
    assert opening.rest == "where\u2019s it, I think, going?"
    assert opening.after(2) == ", I think, going?"
    assert opening.after(9) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "So, um, what would you do",
        "Right, is that normal",
        "Okay... should I just quit",
        "Mm-hmm, yeah, and how long has it been",
        "I mean, where did you cut yourself",
        "Or, like, which one",
    ],
)
def test_the_token_reading_of_a_lead_agrees_with_the_sentence_reading(sentence: str) -> None:
    words = WORD.findall(sentence.lower())
    assert tuple(words[lead_length(words) :][:4]) == read_opening(sentence).words


@pytest.mark.parametrize(
    ("words", "taken"),
    [
        (["and", "you", "know"], 3),  # "you know" ends the part: set off
        (["you", "know", "what", "i", "mean"], 0),
        (["umm", "hmmm", "so", "what"], 3),
        (["can", "i", "ask", "you", "what"], 0),  # a preface, in a part, is its own
        (["under", "way"], 0),
    ],
)
def test_a_parts_lead(words: list[str], taken: int) -> None:
    assert lead_length(words) == taken


@pytest.mark.parametrize(
    ("word", "asks"),
    [
        ("what", True),
        ("what's", True),
        ("whom", True),
        ("isn't", True),
        ("won't", True),
        ("am", True),
        ("whatever", False),
        ("wheres", False),
        ("you", False),
        ("like", False),
    ],
)
def test_an_asking_word(word: str, asks: bool) -> None:
    assert asking_word(word) is asks


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("what would you do", 2),
        ("what's it protecting", 1),
        ("who'd you tell", 1),
        ("how long have you been there", 3),
        ("by when would you know", 3),
        ("what happened next", 2),
        ("what else is there", 3),
        # near misses: a clause, "to", a number, a topic, a word alone
        ("when you think about it", 0),
        ("how long you've smoked", 0),
        ("how to start", 0),
        ("where 1 is not at all", 0),
        ("what about Lou", 0),
        ("how much", 0),
        ("what the weeks could look like", 0),
        ("whatever you like", 0),
    ],
)
def test_a_wh_question_opens_with_a_wh_word_and_a_verb(sentence: str, count: int) -> None:
    assert wh_opening(sentence.lower().split()) == count


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("where do you want to go", 2),
        ("how long have you been there", 3),
        ("what's next", 1),
        # an unmarked question needs its verb to be one that inverts
        ("what happened next", 0),
        ("what would help is a plan", 2),  # (the caller refuses the clause as subject)
        ("how interesting", 0),
        ("what a week", 0),
    ],
)
def test_a_wh_word_with_a_verb_after_it(sentence: str, count: int) -> None:
    assert wh_opening(sentence.split(), verb_after=True) == count


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("is there anything else", True),
        ("do you want to", True),
        ("would your boss see it", True),
        ("did that help", True),
        ("can i ask you something", True),
        ("have there been times", True),
        ("do your kids know", True),  # (and "do your best": each reader narrows)
        ("have the kids noticed", True),
        # near misses: an imperative, a statement, one word
        ("do that first", False),
        ("have my notes ready", False),
        ("do something about it", False),
        ("have it your way", False),
        ("you do want to", False),
        ("is", False),
    ],
)
def test_a_verb_before_its_subject(sentence: str, asks: bool) -> None:
    assert inverted(sentence.split()) is asks


@pytest.mark.parametrize(
    ("rest", "tag"),
    [([], True), (["think"], True), (["say", "so"], True), (["ask", "you", "something"], True)],
)
def test_a_tag_or_a_preface(rest: list[str], tag: bool) -> None:
    assert is_tag(rest) is tag


@pytest.mark.parametrize("rest", [["think", "about", "it"], ["want", "to"], ["mind"]])
def test_more_than_a_tag(rest: list[str]) -> None:
    assert not is_tag(rest)


# --- the four readers share the lists --------------------------------------------------


@pytest.mark.parametrize("verb", sorted(AUXILIARIES))
def test_every_verb_that_inverts_opens_a_question_for_every_reader(verb: str) -> None:
    sentence = f"{verb.capitalize()} you want more?"
    assert question_form_features(sentence)["auxiliary_first"] == 1.0
    assert [s.text for s in segment_turn(f"{sentence} I do.", role="client")] == [
        sentence,
        "I do.",
    ]
    assert questions_asked(f"{sentence[:-1]}, and {verb} they want less?") == 2
    assert unmarked_question(sentence[:-1])


@pytest.mark.parametrize("wh", sorted(WH_WORDS - {"which"}))
def test_every_wh_word_opens_a_question_for_every_reader(wh: str) -> None:
    sentence = f"Um, {wh} would you pick?"
    assert [s.text for s in segment_turn(f"{sentence} I'd pick one.", role="client")] == [
        sentence,
        "I'd pick one.",
    ]
    assert questions_asked(f"{wh.capitalize()} would you pick, and {wh} would they?") == 2
    assert unmarked_question(sentence[:-1])
    features = question_form_features(sentence)
    assert features["wh_open"] + features["wh_fact"] == 1.0


# --- outcomes the shared reader changed ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Yeah, is that normal? I never used to worry.",
        "So-so, should I just quit? I keep asking myself.",
        "Mm-hmm, what would help? I don't know.",
        "Well, you know- why don't you just tell me? I'd rather know.",
    ],
)
def test_a_clients_question_after_a_filler_or_a_stutter_asks(text: str) -> None:
    assert len(segment_turn(text, role="client")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "You know what I mean? It's just hard.",
        "You know how I said I was in the band? That was years ago.",
        "Whatever you want? I don't mind.",
        "Like I said? It's fine.",
    ],
)
def test_a_clients_tag_or_statement_with_a_rising_mark_stays_with_the_answer(text: str) -> None:
    assert [s.text for s in segment_turn(text, role="client")] == [text]


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "Okay, so. So, um, so are you sure you want to start there",
            "So, um, so are you sure you want to start there",
        ),
        ("That's a lot. How long have you been at forty", "How long have you been at forty"),
        ("Right. Can I suggest something", "Can I suggest something"),
        ("Good. Did the trustees say anything", "Did the trustees say anything"),
        ("Okay. Why don't we stop there", "Why don't we stop there"),
    ],
)
def test_a_coachs_unmarked_question_after_a_filler_or_with_any_inverting_verb_splits(
    text: str, question: str
) -> None:
    assert [s.text for s in segment_turn(text, role="coach")][-1] == question


@pytest.mark.parametrize(
    "text",
    [
        "Good. Have my notes ready for Friday",
        "Okay. Do something about it",
        "Right. You know what I mean",
        "Sure. Whatever works",
    ],
)
def test_a_coachs_imperative_or_statement_is_no_unmarked_question(text: str) -> None:
    assert [s.text for s in segment_turn(text, role="coach")] == [text]


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Mm-hmm, what sort of stresses?", "open"),
        ("So-so what's the definition, for you, of a good mate?", "open"),
        ("You said 'everyone says it's normal.' What do you say?", "open"),
        ("Is-is doing yoga at home appealing?", "closed"),
        ("You know what I mean?", "closed"),
        ("Um, you know how I said I was in the band?", "closed"),
    ],
)
def test_the_form_reads_past_a_stutter_a_filler_or_a_quote_but_not_a_tag(
    text: str, form: str
) -> None:
    assert question_form(text) == form


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("How'd it go? What were you up to?", 2),
        ("What'd you do, and who'd you tell?", 2),
        ("Did your boss agree, and what happened next?", 2),
        ("Could you make those choices and have those conversations?", 1),
        ("Would you do it again, or do that differently?", 1),
        ("What would help, you know, at home?", 1),
    ],
)
def test_the_questions_a_sentence_asks_read_contractions_and_refuse_imperatives(
    question: str, asked: int
) -> None:
    assert questions_asked(question) == asked
