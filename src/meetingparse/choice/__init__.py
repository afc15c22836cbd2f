"""Choices among candidates: each single-valued fact of the meeting (chair, venue, organizer,
date, mode) is chosen by a small fitted model among candidates generated broadly from the parse,
and carries the model's calibrated confidence."""
