"""Word lists for rapport metrics: stopwords, common words, sensory predicates.

Written for this project. The lists are short on purpose: they only need to
keep everyday words and fillers out of a client's "distinctive terms" and to
spot the predicates that show whether a client talks in pictures, sounds or
feelings. The predicates cover the seed's examples ("I see what you mean",
"How does that look to you?", "That sounds important", "How does that
resonate?", "How does that feel?", "What's your gut sense?") and the common
predicates of each system; words that are mostly something else in everyday
talk ("tell me", "say", "hard") are left out on purpose.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from coachconn.analysis.types import Utterance


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Function words: never a term of their own, and they end a bigram.
STOPWORDS = _word_set(
    """
    a about above after again against all also am an and any are aren't as at be
    because been before being below between both but by can can't cannot could
    couldn't did didn't do does doesn't doing don't down during each either else
    even ever every few for from further had hadn't has hasn't have haven't having he
    he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll
    i'm i've if in into is isn't it it's its itself just let's may me might mine more
    most much must mustn't my myself neither no nor not now of off on once only or
    other ought our ours ourselves out over own same shall shan't she she'd she'll
    she's should shouldn't so some such than that that's the their theirs them
    themselves then there there's these they they'd they'll they're they've this
    those though through to too under until up upon us very was wasn't we we'd we'll
    we're we've were weren't what what's when when's where where's whether which while
    who who's whom whose why why's will with within without won't would wouldn't yet
    you you'd you'll you're you've your yours yourself yourselves
    yeah yes okay ok oh um uh hmm mm mhm ah like really actually maybe well right
    gonna wanna kind sort lot lots thing things stuff something anything nothing
    everything someone anyone everyone somebody anybody nobody
    """
)

# Everyday words too common in any conversation to count as the client's own: among them
# assent ("that's true"), the nouns of longer prepositions ("in front of", "on top
# of": "in front" alone is a preposition cut short), the adverbs that join a thought to
# another ("instead", "somehow", "anymore"), the days of the week, which every plan
# names ("I'll call her on Sunday", the coach's "by Friday" taking up nothing), and the
# greetings and partings that open and close every session ("Okay. Bye.": a client who
# says little has no key term "bye").
COMMON_WORDS = _word_set(
    """
    able across already always another around ask asked asking away back bad best
    better big bit came come comes coming day days different done doing end enough
    feel feels felt feeling find first get gets getting give given go goes going gone
    good got great guess had hard help high home hope idea important keep keeps keeping
    kept know percent per cent
    knew known last later least leave left less life little long look looked looking
    made make makes making many mean means meant mind minute minutes moment month
    months morning much need needed needs never new next nice night old one ones part
    people person place point pretty probably put quite rather read ready real reason
    said say saying says see seem seems seen sense set should show side since small
    someone sometimes soon start started still sure take taken takes taking talk
    talked talking tell think thinking thought three time times today told tomorrow
    tried try trying turn two understand use used using want wanted wants way ways
    week weeks went whole work worked working year years yesterday
    asks couple let lets loud sorry thank thanks thanked figure figured figuring forth
    hello hey bye goodbye
    hour hours supposed please sound sounds sounded
    zero four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
    ninety hundred thousand million half quarter third fourth fifth once twice
    true correct
    front top spite behalf
    instead otherwise somehow anymore besides however although meanwhile therefore ago
    monday tuesday wednesday thursday friday saturday sunday
    mondays tuesdays wednesdays thursdays fridays saturdays sundays
    """
)

VISUAL = _word_set(
    """
    see sees saw seen seeing look looks looked looking picture pictures pictured
    picturing clear clearly clarity focus focused focusing unfocused view views
    viewpoint perspective bright dark dim hazy foggy fuzzy blurry vision envision
    imagine imagined show shows showed shown watch watched watching appear appears
    glimpse reveal revealed vivid colour color colourful colorful sight visible
    visualise visualize scene shine spotlight outlook glance illuminate insight
    blind overview horizon eye eyes
    """
)
AUDITORY = _word_set(
    """
    hear hears heard hearing sound sounds sounded sounding listen listens listened
    listening resonate resonates resonated resonating click clicks clicked ring rings
    rang loud louder quiet silent silence voice voices voiced tone tones noise noisy
    harmony echo echoes echoed whisper whispers shout shouting scream screaming rhythm
    tune tuned overhear chime buzz unheard deaf mute muted vocal amplify amplified
    """
)
KINESTHETIC = _word_set(
    """
    feel feels felt feeling feelings grasp grasped touch touched touching heavy
    heaviness gut weight weigh weighs weighed weighing pressure tense tension stuck
    unstuck solid firm grip handle handled hold holding warm cold rough smooth push
    pushed pushing pull pulled pulling tight tightness relaxed relax comfortable
    uncomfortable burden drained exhausted tired shaky balance balanced grounded
    numb ache aching squeeze squeezed hurt hurts hurting sore knot knots sinking
    crushed crushing stiff sticky slippery concrete rooted lighter restless
    """
)
PREDICATES = {"visual": VISUAL, "auditory": AUDITORY, "kinesthetic": KINESTHETIC}

# Words that open a clause as its subject after "like": a person or a share of people
# or things ("it's like nobody listens", "felt like none of that counted", "feels like
# half the team left"). What follows is said of the client's life, not pictured.
CLAUSE_SUBJECTS = _word_set(
    """
    i i'm i've i'd i'll we we're we've we'd we'll you you're you've you'd he he's
    she she's they they're they've people everyone everybody nobody someone somebody
    anyone anybody nothing everything something anything none all most some any each
    neither either both half
    """
)
# "feel like" followed by one of these opens a clause or a wish ("I feel like we
# should stop", "I feel like none of it counted", "I feel like giving up"): a hedge for
# "I think" or "I want", not a sensation, so that "feel" is not counted as kinesthetic.
# "It feels like a treadmill" (an image) still counts. Words ending in -ing are checked
# apart.
HEDGE_AFTER_FEEL_LIKE = CLAUSE_SUBJECTS | _word_set(
    """
    it it's there there's this that that's these those maybe perhaps if
    """
)
# "look" followed by one of these is about searching or waiting, not seeing.
NOT_VISUAL_AFTER_LOOK = _word_set("for forward after into")

# When a meeting is: "see you" before one of these is meeting again, not seeing.
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_SPAN = r"(?:minute|hour|day|week|fortnight|month|session|bit|while|couple)s?"
_WHEN = (
    rf"(?:again|soon|later|then|tomorrow|tonight|shortly|next\s+(?:time|{_SPAN}|{_DAY})"
    rf"|on\s+{_DAY}|in\s+(?:a|an|one|two|three|four|a\s+few|\d+)\s+{_SPAN}"
    rf"|at\s+the\s+next\s+{_SPAN})"
)
# Set phrases whose sensory word senses nothing, whoever says them (so they say nothing
# of a person's system): a greeting ("Good to see you", "Nice to see you again, Maya"),
# a parting ("See you next week", "See you then", "Bye, see you."), "I see." said on its
# own as "I understand" is said (a nod in words, as "Right." is; "I see what you mean",
# the seed's example, and "I see it now" still count), waiting to find out ("Let's see",
# "We'll see how it goes"), trying ("I'll see if I can"), leave ("Feel free to call")
# and contact ("Get in touch"). Read on a line's text (with its punctuation), case aside.
NOT_PREDICATE_PHRASES = re.compile(
    r"\b(?:good|nice|great|lovely|wonderful|glad|pleased|happy)\s+to\s+see\s+you\b(?!')"
    rf"|\bsee\s+you\s+{_WHEN}\b"
    r"|(?:^|(?<=[.!?,;])|\b(?:bye|okay|ok|right|well|then|great)\s+)\s*see\s+you(?=\s*(?:[.!?,;]|$))"
    r"|(?:^|(?<=[.!?]))\s*(?:(?:oh|ah|ahh|right|okay|ok|yes|yeah|mm|hmm|mhm)\W+)*"
    r"i\s+see(?=\s*(?:[.!?,;]|$))"
    r"|\b(?:let's|let\s+us|we'll|we\s+will)\s+see\b(?=\s*(?:[.!?,;]|$|how|what|where|if|whether))"
    r"|\bsee\s+(?:if|whether)\b"
    r"|\bfeel\s+free\b"
    r"|\b(?:get|gets|got|getting|keep|keeps|kept|stay|stays|be)\s+in\s+touch\b",
    re.IGNORECASE,
)
# A word every one of those phrases holds: a text without any (case aside) holds none of
# them, and is read without trying the pattern at each of its words.
NOT_PREDICATE_WORDS = ("see", "free", "touch")


def without_set_phrases(text: str) -> str:
    """``text`` with each of NOT_PREDICATE_PHRASES in it made a space."""
    folded = text.casefold()  # (as the pattern reads it: "ſee" is "see")
    if not any(word in folded for word in NOT_PREDICATE_WORDS):
        return text
    return NOT_PREDICATE_PHRASES.sub(" ", text)


# Words that name a feeling: a client's feeling word that the coach says after them, in
# any form, is the client's language taken up, though said once ("I'm a bit scared",
# then the coach's "the scared part"), as a phrase said back word for word is; and among
# terms said as often, one that holds a feeling word is listed first. Kept to words that
# name a feeling or a felt state (not "bad", "hard": everyday words), close to those
# rules.client reads as disclosure.
FEELING_WORDS = _word_set(
    """
    scared scary afraid fear fears frightened terrified terrifying anxious anxiety
    nervous worried worry worries ashamed shame embarrassed embarrassing guilty guilt
    hurt lonely loneliness sad sadness angry anger furious resentful resentment jealous
    vulnerable exposed overwhelmed overwhelming exhausted trapped hopeless helpless
    useless worthless inadequate insecure invisible devastated heartbroken humiliated
    frustrated frustrating frustration upset disappointed disappointment miserable
    unhappy drained relieved relief grateful excited hopeful proud panic panicky dread
    safe unsafe torn numb bored boring stressed stress stuck
    """
)

# Fillers, discourse markers and hedging adverbs: never a client's key term,
# and dropped before phrases are read ("I feel really stuck" -> "feel stuck").
FILLERS = _word_set(
    """
    exactly really basically actually literally totally definitely honestly
    absolutely obviously seriously simply certainly probably maybe perhaps anyway
    anyways just quite pretty super very so well like mostly mainly generally
    usually sometimes always never often also still even ever already almost
    course sure fine okay ok yeah yep yes right guess suppose kinda sorta whatever
    essentially apparently frankly truly genuinely surely possibly hopefully
    fairly rather somewhat especially particularly completely entirely fully
    suddenly finally eventually recently currently naturally normally typically
    um uh er erm hmm mm mhm ah oh wow cheers ta
    """
)
# Stopwords a phrase may open with: "at the table", "out of my depth".
PHRASE_OPENERS = _word_set(
    """
    at in on out off under over into through behind ahead up down from with
    without against between beyond across
    """
)
# Words a phrase may not hold inside: two ideas, not one phrase ("if" and "whether" open
# a clause of their own: "know if she trusts" is a clause cut short).
PHRASE_BREAKS = _word_set("and but or because then if whether")
# Verb forms a phrase may not end on ("backlog grows", "keeps growing"): a phrase names a
# thing ("budget meeting", "at the table"), and words that stop on a verb are a clause cut
# short. A small list of verbs seldom used as nouns in these forms; an everyday verb
# ("keeps", "wants") never ends a phrase anyway, being no content word.
PHRASE_END_VERBS = _word_set(
    """
    grows grew grown growing chooses chose chosen choosing decides decided
    deciding tends tended happens happened happening becomes became becoming bothers
    bothered bothering weighs weighed weighing wonders wondered wondering brings brought
    bringing knowing telling matters mattered hates hated piles piled piling stays
    stayed staying drags dragged dragging eats ate eaten eating seemed hurts hurting
    """
)
# Fillers of more than one word, removed as a whole.
FILLER_PHRASES = (
    ("you", "know"),
    ("i", "mean"),
    ("kind", "of"),
    ("sort", "of"),
    ("i", "guess"),
    ("a", "bit"),
    ("a", "little", "bit"),
    ("to", "be", "fair"),
    ("to", "be", "honest"),
    ("in", "fairness"),
)
# Words in -ly that are not adverbs; any other word of 6+ letters in -ly is
# taken for an adverb and treated as a filler ("constantly", "seriously").
LY_NOT_ADVERBS = _word_set(
    """
    family lonely friendly unfriendly lovely lively costly elderly silly ugly holy
    early daily weekly monthly yearly deadly curly bully belly jelly rally ally
    italy july supply reply apply assembly anomaly butterfly melancholy monopoly
    jolly chilly wobbly bubbly cuddly prickly unruly likely unlikely worldly
    """
)

# Phrases that usually open a metaphor or simile; the longer ones come first so
# "feels like a" is read as one cue. rapport reads two more: "feel like" before "I" or
# "we" and a doing ("I feel like I'm holding up the ceiling"), and "like" before a person
# and a form of "be" ("Like I was furniture": :data:`PERSON_LIKE`).
METAPHOR_CUES = ("feels like", "felt like", "it's like", "as if", "as though", "like an", "like a")
# "like" and a person being something: "like I was", "like I'm", "like she was"; what
# follows is an image where it is a thing ("like I was a ghost") or, said without an
# article, a physical one ("like I was furniture", not "like I was wrong").
PERSON_LIKE = (
    r"like (?:i|we|you|he|she|they) (?:was|were|am|are)|"
    r"like (?:i'm|we're|you're|he's|she's|they're)"
)
# Physical things and parts of the body: said of a person or a situation that is not
# physical, an image ("like I was furniture", "feels like I'm holding up the ceiling").
# Where a figure's thing follows no article ("like I was furniture"), or after "feel
# like I'm ..." follows "the" or "my" rather than "a" ("holding up the ceiling", not
# "letting the team down", "wasting my time"), one of these makes it an image.
# The parts of the body a thing may be felt in or on: "like a stone in my stomach", "like
# a weight on my shoulders" (rapport._in_the_body).
BODY_PARTS = _word_set(
    """
    hand hands head shoulder shoulders chest heart throat stomach gut feet foot legs
    arms neck knees spine teeth breath skin bones fingers fist belly tummy jaw
    """
)
PHYSICAL_THINGS = BODY_PARTS | _word_set(
    """
    furniture wallpaper ceiling ceilings roof walls wall floor door doors brick bricks
    stone stones rock rocks boulder boulders mountain mountains hill cliff ledge rope
    tightrope wire chain chains cage prison trap hole pit tunnel bridge ladder wheel
    wheels treadmill engine machine robot ghost puppet ship boat anchor raft waves tide
    storm fog fire fires flames volcano bomb anvil backpack rucksack suitcase sandbag
    glass ice rug doormat plates statue furnace knot lump weight
    """
)
# Figures of speech said without a cue, in the client's words: each an image of itself
# ("I'm treading water", "walking on eggshells"). The coach's reflections read their own
# list (rules.coach._FIGURATIVE); these are the client's forms, "my head", "my depth".
FIGURE_IDIOMS = (
    r"walking on eggshells",
    r"treading water",
    r"running on (?:empty|fumes|coffee|caffeine|adrenaline|adrenalin|nothing)",
    r"a numbers game",
    r"(?:hit|hitting|hits) (?:a|the) (?:brick )?wall",
    r"the end of my (?:rope|tether)",
    r"banging my head against (?:a|the) (?:brick )?wall",
    r"(?:my )?head above water",
    r"spinning (?:plates|my wheels)",
    r"putting out fires",
    r"firefighting",
    r"stuck in a rut",
    r"going (?:round|around) in circles",
    r"at a crossroads",
    r"a fork in the road",
    r"the weight of the world",
    r"an uphill (?:battle|climb|struggle)",
    r"burning the candle at both ends",
    r"on autopilot",
    r"pulled in (?:two|different|a hundred|a million|opposite|too many) directions",
    r"out of my depth",
    r"wearing (?:too )?many hats",
    r"the tip of the iceberg",
    r"light at the end of the tunnel",
    r"on a knife'?s? edge",
    r"off the hook",
    r"holding (?:it all|everything) together",
)
# Roles a person may be said to be, or to make themselves, that are an image of their
# part, not a post: "I was the fixer", "I'm the glue", "I've become a doormat", "I'm the
# bottleneck", "I make myself the gatekeeper". "I was the manager" and "I make myself the
# coordinator" name a post and are no image. A part of the client said to be one of
# PERSONIFIED_ROLES is a figure too ("my gut's always been a bit of a pessimist"): see
# rapport._being_a_role.
FIGURE_ROLES = _word_set(
    """
    fixer glue rock doormat punchbag scapegoat peacemaker firefighter cheerleader referee
    sponge workhorse martyr rescuer dogsbody skivvy packhorse carthorse ringmaster juggler
    superwoman superman superhero chameleon octopus wallflower lifeline lynchpin linchpin
    backbone anchor engine buffer gatekeeper bottleneck crutch shield
    umbrella
    """
)
PERSONIFIED_ROLES = FIGURE_ROLES | _word_set(
    """
    pessimist optimist critic worrier bully coward cynic sceptic skeptic tyrant nag
    alarmist saboteur judge traitor liar
    """
)
# The parts of a person that may be said to be someone ("my gut's a pessimist", "my head
# is a bully").
INNER_PARTS = _word_set("gut head brain heart mind body conscience")
# Verbs that picture the client's state when said of themselves ("I've just been sort of
# drifting", "I'm floundering"); "the boat was drifting" is not said of a person, and
# "drifting off" is falling asleep.
SELF_FIGURE_VERBS = _word_set(
    """
    drifting floundering coasting spiralling spiraling unravelling unraveling crumbling
    flailing sinking fraying
    """
)
# Cues that open a clause ("as if nobody can breathe"), not a thing: their phrase may end
# on a verb.
CLAUSE_CUES = frozenset({"as if", "as though"})
# Who a person may say they are "in my own team" (or home, family ...): a stranger where
# they belong, an image ("I'm an outsider in my own team"); a post there is none ("I'm
# an accountant in my own firm").
OWN_PLACE_ROLES = _word_set(
    "outsider stranger guest visitor tourist prisoner passenger spectator bystander"
)
# Who a person may be to the client where they work or live: "like a friend in my team",
# "like a colleague at my gym" says who someone is to them, not an image (though "like
# losing a friend" is one).
PEERS = _word_set(
    "friend friends colleague colleagues teammate teammates coworker coworkers peer peers"
)
# Images said without "like": a verb that pictures the client's state, with the word it
# needs after it to be a figure ("drowning in it", "buried under paperwork"; "" where the
# clause may end on it: "I'm drowning."). "Buried in the churchyard" is not one.
# rules.coach._FIGURATIVE lists the figures a coach's reflection may offer (a reflection
# that gives one adds meaning). The two lists are kept apart on purpose: a figure verb
# there is read as a figure here too ("drowning in"), but taking all of these there would
# recode reflections such as "You're buried under it all." as complex
# (tests/unit/analysis/test_figures_of_speech.py). Figures that need more than one word
# after the verb are read apart: carrying a group (CARRIED_GROUPS) and being shut out of
# one (SHUT_OUT_PASSIVE).
FIGURE_VERBS = {
    "drowning": frozenset({"in", "under", ""}),
    "drowned": frozenset({"in", "under"}),
    "drown": frozenset({"in", "under"}),
    "buried": frozenset({"under"}),
    "snowed": frozenset({"under"}),
    "swamped": frozenset({"with", "by", "under"}),
    "suffocating": frozenset({"in", "under"}),
    "smothered": frozenset({"by", "under"}),
}
# Groups of people the client may say they carry, a figure of holding others up: "I've
# been carrying this team", "we carried the whole department", "carrying everyone". The
# group must end the thing carried: "carrying the team kit", "carried the bags" and
# "carrying a laptop" are no figure (rapport._carrying).
CARRYING_VERBS = _word_set("carry carries carried carrying")
CARRIED_GROUPS = _word_set(
    """
    team teams department family household business company firm office school group
    everyone everybody
    """
)
# Verbs of being shut out of a group, an image of exclusion said of the client: "I was
# cut out of my own team", "I'd been frozen out of the project", "they froze me out of
# the meeting". The client must be the one shut out ("I cut it out of the magazine", "the
# paragraph was cut out of the report" are none), and "out of" must follow ("I'm not cut
# out for this", "I cut out sugar" are none): see rapport._SHUT_OUT.
SHUT_OUT_PASSIVE = _word_set("cut frozen squeezed edged elbowed")
SHUT_OUT_ACTIVE = _word_set(
    "cut cuts cutting froze freeze freezes freezing squeeze squeezes squeezed squeezing "
    "edge edges edged edging elbow elbows elbowed elbowing"
)
# Things a simile cue may name that picture nothing: what a person may call themselves
# ("I feel like a failure", "a fraud", "a burden": a judgement, a feeling said plainly)
# and the plain words of a situation ("it feels like a decision", "a mistake", "a
# step"). A simile that holds one is said of the client's life, not an image of it.
NOT_IMAGES = _word_set(
    """
    failure failures fraud fake phoney phony loser idiot fool imposter impostor
    disappointment hypocrite burden nuisance coward liar mess joke outsider beginner
    amateur novice newbie success natural
    decision decisions problem problems mistake mistakes question questions choice
    choices option options answer step steps chance risk waste plan plans priority
    relief shame pity excuse win loss change difference issue issues deal compliment
    criticism promotion demotion complaint complaints accusation accusations request
    requests demand demands apology apologies lecture lectures
    """
)
# What "like" counts before a thing it measures: "like a bottle and a half of wine",
# "like two pints", "like a glass of wine a night" hedge an amount ("about"), not an
# image. Amounts of time are read apart (rapport._TIME_UNITS).
MEASURES = _word_set(
    """
    bottle bottles glass glasses pint pints cup cups mug mugs unit units drink drinks
    litre litres liter liters kilo kilos pound pounds quid dollar dollars euro euros
    grand mile miles percent third thirds quarter quarters dozen hundred hundreds
    thousand thousands million millions
    """
)
# What a measure may be "of" and still count an amount: "a glass of wine".
MEASURED = _word_set(
    """
    wine beer beers lager cider vodka gin whisky whiskey rum booze alcohol water coffee
    tea milk juice coke chocolate crisps biscuits cigarettes fags food money time
    """
)
# A simile's thing names a noun ("like a pressure cooker"); one that stops on a word of
# these endings or in ADJECTIVES was cut before its noun ("like a remedial", "like a big"),
# except for the nouns in NOUNS_LIKE_ADJECTIVES ("like a trial", "like a handful").
ADJECTIVE_ENDINGS = ("ial", "ical", "ous", "ful", "less", "able", "ible", "ive", "ic", "ish")
NOUNS_LIKE_ADJECTIVES = _word_set(
    """
    trial dial vial denial material memorial editorial tutorial burial official commercial
    serial aerial testimonial potential initial handful mouthful spoonful armful bucketful
    table cable stable fable vegetable constable timetable bible detective executive
    relative representative hive olive archive motive native captive objective initiative
    alternative incentive explosive narrative perspective directive panic clinic topic
    music picnic traffic comic critic logic mechanic garlic plastic republic fabric attic
    magic tonic rhetoric epidemic dish fish wish radish relish polish rubbish parish
    """
)
ADJECTIVES = _word_set(
    """
    big small little tiny huge massive enormous real proper total complete whole new old
    young bad good great long short tall heavy deep wide narrow thin thick hard soft
    strong weak constant endless full empty broken cheap quick slow fast hot warm wet dry
    loud quiet sad mad crazy weird strange odd different normal certain particular special
    actual absolute perfect utter sheer mere simple single tight loose dark bright awful
    terrible horrible
    """
)

# Letters of any alphabet and digits: "café", "José" and "naïve" are whole words.
_WORD = re.compile(r"[^\W_]+(?:'[^\W\d_]+)*")
_VOWEL = re.compile(r"[aeiouy]")


def words(text: str) -> list[str]:
    """Lower-case words of ``text``; curly apostrophes count as straight ones."""
    return _WORD.findall(text.lower().replace("’", "'"))


# A word and the words joined to it by single hyphens ("hands-on", "follow-ups"); a
# dash ("--", " - ", " – ") joins nothing, and a word cut off ("go- going") is its letters.
_JOINED = re.compile(r"[^\W_]+(?:'[^\W\d_]+)*(?:-[^\W_]+(?:'[^\W\d_]+)*)*")
# An en dash or a typeset hyphen between two letters or digits, with no space: a hyphen as
# a transcript or a word processor writes it ("hands–on" is "hands-on").
_DASH_JOINTS = "\u2010\u2011\u2013"
_DASH_JOINT = re.compile(f"(?<=[^\\W_])[{_DASH_JOINTS}](?=[^\\W_])")
# The sounds a hyphen joins in a back-channel ("mm-hmm", "uh-huh"): no word of the client's.
_SOUNDS = _word_set("mm mmm hmm hm mhm um uh uhm er erm ah aha ha huh oh")


def term_words(text: str) -> list[str]:
    """The words of ``text`` as :func:`words` reads them, except that a word written with
    hyphens is one word ("hands-on", "burnt-out", "follow-up"): the client's own term, not
    its pieces. A stammer is the word said ("s-so", "we-we": "so", "we"), and where a
    piece holds a digit ("covid-19") or is a sound ("mm-hmm") the pieces are words of
    their own. An en dash between two words, with no space, is a hyphen ("hands–on")."""
    lowered = text.lower().replace("’", "'")
    if any(dash in lowered for dash in _DASH_JOINTS):
        lowered = _DASH_JOINT.sub("-", lowered)
    found: list[str] = []
    for word in _JOINED.findall(lowered):
        parts = word.split("-")
        if len(parts) == 1 or _one_word(parts):
            found.append(word)
        elif _stammer(parts):
            found += _WORD.findall(parts[-1])
        else:
            found += _WORD.findall(word)
    return found


def _one_word(parts: list[str]) -> bool:
    """Whether the pieces of a hyphenated word make one word: letters, and neither a
    sound nor a stammer."""
    return not _stammer(parts) and all(
        part.replace("'", "").isalpha() and part not in _SOUNDS for part in parts
    )


def _stammer(parts: list[str]) -> bool:
    """Whether each piece but the last is the start of the next, said again ("s-so",
    "I-I-I")."""
    return all(after.startswith(part) for part, after in pairwise(parts))


# English talk is mostly function words: in AnnoMI's transcripts 60% to 75% of the words
# are STOPWORDS; in the same coaching lines in German, Spanish, French or Dutch, under 10%.
ENGLISH_WORDS_FLOOR = 0.3
# Below this many letters a transcript is too short to judge by its words, and below
# the second by its alphabet.
LANGUAGE_MIN_LETTERS = 200
SCRIPT_MIN_LETTERS = 30
_NOT_LETTER = re.compile(r"[\W\d_]+")
_NOT_A_TO_Z = re.compile(r"[^A-Za-z]+")
_ANY_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@dataclass(frozen=True, slots=True)
class LanguageCounts:
    """What :func:`not_english` judges by: letters, how many are a to z, words, and
    how many of those are English function words. Counts of two texts add up."""

    letters: int = 0
    a_to_z: int = 0
    words: int = 0
    function_words: int = 0

    def __add__(self, other: LanguageCounts) -> LanguageCounts:
        return LanguageCounts(
            self.letters + other.letters,
            self.a_to_z + other.a_to_z,
            self.words + other.words,
            self.function_words + other.function_words,
        )


# A language shows in its first pages: a long transcript is judged by this much of it.
LANGUAGE_SAMPLE_CHARS = 20_000


def language_counts(texts: Iterable[str]) -> LanguageCounts:
    """The counts of ``texts``, read up to LANGUAGE_SAMPLE_CHARS characters."""
    taken: list[str] = []
    size = 0
    for piece in texts:
        if size >= LANGUAGE_SAMPLE_CHARS:
            break
        taken.append(piece)
        size += len(piece) + 1
    text = " ".join(taken)
    found = _ANY_WORD.findall(text.lower().replace("’", "'"))
    return LanguageCounts(
        letters=len(_NOT_LETTER.sub("", text)),
        a_to_z=len(_NOT_A_TO_Z.sub("", text)),
        words=len(found),
        function_words=sum(w in STOPWORDS for w in found),
    )


def not_english(counts: LanguageCounts, min_letters: int = LANGUAGE_MIN_LETTERS) -> str | None:
    """Why a text with these counts does not read as English (most letters outside a to
    z, or few of the words English function words), or None where it does or is too
    short to tell (its words are judged from ``min_letters`` letters). The coding model,
    the rules and the word lists are made for English."""
    if counts.letters < SCRIPT_MIN_LETTERS:
        return None
    latin = counts.a_to_z / counts.letters
    if latin < 0.5:
        return f"{100 * (1 - latin):.0f}% of the letters are not a to z"
    if counts.letters < min_letters or not counts.words:
        return None
    share = counts.function_words / counts.words
    if share < ENGLISH_WORDS_FLOOR:
        return (
            f"only {100 * share:.0f}% of the words are everyday English words such as "
            '"the" or "you", where English talk has 60% or more'
        )
    return None


def not_english_side(client: Iterable[str], coach: Iterable[str]) -> tuple[str, str] | None:
    """("client", "coach" or "transcript", why) for the side whose lines do not read as
    English, each side judged on its own ("transcript": both, or the two together where
    a side is too short to judge alone); None when they do or are too short to tell.
    Beside a side that is not English, one too short to judge alone goes with it where
    its own few words read no better: a coach's three short questions in Spanish."""
    theirs, ours = language_counts(client), language_counts(coach)
    their_reason, our_reason = not_english(theirs), not_english(ours)
    if their_reason is not None and our_reason is None:
        our_reason = not_english(ours, min_letters=SCRIPT_MIN_LETTERS)
    elif our_reason is not None and their_reason is None:
        their_reason = not_english(theirs, min_letters=SCRIPT_MIN_LETTERS)
    if their_reason is not None and our_reason is not None:
        return "transcript", not_english(theirs + ours) or their_reason
    if their_reason is not None:
        return "client", their_reason
    if our_reason is not None:
        return "coach", our_reason
    if min(theirs.letters, ours.letters) >= LANGUAGE_MIN_LETTERS:
        return None  # each side read as English
    whole = not_english(theirs + ours)
    return None if whole is None else ("transcript", whole)


