"""A real RFC 3161 time-stamping authority on 127.0.0.1 for the tests: OpenSSL's `ts -reply`
behind a small HTTP server (RFC 3161 section 3.4: POST application/timestamp-query, answer
application/timestamp-reply).

Its key and certificate are made by the tests (tests/cli/support/tsa.rs) with openssl. What it
answers is read from the mode file on every request, so a test can change it while it runs:
  ok             the token OpenSSL signs
  garbage        bytes that are no TimeStampResp
  wrong-imprint  a real token, for another SHA-256 than the one asked for (same nonce)
Every query received is appended to <dir>/queries.log as hex, one a line.
"""

import argparse
import http.server
import os
import subprocess
import tempfile
import threading

SHA256_IMPRINT = bytes.fromhex("300d06096086480165030402010500" "0420")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", required=True)
    parser.add_argument("--config", required=True)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--mode-file", required=True)
    args = parser.parse_args()
    # `ts -reply` reads and rewrites the serial file: one at a time, or two answers share a
    # serial number or one fails.
    signing = threading.Lock()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            length = int(self.headers.get("content-length", "0"))
            query = self.rfile.read(length)
            with open(os.path.join(args.dir, "queries.log"), "a") as log:
                log.write(self.headers.get("content-type", "") + " " + query.hex() + "\n")
            try:
                with open(args.mode_file) as f:
                    mode = f.read().strip()
            except FileNotFoundError:
                mode = "ok"
            if mode == "garbage":
                answer = b"<html>the authority is having a bad day</html>"
            else:
                if mode == "wrong-imprint":
                    at = query.index(SHA256_IMPRINT) + len(SHA256_IMPRINT)
                    flipped = bytes(b ^ 0xFF for b in query[at : at + 32])
                    query = query[:at] + flipped + query[at + 32 :]
                answer = reply(query)
            self.send_response(200)
            self.send_header("content-type", "application/timestamp-reply")
            self.send_header("content-length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *_):
            pass

    def reply(query):
        with signing, tempfile.TemporaryDirectory(dir=args.dir) as tmp:
            tsq = os.path.join(tmp, "q.tsq")
            tsr = os.path.join(tmp, "r.tsr")
            with open(tsq, "wb") as f:
                f.write(query)
            subprocess.run(
                ["openssl", "ts", "-reply", "-config", args.config, "-queryfile", tsq, "-out", tsr],
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            with open(tsr, "rb") as f:
                return f.read()

    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    tmp = args.port_file + ".tmp"
    with open(tmp, "w") as f:
        f.write(str(server.server_address[1]))
    os.replace(tmp, args.port_file)
    server.serve_forever()


if __name__ == "__main__":
    main()
