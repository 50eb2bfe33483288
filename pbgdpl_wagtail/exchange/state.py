"""Where a push to an exchange endpoint got to, so that the next run goes on from there."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ExchangePushState(models.Model):
    """The last local change a push to ``url`` delivered: (change time, primary key)."""

    url = models.URLField(_("endpoint"), max_length=500, unique=True)
    pushed_until = models.DateTimeField(_("pushed up to"), null=True, blank=True)
    pushed_until_pk = models.PositiveBigIntegerField(default=0)
    pushed_at = models.DateTimeField(_("last push"), auto_now=True)

    class Meta:
        verbose_name = _("exchange push state")
        verbose_name_plural = _("exchange push states")

    def __str__(self):
        return self.url