def not_english_said(utterances: Iterable[Utterance]) -> tuple[str, str] | None:
    """:func:`not_english_side` of a transcript: its client's lines against its coach's
    (a third speaker's, role "other", are judged with neither). The parse warning and the
    session reading both ask this."""
    said = list(utterances)
    return not_english_side(
        (u.text for u in said if u.role == "client"), (u.text for u in said if u.role == "coach")
    )


_WHOSE = {
    "transcript": "this transcript does",
    "client": "the client's lines do",
    "coach": "the coach's lines do",
}


def not_english_text(side: str, reason: str) -> str:
    """``the client's lines do not seem to be in English (why)``."""
    return f"{_WHOSE[side]} not seem to be in English ({reason})"


def is_plain(word: str) -> bool:
    """True for a stopword or an everyday word (not distinctive)."""
    return word in STOPWORDS or word in COMMON_WORDS


def is_filler(word: str) -> bool:
    """True for a filler, discourse marker or adverb in -ly (``exactly``)."""
    if word in FILLERS:
        return True
    return len(word) >= 6 and word.endswith("ly") and word not in LY_NOT_ADVERBS


# Words that end as an inflected word does and are words of their own: "news" is no
# plural of "new", nor "series" of "sery".
NOT_INFLECTED = _word_set("news series species")


