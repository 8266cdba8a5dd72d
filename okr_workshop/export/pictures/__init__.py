"""Pictures for the deck: progress bars, the status-counts chart, the team × strategic
objective coverage matrix and the dependencies diagram.

Each is a reportlab ``Drawing`` of Rect, Line, Polygon, Circle and String only (or a Table
of Paragraphs), so the PDF gets vector shapes and the PowerPoint export native, editable
ones. Text in a picture is never under :data:`~.text.PICTURE_TEXT` (18 pt, the back row's
floor) and every mark contrasts at least 3:1 with the white slide.
"""
