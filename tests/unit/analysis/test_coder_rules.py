"""The rules that refine the model's codes, on hand-written coaching utterances."""

from __future__ import annotations

import re

import pytest

from coachconn.analysis.rules import client_code, client_flags, coach_code, question_category

SUBTYPES = {"question": "open", "reflection": "simple", "input": "information"}


@pytest.mark.parametrize(
    ("question", "category"),
    [
        ("What feels most important to you in all of this?", "exploration"),
        ("Tell me more about what happened with the team.", "exploration"),
        ("What else is going on for you?", "exploration"),
        ("What makes you so certain he'd refuse?", "assumption_challenging"),
        ("How do you know that's what they think of you?", "assumption_challenging"),
        ("Who says you have to do it all yourself?", "assumption_challenging"),
        ("How might your manager describe the same meeting?", "assumption_challenging"),
        ("What would a good year look like for you?", "future_focused"),
        ("How will you know you've made it?", "future_focused"),
        ("What's the first step you'll take on Monday?", "future_focused"),
        ("Imagine it's sorted - what's different?", "future_focused"),
        ("When have you got through something this hard before?", "resource_accessing"),
        ("Who in your life could back you on this?", "resource_accessing"),
        ("What strengths can you bring to it?", "resource_accessing"),
        ("What has helped in the past when you felt like this?", "resource_accessing"),
        ("How is our conversation feeling to you right now?", "process"),
        ("I notice we keep coming back to your brother - what do you notice?", "process"),
        ("What would make our work together more useful?", "process"),
        ("What aren't you telling me that might matter here?", "process"),
        # less textbook forms
        ("Has anything helped, even a little?", "resource_accessing"),
        ("Is there anyone at work who has been through a restructure?", "resource_accessing"),
        ("Have you thought about telling her before Friday?", "future_focused"),
        ("What could stop you sending it?", "future_focused"),
        ("What will you have done by our next session?", "future_focused"),
        ("Did she actually say that?", "assumption_challenging"),
        ("By whose standards is that a failure?", "assumption_challenging"),
        ("Is that a fact, or what you expect?", "assumption_challenging"),
        ("How much challenge would you like from me?", "process"),
        ("Would you like a suggestion?", "process"),
        ("What has kept you in the job this long?", "exploration"),
        ("How are you feeling today?", "exploration"),
        ("What would have to be true for a four-day week to work?", "assumption_challenging"),
        ("What do we know about what happened with your sister?", "exploration"),
        ("What was the deadline like for you?", "exploration"),
        ("Who's your biggest critic?", "exploration"),
        ("Do you sleep well?", "exploration"),
        ("I suppose what I'm wondering is, what happened next?", "exploration"),
        ("When you will have the answer, what then?", "future_focused"),
        ("Could we come back to that later?", "process"),
        ("What\u2019s the smallest step you\u2019ll take?", "future_focused"),
        ("Who\u2019s in your corner?", "resource_accessing"),
    ],
)
def test_it_puts_each_question_in_its_inquiry_category(question: str, category: str) -> None:
    assert question_category(question) == category


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("That took a lot of courage.", "affirmation"),
        ("Well done for sticking with it all month.", "affirmation"),
        ("Thank you for trusting me with that.", "affirmation"),
        ("You're clearly determined to make this work.", "affirmation"),
        ("Let's look at what you committed to last time.", "structuring"),
        ("We have about ten minutes left, so I'd like to turn to your actions.", "structuring"),
        ("Before we wrap up, what are you taking away?", "structuring"),
        ("Can we park that and come back to it later in the session?", "structuring"),
        ("When I started out I had exactly that fear.", "self_disclosure"),
        ("I've been there myself, in my first leadership job.", "self_disclosure"),
        ("Speaking for myself, deadlines always made me anxious.", "self_disclosure"),
        ("Mm-hmm.", "other"),
        ("Okay, I see.", "other"),
        ("Let's see.", "other"),
    ],
)
def test_it_refines_other_into_affirmation_structuring_and_self_disclosure(
    text: str, code: str
) -> None:
    assert coach_code(text, "other", SUBTYPES) == code


