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
    path("comments/<id:pk>/approve/", decisions.approve, name="approve"),
    path("comments/<id:pk>/reject/", decisions.reject, name="reject"),
    path("comments/<id:pk>/edit/", decisions.edit, name="edit"),
    path("comments/<id:pk>/restore/", decisions.restore, name="restore"),
    path(
        "comments/<id:pk>/dismiss-reports/",
        decisions.dismiss_reports,
        name="dismiss_reports",
    ),
    path("comments/<id:pk>/ban/", ban.ban, name="ban"),
    path("words/", words.word_list, name="word_list"),
    path("language/", language.choose_language, name="language"),
    path("audit/", audit.audit, name="audit"),
    path("audit.csv", audit.audit_csv, name="audit_csv"),
    path("audit.xlsx", audit.audit_xlsx, name="audit_xlsx"),
    path("audit.json", audit.audit_json, name="audit_json"),
]
