"""The pages of a place's practice bank."""

from django.urls import path

from nabij.practices.views import bank

urlpatterns = [
    path("", bank.practice_list, name="practice_list"),
    path("nieuw/", bank.practice_new, name="practice_new"),
    path("importeren/", bank.practice_import, name="practice_import"),
    path("uitvoer.json", bank.export_json, name="practice_export_json"),
    path("uitvoer.csv", bank.export_csv, name="practice_export_csv"),
    path("<int:pk>/", bank.practice_detail, name="practice_detail"),
    path("<int:pk>/bewerken/", bank.practice_edit, name="practice_edit"),
    path("<int:pk>/contactpersonen/", bank.contact_add, name="practice_contact_add"),
    path("<int:pk>/links/", bank.link_add, name="practice_link_add"),
    path("<int:pk>/bijlagen/", bank.attachment_add, name="practice_attachment_add"),
    path("contactpersonen/<int:pk>/weg/", bank.contact_remove, name="practice_contact_remove"),
    path("links/<int:pk>/weg/", bank.link_remove, name="practice_link_remove"),
    path("bijlagen/<int:pk>/", bank.attachment_download, name="practice_attachment"),
    path("bijlagen/<int:pk>/weg/", bank.attachment_remove, name="practice_attachment_remove"),
]
