"""Bad and hostile input: every file is refused with one clear line, quickly, in bounded memory.

The files are built here: damaged, truncated, encrypted, empty and oversized PDFs and Word
documents, ZIP and deflate bombs, XML with a DTD or deep nesting, PDFs whose objects refer to
themselves or multiply, and files whose suffix lies about what they are.
"""

from __future__ import annotations

import io
import random
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import docx
import pypdf
import pytest
from reportlab.pdfgen import canvas

from editor.cli import main
from editor.formats.errors import FormatError
from editor.formats.export.docx_writer import build_docx
from editor.formats.export.pdf_writer import build_pdf
from editor.formats.importing.docx.reader import read_docx
from editor.formats.importing.pdf.reader import read_pdf
from editor.formats.registry import read_resume
from editor.model import Resume, plain
from tests.formats.import_fixtures import SAMPLE

MEMORY_LIMIT_MB = 150


# -- building bad files -----------------------------------------------------------------------------


def raw_pdf(objects: dict[int, bytes], root: int = 1) -> bytes:
    """A PDF written object by object, with a correct cross-reference table."""
    out = b"%PDF-1.4\n"
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += f"{number} 0 obj\n".encode() + objects[number] + b"\nendobj\n"
    xref, size = len(out), max(objects) + 1
    out += f"xref\n0 {size}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offsets.get(number, 0):010d} 00000 n \n".encode() for number in range(1, size))
    return out + f"trailer\n<< /Size {size} /Root {root} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()


def stream(content: bytes, dictionary: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(content), dictionary) + content + b"\nendstream"


def one_page_pdf(content: bytes, xobjects: bytes = b"", extra: dict[int, bytes] | None = None) -> bytes:
    resources = b"<< /Font << /F1 5 0 R >> " + xobjects + b" >>"
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources " + resources + b" >>",
        4: stream(content),
        5: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    }
    return raw_pdf({**objects, **(extra or {})})


def form(body: bytes, resources: bytes) -> bytes:
    return stream(body, b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources " + resources)


def good_pdf() -> bytes:
    return one_page_pdf(b"BT /F1 12 Tf 72 700 Td (Dana Kim) Tj ET")


def encrypted_pdf(user_password: str, algorithm: str = "RC4-128") -> bytes:
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(good_pdf()))
    writer.encrypt(user_password, "owner", algorithm=algorithm)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def many_pages_pdf(pages: int) -> bytes:
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer)
    for page in range(pages):
        sheet.drawString(72, 700, f"page {page}")
        sheet.showPage()
    sheet.save()
    return buffer.getvalue()


def forms_multiplying(levels: int = 6, fan_out: int = 20) -> bytes:
    """Each form draws the next one `fan_out` times: 20**5 glyphs from a 2 KB file."""
    objects = {}
    for level in range(levels):
        body = b"BT /F1 12 Tf 72 700 Td (x) Tj ET" if level == levels - 1 else b" ".join([b"/X Do"] * fan_out)
        objects[6 + level] = form(body, b"<< /Font << /F1 5 0 R >> /XObject << /X %d 0 R >> >>" % (7 + level))
    return one_page_pdf(b"/X Do", b"/XObject << /X 6 0 R >>", objects)


def form_drawing_itself() -> bytes:
    looping = form(b"BT /F1 12 Tf (a) Tj ET /X Do", b"<< /Font << /F1 5 0 R >> /XObject << /X 6 0 R >> >>")
    return one_page_pdf(b"/X Do", b"/XObject << /X 6 0 R >>", {6: looping})


def deflate_bomb_pdf(megabytes: int = 100) -> bytes:
    compressor = zlib.compressobj(9)
    bomb = b"".join(compressor.compress(bytes(2**20)) for _ in range(megabytes)) + compressor.flush()
    return one_page_pdf(b"", extra={4: stream(bomb, b"/Filter /FlateDecode")})


