"""Verbal matching and representational systems, on the Zoom fixture and small cases.

Client speech in zoom.vtt (utterances 2 and 6):
  "Work feels like a treadmill. I keep running and the deadlines keep coming.
   I feel stuck on that treadmill." / "Mostly me, honestly. I say yes to all the deadlines."
Content words (neither stopwords, everyday words nor fillers): "treadmill" x2,
"deadlines" x2, "running" x1, "stuck" x1 ("work", "keep", "coming", "feel", "say"
are everyday words; "mostly", "honestly" fillers). No phrase is said twice. The
coach says "treadmill" afterwards (utterance 4) but none of the others: verbal
matching 1 of 4 = 25 %.

verbal_matching.txt is a realistic exchange, counted by hand in
test_it_counts_verbal_matching_on_a_realistic_exchange.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from tests.deadline import in_time

from coachconn.analysis.lexicon import stem
from coachconn.analysis.metrics import compute_metrics
from coachconn.analysis.parse import parse_transcript
from coachconn.analysis.rapport import (
    MAX_TERMS,
    Metaphor,
    Named,
    Term,
    _quoted_keys,
    client_metaphors,
    client_names,
    client_terms,
    proper_nouns,
    representational,
    verbal_matching_pct,
)
from coachconn.analysis.types import CodedUtterance, Utterance

Read = Callable[[str], bytes]


def _utterances(*lines: tuple[str, str]) -> list[Utterance]:
    return [
        Utterance(i, i, "Ana" if role == "coach" else "Ben", role, text)
        for i, (role, text) in enumerate(lines)
    ]


def test_it_finds_the_clients_distinctive_terms_and_their_reuse(transcript_bytes: Read) -> None:
    utterances = parse_transcript(transcript_bytes("zoom.vtt")).utterances
    assert client_terms(utterances) == [
        Term("treadmill", 2, reused=True),
        Term("deadlines", 2, reused=False),
        Term("running", 1, reused=False),
        Term("stuck", 1, reused=False),
    ]
    metrics = compute_metrics([CodedUtterance(u, "other") for u in utterances])
    # 1 of 4 reused: too few terms for a share, so none, as the report gives the count.
    assert metrics.verbal_matching_pct is None


def test_the_share_of_reused_terms_needs_six_terms() -> None:
    # Under MIN_KEY_TERMS the JSON gives no share (the text gives the count); from it,
    # the share. 4 of 5 would read 80.0%, 5 of 6 reads 83.3%.
    five = [Term(f"word{i}", 2, reused=i > 0) for i in range(5)]
    assert verbal_matching_pct(five) is None
    assert verbal_matching_pct([Term("word", 2, reused=True)]) is None
    assert verbal_matching_pct([]) is None
    six = [*five, Term("word5", 2, reused=True)]
    assert verbal_matching_pct(six) == 83.3


def test_it_counts_verbal_matching_on_a_realistic_exchange(transcript_bytes: Read) -> None:
    # Client clauses, fillers dropped ("exactly" x2, "basically", "I mean",
    # "honestly"): phrases said twice: "feel stuck", "at the table" (each absorbs
    # its word: "stuck" x2, "table" x2). Other content words: "budget" x2, and once
    # "engineer", "depth", "confidence", "scares". Seven terms, phrases first among
    # equals. The coach then says "depth" ("Out of your depth"), "stuck"
    # ("feeling stuck", the content word of "feel stuck") and "budget"; never
    # "table", "engineer", "confidence" or "scares": 3 of 7 = 42.9 %.
    transcript = parse_transcript(transcript_bytes("verbal_matching.txt"), "v.txt", "Coach")
    terms = client_terms(transcript.utterances)
    assert terms == [
        Term("at the table", 2, reused=False),
        Term("feel stuck", 2, reused=True),
        Term("budget", 2, reused=True),
        Term("engineer", 1, reused=False),
        Term("depth", 1, reused=True),
        Term("confidence", 1, reused=False),
        Term("scares", 1, reused=False),
    ]
    assert verbal_matching_pct(terms) == 42.9


def test_fillers_and_adverbs_are_never_key_terms() -> None:
    utterances = _utterances(
        ("client", "Exactly. Honestly, I literally, totally, definitely, basically hate it."),
        ("client", "Exactly, you know, I mean, it's kind of, sort of, actually constantly there."),
    )
    assert [t.term for t in client_terms(utterances)] == ["hate"]


def test_adverbs_that_join_one_thought_to_another_are_never_key_terms() -> None:
    utterances = _utterances(
        ("client", "I waited instead. Somehow it never worked, not anymore."),
        ("client", "So I'll ask instead. Somehow I always waited, not anymore."),
    )
    assert [t.term for t in client_terms(utterances)] == ["waited"]


def test_numbers_are_never_key_terms() -> None:
    utterances = _utterances(
        ("client", "Five hours, maybe six. Half the night awake with the deadline."),
        ("client", "Five, six hours. The deadline again, half past four."),
    )
    terms = [t.term for t in client_terms(utterances)]
    assert "deadline" in terms
    assert not {"five", "six", "half", "four"} & set(terms)


def test_the_days_a_plan_names_are_not_key_terms() -> None:
    # Every plan names a day: "Thursday" three times, "on Sunday" twice and "next Friday"
    # said back are no language of the client's; "run" (twice) is.
    utterances = _utterances(
        ("client", "I'll run on Sunday and on Thursday. Thursday is my quiet day."),
        ("coach", "Next Friday, then."),
        ("client", "Yes, next Friday. And another run on Sunday, or on Thursdays."),
        ("coach", "A run on Sunday."),
    )
    terms = [t.term for t in client_terms(utterances)]
    assert "run" in terms
    assert not [t for t in terms if "sunday" in t or "thursday" in t or "friday" in t]


def test_parts_of_everyday_phrases_are_not_key_terms() -> None:
    utterances = _utterances(
        ("client", "I need to figure it out. The budget went back and forth for an hour."),
        ("client", "I still can't figure that out: hours of back and forth on the budget."),
    )
    terms = [t.term for t in client_terms(utterances)]
    assert "budget" in terms
    assert not {"figure", "forth", "hour", "hours"} & set(terms)


def test_it_matches_the_coachs_reuse_by_word_stem() -> None:
    utterances = _utterances(
        ("client", "The deadlines pile up and I feel stuck."),
        ("coach", "Which deadline matters most, and what is the stuckness like?"),
    )
    assert client_terms(utterances) == [
        Term("deadlines", 1, reused=True),
        Term("pile", 1, reused=False),
        Term("stuck", 1, reused=True),
    ]


def test_words_with_accents_are_whole_terms() -> None:
    utterances = _utterances(
        ("client", "José keeps booking the café for our one-to-ones. Naïve of me."),
        ("coach", "What does the café give José?"),
    )
    terms = {t.term: t.reused for t in client_terms(utterances)}
    assert terms["café"] is True and "naïve" in terms
    assert not {"jos", "caf", "na", "ve"} & set(terms)
    # José is written with a capital inside a sentence: a name, not a term.
    assert "josé" not in terms and client_names(utterances) == [Named("José", 1)]


def test_the_people_and_places_a_client_names_are_names_not_key_terms() -> None:
    utterances = _utterances(
        ("coach", "Where would you like to start?"),
        ("client", "Priya wants the report by Friday, and I told Priya that Leeds is too far."),
        ("coach", "What do you make of what Priya wants?"),
        ("client", "Well, Priya's plan suits Priya. I'd rather stay near Leeds."),
        ("client", "HR said the same. Mr Okafor agreed on Monday, and the RFCs are due."),
        ("client", "Oh God, not again, and at Easter too, Jesus."),
    )
    terms = {t.term for t in client_terms(utterances)}
    assert not {"priya", "priya's", "leeds"} & terms
    # Most often said first; a possessive counts; the days, titles and capitals are not names.
    assert client_names(utterances) == [Named("Priya", 4), Named("Leeds", 2), Named("Okafor", 1)]


def test_a_capital_that_grammar_puts_there_is_not_a_name() -> None:
    utterances = _utterances(
        ("client", "Hope is all I have. I said: Stop. Will it work? Mark my words."),
        ("client", "I hope so, and I will mark the dates, though Grace, my sister, laughed."),
        ("coach", 'You said "Deadlines" twice - Deadlines matter.'),
    )
    # Sentence openings, after a colon or a quotation mark or a dash, and a word also
    # written in lower case ("will", "hope", "mark") are not names; Grace after a comma is.
    assert proper_nouns(utterances) == {"Grace"}


def test_a_term_the_client_writes_in_capitals_is_shown_in_capitals() -> None:
    utterances = _utterances(
        ("client", "The CFO wants the KPIs by Friday. The CFO never asks about the team."),
        ("client", "My KPIs are fine. Honestly, the Board and the board are the problem."),
    )
    terms = {t.term for t in client_terms(utterances)}
    # Always in capitals: shown so; "board" is written both ways, so it stays lower case.
    assert {"CFO", "KPIs", "board"} <= terms


def test_a_word_the_client_always_writes_with_a_capital_is_shown_so() -> None:
    # "English" is capitalised inside a sentence each time: a language, no name, so a
    # key term, shown as written ("in English", not "in english"). "Meetings" opens a
    # sentence each time it is capitalised and is "meetings" once: shown in lower case.
    utterances = _utterances(
        ("client", "Meetings. All in English. It is hard in English."),
        ("client", "Many meetings. I am slow in English."),
    )
    terms = {t.term for t in client_terms(utterances)}
    assert {"in English", "meetings"} <= terms


def test_a_capitalised_word_only_at_the_start_of_sentences_stays_lower_case() -> None:
    # "Deadlines" is capitalised only where it opens a sentence: no sign of a name.
    utterances = _utterances(
        ("client", "Deadlines. I hate them."), ("client", "Deadlines again, always.")
    )
    assert [t.term for t in client_terms(utterances)] == ["deadlines", "hate"]


def test_fillers_thanks_and_peoples_are_neither_terms_nor_names() -> None:
    utterances = _utterances(
        ("client", "Cheers. To be fair, the forecast slipped, to be fair. Cheers for that."),
        ("client", "I'm Australian, we can take it, and the forecast is ninety percent right."),
        ("client", "In fairness it was ninety percent, and Telstra said so, the Australian way."),
    )
    terms = {t.term for t in client_terms(utterances)}
    assert "forecast" in terms
    assert not {"cheers", "fair", "fairness", "percent"} & terms
    assert client_names(utterances) == [Named("Telstra", 1)]


def test_a_transcript_in_lower_case_names_no_one() -> None:
    utterances = _utterances(("client", "i told priya on friday that leeds is too far."))
    assert client_names(utterances) == [] and proper_nouns(utterances) == set()


def test_the_speakers_own_names_are_not_listed_among_the_names_said() -> None:
    utterances = [
        Utterance(0, 0, "Robin Ashdown", "coach", "How was the week, Sam?"),
        Utterance(1, 1, "Sam Okoro", "client", "Thanks, Robin. Tolu came back, and Tolu is fine."),
    ]
    assert client_names(utterances) == [Named("Tolu", 2)]


def test_a_repeated_phrase_counts_once_however_the_filler_falls() -> None:
    # "out of my depth" x2 (the filler "really" dropped); the coach's "your" is
    # not needed: the phrase is reused when its content word "depth" comes back.
    utterances = _utterances(
        ("client", "I am out of my depth. Really out of my depth."),
        ("coach", "Out of your depth?"),
    )
    assert client_terms(utterances) == [Term("out of my depth", 2, reused=True)]


def test_it_finds_the_clients_metaphors_and_their_reuse(transcript_bytes: Read) -> None:
    utterances = parse_transcript(transcript_bytes("zoom.vtt")).utterances
    assert client_metaphors(utterances) == [
        Metaphor("feels like a treadmill", "treadmill", utterance=2, count=1, reused=True)
    ]


def test_it_counts_predicates_but_names_no_system_on_little_evidence(
    transcript_bytes: Read,
) -> None:
    # Client: feels, feel, stuck -> kinesthetic 3, fewer than 5 predicates.
    # Coach: focus (visual), sounds (auditory), heavy (kinesthetic).
    utterances = parse_transcript(transcript_bytes("zoom.vtt")).utterances
    rep = representational(utterances)
    assert rep.client == {"visual": 0, "auditory": 0, "kinesthetic": 3}
    assert rep.coach == {"visual": 1, "auditory": 1, "kinesthetic": 1}
    assert (rep.client_dominant, rep.client_system, rep.coach_matching_pct) == (
        None,
        "unknown",
        None,
    )


def test_every_set_phrase_holds_a_word_the_phrases_are_looked_for_by() -> None:
    # A text without any of NOT_PREDICATE_WORDS is read without the pattern: a phrase
    # added to it without one would never be taken out.
    from coachconn.analysis.lexicon import NOT_PREDICATE_PHRASES, NOT_PREDICATE_WORDS
    from coachconn.analysis.rules._text import _alternatives

    phrases = _alternatives(NOT_PREDICATE_PHRASES.pattern)
    assert len(phrases) > 1
    assert [p for p in phrases if not any(w in p for w in NOT_PREDICATE_WORDS)] == []


def test_set_phrases_are_taken_out_in_any_case() -> None:
    from coachconn.analysis.lexicon import without_set_phrases

    assert without_set_phrases("Nice to SEE you! I feel it.") == " ! I feel it."
    assert without_set_phrases("Nice to \u017fee you.") == " ."  # a long s is an s
    assert without_set_phrases("I see it now.") == "I see it now."


def test_it_finds_the_dominant_system_with_enough_evidence() -> None:
    # Client: feel, stuck, heavy, pressure, tight (kinesthetic 5), see (visual 1).
    # Coach: feel, heavy (kinesthetic), look (visual): 2 of 3 in the client's system.
    utterances = _utterances(
        ("client", "I feel stuck. It is heavy, the pressure is tight, and I see no way out."),
        ("coach", "How does that feel? How heavy is it? How does it look from there?"),
    )
    rep = representational(utterances)
    assert rep.client == {"visual": 1, "auditory": 0, "kinesthetic": 5}
    assert (rep.client_dominant, rep.client_system, rep.coach_matching_pct) == (
        "kinesthetic",
        "kinesthetic",
        66.7,
    )


@pytest.mark.parametrize(
    ("coach", "matching"),
    [
        # two coach predicates, neither kinesthetic: too few to read, not 0.0%
        ("How does it look? How does it sound?", None),
        ("How does that feel? How does it look from there?", None),  # 1 of 2: still too few
        ("How does it look? How does it sound? What do you see?", 0.0),  # 3: read
    ],
)
def test_the_coachs_share_in_the_clients_system_needs_three_predicates(
    coach: str, matching: float | None
) -> None:
    utterances = _utterances(
        ("client", "I feel stuck. It is heavy, the pressure is tight, and I see no way out."),
        ("coach", coach),
    )
    assert representational(utterances).coach_matching_pct == matching


@pytest.mark.parametrize(
    ("text", "system"),
    [
        ("I see what you mean.", "visual"),
        ("How does that look to you?", "visual"),
        ("That sounds important.", "auditory"),
        ("How does that resonate?", "auditory"),
        ("How does that feel?", "kinesthetic"),
        ("What's your gut sense?", "kinesthetic"),
    ],
)
def test_the_seeds_examples_count_in_their_system(text: str, system: str) -> None:
    counts = representational(_utterances(("coach", text))).coach
    assert counts == {s: int(s == system) for s in ("visual", "auditory", "kinesthetic")}


@pytest.mark.parametrize(
    "text",
    [
        "Good to see you, Maya.",
        "Nice to see you again.",
        "Great. See you next week.",
        "See you then.",
        "Bye, see you.",
        "I'll see you on Monday.",
        "See you in two weeks, Tom.",
        "I see.",
        "Oh, I see.",
        "Right, I see, so the deadline moved.",
        "Let's see.",
        "We'll see how it goes.",
        "I'll see if I can.",
        "Feel free to call me.",
        "Get in touch when you know.",
    ],
)
def test_a_set_phrase_whose_sensory_word_senses_nothing_is_no_predicate(text: str) -> None:
    # A greeting, a parting, "I see." as a nod, waiting, trying, leave or contact:
    # everyone says them, whatever their system.
    counts = representational(_utterances(("client", text))).client
    assert counts == {"visual": 0, "auditory": 0, "kinesthetic": 0}


@pytest.mark.parametrize(
    ("text", "visual"),
    [
        ("I can see it clearly.", 2),  # see, clearly
        ("I picture it.", 1),
        ("It looks bright.", 2),  # looks, bright
        ("I see what you mean.", 1),  # the seed's example
        ("I see it now.", 1),
        ("I can see you in a leadership role.", 1),  # "in a" is no time to meet
        ("I see you next to her.", 1),  # "next" is no time to meet here
        ("I can see you're tired.", 1),
        ("I see you.", 1),
        ("What do you see?", 1),
        # A greeting beside a real predicate: only the greeting is left out.
        ("Good to see you. I can picture the new office already.", 1),
    ],
)
def test_a_sensory_word_outside_a_set_phrase_still_counts(text: str, visual: int) -> None:
    assert representational(_utterances(("client", text))).client["visual"] == visual


def test_feel_like_before_a_clause_is_a_hedge_not_a_sensation() -> None:
    # "feel like we", "feel like giving", "feels like nothing": hedges, not
    # counted; "feels like a weight": feels + weight, kinesthetic 2. "look
    # forward", "looking for": not visual. "tell me": not auditory.
    utterances = _utterances(
        ("client", "I feel like we should stop. I feel like giving up."),
        ("client", "It feels like nothing works. It feels like a weight."),
        ("client", "I look forward to it; I am looking for help. Tell me."),
    )
    assert representational(utterances).client == {"visual": 0, "auditory": 0, "kinesthetic": 2}
    assert [m.text for m in client_metaphors(utterances)] == ["feels like a weight"]


def test_it_prefers_a_repeated_pair_over_its_words() -> None:
    # "board meeting" x2: "board" and "meeting" only occur inside it, so the pair stands alone.
    utterances = _utterances(
        ("client", "The board meeting scares me."),
        ("coach", "What about it?"),
        ("client", "Every board meeting ends badly."),
    )
    terms = client_terms(utterances)
    assert terms[0] == Term("board meeting", 2, reused=False)
    assert not {"board", "meeting"} & {t.term for t in terms}


# "in front of the board" is five words, too long for a term: its phrases are "in
# front" and "front of the board" (and "quiet in front", "stumbles in front", said
# once), which share "front" without one holding the other. The client says 19 words,
# fewer than 50, so a word said once counts: "quiet", "stumbles", "looks", "thin";
# "front" and "board" are said only inside "front of the board", as often, and give way
# to it.
IN_FRONT_OF_THE_BOARD = (
    ("client", "She goes quiet under pressure from the board."),
    ("coach", "What happens then?"),
    ("client", "If she stumbles under pressure from the board, it looks thin."),
)


def test_a_phrase_said_only_overlapping_a_longer_one_gives_way_to_it() -> None:
    assert client_terms(_utterances(*IN_FRONT_OF_THE_BOARD)) == [
        Term("pressure from the board", 2, reused=False),
        Term("quiet", 1, reused=False),
        Term("stumbles", 1, reused=False),
        Term("looks", 1, reused=False),
        Term("thin", 1, reused=False),
    ]


def test_a_phrase_also_said_apart_from_a_longer_one_is_listed_beside_it() -> None:
    # Said once more on its own, "under pressure" is 3 against 2: both are the client's.
    more = (*IN_FRONT_OF_THE_BOARD, ("coach", "And?"), ("client", "I freeze under pressure."))
    terms = [(t.term, t.count) for t in client_terms(_utterances(*more))]
    assert terms[:2] == [("under pressure", 3), ("pressure from the board", 2)]
    # As often as the longer phrase, but not each time with it: "under pressure" from the
    # board once and from the team once, "pressure from the board" once after "the".
    apart = _utterances(
        ("client", "She goes quiet under pressure from the board."),
        ("coach", "What happens then?"),
        ("client", "I freeze under pressure from my team."),
        ("coach", "And?"),
        ("client", "We felt the pressure from the board."),
    )
    terms = [(t.term, t.count) for t in client_terms(apart)]
    assert terms[:3] == [("pressure", 3), ("pressure from the board", 2), ("under pressure", 2)]
    assert "board" not in dict(terms)  # said only inside "pressure from the board"


def test_two_windows_of_one_long_phrase_are_one_term() -> None:
    # "look at the job description" is five words, too long for a term: its two windows
    # of four, each said twice and each time together, are one term, the later one.
    said = _utterances(
        ("client", "When I look at the job description, it's mostly users."),
        ("coach", "And then?"),
        ("client", "I'll look at the job description again tonight."),
    )
    terms = [(t.term, t.count) for t in client_terms(said)]
    assert ("at the job description", 2) in terms
    assert "look at the job" not in dict(terms)
    # Said once more apart, "look at the job" is 3 against 2: both are the client's.
    more = (*[(u.role, u.text) for u in said], ("coach", "Go on."),
            ("client", "I never look at the job ads."))  # fmt: skip
    terms = [(t.term, t.count) for t in client_terms(_utterances(*more))]
    assert ("look at the job", 3) in terms
    assert ("at the job description", 2) in terms


def test_a_term_the_coach_said_first_is_not_the_clients_own() -> None:
    # "garden" is the coach's word, taken up by the client: listing it would count the
    # coach's later "garden" as matching the client's language. "shed" is the client's.
    utterances = _utterances(
        ("coach", "Tell me about the garden."),
        ("client", "The garden is where I think. The garden, and the shed."),
        ("coach", "The garden and the shed."),
    )
    assert client_terms(utterances) == [Term("shed", 1, reused=True)]


def test_it_needs_a_clear_lead_for_a_dominant_system() -> None:
    # 3 visual, 2 auditory: a lead of one is "mixed"; 4 kinesthetic: "unknown".
    close = _utterances(
        ("client", "I see it, I picture it, it is clear. I hear it, it sounds off.")
    )
    rep = representational(close)
    assert (rep.client["visual"], rep.client["auditory"]) == (3, 2)
    assert (rep.client_dominant, rep.client_system) == (None, "mixed")
    few = _utterances(("client", "Heavy, stuck, tight, tense."))
    rep = representational(few)
    assert (rep.client["kinesthetic"], rep.client_dominant, rep.client_system) == (
        4,
        None,
        "unknown",
    )


def test_it_reads_several_metaphor_cues() -> None:
    utterances = _utterances(
        ("client", "It's like a pressure cooker in there, as if nobody can breathe."),
        ("coach", "A pressure cooker."),
    )
    assert [(m.text, m.image, m.reused) for m in client_metaphors(utterances)] == [
        ("It's like a pressure cooker", "cooker", True),
        ("as if nobody can breathe", "breathe", False),
    ]


def test_a_metaphor_ends_before_a_new_clause_and_keeps_the_clients_case() -> None:
    utterances = _utterances(
        ("client", "It feels like a mountain I keep putting off."),
        ("client", "I feel like a hamster and I'm leaving. Work is like a Treadmill."),
        ("client", "work is like a treadmill, honestly."),
        ("coach", "A mountain you keep putting off."),
    )
    assert [(m.text, m.image, m.count, m.reused) for m in client_metaphors(utterances)] == [
        ("like a Treadmill", "treadmill", 2, False),
        ("feels like a mountain", "mountain", 1, True),
        ("like a hamster", "hamster", 1, False),
    ]


def test_it_counts_a_repeated_metaphor_once_with_its_frequency() -> None:
    utterances = _utterances(
        ("client", "It feels like a treadmill."),
        ("client", "Some days it's like a fog."),
        ("client", "Honestly it feels like a treadmill."),
    )
    assert [(m.text, m.utterance, m.count) for m in client_metaphors(utterances)] == [
        ("feels like a treadmill", 0, 2),
        ("it's like a fog", 1, 1),
    ]


def test_a_doing_after_feels_like_and_a_figure_verb_are_metaphors() -> None:
    # "feels like I've been" + "carrying" (no everyday verb) + "a": the doing is the
    # figure, its thing ends on "bricks". "drowning" needs no cue. The coach says
    # "bricks" back; "drowning" is not said back.
    utterances = _utterances(
        ("client", "It feels like I've been carrying a backpack full of bricks for months."),
        ("client", "I am drowning in it"),
        ("coach", "Those bricks sound heavy."),
    )
    assert [(m.text, m.image, m.utterance, m.reused) for m in client_metaphors(utterances)] == [
        ("carrying a backpack full of bricks", "bricks", 0, True),
        ("drowning in it", "drowning", 1, False),
    ]


@pytest.mark.parametrize(
    ("said", "found"),
    [
        ("Honestly, I'm drowning.", [("drowning", "drowning")]),
        ("We're drowning in emails and meetings.", [("drowning in emails", "drowning")]),
        ("I'm buried under paperwork.", [("buried under paperwork", "buried")]),
        ("It felt like we were pushing a boulder.", [("pushing a boulder", "boulder")]),
        # four words stop on "old": two more are read to reach the noun
        (
            "It's like a big heavy old suitcase.",
            [("It's like a big heavy old suitcase", "suitcase")],
        ),
        ("It's like a performance.", [("It's like a performance", "performance")]),
        ("It felt like a trial.", [("felt like a trial", "trial")]),
        # a thing cut short before its noun
        ("It was like a remedial, you know, catch-up.", []),
        ("Work is like a really big", []),
        # an opinion, an everyday doing, a burial
        ("It feels like I've been doing a terrible job.", []),
        ("It feels like we never finish.", []),
        ("Dad was buried in the churchyard.", []),
    ],
)
def test_a_metaphor_names_a_thing_or_a_figure(said: str, found: list[tuple[str, str]]) -> None:
    got = client_metaphors(_utterances(("client", said)))
    assert [(m.text, m.image) for m in got] == found


def test_a_term_is_shown_as_the_client_said_it_most_often() -> None:

    said = [
        Utterance(0, 0, "Ben", "client", "The deadline moved again."),
        Utterance(1, 1, "Ana", "coach", "Mm."),
        Utterance(2, 2, "Ben", "client", "Deadlines, deadlines. Always the deadlines."),
    ]
    terms = {t.term: t.count for t in client_terms(said)}
    assert terms["deadlines"] == 4 and "deadline" not in terms


# The client says 11 words, fewer than 50, so a word said once counts. "running" twice,
# "runs" and "run" once each: one term by stem, 4 in all, shown as said most often,
# the other forms in the order first said (as often each). "team", "rest" once each
# ("always" is a filler); no phrase is said twice.
RUNNING = (
    ("client", "Running, always running."),
    ("coach", "Mm."),
    ("client", "She runs the team, and I run the rest."),
)


def test_a_term_names_the_other_forms_its_count_takes_in() -> None:
    assert client_terms(_utterances(*RUNNING)) == [
        Term("running", 4, reused=False, other_forms=("runs", "run")),
        Term("team", 1, reused=False),
        Term("rest", 1, reused=False),
    ]


def test_a_metaphor_said_twice_counts_twice_whatever_the_apostrophe_or_hyphen() -> None:
    utterances = _utterances(
        ("client", "It’s like a pressure cooker at work. Like a roller-coaster."),
        ("client", "Honestly it's like a pressure cooker. Like a roller coaster."),
    )
    assert [(m.text, m.count) for m in client_metaphors(utterances)] == [
        ("It’s like a pressure cooker", 2),
        ("Like a roller-coaster", 2),
    ]


# The client says 17 + 25 + 22 = 64 words. Said twice: "deadlines" (the coach says it
# back) and "at midnight" (a phrase, which takes in its word; the coach does not say
# it); every other content word once ("project", "director", "brings", "pile", "move",
# "doubles", "emails", "afraid"...). The coach quotes "good enough", everyday words the
# client said once.
SAID_ONCE_AND_QUOTED = (
    ("coach", "What would you like to focus on today?"),
    ("client", "I keep saying yes to every project my director brings me, and then the "
               "deadlines pile up."),
    ("coach", "So the deadlines keep coming."),
    ("client", "The deadlines never move, even when the work doubles. I end up answering "
               "emails at midnight, and I notice I resent it more every week."),
    ("coach", "What else?"),
    ("client", "Honestly, I am afraid that if I say no, they will see I am not good enough. "
               "So I write at midnight."),
    ("coach", 'What does "good enough" mean to you?'),
)  # fmt: skip


def test_a_word_said_once_is_no_key_term_of_a_client_who_says_much() -> None:
    # Repeated terms first (the phrase first among equals); the quoted phrase, said once,
    # after them. Reused: 2 of 3.
    terms = client_terms(_utterances(*SAID_ONCE_AND_QUOTED))
    assert terms == [
        Term("at midnight", 2, reused=False),
        Term("deadlines", 2, reused=True),
        Term("good enough", 1, reused=True),
    ]
    assert verbal_matching_pct(terms) is None  # 3 terms: too few for a share


def test_a_client_who_says_little_has_key_terms_from_their_first_use() -> None:
    # 4 words: fewer than 50, so a word said once counts.
    utterances = _utterances(("client", "The deadlines pile up."), ("coach", "Deadlines?"))
    assert client_terms(utterances) == [
        Term("deadlines", 1, reused=True),
        Term("pile", 1, reused=False),
    ]


@pytest.mark.parametrize("word", ["Hello", "Hi", "Hey", "Bye", "Goodbye"])
def test_a_greeting_or_a_parting_is_no_key_term_of_a_client_who_says_little(word: str) -> None:
    # 4 words: fewer than 50, so a word said once counts, but a greeting or a parting is
    # said in every session and says nothing of the client's language.
    utterances = _utterances(
        ("client", f"{word}. The deadlines pile."), ("coach", f"{word}. Deadlines?")
    )
    assert client_terms(utterances) == [
        Term("deadlines", 1, reused=True),
        Term("pile", 1, reused=False),
    ]


def test_a_phrase_the_coach_says_back_is_the_clients_however_seldom_said() -> None:
    # "budget meeting", said once, comes back word for word: one term, in place of its
    # two words (said as often), and reused. "drains" is said once by a client who says
    # little (5 words), so it counts.
    utterances = _utterances(
        ("client", "The budget meeting drains me."),
        ("coach", "What happens in the budget meeting?"),
    )
    assert client_terms(utterances) == [
        Term("budget meeting", 1, reused=True),
        Term("drains", 1, reused=False),
    ]


def test_everyday_words_said_back_count_only_in_quotation_marks() -> None:
    client = ("client", "It has to be good enough.")
    plain = _utterances(client, ("coach", "Good enough for whom?"))
    assert client_terms(plain) == []
    quoted = _utterances(client, ("coach", "“Good enough” for whom?"))
    assert client_terms(quoted) == [Term("good enough", 1, reused=True)]


def test_a_phrase_the_coach_quoted_first_is_not_the_clients() -> None:
    utterances = _utterances(
        ("coach", 'Is it "good enough" yet?'),
        ("client", "It is good enough, I suppose."),
        ("coach", 'What makes it "good enough"?'),
    )
    assert client_terms(utterances) == []


def test_a_phrase_is_said_back_only_in_the_clients_very_words() -> None:
    # The client says "the backlog keeps growing"; the coach says "the backlog keep you",
    # not "backlog keeps": no phrase comes back. The client says 4 words, so each content
    # word counts: "backlog" (the coach says it after them: reused) and "growing";
    # "keeps" is an everyday word, as "keep" is.
    utterances = _utterances(
        ("coach", "What is on your mind today?"),
        ("client", "The backlog keeps growing."),
        ("coach", "The guilt and the backlog keep you past six."),
    )
    assert client_terms(utterances) == [
        Term("backlog", 1, reused=True),
        Term("growing", 1, reused=False),
    ]


def test_a_phrase_said_back_is_matched_whatever_its_case() -> None:
    # Terms are shown in lower case, as every word is compared.
    utterances = _utterances(
        ("client", "The Budget Meeting drains me."),
        ("coach", "What happens in the budget meeting?"),
    )
    assert client_terms(utterances)[0] == Term("budget meeting", 1, reused=True)


def test_one_clause_said_back_gives_one_phrase_the_longest() -> None:
    # The coach says back all four words; "scared of choosing", "choosing wrong" and the
    # single words lie inside "scared of choosing wrong" and are not listed beside it.
    utterances = _utterances(
        ("client", "I'm scared of choosing wrong."),
        ("coach", "You're scared of choosing wrong."),
    )
    assert client_terms(utterances) == [Term("scared of choosing wrong", 1, reused=True)]


def test_words_said_back_that_end_on_a_verb_are_no_phrase() -> None:
    # "keeps growing" comes back word for word but is a clause cut short, not a phrase:
    # the client's words are "inbox" and "growing" (the coach says it after them).
    utterances = _utterances(
        ("client", "My inbox keeps growing."),
        ("coach", "It keeps growing, and then what?"),
    )
    assert client_terms(utterances) == [
        Term("inbox", 1, reused=False),
        Term("growing", 1, reused=True),
    ]


def _echoed(client: str, coach: str) -> list[str]:
    """The client's terms, where the client says few words (a word said once counts)."""
    terms = client_terms(_utterances(("client", client), ("coach", coach)))
    return [term.term for term in terms if term.term.count(" ")]


