"""Issue one sample result through the web API, as a department's software would, and fetch it
back: ``python scripts/issue_sample_result.py BASE_URL API_KEY RESULT_PDF RECEIPT_CODE OUT``.

POSTs the officer's unsigned PDF to ``/api/dossiers/{code}/results`` (sohoa signs it in the
officer's name, seals it and archives it into the dossier), lists the dossier's results, and
downloads the signed PDF to OUT, checking it against the sha256 the service answered with.
Standard library only: it is what any client of the API needs.
"""

from __future__ import annotations

import hashlib
import json
import sys
import urllib.request
import uuid
from pathlib import Path
from typing import Any


def _call(url: str, key: str, data: bytes | None = None, content_type: str = "") -> bytes:
    request = urllib.request.Request(url, data=data, method="POST" if data else "GET")
    request.add_header("Authorization", f"Bearer {key}")
    if content_type:
        request.add_header("Content-Type", content_type)
    with urllib.request.urlopen(request, timeout=300) as response:
        return bytes(response.read())


def _multipart(name: str, pdf: bytes) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; "
            f"filename=\"{name}\"\r\nContent-Type: application/pdf\r\n\r\n").encode()
    return body + pdf + f"\r\n--{boundary}--\r\n".encode(), \
        f"multipart/form-data; boundary={boundary}"


def main(argv: list[str]) -> int:
    """Issue, list, fetch; print what the service answered."""
    base, key, pdf_path, code, out = argv
    pdf = Path(pdf_path)
    body, content_type = _multipart(pdf.name, pdf.read_bytes())
    print(f"$ POST {base}/api/dossiers/{code}/results  (file {pdf.name})")
    issued: dict[str, Any] = json.loads(_call(f"{base}/api/dossiers/{code}/results", key, body,
                                              content_type))
    print(json.dumps({k: issued[k] for k in ("document_id", "label", "form_label", "fields",
                                             "signers", "retention", "sha256")},
                     ensure_ascii=False, indent=2))
    print(f"\n$ GET {base}/api/dossiers/{code}/results")
    listed = json.loads(_call(f"{base}/api/dossiers/{code}/results", key))
    for r in listed["results"]:
        print(f"  {r['document_id']}  {r['label']} — {r['form_label']}, "
              f"ký số bởi {', '.join(r['signers'])}")
    print(f"\n$ GET {base}{issued['url']}")
    signed = _call(base + issued["url"], key)
    if hashlib.sha256(signed).hexdigest() != issued["sha256"]:
        print("the downloaded result does not match its sha256", file=sys.stderr)
        return 1
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_bytes(signed)
    print(f"  wrote {out} ({len(signed)} bytes, sha256 {issued['sha256'][:16]}… as issued)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
