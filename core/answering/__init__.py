"""Answer the detail a person asks about an offer: understand -> resolve -> compose."""
