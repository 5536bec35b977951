"""Shared I/O shell for townwatch services: settings, Kafka topics, dead letters, metrics, start-up checks."""
