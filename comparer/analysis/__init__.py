"""Differences that matter: numbers, framing and omissions."""
