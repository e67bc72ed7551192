"""Send alerts: a signed JSON POST per alert to a webhook, and one e-mail digest by SMTP.

The webhook body is signed with HMAC-SHA256 of the secret over the exact bytes sent, in
`X-Kerjasama-Signature: sha256=<hex>`, so a receiver can check it came from this register.
Network errors and 5xx answers are retried with backoff; an alert is marked sent only on 2xx,
so one that could not be delivered goes out with the next run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import smtplib
import time
from dataclasses import dataclass
from email.message import EmailMessage

import httpx
from sqlalchemy import Connection, delete, select, update

from kerjasama.record import Article
from kerjasama.store.store import Store, WriteSummary
from kerjasama.store.watch_tables import alerts, settings
from kerjasama.watch.alerts import alert_payload
from kerjasama.watch.fetch import USER_AGENT
from kerjasama.watch.secrets import KEYS as SECRET_KEYS
from kerjasama.watch.secrets import SecretsError, read_secret, write_secret
from kerjasama.watch.sources import now_iso

SETTING_KEYS = (
    "webhook_url",
    "smtp_host",
    "smtp_port",
    "smtp_starttls",
    "smtp_user",
    "email_from",
    "email_to",
    "email_every",
    "email_last_sent",
)


@dataclass
class Delivery:
    webhook_sent: int = 0
    webhook_failed: int = 0
    emailed: int = 0
    error: str | None = None


def read_settings(conn: Connection) -> dict[str, str]:
    return dict(conn.execute(select(settings.c.key, settings.c.value)).all())


def write_settings(store: Store, values: dict[str, str | None]) -> None:
    """Set (or, with None, clear) alert delivery settings. The secrets (webhook_secret,
    smtp_password) never reach the database: they go to the 0600 secrets file."""
    values = dict(values)
    for key in SECRET_KEYS:
        if key in values:
            write_secret(key, values.pop(key))
    with store.engine.begin() as conn:
        for key, value in values.items():
            conn.execute(delete(settings).where(settings.c.key == key))
            if value is not None:
                conn.execute(settings.insert().values(key=key, value=str(value)))


def alert_after_writes(
    store: Store, records: list[Article], summary: WriteSummary | None, *, on_warning=None
) -> int:
    """After a batch run of `ingest` or `watch` and its partnership refresh: alerts for the
    records written for the first time (per `summary`; all `records` without one) and for
    what changed in the partnerships, then send what is pending. Nothing to do while nothing
    is followed (a first follow takes its own snapshot). Returns the number of alerts made."""
    from kerjasama.watch.alerts import list_follows, make_alerts

    if not list_follows(store):
        return 0
    if summary is not None:
        fresh = set(summary.new_ids)
        records = [r for r in records if r.id in fresh]
    made = make_alerts(store, records)
    sent = deliver(store)
    if on_warning is not None:
        if sent.error:
            on_warning(sent.error)
        if sent.webhook_failed:
            on_warning(f"{sent.webhook_failed} alert(s) not accepted by the webhook")
    return made


def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def deliver(store: Store, *, retries: int = 3, backoff_s: float = 1.0) -> Delivery:
    """Send what has not been sent: each alert to the webhook, all of them in one e-mail."""
    result = Delivery()
    with store.engine.connect() as conn:
        config = read_settings(conn)
    if config.get("webhook_url"):
        try:
            _send_webhooks(store, config, result, retries, backoff_s)
        except SecretsError as exc:
            result.error = f"webhook not called: {exc}"
    if config.get("smtp_host") and config.get("email_to"):
        _send_digest(store, config, result)
    return result


def _pending(store: Store, column) -> list:
    with store.engine.connect() as conn:
        return conn.execute(select(alerts).where(column.is_(None)).order_by(alerts.c.id)).all()


def _send_webhooks(store, config, result: Delivery, retries: int, backoff_s: float) -> None:
    secret = read_secret("webhook_secret") or ""
    with httpx.Client(timeout=10.0, headers={"User-Agent": USER_AGENT}) as client:
        for row in _pending(store, alerts.c.webhook_sent_at):
            body = json.dumps(alert_payload(row), ensure_ascii=False, sort_keys=True).encode()
            headers = {
                "Content-Type": "application/json",
                "X-Kerjasama-Event": row.kind,
                "X-Kerjasama-Delivery": str(row.id),
                "X-Kerjasama-Signature": sign(secret, body),
            }
            if _post(client, config["webhook_url"], body, headers, retries, backoff_s):
                with store.engine.begin() as conn:
                    conn.execute(
                        update(alerts)
                        .where(alerts.c.id == row.id)
                        .values(webhook_sent_at=now_iso())
                    )
                result.webhook_sent += 1
            else:
                result.webhook_failed += 1


def _post(client: httpx.Client, url, body, headers, retries: int, backoff_s: float) -> bool:
    for attempt in range(retries + 1):
        try:
            response = client.post(url, content=body, headers=headers)
        except httpx.HTTPError:
            response = None
        if response is not None and response.status_code < 300:
            return True
        if response is not None and response.status_code < 500:
            return False  # the receiver refused it: retrying will not help
        if attempt < retries:
            time.sleep(backoff_s * 2**attempt)
    return False


def _send_digest(store: Store, config: dict[str, str], result: Delivery) -> None:
    if config.get("email_every") == "day" and config.get("email_last_sent"):
        last = dt.datetime.fromisoformat(config["email_last_sent"])
        if dt.datetime.now(dt.UTC) - last < dt.timedelta(days=1):
            return
    rows = _pending(store, alerts.c.email_sent_at)
    if not rows:
        return
    message = EmailMessage()
    message["Subject"] = f"kerjasama: {len(rows)} alert(s)"
    message["From"] = config.get("email_from", "kerjasama@localhost")
    message["To"] = config["email_to"]
    lines = [f"{len(rows)} new alert(s) from the kerjasama register:", ""]
    for row in rows:
        lines.append(f"- [{row.kind}] {row.summary}")
        payload = json.loads(row.data)
        if payload.get("url"):
            lines.append(f"  {payload['url']}")
    message.set_content("\n".join(lines) + "\n")
    try:
        with smtplib.SMTP(config["smtp_host"], int(config.get("smtp_port", 25)), timeout=20) as s:
            if config.get("smtp_starttls") == "yes":
                s.starttls()
            if config.get("smtp_user"):
                s.login(config["smtp_user"], read_secret("smtp_password") or "")
            s.send_message(message)
    except (OSError, smtplib.SMTPException, SecretsError) as exc:
        result.error = f"e-mail digest not sent: {exc.__class__.__name__}: {exc}"
        return
    now = now_iso()
    with store.engine.begin() as conn:
        conn.execute(
            update(alerts).where(alerts.c.id.in_([r.id for r in rows])).values(email_sent_at=now)
        )
        conn.execute(delete(settings).where(settings.c.key == "email_last_sent"))
        conn.execute(settings.insert().values(key="email_last_sent", value=now))
    result.emailed = len(rows)
