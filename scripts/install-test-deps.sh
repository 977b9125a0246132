#!/usr/bin/env bash
# Installs the system packages the tests use, where they are missing (Debian/Ubuntu):
# LibreOffice saves the .docx files that show the reader handles real LibreOffice output;
# Chromium runs the task pane in the browser tests, with a CJK font so Chinese text renders.
# Without root or sudo it says what to install; the tests that need a package then skip and say so.
set -euo pipefail

packages=()
command -v soffice >/dev/null 2>&1 || packages+=(libreoffice-writer-nogui)
[ -x /usr/bin/chromium ] || packages+=(chromium)
fc-list 2>/dev/null | grep -qi "wenquanyi\|wqy" || packages+=(fonts-wqy-microhei)

if [ ${#packages[@]} -eq 0 ]; then
  echo "install-test-deps: system packages already present"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
  echo "install-test-deps: not root and no sudo; please install: ${packages[*]}" >&2
  exit 0
fi
echo "install-test-deps: installing ${packages[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
