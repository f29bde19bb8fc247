"""The pages of unmet needs and testimonies."""

from django.urls import path

from nabij.signals.views import needs, testimonies

urlpatterns = [
    path("noden/", needs.needs, name="needs"),
    path("noden/nieuw/", needs.need_new, name="need_new"),
    path("noden/<int:pk>/weg/", needs.need_remove, name="need_remove"),
    path("getuigenissen/", testimonies.testimonies, name="testimonies"),
    path("getuigenissen/nieuw/", testimonies.testimony_new, name="testimony_new"),
    path("getuigenissen/<int:pk>/", testimonies.testimony_review, name="testimony_review"),
    path(
        "getuigenissen/<int:pk>/ingetrokken/",
        testimonies.testimony_withdraw,
        name="testimony_withdraw",
    ),
]