@lru_cache(maxsize=1 << 15)  # a session reuses its words; this is most of the metrics' time
def stem(word: str) -> str:
    """A rough common form of an English word, so that a coach saying
    "deadline" picks up the client's "deadlines": possessive 's, -ness, plural
    -s/-es/-ies, -ing and -ed are stripped and a doubled final consonant undone.
    A final silent e is dropped (``deciding`` and ``decide`` both give ``decid``),
    except after a short syllable, where it tells two words apart: "site" is not
    "sit", nor "hope" "hop" or "wine" "win". There an -ing or -ed form gets its e
    back (``making`` and ``make`` both give ``make``), unless the consonant was
    doubled (``sitting`` gives ``sit``). A word that only ends as an inflected one does
    (NOT_INFLECTED: "news") is its own stem. Not a real lemma: only ever compared with
    another stem."""
    w = word.removesuffix("'s")
    if w in NOT_INFLECTED:
        return w
    w = _strip_suffix(w, "ness")
    for suffix, tail in (("ies", "y"), ("ied", "y")):
        if w.endswith(suffix) and len(w) > 4:
            w = w[: -len(suffix)] + tail
            break
    else:
        w = _strip_inflection(w)
    if w.endswith("e") and len(w) > 3 and not _SHORT_SYLLABLE.match(w[:-1]):
        w = w[:-1]
    return w


