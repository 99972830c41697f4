#!/usr/bin/env bash
# Installs the shells the completion tests drive: bash's completion framework (its scripts call
# _get_comp_words_by_ref), zsh and fish.
#
#   scripts/shells/install.sh      # a no-op when all three are present
set -euo pipefail

need=()
[ -f /usr/share/bash-completion/bash_completion ] || need+=(bash-completion)
command -v zsh >/dev/null 2>&1 || need+=(zsh)
command -v fish >/dev/null 2>&1 || need+=(fish)

if [ "${#need[@]}" -gt 0 ]; then
  bash "$(dirname "$0")/../apt-install.sh" "${need[@]}"
else
  echo "install.sh: bash-completion, zsh and fish are installed; nothing to do" >&2
fi
