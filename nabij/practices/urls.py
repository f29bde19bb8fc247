"""The pages of the practices app, one module of URLs per part of the app."""

from nabij.practices import urls_bank, urls_documents, urls_reflections, urls_reviews

app_name = "practices"

urlpatterns = [
    *urls_bank.urlpatterns,
    *urls_reflections.urlpatterns,
    *urls_documents.urlpatterns,
    *urls_reviews.urlpatterns,
]
