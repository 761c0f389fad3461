"""The CLI's progress bar shows on a terminal and stays silent in a pipe."""

from __future__ import annotations

import os
import pty

from eventmap.cli.progress import ProgressBar


def _read_all(fd: int) -> str:
    chunks = []
    while True:
        try:
            data = os.read(fd, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
        if len(data) < 65536:
            break
    return b"".join(chunks).decode(errors="replace")


def test_a_terminal_sees_the_bar() -> None:
    master, slave = pty.openpty()
    with os.fdopen(slave, "w") as terminal:
        bar = ProgressBar("locating meetings", stream=terminal)
        assert bar.live
        for done in (0, 3, 7, 10):
            bar(done, 10)
        terminal.flush()
        shown = _read_all(master)
    os.close(master)
    assert "locating meetings" in shown and "/10 [" in shown  # drawn, then cleared at the end


def test_a_pipe_gets_nothing(tmp_path) -> None:
    with open(tmp_path / "err.txt", "w") as pipe:
        bar = ProgressBar(stream=pipe)
        bar(5, 10)
        bar(10, 10)
    assert not bar.live and (tmp_path / "err.txt").read_text() == ""


def test_the_cli_prints_no_bar_when_stderr_is_not_a_terminal(capsys, seed_path) -> None:
    from eventmap.cli import main

    assert main(["geocode", str(seed_path)]) == 0
    err = capsys.readouterr().err
    assert "locating meetings" not in err and "\r" not in err
