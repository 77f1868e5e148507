"""kasuguard: customer-harassment (カスハラ) detection inside Zendesk and Freshdesk."""
