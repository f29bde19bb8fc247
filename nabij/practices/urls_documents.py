from django.urls import path

from nabij.practices.views import documents

urlpatterns: list = [
    path("teksten/", documents.document_list, name="document_list"),
    path("teksten/<int:pk>/", documents.document_detail, name="document"),
    path("teksten/<int:pk>/opnieuw-coderen/", documents.document_recode, name="document_recode"),
]
