"""Actor resolution: the knowledge base of countries, organisations, roles and people, and the
resolver that codes each mention with a country and a sector valid at the article's date."""