@pytest.mark.parametrize(
    ("client", "coach"),
    [
        # a verb after "to": grammar any reply shares
        ("I'm going to stop buying wine.", "So you're going to stop."),
        ("I used to run every morning.", "You used to run."),
        # a preposition and one content word
        ("I can't sleep on the nights I drink.", "And on the nights you don't?"),
    ],
)
def test_grammar_said_back_is_no_phrase_of_the_clients(client: str, coach: str) -> None:
    assert _echoed(client, coach) == []


@pytest.mark.parametrize(
    ("client", "coach", "phrase"),
    [
        ("My sleep score is terrible.", "What does a good sleep score look like?", "sleep score"),
        ("I sat in the car park for an hour.", "In the car park?", "in the car park"),
        ("It's the big picture I miss.", "Tell me about the big picture.", "big picture"),
    ],
)
def test_a_phrase_that_names_a_thing_said_back_is_the_clients(
    client: str, coach: str, phrase: str
) -> None:
    assert _echoed(client, coach) == [phrase]


def test_no_phrase_runs_across_a_like_that_was_dropped() -> None:
    # "acting like the tech lead" is no "acting the tech lead"; "tech lead" is a phrase.
    assert _echoed("I'm still acting like the tech lead.", "You're acting like the tech lead.") == [
        "tech lead"
    ]


