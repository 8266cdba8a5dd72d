#!/bin/sh
# Add OKR Workshop to this user's desktop (applications menu, icon, .okrw files opening
# with it), or take it away again. Nothing outside ${XDG_DATA_HOME:-~/.local/share}
# is touched and no administrator rights are needed.
#
#   ./install.sh                      install, for the bundle this script is shipped in
#   ./install.sh --exec PATH          install, starting PATH (e.g. a pip install's okr-workshop)
#   ./install.sh --uninstall          remove what install.sh installed
#
# Found beside this script: the desktop entry, the AppStream metainfo and the MIME type
# (the files of packaging/linux/, which the bundle carries as share/). The executable and
# the icons are looked for where the bundle puts them (../okr-workshop, ./icons; see the
# candidates below); --exec and --icons name them otherwise.
set -eu

APP_ID=org.okrworkshop.OKRWorkshop
APP_NAME="OKR Workshop"
COMMAND=okr-workshop
MIME_TYPE=application/x-okr-workshop
ICON_SIZES="16 24 32 48 64 128 256 512"

here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}

usage() {
    sed -n '2,/^set -eu/s/^# \{0,1\}//p' "$0"
}

fail() {
    echo "install.sh: $*" >&2
    exit 2
}

action=install
exe=""
icons=""
while [ $# -gt 0 ]; do
    case $1 in
        --uninstall) action=uninstall ;;
        --exec) [ $# -ge 2 ] || fail "--exec needs a path"; exe=$2; shift ;;
        --icons) [ $# -ge 2 ] || fail "--icons needs a folder"; icons=$2; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
    shift
done

installed_files() {
    echo "$data/applications/$APP_ID.desktop"
    echo "$data/metainfo/$APP_ID.metainfo.xml"
    echo "$data/mime/packages/$APP_ID.xml"
    echo "$data/icons/hicolor/scalable/apps/$APP_ID.svg"
    for size in $ICON_SIZES; do
        echo "$data/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
}

# The desktop's caches of what was just added or removed; each tool only when present.
refresh() {
    if command -v update-mime-database >/dev/null 2>&1 && [ -d "$data/mime" ]; then
        update-mime-database "$data/mime" || echo "install.sh: update-mime-database failed" >&2
    fi
    if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$data/applications" ]; then
        update-desktop-database -q "$data/applications" ||
            echo "install.sh: update-desktop-database failed" >&2
    fi
    # A stale icon cache hides new icons; only one that already exists is rebuilt.
    if command -v gtk-update-icon-cache >/dev/null 2>&1 &&
        [ -f "$data/icons/hicolor/icon-theme.cache" ]; then
        gtk-update-icon-cache -q -t -f "$data/icons/hicolor" || true
    fi
    touch "$data/icons/hicolor" 2>/dev/null || true
}

if [ "$action" = uninstall ]; then
    installed_files | while IFS= read -r file; do
        rm -f -- "$file"
    done
    refresh
    echo "$APP_NAME removed from the desktop ($data)."
    exit 0
fi

# The bundle's executable: this script sits in the bundle's share/ folder (build_spec.py
# names the program okr-workshop on Linux, "OKR Workshop" elsewhere), or beside it.
if [ -z "$exe" ]; then
    for candidate in "$here/../$COMMAND" "$here/$COMMAND" "$here/../$APP_NAME" "$here/$APP_NAME"; do
        if [ -f "$candidate" ] && [ -x "$candidate" ]; then
            exe=$candidate
            break
        fi
    done
    [ -n "$exe" ] || fail "no $COMMAND executable beside this script; name it with --exec PATH"
fi
case $exe in
    */*) ;;
    *) exe=$(command -v -- "$exe") || fail "$exe: not found on PATH" ;;
esac
[ -f "$exe" ] && [ -x "$exe" ] || fail "$exe: not an executable file"
exe=$(CDPATH= cd -- "$(dirname -- "$exe")" && pwd)/$(basename -- "$exe")
case $exe in
    *"
"*) fail "the executable's path holds a line break" ;;
esac

# The icons: the bundle's copy of the package resources, or a checkout's resources/.
if [ -z "$icons" ]; then
    for candidate in "$here/icons" "$here/_internal/okr_workshop/resources/icons" \
        "$here/../_internal/okr_workshop/resources/icons" \
        "$here/../okr_workshop/resources/icons" "$here/../../resources/icons"; do
        if [ -f "$candidate/okr-workshop-16.png" ]; then
            icons=$candidate
            break
        fi
    done
    [ -n "$icons" ] || fail "the icons were not found; name their folder with --icons DIR"
fi
for size in $ICON_SIZES; do
    [ -f "$icons/okr-workshop-$size.png" ] || fail "$icons/okr-workshop-$size.png is missing"
done
for file in "$APP_ID.desktop" "$APP_ID.metainfo.xml" "$APP_ID.mime.xml"; do
    [ -f "$here/$file" ] || fail "$here/$file is missing"
done

mkdir -p "$data/applications" "$data/metainfo" "$data/mime/packages" \
    "$data/icons/hicolor/scalable/apps"

# Exec= quotes the path (the bundle's name has a space), escaping what the desktop entry
# specification reserves inside quotes, then doubles backslashes for the string value.
quoted=$(printf '%s' "$exe" | sed -e 's/[\\"`$]/\\&/g' -e 's/%/%%/g' -e 's/\\/\\\\/g')
string=$(printf '%s' "$exe" | sed -e 's/\\/\\\\/g')
EXEC_LINE="\"$quoted\" %f" TRY_EXEC="$string" awk '
    /^Exec=/ { print "Exec=" ENVIRON["EXEC_LINE"]; print "TryExec=" ENVIRON["TRY_EXEC"]; next }
    /^TryExec=/ { next }
    { print }
' "$here/$APP_ID.desktop" >"$data/applications/$APP_ID.desktop.new"
mv -f "$data/applications/$APP_ID.desktop.new" "$data/applications/$APP_ID.desktop"

# The metainfo's release is filled by the build; a checkout's template has none to give.
if grep -q 'version="@VERSION@"' "$here/$APP_ID.metainfo.xml"; then
    sed '/<releases>/,/<\/releases>/d' "$here/$APP_ID.metainfo.xml"
else
    cat "$here/$APP_ID.metainfo.xml"
fi >"$data/metainfo/$APP_ID.metainfo.xml"

cp -f "$here/$APP_ID.mime.xml" "$data/mime/packages/$APP_ID.xml"

for size in $ICON_SIZES; do
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp -f "$icons/okr-workshop-$size.png" "$data/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
if [ -f "$icons/okr-workshop.svg" ]; then
    cp -f "$icons/okr-workshop.svg" "$data/icons/hicolor/scalable/apps/$APP_ID.svg"
fi

refresh
echo "$APP_NAME added to the desktop ($data), starting $exe."
# The command to undo it, ready to paste in a shell: absolute, single-quoted.
script="$here/$(basename -- "$0")"
printf "Undo with: '%s' --uninstall\n" "$(printf '%s' "$script" | sed "s/'/'\\\\''/g")"
