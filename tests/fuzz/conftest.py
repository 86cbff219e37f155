"""The fuzz tests' shared pieces: the hostile strategies and checks (``hostile.py``)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest


def _load_hostile() -> ModuleType:
    name = "partnerbook_fuzz_hostile"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("hostile.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


HOSTILE = _load_hostile()


@pytest.fixture
def hostile() -> ModuleType:
    return HOSTILE
