"""The resume document model. Pure data: imports nothing else of ours, no I/O, no Qt."""

from editor.model.resume import (
    Block,
    Bullet,
    BulletList,
    ContactItem,
    ContactKind,
    DateRange,
    Entry,
    Header,
    Paragraph,
    PartialDate,
    Problem,
    Resume,
    Run,
    Section,
    SectionItem,
    SectionKind,
    Severity,
    Span,
    Text,
    plain,
    runs,
)
from editor.model.section_kinds import section_kind

__all__ = [
    "Block", "Bullet", "BulletList", "ContactItem", "ContactKind", "DateRange", "Entry", "Header",
    "Paragraph", "PartialDate", "Problem", "Resume", "Run", "Section", "SectionItem", "SectionKind",
    "Severity", "Span", "Text", "plain", "runs", "section_kind",
]
