"""Files, pipes, devices and standard input: at most the size limit plus one byte is ever read."""

from __future__ import annotations

import io
import os
import resource
import subprocess
import sys
import threading
import time

import pytest

from eventmap.errors import ListingError
from eventmap.ingest.text import read_listing_file

MEMORY_LIMIT = 1024 * 1024 * 1024  # address space for the child: far less than /dev/zero


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def test_parse_dev_zero_under_a_memory_limit_exits_with_one_line_within_seconds() -> None:
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "eventmap", "parse", "/dev/zero"],
        capture_output=True,
        text=True,
        preexec_fn=_limit_memory,
        timeout=60,
    )
    elapsed = time.monotonic() - started
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "larger than the limit" in done.stderr
    assert elapsed < 15, elapsed


def test_a_pipe_larger_than_the_limit_is_refused_after_limit_plus_one_bytes(monkeypatch) -> None:
    monkeypatch.setenv("EVENTMAP_MAX_LISTING_BYTES", "100000")
    read_fd, write_fd = os.pipe()
    written = 0

    def writer() -> None:
        nonlocal written
        chunk = b"x" * 4096
        try:
            while written < 50_000_000:
                written += os.write(write_fd, chunk)
        except BrokenPipeError:
            pass
        finally:
            os.close(write_fd)

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    with pytest.raises(ListingError, match="larger than the limit"):
        read_listing_file(f"/dev/fd/{read_fd}")
    os.close(read_fd)  # the writer gets EPIPE: nothing more is read
    thread.join(5)
    assert not thread.is_alive()
    assert written < 100_001 + 1_000_000  # the limit, plus at most what the pipe buffered


def test_dash_reads_standard_input_with_the_same_limit(monkeypatch, seed_text) -> None:
    monkeypatch.setenv("EVENTMAP_MAX_LISTING_BYTES", "1000000")
    data = seed_text.encode()
    assert read_listing_file("-", stdin=io.BytesIO(data)) == seed_text
    with pytest.raises(ListingError, match="standard input: the listing is larger"):
        read_listing_file("-", stdin=io.BytesIO(b"a" * 1_000_001))


def test_cli_parse_reads_standard_input(seed_text) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "eventmap", "parse", "-"],
        input=seed_text,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert '"meetings"' in done.stdout and "Ann Arbor" in done.stdout