# One syllable ending on one vowel and one consonant (not w, x or y, which are never
# doubled): "sit", "mak", "hop", "scar". A silent e after it makes another word.
_SHORT_SYLLABLE = re.compile(r"^[^aeiouy]*[aeiouy][^aeiouwxy]$")


def _strip_suffix(word: str, suffix: str) -> str:
    stem_ = word.removesuffix(suffix)
    return stem_ if stem_ != word and len(stem_) >= 3 else word


def _strip_inflection(word: str) -> str:
    if word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    for suffix in ("ing", "ed"):
        base = word.removesuffix(suffix)
        if base != word and len(base) >= 3 and _VOWEL.search(base) and not word.endswith("eed"):
            single = _undouble(base)
            if single == base and _SHORT_SYLLABLE.match(base):
                return base + "e"  # "making", "hoped": the e of "make", "hope"
            return single
    return word


def _undouble(base: str) -> str:
    """``runn`` -> ``run``, ``stopp`` -> ``stop``; ``fall`` and ``pass`` stay."""
    if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "aeiouylsz":
        return base[:-1]
    return base


# Endings that make one word from another, on the word's stem (:func:`stem`), each with
# the endings of the word it is made from and how many letters must come before it: a
# "decision" is what one "decides", "honesty" being "honest", "anxiety" being "anxious",
# "confidence" being "confident" (stem "confidenc"). Where several endings fit, the
# longest that leaves enough letters before it is read ("anxiety" by "iety", not "ety").
# The letters asked for keep short words out: "station" is not made from "state", nor
# "mention" from "mend", "tension" from "tend" or "passion" from "pass".
_DERIVED: tuple[tuple[str, tuple[str, ...], int], ...] = (
    # qualities: "anxiety" anxious, "curiosity" curious, "ability" able, "creativity"
    # creative, "security" secure, "reality" real
    ("iety", ("ious",), 3),
    ("osity", ("ous",), 3),
    ("ility", ("le",), 2),
    ("ivity", ("ive",), 3),
    ("ity", ("", "e"), 4),
    # "loyalty" loyal, "difficulty" difficult, "guilty" guilt, "certainty" certain,
    # "honesty" honest, "safety" safe
    ("lty", ("l", "lt"), 3),
    ("nty", ("n",), 4),
    ("sty", ("st",), 3),
    ("ety", ("e",), 3),
    # "confidence" confident, "importance" important, "urgency" urgent
    ("enc", ("ent",), 3),
    ("anc", ("ant",), 3),
    ("ency", ("ent",), 3),
    ("ancy", ("ant",), 3),
    # acts and states: "decision" decide, "conclusion" conclude, "confusion" confuse,
    # "tension" tense, "extension" extend, "discussion" discuss, "frustration"
    # frustrate, "expectation" expect, "intention" intend, "reaction" react,
    # "completion" complete
    ("ision", ("ide",), 2),
    ("usion", ("ude", "use"), 3),
    ("nsion", ("nse",), 2),
    ("nsion", ("nd",), 3),
    ("ssion", ("ss",), 3),
    ("ation", ("ate",), 3),
    ("ation", ("", "e"), 4),
    ("ention", ("end", "ent"), 3),
    ("tion", ("t", "te"), 4),
    # the same in adjectives: "decisive", "conclusive", "defensive", "aggressive",
    # "creative", "reflective"
    ("isiv", ("ide",), 2),
    ("usiv", ("ude", "use"), 3),
    ("nsiv", ("nse",), 2),
    ("nsiv", ("nd",), 3),
    ("ssiv", ("ss",), 3),
    ("ativ", ("ate",), 3),
    ("ativ", ("", "e"), 4),
    ("tiv", ("t", "te"), 4),
    # "ambitious" ambition, "furious" fury, "nervous" nerve, "dangerous" danger
    ("ious", ("ion", "y"), 3),
    ("ous", ("", "e"), 4),
    # "happiness" (stem "happi") happy, "happily" happy
    ("ily", ("y",), 3),
    ("i", ("y",), 3),
)
# Words that end as a word made from another does and are not made from it: a "question"
# is no "quest", a "position" no "posit", "affection" no "affect", "authority" no
# "author", "compassion" no "compass", "business" no "busy"; nor is "seventy" "seven".
_NOT_DERIVED_TEXT = """
    question position positive foundation affection exception authority university
    currency instance compassion succession successive relative intensive respective
    convention gorgeous business seventy ninety
"""
# Words made from another by an ending the rules above do not read, each with the word
# it keeps the meaning of ("commitment" is committing, "stressful" full of stress,
# "denial" denying). The endings alone would join unrelated words: a "statement" is no
# "state", a "department" no "depart", a "basement" no "base", "grateful" nothing "grate".
_MADE_FROM_TEXT = (
    "achievement:achieve adjustment:adjust agreement:agree amazement:amazed "
    "assessment:assess attachment:attached commitment:commit development:develop "
    "disappointment:disappointed embarrassment:embarrassed employment:employed "
    "encouragement:encourage engagement:engaged enjoyment:enjoy excitement:excited "
    "fulfilment:fulfil fulfillment:fulfill improvement:improve investment:invest "
    "involvement:involved judgement:judge judgment:judge management:manage "
    "punishment:punish resentment:resent retirement:retire treatment:treat "
    "boastful:boast careful:care cheerful:cheer doubtful:doubt faithful:faith "
    "fearful:fear forgetful:forget harmful:harm helpful:help hopeful:hope "
    "insightful:insight meaningful:meaning painful:pain peaceful:peace playful:play "
    "powerful:power purposeful:purpose regretful:regret resentful:resent "
    "resourceful:resource respectful:respect restful:rest shameful:shame "
    "skilful:skill skillful:skill stressful:stress successful:success thankful:thank "
    "thoughtful:thought truthful:truth "
    "denial:deny betrayal:betray withdrawal:withdraw approval:approve refusal:refuse "
    "survival:survive proposal:propose failure:fail belief:believe "
    "grief:grieve relief:relieve success:succeed pride:proud strength:strong "
    "clarity:clear freedom:free wisdom:wise boredom:bored growth:grow "
    "trustworthy:trust anger:angry"
)


