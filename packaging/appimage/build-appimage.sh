#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Sightglass.AppDir from an install of the build tree: the binary, every shared library it
# and its Qt plugins need except the base system (glibc, GL, X11/xcb, fontconfig/freetype), the Qt
# plugins (platforms, sqldrivers, imageformats, iconengines, styles, xcb GL integrations), libpq and QScintilla; rpaths point inside the AppDir. Then packs it as an AppImage
# with appimagetool, or, when that tool is not to be had, says exactly what is missing and leaves the
# complete AppDir.
#   packaging/appimage/build-appimage.sh BUILD_DIR OUT_DIR
set -euo pipefail
build=${1:?build directory}
out=${2:?output directory}
here=$(cd "$(dirname "$0")" && pwd)
appdir="$out/Sightglass.AppDir"
app_id=io.github.sightglass.Sightglass
for tool in patchelf ldd; do
    command -v "$tool" >/dev/null || { echo "build-appimage: $tool is required (apt-get install $tool)" >&2; exit 2; }
done

rm -rf "$appdir"
mkdir -p "$appdir"
cmake --install "$build" --prefix "$appdir/usr" --strip >/dev/null

qt_plugins=$(qtpaths6 --query QT_INSTALL_PLUGINS 2>/dev/null || echo /usr/lib/x86_64-linux-gnu/qt6/plugins)
mkdir -p "$appdir/usr/plugins"
# No platformthemes: the GTK theme plugin alone would bring GTK and its stack (40 MB).
for dir in platforms sqldrivers imageformats iconengines styles xcbglintegrations platforminputcontexts tls; do
    [ -d "$qt_plugins/$dir" ] && cp -r "$qt_plugins/$dir" "$appdir/usr/plugins/"
done
# Only the SQL driver Sightglass loads (SQLite, the local history); the others would drag their
# client libraries in.
find "$appdir/usr/plugins/sqldrivers" -type f ! -name 'libqsqlite.so' -delete
# Qt's own translations for the standard dialogs.
qt_tr=$(qtpaths6 --query QT_INSTALL_TRANSLATIONS 2>/dev/null || echo /usr/share/qt6/translations)
mkdir -p "$appdir/usr/translations"
for lang in de zh_CN; do
    cp "$qt_tr"/qtbase_"$lang".qm "$appdir/usr/translations/" 2>/dev/null || true
done

# The base system every desktop Linux has; everything else travels in the AppDir.
is_base() {
    case "$(basename "$1")" in
        ld-linux*|libc.so*|libm.so*|libdl.so*|libpthread.so*|librt.so*|libresolv.so*|libutil.so*) return 0 ;;
        libGL.so*|libEGL.so*|libGLX.so*|libGLdispatch.so*|libOpenGL.so*|libdrm.so*|libgbm.so*) return 0 ;;
        libX11*.so*|libxcb*.so*|libXau.so*|libXdmcp.so*|libXext.so*|libXrender.so*|libX*.so*) return 0 ;;
        # fontconfig and freetype must match the host's font configuration; with them stay what they load.
        libfontconfig.so*|libfreetype.so*|libexpat.so*|libz.so*|libpng16.so*|libbrotli*.so*|libbz2.so*) return 0 ;;
        libuuid.so*|libbsd.so*|libmd.so*|libgcc_s.so*) return 0 ;;
    esac
    return 1
}

mkdir -p "$appdir/usr/lib"
declare -A seen=()
queue=("$appdir/usr/bin/sightglass")
while IFS= read -r -d '' plugin; do queue+=("$plugin"); done < <(find "$appdir/usr/plugins" -name '*.so' -print0)
while [ ${#queue[@]} -gt 0 ]; do
    file=${queue[0]}
    queue=("${queue[@]:1}")
    while read -r lib; do
        [ -n "$lib" ] && [ -f "$lib" ] || continue
        name=$(basename "$lib")
        is_base "$lib" && continue
        [ -n "${seen[$name]:-}" ] && continue
        seen[$name]=1
        cp -L "$lib" "$appdir/usr/lib/$name"
        queue+=("$appdir/usr/lib/$name")
    done < <(ldd "$file" 2>/dev/null | awk '/=> \// {print $3}')
done

patchelf --set-rpath '$ORIGIN/../lib' "$appdir/usr/bin/sightglass"
for lib in "$appdir"/usr/lib/*.so*; do patchelf --set-rpath '$ORIGIN' "$lib" 2>/dev/null || true; done
while IFS= read -r -d '' plugin; do
    patchelf --set-rpath '$ORIGIN/../../lib' "$plugin"
done < <(find "$appdir/usr/plugins" -name '*.so' -print0)
cat > "$appdir/usr/bin/qt.conf" <<'CONF'
[Paths]
Prefix = ..
Plugins = plugins
Translations = translations
CONF

cp "$here/AppRun" "$appdir/AppRun"
chmod +x "$appdir/AppRun"
cp "$appdir/usr/share/applications/$app_id.desktop" "$appdir/"
cp "$appdir/usr/share/icons/hicolor/scalable/apps/$app_id.svg" "$appdir/"
ln -sf "$app_id.svg" "$appdir/.DirIcon"
echo "build-appimage: AppDir complete: $appdir ($(du -sh "$appdir" | cut -f1), $(ls "$appdir/usr/lib" | wc -l) libraries bundled)"

version=$("$appdir/AppRun" --version | awk '{print $2}' | tr '+' '_')
target="$out/Sightglass-$version-x86_64.AppImage"
if command -v appimagetool >/dev/null; then
    ARCH=x86_64 appimagetool "$appdir" "$target"
    echo "build-appimage: $target"
else
    cat >&2 <<MSG
build-appimage: not packed into a single file: appimagetool is not installed, and neither it nor the
AppImage type-2 runtime (runtime-x86_64 from github.com/AppImage/type2-runtime) can be installed from
the package registries reachable here (Debian and npm). The AppDir above is complete and runs as it is
(./Sightglass.AppDir/AppRun). On a machine with appimagetool:
    ARCH=x86_64 appimagetool "$appdir" "$target"
MSG
    exit 3
fi
