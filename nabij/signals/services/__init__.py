"""Every write of signals, one module per part: surveys, answers, needs, testimonies,
reports. Import from the module itself."""
