#!/usr/bin/env python3
"""Writes the bad-input corpus (tests/KnowledgeGraph.Api.Tests/Ingestion/BadInput/) from the two seed bulletins.

Deterministic: running it again produces byte-identical files. The 100 MB file, the vanishing and renamed files
are made by the tests themselves. The expected outcome of every file is in manifest.json next to the files.
"""
import gzip, io, json, os, random, sys, zipfile

root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
out = os.path.join(root, "tests", "KnowledgeGraph.Api.Tests", "Ingestion", "BadInput")
seeds = sorted(os.listdir(os.path.join(root, "seeds")))
text = [open(os.path.join(root, "seeds", s), encoding="utf-8").read() for s in seeds]
# Excerpts: the title and the first paragraphs of each seed, enough for one article.
A = "\n".join(text[0].split("\n")[:60]) + "\n"
B = "\n".join(text[1].split("\n")[:60]) + "\n"
MASTHEAD = "               《科技情报参考》  选析情报精华  助力科技决策 \n"
manifest = []


def put(name, data, outcome, reason=None, decoder=None, note=""):
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)
    manifest.append({"file": name, "outcome": outcome, "reason": reason, "decoder": decoder, "note": note})


rng = random.Random(8)
put("01-empty.txt", b"", "Failed", "empty", "Empty", "0 bytes")
put("02-whitespace-only.txt", " \n\t\r\n\u3000\u200b \n\n".encode(), "Failed", "no text", "NoText", "spaces, tabs, ideographic space, zero-width space")
put("03-binary-random.txt", bytes(rng.randrange(256) for _ in range(4096)), "Failed", "binary", "Binary", "random bytes with NULs")
a = A.encode("utf-8")
cut = a.rstrip(b"\n ")[:-1]  # last character is a 3-byte CJK/punct char: keep 2 of its bytes
put("04-truncated-utf8.txt", cut, "Ingested", None, "utf-8", "last character cut after 2 of its 3 bytes: accepted with a warning")
put("05-gbk.txt", B.encode("gbk"), "Ingested", None, "gbk", "GBK, as saved by older Windows tools")
put("06-gb18030.txt", (A + "\u6d4b\u8bd5\u5b57\uff1a\U00020bb7\u3400\u4dae\u3002\n").encode("gb18030"), "Ingested", None, "gb18030", "GB18030 with four-byte characters")
put("07-utf16le-bom.txt", b"\xff\xfe" + B.encode("utf-16-le"), "Ingested", None, "utf-16le-bom", "")
put("08-utf16be-bom.txt", b"\xfe\xff" + A.encode("utf-16-be"), "Ingested", None, "utf-16be-bom", "")
put("09-utf16le-nobom.txt", A.encode("utf-16-le"), "Ingested", None, "utf-16le", "byte order from the NUL pattern")
put("10-utf16be-nobom.txt", B.encode("utf-16-be"), "Ingested", None, "utf-16be", "byte order from the NUL pattern")
put("11-utf8-bom.txt", b"\xef\xbb\xbf" + B.encode("utf-8"), "Ingested", None, "utf-8-bom", "")
html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>科技情报参考</title></head>\n<body>\n" + \
    "".join(f"<p>{line}</p>\n" for line in A.split("\n") if line.strip()) + "</body></html>\n"
put("12-html-page.txt", html.encode(), "Failed", "HTML", "UnsupportedFormat", "a saved web page: refused, not stripped")
english = ("Science and Technology Intelligence Reference\n\nInner Mongolia: high-level innovation platforms help "
           "science and technology break through. Platforms come first.\n") * 20
put("13-no-chinese.txt", english.encode(), "Failed", "no Chinese text", "NoChineseText", "English only")
put("14-page-furniture-only.txt", (MASTHEAD + "\n7 \n\n" + MASTHEAD + "\n- 8 -\n\n" + MASTHEAD + "\n第 9 页\n").encode(),
    "Failed", "page furniture", "PageFurnitureOnly", "masthead and page numbers only")
put("15-duplicate-of-11.txt", b"\xef\xbb\xbf" + B.encode("utf-8"), "Duplicate", "Same content", "utf-8-bom", "byte-identical to 11 under another name")
sentences = [s + "。" for s in text[0].replace("\n", "").replace(" ", "").split("。") if s]
huge = ""
while len(huge) < 60000:
    huge += sentences[len(huge) % len(sentences)]
