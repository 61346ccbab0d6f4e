#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Signs the app bundle (hardened runtime) and submits it for notarization, when the identity and
# the notarytool keychain profile are given; without them it says so and leaves the bundle unsigned.
#   MACOS_SIGNING_IDENTITY="Developer ID Application: …" MACOS_NOTARY_PROFILE=profile \
#   packaging/macos/sign-and-notarize.sh build/Sightglass.app
set -euo pipefail
app=${1:?path to Sightglass.app}
if [ -z "${MACOS_SIGNING_IDENTITY:-}" ]; then
    echo "sign-and-notarize: MACOS_SIGNING_IDENTITY is not set; $app stays unsigned" >&2
    exit 0
fi
codesign --force --deep --options runtime --timestamp --sign "$MACOS_SIGNING_IDENTITY" "$app"
codesign --verify --strict --verbose=2 "$app"
if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
    ditto -c -k --keepParent "$app" "$app.zip"
    xcrun notarytool submit "$app.zip" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
    xcrun stapler staple "$app"
    rm "$app.zip"
fi
