"""The rules of the five mistakes. Each module returns findings and may declare ``MESSAGES``
(code → language → (message, advice)); the catalogue finds them by walking this package."""
