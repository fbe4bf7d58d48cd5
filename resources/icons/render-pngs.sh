#!/bin/sh
# Renders mpki-setup.svg into the hicolor PNG sizes committed beside it (and the Windows .ico).
# Run after changing the SVG; needs rsvg-convert (Debian: librsvg2-bin) and, for the .ico,
# ImageMagick's convert.
set -eu
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" --output "mpki-setup-$size.png" mpki-setup.svg
done
convert mpki-setup-16.png mpki-setup-24.png mpki-setup-32.png mpki-setup-48.png mpki-setup-64.png \
    mpki-setup-256.png mpki-setup.ico
