#!/bin/sh
# macOS: a .app and a .dmg from the PyInstaller one-folder bundle. Runs on a Mac (CI:
# .github/workflows/installers.yml); it cannot be built on Linux.
set -eu
cd "$(dirname "$0")/../.."
VERSION=$(python3 -c "import re;print(re.search(r'__version__ = \"(.+)\"', open('src/remonitor/__init__.py').read())[1])")
python3 installer/build.py
APP=build/packages/remonitor.app
rm -rf "$APP"
mkdir -p "$APP/Contents/MacOS" "$APP/Contents/Resources"
cp -R build/dist/remonitor/ "$APP/Contents/MacOS/"
cat > "$APP/Contents/Info.plist" <<PLIST
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
  <key>CFBundleIdentifier</key><string>org.remonitor.Remonitor</string>
  <key>CFBundleName</key><string>remonitor</string>
  <key>CFBundleExecutable</key><string>remonitor-gui</string>
  <key>CFBundleShortVersionString</key><string>${VERSION}</string>
  <key>CFBundlePackageType</key><string>APPL</string>
  <key>NSHighResolutionCapable</key><true/>
  <key>LSMinimumSystemVersion</key><string>11.0</string>
  <key>CFBundleDocumentTypes</key><array><dict>
    <key>CFBundleTypeExtensions</key><array><string>csv</string><string>xlsx</string></array>
    <key>CFBundleTypeRole</key><string>Viewer</string>
  </dict></array>
</dict></plist>
PLIST
hdiutil create -volname remonitor -srcfolder "$APP" -ov -format UDZO \
  "build/packages/remonitor-${VERSION}-macos.dmg"
