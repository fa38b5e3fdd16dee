"""schemathesis hooks for running docs/openapi/*.yaml against the local simulator.

Yiwise requests are signed as the vendor's demo signs them (SHA-256 of tenantSign + the
key/secret/sign/version/timestamp string); Rongzi requests carry the token of one login.
Only ever pointed at 127.0.0.1 (scripts/openapi-fuzz checks the base URL).
"""
import hashlib
import json
import os
import time
import urllib.request

import schemathesis

APP_KEY = "demo-app-key"
APP_SECRET = "demo-app-secret"
TENANT_SIGN = "demo-tenant"
VERSION = "v1"
_token = None


def _signature(timestamp: str) -> str:
    text = (
        f"{TENANT_SIGN}appKey={APP_KEY}&appSecret={APP_SECRET}"
        f"&tenantSign={TENANT_SIGN}&version={VERSION}&timestamp={timestamp}"
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _rongzi_token(base_url: str) -> str:
    global _token
    if _token is None:
        body = json.dumps({"username": "1611", "password": hashlib.md5(b"123456").hexdigest()}).encode()
        req = urllib.request.Request(
            f"{base_url}/api/account/login", data=body, headers={"Content-Type": "application/json"}, method="POST"
        )
        with urllib.request.urlopen(req, timeout=10) as res:
            _token = json.load(res)["data"]["token"]
    return _token


@schemathesis.hook
def before_call(ctx, case, kwargs):
    base_url = os.environ["OPENAPI_FUZZ_BASE_URL"]
    assert base_url.startswith("http://127.0.0.1:"), base_url
    headers = case.headers or {}
    if case.path.startswith("/apiOpen/"):
        timestamp = str(int(time.time() * 1000))
        headers.update(appKey=APP_KEY, version=VERSION, timestamp=timestamp, signature=_signature(timestamp))
    elif case.path != "/api/account/login":
        headers["Authorization"] = f"Bearer {_rongzi_token(base_url)}"
    case.headers = headers


_codes = {}


@schemathesis.hook
def after_call(ctx, case, response):
    """Tallies the envelopes' codes, so a run shows how many calls got past the checks."""
    try:
        code = str(response.json().get("code"))
    except Exception:  # a non-JSON answer: counted by its HTTP status
        code = f"HTTP {response.status_code}"
    _codes[code] = _codes.get(code, 0) + 1
    tally = os.environ.get("OPENAPI_FUZZ_TALLY")
    if tally:
        with open(tally, "w", encoding="utf-8") as f:
            json.dump(_codes, f)
