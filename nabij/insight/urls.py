from django.urls import path

from nabij.insight.views import dashboard, four, network

app_name = "insight"

urlpatterns = [
    path("", dashboard.dashboard, name="dashboard"),
    path("export/", dashboard.dashboard_csv, name="export"),
    path("network/", network.network, name="network"),
    path("four/", four.network_of_four, name="network_of_four"),
]
