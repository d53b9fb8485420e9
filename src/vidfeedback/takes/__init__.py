"""The take format at rest: the take folder, its journal, the markers file, finishing, continuing
and recovering a take."""
