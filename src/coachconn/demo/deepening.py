"""Clients in the deepening phase (sessions 4-8): patterns, and the balance of
challenge and support. Includes the resistant and the cross-cultural client."""

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
    Said,
    held,
    planned,
)


def _robin(text: str, pause: float = 0.6) -> Said:
    return Said("coach", text, pause)


def _jonah(text: str, pause: float = 0.6) -> Said:
    return Said("client", text, pause)


# Jonah's four sessions as they were said (fictional): joking and reporting at first,
# then reflecting, then leaving room for silence, then naming what the jokes cover.
# Each is long enough (ten coach questions and ten reflections or more) for the
# transcript trend to follow the shares of open questions and complex reflections.
JONAH_TRANSCRIPTS = (
    (
        _robin(
            "Welcome, Jonah. Before we start, a word on how this works: what we say "
            "stays between us, and your employer only learns that we are meeting.",
            pause=0.5,
        ),
        _jonah("So you won't tell my manager I'm winging it. Good to know."),
        _robin("What brings you to coaching right now?", pause=1.0),
        _jonah(
            "I got promoted three weeks ago. I lead the platform team now, six people, "
            "the same six I used to sit next to."
        ),
        _robin("So the people you used to sit beside now report to you.", pause=0.8),
        _jonah(
            "Yep. Same desks, same lunch table. On my first day as lead I sat down at my "
            "old desk and got three meeting invites before I'd logged in."
        ),
        _robin("What have the three weeks been like, day to day?", pause=0.9),
        _jonah(
            "Busy. Planning on Monday, a release on Thursday that went out at eleven at "
            "night, and about forty messages a day asking me to approve things."
        ),
        _robin("A full calendar and a lot of approvals.", pause=0.7),
        _jonah(
            "And on Wednesday finance sent me a budget spreadsheet nobody has opened "
            "since 2019. I spent the afternoon on it."
        ),
        _robin("And for you, not the calendar: how has it been?", pause=1.2),
        _jonah(
            "Honestly? It feels like winging it. I keep waiting for someone to notice.",
            pause=2.0,
        ),
        _robin("Winging it, and waiting to be found out.", pause=1.0),
        _jonah("Yeah. Ha. Maybe I should put that in my email signature."),
        _robin("The joke comes quickly, and the feeling under it sounds real.", pause=1.2),
        _jonah(
            "I mean, it's a bit real. But it's fine. Everyone feels like that in the "
            "first month, right?"
        ),
        _robin("What makes you sure everyone feels that way?", pause=1.0),
        _jonah(
            "I'm not sure, actually. My old lead always looked like she had it sorted. "
            "Maybe she was winging it too."
        ),
        _robin("You'd like to believe you're not the only one who feels this.", pause=1.0),
        _jonah(
            "Ha. Yes. Misery loves company. On Friday the team went out for drinks and I "
            "paid, so at least I'm useful for something."
        ),
        _robin("A few months from now, what would you like to be different?", pause=1.0),
        _jonah("That I'd be a manager people trust. Not just the funny one who orders the pizza."),
        _robin("Trusted, and not only the funny one.", pause=0.8),
        _jonah(
            "Being funny is fine, I like being funny. But I'd like people to come to me "
            "when something is actually wrong."
        ),
        _robin("What does being the funny one give you?", pause=1.0),
        _jonah("People like me. It's easy. Nobody has ever been cross with the funny one."),
        _robin("Being liked comes easily that way.", pause=0.8),
        _jonah("Exactly. Ha. Why fix what works?"),
        _robin("How will you know that people trust you in that way?", pause=1.0),
        _jonah(
            "They'd tell me things before they turn into problems. Right now I hear "
            "about stuff in the retro, two weeks late."
        ),
        _robin("You'd hear about things early rather than late.", pause=0.8),
        _jonah("Signal, not noise. At the moment I mostly get noise."),
        _robin(
            "When have you been the person someone came to with a real problem?",
            pause=1.0,
        ),
        _jonah(
            "Before the promotion, all the time. Dev came to my desk whenever a deploy "
            "went wrong. Priya asked me about her visa paperwork once."
        ),
        _robin("Dev and Priya came to you when something went wrong.", pause=0.8),
        _jonah(
            "As a teammate, sure. As the boss I don't know. It's different when you're "
            "the one who signs off their leave."
        ),
        _robin(
            "Part of you wonders whether the trust they gave a teammate will carry "
            "over to the person who now holds the keys.",
            pause=1.2,
        ),
        _jonah("Maybe. Or maybe I just need a bigger chair. Ha."),
        _robin("What do you have from those days that could help you now?", pause=1.0),
        _jonah(
            "I know the codebase, so I know what they're dealing with. And I'm a decent "
            "listener when I'm not busy being clever."
        ),
        _robin("You know their work, and you know how to listen.", pause=0.8),
        _jonah("When I'm not making jokes, yes."),
        _robin("How do you like to get feedback, so I know how to work with you?", pause=1.0),
        _jonah(
            "Plainly. One point at a time. And let me talk it through out loud, that's "
            "how I find out what I think."
        ),
        _robin("Plain words, one thing at a time, and room to think aloud.", pause=0.8),
        _jonah("That's it. You're already a better listener than my last manager."),
        _robin("Where would you like to start next time?", pause=1.0),
        _jonah(
            "Probably my one-to-ones. They're a bit of a mess. I do them, but they're "
            "basically a stand-up with chairs."
        ),
        _robin("One-to-ones that are really a stand-up with chairs.", pause=0.8),
        _jonah("Ha. Yeah. Stand-up, sit-down, same meeting."),
        _robin("Let's take that as our first thread next time. Thanks, Jonah.", pause=0.8),
    ),
    (
        _robin("Good to see you, Jonah. How have the last two weeks been?", pause=0.5),
        _jonah(
            "Good, mostly. I did all six one-to-ones. We went through the sprint board, "
            "the bug list, and who is on call over the holiday."
        ),
        _robin("So you did all six, and they were mostly about the board.", pause=0.8),
        _jonah(
            "That's what they're for, isn't it? Thirty minutes, tickets, blockers, done. "
            "Very efficient. Nobody cried."
        ),
        _robin("What did you want from those conversations?", pause=1.0),
        _jonah("To get through them, if I'm honest. They're status updates with a nicer name."),
        _robin(
            "Getting through them seems to matter more than getting something out of them.",
            pause=1.0,
        ),
        _jonah("Yeah. I wouldn't say that to the team, though."),
        _robin(
            "If you were on the other side of the table, what would you want from a "
            "one-to-one with your manager?",
            pause=1.0,
        ),
        _jonah("Hmm.", pause=1.0),
        _jonah("Someone to ask how I'm actually doing. Not the tickets. Me.", pause=3.5),
        _robin("Someone to ask how you're actually doing.", pause=1.2),
        _jonah(
            "Yeah. And I realise I never ask them that. Six meetings and not once.",
            pause=0.8,
        ),
        _robin("What do you make of that?", pause=1.0),
        _jonah(
            "I think I'm scared of what they'd say. If someone tells me they're not okay, "
            "then I have to do something about it, and I wouldn't know what.",
            pause=3.0,
        ),
        _robin(
            "So not asking protects you from hearing something you don't feel ready to answer.",
            pause=1.5,
        ),
        _jonah(
            "That rings true. What if they say they hate the job? Or that they hate working for me?"
        ),
        _robin("You'd hate to hear that from people you like.", pause=1.0),
        _jonah("Ha. I'd rather read it in an anonymous survey with a sad-face emoji, thanks."),
        _robin("Can I say something I noticed?", pause=1.2),
        _jonah("Go on."),
        _robin(
            "You made a joke just as we got close to something that matters to you.",
            pause=0.8,
        ),
        _jonah("Yeah, I do that. I know I do that."),
        _robin(
            "Would it help if I named it when a joke seems to be doing that work?",
            pause=0.8,
        ),
        _jonah(
            "Yes. Call it. Just say it, and we'll talk it through. That's how I think "
            "anyway, out loud."
        ),
        _robin(
            "Let's make that part of how we work: I'll say when a joke seems to be "
            "stepping around something, and we'll talk it through before deciding "
            "anything.",
            pause=0.8,
        ),
        _jonah("Deal. You can have a buzzer."),
        _robin("Where does the humour come from for you?", pause=1.0),
        _jonah(
            "The stage, partly. I do an open mic once a month, five minutes at a bar near "
            "my flat. Honestly, it's the best five minutes of my month."
        ),
        _robin("Five minutes you look forward to all month.", pause=0.9),
        _jonah(
            "On stage I know exactly what I'm doing. Set-up, punchline, laugh. At work "
            "I never know where the punchline is."
        ),
        _robin(
            "On stage you know the shape of it, and at work you're looking for a shape "
            "that isn't there yet.",
            pause=1.2,
        ),
        _jonah(
            "Yeah. Maybe a one-to-one doesn't need a punchline. Maybe that's the point of it.",
            pause=2.5,
        ),
        _robin("A conversation without a punchline.", pause=1.0),
        _jonah("Ha. Sounds terrible. No, it sounds like what I said I'd want."),
        _robin("What would asking how they're actually doing look like next week?", pause=1.0),
        _jonah(
            "I could open with it. How are you actually doing, and then wait, before "
            "we even look at the board."
        ),
        _robin("Who would you try it with first?", pause=0.9),
        _jonah("Priya and Dev. Priya will answer. Dev will make a joke, like me."),
        _robin("You already hear a bit of yourself in Dev.", pause=1.0),
        _jonah(
            "Three years on the same team will do that. There's a feedback thing with "
            "him I keep putting off, too. Code reviews. Another day."
        ),
        _robin("Something with Dev that you keep putting off.", pause=0.9),
        _jonah("Yeah. Not today, though. Today is the opener."),
        _robin("What would help you stay with the question if Dev makes a joke?", pause=1.0),
        _jonah(
            "Remembering that I'd want someone to ask me twice. Maybe I just ask again, lighter."
        ),
        _robin("You'd give him the second ask you'd want for yourself.", pause=1.0),
        _jonah("Yeah. That feels fair."),
        _robin("What will you take from today?", pause=1.0),
        _jonah("That I've been running the meetings I'd hate to be in. Ouch. But good ouch."),
        _robin("Let's hear how it went with both of them next time.", pause=0.8),
    ),
    (
        _robin("Where would you like to start today?", pause=0.5),
        _jonah(
            "With the opener. I tried it. Priya talked for twenty minutes. Her mum has "
            "been ill and she's been covering it with late nights. I had no idea."
        ),
        _robin("You asked, and something real came back.", pause=1.2),
        _jonah(
            "Yeah. And I noticed I didn't try to fix anything, which isn't like me. I "
            "just listened. She thanked me for a meeting where I barely spoke.",
            pause=1.0,
        ),
        _robin("You said almost nothing, and that was what she needed from you.", pause=2.0),
        _jonah(
            "It felt like we were actually hearing each other, for the first time since "
            "the promotion.",
            pause=1.5,
        ),
        _robin("Hearing each other, for the first time since you took the role.", pause=1.2),
        _jonah("Yeah. It was good. Then there was Dev."),
        _robin("How did it go with Dev?", pause=1.0),
        _jonah("He laughed it off. Said he's living the dream, and we went back to tickets."),
        _robin("What did you do when Dev laughed it off?", pause=1.0),
        _jonah("I laughed too and changed the subject. Which is what I always do.", pause=1.5),
        _robin("What do you notice about that?", pause=1.0),
        _jonah("That when it goes quiet I fill it. With a joke, usually.", pause=4.5),
        _robin("The quiet comes, and you fill it before it can settle.", pause=2.5),
        _jonah(
            "Yeah. I don't even decide to. It's out of my mouth before I've heard myself.",
            pause=2.0,
        ),
        _robin("And what happens for you in the quiet?", pause=1.5),
        _jonah(
            "I get anxious. It feels like I'm failing at the conversation. I guess I "
            "learned that on stage, where silence means the joke died.",
            pause=6.0,
        ),
        _robin(
            "On stage a silence tells you something went wrong, and you've carried "
            "that way of hearing it into every room.",
            pause=2.5,
        ),
        _jonah("Huh. That rings true. But a one-to-one isn't a gig.", pause=4.0),
        _robin("A one-to-one isn't a gig.", pause=1.5),
        _jonah(
            "No. With Priya the quiet was where she started talking. I waited because "
            "I didn't know what to say, and then she said the real thing.",
            pause=4.0,
        ),
        _robin(
            "So the silence you dread on stage was the thing that let Priya speak.",
            pause=2.5,
        ),
        _jonah("When you put it like that, yes. I didn't plan it. I got lucky."),
        _robin("What if it wasn't luck?", pause=1.0),
        _jonah(
            "Then it's something I could do on purpose. Which is a bit scary, because "
            "then I can't blame luck when it doesn't work.",
            pause=5.0,
        ),
        _robin("Doing it on purpose means owning it, whichever way it goes.", pause=2.0),
        _jonah("Yeah. That's the real thing, isn't it."),
        _robin("What would it take to give Dev that same quiet?", pause=1.5),
        _jonah(
            "Nerve. Ha. No, sorry, that's me doing it again. It would take me not "
            "rescuing him from the question.",
            pause=4.5,
        ),
        _robin(
            "You caught the joke yourself that time, and what came after it was the truer answer.",
            pause=2.0,
        ),
        _jonah("I did, didn't I. Small win."),
        _robin("What helps you hold a pause when you choose to?", pause=1.0),
        _jonah(
            "Counting. Before a punchline I count to three in my head, so the room can "
            "lean in. It's the one place where silence doesn't scare me.",
            pause=3.5,
        ),
        _robin(
            "So you already know how to hold a silence on purpose; you've just been "
            "keeping that skill for the stage.",
            pause=2.5,
        ),
        _jonah(
            "Huh. So I could bring that to work. Five seconds, then. I'll count in my "
            "head if I have to."
        ),
        _robin("So you'd count five seconds, the way you count before a punchline.", pause=1.2),
        _jonah("Except there's no punchline. Just Dev, and whatever he says."),
        _robin("What would you like Dev to hear in that pause?", pause=1.5),
        _jonah(
            "That I actually want to know. That it's not a box I'm ticking for a "
            "management course.",
            pause=3.0,
        ),
        _robin("When will you try it?", pause=1.0),
        _jonah("Monday, with Dev. I want to try it before I lose my nerve."),
        _robin("How will you know it went well, whatever Dev says?", pause=1.2),
        _jonah("If I wait the five seconds, that's the win. What he does with them is up to him."),
        _robin("The win is the waiting, not the answer.", pause=1.5),
        _jonah(
            "Yes. And if I'm honest, the code reviews are still sitting there. I keep "
            "finding reasons not to say anything, and I'm not proud of that."
        ),
        _robin("Would a short reading on one way to give feedback be useful?", pause=1.0),
        _jonah("Yes please. Plain words, if you've got them."),
        _robin("I'll send it tomorrow. Let's hear about Monday next time.", pause=0.8),
    ),
    (
        _robin("What would you like to look at today?", pause=0.5),
        _jonah(
            "The feedback I've been avoiding for six weeks. Dev misses code reviews and "
            "the team is carrying it. I keep not saying it."
        ),
        _robin("Six weeks of not saying it.", pause=1.5),
        _jonah(
            "I even had the perfect moment on Monday. I did the five seconds. He said "
            "he's been a bit fried, and we talked about that, properly. And then I "
            "couldn't bring up the reviews on top of it.",
            pause=1.0,
        ),
        _robin(
            "Raising the reviews, after he'd trusted you with how he's doing, felt like "
            "taking something back.",
            pause=4.0,
        ),
        _jonah("Yeah. Exactly that.", pause=5.0),
        _jonah(
            "I felt guilty even thinking about it. Like I'd be using the good moment against him."
        ),
        _robin("What stops you, underneath that?", pause=1.5),
        _jonah(
            "I like him. I'm afraid he'll think I've changed, that I've become one of "
            "them. That I've gone over to the other side.",
            pause=6.0,
        ),
        _robin("Gone over to the other side.", pause=2.5),
        _jonah(
            "Yeah. And I notice I'm making a joke in my head right now, about managers. "
            "I think I joke most when I'm anxious.",
            pause=7.0,
        ),
        _robin(
            "The joke turns up right where the anxiety is, as if it's there to keep "
            "the feeling at a safe distance.",
            pause=4.0,
        ),
        _jonah(
            "It is. It's a pattern. Joke first, so nobody can say I took myself too "
            "seriously. If I've already laughed, nobody can laugh at me.",
            pause=6.5,
        ),
        _robin(
            "Being the first to laugh has been a way of staying safe, and it has worked "
            "for a long time.",
            pause=2.5,
        ),
        _jonah(
            "It has. It got me through school. It got me on a stage. But with Dev it "
            "just means I never say the thing.",
            pause=2.5,
        ),
        _robin(
            "The thing that kept you safe is now what's keeping you quiet with Dev.",
            pause=2.5,
        ),
        _jonah("Yeah. That's hard to hear. It's true, though, and I don't want it to stay true."),
        _robin("How is it, hearing that from me?", pause=2.0),
        _jonah(
            "Uncomfortable, honestly. But it's what I asked you for, and I'd rather feel "
            "this here than in front of Dev.",
            pause=2.5,
        ),
        _robin(
            "Uncomfortable, and still something you wanted.",
            pause=2.0,
        ),
        _robin("What would fairness to the team sound like here?", pause=1.5),
        _jonah(
            "Saying it. I owe them that. They can see I'm letting it slide, and I want "
            "to be fair to them. And to him, really.",
            pause=4.0,
        ),
        _robin(
            "Staying quiet has been unfair to the very people you want to trust you, Dev included.",
            pause=2.0,
        ),
        _jonah("Ouch. Yes. He deserves to hear it from me, not from the grapevine."),
        _robin("Would you like to try saying it now, as if I were Dev?", pause=1.0),
        _jonah(
            "Okay. Dev, sorry, this is awkward, and I know I'm the last person to talk "
            "about deadlines, ha, but the reviews, it's a bit of a thing.",
            pause=2.0,
        ),
        _robin("What did you hear yourself do there?", pause=2.5),
        _jonah(
            "I can hear it now: an apology, a joke, and no actual point. Three for three.",
            pause=2.5,
        ),
        _robin(
            "It sounds like, by the time the point arrived, you'd already asked him not "
            "to take it seriously.",
            pause=2.5,
        ),
        _jonah("Yeah. Let me have another go. I can say it straighter than that."),
        _robin("What would you say if you left the apology out?", pause=1.0),
        _jonah(
            "Dev, you've missed four reviews this month, and the team is picking them up. "
            "I need that to change, and I'd like to hear what's getting in the way.",
            pause=9.0,
        ),
        _robin("How did that feel to say?", pause=4.0),
        _jonah(
            "Strange. Clear, though. I didn't apologise first. And it still sounded "
            "like me, which I didn't expect.",
            pause=5.0,
        ),
        _robin(
            "Clear, and still you: you don't have to stop being yourself to say a hard thing.",
            pause=2.5,
        ),
        _jonah(
            "Maybe that's what I've been scared of all along. That being the boss means "
            "stopping being me.",
            pause=8.0,
        ),
        _robin(
            "So the reviews were never the hard part; the hard part is believing you can "
            "be the boss and still be Jonah.",
            pause=4.0,
        ),
        _jonah("Yeah. That rings true. That's signal, not noise."),
        _robin("What do you want to remember when you're sitting across from him?", pause=1.5),
        _jonah(
            "That the jokes can come afterwards. The point comes first. And then I wait, "
            "five seconds, like Monday.",
            pause=2.0,
        ),
        _robin("The point first, then five seconds, and the jokes afterwards.", pause=2.0),
        _jonah("The jokes afterwards. I like that order."),
        _robin("What could pull you off course on the day?", pause=1.5),
        _jonah(
            "Dev being nice about it. If he's gracious, I'll want to backpedal and make "
            "it smaller than it is. That scares me more than him being cross.",
            pause=3.5,
        ),
        _robin(
            "His kindness is the thing most likely to tempt you back into the joke.",
            pause=2.0,
        ),
        _jonah("Yeah. Weird, but yes."),
        _robin("Who could you lean on if it goes badly?", pause=1.0),
        _jonah(
            "My own manager, funnily enough. She's been decent about this kind of thing. "
            "And I can always bring it back here."
        ),
        _robin("When will you say it to him?", pause=1.0),
        _jonah("Before Friday. I'll book the time today so I can't wriggle out of it."),
        _robin(
            "Booking it today, so the part of you that jokes can't talk you out of it.",
            pause=2.0,
        ),
        _jonah("Ha. Yes. And that one was a joke I meant."),
    ),
)

