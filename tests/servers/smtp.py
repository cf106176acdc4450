#!/usr/bin/env python3
"""A real SMTP server for takedown's tests: aiosmtpd on 127.0.0.1 with STARTTLS required and
AUTH (PLAIN, LOGIN) required, saving every accepted message to a directory.

For each message N it writes N.eml (the bytes received), N.json (the envelope, the login,
and the headers and body as Python's own e-mail parser decodes them, so the test checks the
RFC 2047 subject encoding against an independent decoder) and N-K.bin for each attachment. Files appear whole (written, then
renamed). Recipients named refuse@… are refused with 550.

Switches for kill and crash tests, each a file the test creates and removes while the server
runs; while one holds a client, the server touches the file's name + ".seen":
- --stall FILE: RCPT waits (the client is connected and logged in; no data sent yet);
- --rcpt-reply FILE: RCPT is answered with the reply the file holds (e.g. `451 4.3.0 Later`);
- --delay-data FILE: the answer to the end of DATA waits, the whole message received;
- --data-reply FILE: the end of DATA is answered with the reply the file holds instead of 250,
  and the message is not kept (it is logged in DIR/refused.log by Message-ID);
- --stall-quit FILE: the answer to QUIT waits.
A message counts as received (N.eml, N.json) at the moment the server decides on its 250, even
if the client is gone by then: that is what a real server would deliver.

usage: smtp.py --dir DIR --cert PEM --key PEM --user U --password P [--port N] --port-file F
       [--stall FILE] [--rcpt-reply FILE] [--delay-data FILE] [--data-reply FILE]
       [--stall-quit FILE] [--implicit-tls]
"""

import argparse
import asyncio
import email
import email.policy
import json
import os
import ssl
import sys

try:
    from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword
except ImportError:
    sys.exit("aiosmtpd is missing: python3 -m pip install aiosmtpd (or apt-get install python3-aiosmtpd)")


def write_whole(path, data):
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


async def hold(path):
    """Waits while the switch file `path` exists, saying so in `path`.seen."""
    while path and os.path.exists(path):
        write_whole(path + ".seen", b"")
        await asyncio.sleep(0.05)


def reply_in(path):
    """The reply a switch file holds, if it exists."""
    if not path:
        return None
    try:
        with open(path) as f:
            return f.read().strip()
    except FileNotFoundError:
        return None


class Handler:
    def __init__(self, directory, args):
        self.directory = directory
        self.args = args
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        await hold(self.args.stall)
        reply = reply_in(self.args.rcpt_reply)
        if reply:
            return reply
        if address.startswith("refuse@"):
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_QUIT(self, server, session, envelope):
        await hold(self.args.stall_quit)
        return "221 Bye"

    async def handle_DATA(self, server, session, envelope):
        gone = False
        while True:
            try:
                await hold(self.args.delay_data)
                break
            except asyncio.CancelledError:
                # The client went away while its answer was held (aiosmtpd cancels once for the
                # EOF and once for the lost connection). A real server has the message by now
                # and delivers it whatever becomes of the connection: so does this one, once
                # the switch is off.
                gone = True
        reply = self.decide(session, envelope)
        if gone:
            raise asyncio.CancelledError()
        return reply

    def decide(self, session, envelope):
        """The answer to the end of DATA, keeping the message if it is 250."""
        raw = envelope.original_content
        parsed = email.message_from_bytes(raw, policy=email.policy.default)
        reply = reply_in(self.args.data_reply)
        if reply:
            with open(os.path.join(self.directory, "refused.log"), "a") as log:
                log.write("%s %s\n" % (parsed["message-id"], reply.split()[0]))
            return reply
        self.count += 1
        body = parsed.get_body(preferencelist=("plain",))
        base = os.path.join(self.directory, "%04d" % self.count)
        attachments = []
        for k, part in enumerate(parsed.iter_attachments(), start=1):
            write_whole("%s-%d.bin" % (base, k), part.get_payload(decode=True))
            attachments.append(
                {"filename": part.get_filename(), "content_type": part.get_content_type()}
            )
        facts = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "login": session.auth_data.login.decode() if session.auth_data else None,
            "tls": session.ssl is not None,
            "subject": str(parsed["subject"]),
            "from": str(parsed["from"]),
            "to": str(parsed["to"]),
            "reply_to": str(parsed["reply-to"]) if parsed["reply-to"] else None,
            "message_id": str(parsed["message-id"]),
            "in_reply_to": str(parsed["in-reply-to"]) if parsed["in-reply-to"] else None,
            "references": str(parsed["references"]) if parsed["references"] else None,
            "attachments": attachments,
            "body": body.get_content() if body is not None else None,
        }
        write_whole(base + ".eml", raw)
        write_whole(base + ".json", json.dumps(facts, ensure_ascii=False).encode())
        return "250 Message accepted for delivery"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", required=True)
    ap.add_argument("--cert", required=True)
    ap.add_argument("--key", required=True)
    ap.add_argument("--user", required=True)
    ap.add_argument("--password", required=True)
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--port-file", required=True)
    ap.add_argument("--stall")
    ap.add_argument("--rcpt-reply")
    ap.add_argument("--delay-data")
    ap.add_argument("--data-reply")
    ap.add_argument("--stall-quit")
    ap.add_argument("--implicit-tls", action="store_true", help="TLS from the first byte (port 465 style)")
    args = ap.parse_args()

    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(args.cert, args.key)
    handler = Handler(args.dir, args)

    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login == args.user.encode()
            and auth_data.password == args.password.encode()
        )
        # handled=False: aiosmtpd answers 535 itself on failure (by default it stays silent).
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)

    def factory():
        if args.implicit_tls:
            # The whole connection is TLS already: no STARTTLS to offer or require.
            return SMTP(
                handler,
                hostname="takedown-test",
                authenticator=authenticate,
                auth_required=True,
                auth_require_tls=False,
            )
        return SMTP(
            handler,
            hostname="takedown-test",
            tls_context=tls,
            require_starttls=True,
            authenticator=authenticate,
            auth_required=True,
            auth_require_tls=True,
        )

    async def serve():
        loop = asyncio.get_running_loop()
        server = await loop.create_server(
            factory,
            host="127.0.0.1",
            port=args.port,
            ssl=tls if args.implicit_tls else None,
        )
        port = server.sockets[0].getsockname()[1]
        write_whole(args.port_file, str(port).encode())
        await server.serve_forever()

    asyncio.run(serve())


if __name__ == "__main__":
    main()
