from django.urls import path, re_path

from .views import (
    audit,
    ban,
    bulk,
    dashboard,
    decisions,
    detail,
    language,
    queues,
    undo,
    words,
)

# What a moderator does to one comment: each posts to comments/<id>/<action>/.
COMMENT_ACTIONS = (
    ("approve", decisions.approve),
    ("reject", decisions.reject),
    ("edit", decisions.edit),
    ("restore", decisions.restore),
    ("dismiss_reports", decisions.dismiss_reports),
    ("ban", ban.ban),
)
AUDIT_EXPORTS = (
    ("csv", audit.audit_csv),
    ("xlsx", audit.audit_xlsx),
    ("json", audit.audit_json),
)

app_name = "moderation"
urlpatterns = [
    path("", dashboard.dashboard, name="dashboard"),
    re_path(
        r"^queue/(?P<queue>pending|reported|approved|rejected|all)/$",
        queues.queue,
        name="queue",
    ),
    path("bulk/", bulk.bulk, name="bulk"),
    path("bulk/matching/", bulk.bulk_matching, name="bulk_matching"),
    path("undo/", undo.undo, name="undo"),
    path("comments/<id:pk>/", detail.comment, name="comment"),
    *(
        path(f"comments/<id:pk>/{name.replace('_', '-')}/", view, name=name)
        for name, view in COMMENT_ACTIONS
    ),
    path("words/", words.word_list, name="word_list"),
    path("language/", language.choose_language, name="language"),
    path("audit/", audit.audit, name="audit"),
    *(
        path(f"audit.{kind}", view, name=f"audit_{kind}")
        for kind, view in AUDIT_EXPORTS
    ),
]