JONAH = DemoClient(
    preferred_name="Jonah Levi",
    profile=DemoProfile(
        pronouns="he/him",
        timezone="America/New_York",
        values="Being useful, humour, fairness to the people he manages.",
        goals="Grow from strong engineer into a manager people trust.",
        preferred_terms="'signal vs noise', 'that rings true', 'hearing each other'",
        communication_style="Quick and funny; uses jokes to step around hard subjects.",
        feedback_style="Plain words, one point at a time; likes to talk it through aloud.",
        representational_system="auditory",
        communication_patterns="Processes by talking; decisions land mid-sentence.",
        relational_patterns="Wants to be liked by the team he used to be part of.",
    ),
    started_day=-50,
    cadence="fortnightly",
    sessions=(
        held(
            -50,
            "Discovery. First-time manager of six, promoted from within the team three "
            "weeks ago. Explained confidentiality; he laughed and said 'so you won't tell "
            "my manager I'm winging it'. Then said that's exactly how it feels. Mostly "
            "news of the week and quick jokes. Wants to be a manager people trust, 'not "
            "just the funny one'. First thread for next time: his 1:1s.",
            ("new manager", "identity"),
            ("increased_openness",),
            hour=15,
            transcript=JONAH_TRANSCRIPTS[0],
        ),
        held(
            -36,
            "His 1:1s are status updates. Explored what he'd want from a 1:1 if he "
            "were on the other side. He heard himself say 'someone to ask how I'm "
            "actually doing' — and stopped joking for a while. When a joke came back "
            "I named it; agreed I'll say so when a joke steps around something. Told "
            "me about his monthly open mic. Mentioned feedback for Dev he keeps "
            "putting off; not for today.",
            ("one-to-ones",),
            ("reflection_over_reporting",),
            hour=15,
            transcript=JONAH_TRANSCRIPTS[1],
        ),
        held(
            -22,
            "Tried a new 1:1 opener with two people; one went well, one fell flat. "
            "Looked at what he does when a conversation goes quiet (fills it with a "
            "joke: on stage, silence means the joke died). He already holds a pause on "
            "purpose before a punchline. Agreed he'd experiment with waiting five "
            "seconds. Long pauses today, which we let be.",
            ("one-to-ones", "silence"),
            ("takes_risks", "transfer_to_daily_life", "comfortable_silences"),
            hour=15,
            transcript=JONAH_TRANSCRIPTS[2],
        ),
        held(
            -8,
            "The feedback he has avoided giving for six weeks: a senior engineer who "
            "misses reviews. Role-played it twice; the second time he didn't apologise "
            "first. He noticed he jokes most when he's anxious — his words. "
            "Underneath: a fear that being the boss means he stops being himself.",
            ("hard feedback", "patterns"),
            ("explores_difficult_topics", "increased_self_awareness"),
            hour=15,
            transcript=JONAH_TRANSCRIPTS[3],
        ),
        planned(6, hour=15),
    ),
    agreements=(
        DemoAgreement(
            "logistics",
            "Fortnightly 60-minute video sessions, Wednesdays 10:00 "
            "New York time; the employer pays, Jonah owns the agenda. Slack is "
            "not used; email for scheduling. 24 hours' notice to move.",
            -50,
            -49,
        ),
        DemoAgreement(
            "relationship",
            "The employer learns only that sessions are taking "
            "place. Robin will not coach Jonah's manager or his reports.",
            -50,
            -49,
        ),
        DemoAgreement(
            "working",
            "Robin may name it when a joke is doing the work of "
            "avoiding something. We talk it through aloud before deciding.",
            -36,
            -35,
        ),
    ),
    goals=(
        DemoGoal(
            "1:1s that are about people",
            "Each 1:1 has at least one question about the person, not the work.",
            ((-50, 2), (-22, 4), (-8, 6)),
        ),
        DemoGoal(
            "Give hard feedback within a week",
            "Hard feedback is given within a week of noticing, without apology first.",
            ((-36, 2), (-8, 3)),
        ),
    ),
    commitments=(
        DemoCommitment(
            "client", "Try the 'how are you actually doing' opener in two 1:1s.", -24, "done", -25
        ),
        DemoCommitment("client", "Give the review feedback to Dev before Friday.", 2),
        DemoCommitment(
            "coach",
            "Send a short reading on the situation-behaviour-impact model.",
            -20,
            "done",
            -21,
        ),
    ),
    pins=(
        DemoPin("Runs a comedy open-mic night once a month; it matters to him.", -36),
        DemoPin("Dev: senior engineer, misses code reviews; feedback conversation pending.", -8, 6),
    ),
)

