"""Per-client throttling of the public API, at the rate ``PBGDPL["API_THROTTLE_RATE"]``."""

from rest_framework.throttling import SimpleRateThrottle

from ..conf import pbgdpl_settings


class PbgdplAPIThrottle(SimpleRateThrottle):
    """Counts requests per IP address (DRF's ``get_ident``: REMOTE_ADDR, or X-Forwarded-For when
    DRF's ``NUM_PROXIES`` is set) in the default cache, every endpoint together."""

    scope = "pbgdpl_api"

    def get_rate(self):
        # Read on every request, so a changed setting (and override_settings) applies at once.
        return pbgdpl_settings.API_THROTTLE_RATE

    def allow_request(self, request, view):
        self.rate = self.get_rate()
        if self.rate is None:
            return True
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request, view)

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}
