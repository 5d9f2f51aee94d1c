"""Anonymous insight for staff: counters of what people ask, when, and how it went.

Pure Python (no Rasa): the counting model (:mod:`insight.model`), small-cell protection
(:mod:`insight.suppress`), the views and CSV (:mod:`insight.report`), server-side SVG
(:mod:`insight.svg`), the stores (:mod:`insight.store`) and the buffered recorder
(:mod:`insight.recorder`). The staff page is :mod:`insight.staff`.
"""
