#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Linux packages, built from the build tree and used as a user would: the .deb and .tar.gz
# made by CPack, unpacked, their binary run (--version, --screenshot offscreen); the AppDir built by
# packaging/appimage/build-appimage.sh, checked to need nothing outside itself but the base system,
# and started through AppRun with an empty environment.
#   tests/packaging/tst_packaging.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$(cd "${1:?build dir}" && pwd)
src=$(cd "${2:?source dir}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
expected=$("$build/sightglass" --version)
echo "built: $expected"

echo "== cpack DEB and TGZ"
(cd "$work" && cpack --config "$build/CPackConfig.cmake" -G "DEB;TGZ" -B "$work/out" >"$work/cpack.log" 2>&1) ||
    { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/out/*.deb) || fail "no .deb"
tgz=$(ls "$work"/out/*.tar.gz) || fail "no .tar.gz"
version=$(echo "$expected" | awk '{print $2}')
case "$(basename "$deb")" in *"${version//+/_}"*|*"$version"*) ;; *) fail "the .deb name $(basename "$deb") lacks the version $version" ;; esac
case "$(basename "$tgz")" in *"${version//+/_}"*) ;; *) fail "the .tar.gz name $(basename "$tgz") lacks the version $version" ;; esac
dpkg-deb --info "$deb" >"$work/info"
grep -q "^ Package: sightglass" "$work/info" || fail "package name"
grep -q "^ Version: $version" "$work/info" || fail "package version"
grep -q "libqt6core6\|libqt6widgets6" "$work/info" || fail "Depends misses Qt: $(grep Depends "$work/info")"
grep -q "libpq5" "$work/info" || fail "Depends misses libpq5"
dpkg-deb --contents "$deb" >"$work/contents"
for f in ./usr/bin/sightglass ./usr/share/applications/io.github.sightglass.Sightglass.desktop \
         ./usr/share/metainfo/io.github.sightglass.Sightglass.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/io.github.sightglass.Sightglass.svg ./usr/share/doc/Sightglass/LICENSE; do
    grep -q " $f\$" "$work/contents" || fail "the .deb lacks $f"
done
grep -q " ./usr/share/icons/hicolor/48x48/apps/io.github.sightglass.Sightglass.png\$" "$work/contents" || fail "no 48x48 icon"
# Windows and macOS installers are built by the release workflow; their settings are checked here.
for v in CPACK_WIX_UPGRADE_GUID CPACK_WIX_PRODUCT_GUID CPACK_WIX_PRODUCT_ICON CPACK_WIX_PROGRAM_MENU_FOLDER \
         CPACK_DMG_VOLUME_NAME CPACK_RESOURCE_FILE_LICENSE; do
    grep -q "^set($v " "$build/CPackConfig.cmake" || fail "CPackConfig.cmake lacks $v"
done
ico=$(sed -n 's/^set(CPACK_WIX_PRODUCT_ICON "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
[ -s "$ico" ] || fail "the MSI icon $ico was not rendered"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$src/packaging/linux/io.github.sightglass.Sightglass.desktop" || fail "desktop file"
fi

echo "== the .deb, installed"
# Its dependencies resolve on this system (apt's simulation), and dpkg installs it into a root of
# its own (its own package database), so the test never touches the machine's /usr.
apt-get install -s "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "the .deb's dependencies do not resolve"; }
grep -q "^Inst sightglass" "$work/apt.log" || fail "apt would not install the .deb"
mkdir -p "$work/root/var/lib/dpkg/info" "$work/root/var/lib/dpkg/updates"
touch "$work/root/var/lib/dpkg/status"
dpkg --instdir="$work/root" --admindir="$work/root/var/lib/dpkg" --force-depends --force-script-chrootless \
    -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg -i"; }
dpkg --admindir="$work/root/var/lib/dpkg" -s sightglass | grep -q "^Status: install ok installed" || fail "not installed"
[ "$("$work/root/usr/bin/sightglass" --version)" = "$expected" ] || fail "installed --version"
QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/sightglass" --screenshot "$work/deb.png" >/dev/null
[ -s "$work/deb.png" ] || fail "installed --screenshot wrote nothing"
mkdir "$work/tgz" && tar -xzf "$tgz" -C "$work/tgz"
[ "$("$work"/tgz/*/bin/sightglass --version)" = "$expected" ] || fail "tar.gz --version"

echo "== AppDir"
rc=0
"$src/packaging/appimage/build-appimage.sh" "$build" "$work/appimage" >"$work/appimage.log" 2>&1 || rc=$?
cat "$work/appimage.log"
case $rc in
    0) ls "$work"/appimage/*.AppImage >/dev/null || fail "appimagetool ran but made no AppImage" ;;
    3) grep -q "appimagetool is not installed" "$work/appimage.log" || fail "no clear message for the missing tool" ;;
    *) fail "build-appimage.sh exited $rc" ;;
esac
appdir="$work/appimage/Sightglass.AppDir"
[ -x "$appdir/AppRun" ] || fail "no AppRun"
# Every library the binary and the plugins load resolves inside the AppDir, or to the base system.
base='/(ld-linux|libc|libm|libdl|libpthread|librt|libresolv|libutil|libGL|libEGL|libGLX|libGLdispatch|libOpenGL|libdrm|libgbm|libX[^/]*|libxcb[^/]*|libfontconfig|libfreetype|libexpat|libz|libpng16|libbrotli[a-z]*|libbz2|libuuid|libbsd|libmd|libgcc_s)[.-][^/]*$'
outside=$(find "$appdir/usr/bin/sightglass" "$appdir/usr/plugins" "$appdir/usr/lib" -type f \( -name '*.so*' -o -name sightglass \) -print0 |
    xargs -0 -n1 env -i LD_LIBRARY_PATH= ldd 2>/dev/null | awk '/=>/ {print $3}' | sort -u |
    grep -v "^$appdir/" | grep -Ev "$base" || true)
[ -z "$outside" ] || fail "resolved outside the AppDir: $outside"
missing=$(find "$appdir/usr" -type f \( -name '*.so*' -o -name sightglass \) -print0 |
    xargs -0 -n1 env -i ldd 2>/dev/null | grep "not found" || true)
[ -z "$missing" ] || fail "unresolved in the AppDir: $missing"
for lib in libQt6Core libQt6Widgets libQt6Sql libqscintilla2_qt6 libpq; do
    ls "$appdir"/usr/lib/"$lib".so* >/dev/null 2>&1 || fail "$lib is not bundled"
done
for plugin in platforms/libqxcb.so platforms/libqoffscreen.so sqldrivers/libqsqlite.so; do
    [ -f "$appdir/usr/plugins/$plugin" ] || fail "plugin $plugin is not bundled"
done
[ "$(env -i PATH=/usr/bin:/bin "$appdir/AppRun" --version)" = "$expected" ] || fail "AppRun --version"
env -i PATH=/usr/bin:/bin HOME="$work" QT_QPA_PLATFORM=offscreen QT_DEBUG_PLUGINS=1 "$appdir/AppRun" \
    --screenshot "$work/appdir.png" >"$work/apprun.log" 2>&1 || { cat "$work/apprun.log"; fail "AppRun --screenshot"; }
[ -s "$work/appdir.png" ] || fail "AppRun --screenshot wrote nothing"
# Qt's plugins came from the AppDir, not from the system.
if grep -q "/usr/lib/x86_64-linux-gnu/qt6/plugins" "$work/apprun.log"; then
    grep "/usr/lib/x86_64-linux-gnu/qt6/plugins" "$work/apprun.log" | head -3
    fail "AppRun loaded a plugin of the system's Qt"
fi
echo "PASS: packages"
