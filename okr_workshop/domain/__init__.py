"""The model and the rules, in plain Python: no Qt, no SQL, no I/O."""
