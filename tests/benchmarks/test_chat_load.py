"""The load benchmark names the processes it measures, by their command lines."""

from __future__ import annotations

import os

import pytest

from benchmarks.chat_load import describe, process_name

PY = "/work/main/.venv/bin/python"


@pytest.mark.parametrize("command,name", [
    # today's entry points (scripts/services.sh, scripts/cluster.sh, docker-compose.yml)
    (f"{PY} -m actions --port 5055", "actions:5055"),
    ("python -m actions --interface 0.0.0.0 --port 5055", "actions:5055"),
    (f"{PY} -m bot run --model models/current.tar.gz --interface 127.0.0.1 --port 5006 "
     "--credentials credentials.yml --endpoints endpoints.cluster.yml", "rasa:5006"),
    (f"{PY} -m web.server", "web"),
    # the commands before them
    (f"{PY} -m rasa_sdk --actions actions --port 5055", "actions:5055"),
    (f"{PY} /work/main/.venv/bin/rasa run actions --port 5055", "actions:5055"),
    (f"{PY} /work/main/.venv/bin/rasa run --enable-api --port 5005", "rasa:5005"),
    ("rasa run --port 5005", "rasa:5005"),
    (f"{PY} -m rasa run --port 5007", "rasa:5007"),
    # the rest
    (f"{PY} -m bot train", "python"),
    (f"{PY} -m actions_helper --port 1", "python"),
    ("", ""),
])
def test_process_names(command, name):
    assert process_name(command.split()) == name


def test_nginx_and_redis_by_their_process_titles():
    """They rewrite their command line into one word with spaces."""
    assert process_name(["nginx: master process nginx -c var/cluster/nginx.conf"]) == "nginx master"
    assert process_name(["nginx: worker process"]) == "nginx worker"
    assert process_name(["/usr/bin/redis-server 127.0.0.1:6380"]) == "redis 6380"


def test_describe_reads_the_command_line_of_a_live_process():
    assert describe(os.getpid())  # this pytest process: some name, never an error
    assert describe(2 ** 22 + 1) == f"pid {2 ** 22 + 1}"  # above pid_max: no such process
