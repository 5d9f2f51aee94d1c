#!/usr/bin/env bash
# Create the venv with Python $PYTHON_VERSION (from pyenv) unless it exists, and install
# the pinned dependencies into it. make install / make run call this (through step.sh).
#   scripts/install_venv.sh <python version> <venv dir> <lock file>
set -euo pipefail
version=$1 venv=$2 lock=$3
if [ ! -x "$venv/bin/python" ]; then
  base=$(pyenv root 2>/dev/null)/versions/$version/bin/python3.10
  [ -x "$base" ] || base=${PYENV_ROOT:-$HOME/.pyenv}/versions/$version/bin/python3.10
  [ -x "$base" ] || base=$(PYENV_VERSION=$version command -v python3.10 || true)
  [ -n "$base" ] || { echo "Python 3.10 is needed (pyenv install $version)"; exit 1; }
  echo "creating $venv with $base"
  "$base" -m venv "$venv"
fi
"$venv/bin/python" -m pip install --upgrade pip==24.0
"$venv/bin/python" -m pip install -r "$lock"
