"""The watcher: sources that fill the register by themselves, politely, with alerts."""
