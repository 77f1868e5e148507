"""Helpdesk integrations: one module per helpdesk behind the interface in ``integrations.base``."""
