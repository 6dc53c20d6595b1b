"""What each rendered line means to a recruiter: current or previous job, education, a bullet."""

from __future__ import annotations

from dataclasses import replace

from editor.analysis.screen.line_fields import Field, KeyField, label_lines
from editor.model import DateRange, PartialDate, Resume
from tests.analysis.resume_fixtures import ADDRESS, Look, conventional_resume, layout_resume


def _fields(resume: Resume | None = None) -> list[tuple[str, Field]]:
    resume = resume or conventional_resume()
    layout = layout_resume(resume)
    return [(line.text, label.field) for line, label in zip(layout.lines, label_lines(layout, resume), strict=True)]


def test_the_job_marked_present_is_current_and_the_next_one_previous() -> None:
    fields = dict(_fields())
    assert fields["Customer Support Specialist"] is Field.CURRENT_TITLE
    assert fields["Mar 2021 – Present"] is Field.CURRENT_DATES
    assert fields["Evergreen Telecom"] is Field.CURRENT_COMPANY
    assert fields["Customer Service Representative"] is Field.PREVIOUS_TITLE
    assert fields["Jun 2018 – Feb 2021"] is Field.PREVIOUS_DATES
    assert fields["Retail Sales Associate"] is Field.OLDER_TITLE
    assert fields["Associate of Arts, Business Administration"] is Field.EDUCATION


def test_without_a_present_job_the_first_listed_is_current() -> None:
    resume = conventional_resume()
    experience = resume.sections[1]
    first = replace(experience.items[0], dates=DateRange(PartialDate(2021, 3), PartialDate(2024, 1)))
    resume = replace(
        resume,
        sections=(resume.sections[0], replace(experience, items=(first, *experience.items[1:])), *resume.sections[2:]),
    )
    assert dict(_fields(resume))["Customer Support Specialist"] is Field.CURRENT_TITLE


def test_without_the_model_section_headings_decide_what_a_section_is() -> None:
    resume = conventional_resume()
    layout = layout_resume(resume)
    assert label_lines(layout, None) == label_lines(layout, resume)


def test_the_six_key_fields_are_the_ladders_ones() -> None:
    resume = conventional_resume()
    layout = layout_resume(resume)
    keys = {label.key_field for label in label_lines(layout, resume)} - {None}
    assert keys == set(KeyField)


def test_a_wrapped_bullet_is_one_element_and_its_second_line_is_a_continuation() -> None:
    resume = conventional_resume()
    layout = layout_resume(resume)
    labels = label_lines(layout, resume)
    coached = next(index for index, line in enumerate(layout.lines) if line.text.startswith("Coached"))
    assert labels[coached].element == labels[coached + 1].element
    assert (labels[coached].line_in_item, labels[coached + 1].line_in_item) == (0, 1)
    assert labels[coached].item_rank == 1
    assert labels[coached].part == "current job"


def test_all_contact_lines_form_one_element() -> None:
    resume = conventional_resume()
    layout = layout_resume(resume, Look(address=ADDRESS))
    contacts = {label.element for label in label_lines(layout, resume) if label.field is Field.CONTACT}
    assert len(contacts) == 1
