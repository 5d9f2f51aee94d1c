"""WebConfig: defaults, environment, refusing unusable URLs."""

from __future__ import annotations

from pathlib import Path

import pytest

from web.config import DEFAULT_EXIT_URL, WebConfig, origin_of


def test_defaults_from_an_empty_environment():
    config = WebConfig.from_env({})
    assert (config.host, config.port) == ("127.0.0.1", 8080)
    assert config.public_url == "http://127.0.0.1:8080"
    assert config.rasa_url == "http://127.0.0.1:5005"
    assert config.exit_url == DEFAULT_EXIT_URL == "https://www.dmi.dk/"
    assert config.allowed_origins == ("http://localhost:8080", "http://127.0.0.1:8080")


def test_values_from_the_environment():
    config = WebConfig.from_env({
        "WEB_PORT": "8180", "RASA_URL": "https://chat.example.dk/", "EXIT_URL": "https://www.dr.dk/",
        "CORS_ORIGINS": "https://www.vejle.dk  https://skole.example", "KNOWLEDGE_DIR": "/tmp/k",
        "WEB_PUBLIC_URL": "https://widget.example.dk/"})
    assert config.port == 8180
    assert config.rasa_url == "https://chat.example.dk" and config.rasa_origin == config.rasa_url
    assert config.public_url == "https://widget.example.dk"
    assert config.exit_url == "https://www.dr.dk/"
    assert config.allowed_origins == ("https://www.vejle.dk", "https://skole.example")
    assert config.knowledge_dir == Path("/tmp/k")


def test_public_url_follows_the_port_by_default():
    assert WebConfig.from_env({"WEB_PORT": "8180"}).public_url == "http://127.0.0.1:8180"


@pytest.mark.parametrize("name", ["EXIT_URL", "RASA_URL", "WEB_PUBLIC_URL"])
@pytest.mark.parametrize("value", ["javascript:alert(1)", "ftp://x", "www.dmi.dk", ""])
def test_unusable_urls_stop_start_up(name, value):
    with pytest.raises(ValueError):
        WebConfig.from_env({name: value})


def test_origin_of():
    assert origin_of("http://127.0.0.1:5005/webhooks/web") == "http://127.0.0.1:5005"
    assert origin_of("https://chat.example.dk") == "https://chat.example.dk"
