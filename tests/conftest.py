"""Hypothesis profiles: ``ci`` (the default, a few seconds a test) and ``fuzz`` (long, on demand).

    HYPOTHESIS_PROFILE=fuzz .venv/bin/pytest tests/test_property.py --hypothesis-show-statistics
"""

import os

from hypothesis import HealthCheck, settings

_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]
settings.register_profile("ci", max_examples=100, deadline=None, suppress_health_check=_QUIET)
settings.register_profile("fuzz", max_examples=20_000, deadline=None, suppress_health_check=_QUIET)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