@pytest.mark.parametrize("word", ["please", "sounds"])
def test_politeness_and_sounds_are_everyday_words(word: str) -> None:
    said = f"Yes {word}. {word.capitalize()} good, {word}."
    terms = client_terms(_utterances(("coach", "Shall we start?"), ("client", said)))
    assert word not in [term.term for term in terms]


# A client who says 65 words: a word said once is no key term. The only word said twice
# is "boxes" (the coach never says it); "guilty" and "excited" are said once each.
MOVE = (
    ("coach", "What would you like to look at today?"),
    ("client", "We leave for Lisbon in March. My partner starts a new post there, the "
               "children change schools, and I hand over the team I built from nothing six "
               "years ago. The boxes are half packed, the boxes fill every room, and each "
               "evening a friend asks me how I am holding up."),
    ("client", "I feel guilty and excited about the move, all at the same time."),
)  # fmt: skip


def test_a_pair_of_words_said_back_whole_is_the_clients_language_taken_up() -> None:
    # "Guilty and excited" comes back word for word: a pair of content words joined by
    # "and" is the client's language, though no phrase of theirs holds an "and". Terms:
    # "boxes" x2 (not reused) and the pair (reused): 1 of 2, not 0 (too few terms for a
    # share: the count stands).
    coded = [
        CodedUtterance(u, "other")
        for u in _utterances(*MOVE, ("coach", "Guilty and excited, both at once."))
    ]
    metrics = compute_metrics(coded)
    assert metrics.client_terms == [
        Term("boxes", 2, reused=False),
        Term("guilty and excited", 1, reused=True),
    ]
    assert metrics.verbal_matching_pct is None


