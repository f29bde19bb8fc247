"""The pages of reviewing coded passages and of the document and corpus summaries."""

from django.urls import path

from nabij.practices.views import reviews, summary

urlpatterns = [
    path("teksten/overzicht/", summary.corpus_summary, name="corpus_summary"),
    path("teksten/overzicht/passages/", summary.corpus_passages, name="corpus_passages"),
    path("teksten/<int:pk>/overzicht/", summary.document_summary, name="document_summary"),
    path("teksten/<int:pk>/alles-klopt/", reviews.document_accept, name="document_accept"),
    path("teksten/passages/<int:pk>/nakijken/", reviews.passage_review, name="passage_review"),
]
