"""vidfeedback: spoken screencast feedback on students' hand-ins."""

import logging

__version__ = "0.1.0"

# The library logs to "vidfeedback.*"; where it goes is the program's choice (logsetup.py).
# Without a handler Python would print warnings to stderr on its own.
logging.getLogger("vidfeedback").addHandler(logging.NullHandler())
