"""Reads a WARC file with warcio, the Python library web archivists use, checking every record's
block and payload digests ('raise': a wrong digest fails the read), and prints one JSON object per
record: its type, target, content type, whether it says it is truncated, its HTTP status, the
SHA-256 of its payload, and the text of a metadata record."""
import hashlib
import json
import sys

from warcio.archiveiterator import ArchiveIterator

with open(sys.argv[1], "rb") as stream:
    for record in ArchiveIterator(stream, check_digests="raise"):
        payload = record.content_stream().read()
        headers = record.rec_headers
        out = {
            "type": record.rec_type,
            "target": headers.get_header("WARC-Target-URI"),
            "content_type": headers.get_header("Content-Type"),
            "truncated": headers.get_header("WARC-Truncated"),
            "has_payload_digest": headers.get_header("WARC-Payload-Digest") is not None,
            "status": record.http_headers.get_statuscode() if record.http_headers else None,
            "payload_sha256": hashlib.sha256(payload).hexdigest(),
            "digests_checked": record.digest_checker.passed,
        }
        if record.rec_type in ("metadata", "warcinfo"):
            out["text"] = payload.decode("utf-8")
        print(json.dumps(out))
