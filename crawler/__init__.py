"""Crawler: Scrapy project, spiders, extraction and pipelines that collect CEU course listings."""
