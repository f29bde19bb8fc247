from django.urls import path

from nabij.repair.views import items, sessions, totals

app_name = "repair"

urlpatterns = [
    path("", sessions.session_list, name="session_list"),
    path("sessies/<int:pk>/", sessions.session_detail, name="session_detail"),
    path("voorwerpen/<int:pk>/", items.item_outcome, name="item_outcome"),
    path("cijfers/", totals.totals, name="totals"),
    path("publiek/", totals.public_summary, name="public_summary"),
]
