"""Renderers: they read review records (plain dicts), never live pipeline objects."""
