from django.urls import path

from . import views

app_name = "comments"
urlpatterns = [
    path("post/<id:article_id>/", views.post_comment, name="post"),
    path("<id:comment_id>/report/", views.report_comment, name="report"),
    path("confirm-email/<str:token>/", views.confirm_email, name="confirm-email"),
]
