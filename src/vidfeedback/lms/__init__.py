"""Returning the feedback to the students: what there is to return and its state, the Moodle
upload zips, and direct upload to Canvas and Moodle (docs/export.md, "Returning to students").

Qt-free. Imports go downwards only: this package uses export/ and the kernel, and is used by the
command line and the UI.
"""
