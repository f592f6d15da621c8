#!/usr/bin/env python3
"""Mint an HS256 JWT the API accepts: mint_token.py <base64 key> <issuer> <audience> [permission ...].

The subject is $BENCH_SUBJECT, else bench|load-generator; $BENCH_ORG_ID, when set, is the org_id claim (a talent
agent's agency).
"""
import base64
import hashlib
import hmac
import json
import os
import sys
import time


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def main() -> None:
    key_b64, issuer, audience, *permissions = sys.argv[1:]
    now = int(time.time())
    header = {"alg": "HS256", "typ": "JWT"}
    payload = {
        "iss": issuer,
        "aud": audience,
        "sub": os.environ.get("BENCH_SUBJECT", "bench|load-generator"),
        "iat": now - 60,
        "nbf": now - 60,
        "exp": now + 4 * 3600,
        "permissions": permissions,
    }
    if os.environ.get("BENCH_ORG_ID"):
        payload["org_id"] = os.environ["BENCH_ORG_ID"]
    signing_input = b64url(json.dumps(header, separators=(",", ":")).encode()) + "." + b64url(
        json.dumps(payload, separators=(",", ":")).encode())
    signature = hmac.new(base64.b64decode(key_b64), signing_input.encode("ascii"), hashlib.sha256).digest()
    print(signing_input + "." + b64url(signature))


if __name__ == "__main__":
    main()
