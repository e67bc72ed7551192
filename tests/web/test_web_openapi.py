"""The OpenAPI document agrees with what the API answers: schemathesis against /openapi.json.

Every operation of the document, every built-in check (status codes, media types, bodies,
headers, positive and negative data, methods and Allow, auth), in process over the sample
register. The examples are bounded and derandomized so the suite stays fast and repeatable;
KERJASAMA_FUZZ_EXAMPLES=500 runs a longer, random search.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
import schemathesis
from hypothesis import settings
from schemathesis.config import SchemathesisConfig

from kerjasama.web import create_app

LONG_RUN = int(os.environ.get("KERJASAMA_FUZZ_EXAMPLES", "0"))
MAX_EXAMPLES = LONG_RUN or 25
CONFIG = SchemathesisConfig.from_dict(
    {
        "generation": {
            "max-examples": MAX_EXAMPLES,
            "mode": "all",
            "deterministic": not LONG_RUN,
        },
        "checks": {"enabled": True},
    }
)


class _Forward:
    """An ASGI app that hands each request to the app a fixture set (schemathesis reads the
    document when this module is imported, pytest builds the sample register later)."""

    app = None

    async def __call__(self, scope, receive, send) -> None:
        await self.app(scope, receive, send)


def _document_app():
    """The app over an empty register: enough to serve /openapi.json at import time."""
    folder = Path(tempfile.mkdtemp(prefix="kerjasama-openapi-"))
    try:
        return create_app(str(folder / "empty.db"), secret="x" * 32, secure_cookies=False)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


FORWARD = _Forward()
FORWARD.app = _document_app()
schema = schemathesis.openapi.from_asgi("/openapi.json", FORWARD, config=CONFIG)


@pytest.fixture(scope="module", autouse=True)
def sample_register(template_db, tmp_path_factory):
    db = tmp_path_factory.mktemp("openapi") / "web.db"
    shutil.copyfile(template_db, db)
    FORWARD.app = create_app(str(db), secret="y" * 32, secure_cookies=False)
    yield
    FORWARD.app = None


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=not LONG_RUN, database=None)
def test_api_agrees_with_its_document(case) -> None:
    case.call_and_validate()


def test_document_names_the_codes_and_media_types_the_handlers_use(client) -> None:
    doc = client.get("/openapi.json").json()
    paths = doc["paths"]
    invalid = {"$ref": "#/components/schemas/ErrorBody"}
    for path, operations in paths.items():
        for operation in operations.values():
            responses = operation["responses"]
            if path.startswith("/api"):  # the API answers a bad request with 422 and ErrorBody
                assert "400" not in responses or operation.get("requestBody"), path
                if "422" in responses:
                    assert responses["422"]["content"]["application/json"]["schema"] == invalid
            else:  # pages, exports and forms answer it with 400 and an HTML page
                assert "422" not in responses, path
    assert "HTTPValidationError" not in doc["components"]["schemas"]
    export = paths["/export/register.{fmt}"]["get"]["responses"]
    assert "text/html" in export["400"]["content"] and "text/csv" in export["200"]["content"]
    assert client.get("/export/register.csv", params={"year": 0}).status_code == 400
    assert client.get("/api/search", params={"year": 0}).status_code == 422
    login = paths["/login"]["post"]["responses"]
    assert {"303", "400", "401", "403", "429"} <= set(login) and "200" not in login
    assert set(paths["/logout"]["post"]["responses"]) >= {"303", "403"}
    assert "401" in paths["/api/review/queue"]["get"]["responses"]
    assert client.get("/api/review/queue").status_code == 401
    corrections = paths["/api/review/corrections"]["get"]["responses"]["200"]["content"]
    assert list(corrections) == ["application/x-ndjson"]


def test_method_not_allowed_lists_every_method_of_the_path(client) -> None:
    answer = client.request("PUT", "/login")
    assert answer.status_code == 405
    assert answer.headers["allow"] == "GET, POST"
