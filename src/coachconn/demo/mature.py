"""Clients in the mature phase (9+ sessions): meta-conversation, constructive
confrontation. Includes the executive and the withdrawing client."""

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

# Sam shows the seed's withdrawal signs: a strong start, then missed sessions, late
# moves, dropped commitments and conversations that stay on the surface.
SAM = DemoClient(
    preferred_name="Sam Whitfield",
    profile=DemoProfile(
        pronouns="they/them",
        timezone="Europe/Dublin",
        values="Curiosity, craft, being taken seriously without having to shout.",
        goals="Promotion to research lead; a research practice the company listens to.",
        preferred_terms="'evidence', 'the story the data tells', 'sounds about right'",
        communication_style="Thoughtful, dry; gets quieter rather than louder under stress.",
        feedback_style="Written summary after the session, then discuss.",
        representational_system="auditory",
        behavioural_patterns="Withdraws when overloaded instead of asking for help.",
        relational_patterns="Pulls back from people who might be disappointed in them.",
    ),
    started_day=-168,
    cadence="fortnightly",
    sessions=(
        held(
            -168,
            "Discovery. Senior UX researcher; wants to lead the research practice. "
            "Energetic, funny, lots of ideas. Contracted; asked for written summaries.",
            ("career", "promotion"),
            ("increased_openness",),
            hour=13,
        ),
        held(
            -154,
            "Mapped who decides on the lead role and what evidence they'd want. "
            "Sam: 'I know the data, I don't know the politics'.",
            ("promotion", "influence"),
            ("reflection_over_reporting",),
            hour=13,
        ),
        held(
            -140,
            "Drafted a one-page vision for research. Enthusiastic; left with three commitments.",
            ("vision",),
            ("progress_toward_goals",),
            hour=13,
        ),
        held(
            -126,
            "Presented the vision to their manager; good reception. Explored what "
            "makes them shrink in front of the VP.",
            ("influence", "confidence"),
            ("explores_difficult_topics", "takes_risks"),
            hour=13,
        ),
        held(
            -112,
            "A sharp, honest session on being the only researcher for forty "
            "engineers. Named the overload.",
            ("workload",),
            ("increased_openness", "increased_self_awareness"),
            hour=13,
        ),
        held(
            -98,
            "Reorg announced; research moved under a new director. Sam quieter. We "
            "looked at what they could still control.",
            ("reorganisation", "uncertainty"),
            ("greater_resilience",),
            hour=13,
        ),
        held(
            -84,
            "Said things were 'fine, just busy'. Promotion case not started. I "
            "asked how our sessions were feeling; 'useful, yeah'.",
            ("workload",),
            ("surface_level_conversation",),
            hour=13,
        ),
        held(
            -70,
            "Mostly reporting on the week. When I asked about the promotion case "
            "Sam changed the subject. Did not push; named it lightly.",
            ("workload",),
            ("surface_level_conversation", "reluctance_to_explore"),
            hour=13,
        ),
        DemoSession(-56, "rescheduled", changed_by="client", notice_hours=2, hour=13),
        held(
            -52,
            "Moved at two hours' notice. Twenty minutes late. 'Everything's fine.' "
            "Dropped the skip-level conversation. I felt I was working harder than Sam; "
            "took that to supervision rather than into the room.",
            ("workload",),
            ("decreased_engagement", "surface_level_conversation", "coach_working_harder"),
            hour=13,
        ),
        DemoSession(-38, "no_show", hour=13),
        DemoSession(-24, "cancelled", changed_by="client", notice_hours=3, hour=13),
        DemoSession(-13, "rescheduled", changed_by="client", notice_hours=1, hour=13),
        planned(4, hour=13),
    ),
    agreements=(
        DemoAgreement(
            "logistics",
            "Weekly 50-minute video sessions for the first month, "
            "then fortnightly. Email between sessions. 24 hours' notice to move; "
            "sessions missed without notice are counted.",
            -168,
            -167,
        ),
        DemoAgreement(
            "relationship",
            "Sam owns the agenda; Robin owns the process and "
            "will name patterns in how we work together. Nothing is shared with "
            "Sam's employer.",
            -168,
            -167,
        ),
        DemoAgreement(
            "working",
            "Robin sends a short written summary after each session; "
            "we talk about it at the start of the next. Robin will check in "
            "if sessions are missed rather than chase.",
            -154,
            -153,
        ),
    ),
    goals=(
        DemoGoal(
            "Research lead",
            "Make the case for the research lead role.",
            ((-168, 3), (-140, 5), (-112, 6), (-84, 5), (-52, 4)),
        ),
        DemoGoal(
            "A sustainable workload",
            "Stop being the only researcher for every team.",
            ((-112, 3), (-84, 3), (-52, 2)),
        ),
    ),
    commitments=(
        DemoCommitment("client", "Draft a one-page vision for research.", -133, "done", -135),
        DemoCommitment("client", "Share the vision with their manager.", -128, "done", -127),
        DemoCommitment("client", "Start the promotion case document.", -77, "dropped", -52),
        DemoCommitment(
            "client", "Ask the new director for a skip-level conversation.", -60, "dropped", -52
        ),
        DemoCommitment("client", "Keep a weekly energy log.", -45, "dropped", -24),
        DemoCommitment("coach", "Send the written summary after each session.", -51, "done", -51),
        DemoCommitment(
            "coach",
            "Send a short, no-pressure check-in about what would make sessions useful right now.",
            1,
        ),
    ),
    pins=(
        DemoPin("The only researcher for forty engineers since the reorg.", -112),
        DemoPin("Partner Alex; moving flat this autumn.", -98),
        DemoPin("Ask directly: is coaching still the right thing at the moment?", -13, 4),
    ),
    notes=(
        DemoNote("Sent a brief check-in after the no-show. No reply after five days.", -33),
        DemoNote(
            "Supervision: my urge to rescue Sam's promotion case. Their pace, their "
            "choice — but the pattern needs naming, kindly and directly.",
            -30,
        ),
    ),
)

