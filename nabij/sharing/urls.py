from django.urls import path

from nabij.sharing.views import catalogue, desk

app_name = "sharing"

urlpatterns = [
    path("", catalogue.catalogue, name="catalogue"),
    path("mijn/", catalogue.mine, name="mine"),
    path("mijn-spullen/", catalogue.my_items, name="my_items"),
    path("<int:pk>/", catalogue.item_detail, name="item"),
    path("<int:pk>/reserveren/", catalogue.reserve, name="reserve"),
    path("<int:pk>/wachtlijst/", catalogue.wait, name="wait"),
    path("wachtlijst/<int:pk>/verlaten/", catalogue.wait_leave, name="wait_leave"),
    path("fotos/<int:pk>/", catalogue.photo, name="photo"),
    path("reservaties/<int:pk>/annuleren/", catalogue.cancel, name="cancel"),
    path("nieuw/", desk.item_new, name="item_new"),
    path("<int:pk>/bewerken/", desk.item_edit, name="item_edit"),
    path("<int:pk>/foto/", desk.photo_add, name="photo_add"),
    path("<int:pk>/stoppen/", desk.retire, name="retire"),
    path("<int:pk>/uitlenen/", desk.check_out, name="check_out"),
    path("<int:pk>/terugnemen/", desk.take_back, name="take_back"),
    path("balie/", desk.desk, name="desk"),
    path("te-laat/", desk.overdue, name="overdue"),
]
