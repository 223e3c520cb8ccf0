#!/usr/bin/env bash
# Checks the Debian package `make deb` builds, as an installation would see it: the control data
# (name, WebKitGTK dependency), the contents (both programs in /usr/bin, desktop entry, MIME
# type, icons), the desktop entry (validated; Office; the agreement MIME type; Exec with %f), the
# MIME type resolved the way a desktop resolves a double-click (GIO: *.avtale.yaml is
# application/x-avtale+yaml and Avtale.desktop opens it), the packaged CLI on the example, and
# finally the packaged app started from a scratch root under Xvfb exactly as the desktop entry's
# Exec line starts it, with a screenshot and a check that its window shows the agreement.
# Usage: tests/deb-install.sh PACKAGE.deb AGREEMENT_FILE [SCREENSHOT.png]
set -euo pipefail
deb=$1
example=$(realpath "$2")
shot=${3:-${TMPDIR:-/tmp}/avtale-deb.png}
here=$(cd "$(dirname "$0")" && pwd)

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
fail() { echo "deb: FAILED: $*" >&2; exit 1; }
ok() { echo "deb: ok: $*"; }

# --- control data -------------------------------------------------------------------------
dpkg-deb -I "$deb" >/dev/null || fail "dpkg-deb cannot read $deb"
[ "$(dpkg-deb -f "$deb" Package)" = avtale ] || fail "package name is not 'avtale'"
depends=$(dpkg-deb -f "$deb" Depends)
grep -q 'libwebkit2gtk-4.1-0' <<<"$depends" || fail "Depends does not name WebKitGTK: $depends"
ok "package $(dpkg-deb -f "$deb" Package) $(dpkg-deb -f "$deb" Version) ($(du -h "$deb" | cut -f1)), Depends: $depends"

# --- contents -----------------------------------------------------------------------------
listing=$(dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./||')
for f in usr/bin/avtale-app usr/bin/avtale \
  usr/share/applications/Avtale.desktop usr/share/mime/packages/avtale.xml \
  usr/share/icons/hicolor/32x32/apps/avtale-app.png \
  usr/share/icons/hicolor/128x128/apps/avtale-app.png \
  usr/share/icons/hicolor/256x256/apps/avtale-app.png \
  usr/share/icons/hicolor/512x512/apps/avtale-app.png; do
  grep -qxF "$f" <<<"$listing" || fail "the package lacks $f"
done
ok "contents: programs, desktop entry, MIME type, icons"

dpkg-deb -x "$deb" "$root"
for b in avtale-app avtale; do
  [ -x "$root/usr/bin/$b" ] || fail "/usr/bin/$b is not executable"
done

# --- desktop entry ------------------------------------------------------------------------
desktop=$root/usr/share/applications/Avtale.desktop
desktop-file-validate "$desktop" || fail "desktop-file-validate rejects Avtale.desktop"
key() { grep -m1 "^$1=" "$desktop" | cut -d= -f2-; }
[ "$(key MimeType)" = "application/x-avtale+yaml;" ] || fail "MimeType=$(key MimeType)"
[ "$(key Exec)" = "avtale-app %f" ] || fail "Exec=$(key Exec)"
[ "$(key Categories)" = "Office;" ] || fail "Categories=$(key Categories)"
[ -n "$(key Comment)" ] && [ "$(key Name)" = Avtale ] || fail "Name or Comment missing"
icon=$(key Icon)
[ -f "$root/usr/share/icons/hicolor/128x128/apps/$icon.png" ] || fail "no icon named $icon"
ok "desktop entry: valid, Exec=$(key Exec), MimeType=$(key MimeType), Icon=$icon"

# --- the MIME type, resolved as a desktop resolves a double-click --------------------------
grep -q 'pattern="\*\.avtale\.yaml"' "$root/usr/share/mime/packages/avtale.xml" ||
  fail "avtale.xml has no glob *.avtale.yaml"
# What the package's triggers do on installation (shared-mime-info, desktop-file-utils), here in
# the scratch root, with the system's own types beside it as on a real machine.
mkdir -p "$root/share/mime/packages" "$root/home" "$root/config"
cp /usr/share/mime/packages/freedesktop.org.xml "$root/share/mime/packages/"
cp "$root/usr/share/mime/packages/avtale.xml" "$root/share/mime/packages/"
export XDG_DATA_DIRS="$root/share:$root/usr/share" XDG_DATA_HOME="$root/home" \
  XDG_CONFIG_HOME="$root/config"
update-mime-database "$root/share/mime"
update-desktop-database "$root/usr/share/applications"
agreement=$root/home/Vestland.avtale.yaml
cp "$example" "$agreement"
type=$(gio info -a standard::content-type "$agreement" | sed -n 's/.*standard::content-type: //p')
[ "$type" = application/x-avtale+yaml ] || fail "a *.avtale.yaml file is '$type'"
plain=$root/home/other.yaml
echo 'a: 1' >"$plain"
type=$(gio info -a standard::content-type "$plain" | sed -n 's/.*standard::content-type: //p')
[ "$type" != application/x-avtale+yaml ] || fail "a plain .yaml file is taken as an agreement"
# GIO hides an entry whose TryExec program is not on PATH: the packaged one is, once installed.
handler=$(PATH="$root/usr/bin:$PATH" gio mime application/x-avtale+yaml)
handler=${handler%%$'\n'*}
grep -q 'Default application .* Avtale.desktop' <<<"$handler" ||
  fail "Avtale is not the default application for the agreement type: $handler"
ok "MIME: *.avtale.yaml is application/x-avtale+yaml, plain .yaml is not; $handler"

# --- a double-click: GIO opens the agreement with the default application ------------------
# `gio open` is what a file manager does on a double-click: it finds the type's default desktop
# entry and runs its Exec line with the file. The app's window must come up titled with the
# agreement's title.
PATH="$root/usr/bin:$PATH" AVTALE_DATA_DIR="$root/data" xvfb-run -a -s '-screen 0 1280x800x24' \
  bash -c '
  gio open "$1" || exit 1
  for _ in $(seq 40); do win=$(xdotool search --name "$2" 2>/dev/null | head -1) && [ -n "$win" ] && break; sleep 1; done
  pid=$(pgrep -n -f "avtale-app $1") || { echo "gio open started no avtale-app on the file"; exit 1; }
  echo "deb: gio open started $(readlink /proc/$pid/exe): $(tr "\0" " " </proc/$pid/cmdline)"
  [ "$(readlink /proc/$pid/exe)" = "$3/usr/bin/avtale-app" ] || { kill "$pid"; exit 1; }
  found=${win:-}
  [ -n "$found" ] && sleep 2 && import -window root "$4"
  kill "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  [ -n "$found" ] || { echo "no window titled \"$2\""; exit 1; }