@pytest.mark.parametrize(
    "back",
    [
        "What does 'managing' look like, day to day?",
        'What does "managing" look like, day to day?',
        "What does ‘managing’ look like, day to day?",
    ],
)
def test_a_single_word_the_coach_quotes_back_is_a_key_term(back: str) -> None:
    utterances = _utterances(
        ("client", f"Honestly, I'm managing. Everyone who runs a bakery is tired. {LONG_STORY}"),
        ("coach", back),
    )
    assert Term("managing", 1, reused=True) in client_terms(utterances)


# Sixty words said once each: a client who says this much makes a word a key term by
# repeating it (or by the coach taking it up), not by saying it once.
LONG_STORY = " ".join(f"zo{chr(97 + i // 26)}{chr(97 + i % 26)}x" for i in range(60)) + "."


def test_a_single_word_said_back_without_quotation_marks_or_an_apostrophe_is_not() -> None:
    utterances = _utterances(
        ("client", f"Honestly, I'm managing. The kids' tea is at six. {LONG_STORY}"),
        ("coach", "What does managing look like in the kids' evening, with 'tea' at six?"),
    )
    terms = {t.term for t in client_terms(utterances)}
    assert "managing" not in terms and "tea" in terms  # said back bare; quoted
    # An apostrophe opens no quotation: the one quotation is 'tea'.
    assert _quoted_keys("in the kids' evening, with 'tea' at six, don't you?") == {("tea",)}


