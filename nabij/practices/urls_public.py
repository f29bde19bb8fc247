"""The open catalogue of practices: public practices of every place, read-only."""

app_name = "catalogue"

urlpatterns: list = []
