"""Spiders: ``generic`` crawls any site (or a configured provider) and yields course pages."""
