"""Right-to-left text (Hebrew, Arabic) put in visual order, as a PDF must hold it.

reportlab lays text out left to right. A PDF stores what is *seen*, so a Hebrew phrase
must be drawn from its last letter to its first; readers (pypdf, poppler, screen readers)
turn that back into reading order. This is a small part of the Unicode bidirectional
algorithm, enough for names, titles and sentences: each right-to-left run (strong RTL
letters and the spaces and punctuation between them) is reversed, numbers inside it keep
their own order, and paired brackets are mirrored. Two limits, said plainly: a run that
wraps onto several lines shows its lines in left-to-right order, and Arabic letters are not
joined (reportlab does not shape text): they stay readable letter by letter and are
extracted exactly.
"""

from __future__ import annotations

_RTL_RANGES = (
    (0x0590, 0x08FF),  # Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic ext.
    (0xFB1D, 0xFDFF),  # Hebrew and Arabic presentation forms A
    (0xFE70, 0xFEFF),  # Arabic presentation forms B
    (0x10800, 0x10FFF),
    (0x1E800, 0x1EFFF),
)
MIRRORED = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")
_DIGITS = frozenset("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹.,")


def is_rtl(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _RTL_RANGES)


def _is_neutral(char: str) -> bool:
    # Spaces, punctuation and digits between two RTL letters belong to the RTL run.
    return not char.isalpha() and char != "\n"


def visual_order(chars: list[str]) -> tuple[list[str], list[bool]]:
    """``chars`` (one visible character each) in visual order, and for each one whether it
    belongs to a right-to-left run (those are drawn in one font, as one piece of text)."""
    order, in_run = visual_indices(chars)
    return [chars[i].translate(MIRRORED) if rtl else chars[i]
            for i, rtl in zip(order, in_run, strict=True)], in_run


def visual_indices(chars: list[str]) -> tuple[list[int], list[bool]]:
    """Where each character of the visual order comes from (an index into ``chars``), and
    whether it belongs to a right-to-left run (a bracket there is drawn mirrored)."""
    if not any(is_rtl(c) for c in chars):
        return list(range(len(chars))), [False] * len(chars)
    out: list[int] = []
    in_run: list[bool] = []
    index = 0
    while index < len(chars):
        if not is_rtl(chars[index]):
            out.append(index)
            in_run.append(False)
            index += 1
            continue
        end = index + 1  # one past the last strong RTL letter of the run
        probe = end
        while probe < len(chars) and (is_rtl(chars[probe]) or _is_neutral(chars[probe])):
            probe += 1
            if is_rtl(chars[probe - 1]):
                end = probe
        run = _reverse(chars, index, end)
        out += run
        in_run += [True] * len(run)
        index = end
    return out, in_run


def _reverse(chars: list[str], start: int, end: int) -> list[int]:
    """The indices of the run backwards, digit groups kept in their own order."""
    groups: list[list[int]] = []
    for index in range(start, end):
        if chars[index] in _DIGITS and groups and chars[groups[-1][0]] in _DIGITS:
            groups[-1].append(index)
        else:
            groups.append([index])
    return [i for group in reversed(groups) for i in group]
