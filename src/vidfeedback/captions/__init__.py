"""Captions and a transcript for a take, made on the teacher's machine: speech recognition in a
low-priority worker process (transcribe.py, job.py), cues cut to subtitle norms (cues.py), the
captions WebVTT file beside the take (vtt.py) and the recognition models (models.py).

Nothing here sends anything off the machine; a model is downloaded once, on request, from the
catalogue in models.py, or read from a folder the school provides. No Qt here."""
