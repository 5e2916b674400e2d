"""The web app: the widget page for werknemers and the portal for arbeidsdeskundigen."""
