"""A per-IP rate limit counted in Django's default cache.

The window starts with an address's first request and the count expires with it. The address is
REMOTE_ADDR: a site behind a proxy must set it from the proxy's header (in the proxy or a
middleware) — trusting X-Forwarded-For here would let anyone pick their own address.
"""

from django.core.cache import cache


def client_address(request):
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def allow(request, scope, limit):
    """Count one request of ``scope`` from the client; False once ``limit`` (count, seconds) is
    used up. ``limit`` None: always allowed."""
    if not limit:
        return True
    count, seconds = limit
    key = f"pbgdpl:throttle:{scope}:{client_address(request)}"
    if cache.add(key, 1, timeout=seconds):
        return count >= 1
    try:
        used = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=seconds)
        used = 1
    return used <= count
