#!/bin/sh
# Install Lactation Coverage Helper for you only: no administrator password, no Python.
#
#   ./install.sh              install (or update) and add it to your applications menu
#   ./install.sh --uninstall  remove the app; your cases and letters are kept
#
# The app goes to ~/.local/opt/lactation-coverage-helper (LACTATION_HELPER_PREFIX changes
# it), the menu entry to ~/.local/share/applications, the icon to
# ~/.local/share/icons/hicolor, a `lactation-helper` command to ~/.local/bin. Your data
# stays where it always is (~/.local/share/lactation-coverage-helper), shared with a
# pip-installed copy of the app.
set -eu

APP_ID=io.github.lactation_coverage_helper.LactationCoverageHelper
here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
prefix=${LACTATION_HELPER_PREFIX:-$HOME/.local/opt/lactation-coverage-helper}
bin_link=$HOME/.local/bin/lactation-helper
desktop_file=$data_home/applications/$APP_ID.desktop
metainfo_file=$data_home/metainfo/$APP_ID.metainfo.xml

refresh_caches() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data_home/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$data_home/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t "$data_home/icons/hicolor" 2>/dev/null || true
  fi
  touch "$data_home/icons/hicolor" 2>/dev/null || true
}

uninstall() {
  if [ -L "$bin_link" ] && [ "$(readlink "$bin_link")" = "$prefix/lactation-helper" ]; then
    rm -f "$bin_link"
  fi
  rm -f "$desktop_file" "$metainfo_file"
  for icon in "$data_home"/icons/hicolor/*/apps/"$APP_ID".png "$data_home/icons/hicolor/scalable/apps/$APP_ID.svg"; do
    rm -f "$icon"
  done
  rm -rf "$prefix"
  refresh_caches
  echo "Lactation Coverage Helper was removed. Your data was kept."
}

install_app() {
  if [ ! -x "$here/lactation-helper/lactation-helper" ]; then
    echo "install.sh: run it from the unpacked folder (lactation-helper/ is missing)" >&2
    exit 1
  fi
  case "$prefix" in
    *[\"\\\`\$\|\&]*)
      echo "install.sh: choose a folder without \" \\ \` \$ | & in its name" >&2
      exit 1 ;;
  esac
  # Copy beside, then swap: a failed copy leaves the installed app as it was.
  mkdir -p "$(dirname "$prefix")"
  rm -rf "$prefix.new"
  cp -R "$here/lactation-helper" "$prefix.new"
  rm -rf "$prefix"
  mv "$prefix.new" "$prefix"

  # The menu entry, with the full path to the program (quoted, for spaces).
  mkdir -p "$data_home/applications"
  sed -e "s|^Exec=.*|Exec=\"$prefix/lactation-helper\"|" -e "/^Exec=/a TryExec=$prefix/lactation-helper" \
    "$here/share/applications/$APP_ID.desktop" >"$desktop_file.tmp"
  mv "$desktop_file.tmp" "$desktop_file"

  for folder in "$here"/share/icons/hicolor/*/apps; do
    size=$(basename "$(dirname "$folder")")
    mkdir -p "$data_home/icons/hicolor/$size/apps"
    cp "$folder"/* "$data_home/icons/hicolor/$size/apps/"
  done
  mkdir -p "$data_home/metainfo"
  cp "$here/share/metainfo/$APP_ID.metainfo.xml" "$metainfo_file"

  # A command for the terminal too, unless another lactation-helper (pip --user) is there.
  mkdir -p "$(dirname "$bin_link")"
  if [ ! -e "$bin_link" ] || [ -L "$bin_link" ]; then
    ln -sf "$prefix/lactation-helper" "$bin_link"
  else
    echo "Left $bin_link as it was (another copy of the app); the menu entry uses the new one."
  fi
  refresh_caches
  echo "Lactation Coverage Helper is installed: find it in your applications menu."
}

case "${1:-}" in
  --uninstall) uninstall ;;
  "") install_app ;;
  *) echo "usage: $0 [--uninstall]" >&2; exit 2 ;;
esac
