"""Validate every XML part of a .docx against the ECMA-376 transitional schemas in
tests/schemas/ooxml (see its NOTICE.md), with lxml.

Before validating, markup-compatibility content is dropped as the schemas' own README advises:
`mc:` attributes and elements, and attributes and elements from namespaces outside the
Office Open XML set (w14, w15 … which Word reads and the 2006 schemas do not know).
"""

from __future__ import annotations

import io
import zipfile
from functools import lru_cache
from pathlib import Path

from lxml import etree

SCHEMAS = Path(__file__).resolve().parent / "schemas" / "ooxml"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
KNOWN_PREFIXES = ("http://schemas.openxmlformats.org/", "http://www.w3.org/XML/1998/namespace",
                  "http://purl.org/dc/", "http://www.w3.org/2001/XMLSchema-instance")
# one wrapper schema importing every namespace a WordprocessingML package uses
IMPORTS = {
    "http://www.w3.org/XML/1998/namespace": "xml.xsd",
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "wml.xsd",
    "http://schemas.openxmlformats.org/drawingml/2006/main": "dml-main.xsd",
    "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties":
        "shared-documentPropertiesExtended.xsd",
    "http://schemas.openxmlformats.org/officeDocument/2006/bibliography": "shared-bibliography.xsd",
    "http://schemas.openxmlformats.org/officeDocument/2006/customXml": "shared-customXmlDataProperties.xsd",
    "http://schemas.openxmlformats.org/package/2006/content-types": "opc-xsd/opc-contentTypes.xsd",
    "http://schemas.openxmlformats.org/package/2006/relationships": "opc-xsd/opc-relationships.xsd",
    "http://schemas.openxmlformats.org/package/2006/metadata/core-properties": "opc-xsd/opc-coreProperties.xsd",
}
STAND_INS = {"http://dublincore.org/schemas/xmls/qdc/2003/04/02/dc.xsd": "dc-standin.xsd",
             "http://dublincore.org/schemas/xmls/qdc/2003/04/02/dcterms.xsd": "dcterms-standin.xsd"}


class _Local(etree.Resolver):
    """Resolve the Dublin Core schemas to the local stand-ins (never the network)."""

    def resolve(self, url, pubid, context):
        if url in STAND_INS:
            return self.resolve_filename(str(SCHEMAS / STAND_INS[url]), context)
        if url.startswith("http"):
            raise ValueError(f"schema import from the network refused: {url}")
        return None


@lru_cache(maxsize=1)
def schema() -> etree.XMLSchema:
    imports = "".join(f'<xs:import namespace="{ns}" schemaLocation="{(SCHEMAS / loc).as_uri()}"/>'
                      for ns, loc in IMPORTS.items())
    wrapper = (f'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:baocao:wrapper">'
               f"{imports}</xs:schema>")
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(_Local())
    return etree.XMLSchema(etree.fromstring(wrapper.encode(), parser, base_url=(SCHEMAS / "wrapper.xsd").as_uri()))


def _known(ns: str | None) -> bool:
    return ns is None or ns.startswith(KNOWN_PREFIXES)


def strip_extensions(root: etree._Element) -> etree._Element:
    """Drop mc:AlternateContent (keeping nothing of it), elements and attributes of unknown
    namespaces, and the mc:Ignorable attribute."""
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            continue
        ns = etree.QName(el).namespace
        if ns == MC or not _known(ns):
            parent = el.getparent()
            if parent is not None:
                parent.remove(el)
            continue
        for attr in list(el.attrib):
            ans = etree.QName(attr).namespace
            if ans == MC or not _known(ans):
                del el.attrib[attr]
    return root


def validate_part(name: str, xml: bytes) -> list[str]:
    root = strip_extensions(etree.fromstring(xml))
    s = schema()
    if s.validate(root):
        return []
    return [f"{name}:{e.line}: {e.message}" for e in s.error_log]


def xml_parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n) for n in z.namelist() if n.endswith((".xml", ".rels"))}


def validate_docx(data: bytes) -> list[str]:
    """Every schema error of every XML part of the package (empty when it is valid)."""
    errors: list[str] = []
    for name, xml in xml_parts(data).items():
        errors += validate_part(name, xml)
    return errors