def good_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Dana Kim", style="Title")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def rezipped(data: bytes, replace: dict[str, bytes] | None = None, add=None) -> bytes:
    """The package with some parts replaced and, through `add(archive)`, parts added."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for entry in source.infolist():
            archive.writestr(entry.filename, (replace or {}).get(entry.filename, source.read(entry.filename)))
        if add is not None:
            add(archive)
    return buffer.getvalue()


def document_xml() -> bytes:
    return zipfile.ZipFile(io.BytesIO(good_docx())).read("word/document.xml")


def docx_with_document(xml: bytes) -> bytes:
    return rezipped(good_docx(), {"word/document.xml": xml})


def zeros_part(name: str, megabytes: int):
    def add(archive: zipfile.ZipFile) -> None:
        with archive.open(name, "w") as part:
            for _ in range(megabytes):
                part.write(bytes(2**20))

    return add


def lying_sizes(data: bytes, name: str) -> bytes:
    """The ZIP directory claims `name` is 1 KB though it inflates to far more (a classic bomb trick)."""
    archive = bytearray(data)
    encoded = name.encode()
    for signature, size_offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        position = archive.find(signature)
        while position >= 0:
            name_offset = position + (30 if signature == b"PK\x03\x04" else 46)
            if archive[name_offset : name_offset + len(encoded)] == encoded:
                archive[position + size_offset : position + size_offset + 4] = (1024).to_bytes(4, "little")
            position = archive.find(signature, position + 4)
    return bytes(archive)


def deeply_nested(depth: int) -> bytes:
    xml = document_xml()
    opening, closing = b"<w:sdt><w:sdtContent>" * depth, b"</w:sdtContent></w:sdt>" * depth
    return docx_with_document(
        xml.replace(b"<w:body>", b"<w:body>" + opening).replace(b"</w:body>", closing + b"</w:body>")
    )


DTD = b'<!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
LAUGHS = b'<!DOCTYPE w:document [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

PDF_CASES = {
    "empty file": (lambda: b"", "empty"),
    "only spaces": (lambda: b"   \n", "empty"),
    "truncated download": (lambda: good_pdf()[: len(good_pdf()) // 2], "incomplete"),
    "random bytes after a PDF header": (lambda: b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n", "damaged"),
    "password-protected": (lambda: encrypted_pdf("secret"), "password"),
    "password-protected with AES-256": (lambda: encrypted_pdf("secret", "AES-256"), "password"),
    "31 pages": (lambda: many_pages_pdf(31), "more than 30 pages"),
    "page tree that contains itself": (
        lambda: raw_pdf({1: b"<< /Type /Catalog /Pages 2 0 R >>", 2: b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"}),
        "no text",
    ),
    "forms drawing forms a million times": (forms_multiplying, "draws far more"),
    "deflate bomb (100 MB of zeros)": (deflate_bomb_pdf, "expands to more than"),
    "a PNG named .pdf": (lambda: b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG image"),
    "a Word document named .pdf": (good_docx, "rename it to .docx"),
    "a web page named .pdf": (lambda: b"<!DOCTYPE html><html><body>Dana</body></html>", "web page"),
}

DOCX_CASES = {
    "empty file": (lambda: b"", "empty"),
    "truncated download": (lambda: good_docx()[: len(good_docx()) // 2], "damaged or incomplete"),
    "old Word 97-2003 file": (lambda: OLE + bytes(1000), "Word 97–2003"),
    "password-protected Word file": (lambda: OLE + bytes(600) + "EncryptedPackage".encode("utf-16-le"), "password"),
    "external entity in the XML": (
        lambda: docx_with_document(document_xml().replace(b"<w:document", DTD + b"<w:document", 1)),
        "DTD",
    ),
    "billion laughs": (
        lambda: docx_with_document(document_xml().replace(b"<w:document", LAUGHS + b"<w:document", 1)),
        "DTD",
    ),
    "5000 nested content controls": (lambda: deeply_nested(5000), "nested too deeply"),
    "zip bomb (30 MB of zeros in 30 KB)": (
        lambda: rezipped(good_docx(), add=zeros_part("word/media/a.bin", 30)),
        "expand",
    ),
    "zip bomb with lying sizes": (
        lambda: lying_sizes(
            docx_with_document(document_xml().replace(b"</w:body>", b" " * 2**25 + b"</w:body>")), "word/document.xml"
        ),
        "damaged",
    ),
    "6000 paragraphs": (
        lambda: docx_with_document(
            document_xml().replace(b"<w:body>", b"<w:body>" + b"<w:p><w:r><w:t>x</w:t></w:r></w:p>" * 6000)
        ),
        "more than 5000 paragraphs",
    ),
    "broken XML": (lambda: docx_with_document(b"<w:document><w:body><w:p>"), "damaged"),
    "a ZIP without a document": (lambda: rezipped(good_docx()).replace(b"word/", b"misc/"), "not a Word document"),
    "a PDF named .docx": (good_pdf, "rename it to .pdf"),
    "a PNG named .docx": (lambda: b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG image"),
    "an OpenDocument file named .docx": (
        lambda: rezipped(
            good_docx(), add=lambda archive: archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        ).replace(b"word/", b"text/"),
        "OpenDocument",
    ),
}


def _refused(read, data: bytes) -> str:
    """The one-line message `read` refuses `data` with, checking memory stayed bounded."""
    tracemalloc.start()
    try:
        with pytest.raises(FormatError) as refused:
            read(data)
        peak_mb = tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()
    message = str(refused.value)
    assert "\n" not in message and message
    assert peak_mb < MEMORY_LIMIT_MB, f"peak {peak_mb:.0f} MB"
    return message


@pytest.mark.parametrize("case", sorted(PDF_CASES))
def test_bad_pdfs_are_refused_with_one_clear_line(case: str) -> None:
    build, expected = PDF_CASES[case]
    assert expected in _refused(read_pdf, build())


@pytest.mark.parametrize("case", sorted(DOCX_CASES))
def test_bad_word_documents_are_refused_with_one_clear_line(case: str) -> None:
    build, expected = DOCX_CASES[case]
    assert expected in _refused(read_docx, build())


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_randomly_damaged_files_are_read_or_refused_never_crash(kind: str) -> None:
    """Bytes flipped or cut out at random (fixed seed) in our own exports: a Resume or a FormatError."""
    generator = random.Random(20240611)
    original, read = (build_pdf(SAMPLE).data, read_pdf) if kind == "pdf" else (build_docx(SAMPLE), read_docx)
    for _ in range(25):
        data = bytearray(original)
        for _ in range(generator.randint(1, 6)):
            position = generator.randrange(len(data))
            if generator.random() < 0.5:
                data[position] = generator.randrange(256)
            else:
                del data[position : position + generator.randint(1, 200)]
        try:
            assert isinstance(read(bytes(data)), Resume)
        except FormatError as error:
            assert "\n" not in str(error)


def test_a_pdf_that_only_the_owner_password_protects_is_read() -> None:
    assert read_pdf(encrypted_pdf("")).header.name == "Dana Kim"


def test_a_form_that_draws_itself_is_read_once_instead_of_forever() -> None:
    resume = read_pdf(form_drawing_itself())
    assert [plain(line) for line in resume.header.headline] == ["a"]


def test_nesting_under_the_xml_limit_is_read_without_recursion_errors() -> None:
    assert read_docx(deeply_nested(100)).header.name == "Dana Kim"


@pytest.mark.parametrize(
    ("suffix", "data"),
    [(".pdf", b"\x89PNG\r\n\x1a\n" + bytes(200)), (".docx", b""), (".pdf", b"%PDF-1.4\n" + bytes(100))],
)
def test_the_registry_passes_the_one_line_error_through(tmp_path: Path, suffix: str, data: bytes) -> None:
    path = tmp_path / f"resume{suffix}"
    path.write_bytes(data)
    with pytest.raises(FormatError) as refused:
        read_resume(path)
    assert "\n" not in str(refused.value)


@pytest.mark.parametrize(
    ("name", "build"),
    [
        ("resume.pdf", deflate_bomb_pdf),
        ("resume.pdf", lambda: encrypted_pdf("secret")),
        ("resume.docx", lambda: docx_with_document(document_xml().replace(b"<w:document", DTD + b"<w:document", 1))),
        ("resume.docx", good_pdf),
        ("resume.pdf", form_drawing_itself),
    ],
)
def test_the_command_line_prints_one_line_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, build
) -> None:
    source = tmp_path / name
    source.write_bytes(build())
    output = tmp_path / "out.md"
    status = main(["export", str(source), "-o", str(output)])
    captured = capsys.readouterr()
    if name == "resume.pdf" and build is form_drawing_itself:
        # readable, if nearly empty: the only lines are what to check, no stray pdfminer warnings
        assert status == 0 and captured.err
        assert all(line.startswith("foldline: check: ") for line in captured.err.splitlines())
        return
    assert status == 1
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1, captured.err
    assert captured.err.startswith("foldline: error: ")
    assert not output.exists()
