from django.dispatch import Signal

# Sent when a rule's verdict is REJECT (kwargs: comment, at the revision triage read;
# reason, the rule's Terms of Use reason code; rule, its code; explanation). Triage
# only advises: the moderation app receives it and rejects the comment through its
# actions, so the decision is audited like any other and triage needs no desk.
rule_rejected = Signal()
