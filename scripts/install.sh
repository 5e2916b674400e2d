#!/usr/bin/env bash
# Create (or reuse) the pinned Python 3.11 virtual environment and link it as ./.venv.
#
# Rasa 3.6.21 declares Requires-Python <3.11 and its scientific pins vanish on 3.11, so a normal resolve fails.
# requirements/lock.txt is a complete, exact list of every package (rasa included) that is known to work on 3.11;
# it is installed with --no-deps so pip never re-resolves. The environment lives outside the clone, keyed by the
# hash of the lock file and this script, so a second install (or a fresh clone in CI) is a no-op.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
"$PYTHON" -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version' \
  || { echo "install: Python 3.11 is required (found: $("$PYTHON" --version 2>&1))" >&2; exit 1; }

key=$(cat requirements/lock.txt scripts/install.sh | sha256sum | cut -c1-16)
root="${KEUZEHULP_VENV_ROOT:-$HOME/.cache/keuzehulp}"
venv="$root/venv-$key"

if [ ! -f "$venv/.complete" ]; then
  echo "install: creating $venv (a cold install takes a few minutes)"
  rm -rf "$venv"   # a half-finished earlier attempt has no .complete marker
  mkdir -p "$root"
  "$PYTHON" -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --no-deps --ignore-requires-python -r requirements/lock.txt \
    2> >(grep -v "is ignored: it is neither a file nor a directory" >&2)
  touch "$venv/.complete"
fi
ln -sfn "$venv" .venv

# Browser for the real-browser tests (Debian's chromium; never a downloaded browser build).
if [ "${KEUZEHULP_SKIP_BROWSER:-0}" != 1 ] && [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "install: installing Debian chromium for browser tests"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "install: /usr/bin/chromium missing; browser tests will be skipped" >&2
  fi
fi
# rasa-webchat (the Rasa ecosystem's own widget) for the browser test of another site's widget: only its built
# bundle, from the npm registry (npm pack: no dependencies, no scripts run), never from a CDN at run time.
webchat="$root/rasa-webchat-1.0.1"
if [ ! -f "$webchat/package/lib/index.js" ]; then
  if command -v npm >/dev/null 2>&1; then
    echo "install: fetching rasa-webchat 1.0.1 from the npm registry (browser test of other sites' widgets)"
    rm -rf "$webchat" && mkdir -p "$webchat"
    (cd "$webchat" && npm pack rasa-webchat@1.0.1 --silent >/dev/null && tar xzf rasa-webchat-1.0.1.tgz) \
      || echo "install: rasa-webchat could not be fetched; its browser test will be skipped" >&2
  else
    echo "install: npm missing; the rasa-webchat browser test will be skipped" >&2
  fi
fi
[ -f "$webchat/package/lib/index.js" ] && ln -sfn "$webchat/package" .webchat
echo "install: ready ($venv)"
