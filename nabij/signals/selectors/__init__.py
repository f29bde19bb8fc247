"""Every non-trivial read of signals, one module per part. Import from the module itself."""