def test_a_word_the_coach_quoted_is_not_crowded_out_by_words_said_twice() -> None:
    twice = " ".join(f"{w} {w}." for w in ("budget", "deadline", "board", "roadmap", "hiring"))
    more = " ".join(f"{w} {w}." for w in ("payroll", "vendors", "audit", "pricing", "launch"))
    utterances = _utterances(
        ("client", f"Honestly, I'm managing. {twice}"),
        ("client", f"{more} {LONG_STORY}"),
        ("coach", "What does 'managing' cost you?"),
    )
    terms = client_terms(utterances)
    assert len(terms) == MAX_TERMS and terms[-1] == Term("managing", 1, reused=True)


def test_a_pair_joined_by_or_is_said_back_whole() -> None:
    client = ("client", "Am I stuck or scared?")
    back = _utterances(MOVE[0], MOVE[1], client, ("coach", "Stuck or scared: which is it?"))
    assert client_terms(back)[1] == Term("stuck or scared", 1, reused=True)
    # The coach joins the words otherwise: the pair is not said back word for word, but
    # each word names a feeling, which said back in any form is the client's language
    # taken up (each said once, so listed after "boxes", in the order first said).
    other = _utterances(MOVE[0], MOVE[1], client, ("coach", "Stuck and scared, maybe."))
    assert client_terms(other) == [
        Term("boxes", 2, reused=False),
        Term("stuck", 1, reused=True),
        Term("scared", 1, reused=True),
    ]