MARCUS = DemoClient(
    preferred_name="Marcus Bell",
    flags=("resistant",),
    profile=DemoProfile(
        pronouns="he/him",
        timezone="Europe/London",
        values="Results, loyalty to his team, not being managed by 'process people'.",
        goals="His own, not HR's: keep his team together through the reorganisation.",
        preferred_terms="'the numbers', 'my lot' (his team), 'no fluff'",
        communication_style="Short, testing answers; challenges questions before answering.",
        feedback_style="Asked for permission first, then blunt; no jargon.",
        representational_system="kinesthetic",
        cultural_context="Sent by his employer after a 360 review; twenty years in sales.",
        behavioural_patterns="Defends hard when he feels judged, then reflects alone later.",
        relational_patterns="Trust is earned by consistency over time, never by warmth "
        "alone. A previous coach 'reported back' to his director.",
    ),
    started_day=-77,
    cadence="fortnightly",
    sessions=(
        DemoSession(-77, "rescheduled", changed_by="client", notice_hours=3, hour=12),
        held(
            -75,
            "First session, moved by him on the day. 'I'm here because HR said so.' "
            "Did not argue with that. Spent most of the hour on what he would need for "
            "this to be worth his time, and on exactly what the sponsor will and won't "
            "hear. He asked three times. A previous coach 'reported back'.",
            ("sponsor", "confidentiality"),
            ("compliance_without_engagement", "reluctance_to_explore"),
            hour=12,
        ),
        held(
            -61,
            "Short answers. Asked permission before every observation; he said "
            "'you don't have to ask every time' — a small opening. Talked numbers, his "
            "team's results, what his lot need from him. Did not touch the 360.",
            ("team", "results"),
            ("reluctance_to_explore",),
            hour=12,
        ),
        held(
            -47,
            "He brought the 360 himself. Read one comment aloud — 'shuts people down "
            "in meetings' — and said it was rubbish. Then: 'maybe in the Monday one'. "
            "Let him set the pace; explained what I was doing when I reflected back.",
            ("360 feedback",),
            ("explores_difficult_topics",),
            hour=12,
        ),
        held(
            -33,
            "Told me about his old manager, who 'held meetings to tell you what "
            "you'd done wrong'. Quiet for a minute. First session where he talked "
            "more than I did. He chose his own goal: keep the team together through the "
            "reorg.",
            ("patterns", "reorganisation"),
            ("increased_openness", "reflection_over_reporting"),
            hour=12,
        ),
        held(
            -19,
            "He said directly that last time he felt I was 'on HR's side' when I "
            "asked about the 360 again. Thanked him; we agreed I'd leave the 360 alone "
            "unless he brings it. Then he brought it. Tried letting others speak first "
            "on Monday — 'weird, but the numbers came out better'.",
            ("relationship", "meetings"),
            ("raises_relationship_issues", "takes_risks", "transfer_to_daily_life"),
            hour=12,
        ),
        planned(9, hour=12),
    ),
    agreements=(
        DemoAgreement(
            "logistics",
            "Fortnightly 60-minute video sessions at lunchtime, "
            "twelve sessions paid by the employer. Marcus books and moves "
            "sessions himself; 24 hours' notice, and late moves are counted.",
            -75,
            -74,
        ),
        DemoAgreement(
            "relationship",
            "The sponsor (sales director) hears only: sessions "
            "held, and one three-way meeting at the start and end about goals "
            "Marcus chooses to share. No notes, no opinions, no reports. Marcus "
            "can end the engagement at any time without giving a reason.",
            -75,
            -72,
        ),
        DemoAgreement(
            "working",
            "Robin asks before offering an observation and explains "
            "why a question is asked. No jargon. Marcus says when something is "
            "fluff.",
            -61,
        ),
        DemoAgreement(
            "working",
            "Robin asks before offering an observation, says why a "
            "question is asked, and leaves the 360 alone unless Marcus brings it "
            "up. No jargon. Marcus says when something is fluff — or when Robin "
            "sounds like HR.",
            -19,
            -18,
        ),
    ),
    goals=(
        DemoGoal(
            "Keep my lot together",
            "No regretted leavers from his team through the reorganisation.",
            ((-33, 5), (-19, 6)),
        ),
        DemoGoal(
            "Let others speak first",
            "In the Monday meeting, hear two people before giving his view.",
            ((-47, 2), (-19, 4)),
        ),
    ),
    commitments=(
        DemoCommitment(
            "client", "Read the 360 comments once more, on his own.", -50, "dropped", -47
        ),
        DemoCommitment(
            "client",
            "In Monday's meeting, ask two people for their view before giving his.",
            -21,
            "done",
            -22,
        ),
        DemoCommitment(
            "client", "Write down who in his team would be hardest to lose, and why.", 7
        ),
        DemoCommitment(
            "coach",
            "Confirm in writing to Marcus exactly what the sponsor receives.",
            -73,
            "done",
            -74,
        ),
        DemoCommitment("coach", "Not raise the 360 unless Marcus does.", 60),
    ),
    pins=(
        DemoPin("A previous coach 'reported back' to his director — the root of the caution.", -75),
        DemoPin("Supports Stoke City; season ticket with his son.", -47),
        DemoPin("Reorganisation announced for next quarter; ask which of his lot it hits.", -19, 9),
    ),
    notes=(
        DemoNote(
            "Supervision: noticed I wanted him to 'get it' faster — my need, not his. "
            "Go slow; earn the right through consistency.",
            -54,
        ),
    ),
)

