#!/usr/bin/python3
"""Local SMTP sink for tests: every accepted message is written to a Maildir.

Usage: smtp-maildir.py --maildir DIR --control DIR [--host H] [--port P] [--pidfile F]

Fail modes, switched by files in CONTROL_DIR so tests can flip them at run time:
  refuse  -> RCPT and DATA answer 451 4.3.0 (temporary failure)
  reject  -> RCPT and DATA answer 550 5.1.1 (permanent failure)

Stored files are the raw message bytes (LF line endings), preceded by
X-MailFrom and X-RcptTo headers carrying the SMTP envelope, so tests can see
Bcc recipients and the envelope sender.
"""
import argparse
import mailbox
import os
import signal
import threading

from aiosmtpd.controller import Controller


class MaildirHandler:
    def __init__(self, maildir, control):
        self.maildir = mailbox.Maildir(maildir, create=True)
        self.control = control

    def failure(self):
        if os.path.exists(os.path.join(self.control, "reject")):
            return "550 5.1.1 Mailbox unavailable"
        if os.path.exists(os.path.join(self.control, "refuse")):
            return "451 4.3.0 Try again later"
        return None

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        status = self.failure()
        if status:
            return status
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        status = self.failure()
        if status:
            return status
        envelope_headers = (
            f"X-MailFrom: {envelope.mail_from}\r\n"
            f"X-RcptTo: {', '.join(envelope.rcpt_tos)}\r\n"
        ).encode("utf-8")
        raw = envelope_headers + envelope.original_content
        # Maildir.add writes to tmp/ and renames into new/, so readers never
        # see a partial file.
        self.maildir.add(raw.replace(b"\r\n", b"\n"))
        return "250 OK"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--maildir", required=True)
    parser.add_argument("--control", required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=2525)
    parser.add_argument("--pidfile")
    args = parser.parse_args()
    os.makedirs(args.control, exist_ok=True)

    controller = Controller(
        MaildirHandler(args.maildir, args.control),
        hostname=args.host,
        port=args.port,
        enable_SMTPUTF8=True,  # UTF-8 addresses and headers, e.g. 王炳章
        data_size_limit=50 * 1024 * 1024,
    )
    controller.start()
    if args.pidfile:
        with open(args.pidfile, "w") as f:
            f.write(f"{os.getpid()}\n")
    print(f"smtp-maildir: listening on {args.host}:{args.port}, "
          f"maildir {args.maildir}", flush=True)

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()
    if args.pidfile:
        os.remove(args.pidfile)


if __name__ == "__main__":
    main()
