"""Every parameter of the recruiter-attention model, each with its source and status tag.

Tags, defined in docs/attention-model.md: [V] read in the cited source, [V-code] read in source
code, [S] secondary write-up only, [R] recalled, unchecked, [A] our assumption or calibration
choice (tunable), [A:cal] chosen so the validation targets (docs/attention-model.md §3) pass —
change these only together with docs/attention-model.md and the tests in
tests/analysis/test_attention*.py. "Source [n]" is entry n of the Sources list at the end of
docs/attention-model.md.
"""

from __future__ import annotations

from types import MappingProxyType

from editor.analysis.screen.line_fields import Field

# --- Time budget (sources [1], [2]) ----------------------------------------------------------
BUDGET_MS = 7400.0  # Ladders 2018 mean initial screen 7.4 s, source [2] [V via press]
BUDGET_2012_MS = 6000.0  # TheLadders 2012 "about 6 seconds", source [1] [V]

# --- Fixations and saccades (sources [10]–[13]) ----------------------------------------------
FIXATION_LOG_MU = 5.294  # skim fixations LogNormal(mean 210 ms, sd 70 ms), shorter than reading's
#                          225–250 ms (Rayner 1998, source [10]) [V direction, A value] → μ = 5.294 …
FIXATION_LOG_SIGMA = 0.325  # … σ = 0.325 (median ≈ 199 ms) [A]
FIXATION_MIN_MS = 80.0  # truncation [A]
FIXATION_MAX_MS = 600.0  # usual range 150–500 ms (Psychology of Reading, source [11]) [V]; 600 as a hard cap [A]
DECISION_FIXATION_FACTOR = 1.25  # recognition/evaluation on name, titles, dates, education [A]
SACCADE_MS = 30.0  # 20–35 ms, source [11] [V]
CHARS_PER_SACCADE = (10, 14)  # in-line skim saccade: reading's 7–9 letters [11] × 1.5 (skims jump further [13]) [V × A]
CHARS_PER_FIXATION = 12  # one in-line fixation identifies about one skim saccade of text [A]
SEEN_CHARS_LEFT = 3  # word identification span left of fixation [R]
SEEN_CHARS_RIGHT = 8  # … and right of it [R]
REGRESSION_PROBABILITY = 0.10  # revisit a decision field already seen: 10–15 % of saccades, source [12] [V]
INHIBITION_FACTOR = 0.2  # priority × 0.2 right after a visit [A]
INHIBITION_RECOVERY_MS = 1500.0  # recovering with τ = 1.5 s [A]
MAX_EXTRA_FIXATIONS = 3  # in-line refixations per visit at most (a title is ~2–4 skim fixations) [A]
OPENING_MAX_EXTRA_FIXATIONS = 8  # … but the opening lines can be read right across [A]

# --- Positional priors (sources [6], [7], [8], [14]) -----------------------------------------
VERTICAL_DECAY = 0.415  # p(h) ∝ exp(−h/λ) over page-1 content height; λ 0.415–0.471 → NN/g 42 %/65 % [8] [V→A]
HORIZONTAL_DECAY = 0.41  # landing x ∝ exp(−x/μ) in content widths; μ 0.36–0.46 → 75–80 % left [7] [V→A]
FIRST_WORDS_CHARS = 11  # "about 2 words" / 11 characters per list item (NN/g 2009, source [6]) [V]
FIRST_WORDS_BOOST = 8.0  # landing density on those characters: first draft × 1.5; V8 needs × 8 [A:cal]
RIGHT_ALIGNED_FACTOR = 1.0  # right-aligned dates are a top-down target: first draft 0.8–1; 1.0 keeps V6 [A:cal]
RIGHT_COLUMN_FACTOR = 0.6  # right column of a multi-column layout (Ladders 2018 worst layouts [2]) [V→A]
RIGHT_COLUMN_START = 0.45  # a line starting past 45 % of the content width, beside other text [A]
HEADER_START_PROBABILITY = 0.70  # 70 % of runs start in the header band (name, headline, contact),
#                                  30 % at the top-left of the body (UEyes top-left bias [14]) [V→A]
PROXIMITY_PT = 160.0  # next target ∝ exp(−|Δy| / 160 pt): the eye moves on to nearby lines [A:cal]
SCROLL_PROBABILITY = 0.25  # scroll mode: 25 % of runs scroll one screen within the budget [A]
SCROLL_WINDOW = (0.35, 0.85)  # … at a time uniform in this share of the budget [A]
PAGE_GAP_PT = 7.5  # space between pages in the viewer (10 CSS px) [A]

