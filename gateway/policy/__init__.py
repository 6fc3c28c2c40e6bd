"""The policy engine: admin-editable policy files and lexicons, compiled once, evaluated per message.

PolicySet (loader: files -> validated, compiled)          at start / reload / `curveball check`
MessageView (content: raw bytes -> headers, texts)        pure
Analysis (analysis: new text, language, detector hits)    pure, CPU-budgeted
Decision (engine: policies over view + analysis + facts)  pure
rewrite (headers, subject prefix, banner on raw bytes)    pure
"""
