"""Foldline: a resume editor that shows your resume the way a recruiter sees it."""

__version__ = "0.1.0"