ADAEZE = DemoClient(
    preferred_name="Adaeze Okafor",
    flags=("cross_cultural",),
    profile=DemoProfile(
        pronouns="she/her",
        timezone="Europe/Amsterdam",
        values="Family, excellence, respect for elders and for hard work.",
        goals="Be heard as a senior voice in a Dutch workplace without losing herself.",
        preferred_terms="'my seat at the table', 'the way things are done here', 'face'",
        communication_style="Careful, courteous, indirect in disagreement; very precise.",
        feedback_style="In private, framed with respect; direct once trust is there.",
        representational_system="visual",
        cultural_context="Grew up in Enugu, studied in Lagos and Leeds; moved to "
        "Rotterdam 18 months ago. Dutch directness reads to her as rudeness to seniors; "
        "her courtesy reads to colleagues as lack of opinion.",
        relational_patterns="Builds trust slowly through reliability; tests with small "
        "disclosures first.",
    ),
    started_day=-84,
    cadence="fortnightly",
    sessions=(
        held(
            -84,
            "Discovery. Logistics planner, promoted to lead 18 months after moving "
            "from Lagos. Asked her how her background shapes how she sees help and "
            "coaching; she said in her family you don't take problems outside. Agreed "
            "that's something to respect, not work around.",
            ("culture", "new country"),
            hour=8,
        ),
        held(
            -70,
            "Colleagues interrupt her in planning meetings; she waits to be asked. "
            "I noticed my own assumption that she 'should just speak up' and said so. "
            "She appreciated the honesty; we explored what speaking up looks like in "
            "her terms.",
            ("meetings", "culture"),
            ("increased_openness",),
            hour=8,
        ),
        held(
            -56,
            "Mapped the unwritten rules of her Dutch team as she sees them, and the "
            "rules she grew up with. Neither is wrong. She chose to try one 'Dutch' "
            "move: disagree in the meeting, not afterwards.",
            ("culture", "meetings"),
            ("reflection_over_reporting",),
            hour=8,
        ),
        held(
            -42,
            "She disagreed once in the meeting and her manager thanked her. Said it "
            "felt like wearing someone else's coat. Explored how to make it her own "
            "coat: respectful framing first, then the point.",
            ("voice",),
            ("takes_risks", "transfer_to_daily_life"),
            hour=8,
        ),
        DemoSession(-28, "cancelled", changed_by="client", notice_hours=72, hour=8),
        held(
            -26,
            "Her mother visited. Talked about being between two places. A deeper "
            "conversation than before; she shared how lonely the first winter was.",
            ("belonging", "family"),
            ("increased_openness", "explores_difficult_topics"),
            hour=8,
        ),
        held(
            -12,
            "Prepared for her mid-year review: how to name her results without it "
            "feeling like boasting. Wrote three sentences together. She asked me for "
            "more direct feedback from now on — trust has moved.",
            ("review", "voice"),
            ("increased_self_awareness", "progress_toward_goals"),
            hour=8,
        ),
        planned(2, hour=8),
    ),
    agreements=(
        DemoAgreement(
            "logistics",
            "Fortnightly 60-minute video sessions, Mondays 09:00 "
            "Rotterdam time. Email for anything between sessions; replies within "
            "two working days. 48 hours' notice to move a session.",
            -84,
            -83,
        ),
        DemoAgreement(
            "relationship",
            "Robin is a learner about Adaeze's background and "
            "will ask rather than assume. Either may name a misunderstanding "
            "straight away. Nothing goes to her employer.",
            -84,
            -83,
        ),
        DemoAgreement(
            "working",
            "Feedback in private, framed with respect, and more "
            "direct as we go; Adaeze will say when it is too much or too little. "
            "Progress rated monthly.",
            -12,
        ),
    ),
    goals=(
        DemoGoal(
            "My seat at the table",
            "Disagree in the meeting when she disagrees.",
            ((-84, 2), (-56, 3), (-42, 5), (-12, 6)),
        ),
        DemoGoal(
            "Name my results", "Describe her results in her review plainly.", ((-56, 3), (-12, 5))
        ),
    ),
    commitments=(
        DemoCommitment(
            "client", "Disagree once in the planning meeting, in the room.", -44, "done", -45
        ),
        DemoCommitment(
            "client", "Draft three sentences on her results for the review.", -5, "done", -6
        ),
        DemoCommitment(
            "coach",
            "Read about Igbo and Dutch workplace norms; bring questions, not conclusions.",
            -63,
            "done",
            -65,
        ),
        DemoCommitment("coach", "Ask at the next session how the review went.", 2),
    ),
    pins=(
        DemoPin("Prefers 'Adaeze', not 'Ada' as colleagues shorten it.", -84),
        DemoPin("Mid-year review on the 4th of next month.", -12, 2),
        DemoPin("Mother visited for three weeks; first visit since the move.", -26),
    ),
)

