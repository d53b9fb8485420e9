"""The app's Qt-free state and rules: paths, work state, the current take, assignments, demo."""
