"""Readers and writers between files and the resume model. Imports `model` and `render`; no Qt."""
