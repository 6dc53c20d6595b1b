"""Fit to the fold: the smallest readable style change or content move that lifts the most key facts
onto the recruiter's first screen (`propose_fit`), proposed as text, never applied silently.
"""

from editor.analysis.fit.proposal import FitProposal, FitState
from editor.analysis.fit.search import propose_fit

__all__ = ["FitProposal", "FitState", "propose_fit"]
