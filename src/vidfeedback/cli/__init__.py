"""The command line: `vidfeedback [PATH]` opens the app; sub-commands drive the same back end."""
