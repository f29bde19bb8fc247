from django.urls import path

from nabij.practices.views import reflections

urlpatterns: list = [
    path("<int:pk>/reflecties/", reflections.reflection_list, name="reflection_list"),
    path("<int:pk>/reflecties/nieuw/", reflections.reflection_new, name="reflection_new"),
    path(
        "<int:pk>/reflecties/<int:version>/",
        reflections.reflection_detail,
        name="reflection_detail",
    ),
    path(
        "<int:pk>/reflecties/<int:version>/pdf/",
        reflections.reflection_pdf_view,
        name="reflection_pdf",
    ),
]
