"""Picking a template in the app records it in the front matter, visibly and reversibly."""

from editor.formats.markdown.front_matter import with_front_matter_value
from editor.formats.markdown.reader import read_markdown


def test_existing_key_is_replaced_in_place() -> None:
    text = "---\ntemplate: modern\npaper: letter\n---\n\n# Ana\n"
    assert (
        with_front_matter_value(text, "template", "classic") == "---\ntemplate: classic\npaper: letter\n---\n\n# Ana\n"
    )


def test_missing_key_is_added_to_the_block() -> None:
    text = "---\npaper: a4\n---\n# Ana\n"
    changed = with_front_matter_value(text, "template", "compact")
    assert read_markdown(changed).settings == {"paper": "a4", "template": "compact"}


def test_a_front_matter_block_is_created_when_there_is_none() -> None:
    changed = with_front_matter_value("# Ana Ruiz\nNurse\n", "paper", "a4")
    resume = read_markdown(changed)
    assert resume.settings == {"paper": "a4"}
    assert resume.header.name == "Ana Ruiz"
