"""meetingparse's spaCy components, one job each, in pipeline order."""
