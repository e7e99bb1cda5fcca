"""METS and PREMIS of a transfer bag, and their validation against the official schemas.

A bag holds one dossier. Its METS (``data/mets.xml``) draws the structure: the dossier, its
documents in order, each document's pages, every file with its sha256, size and media type,
and points to the descriptive metadata (``metadata/ho-so.json``, the fields of Circular
05/2025/TT-BNV) and the provenance (``metadata/premis.xml``). The PREMIS (version 3.0) holds
one object per file (identifier = its path in the bag, sha256, size, format), the events of
the dossier's life (received, digitised, signed, reviewed, renewed, transferred), each linked
to its agents (people, the organisation, this software) and to the files it concerns.

The schemas are the ones published by the Library of Congress, kept byte for byte under
``archive/schemas/`` (its README says where each came from); nothing is fetched: the xlink
import of ``mets.xsd`` is resolved to the copy beside it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Literal

from lxml import etree
from lxml.builder import ElementMaker

from sohoa.text import nfc

__all__ = [
    "SCHEMAS",
    "BagAgent",
    "BagDocument",
    "BagDossier",
    "BagEvent",
    "BagFile",
    "mets_xml",
    "premis_xml",
    "schema_errors",
]

SCHEMAS = Path(__file__).parent / "schemas"
METS_NS = "http://www.loc.gov/METS/"
PREMIS_NS = "http://www.loc.gov/premis/v3"
XLINK_NS = "http://www.w3.org/1999/xlink"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
_XLINK_URL = "http://www.loc.gov/standards/xlink/xlink.xsd"
_FORMATS = {"application/pdf": ("Portable Document Format", "PDF/A-2b"),
            "image/png": ("Portable Network Graphics", ""),
            "image/jpeg": ("JPEG", ""), "image/tiff": ("Tagged Image File Format", ""),
            "application/xml": ("ALTO", "4"), "application/json": ("JSON", "")}


@dataclass(frozen=True, slots=True)
class BagFile:
    """One file of the bag's payload."""

    path: str
    """Where it is, under ``data/`` (``objects/<document id>/document.pdf``)."""
    sha256: str
    size: int
    media_type: str
    use: Literal["signed", "page", "alto", "ocr", "source", "other"]
    page: int | None = None
    """For a page image or its ALTO: the page number in the document."""
    version: int = 1
    """For the signed PDF: 1 for the package's own, 2… for a renewed archive time stamp."""


@dataclass(frozen=True, slots=True)
class BagAgent:
    """Who took part: a person, the organisation, or this software."""

    id: str
    name: str
    type: Literal["person", "organization", "software"]


@dataclass(frozen=True, slots=True)
class BagEvent:
    """One event of the dossier's life."""

    id: str
    type: str
    """received, digitised, signed, reviewed, renewed or transferred."""
    at: str
    detail: str
    agents: tuple[tuple[str, str], ...] = ()
    """(agent id, role) pairs."""
    files: tuple[str, ...] = ()
    """The paths of the files it concerns."""


@dataclass(frozen=True, slots=True)
class BagDocument:
    """One document of the dossier, in order."""

    document_id: str
    label: str
    files: tuple[BagFile, ...]
    pages: int


@dataclass(slots=True)
class BagDossier:
    """What the METS and PREMIS of one bag describe."""

    receipt_code: str
    title: str
    organisation: str
    created: str
    documents: list[BagDocument]
    metadata: BagFile
    """``metadata/ho-so.json``: the fields of the circular."""
    agents: list[BagAgent] = field(default_factory=list)
    events: list[BagEvent] = field(default_factory=list)


def _ids(dossier: BagDossier) -> dict[str, str]:
    """An XML id for every payload file."""
    return {f.path: f"file-{n:04d}" for n, f in enumerate(
        (f for d in dossier.documents for f in d.files), start=1)}


