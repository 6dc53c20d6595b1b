"""Where a recruiter's eyes go in a 7.4-second skim: `predict_attention` and its `AttentionResult`.

`model` runs the steps: line priors (`priors`) → a simulated scan path (`scanpath`) → a dwell-time
grid (`dwell_grid`) → a heatmap image (`heatmap`) and a summary in words (`summary`); `params`
holds every constant with its source. Reads the layout map and the fold from `analysis.screen`.
"""

from editor.analysis.attention.model import AttentionResult, predict_attention

__all__ = ["AttentionResult", "predict_attention"]
