"""vidfeedback: spoken screencast feedback on students' hand-ins."""

__version__ = "0.1.0"