FATIMA = DemoClient(
    preferred_name="Fatima Haddad",
    profile=DemoProfile(
        pronouns="she/her",
        timezone="Europe/Berlin",
        values="Patient safety, rigour, teaching the next generation.",
        goals="Step from senior physician into clinical director with her values intact.",
        preferred_terms="'the diagnosis', 'listening to the ward', 'that sounds off'",
        communication_style="Concise and evidence-minded; warms up over the session.",
        feedback_style="Data first, then the personal observation.",
        representational_system="auditory",
        cultural_context="Lebanese-German; trained in Beirut and Hamburg.",
        communication_patterns="Asks 'what's the evidence?' of herself before others.",
        behavioural_patterns="Takes the hardest shift herself when the team is stretched.",
    ),
    started_day=-160,
    cadence="fortnightly",
    sessions=(
        held(
            -160,
            "Discovery. Cardiologist, appointed clinical director from next "
            "quarter. Worried she'll become 'the person who says no to budgets'.",
            ("new role", "identity"),
            hour=17,
        ),
        held(
            -146,
            "Her why: teaching. Mapped where the new role keeps teaching alive.",
            ("values",),
            ("reflection_over_reporting",),
            hour=17,
        ),
        held(
            -132,
            "First leadership meeting; she listened more than spoke and heard the "
            "ward's worries clearly. Named that as a strength.",
            ("listening", "strengths"),
            ("transfer_to_daily_life",),
            hour=17,
        ),
        held(
            -118,
            "Difficult conversation with a senior colleague who wanted her job. "
            "Rehearsed; she chose curiosity over defence.",
            ("conflict",),
            ("explores_difficult_topics", "takes_risks"),
            hour=17,
        ),
        held(
            -104,
            "The conversation went well. She wants more challenge from me; agreed to be blunter.",
            ("conflict", "relationship"),
            ("raises_relationship_issues", "progress_toward_goals"),
            hour=17,
        ),
        held(
            -90,
            "Exhausted: covering nights again. I pointed to the gap between her "
            "stated value (sustainable rotas) and her actions. Silence, then 'fair'.",
            ("boundaries", "values"),
            ("comfortable_silences", "increased_self_awareness"),
            hour=17,
        ),
        held(
            -76,
            "Stopped covering nights; hired a locum. Talked about guilt.",
            ("boundaries", "guilt"),
            ("increased_openness", "greater_resilience"),
            hour=17,
        ),
        held(
            -62,
            "Budget round. Used her own 'what's the evidence' question with the "
            "finance team and got the extra nurse post.",
            ("budget", "influence"),
            ("self_coaching_between_sessions", "progress_toward_goals"),
            hour=17,
        ),
        held(
            -48,
            "Meta-conversation: what has changed in how we work? She said she now "
            "brings the real problem first instead of the safe one.",
            ("relationship",),
            ("increased_openness", "deeper_insights"),
            hour=17,
        ),
        held(
            -28,
            "Started a teaching round for junior doctors on Thursdays.",
            ("teaching", "values"),
            ("transfer_to_daily_life",),
            hour=17,
        ),
        held(
            -14,
            "Looking ahead: what would tell us the coaching is complete? Drafted "
            "three signs together.",
            ("ending", "future"),
            ("self_coaching_between_sessions",),
            hour=17,
        ),
        planned(14, hour=17),
    ),
    agreements=(
        DemoAgreement(
            "logistics",
            "Fortnightly 60-minute video sessions, 18:00 Hamburg "
            "time after clinic. Email between sessions. 24 hours' notice, "
            "except for clinical emergencies, which are never counted.",
            -160,
            -160,
        ),
        DemoAgreement(
            "relationship",
            "Robin is not a medical adviser and will not "
            "comment on clinical decisions. Nothing is shared with the hospital.",
            -160,
            -159,
        ),
        DemoAgreement(
            "working",
            "Blunt feedback, data first. Every third month we review "
            "the goals and the coaching itself.",
            -104,
            -103,
        ),
    ),
    goals=(
        DemoGoal(
            "Clinical director, still a teacher",
            "Keep teaching at least weekly.",
            ((-160, 3), (-118, 4), (-62, 6), (-28, 8)),
        ),
        DemoGoal(
            "Sustainable rotas",
            "No night cover by the director for three months.",
            ((-90, 2), (-76, 5), (-48, 7), (-14, 8)),
        ),
    ),
    commitments=(
        DemoCommitment("client", "Have the conversation with Dr. Brandt.", -110, "done", -112),
        DemoCommitment("client", "Hand night cover to the locum pool.", -80, "done", -79),
        DemoCommitment("client", "Start the Thursday teaching round.", -30, "done", -30),
        DemoCommitment("client", "Write down what 'done' looks like for this coaching.", 10),
        DemoCommitment("coach", "Propose a date for a review of the engagement.", 12),
    ),
    pins=(
        DemoPin("Dr. Brandt: the colleague who wanted the director role.", -118),
        DemoPin("Her son's Abitur exams in the spring.", -62, 30),
    ),
)

