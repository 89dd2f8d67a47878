#!/usr/bin/env bash
# Prints the two samples README.md shows, from the current build: `dateline list` on the seeds and
# a text capture of the browser on them (120x32, via tmux). Paste them into README.md by hand
# after reading them. Usage: Scripts/readme-samples.sh [path/to/dateline]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/debug/dateline}
[ -x "$bin" ] || { echo "build first (swift build), or pass the binary" >&2; exit 66; }
command -v tmux >/dev/null || { echo "tmux is needed for the screen capture" >&2; exit 69; }

echo "== dateline list"
"$bin" list --color never

socket="dateline-readme-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true' EXIT
tmux -L "$socket" -f /dev/null new-session -d -x 120 -y 32 "env LANG=C.UTF-8 NO_COLOR=1 $bin; sleep 30"
for _ in $(seq 1 100); do
  tmux -L "$socket" capture-pane -p | grep -q "events" && break
  sleep 0.05
done
tmux -L "$socket" send-keys Down Down Down
sleep 0.3
echo "== browser, 120x32"
tmux -L "$socket" capture-pane -p | sed 's/[[:space:]]*$//'
