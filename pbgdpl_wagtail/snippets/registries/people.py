"""Choices about people that several registries record."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Gender(models.TextChoices):
    MALE = "nam", _("Male")
    FEMALE = "nu", _("Female")
