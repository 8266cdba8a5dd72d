"""The room kit (issue 15): the audience view on the projector, the step timer, dot voting,
zoom, facilitator's notes and the keyboard help. ``channel.py`` is how the console tells the
audience view what to show."""