def test_part_of_a_pair_said_back_is_no_pair() -> None:
    # "Guilty" alone is no pair; it is a feeling word said back, a term of its own.
    utterances = _utterances(*MOVE, ("coach", "Guilty, and what else?"))
    assert client_terms(utterances) == [
        Term("boxes", 2, reused=False),
        Term("guilty", 1, reused=True),
    ]


def test_a_repeated_pair_is_no_phrase_of_its_own() -> None:
    # Said twice and never said back, the pair is two ideas: its words are the terms.
    utterances = _utterances(
        MOVE[0], MOVE[1], ("client", "Guilty and excited. Guilty and excited, both.")
    )
    assert client_terms(utterances) == [
        Term("boxes", 2, reused=False),
        Term("guilty", 2, reused=False),
        Term("excited", 2, reused=False),
    ]


def test_the_speakers_names_are_not_the_clients_terms() -> None:
    # Ben says "Robin" twice (the coach), "Kate" twice (who joined the call) and
    # "deadline" twice; "rush" twice in lower case, which no name takes. Under 50 words,
    # a word said once counts too ("report"), but the names, said twice, are none, and
    # no phrase runs across one ("kate's report").
    said = [
        ("coach", "How was the week?"),
        ("client", "Honestly, Robin, the deadline again. The rush never stops."),
        ("other", "Sorry, wrong meeting."),
        ("client", "No worries, Kate. Where was I, Robin? The deadline."),
        ("client", "The rush for Kate's report."),
    ]
    speakers = {"coach": "Robin Rush", "client": "Ben Cole", "other": "Kate Osei"}
    utterances = [
        Utterance(i, i, speakers[role], role, text)  # type: ignore[arg-type]
        for i, (role, text) in enumerate(said)
    ]
    terms = [t.term for t in client_terms(utterances)]
    assert terms[:2] == ["deadline", "rush"]
    assert "report" in terms
    assert not [t for t in terms if {"robin", "kate", "kate's"} & set(t.split())]


def test_how_long_something_seemed_is_no_metaphor() -> None:
    # "twenty minutes", "a couple of days", "5 hours" and "an hour when..." only count a
    # time; "Groundhog Day" names a thing, and "a day" goes on to one ("at the beach"),
    # read past "a day" (an everyday word alone) to the beach. The coach's "ten minutes
    # left" and "a Monday" reuse nothing ("day" is no word of the image's own).
    utterances = _utterances(
        ("client", "When I design, three hours feels like twenty minutes."),
        ("client", "The wait felt like a couple of days. It was like 5 hours."),
        ("client", "Every Monday feels like Groundhog Day."),
        ("client", "It felt like an hour when I was there. It feels like a day at the beach."),
        ("coach", "We have ten minutes left, and a Monday to plan."),
    )
    assert [m.text for m in client_metaphors(utterances)] == [
        "feels like Groundhog Day",
        "feels like a day at the beach",
    ]
    assert not any(m.reused for m in client_metaphors(utterances))


# The forms of a word count together, but a silent e is not dropped where it tells two
# words apart: "site" is not "sit", "hope" not "hop", "wine" not "win", "care" not "car".
@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("site", "sites"),
        ("sit", "sitting"),
        ("make", "making"),
        ("hope", "hoped"),
        ("hop", "hopping"),
        ("decide", "deciding"),
        ("change", "changing"),
        ("deadline", "deadlines"),
        ("run", "running"),
        ("bottle", "bottles"),
        ("care", "caring"),
        ("write", "writing"),
        ("plan", "planned"),
    ],
)
def test_the_forms_of_a_word_share_a_stem(one: str, other: str) -> None:
    assert stem(one) == stem(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [("site", "sit"), ("hope", "hop"), ("wine", "win"), ("care", "car"), ("plane", "plan")],
)
def test_a_silent_e_keeps_two_words_apart(one: str, other: str) -> None:
    assert stem(one) != stem(other)


def test_site_and_sit_are_two_key_terms() -> None:
    # 15 + 10 = 25 client words, fewer than 50: a word said once counts. "site" x2 and
    # "sites" x1 are one term of 3; "sit" x2 and "sitting" x1 another of 3 (they were one
    # term of 6, "site (and sit)"); each other content word is said once.
    utterances = _utterances(
        ("client", "The site manager rang. I had to sit in the car for the site visit."),
        ("coach", "Mm."),
        ("client", "Then I sit there, sites everywhere, and I'm sitting waiting."),
    )
    terms = {t.term: t for t in client_terms(utterances)}
    assert terms["site"] == Term("site", 3, reused=False, other_forms=("sites",))
    assert terms["sit"] == Term("sit", 3, reused=False, other_forms=("sitting",))


# The client's lines of a session on drinking less. "It's like a bottle and a half of
# wine" counts an amount; "feel like a failure next time" is a judgement of oneself (and
# its thing stops before "next time"); "a pressure cooker" and "a treadmill" are images.
# The coach later says "bottles", "next time" and "the pressure": none of them takes up
# an image ("pressure" is one of the two words of "pressure cooker").
DRINKING = (
    ("client", "She wants fourteen units. It's like a bottle and a half of wine."),
    ("client", "I don't want to feel like a failure next time."),
    ("client", "Honestly, work is like a pressure cooker. It feels like a treadmill."),
    ("coach", "Claire found the bottles. What would next time look like? The pressure is real."),
)


def test_an_amount_and_a_judgement_are_no_metaphors_and_a_shared_word_no_reuse() -> None:
    assert client_metaphors(_utterances(*DRINKING)) == [
        Metaphor("like a pressure cooker", "cooker", utterance=2, count=1, reused=False),
        Metaphor("feels like a treadmill", "treadmill", utterance=2, count=1, reused=False),
    ]


def test_a_metaphor_is_reused_where_the_coach_says_all_its_own_words() -> None:
    said = _utterances(*DRINKING, ("coach", "What is it like inside that pressure cooker?"))
    assert [(m.image, m.reused) for m in client_metaphors(said)] == [
        ("cooker", True),
        ("treadmill", False),
    ]


@pytest.mark.parametrize(
    ("said", "found"),
    [
        # amounts: "about so much", not images
        ("It's like a glass of wine a night.", []),
        ("It's like two pints, maybe.", []),
        ("We'd have like a few beers around.", []),
        ("It happened like a week ago.", []),
        # what a person calls themselves, and the plain words of a situation
        ("I feel like a fraud in those meetings.", []),
        ("It feels like a decision I keep putting off.", []),
        # "like" as a filler, after a word that takes a thing
        ("We go to like a party on Fridays.", []),
        # these stay images
        ("It's like a glass wall.", [("It's like a glass wall", "wall")]),
        ("I'm like a bag of nerves.", [("like a bag of nerves", "nerves")]),
        ("It's kind of like a double-edged sword.", [("like a double-edged sword", "sword")]),
        ("I'm like a zombie every morning.", [("like a zombie", "zombie")]),
        ("It feels like a last resort.", [("feels like a last resort", "resort")]),
    ],
)
def test_a_metaphor_is_an_image_not_an_amount_a_judgement_or_a_filler(
    said: str, found: list[tuple[str, str]]
) -> None:
    got = client_metaphors(_utterances(("client", said)))
    assert [(m.text, m.image) for m in got] == found


