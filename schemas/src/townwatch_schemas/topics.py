"""Versioned topic names and their partitioning: part of the wire contract."""

from __future__ import annotations

from dataclasses import dataclass

from townwatch_schemas.dead_letter import Stage

__all__ = [
    "ALERTS",
    "ALL_TOPICS",
    "ARTICLES",
    "ARTICLE_REVISIONS",
    "CONTROL_CHANGES",
    "DEAD_LETTERS",
    "NOTIFICATIONS",
    "TopicSpec",
    "dead_letter_topic",
]


@dataclass(frozen=True)
class TopicSpec:
    name: str
    partitions: int
    key: str  # what the message key is


ARTICLES = TopicSpec("articles.v1", 4, "article id")
CONTROL_CHANGES = TopicSpec("control-changes.v1", 4, "place key (so one place is always handled by one worker in order)")
ALERTS = TopicSpec("alerts.v1", 4, "alert id")
NOTIFICATIONS = TopicSpec("notifications.v1", 1, "alert id")
ARTICLE_REVISIONS = TopicSpec("article-revisions.v1", 4, "article id")


def dead_letter_topic(stage: Stage | str) -> str:
    return f"dead-letters.{Stage(stage).value}.v1"


DEAD_LETTERS = {stage: TopicSpec(dead_letter_topic(stage), 1, "original key") for stage in Stage}

ALL_TOPICS: tuple[TopicSpec, ...] = (ARTICLES, CONTROL_CHANGES, ALERTS, NOTIFICATIONS, ARTICLE_REVISIONS, *DEAD_LETTERS.values())
