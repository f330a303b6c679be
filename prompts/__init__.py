"""Email and prompt templates (Jinja2), per intent and dunning level, in EN/FR/DE/ES.

Data only: load with importlib.resources.files("prompts").
"""