# "Lucky Saint" (a drink) is one name of two words, inside a sentence and at the start
# of one; "lucky" is also said in lower case, so "Lucky" alone is no name. "Yesterday"
# only opens a sentence; "Monday" is a day; "Ana" is the coach. Said: Lucky Saint x2,
# Claire x2 (after "Yesterday" and "told"), Crown x1.
BRAND = (
    ("coach", "What do you drink instead?"),
    (
        "client",
        "My brother-in-law drinks that Lucky Saint. I was lucky, really. "
        "Yesterday Claire said the Crown stocks it.",
    ),
    ("coach", "And Claire?"),
    ("client", "Lucky Saint is fine. I told Claire on Monday. Thanks, Ana."),
)


def test_a_name_of_two_capitalised_words_is_one_name() -> None:
    assert client_names(_utterances(*BRAND)) == [
        Named("Lucky Saint", 2),
        Named("Claire", 2),
        Named("Crown", 1),
    ]


@pytest.mark.parametrize(
    ("said", "names"),
    [
        ("I told Priya Monday, and Mr Okafor agreed.", [Named("Priya", 1), Named("Okafor", 1)]),
        ("Yesterday Priya rang. Priya and Tom, both.", [Named("Priya", 2), Named("Tom", 1)]),
        ("I bank at Lloyds Bank, the bank in town.", [Named("Lloyds Bank", 1)]),
        ("I said so to Ana Ruiz, and Ben Okoro agreed.", []),  # the speakers' own names
    ],
)
def test_a_name_is_cut_at_a_day_a_title_a_sentences_start_or_a_speaker(
    said: str, names: list[Named]
) -> None:
    utterances = [
        Utterance(0, 0, "Ana Ruiz", "coach", "Go on."),
        Utterance(1, 1, "Ben Okoro", "client", said),
    ]
    assert client_names(utterances) == names


def test_a_back_channel_written_with_a_capital_is_no_name() -> None:
    # "Mm" after a comma is capitalised inside a sentence, and never written in lower
    # case here; it is a sound, not a name. Oscar is one, twice.
    utterances = _utterances(
        ("client", "Mm-hmm. Yeah, Mm-hmm, Oscar is fine."),
        ("coach", "Go on."),
        ("client", "Right, Mm. Oscar sleeps on my bed."),
    )
    assert client_names(utterances) == [Named("Oscar", 2)]


# A client's "gym app": "gym" is said 4 times, 3 of them in "gym app" (said 3 times), and
# so is "app"; over 50 words in all (LONG_STORY), so a word said once is no term.
GYM_APP = (
    ("client", f"I built one gym app on the course. {LONG_STORY}"),
    ("coach", "And?"),
    ("client", "Nobody hires a senior designer off one gym app."),
    ("coach", "What would?"),
    ("client", "Real products, not a gym app. The gym was my idea, and the app was hers."),
)


def test_a_word_said_mostly_inside_a_longer_term_gives_way_to_it() -> None:
    terms = [(t.term, t.count) for t in client_terms(_utterances(*GYM_APP))]
    assert ("gym app", 3) in terms
    assert not {"gym", "app"} & {term for term, _ in terms}  # 3 of 4 inside "gym app"


def test_a_long_session_on_a_few_words_costs_its_times_not_their_pairs() -> None:
    # 1,200 client lines of 12 words from 20, so each word is said inside hundreds of
    # kept phrases: weighing each pair of terms anew took over 5 s here, reading each
    # time once about one.
    vocab = [
        "gym",
        "app",
        "budget",
        "team",
        "manager",
        "sister",
        "running",
        "plan",
        "board",
        "pack",
        "deadline",
    ]
    vocab += [
        "promotion",
        "garden",
        "kitchen",
        "project",
        "report",
        "client",
        "coffee",
        "evening",
        "weekend",
    ]
    pick = random.Random(1).choice
    lines = []
    for _ in range(1_200):
        said = " ".join(pick(vocab) for _ in range(12))
        lines += [("client", f"I keep thinking about the {said} and it is hard.")]
        lines += [("coach", f"So the {pick(vocab)} {pick(vocab)} matters?")]
    utterances = _utterances(*lines)
    terms: list[list[Term]] = []
    in_time(lambda: terms.append(client_terms(utterances)), 5.0)
    assert terms and terms[0]


def test_a_word_said_apart_from_a_longer_term_often_enough_stays_beside_it() -> None:
    # "board" 5 times, 2 of them in "board pack" (said twice): said apart 3 times of 5,
    # it is a term of its own.
    utterances = _utterances(
        ("client", f"The board pack is late again. {LONG_STORY}"),
        ("client", "The board hates it. The board pack is mine. The board, the board."),
    )
    terms = [(t.term, t.count) for t in client_terms(utterances)]
    assert terms[:2] == [("board", 5), ("board pack", 2)]


def test_supposed_to_is_no_key_term() -> None:
    utterances = _utterances(
        ("client", f"At work I'm supposed to know the answer. {LONG_STORY}"),
        ("client", "Accountants aren't supposed to be good with people."),
    )
    assert "supposed" not in {t.term for t in client_terms(utterances)}


def test_a_feeling_said_once_and_taken_up_by_the_coach_is_a_key_term() -> None:
    # "scared", said once by a client of over 50 words, and the coach's "the scared part"
    # after it: the client's feeling taken up. "wrong" (no feeling word) said back is not.
    said = ("client", f"That I'm a bit scared, actually, and wrong. {LONG_STORY}")
    taken_up = _utterances(said, ("coach", "We could stay with the scared part, or the wrong."))
    assert Term("scared", 1, reused=True) in client_terms(taken_up)
    assert "wrong" not in {t.term for t in client_terms(taken_up)}
    # Never said back: once is not enough.
    alone = _utterances(said, ("coach", "Go on."))
    assert "scared" not in {t.term for t in client_terms(alone)}
    # Named by the coach first ("You get to feel safe."): the coach's word, not the client's.
    offered = _utterances(
        ("coach", "Are you scared?"), said, ("coach", "We could stay with the scared part.")
    )
    assert "scared" not in {t.term for t in client_terms(offered)}


def test_a_feeling_is_not_crowded_out_by_other_words_said_as_often() -> None:
    # Ten words said twice, then "scared" said twice: eleven terms for ten places, and the
    # feeling is kept; the last word said twice ("launch") gives way.
    twice = " ".join(f"{w} {w}." for w in ("budget", "deadline", "board", "roadmap", "hiring"))
    more = " ".join(f"{w} {w}." for w in ("payroll", "vendors", "audit", "pricing", "launch"))
    utterances = _utterances(
        ("client", f"{twice} {more} {LONG_STORY}"),
        ("client", "Scared. I'm scared."),
    )
    terms = [t.term for t in client_terms(utterances)]
    assert len(terms) == MAX_TERMS and "scared" in terms and "launch" not in terms


