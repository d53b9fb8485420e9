"""Sources: the screen (mss), the microphone (sounddevice), the pointer and hotkeys (pynput)."""
