"""NLU helpers: the rule-based crisis matcher and the CrisisGuard pipeline component."""