OSKAR = DemoClient(
    preferred_name="Oskar Lindqvist",
    profile=DemoProfile(
        pronouns="he/him",
        timezone="Europe/Stockholm",
        values="Students first, fairness, quiet evenings, the forest.",
        goals="A sustainable week as deputy head, after burnout last year.",
        preferred_terms="'running on empty', 'finding my footing', 'breathing room'",
        communication_style="Slow, thoughtful, sometimes flat when tired.",
        feedback_style="Gentle, with room to think; challenge once he's rested.",
        representational_system="kinesthetic",
        behavioural_patterns="Takes on extra when a colleague is struggling; stops "
        "exercising first when stressed.",
    ),
    started_day=-105,
    cadence="fortnightly",
    sessions=(
        held(
            -105,
            "Returning to work half-time after three months of sick leave for "
            "burnout. Clear that coaching is not a substitute for his doctor; he is "
            "seeing one. Explored what a good week would feel like in the body.",
            ("burnout", "return to work"),
            hour=7,
        ),
        held(
            -91,
            "Energy 3/10. Mapped what fills and what drains; the drain list was "
            "twice as long. Long silences, which we let be.",
            ("energy",),
            ("comfortable_silences",),
            hour=7,
        ),
        held(
            -77,
            "He said yes to covering a colleague's class 'just this once' three times. "
            "Gently named the pattern; he laughed, tired. What would he say to a student "
            "doing the same?",
            ("boundaries", "patterns"),
            ("increased_self_awareness",),
            hour=7,
        ),
        held(
            -63,
            "Back to full time. Walked in the forest before the session and said it "
            "was the first time in months. Planned protected evenings.",
            ("energy", "return to work"),
            ("progress_toward_goals",),
            hour=7,
        ),
        held(
            -49,
            "A hard week: inspection. Slept badly. Kept the session short and "
            "supportive, no stretch. He asked for that directly, which is new.",
            ("stress", "support"),
            ("raises_relationship_issues",),
            hour=7,
        ),
        held(
            -35,
            "Rested. Ready for more challenge: what would he stop doing altogether? "
            "Chose the timetabling committee. Nervous to tell the head.",
            ("boundaries",),
            ("takes_risks", "explores_difficult_topics"),
            hour=7,
        ),
        held(
            -21,
            "Told the head; she agreed immediately. He had expected a fight. Talked "
            "about the stories he tells himself about what others expect.",
            ("assumptions", "boundaries"),
            ("transfer_to_daily_life", "reflection_over_reporting"),
            hour=7,
        ),
        planned(7, hour=7),
    ),
    agreements=(
        DemoAgreement(
            "logistics",
            "Fortnightly 60-minute video sessions at 08:00 "
            "Stockholm time, before school. Email only, no messages in the "
            "evening. Either may postpone with 24 hours' notice.",
            -105,
            -104,
        ),
        DemoAgreement(
            "relationship",
            "Coaching runs alongside, never instead of, medical "
            "care. If Robin is worried about Oskar's health Robin will say so "
            "and suggest he sees his doctor.",
            -105,
            -104,
        ),
        DemoAgreement(
            "working",
            "Oskar says at the start whether he wants support or "
            "stretch today. Energy rated at each session.",
            -91,
            -90,
        ),
    ),
    goals=(
        DemoGoal(
            "Energy for the whole week",
            "Friday energy at 6/10 or above.",
            ((-105, 2), (-91, 3), (-63, 5), (-49, 4), (-21, 6)),
        ),
        DemoGoal(
            "Protected evenings",
            "Four school-free evenings a week.",
            ((-77, 2), (-63, 4), (-21, 7)),
        ),
    ),
    commitments=(
        DemoCommitment("client", "Walk in the forest twice this week.", -65, "done", -64),
        DemoCommitment(
            "client", "Tell the head he is leaving the timetabling committee.", -25, "done", -24
        ),
        DemoCommitment("client", "Say no to covering a class, once, kindly.", -70, "dropped", -63),
        DemoCommitment("client", "Notice one story about what others expect; check it.", 5),
        DemoCommitment("coach", "Send the energy map template.", -90, "done", -90),
    ),
    pins=(
        DemoPin("Daughter Elsa, nine; her football matches on Saturday mornings.", -77),
        DemoPin("Inspection result due next month.", -49, 10),
    ),
)

