"""django-csp with a second policy for the admin (settings.CONTENT_SECURITY_POLICY_ADMIN)."""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        prefixes = getattr(settings, "CONTENT_SECURITY_POLICY_ADMIN_PREFIXES", ())
        if not report_only and parts.config is None and request.path_info.startswith(prefixes):
            return PolicyParts(
                settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"],
                parts.update,
                parts.replace,
                parts.nonce,
            )
        return parts
