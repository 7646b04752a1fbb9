"""The seed's connection indicators as a fixed checklist a coach ticks per session.

"Measuring Connection Effectiveness" lists positive connection markers and
warning signs, each in a group. The codes are stable: they are stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Polarity(StrEnum):
    POSITIVE = "positive"
    WARNING = "warning"


class MarkerGroup(StrEnum):
    CLIENT_BEHAVIOURS = "client_behaviours"
    SESSION_QUALITY = "session_quality"
    PROGRESS = "progress"
    CLIENT_WITHDRAWAL = "client_withdrawal"
    RELATIONSHIP_TENSIONS = "relationship_tensions"


class Marker(StrEnum):
    # Positive: client behaviours
    INCREASED_OPENNESS = "increased_openness"
    EXPLORES_DIFFICULT_TOPICS = "explores_difficult_topics"
    TAKES_RISKS = "takes_risks"
    RAISES_RELATIONSHIP_ISSUES = "raises_relationship_issues"
    # Positive: session quality
    DEEPER_INSIGHTS = "deeper_insights"
    REFLECTION_OVER_REPORTING = "reflection_over_reporting"
    COMFORTABLE_SILENCES = "comfortable_silences"
    SELF_COACHING_BETWEEN_SESSIONS = "self_coaching_between_sessions"
    # Positive: progress
    PROGRESS_TOWARD_GOALS = "progress_toward_goals"
    TRANSFER_TO_DAILY_LIFE = "transfer_to_daily_life"
    INCREASED_SELF_AWARENESS = "increased_self_awareness"
    GREATER_RESILIENCE = "greater_resilience"
    # Warning: client withdrawal
    DECREASED_ENGAGEMENT = "decreased_engagement"
    SURFACE_LEVEL_CONVERSATION = "surface_level_conversation"
    MISSED_OR_RESCHEDULED = "missed_or_rescheduled"
    RELUCTANCE_TO_EXPLORE = "reluctance_to_explore"
    # Warning: relationship tensions
    UNEXPRESSED_DISAGREEMENT = "unexpressed_disagreement"
    COMPLIANCE_WITHOUT_ENGAGEMENT = "compliance_without_engagement"
    COACH_FRUSTRATED = "coach_frustrated"
    COACH_WORKING_HARDER = "coach_working_harder"


@dataclass(frozen=True, slots=True)
class MarkerInfo:
    marker: Marker
    polarity: Polarity
    group: MarkerGroup
    label: str


def _info(marker: Marker, group: MarkerGroup, label: str) -> MarkerInfo:
    positive = group in {
        MarkerGroup.CLIENT_BEHAVIOURS,
        MarkerGroup.SESSION_QUALITY,
        MarkerGroup.PROGRESS,
    }
    polarity = Polarity.POSITIVE if positive else Polarity.WARNING
    return MarkerInfo(marker, polarity, group, label)


_G = MarkerGroup
MARKERS: tuple[MarkerInfo, ...] = (
    _info(
        Marker.INCREASED_OPENNESS,
        _G.CLIENT_BEHAVIOURS,
        "Increased openness and self-disclosure over time",
    ),
    _info(
        Marker.EXPLORES_DIFFICULT_TOPICS,
        _G.CLIENT_BEHAVIOURS,
        "Willingness to explore difficult or uncomfortable topics",
    ),
    _info(Marker.TAKES_RISKS, _G.CLIENT_BEHAVIOURS, "Taking risks and trying new approaches"),
    _info(
        Marker.RAISES_RELATIONSHIP_ISSUES,
        _G.CLIENT_BEHAVIOURS,
        "Bringing up relationship issues directly when they arise",
    ),
    _info(
        Marker.DEEPER_INSIGHTS,
        _G.SESSION_QUALITY,
        "Deeper conversations and insights emerging naturally",
    ),
    _info(
        Marker.REFLECTION_OVER_REPORTING,
        _G.SESSION_QUALITY,
        "Client doing more reflection and less reporting",
    ),
    _info(
        Marker.COMFORTABLE_SILENCES,
        _G.SESSION_QUALITY,
        "Comfortable silences and contemplative moments",
    ),
    _info(
        Marker.SELF_COACHING_BETWEEN_SESSIONS,
        _G.SESSION_QUALITY,
        "Increased client self-coaching between sessions",
    ),
    _info(Marker.PROGRESS_TOWARD_GOALS, _G.PROGRESS, "Consistent progress toward stated goals"),
    _info(
        Marker.TRANSFER_TO_DAILY_LIFE,
        _G.PROGRESS,
        "Transfer of coaching conversations into daily life",
    ),
    _info(
        Marker.INCREASED_SELF_AWARENESS,
        _G.PROGRESS,
        "Increased self-awareness and emotional intelligence",
    ),
    _info(
        Marker.GREATER_RESILIENCE, _G.PROGRESS, "Greater resilience and adaptability to challenges"
    ),
    _info(
        Marker.DECREASED_ENGAGEMENT,
        _G.CLIENT_WITHDRAWAL,
        "Decreased engagement or participation in sessions",
    ),
    _info(
        Marker.SURFACE_LEVEL_CONVERSATION,
        _G.CLIENT_WITHDRAWAL,
        "Surface-level conversations without depth",
    ),
    _info(
        Marker.MISSED_OR_RESCHEDULED,
        _G.CLIENT_WITHDRAWAL,
        "Missed sessions or frequent rescheduling",
    ),
    _info(
        Marker.RELUCTANCE_TO_EXPLORE, _G.CLIENT_WITHDRAWAL, "Reluctance to explore important topics"
    ),
    _info(
        Marker.UNEXPRESSED_DISAGREEMENT,
        _G.RELATIONSHIP_TENSIONS,
        "Unexpressed disagreements or conflicts",
    ),
    _info(
        Marker.COMPLIANCE_WITHOUT_ENGAGEMENT,
        _G.RELATIONSHIP_TENSIONS,
        "Client compliance without genuine engagement",
    ),
    _info(
        Marker.COACH_FRUSTRATED, _G.RELATIONSHIP_TENSIONS, "Coach feeling frustrated or ineffective"
    ),
    _info(
        Marker.COACH_WORKING_HARDER, _G.RELATIONSHIP_TENSIONS, "Sense of working harder than client"
    ),
)

_BY_MARKER = {info.marker: info for info in MARKERS}


def marker_info(marker: Marker) -> MarkerInfo:
    return _BY_MARKER[marker]


def positive_markers() -> tuple[Marker, ...]:
    return tuple(info.marker for info in MARKERS if info.polarity is Polarity.POSITIVE)


def warning_signs() -> tuple[Marker, ...]:
    return tuple(info.marker for info in MARKERS if info.polarity is Polarity.WARNING)