GRACE = DemoClient(
    preferred_name="Grace Mwangi",
    profile=DemoProfile(
        pronouns="she/her",
        timezone="Africa/Nairobi",
        values="Impact for smallholder farmers, speed, integrity with investors.",
        goals="Grow the company from 8 to 30 people without becoming its bottleneck.",
        preferred_terms="'the roadmap', 'seeing around corners', 'a clear picture'",
        communication_style="Fast and vivid; jumps between topics; thinks in visuals.",
        feedback_style="Direct, now, with a concrete next step.",
        representational_system="visual",
        cultural_context="Founder in Nairobi with investors in London and Amsterdam.",
        behavioural_patterns="Energised by problems, bored by follow-through.",
    ),
    started_day=-112,
    cadence="fortnightly",
    sessions=(
        held(
            -112,
            "Founder of an agritech company, 8 people, new funding. Wants to hire "
            "22 people this year. Pictures herself 'in every room'. Contracted clearly; "
            "she wanted to start immediately.",
            ("scaling", "founder"),
            hour=6,
        ),
        held(
            -98,
            "Drew her org chart as it is vs. in a year. Her name sat in nine boxes. "
            "She went quiet, then laughed. What would she keep?",
            ("delegation", "organisation"),
            ("reflection_over_reporting",),
            hour=6,
        ),
        held(
            -84,
            "Hiring a COO: fear she'd 'lose the picture'. Explored what she'd need to "
            "see to trust someone else's view.",
            ("hiring", "trust"),
            ("explores_difficult_topics",),
            hour=6,
        ),
        held(
            -70,
            "Board tension; she wanted advice. I named that and asked permission to "
            "stay in coaching rather than consulting; she agreed, a little impatient.",
            ("board", "investors"),
            hour=6,
        ),
        held(
            -56,
            "She said last session felt 'slow' and she'd wanted more push. Good to "
            "hear directly. Adjusted: more challenge, faster pace. Picked one thing to "
            "stop doing.",
            ("relationship", "pace"),
            ("raises_relationship_issues",),
            hour=6,
        ),
        held(
            -42,
            "Hired the COO. Handed over weekly ops review. Celebrated.",
            ("delegation", "wins"),
            ("progress_toward_goals", "takes_risks"),
            hour=6,
        ),
        held(
            -28,
            "Caught herself joining the ops review 'just to listen' and then taking "
            "it over. Laughed at herself: 'I saw it happen'. Planning her exit from it.",
            ("delegation", "patterns"),
            ("increased_self_awareness", "self_coaching_between_sessions"),
            hour=6,
        ),
        held(
            -14,
            "Investor update and a tough question on burn rate. Used her own "
            "questions on herself before the session — brought answers, not problems.",
            ("investors", "self-coaching"),
            ("self_coaching_between_sessions", "greater_resilience"),
            hour=6,
        ),
        planned(1, hour=6),
    ),
    agreements=(
        DemoAgreement(
            "logistics",
            "Fortnightly 60-minute video sessions at 09:00 Nairobi "
            "time. Short voice notes for urgent decisions, answered within one "
            "working day. Company pays monthly.",
            -112,
            -112,
        ),
        DemoAgreement(
            "relationship",
            "Robin coaches Grace, not the company, and will "
            "say when a question is really one for a lawyer, accountant or "
            "mentor.",
            -112,
            -111,
        ),
        DemoAgreement(
            "working",
            "Direct challenge, at pace; Grace says when it's too "
            "slow. Each session ends with one concrete next step.",
            -56,
            -55,
        ),
    ),
    goals=(
        DemoGoal(
            "Out of the bottleneck",
            "No more than three boxes with her name in the org chart.",
            ((-98, 2), (-56, 4), (-42, 6), (-14, 7)),
        ),
        DemoGoal(
            "A COO she trusts", "COO hired and owning operations.", ((-84, 1), (-42, 7), (-14, 8))
        ),
    ),
    commitments=(
        DemoCommitment("client", "Shortlist three COO candidates.", -77, "done", -78),
        DemoCommitment("client", "Step out of the weekly ops review for a month.", 10),
        DemoCommitment("coach", "Introduce Grace to a peer founder group.", -50, "done", -52),
        DemoCommitment(
            "coach", "Send a note on running a first one-to-one with a COO.", -40, "done", -41
        ),
    ),
    pins=(
        DemoPin("Investors' meeting in London next month.", -14, 14),
        DemoPin("Started the company after her grandmother's maize harvest failed.", -112),
    ),
)

CLIENTS = (JONAH, MARCUS, ADAEZE, OSKAR, GRACE)
