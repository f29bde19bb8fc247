from django.urls import path

from nabij.aid.views import batch, matches, notifications, offers, outreach, requests

app_name = "aid"

urlpatterns = [
    path("", requests.request_list, name="request_list"),
    path("requests/new/", requests.request_new, name="request_new"),
    path("requests/<int:pk>/", requests.request_detail, name="request_detail"),
    path("requests/<int:pk>/close/", requests.request_close_view, name="request_close"),
    path("requests/<int:pk>/propose/", matches.match_propose_view, name="match_propose"),
    path("requests/<int:pk>/veto/", matches.veto_view, name="request_veto"),
    path("matches/<int:pk>/approve/", matches.match_approve_view, name="match_approve"),
    path("matches/<int:pk>/withdraw/", matches.match_withdraw_view, name="match_withdraw"),
    path("matches/<int:pk>/close/", matches.match_close_view, name="match_close"),
    path("matches/<int:pk>/note/", matches.match_note_view, name="match_note"),
    path("matches/<int:pk>/respond/", matches.match_respond_view, name="match_respond"),
    path("mine/", matches.my_help, name="my_help"),
    path("offers/", offers.offer_list, name="offer_list"),
    path("offers/new/", offers.offer_new, name="offer_new"),
    path("offers/mine/", offers.offer_mine, name="offer_mine"),
    path("offers/<int:pk>/vet/", offers.offer_vet_view, name="offer_vet"),
    path("batch/", batch.batch, name="batch"),
    path("calls/", outreach.calls, name="calls"),
    path("calls/pdf/", outreach.calls_pdf, name="calls_pdf"),
    path("calls/<int:pk>/", outreach.call_new, name="call_record"),
    path("notifications/", notifications.notifications, name="notifications"),
    path(
        "notifications/<int:pk>/read/",
        notifications.notification_read,
        name="notification_read",
    ),
]
