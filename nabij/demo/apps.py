from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "nabij.demo"
    label = "demo"