@pytest.mark.parametrize(
    ("said", "found"),
    [
        # a person said to be a thing: with an article any image, bare a physical thing
        ("Someone asked him while I stood right there. Like I was furniture.",
         [("Like I was furniture", "furniture")]),
        ("It's as though I was part of the furniture.", [("as though I was part of the furniture",
                                                          "furniture")]),
        ("She talks to me like I'm a ghost.", [("like I'm a ghost", "ghost")]),
        # "feel like" and a doing: with "a" any thing, with "the" or "my" a physical one
        ("I feel like I'm holding up the ceiling with my hands.",
         [("holding up the ceiling", "ceiling")]),
        ("I feel like I've been carrying a sack of stones.",
         [("carrying a sack of stones", "stones")]),
        # "we" with "the": an image only with a particle, as in "holding up"
        ("I feel like we're holding up the ceiling.", [("holding up the ceiling", "ceiling")]),
        ("They treat me like I'm the doormat.", [("like I'm the doormat", "doormat")]),
        # figures of speech said without a cue
        ("Honestly, I'm treading water.", [("treading water", "water")]),
        ("At home I'm walking on eggshells.", [("walking on eggshells", "eggshells")]),
        ("I hit a wall in March.", [("hit a wall", "wall")]),
        # an adverb before "like" after no one who likes leaves the simile
        ("It's really like a prison in there.", [("like a prison", "prison")]),
        ("Honestly it's still like a treadmill.", [("like a treadmill", "treadmill")]),
        ("I froze, and just like a rabbit in headlights.",
         [("like a rabbit in headlights", "headlights")]),
        ("Or rather like a treadmill, really.", [("like a treadmill", "treadmill")]),
        # one figure read two ways is one
        ("It's like walking on eggshells.", [("It's like walking on eggshells", "eggshells")]),
        ("It's like drowning in paperwork.", [("It's like drowning in paperwork", "paperwork")]),
    ],
)  # fmt: skip
def test_a_metaphor_may_picture_the_client_as_a_thing_or_be_said_without_a_cue(
    said: str, found: list[tuple[str, str]]
) -> None:
    got = client_metaphors(_utterances(("client", said)))
    assert [(m.text, m.image) for m in got] == found


@pytest.mark.parametrize(
    "said",
    [
        # "like" the verb, and "like" as "such as"
        "I'd like a coffee before we start.",
        "I like a challenge, always have.",
        "We'd like an answer by Friday.",
        "I don't like a mess on my desk.",
        "Things like a budget and a plan.",
        # what is said to someone, a complaint or an accusation, is no image
        "If I start with the weekends, it sounds like a complaint.",
        "It came out like an accusation.",
        "It felt like a lecture, honestly.",
        # the verb with an adverb before it
        "I do actually like a fancy tea.",
        "I really like a challenge.",
        "We'd genuinely like a break.",
        # how something seems, not an image
        "It looks like it'll rain.",
        "It looks like I'm the problem.",
        "Just like I was saying.",
        # "like I was saying" is talk, and a place or a doing after "like I was" is no
        # thing the person is said to be
        "Like I was saying the door was open when I got home.",
        "It's like I'm telling my hands to stop shaking.",
        "Like we were at the bridge by then.",
        "Like I was on the floor laughing.",
        # a plain plan after "feel like we're", not an image
        "I feel like we're painting the walls again this weekend.",
        # a person and what is no thing: a judgement, a state, a doing
        "It was like I was wrong about all of it.",
        "She treats me like I'm stupid.",
        "Like I'm ripping people off.",
        # after "feel like I'm", the client's life, not a physical thing
        "It feels like I'm letting the team down.",
        "I feel like I'm wasting my time.",
        "I feel like I'm failing my kids.",
        # amounts and comparisons of plain things
        "It cost like a hundred quid.",
        "It's like a lot more work.",
        "It was more like a conversation than a meeting.",
        "It was like three hours.",
    ],
)
def test_what_is_no_image_is_no_metaphor(said: str) -> None:
    assert client_metaphors(_utterances(("client", said))) == []


def test_a_metaphor_said_as_a_person_being_a_thing_is_reused_where_the_coach_says_it() -> None:
    # The coach's "Like furniture." says the image's one word back.
    said = _utterances(
        ("client", "Yesterday someone asked him a question while I was standing right there."),
        ("client", "Like I was furniture."),
        ("coach", "Like furniture."),
    )
    assert client_metaphors(said) == [
        Metaphor("Like I was furniture", "furniture", utterance=1, count=1, reused=True)
    ]


def test_an_image_the_coach_said_first_is_the_coachs_taken_up() -> None:
    # The coach's simile has no whole cue ("a bit like watching"), but says "like" and
    # "car"; the client's image's own word is "car": the coach's, taken up, listed last.
    utterances = _utterances(
        ("coach", "It's a bit like watching someone else drive your car."),
        ("client", "It's like watching someone else drive my car. Work feels like a treadmill."),
    )
    assert client_metaphors(utterances) == [
        Metaphor("feels like a treadmill", "treadmill", utterance=1, count=1, reused=False),
        Metaphor(
            "It's like watching someone else drive my car",
            "car",
            utterance=1,
            count=1,
            reused=False,
            coach_first=True,
        ),
    ]


@pytest.mark.parametrize(
    "coach",
    [
        "Did you take the car this morning?",  # the word, said literally
        "What happened next?",  # not said at all
    ],
)
def test_an_image_the_coach_only_named_literally_stays_the_clients(coach: str) -> None:
    utterances = _utterances(
        ("coach", coach),
        ("client", "It's like watching someone else drive my car."),
    )
    (image,) = client_metaphors(utterances)
    assert (image.image, image.coach_first) == ("car", False)


def test_a_coach_image_said_after_the_client_is_a_reuse_not_the_coachs() -> None:
    utterances = _utterances(
        ("client", "It's like watching someone else drive my car."),
        ("coach", "Like someone else driving your car."),
    )
    (image,) = client_metaphors(utterances)
    assert (image.coach_first, image.reused) == (False, True)


def test_assent_and_a_preposition_cut_short_are_no_key_terms() -> None:
    # "true" twice is assent; "in front" twice is "in front of" cut short; "know if she
    # trusts", said back, is a clause cut short at "if". "stand-up" and "trust" stay.
    utterances = _utterances(
        ("client", "That's probably true. I hate that that's true."),
        ("coach", "What do you hate about it?"),
        ("client", "She felt I humiliated her in front of the team, in the stand-up."),
        ("coach", "In the stand-up."),
        ("client", "Not in front of everyone again. I don't know if she trusts me."),
        ("coach", "You don't know if she trusts you. What would trust look like?"),
        ("client", "Trust would be her saying it to me, not the stand-up."),
    )
    terms = {t.term for t in client_terms(utterances)}
    assert not terms & {"true", "in front", "front", "know if she trusts"}
    assert {"humiliated", "trusts"} <= terms, terms


def test_a_phrase_said_back_that_holds_no_if_still_counts() -> None:
    # Counter-example: the coach says back "budget meeting": a phrase, kept; "if" cuts
    # "wonder if she trusts" down to its words.
    said_back = _utterances(
        ("client", "I keep the budget meeting short."), ("coach", "The budget meeting.")
    )
    assert "budget meeting" in {t.term for t in client_terms(said_back)}
    cut = _utterances(("client", "I wonder if she trusts me."), ("coach", "If she trusts you."))
    assert [t.term for t in client_terms(cut)] == ["wonder", "trusts"]


def test_the_clients_image_said_back_and_said_again_in_other_words_stays_the_clients() -> None:
    # The client brings "drowning in it"; the coach says it back; the client's later
    # "tired of drowning" is a new phrase of the same image: still the client's own,
    # not the coach's image taken up.
    utterances = _utterances(
        ("client", "I keep saying yes and I feel like I'm drowning in it."),
        ("coach", "Drowning in it. Say more."),
        ("client", "I'm tired of drowning."),
    )
    images = client_metaphors(utterances)
    assert [(m.text, m.coach_first) for m in images] == [
        ("drowning in it", False),
        ("drowning", False),
    ]
