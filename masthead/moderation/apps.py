from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModerationConfig(AppConfig):
    name = "masthead.moderation"
    label = "moderation"
    verbose_name = _("Moderation")

    def ready(self):
        self.audit_settings_changes()
        self.let_seated_moderators_sign_in()
        self.end_keys_of_deactivated_users()
        self.reject_what_triage_rejects()

    def audit_settings_changes(self):
        from django.db.models.signals import post_delete, post_save

        from .wagtail_hooks import (
            SETTINGS_MODELS,
            log_settings_change,
            log_settings_deletion,
        )

        for model in SETTINGS_MODELS:
            uid = f"masthead-settings-audit-{model._meta.model_name}"
            post_save.connect(log_settings_change, sender=model, dispatch_uid=uid)
            post_delete.connect(log_settings_deletion, sender=model, dispatch_uid=uid)

    def let_seated_moderators_sign_in(self):
        from django.db.models.signals import post_save

        from .accounts import grant_seated_user_desk_access
        from .models import DeskAssignment

        post_save.connect(
            grant_seated_user_desk_access,
            sender=DeskAssignment,
            dispatch_uid="masthead-desk-access",
        )

    def end_keys_of_deactivated_users(self):
        from django.contrib.auth import get_user_model
        from django.db.models.signals import post_save

        from .keys import revoke_keys_of_deactivated_user

        post_save.connect(
            revoke_keys_of_deactivated_user,
            sender=get_user_model(),
            dispatch_uid="masthead-deactivated-keys",
        )

    def reject_what_triage_rejects(self):
        from masthead.triage.signals import rule_rejected

        from .actions import reject_on_rule

        rule_rejected.connect(reject_on_rule, dispatch_uid="masthead-triage-reject")
