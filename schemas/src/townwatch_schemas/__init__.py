"""The wire contract between townwatch services: pydantic v2 models and versioned topic names."""

from townwatch_schemas.alert import Alert, AlertStatus, Notification, SourceReport
from townwatch_schemas.article import ARTICLE_MAX_BYTES, Article
from townwatch_schemas.article_revision import ArticleRevision
from townwatch_schemas.base import WireModel
from townwatch_schemas.control_change import (
    Actor,
    ActorKind,
    ControlChange,
    DatePrecision,
    EventKind,
    Evidence,
    LocationPrecision,
    Place,
)
from townwatch_schemas.dead_letter import DEAD_LETTER_MAX_PAYLOAD_BYTES, DeadLetter, Stage
from townwatch_schemas.subscription import (
    FOLLOW_UP_KINDS,
    Channel,
    ChannelKind,
    CorroborationPolicy,
    FollowUpKind,
    RadiusFilter,
    Subscription,
)
from townwatch_schemas.topics import (
    ALERTS,
    ALL_TOPICS,
    ARTICLE_REVISIONS,
    ARTICLES,
    CONTROL_CHANGES,
    DEAD_LETTERS,
    NOTIFICATIONS,
    TopicSpec,
    dead_letter_topic,
)

__all__ = [
    "ALERTS",
    "ALL_TOPICS",
    "ARTICLES",
    "ARTICLE_MAX_BYTES",
    "ARTICLE_REVISIONS",
    "CONTROL_CHANGES",
    "DEAD_LETTERS",
    "DEAD_LETTER_MAX_PAYLOAD_BYTES",
    "FOLLOW_UP_KINDS",
    "NOTIFICATIONS",
    "Actor",
    "ActorKind",
    "Alert",
    "AlertStatus",
    "Article",
    "ArticleRevision",
    "Channel",
    "ChannelKind",
    "ControlChange",
    "CorroborationPolicy",
    "DatePrecision",
    "DeadLetter",
    "EventKind",
    "Evidence",
    "FollowUpKind",
    "LocationPrecision",
    "Notification",
    "Place",
    "RadiusFilter",
    "SourceReport",
    "Stage",
    "Subscription",
    "TopicSpec",
    "WireModel",
    "dead_letter_topic",
]
