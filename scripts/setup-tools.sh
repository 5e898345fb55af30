#!/usr/bin/env bash
# Installs the system tools the tests need, from Debian's packages, when they are missing:
# Chromium and its headless shell, which the end-to-end tests drive (Playwright cannot
# download its own browser here), and a Java runtime, which runs the Nu HTML Checker
# (vnu-jar). Needs root or sudo to install;
# does nothing for a tool already there. A test whose tool is missing fails saying so.
set -euo pipefail

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
missing=()

chromium=""
for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then chromium="$candidate"; break; fi
done
if [ -n "$chromium" ]; then
  echo "Chromium found: $chromium ($("$chromium" --version 2>/dev/null || echo 'version unknown'))"
else
  missing+=(chromium)
fi

# The headless shell runs the browser tests about a third faster than the full browser.
if [ -x /usr/bin/chromium-headless-shell ]; then
  echo "Chromium headless shell found: $(/usr/bin/chromium-headless-shell --version 2>/dev/null || echo 'version unknown')"
else
  missing+=(chromium-headless-shell)
fi

if command -v java >/dev/null 2>&1; then
  echo "Java found: $(java -version 2>&1 | head -n 1)"
else
  missing+=(default-jre-headless)
fi

if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing from Debian's packages: ${missing[*]}…"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  for package in "${missing[@]}"; do
    case "$package" in
      chromium) echo "Chromium installed: $(/usr/bin/chromium --version)" ;;
      chromium-headless-shell) echo "Chromium headless shell installed" ;;
      *) echo "Java installed: $(java -version 2>&1 | head -n 1)" ;;
    esac
  done
fi
