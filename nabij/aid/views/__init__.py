"""The pages of mutual aid: requests, suggestions and matches, offers, batch matching."""