@lru_cache(maxsize=1 << 15)
def roots(word_stem: str) -> frozenset[str]:
    """The stems of the words that ``word_stem`` (a word's :func:`stem`) is made from,
    itself among them: "decision" gives "decision" and "decid" (the stem of "decide"),
    "honesty" "honest", "creativity" "creativ" and "creat". Two words are forms of one
    where their roots meet. Made by an ending of _DERIVED (and the word made from may be
    made from another in turn), or one of _MADE_FROM; never a word of _NOT_DERIVED.
    Only ever compared with other roots."""
    found = {word_stem}
    made_from = _MADE_FROM.get(word_stem)
    if made_from is not None:
        found.add(made_from)
    elif word_stem not in _NOT_DERIVED:
        for source in _made_from(word_stem):
            found |= roots(source)
    return frozenset(found)


def _made_from(word_stem: str) -> list[str]:
    """The stems of the words ``word_stem`` is made from by its longest ending of
    _DERIVED that leaves enough letters before it; none where no ending does."""
    for length in _DERIVED_LENGTHS:
        ending = word_stem[-length:]
        fits = [
            stem(word_stem[:-length] + tail)
            for end, tails, least in _DERIVED
            if end == ending and len(word_stem) - length >= least
            for tail in tails
        ]
        if fits:
            return fits
    return []


_DERIVED_LENGTHS = sorted({len(end) for end, _, _ in _DERIVED}, reverse=True)
_NOT_DERIVED = frozenset(stem(word) for word in _NOT_DERIVED_TEXT.split())
_MADE_FROM = {
    stem(made): stem(root) for made, root in (pair.split(":") for pair in _MADE_FROM_TEXT.split())
}
