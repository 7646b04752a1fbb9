"""Word lists for rapport metrics: stopwords, common words, sensory predicates.

Written for this project. The lists are short on purpose: they only need to
keep everyday words out of a client's "distinctive terms" and to spot the
predicates that show whether a client talks in pictures, sounds or feelings.
"""

from __future__ import annotations

import re


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

# Everyday words too common in any conversation to count as the client's own.
COMMON_WORDS = _word_set(
    """
    able across already always another around ask asked asking away back bad best
    better big bit came come comes coming day days different done doing end enough
    feel feels felt feeling find first get gets getting give given go goes going gone
    good got great guess had hard help high home hope idea important keep kept know
    knew known last later least leave left less life little long look looked looking
    made make makes making many mean means meant mind minute minutes moment month
    months morning much need needed needs never new next nice night old one ones part
    people person place point pretty probably put quite rather read ready real reason
    said say saying says see seem seems seen sense set should show side since small
    someone sometimes soon start started still sure take taken takes taking talk
    talked talking tell think thinking thought three time times today told tomorrow
    tried try trying turn two understand use used using want wanted wants way ways
    week weeks went whole work worked working year years yesterday
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
    """
)
AUDITORY = _word_set(
    """
    hear hears heard hearing sound sounds sounded listen listens listened listening
    tell tells told telling resonate resonates resonated resonating click clicks
    clicked ring rings rang loud quiet silent silence voice voices tone noise noisy
    harmony echo echoes whisper shout shouting rhythm tune tuned overhear chime
    buzz discuss discussed
    """
)
KINESTHETIC = _word_set(
    """
    feel feels felt feeling feelings grasp grasped touch touched touching heavy
    heaviness gut weight weigh weighs weighed weighing pressure tense tension stuck
    solid firm grip handle handled hold holding warm cold rough smooth push pushed
    pushing pull pulled pulling tight tightness relaxed relax comfortable
    uncomfortable burden drained exhausted tired shaky balance balanced grounded
    numb ache aching squeeze squeezed
    """
)
PREDICATES = {"visual": VISUAL, "auditory": AUDITORY, "kinesthetic": KINESTHETIC}

# Phrases that usually open a metaphor or simile; the longer ones come first so
# "feels like a" is read as one cue.
METAPHOR_CUES = ("feels like", "felt like", "it's like", "as if", "as though", "like an", "like a")

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)*")


def words(text: str) -> list[str]:
    """Lower-case words of ``text``; curly apostrophes count as straight ones."""
    return _WORD.findall(text.lower().replace("’", "'"))


def is_plain(word: str) -> bool:
    """True for a stopword or an everyday word (not distinctive)."""
    return word in STOPWORDS or word in COMMON_WORDS