# --- Semantic priors, before typography (TheLadders' six key fields, source [1]) -------------
SEMANTIC_WEIGHT = MappingProxyType(
    {
        Field.NAME: 1.0,  # key field #1 [V]
        Field.CURRENT_TITLE: 1.0,  # key field; bold titles best [V]
        Field.CURRENT_COMPANY: 0.8,  # key field [V]
        Field.CURRENT_DATES: 0.8,  # key field [V]
        Field.PREVIOUS_TITLE: 0.7,  # key field [V]
        Field.PREVIOUS_COMPANY: 0.6,  # key field [V]
        Field.PREVIOUS_DATES: 0.6,  # key field [V]
        Field.EDUCATION: 0.6,  # key field [V]
        Field.HEADING: 0.5,  # layer-cake anchors [V]
        Field.SUMMARY: 0.35,  # overview at the top [S]; "first two paragraphs" [V]
        Field.BULLET: 0.25,  # first bullet; × BULLET_DECAY per later bullet [V pattern, A value]
        Field.SKILLS: 0.3,  # keyword scanning [V]
        Field.CONTACT: 0.15,  # needed later, not for fit [A]
        Field.HEADLINE: 0.5,  # the target title under the name; not a Ladders field [A]
        Field.OLDER_TITLE: 0.45,  # older jobs: less than previous [A]
        Field.OLDER_COMPANY: 0.35,  # [A]
        Field.OLDER_DATES: 0.35,  # [A]
        Field.ENTRY_HEAD: 0.35,  # project/award/certificate titles [A]
        Field.LOCATION: 0.2,  # not a key field [A]
        Field.PARAGRAPH: 0.25,  # an entry's prose description, like a bullet [A]
    }
)
OPENING_LINES = 2  # the first 2 body lines: the overview, the F's top bar ("first two paragraphs") [V]
BULLET_DECAY = 0.7  # × 0.7 for each later bullet of an entry (F-pattern list decay) [V pattern, A]
SUMMARY_LINES_KEPT = 2  # a paragraph's first 2 lines keep their weight; later lines × 0.5 … [A]
CONTINUATION_FACTOR = 0.5  # … as does the wrapped continuation of a bullet [A]
DECISION_FIELDS = frozenset(
    {
        Field.NAME,
        Field.CURRENT_TITLE,
        Field.CURRENT_COMPANY,
        Field.CURRENT_DATES,
        Field.PREVIOUS_TITLE,
        Field.PREVIOUS_COMPANY,
        Field.PREVIOUS_DATES,
        Field.EDUCATION,
    }
)  # decision fields (Ladders six) get longer fixations, full reads and regressions [V → A]
ANCHOR_FIELDS = DECISION_FIELDS | {
    Field.HEADING,
    Field.HEADLINE,
    Field.OLDER_TITLE,
    Field.OLDER_COMPANY,
    Field.OLDER_DATES,
    Field.ENTRY_HEAD,
}  # what layer-cake hops between [V]

