"""A JupyterLab server for browser tests: temporary dirs, a free port, no news, no update checks."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def ensure_chromium() -> Path:
    """Debian's chromium, installed with apt-get when missing and we are root; else skip."""
    if not CHROMIUM.exists() and hasattr(os, "geteuid") and os.geteuid() == 0:
        apt = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-q"], check=False, env=apt, capture_output=True)
        subprocess.run(
            ["apt-get", "install", "-y", "-q", "chromium"],
            check=False,
            env=apt,
            capture_output=True,
        )
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is missing and cannot be installed (not root?)")
    return CHROMIUM


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Lab:
    """A running JupyterLab: its base URL, token and folder of notebooks."""

    url: str
    token: str
    root: Path
    process: subprocess.Popen[bytes]
    log: Path

    def notebook_url(self, name: str) -> str:
        """The URL opening notebook ``name`` alone, in a fresh workspace of its own."""
        workspace = Path(name).stem
        return f"{self.url}/lab/workspaces/{workspace}/tree/{name}?reset&token={self.token}"

    def stop(self) -> None:
        """Stop the server (and the kernels it started)."""
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


def _write_config(config: Path) -> None:
    (config / "labconfig").mkdir(parents=True)
    server = {
        "LabApp": {
            "news_url": None,
            "check_for_updates_class": "jupyterlab.NeverCheckForUpdate",
        },
        "ServerApp": {"open_browser": False},
    }
    (config / "jupyter_server_config.json").write_text(json.dumps(server), encoding="utf-8")
    page = {"disabledExtensions": {"@jupyterlab/apputils-extension:announcements": True}}
    (config / "labconfig" / "page_config.json").write_text(json.dumps(page), encoding="utf-8")


def start_lab(workdir: Path, notebooks: list[Path], env: dict[str, str] | None = None) -> Lab:
    """Start JupyterLab on 127.0.0.1 over copies of ``notebooks`` in ``workdir/notebooks``."""
    root = workdir / "notebooks"
    root.mkdir(parents=True)
    for notebook in notebooks:
        shutil.copy(notebook, root / notebook.name)
    jupyter = {name: workdir / name for name in ("config", "data", "runtime", "settings", "ws")}
    for folder in jupyter.values():
        folder.mkdir(exist_ok=True)
    _write_config(jupyter["config"])
    tracker = jupyter["settings"] / "@jupyterlab" / "notebook-extension"
    tracker.mkdir(parents=True)
    # start the notebook's kernel without asking (no "Select Kernel" dialog)
    (tracker / "tracker.jupyterlab-settings").write_text(
        json.dumps({"autoStartDefaultKernel": True}), encoding="utf-8"
    )
    port, token = free_port(), "polemos-browser-test"
    environment = {
        **os.environ,
        **(env or {}),
        "JUPYTER_CONFIG_DIR": str(jupyter["config"]),
        "JUPYTER_DATA_DIR": str(jupyter["data"]),
        "JUPYTER_RUNTIME_DIR": str(jupyter["runtime"]),
        "JUPYTER_PLATFORM_DIRS": "1",
    }
    log = workdir / "jupyterlab.log"
    command = [
        sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
        f"--ServerApp.root_dir={root}", f"--IdentityProvider.token={token}",
        f"--LabApp.user_settings_dir={jupyter['settings']}",
        f"--LabApp.workspaces_dir={jupyter['ws']}",
        "--LabApp.extension_manager=readonly",
    ]  # fmt: skip
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")
    with log.open("wb") as out:
        process = subprocess.Popen(command, env=environment, stdout=out, stderr=subprocess.STDOUT)
    lab = Lab(f"http://127.0.0.1:{port}", token, root, process, log)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"JupyterLab exited: {log.read_text(errors='replace')[-2000:]}")
        try:
            with urllib.request.urlopen(f"{lab.url}/api/status?token={token}", timeout=2):
                return lab
        except OSError:
            time.sleep(0.5)
    lab.stop()
    raise RuntimeError(f"JupyterLab did not start: {log.read_text(errors='replace')[-2000:]}")