def test_it_takes_question_and_reflection_subtypes_from_the_model() -> None:
    assert coach_code("Did you call her?", "question", SUBTYPES | {"question": "closed"}) == (
        "closed_question"
    )
    assert coach_code("You're worn out.", "reflection", SUBTYPES) == "simple_reflection"
    assert (
        coach_code("Part of you wants to stay.", "reflection", SUBTYPES | {"reflection": "complex"})
        == "complex_reflection"
    )


def test_it_calls_input_advice_when_it_tells_the_client_what_to_do() -> None:
    assert coach_code("You should write it down tonight.", "therapist_input", SUBTYPES) == "advice"
    assert (
        coach_code("The programme runs for twelve weeks.", "therapist_input", SUBTYPES)
        == "information"
    )


@pytest.mark.parametrize(
    ("text", "reflecting", "reporting", "disclosure"),
    [
        ("I realise I always back down when he raises his voice.", True, False, False),
        ("I think I tend to wait until I'm sure before I speak.", True, False, False),
        ("What I notice about myself is that I go quiet.", True, False, False),
        ("Then he said the whole plan had to change.", False, True, False),
        ("We had a meeting on Tuesday and she told me the news.", False, True, False),
        ("Yesterday I sent the proposal to finance.", False, True, False),
        ("Honestly, I feel ashamed of how I spoke to her.", False, False, True),
        ("I'm scared I'll be found out.", False, False, True),
        ("Im so overwhelmed at the moment.", False, False, True),
        ("I've never told anyone this, but I cried in the car park.", False, False, True),
        ("Yeah, that's about right.", False, False, False),
        ("The budget is about two million.", False, False, False),
    ],
)
def test_it_flags_client_reflecting_reporting_and_disclosure(
    text: str, reflecting: bool, reporting: bool, disclosure: bool
) -> None:
    flags = client_flags(text)
    assert (flags.reflecting, flags.reporting, flags.disclosure) == (
        reflecting,
        reporting,
        disclosure,
    )


@pytest.mark.parametrize(
    ("text", "disclosure"),
    [
        ("I panicked, I think.", True),
        ("Nervous. I have to present on Friday.", True),
        ("Honestly, scared.", True),
        ("The report froze twice.", False),
        ("The team panicked when the numbers came out.", False),
    ],
)
def test_a_feeling_named_alone_or_by_what_it_did_is_disclosure(text: str, disclosure: bool) -> None:
    assert client_flags(text).disclosure is disclosure


def test_an_insight_after_a_story_is_both_reflecting_and_reporting() -> None:
    # The labelling guide's flags are independent: the story is still told.
    flags = client_flags("She told me I was late again, and I realise I always rush at the end.")
    assert flags.reflecting
    assert flags.reporting


def test_a_self_disclosure_overrides_what_the_model_read_as_a_reflection() -> None:
    text = "When I moved into my first director role, I had exactly that wobble too."
    assert coach_code(text, "reflection", SUBTYPES) == "self_disclosure"


def test_advice_the_model_left_in_other_is_advice() -> None:
    text = "You might also write down your three key messages before the meeting."
    assert coach_code(text, "other", SUBTYPES) == "advice"


def test_a_long_reflection_with_a_passing_compliment_stays_a_reflection() -> None:
    text = (
        "That's great. So you've found some reasons to change, like the late nights and "
        "the missed weekends, and you've started to plan around them."
    )
    assert coach_code(text, "reflection", SUBTYPES) == "simple_reflection"


