"""The citizen's forms: ask a question, look up its status.

Validation happens here, on the server, with messages in the reader's language; the honeypot
field is hidden from people (CSS and ``aria-hidden``) and only bots fill it in.
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ..snippets.questions import CODE_PATTERN, AskerType
from .attachments import AttachmentsField

HONEYPOT = "website"
PHONE = re.compile(r"^\+?[0-9][0-9 .\-]{7,18}$")


def normalise_phone(value):
    digits = re.sub(r"\D", "", value or "")
    return "0" + digits[2:] if digits.startswith("84") and len(digits) > 10 else digits


class AskQuestionForm(forms.Form):
    asker_name = forms.CharField(label=_("Full name"), max_length=150)
    asker_type = forms.ChoiceField(
        label=_("You are asking as"), choices=AskerType.choices, initial=AskerType.PERSON
    )
    asker_email = forms.EmailField(label=_("Email"), required=False)
    asker_phone = forms.CharField(label=_("Telephone"), max_length=20, required=False)
    asker_address = forms.CharField(label=_("Address"), max_length=255, required=False)
    legal_field = forms.ModelChoiceField(label=_("Legal field"), queryset=None)
    title = forms.CharField(label=_("Title"), max_length=255)
    text = forms.CharField(label=_("Your question"), max_length=5000, widget=forms.Textarea)
    attachments = AttachmentsField()
    show_initials = forms.BooleanField(
        label=_("The initials of my name may be shown with the published answer"),
        required=False,
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that my personal data is processed to answer this question. It is never "
            "published."
        ),
        error_messages={"required": _("Agree to the processing of your data to send a question.")},
    )
    # Ties a submission to the form it came from, so that sending it twice saves it once.
    submission = forms.UUIDField(widget=forms.HiddenInput)
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, legal_fields, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["legal_field"].queryset = legal_fields
        self.fields["legal_field"].empty_label = _("Choose a field")
        self.fields[HONEYPOT].widget.attrs.update(
            {"autocomplete": "off", "tabindex": "-1", "class": "pbgdpl-honeypot__input"}
        )

    @property
    def is_spam(self):
        return bool(self.data.get(HONEYPOT))

    def clean_asker_phone(self):
        value = self.cleaned_data["asker_phone"].strip()
        if value and (not PHONE.match(value) or not 9 <= len(normalise_phone(value)) <= 11):
            raise ValidationError(gettext("Enter a telephone number, such as 0912 345 678."))
        return value

    def clean_asker_name(self):
        value = " ".join(self.cleaned_data["asker_name"].split())
        if not value:
            raise ValidationError(gettext("Enter your full name."))
        return value

    def clean(self):
        cleaned = super().clean()
        missing = not cleaned.get("asker_email") and not cleaned.get("asker_phone")
        if missing and "asker_email" not in self.errors and "asker_phone" not in self.errors:
            self.add_error(
                "asker_email",
                gettext("Give an email address or a telephone number so that we can reply."),
            )
        return cleaned


class TrackQuestionForm(forms.Form):
    code = forms.CharField(label=_("Tracking code"), max_length=24)
    contact = forms.CharField(label=_("Email or telephone given with the question"), max_length=254)

    def clean_code(self):
        value = self.cleaned_data["code"].strip().upper()
        if not CODE_PATTERN.match(value):
            raise ValidationError(gettext("Enter the code as it was given, e.g. HD-20260305-001."))
        return value

    def matches(self, question):
        """Whether the contact entered is the email or the telephone given with ``question``."""
        contact = self.cleaned_data["contact"].strip()
        if "@" in contact:
            return bool(question.asker_email) and contact.lower() == question.asker_email.lower()
        digits = normalise_phone(contact)
        return bool(digits) and digits == normalise_phone(question.asker_phone)
