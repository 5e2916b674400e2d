"""The portal for arbeidsdeskundigen (/portaal): login, shared summaries, invites and share codes.

`bot.web.portal.setup.setup_portal(app, settings)` is called from bot.web.app.create_app.
"""
