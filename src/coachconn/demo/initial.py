"""Clients in the initial connection phase (sessions 1-3): discovery, contracting,
explicit safety."""

from __future__ import annotations

from coachconn.demo.model import (
    DemoAgreement,
    DemoClient,
    DemoCommitment,
    DemoGoal,
    DemoNote,
    DemoPin,
    DemoProfile,
    DemoSession,
    held,
    planned,
)

PRIYA = DemoClient(
    preferred_name="Priya Raman",
    profile=DemoProfile(
        pronouns="she/her",
        timezone="Europe/London",
        values="Craft, fairness, learning in public; time with her sister's family.",
        goals="Move from senior engineer into product management within a year.",
        preferred_terms="'the bigger picture', 'zooming out', 'a clear line of sight'",
        communication_style="Precise, thinks in diagrams, asks for a moment before answering.",
        feedback_style="Direct and specific, with an example; not in front of others.",
        representational_system="visual",
        communication_patterns="Sketches while she talks; goes quiet when a question lands.",
    ),
    started_day=-5,
    cadence="fortnightly",
    sessions=(
        held(
            -5,
            "First session. Explained confidentiality and what the notes are for; she asked "
            "who else could read them (nobody) and relaxed visibly. Mapped her world: eight "
            "years in payments infrastructure, proud of the craft, restless for two years. "
            "She can 'see the product side from the outside' but not a path in. Agreed to "
            "start from what energises her before we talk roles.",
            ("career transition", "values"),
            ("increased_openness",),
            hour=8,
        ),
        planned(9, hour=8),
    ),
    agreements=(
        DemoAgreement(
            "logistics",
            "Fortnightly 60-minute video sessions, Tuesdays at 08:00 London time, for six "
            "months. Email between sessions, answered within two working days. Cancel or "
            "move with 24 hours' notice; later changes count as a session held. Monthly "
            "invoice, 14 days.",
            -5,
        ),
        DemoAgreement(
            "relationship",
            "Priya sets the agenda; Robin brings questions, observations and structure, "
            "not answers about which job to take. Everything said stays between us; notes "
            "are encrypted and Priya may ask to see or delete them. Either of us can name "
            "something that is not working, at any point.",
            -5,
            acknowledged_day=-4,
        ),
    ),
    goals=(
        DemoGoal(
            "A product role with a clear line of sight",
            "Know which product roles fit her and have one concrete route in.",
            ((-5, 3),),
        ),
    ),
    commitments=(
        DemoCommitment(
            "client",
            "Write down three moments from the last year when work felt most alive.",
            8,
        ),
        DemoCommitment(
            "coach",
            "Send the values-card exercise and the link to the agreements.",
            -4,
            "done",
            -5,
        ),
    ),
    pins=(
        DemoPin("Sister's wedding in Pune in the spring; away for two weeks.", -5, 45),
        DemoPin("Prefers early sessions, before the 09:30 stand-up.", -5),
    ),
)

TOMAS = DemoClient(
    preferred_name="Tomás Herrera",
    profile=DemoProfile(
        pronouns="he/him",
        timezone="America/Mexico_City",
        values="Community, dignity, keeping promises to volunteers.",
        goals="Lead the food network as a team, not as its busiest volunteer.",
        preferred_terms="'the network', 'the rhythm of the week', 'tuning in'",
        communication_style="Warm storyteller; long answers, thinks out loud.",
        feedback_style="Gentle first, then plain; likes to hear it twice in different words.",
        representational_system="auditory",
        cultural_context="Grew up in Puebla; bilingual; family expectations around duty.",
        behavioural_patterns="Says yes to every request on the spot; regrets it by Thursday.",
    ),
    started_day=-17,
    cadence="fortnightly",
    sessions=(
        held(
            -17,
            "Discovery. Tomás took over as executive director of a community food network "
            "four months ago, after eleven years as a volunteer. He still runs the Saturday "
            "distribution himself. Said the board meetings 'sound like a different "
            "language'. We talked through confidentiality and how he'd like to be "
            "challenged: softly, then clearly.",
            ("new role", "delegation"),
            ("increased_openness",),
            hour=16,
        ),
        held(
            -3,
            "He arrived having blocked Friday mornings — and kept one of two. Explored what "
            "saying no would cost him; the answer was about his father, who never turned "
            "anyone away. Named the pattern together without pushing further. Drafted who "
            "could own the volunteer rota.",
            ("delegation", "family expectations"),
            ("explores_difficult_topics", "reflection_over_reporting"),
            hour=16,
        ),
        planned(11, hour=16),
    ),
    agreements=(
        DemoAgreement(
            "logistics",
            "Fortnightly 60-minute video sessions, Thursdays 10:00 Mexico City time. "
            "WhatsApp for scheduling only; anything substantial waits for the session or "
            "goes by email. 24 hours' notice to move a session. The network pays quarterly.",
            -17,
            acknowledged_day=-16,
        ),
        DemoAgreement(
            "relationship",
            "Tomás is the client, not the network's board: nothing is reported to them "
            "beyond dates of sessions. Robin will say so if a topic needs another kind of "
            "professional.",
            -17,
            acknowledged_day=-16,
        ),
        DemoAgreement(
            "working",
            "Challenge gently first, then plainly. When Tomás tells a long story, Robin may "
            "ask 'what's the headline?'. We look at progress every fourth session.",
            -3,
        ),
    ),
    goals=(
        DemoGoal(
            "Delegate the Saturday distribution",
            "Someone else runs Saturdays three weeks in four.",
            ((-17, 2), (-3, 3)),
        ),
        DemoGoal(
            "Board meetings in his own voice",
            "Prepare board papers in half the time and speak to them without notes.",
            ((-17, 4),),
        ),
    ),
    commitments=(
        DemoCommitment(
            "client", "Block two hours on Friday mornings with no meetings.", -5, "done", -6
        ),
        DemoCommitment("client", "Ask Lupe whether she would own the volunteer rota.", 4),
        DemoCommitment("coach", "Share a one-page delegation map.", -1, "done", -2),
    ),
    pins=(
        DemoPin("His daughter starts university in August — first in the family.", -17, 60),
        DemoPin("Lupe: operations lead, eight years with the network; the likely deputy.", -3),
    ),
)