HELEN = DemoClient(
    preferred_name="Helen Voss",
    flags=("executive",),
    profile=DemoProfile(
        pronouns="she/her",
        timezone="Europe/Zurich",
        values="Performance, candour, building leaders who outlast her.",
        goals="Be ready — and chosen — for the CEO role in eighteen months.",
        preferred_terms="'ROI', 'the board's view', 'line of sight', 'what's the ask'",
        communication_style="Fast, crisp, numbers-first; impatient with preamble.",
        feedback_style="Direct, immediate, tied to business impact.",
        representational_system="visual",
        cultural_context="German-Swiss; career in Frankfurt, London and Basel.",
        behavioural_patterns="Fixes problems herself under pressure rather than letting "
        "her team struggle and learn.",
        relational_patterns="Trusts competence before warmth; tests the coach early.",
    ),
    started_day=-175,
    cadence="fortnightly",
    sessions=(
        held(
            -175,
            "CFO, medtech, 1,800 people. Candidate for CEO succession. Tested me "
            "for ten minutes on what coaching would return. Agreed three measurable "
            "outcomes by session three.",
            ("succession", "value"),
            hour=6,
            duration_min=60,
        ),
        held(
            -161,
            "Outcomes agreed: delegate the quarterly close, build the board's view "
            "of her beyond finance, one successor ready.",
            ("succession", "goals"),
            ("progress_toward_goals",),
            hour=6,
        ),
        held(
            -147,
            "Her team's view (360): 'brilliant, but she takes over'. She wanted the "
            "numbers behind it. We went through them; then one story landed.",
            ("360 feedback", "delegation"),
            ("explores_difficult_topics",),
            hour=6,
        ),
        held(
            -133,
            "Moved to 45 minutes at her request; more focus. Planned the close "
            "handover to her deputy.",
            ("delegation",),
            ("takes_risks",),
            hour=6,
            duration_min=45,
        ),
        held(
            -119,
            "Close went well without her. She found it 'unsettling'. Explored what "
            "she does with the time.",
            ("delegation", "identity"),
            ("reflection_over_reporting",),
            hour=6,
            duration_min=45,
        ),
        held(
            -105,
            "Board dinner prep: a strategic point of view beyond the P&L.",
            ("board", "strategy"),
            ("progress_toward_goals",),
            hour=6,
            duration_min=45,
            format="phone",
        ),
        held(
            -91,
            "Said she'd been 'half here' last time. Agreed a two-minute landing "
            "ritual at the start.",
            ("presence", "relationship"),
            ("raises_relationship_issues",),
            hour=6,
            duration_min=45,
        ),
        held(
            -77,
            "Challenged the gap between 'building leaders' and redoing her deputy's "
            "board paper at midnight. She pushed back hard, then conceded.",
            ("delegation", "values"),
            ("explores_difficult_topics", "increased_self_awareness"),
            hour=6,
            duration_min=45,
        ),
        held(
            -63,
            "Presented the strategy piece to the board chair; strong reception.",
            ("board",),
            ("progress_toward_goals", "transfer_to_daily_life"),
            hour=6,
            duration_min=45,
        ),
        held(
            -49,
            "Meta: what has the coaching returned? She listed it without prompting "
            "and added one I hadn't expected: sleeping better.",
            ("value", "relationship"),
            ("deeper_insights", "increased_self_awareness"),
            hour=6,
            duration_min=45,
        ),
        held(
            -35,
            "Successor candidate: coaching her deputy herself, asking instead of "
            "telling. Mixed results; curious, not defensive.",
            ("succession", "coaching others"),
            ("self_coaching_between_sessions", "greater_resilience"),
            hour=6,
            duration_min=45,
        ),
        held(
            -21,
            "Chair signalled a decision in the spring. Talked about wanting it too "
            "much. A quieter session; she let a silence sit.",
            ("succession", "ambition"),
            ("comfortable_silences", "increased_openness"),
            hour=6,
            duration_min=45,
        ),
        planned(7, hour=6, duration_min=45),
    ),
    agreements=(
        DemoAgreement(
            "logistics",
            "Fortnightly 60-minute video sessions at 07:00 Zurich "
            "time. Her assistant schedules; Helen moves sessions herself. 24 "
            "hours' notice. The company pays per quarter.",
            -175,
            -175,
        ),
        DemoAgreement(
            "logistics",
            "Fortnightly 45-minute sessions at 07:00 Zurich time, "
            "video or phone when travelling. Her assistant schedules; Helen "
            "moves sessions herself. 24 hours' notice. The company pays per "
            "quarter.",
            -133,
            -133,
        ),
        DemoAgreement(
            "relationship",
            "The CEO, as sponsor, sees the three outcomes and a "
            "yes/no on progress each quarter, agreed with Helen first. Nothing "
            "else leaves the room.",
            -175,
            -174,
        ),
        DemoAgreement(
            "working",
            "Direct, business-language challenge; Helen asks for the "
            "ROI and Robin answers. Two minutes to land at the start of each "
            "session.",
            -91,
        ),
    ),
    goals=(
        DemoGoal(
            "Delegate the quarterly close",
            "Deputy runs the close end to end.",
            ((-161, 2), (-133, 4), (-119, 7), (-63, 8)),
        ),
        DemoGoal(
            "The board's view of Helen",
            "Seen as a strategist, not only the CFO.",
            ((-161, 3), (-105, 5), (-63, 7), (-21, 7)),
        ),
        DemoGoal(
            "A ready successor", "Deputy ready to step up as CFO.", ((-161, 2), (-77, 3), (-35, 5))
        ),
    ),
    commitments=(
        DemoCommitment("client", "Hand the quarterly close to her deputy.", -125, "done", -124),
        DemoCommitment(
            "client", "Send the board chair a two-page strategic view.", -70, "done", -66
        ),
        DemoCommitment("client", "Not edit her deputy's board paper.", -80, "dropped", -77),
        DemoCommitment("client", "Hold three coaching-style 1:1s with her deputy.", 3),
        DemoCommitment(
            "coach",
            "Summarise the quarter's progress for the sponsor; Helen reviews it first.",
            -90,
            "done",
            -92,
        ),
        DemoCommitment("coach", "Send two questions to prepare for the chair's decision.", 5),
    ),
    pins=(
        DemoPin("Runs marathons; Berlin in September.", -147),
        DemoPin("Chair's succession decision expected in the spring.", -21, 60),
        DemoPin("Deputy: Nadia, eleven years in the company.", -133),
    ),
)

