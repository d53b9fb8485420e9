"""The take format's constants: what a take on disk is, whoever writes or reads it.

The live engine (recording/) records to these; finishing, continuing and recovering (takes/)
rely on them. They live here, below both, so the format at rest has one owner."""

from __future__ import annotations

from fractions import Fraction

# Every take's sound is mono at this rate: the microphone is opened at it, the aligner counts in
# it, the AAC track's time base is 1/SAMPLE_RATE_HZ.
SAMPLE_RATE_HZ = 48_000
# The AAC encoder starts with this many samples of priming: its first packet comes out that much
# before the first real sample. The fragmented take cannot carry the edit list that hides the
# priming, and FFmpeg would move every track later to avoid a negative time, so the take stores
# the audio this much late and finish.py moves it back, where the final file's edit list hides
# the priming and picture and sound stay on the take's timeline.
AAC_PRIMING_SAMPLES = 1024
# Chapters in the final file count milliseconds, like markers.
CHAPTER_TIME_BASE = Fraction(1, 1000)
# take.json in a take folder.
TAKE_INFO_VERSION = 1
# <take>.markers.json beside a final file; the one version its one reader accepts.
MARKERS_VERSION = 1