INGRID = DemoClient(
    preferred_name="Ingrid Solberg",
    profile=DemoProfile(
        pronouns="she/her",
        timezone="Europe/Oslo",
        values="Honesty, beauty that works, loyalty to her team.",
        goals="Present to clients with steadiness again after a lost competition.",
        preferred_terms="'solid ground', 'carrying weight', 'a load-bearing idea'",
        communication_style="Few words, long pauses; speaks in images of weight and material.",
        feedback_style="Straight, no cushioning; she distrusts praise.",
        representational_system="kinesthetic",
        behavioural_patterns="Over-prepares when anxious; rewrites slides the night before.",
    ),
    started_day=-40,
    cadence="fortnightly",
    sessions=(
        held(
            -40,
            "In person at the studio. Ingrid is a partner at a twelve-person architecture "
            "practice; they lost a library competition in spring after she 'froze' in the "
            "final presentation. She described it as the floor going soft. Spent time on "
            "confidentiality and what she wants from this — 'not therapy, tools'.",
            ("confidence", "presenting"),
            hour=14,
            format="in_person",
        ),
        DemoSession(
            -28,
            "rescheduled",
            changed_by="coach",
            notice_hours=48,
            hour=14,
            format="in_person",
        ),
        held(
            -26,
            "Moved by me with 48 hours' notice (family matter) and held two days later; I "
            "named it at the start and she said it was fine. Explored where she feels most "
            "grounded: on site, hands on the model. Idea to bring a physical model to the "
            "next pitch.",
            ("confidence", "strengths"),
            ("reflection_over_reporting",),
            hour=14,
            format="in_person",
        ),
        held(
            -12,
            "She rehearsed the opening of a real pitch with the model in her hands. The "
            "difference in her voice was audible to both of us. Long silence afterwards — a "
            "comfortable one. Agreed the working agreement: no cushioning.",
            ("presenting", "embodiment"),
            ("comfortable_silences", "takes_risks"),
            hour=14,
            format="in_person",
        ),
        planned(2, hour=14, format="in_person"),
    ),
    agreements=(
        DemoAgreement(
            "logistics",
            "Fortnightly 60-minute sessions in person at Ingrid's studio, video if either "
            "of us travels. 24 hours' notice to move; the coach keeps to the same rule. "
            "Text messages for logistics only.",
            -40,
            acknowledged_day=-39,
        ),
        DemoAgreement(
            "relationship",
            "Robin offers coaching, not architecture advice; if Ingrid wants a presentation "
            "trainer Robin will refer her. What is said in the studio stays in the studio.",
            -40,
            acknowledged_day=-39,
        ),
        DemoAgreement(
            "working",
            "Feedback straight and without cushioning. Ingrid tells Robin when a question "
            "feels like a technique. Each month we rate steadiness in presentations 0-10.",
            -12,
            acknowledged_day=-11,
        ),
    ),
    goals=(
        DemoGoal(
            "Steady in the room",
            "Stay grounded from first slide to last question in a client pitch.",
            ((-40, 3), (-12, 5)),
        ),
    ),
    commitments=(
        DemoCommitment(
            "client", "Bring the site model to Thursday's client review.", -6, "done", -6
        ),
        DemoCommitment(
            "client",
            "Notice, without fixing, when the floor 'goes soft'; jot down where and with whom.",
            1,
        ),
        DemoCommitment(
            "coach", "Send the name of a voice coach she could consider.", -25, "done", -25
        ),
    ),
    pins=(
        DemoPin("The lost competition: Bergen public library, spring.", -40),
        DemoPin("Pitch for the harbour housing scheme on the 20th — ask how it went.", -12, 3),
    ),
    notes=(
        DemoNote(
            "Moved session 2 myself (family matter). Note to self: keep my own "
            "notice rule; she values reliability.",
            -28,
        ),
    ),
)

CLIENTS = (PRIYA, TOMAS, INGRID)
