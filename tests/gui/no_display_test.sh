#!/usr/bin/env bash
# The GUI test program run without a display must fail with a clear message (exit 2),
# never pass silently.
binary=$1
out=$(env -u DISPLAY -u WAYLAND_DISPLAY "$binary" 2>&1); status=$?
if [ "$status" -ne 2 ]; then echo "expected exit 2 without a display, got $status: $out"; exit 1; fi
case "$out" in *"need a display"*) echo "fails loudly without a display: ok" ;; *)
  echo "no clear message without a display: $out"; exit 1 ;; esac