def mets_xml(dossier: BagDossier) -> bytes:
    """The METS document of the bag (``data/mets.xml``)."""
    m = ElementMaker(namespace=METS_NS, nsmap={"mets": METS_NS, "xlink": XLINK_NS})
    href = f"{{{XLINK_NS}}}href"
    ids = _ids(dossier)
    meta = dossier.metadata
    root = m.mets(OBJID=dossier.receipt_code, LABEL=nfc(dossier.title), TYPE="hồ sơ")
    header = m.metsHdr(CREATEDATE=dossier.created)
    header.append(m.agent(m.name(nfc(dossier.organisation)), ROLE="CREATOR",
                          TYPE="ORGANIZATION"))
    header.append(m.agent(m.name("sohoa"), ROLE="CREATOR", TYPE="OTHER",
                          OTHERTYPE="SOFTWARE"))
    root.append(header)
    dmd = m.dmdSec(ID="dmd-ho-so")
    dmd.append(m.mdRef(**{"LOCTYPE": "URL", href: meta.path, "MDTYPE": "OTHER",
                          "OTHERMDTYPE": "TT-05-2025-TT-BNV", "MIMETYPE": meta.media_type,
                          "SIZE": str(meta.size), "CHECKSUM": meta.sha256,
                          "CHECKSUMTYPE": "SHA-256"}))
    root.append(dmd)
    amd = m.amdSec(ID="amd-premis")
    amd.append(m.digiprovMD(m.mdRef(**{"LOCTYPE": "URL", href: "metadata/premis.xml",
                                       "MDTYPE": "PREMIS", "MDTYPEVERSION": "3.0"}),
                            ID="premis"))
    root.append(amd)
    file_sec = m.fileSec()
    for use in ("signed", "page", "alto", "ocr", "source", "other"):
        group = m.fileGrp(USE=use)
        for doc in dossier.documents:
            for f in doc.files:
                if f.use == use:
                    entry = m.file(ID=ids[f.path], MIMETYPE=f.media_type, SIZE=str(f.size),
                                   CHECKSUM=f.sha256, CHECKSUMTYPE="SHA-256")
                    if f.use == "signed":
                        entry.set("SEQ", str(f.version))
                    entry.append(m.FLocat(**{"LOCTYPE": "URL", href: f.path}))
                    group.append(entry)
        if len(group):
            file_sec.append(group)
    root.append(file_sec)
    top = m.div(TYPE="hồ sơ", LABEL=nfc(dossier.title), DMDID="dmd-ho-so", ADMID="premis")
    for order, doc in enumerate(dossier.documents, start=1):
        div = m.div(TYPE="tài liệu", LABEL=nfc(doc.label), ORDER=str(order),
                    ORDERLABEL=doc.document_id)
        signed = [f for f in doc.files if f.use == "signed"]
        for f in sorted(signed, key=lambda f: -f.version)[:1]:  # the newest version
            div.append(m.fptr(FILEID=ids[f.path]))
        for n in range(1, doc.pages + 1):
            files = [f for f in doc.files if f.page == n]
            if files:
                page = m.div(TYPE="trang", ORDER=str(n), LABEL=f"trang {n}")
                for f in files:
                    page.append(m.fptr(FILEID=ids[f.path]))
                div.append(page)
        top.append(div)
    root.append(m.structMap(top, TYPE="logical", LABEL="hồ sơ → tài liệu → trang"))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def premis_xml(dossier: BagDossier) -> bytes:
    """The PREMIS 3.0 document of the bag (``data/metadata/premis.xml``)."""
    p = ElementMaker(namespace=PREMIS_NS, nsmap={"premis": PREMIS_NS, "xsi": XSI_NS})
    root = p.premis(version="3.0")
    files = [f for d in dossier.documents for f in d.files]
    for f in [*files, dossier.metadata]:
        obj = p.object({f"{{{XSI_NS}}}type": "premis:file"})
        obj.append(p.objectIdentifier(p.objectIdentifierType("bag path"),
                                      p.objectIdentifierValue(f.path)))
        name, version = _FORMATS.get(f.media_type, (f.media_type, ""))
        designation = p.formatDesignation(p.formatName(name))
        if version:
            designation.append(p.formatVersion(version))
        obj.append(p.objectCharacteristics(
            p.compositionLevel("0"),
            p.fixity(p.messageDigestAlgorithm("SHA-256"), p.messageDigest(f.sha256),
                     p.messageDigestOriginator("sohoa")),
            p.size(str(f.size)),
            p.format(designation, p.formatNote(f.media_type))))
        for event in dossier.events:
            if f.path in event.files:
                obj.append(p.linkingEventIdentifier(p.linkingEventIdentifierType("sohoa"),
                                                    p.linkingEventIdentifierValue(event.id)))
        root.append(obj)
    for event in dossier.events:
        e = p.event(p.eventIdentifier(p.eventIdentifierType("sohoa"),
                                      p.eventIdentifierValue(event.id)),
                    p.eventType(event.type), p.eventDateTime(event.at),
                    p.eventDetailInformation(p.eventDetail(nfc(event.detail))),
                    p.eventOutcomeInformation(p.eventOutcome("success")))
        for agent, role in event.agents:
            e.append(p.linkingAgentIdentifier(p.linkingAgentIdentifierType("sohoa"),
                                              p.linkingAgentIdentifierValue(agent),
                                              p.linkingAgentRole(role)))
        for path in event.files:
            e.append(p.linkingObjectIdentifier(p.linkingObjectIdentifierType("bag path"),
                                               p.linkingObjectIdentifierValue(path)))
        root.append(e)
    for agent in dossier.agents:
        root.append(p.agent(p.agentIdentifier(p.agentIdentifierType("sohoa"),
                                              p.agentIdentifierValue(agent.id)),
                            p.agentName(nfc(agent.name)), p.agentType(agent.type)))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


class _LocalSchemas(etree.Resolver):
    """Resolves the schemas' imports to the copies under ``archive/schemas``."""

    def resolve(self, system_url: str, public_id: str, context: object):  # type: ignore[override]
        if system_url in (_XLINK_URL, "xlink.xsd") or system_url.endswith("/xlink.xsd"):
            return self.resolve_filename(str(SCHEMAS / "xlink.xsd"), context)
        return None


@cache
def _schema(name: Literal["mets", "premis"]) -> etree.XMLSchema:
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    parser.resolvers.add(_LocalSchemas())
    return etree.XMLSchema(etree.parse(str(SCHEMAS / f"{name}.xsd"), parser))


def schema_errors(data: bytes, name: Literal["mets", "premis"]) -> list[str]:
    """What the official ``name`` schema finds wrong in ``data`` (empty when valid)."""
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    try:
        doc = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        return [f"not well-formed XML: {exc}"]
    schema = _schema(name)
    if schema.validate(doc):
        return []
    return [f"line {e.line}: {e.message}" for e in schema.error_log]
