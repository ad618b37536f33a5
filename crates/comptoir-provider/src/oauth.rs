//! OAuth 2 authorization code + PKCE S256 with a 127.0.0.1 loopback redirect (RFC 8252), behind
//! the same [`crate::TokenSource`] interface; off by default (personal tokens are the documented path).