# --- Typographic and content boosts, multiplicative (sources [1], [2], [5]) ------------------
BOLD_FACTOR = 1.6  # bold titles/headers help [V]; magnitude [A]
MAX_SIZE_FACTOR = 2.0  # × min(size / body size, 2.0); first draft 2.5, 2.0 keeps the name from drowning V10 [A:cal]
CAPS_FACTOR = 1.2  # ALL CAPS heading [A]
NUMERAL_FACTOR = 1.4  # numerals "stop the wandering eye" (NN/g 2007, source [5]) [V]; magnitude [A]
KEYWORD_FACTOR = 1.8  # job-description keyword match [V pattern, A value]
ISOLATION_FACTOR = 1.2  # white space around a line (clutter hurts [V]) [A]
ISOLATION_GAP = 0.6  # … a gap of ≥ 0.6 line heights above and below [A]
DENSE_PARAGRAPH_LINES = 3  # a paragraph of more than 3 lines without a break … [V "long sentences"]
DENSE_PARAGRAPH_FACTOR = 0.4  # … has its lines 3+ weighted × 0.4 [A]
SMALL_FONT_PT = 9.0  # type below 9 pt … [A]
SMALL_FONT_FACTOR = 0.7  # … × 0.7 [A]

# --- Strategy mixture: layer-cake, F-pattern, spotted (sources [3], [4]) ---------------------
LAYER_CAKE_RANGE = (0.20, 0.70)  # layer-cake share from no structure to perfect structure [A:cal]
SPOTTED_SHARE = 0.20  # spotted share, fixed [A]; F-pattern takes the rest (0.60 → 0.10) [A]
LAYER_CAKE_ANCHOR_FACTOR = 1.6  # layer-cake: anchors (headings, titles, dates) that stand out favoured … [A:cal]
LAYER_CAKE_BODY_FACTOR = 0.4  # … body text mostly skipped [A:cal]
LAYER_CAKE_HEADING_FACTOR = 0.6  # … section headings: signposts glanced on the way, not read [A:cal]
DISTINCT_TYPOGRAPHY = 1.09  # … "stand out": bold, ≥ 10 % larger or caps, isolated or right-aligned [A]
HIDDEN_FIELD_WEIGHT = 0.25  # a key field that does not stand out is found like body text: a bullet's weight
#                            (Ladders 2018: no headings, clutter and columns hide the key fields) [V→A:cal]
F_PATTERN_VERTICAL_DECAY = 0.30  # F-pattern: attention falls faster down the page [A:cal]
SPOTTED_TARGET_FACTOR = 2.5  # spotted: lines with numerals, keywords or bold words × 2.5 [A:cal]
POP_OUT_LANDING_PROBABILITY = 0.35  # any run lands on a keyword or bold word of the line it visits:
#                                     recruiters "scan for keywords" (TheLadders 2012 [1]) [V pattern, A value]
SPOT_LANDING_PROBABILITY = 0.35  # spotted runs land on the numeral/keyword itself (else as usual) [A:cal]
READ_ON_PROBABILITY = MappingProxyType(
    {  # chance of one more in-line fixation, per strategy
        "decision": 0.80,  # decision fields are read in full [A:cal]
        "layer_cake": 0.15,  # body text: a glance [A:cal]
        "f_pattern": 0.15,  # body text: the vertical scan down the left edge [A:cal]
        "opening": 0.7,  # the first 2 body lines (the overview; the top bar of the F) are read across [A:cal]
        "spotted": 0.15,  # [A:cal]
    }
)

# --- Simulation and output -------------------------------------------------------------------
RUNS = 200  # Monte-Carlo scanpaths averaged, seedable [A]
DEFAULT_SEED = 2018  # fixed so the heatmap does not flicker between typing pauses [A]
CELL_PT = 4.0  # dwell grid cell size in PDF points [A]
KERNEL_PX = 35.0  # Gaussian σ of 1° ≈ 35 CSS px (MIT/Tübingen benchmark, source [15]) [V], scaled by the zoom
SEEN_RUN_SHARE = 0.5  # an element or keyword counts as "seen" when most runs fixate it [A]
