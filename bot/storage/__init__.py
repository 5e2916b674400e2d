"""Storage shared by the action server and the web app: models, engine, encryption, repository, migrations."""
