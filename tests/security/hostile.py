"""Hostile files and requests, made on the spot: raw HTTP over a socket (chunked bodies with
no length), a PDF with thousands of signature fields, an image bomb, one page of a sample
dossier."""

from __future__ import annotations

import io
import socket
from pathlib import Path
from urllib.parse import urlsplit

import pikepdf
from PIL import Image

from tests.conftest import SAMPLES

__all__ = ["first_page", "image_bomb", "many_signature_fields", "raw_chunked_post"]


def raw_chunked_post(url: str, path: str, *, headers: dict[str, str], total: int,
                     chunk: int = 1 << 16, timeout_s: float = 30) -> tuple[int, int]:
    """POST ``total`` bytes with ``Transfer-Encoding: chunked`` (no Content-Length) over a
    plain socket, stopping when the server answers or closes; return (status, bytes sent)."""
    parts = urlsplit(url)
    sock = socket.create_connection((parts.hostname, parts.port), timeout=timeout_s)
    head = [f"POST {path} HTTP/1.1", f"Host: {parts.netloc}", "Transfer-Encoding: chunked",
            "Content-Type: multipart/form-data; boundary=xyz",
            *(f"{k}: {v}" for k, v in headers.items())]
    sent = 0
    with sock:
        sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode())
        body = (b"--xyz\r\nContent-Disposition: form-data; name=\"files\"; "
                b"filename=\"a.pdf\"\r\n\r\n")
        block = body + b"%PDF-1.7\n" + b"0" * (chunk - len(body) - 9)
        sock.setblocking(False)
        try:
            while sent < total:
                if _answered(sock):
                    break
                data = block if sent == 0 else b"1" * chunk
                frame = f"{len(data):x}\r\n".encode() + data + b"\r\n"
                sock.setblocking(True)
                sock.sendall(frame)
                sock.setblocking(False)
                sent += len(data)
            else:
                sock.setblocking(True)
                sock.sendall(b"0\r\n\r\n")
        except OSError:
            pass  # the server closed the connection after answering
        sock.setblocking(True)
        reply = b""
        while b"\r\n" not in reply:
            got = sock.recv(4096)
            if not got:
                break
            reply += got
    return int(reply.split(b" ", 2)[1]), sent


def _answered(sock: socket.socket) -> bool:
    try:
        return bool(sock.recv(1, socket.MSG_PEEK))
    except BlockingIOError:
        return False


def many_signature_fields(count: int) -> bytes:
    """A one-page PDF with ``count`` empty signature fields."""
    pdf = pikepdf.new()
    pdf.add_blank_page()
    fields = pikepdf.Array()
    for n in range(count):
        fields.append(pdf.make_indirect(pikepdf.Dictionary(
            FT=pikepdf.Name.Sig, T=pikepdf.String(f"Sig{n}"), Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Widget, Rect=[0, 0, 0, 0])))
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=fields, SigFlags=3)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def image_bomb(side: int = 12000) -> bytes:
    """A small PNG (a few hundred KB) whose page is ``side`` × ``side`` pixels."""
    out = io.BytesIO()
    Image.new("1", (side, side), 1).save(out, "PNG", optimize=True)
    return out.getvalue()


def first_page(scan: Path) -> bytes:
    """Page 1 of a sample scan (a receipt sheet, with its QR code) as a PDF of its own."""
    with pikepdf.open(SAMPLES / scan) as src:
        pdf = pikepdf.new()
        pdf.pages.append(src.pages[0])
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()
