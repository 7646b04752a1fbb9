"""Transcripts: parse, code, measure. Pure: no database, no network, no web."""
