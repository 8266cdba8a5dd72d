"""One module per workshop step; each page follows the contract in ``base.py``."""
