"""The rules of the five mistakes. Each module returns findings and may declare ``MESSAGES``
(code → language → (message, advice)), listed in :data:`okr_workshop.domain.catalogue.SECTIONS`."""