@pytest.mark.parametrize(
    ("text", "model", "code"),
    [
        ("I'll ask my colleague to grill me on Thursday.", "neutral", "change"),
        ("I'm going to block out Friday mornings.", "neutral", "change"),
        ("I want to stop taking calls at dinner.", "neutral", "change"),
        ("I'd like to ask for the four-day week.", "neutral", "change"),
        ("I'd really like to get this right.", "neutral", "change"),
        ("I'll not be doing that again.", "neutral", "neutral"),
        ("It was a long week.", "neutral", "neutral"),
        ("I'll never manage it, so why try.", "sustain", "sustain"),
        # Words about the conversation itself commit to nothing outside it.
        ("I'd like to say more about that.", "neutral", "neutral"),
        ("I'll be honest, it was a rough week.", "neutral", "neutral"),
        ("I want to talk about my manager today.", "neutral", "neutral"),
        ("I'll just say it: I'm tired.", "neutral", "neutral"),
        ("I'd like to tell you what happened on Monday.", "neutral", "neutral"),
        ("I'd like to come back to that.", "neutral", "neutral"),
        ("I'd like to pick up on what you said earlier.", "neutral", "neutral"),
        ("I want to talk about my relationship with my wife.", "neutral", "neutral"),
        ("I'd like to add something, if that's okay.", "neutral", "neutral"),
        # ... while the same verbs aimed at someone else, or at a later time, still commit,
        ("I'll talk to my manager on Monday.", "neutral", "change"),
        ("I'm going to tell him I can't take it on.", "neutral", "change"),
        ("I want to say no to the extra project.", "neutral", "change"),
        ("I want to talk about it with my wife tonight.", "neutral", "change"),
        ("I'll mention it to her tomorrow.", "neutral", "change"),
        ("I'm going to say something to him on Monday.", "neutral", "change"),
        ("I'm going to be honest with my boss about the hours.", "neutral", "change"),
        ("I need to admit to her that I was wrong.", "neutral", "change"),
        # ... and so do "go back to", "start with" and "add" aimed at something to do.
        ("I'm going to go back to the gym.", "neutral", "change"),
        ("I'll start with the smallest drawer tonight.", "neutral", "change"),
        ("I'd like to add a walk to my lunch break.", "neutral", "change"),
        ("I want to come back to running this spring.", "neutral", "change"),
    ],
)
def test_commitment_in_the_clients_words_is_change_talk(text: str, model: str, code: str) -> None:
    assert client_code(text, model) == code


def test_a_plan_for_thursday_is_not_reporting() -> None:
    assert not client_flags("I'll ask my colleague to grill me on Thursday.").reporting


@pytest.mark.parametrize(
    "text",
    [
        "That took real courage.",
        "Let's spend the last ten minutes on what you'll do next.",
        "When I changed roles I found that part hard too.",
        "What makes you so certain he'd refuse?",
        "Who in your life could back you on this?",
    ],
)
def test_the_coach_cues_read_any_letter_case(text: str) -> None:
    # The cue lists match lower case on lowered text; shouting must change nothing.
    for behaviour in ("question", "reflection", "therapist_input", "other"):
        assert coach_code(text.upper(), behaviour, SUBTYPES) == coach_code(
            text, behaviour, SUBTYPES
        )
    assert question_category(text.upper()) == question_category(text)


def test_the_client_cues_read_any_letter_case() -> None:
    text = "Honestly, I realise I always say yes. Then she told me the client had decided."
    flags = client_flags(text)
    assert client_flags(text.upper()) == flags
    assert (flags.reflecting, flags.reporting, flags.disclosure) == (True, True, True)
    assert client_code("I'LL ASK HER ON MONDAY.", "neutral") == "change"


def test_a_cue_list_refuses_an_upper_case_pattern() -> None:
    from coachconn.analysis.rules._text import _rx

    with pytest.raises(ValueError, match="lower case"):
        _rx(r"\bI think\b")
    assert _rx(r"\bi think\b", r"\S+ \W").search("so i think")