put("16-one-huge-line.txt", (huge + "\n").encode(), "Failed", "characters long", "LineTooLong", "one 60,000-character line")
put("17-crlf.txt", A.replace("\n", "\r\n").encode(), "Ingested", None, "utf-8", "Windows line endings")
half = len(B) // 2
put("18-mixed-encodings.txt", B[:half].encode("utf-8") + B[half:].encode("gbk"), "Failed", "UTF-8 in parts", "MixedEncodings", "first half UTF-8, second half GBK")
lines = A.split("\n")
emoji = "\n".join(l + ("🚀🔬" if i % 5 == 2 and l.strip() else "") + ("\x07" if i == 10 else "") + ("\x1b" if i == 20 else "") for i, l in enumerate(lines))
put("19-emoji-control.txt", emoji.encode(), "Ingested", None, "utf-8", "emoji and two stray control characters (bell, escape)")
zw = "\n".join(("\u200b".join(l[i:i + 7] for i in range(0, len(l), 7)) if j % 3 == 0 else l) for j, l in enumerate(B.split("\n")))
put("20-zero-width.txt", zw.encode(), "Ingested", None, "utf-8", "zero-width spaces inside lines")
put("21-pdf-header.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" + A.encode(), "Failed", "PDF", "UnsupportedFormat", "a PDF renamed to .txt")
zbuf = io.BytesIO()
with zipfile.ZipFile(zbuf, "w", zipfile.ZIP_DEFLATED) as z:
    zi = zipfile.ZipInfo("bulletin.txt", date_time=(2024, 1, 1, 0, 0, 0))
    z.writestr(zi, A.encode())
put("22-zip.txt", zbuf.getvalue(), "Failed", "zip", "UnsupportedFormat", "a zip archive renamed to .txt")
put("23-json.txt", json.dumps({"title": "内蒙古：高能级创新平台助力科技“突围”", "body": A}, ensure_ascii=False, indent=2).encode(),
    "Failed", "JSON", "UnsupportedFormat", "an API export, not a bulletin")
word = B.replace("\n\n", "\n").replace("  ", "\u3000").replace("\n", "\r\n")
pages = word.split("\r\n")
word = "\r\n".join(l + ("\f" if i % 25 == 24 else "") for i, l in enumerate(pages)).replace(" ", "\u00a0")
put("24-word-export.txt", b"\xff\xfe" + word.encode("utf-16-le"), "Ingested", None, "utf-16le-bom", "Word 'Unicode text': UTF-16LE BOM, CRLF, form feeds, NBSP, ideographic spaces")
put("25-rtf.txt", (r"{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0 SimSun;}}\f0\fs24 " + A.replace("\n", r"\par ") + "}").encode("gbk"),
    "Failed", "RTF", "UnsupportedFormat", "Word RTF export")
put("26-latin1.txt", ("Science et technologie: plates-formes d'innovation à haut niveau, réussite.\n" * 30).encode("cp1252"),
    "Failed", "neither UTF-8", "UnknownEncoding", "Windows-1252 French text")
put("27-too-little-chinese.txt", "Hello 你好 world\nThis is a test file.\n".encode(), "Failed", "only 2 Chinese characters", "TooLittleText", "")
ctl = "".join(c + ("\x1b[0m" if i % 20 == 0 else "") for i, c in enumerate(A))
put("28-control-flood.txt", ctl.encode(), "Failed", "control characters", "Binary", "a terminal capture: escape sequences everywhere")
bad = A.encode()
put("29-invalid-byte-inside.txt", bad[:600] + b"\xff" + bad[600:], "Failed", "UTF-8 in parts", "MixedEncodings", "one stray 0xFF inside UTF-8")
put("30-utf32le-bom.txt", b"\xff\xfe\x00\x00" + B.encode("utf-32-le"), "Ingested", None, "utf-32le-bom", "")
put("31-png.txt", b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(512)), "Failed", "PNG", "UnsupportedFormat", "")
put("32-gzip.txt", gzip.compress(A.encode(), mtime=0), "Failed", "gzip", "UnsupportedFormat", "")
put("33-xml.txt", ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<bulletin><title>科技情报参考</title><body>" + A + "</body></bulletin>\n").encode(),
    "Failed", "XML", "UnsupportedFormat", "")
put("34-utf16le-odd-length.txt", b"\xff\xfe" + A.encode("utf-16-le") + b"\x4e", "Ingested", None, "utf-16le-bom", "one stray byte at the end: ignored with a warning")
put("35-nul-in-utf8.txt", bad[:300] + b"\x00" + bad[300:], "Failed", "NUL", "Binary", "a single NUL byte inside UTF-8 text")
put("36-utf8-nobom-b.txt", B.encode(), "Ingested", None, "utf-8", "plain UTF-8 excerpt (control: a good file among the bad ones)")

with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
    json.dump(manifest, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(f"{len(manifest)} files in {out}")
