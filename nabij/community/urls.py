from django.urls import path

from nabij.community.views import dashboard, groups, members, organisations

app_name = "community"

urlpatterns = [
    path("", dashboard.dashboard, name="dashboard"),
    path("figures/", dashboard.figures, name="figures"),
    path("audit/", dashboard.audit, name="audit"),
    path("me/", members.me, name="me"),
    path("members/", members.member_list, name="member_list"),
    path("members/new/", members.member_new, name="member_new"),
    path("members/<int:pk>/", members.member_detail, name="member_detail"),
    path("members/<int:pk>/edit/", members.member_edit, name="member_edit"),
    path("members/<int:pk>/privacy/", members.member_privacy, name="member_privacy"),
    path("members/<int:pk>/export/", members.member_export, name="member_export"),
    path("members/<int:pk>/erase/", members.member_erase, name="member_erase"),
    path("members/<int:pk>/buddy/", members.member_buddy, name="member_buddy"),
    path("contacts/<int:pk>/", members.contact_card, name="contact_card"),
    path("groups/", groups.group_list, name="group_list"),
    path("groups/<int:pk>/", groups.group_detail, name="group_detail"),
    path("groups/<int:pk>/members/", groups.group_member_add, name="group_member_add"),
    path("events/", groups.event_list, name="event_list"),
    path("events/<int:pk>/", groups.event_detail, name="event_detail"),
    path("events/<int:pk>/attendance/", groups.event_attendance_add, name="event_attendance_add"),
    path("organisations/", organisations.organisation_list, name="organisation_list"),
    path(
        "organisations/<int:pk>/",
        organisations.organisation_detail,
        name="organisation_detail",
    ),
    path(
        "organisations/<int:pk>/partners/",
        organisations.partner_appoint,
        name="partner_appoint",
    ),
]