LUCIA = DemoClient(
    preferred_name="Lucía Ferrer",
    profile=DemoProfile(
        pronouns="she/her",
        timezone="Europe/Madrid",
        values="Making things by hand, independence, generosity with her makers.",
        goals="Turn her ceramics studio into a sustainable design business.",
        preferred_terms="'the clay', 'centred', 'a gut feeling', 'firing' (for launching)",
        communication_style="Animated, physical; stands up when something matters.",
        feedback_style="Honest and warm; she likes being surprised by a question.",
        representational_system="kinesthetic",
        behavioural_patterns="Starts many things; finishes the ones that feel 'centred'.",
        relational_patterns="Open from the start; needs to feel the coach is on her side.",
    ),
    started_day=-182,
    cadence="fortnightly",
    sessions=(
        held(
            -182,
            "Discovery at her studio. Ceramicist, six makers, orders outgrowing the "
            "kiln. Wants a business that 'feels centred', not a factory.",
            ("business", "values"),
            ("increased_openness",),
            hour=10,
            format="in_person",
        ),
        held(
            -168,
            "Mapped a week; 70% admin. What does she want her hands on?",
            ("time", "values"),
            ("reflection_over_reporting",),
            hour=10,
        ),
        held(
            -154,
            "Hiring a studio manager; fear of losing the feel of the place.",
            ("hiring",),
            ("explores_difficult_topics",),
            hour=10,
        ),
        held(
            -140,
            "Hired Marta. Celebrated. Worked on what to hand over first.",
            ("delegation", "wins"),
            ("progress_toward_goals",),
            hour=10,
        ),
        held(
            -126,
            "Pricing: she undercharges. Asked what the pots would say about their "
            "price; she laughed and then raised prices 15%.",
            ("pricing",),
            ("takes_risks",),
            hour=10,
        ),
        held(
            -112,
            "A wholesale offer from a big retailer. Gut said no, head said yes. "
            "Stayed with the discomfort without deciding.",
            ("growth", "decisions"),
            ("comfortable_silences",),
            hour=10,
        ),
        held(
            -98,
            "Declined the retailer; chose three galleries. Felt 'light'.",
            ("growth", "decisions"),
            ("increased_self_awareness", "progress_toward_goals"),
            hour=10,
        ),
        held(
            -84,
            "Burned out on the launch. Talked about rest as part of the craft.",
            ("energy",),
            ("increased_openness", "greater_resilience"),
            hour=10,
        ),
        held(
            -70,
            "She told me one of my questions last time felt like a nudge toward "
            "the galleries. Fair; I'd had a view. Thanked her and named it.",
            ("relationship",),
            ("raises_relationship_issues",),
            hour=10,
        ),
        held(
            -56,
            "Ran her own 'what would the pots say' on a supplier decision before our session.",
            ("self-coaching",),
            ("self_coaching_between_sessions",),
            hour=10,
        ),
        held(
            -42,
            "Pattern across six months: she finishes what feels centred. Used that "
            "to cut two side projects.",
            ("patterns",),
            ("deeper_insights",),
            hour=10,
        ),
        held(
            -28,
            "Meta-conversation: what does she still need from coaching? Less than "
            "before; that's the point.",
            ("ending", "relationship"),
            ("self_coaching_between_sessions", "deeper_insights"),
            hour=10,
        ),
        held(
            -14,
            "Planned the last three sessions and how to mark the ending.",
            ("ending",),
            ("progress_toward_goals",),
            hour=10,
            format="in_person",
        ),
        held(
            -1,
            "Reviewed the year in clay: brought three pots that stand for three "
            "turning points. Deeply moving session.",
            ("ending", "celebration"),
            ("comfortable_silences", "deeper_insights"),
            hour=10,
            format="in_person",
        ),
        planned(13, hour=10, format="in_person"),
    ),
    agreements=(
        DemoAgreement(
            "logistics",
            "Fortnightly 60-minute sessions by video, in person at "
            "the studio once a quarter. WhatsApp for scheduling. 24 hours' notice "
            "to move.",
            -182,
            -182,
        ),
        DemoAgreement(
            "relationship",
            "Robin is on Lucía's side, which includes saying "
            "things she might not want to hear. If Robin has a view on a "
            "decision Robin will say so openly, not steer.",
            -70,
            -69,
        ),
        DemoAgreement(
            "working",
            "Honest and warm feedback; surprising questions welcome. "
            "We celebrate wins out loud. Goals reviewed each quarter.",
            -168,
            -168,
        ),
    ),
    goals=(
        DemoGoal(
            "Hands in the clay",
            "At least half her week making, not administering.",
            ((-168, 2), (-140, 4), (-98, 6), (-56, 7), (-14, 8)),
        ),
        DemoGoal(
            "A business that feels centred",
            "Revenue covers six makers and her at a fair wage.",
            ((-182, 3), (-126, 5), (-98, 6), (-42, 8), (-1, 9)),
        ),
    ),
    commitments=(
        DemoCommitment("client", "Raise prices by 15% on the new range.", -120, "done", -121),
        DemoCommitment("client", "Decide on the retailer offer within a month.", -100, "done", -99),
        DemoCommitment("client", "Pick three pots that stand for the year.", -2, "done", -2),
        DemoCommitment(
            "coach", "Say openly when I hold a view on her decisions.", -56, "done", -70
        ),
        DemoCommitment(
            "coach", "Send a closing summary and the offer of a follow-up in six months.", 20
        ),
    ),
    pins=(
        DemoPin("Marta: studio manager since the spring.", -140),
        DemoPin("Exhibition in Valencia in the new year.", -42, 30),
    ),
    notes=(
        DemoNote(
            "Noticed I had a preference for the galleries route. Keep my views "
            "visible and hers in charge.",
            -75,
        ),
    ),
)

CLIENTS = (SAM, FATIMA, HELEN, LUCIA)
