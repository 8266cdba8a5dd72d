"""The Steering step's tabs (step 8): the check-in round, progress, the cycle, people."""
