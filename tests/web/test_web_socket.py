"""The socket `kerjasama serve` listens on: connections answered without Nagle's wait."""

from __future__ import annotations

import asyncio
import socket

from kerjasama.web.commands import listening_socket


def _nodelay_of_accepted(sock: socket.socket) -> int:
    """TCP_NODELAY of the connection asyncio accepts on `sock` (as uvicorn serves it)."""

    async def run() -> int:
        accepted: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        class Probe(asyncio.Protocol):
            def connection_made(self, transport: asyncio.BaseTransport) -> None:
                peer = transport.get_extra_info("socket")
                accepted.set_result(peer.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
                transport.close()

        server = await asyncio.get_running_loop().create_server(Probe, sock=sock)
        try:
            host, port = sock.getsockname()[:2]
            _, writer = await asyncio.open_connection(host, port)
            value = await asyncio.wait_for(accepted, 10)
            writer.close()
            return value
        finally:
            server.close()
            await server.wait_closed()

    return asyncio.run(run())


def test_connections_to_the_served_socket_send_responses_at_once():
    # Without TCP_NODELAY a response written as headers then body waits ~40 ms per request
    # on a kept-alive connection for the client's delayed acknowledgement.
    sock = listening_socket("127.0.0.1", 0)
    assert sock.proto == socket.IPPROTO_TCP
    assert _nodelay_of_accepted(sock) != 0


def test_a_plain_socket_would_not_get_it():
    # What the test guards against: asyncio leaves a socket made without the protocol alone.
    plain = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    plain.bind(("127.0.0.1", 0))
    assert _nodelay_of_accepted(plain) == 0