def test_clear_caches_empties_every_cache_in_the_rule_modules() -> None:
    import importlib
    import pkgutil

    from coachconn.analysis import rules

    modules = [
        importlib.import_module(f"{rules.__name__}.{found.name}")
        for found in pkgutil.iter_modules(rules.__path__)
    ]
    cached = [
        value
        for module in modules
        for value in vars(module).values()
        if hasattr(value, "cache_info") and value.__module__ == module.__name__
    ]
    assert len(cached) >= 2  # the cleaned text and the short answers, at least
    for function in cached:
        function("I'll ask her on Monday.")
    rules.clear_caches()
    assert [f.__qualname__ for f in cached if f.cache_info().currsize] == []


def test_a_cue_that_opens_on_lookbehinds_is_tried_from_its_first_letter() -> None:
    from coachconn.analysis.rules._text import _boundary_first, _letter_first

    assert _letter_first(r"(?<!said )(?<!that )we can") == r"w(?<!(?:said )w)(?<!(?:that )w)e can"
    assert _letter_first(r"(?<=[)\]] )so\b|\bthen") == r"s(?<=(?:[)\]] )s)o\b|\bthen"
    assert _boundary_first(r"(?<!\bif )\bi could") == r"\bi(?<!(?:\bif )i) could"
    # nothing to gain, or nothing to move: as written
    for pattern in (r"(?<!x)(?:a|b)", r"(?<!x)a?b", r"(?<!x)\w+", r"we can", r"(?!x)a"):
        assert _letter_first(pattern) == pattern
        assert _boundary_first(pattern) == pattern


def test_a_cue_list_gathered_by_first_letter_matches_as_written() -> None:
    from coachconn.analysis.rules._text import _rx

    patterns = (
        r"\bwhat if\b",
        r"\bhow (?:come|so)\b|\bwhy not\b",  # alternatives of its own, each gathered
        r"\bwe can\b",
        r"\b(?:our|this) time\b",  # opens on a group: stays in its place
        r"\bwhat\b",  # after "what if": still tried after it
        r"\bhow\b",
        r"\bw(?<!(?:said )w)ell\b",
    )
    # as written: each after one word boundary, in order
    bounded = [p.removeprefix(r"\b") for p in patterns]
    plain = re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in bounded) + ")")
    built = _rx(*patterns)
    assert built.pattern != plain.pattern
    texts = (
        "what if we can, what then",
        "how come? how so. how",
        "why not this time, our time",
        "well, she said well",
        "whatever happens",
    )
    for text in texts:
        found = [(m.span(), m.group()) for m in built.finditer(text)]
        assert found == [(m.span(), m.group()) for m in plain.finditer(text)], text


def test_a_cue_list_with_groups_keeps_them_numbered_as_written() -> None:
    from coachconn.analysis.rules._text import _rx

    built = _rx(r"\bw(a)\b", r"\bh(b)\b", r"\bw(c)\b")
    found = built.search("wc")
    assert found is not None
    assert found.groups() == (None, None, "c")


def test_a_cue_list_matches_the_same_whichever_way_it_is_tried() -> None:
    from coachconn.analysis.rules._text import _rx

    patterns = (
        r"\b(?<!said )(?<!that )we can\b",
        r"(?<!\bif )(?<!\bwish )\bi could\b",
        r"(?<=, )so\b|\bthen\b",
        r"(?<![.!?] )(?<!^)well\b",
        r"\bnow\b",
    )
    # as written: the bounded ones after one word boundary, then the rest, in order
    bounded = [p.removeprefix(r"\b") for p in patterns if p.startswith(r"\b")]
    rest = [p for p in patterns if not p.startswith(r"\b")]
    alternatives = [r"\b(?:" + "|".join(f"(?:{p})" for p in bounded) + ")"]
    plain = re.compile("|".join(alternatives + [f"(?:{p})" for p in rest]))
    texts = (
        "we can go now",
        "she said we can go",
        "if i could, i could",
        "i wish i could. i could",
        "yes, so then",
        "so, well, well then",
        "well. well now",
    )
    built = _rx(*patterns)
    assert built.pattern != plain.pattern
    for text in texts:
        found = [(m.span(), m.group()) for m in built.finditer(text)]
        assert found == [(m.span(), m.group()) for m in plain.finditer(text)], text