' _ "$agreement" "Samarbeidsavtale mellom Nav Vestland" "$root" "${shot%.png}-gio-open.png" ||
  fail "a double-click (gio open) did not open the agreement in the packaged app"
colours=$(/usr/bin/identify -format %k "${shot%.png}-gio-open.png")
[ "$colours" -ge 50 ] || fail "after a double-click the window looks blank ($colours colours)"
ok "a double-click (gio open) opened the agreement in the packaged app (${shot%.png}-gio-open.png, $colours colours)"
unset XDG_DATA_DIRS XDG_DATA_HOME XDG_CONFIG_HOME

# --- the packaged CLI ---------------------------------------------------------------------
"$root/usr/bin/avtale" templates list >/dev/null || fail "the packaged avtale CLI does not run"
set +e
"$root/usr/bin/avtale" check "$agreement" >/dev/null 2>&1
status=$?
set -e
[ "$status" -le 1 ] || fail "the packaged CLI cannot read the example (exit $status)"
ok "the packaged CLI runs (check exits $status)"

# --- the packaged app, started as the desktop entry starts it ------------------------------
# %f is the clicked file's absolute path; the program is found on PATH, here the scratch root's.
read -r -a exec_words <<<"$(key Exec)"
program=$(PATH="$root/usr/bin" command -v "${exec_words[0]}") || fail "Exec names no packaged program"
args=()
for w in "${exec_words[@]:1}"; do
  if [ "$w" = %f ]; then args+=("$agreement"); else args+=("$w"); fi
done
[ "${#args[@]}" = 1 ] || fail "the Exec line passes other arguments than the file: ${args[*]}"
AVTALE_DATA_DIR="$root/data" "$here/smoke-app.sh" "$program" "${args[0]}" "$shot" \
  "Samarbeidsavtale mellom Nav Vestland"
ok "the packaged app opened the example from the Exec line (screenshot $shot)"
