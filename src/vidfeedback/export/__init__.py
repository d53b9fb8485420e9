"""Export: hand-in folders, rubrics and the per-student feedback package (docs/export.md).

No names are re-exported here: callers (cli/, lms/, workspace/, ui/) import the module that
owns what they use, so importing one export module does not load all of them.
"""
