"""The PySide6 user interface. Calls the back end (recorder, export); never called by it."""
