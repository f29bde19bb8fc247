"""The open catalogue of practices: public practices of every place, read-only."""

from django.urls import path

from nabij.practices.views import catalogue

app_name = "catalogue"

urlpatterns = [
    path("", catalogue.catalogue, name="list"),
    path("uitvoer.json", catalogue.export_json, name="export_json"),
    path("uitvoer.csv", catalogue.export_csv, name="export_csv"),
    path("<int:pk>/", catalogue.practice, name="detail"),
    path("bijlagen/<int:pk>/", catalogue.attachment, name="attachment"),
]
