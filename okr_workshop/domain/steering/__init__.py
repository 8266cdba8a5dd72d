"""Steering: the cycle after the workshop, as pure functions over the model (issue 13).

- :mod:`.pace` — on track / at risk / off track from the expected line and confidence;
- :mod:`.grading` — grades 0.0–1.0 at the end of the cycle and what they mean;
- :mod:`.rituals` — default rituals from the cycle dates, their occurrences and RRULE;
- :mod:`.due` — what is due today: rituals and key results left without a check-in.

Every result is a code with params; the words are in each module's ``MESSAGES`` (catalogue
section ``"steering"``), in French and English.
"""
