"""townwatch ingest: the one door into the pipeline (feeds, push API, replay) publishing articles to ``articles.v1``."""
