#!/usr/bin/env bash
# Regenerates the expected output of the differential conformance corpus from the
# reference engine of a model.
#
#   tests/scripts/regen-expected.sh MODEL [DIR_OR_FILE...]
#
# MODEL is python (CPython 3.11: python3 X.py), lua (Lua 5.4: lua5.4 X.lua) or
# js (Node.js: node X.js). Without DIR_OR_FILE arguments the whole folder
# tests/src/test/resources/conformance/MODEL is regenerated; a directory is searched
# recursively for programs with the model's extension.
#
# For each program X.ext, run with its own folder as the working directory and
# no standard input, the script writes
#   X.expected      exactly what the program wrote to stdout;
#   X.expected_err  only when the program wrote to stderr or exited non-zero:
#                   the line "exit: N" followed by what it wrote to stderr,
#                   normalised per model:
#     python  the absolute path of the program's folder (with its trailing
#             slash) is removed everywhere: CPython 3.11 reports the main
#             script by its absolute path (File "/abs/dir/X.py", line 3), and
#             the corpus expects File "X.py", line 3;
#     lua     a leading "lua5.4:" on a line becomes "lua:";
#     js      the absolute path of the program's folder (with its trailing
#             slash) is removed everywhere, so locations read "X.js:3"; and when
#             Node printed an uncaught-error report (a caret line), everything
#             after the first line matching ^[A-Za-z]*(Error|Exception)?\b.*:
#             that follows the caret is dropped (the "    at ..." stack and the
#             "Node.js vNN" line). Without such a line, "    at " lines, the
#             "Node.js v" line and trailing blank lines are dropped.
# A stale X.expected_err is removed when the program no longer needs one.
#
# Environment: TIMEOUT (seconds per program, default 60).
set -u -o pipefail

usage() {
  echo "usage: $0 python|lua|js [DIR_OR_FILE...]" >&2
  exit 2
}

[ $# -ge 1 ] || usage
model=$1
shift

case "$model" in
  python) ext=py;  runner=(python3) ;;
  lua)    ext=lua; runner=(lua5.4) ;;
  js)     ext=js;  runner=(node) ;;
  -h|--help) usage ;;
  *) echo "$0: unknown model '$model' (expected python, lua or js)" >&2; exit 2 ;;
esac

if ! command -v "${runner[0]}" >/dev/null 2>&1; then
  echo "$0: reference engine '${runner[0]}' not found on PATH" >&2
  exit 2
fi

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_root=$(cd "$script_dir/../.." && pwd)
corpus="$repo_root/tests/src/test/resources/conformance/$model"
timeout_s=${TIMEOUT:-60}

if [ $# -eq 0 ]; then
  set -- "$corpus"
fi

# Deterministic, clean reference runs.
export LC_ALL=C.UTF-8
export PYTHONIOENCODING=utf-8
export PYTHONDONTWRITEBYTECODE=1
unset PYTHONSTARTUP PYTHONPATH PYTHONHOME PYTHONWARNINGS PYTHONOPTIMIZE PYTHONINSPECT 2>/dev/null || true
export NODE_NO_WARNINGS=1
unset NODE_OPTIONS LUA_INIT LUA_INIT_5_4 LUA_PATH LUA_CPATH 2>/dev/null || true

# Normalises stderr of one run. $1 = absolute folder of the program.
filter_stderr() {
  local dir=$1
  case "$model" in
    python) DIR="$dir/" perl -pe 's/\Q$ENV{DIR}\E//g' ;;
    lua) sed -e 's/^lua5\.4:/lua:/' ;;
    js)
      DIR="$dir/" perl -e '
        my $dir = $ENV{DIR};
        my @lines = map { my $l = $_; $l =~ s/\Q$dir\E//g; $l } <STDIN>;
        my ($caret, $cut) = (0, -1);
        for my $i (0 .. $#lines) {
          my $l = $lines[$i];
          if (!$caret) { $caret = 1 if $l =~ /^\s*\^+\s*$/; next; }
          if ($l =~ /^[A-Za-z]*(Error|Exception)?\b.*:/) { $cut = $i; last; }
        }
        if ($cut >= 0) {
          splice(@lines, $cut + 1);
        } else {
          @lines = grep { !/^    at / && !/^Node\.js v/ } @lines;
          pop @lines while @lines && $lines[-1] =~ /^\s*$/;
        }
        print @lines;
      '
      ;;
  esac
}

programs=()
for arg in "$@"; do
  if [ -d "$arg" ]; then
    while IFS= read -r -d '' f; do programs+=("$f"); done \
      < <(find "$arg" -type f -name "*.$ext" -print0 | sort -z)
  elif [ -f "$arg" ]; then
    case "$arg" in
      *."$ext") programs+=("$arg") ;;
      *) echo "$0: skipping $arg (not a .$ext file)" >&2 ;;
    esac
  else
    echo "$0: no such file or directory: $arg" >&2
    exit 2
  fi
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

count=0
errs=0
for prog in "${programs[@]}"; do
  dir=$(cd "$(dirname "$prog")" && pwd)
  name=$(basename "$prog")
  stem=${name%."$ext"}
  (cd "$dir" && timeout "$timeout_s" "${runner[@]}" "$name" </dev/null >"$tmp/out" 2>"$tmp/err")
  rc=$?
  if [ "$rc" -eq 124 ]; then
    echo "$0: warning: $prog timed out after ${timeout_s}s" >&2
  fi
  cp "$tmp/out" "$dir/$stem.expected"
  if [ "$rc" -ne 0 ] || [ -s "$tmp/err" ]; then
    { echo "exit: $rc"; filter_stderr "$dir" <"$tmp/err"; } >"$dir/$stem.expected_err"
    errs=$((errs + 1))
  else
    rm -f "$dir/$stem.expected_err"
  fi
  count=$((count + 1))
done

echo "regenerated $count $model program(s), $errs with .expected_err" >&2
