#!/usr/bin/env bash
# check-deb.sh BUILD_DIR [CPACK]: builds the .deb from BUILD_DIR into a temporary directory and
# checks it. Exit 0 = good, 1 = a check failed, 77 = the tools are missing (ctest: skipped).
set -euo pipefail
build_dir=$(cd "$1" && pwd)
cpack=${2:-cpack}

for tool in "$cpack" dpkg-deb dpkg-shlibdeps; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed (apt install dpkg-dev cmake)"; exit 77; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

echo "== cpack -G DEB (from $build_dir)"
if ! "$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" \
        -D CPACK_OUTPUT_FILE_PREFIX="$work/out" >"$work/cpack.log" 2>&1; then
    tail -20 "$work/cpack.log"
    echo "FAIL: cpack"
    exit 1
fi
deb=$(find "$work/out" -maxdepth 1 -name 'mpki-setup_*.deb' | head -1)
[ -n "$deb" ] || { cat "$work/cpack.log"; echo "FAIL: cpack made no mpki-setup_*.deb"; exit 1; }
arch=$(dpkg --print-architecture)
case "$(basename "$deb")" in
mpki-setup_*_"$arch".deb) pass "file name $(basename "$deb")" ;;
*) fail "file name $(basename "$deb") is not mpki-setup_<version>_$arch.deb" ;;
esac

info=$(dpkg-deb --info "$deb")
field() { dpkg-deb --field "$deb" "$1"; }
depends=$(field Depends)
echo "Depends: $depends"
for dependency in 'libsecret-1-0' 'libssl3' 'libqt6core6' 'libqt6widgets6' 'libqt6network6' 'libqt6keychain1' 'libc6'; do
    if grep -q "\\b$dependency\\b" <<<"$depends"; then pass "Depends has $dependency"; else fail "Depends lacks $dependency"; fi
done
recommends=$(field Recommends)
for recommendation in 'gnome-keyring | kwalletmanager' 'qt6-translations-l10n' 'qt6-wayland' 'libnotify-bin'; do
    if grep -qF "$recommendation" <<<"$recommends"; then pass "Recommends has $recommendation"; else fail "Recommends lacks $recommendation"; fi
done
for name in Maintainer Section Description Homepage; do
    [ -n "$(field "$name")" ] && pass "$name: $(field "$name" | head -1)" || fail "no $name field"
done
grep -q '^ Package: mpki-setup$' <<<"$info" && pass "Package: mpki-setup" || fail "package name is not mpki-setup"

contents=$(dpkg-deb --contents "$deb" | awk '{print $6}')
for path in \
    './usr/bin/mpki-setup' \
    './usr/share/applications/ch.mpki_setup.MpkiSetup.desktop' \
    './usr/share/metainfo/ch.mpki_setup.MpkiSetup.metainfo.xml' \
    './usr/share/mpki-setup/translations/mpki-setup_de.qm' \
    './usr/share/mpki-setup/translations/mpki-setup_fr.qm' \
    './usr/share/mpki-setup/translations/mpki-setup_it.qm' \
    './usr/share/icons/hicolor/scalable/apps/mpki-setup.svg' \
    './usr/share/icons/hicolor/16x16/apps/mpki-setup.png' \
    './usr/share/icons/hicolor/48x48/apps/mpki-setup.png' \
    './usr/share/icons/hicolor/256x256/apps/mpki-setup.png' \
    './usr/share/doc/mpki-setup/copyright' \
    './usr/lib/systemd/user/mpki-setup-health.service' \
    './usr/lib/systemd/user/mpki-setup-health.timer' \
    './usr/libexec/mpki-setup/health-notify'; do
    if grep -qxF "$path" <<<"$contents"; then pass "contains $path"; else fail "lacks $path"; fi
done
# Nothing meant for developers or tests ends up in it.
stray=$(echo "$contents" | grep -E '\.(a|h|cmake)$|/include/|/tests?/|l10n_|installer_' || true)
[ -z "$stray" ] && pass "no static libraries, headers or tests" || fail "stray files: $stray"

root="$work/root"
mkdir -p "$root"
dpkg-deb -x "$deb" "$root"

# The health timer ships disabled: no enablement symlink in the package, and no maintainer script
# that enables or starts a unit (what `systemctl --user enable` does is each user's choice).
wants=$(dpkg-deb --contents "$deb" | grep -E '\.(wants|requires)/|^l.*systemd' || true)
[ -z "$wants" ] && pass "no unit enabled by a symlink in the package" || fail "enablement links: $wants"
dpkg-deb --control "$deb" "$work/control"
enabling=$(grep -lE 'systemctl|deb-systemd-helper|deb-systemd-invoke|enable' \
    "$work/control"/{preinst,postinst,prerm,postrm} 2>/dev/null || true)
[ -z "$enabling" ] && pass "no maintainer script enables a unit" || fail "maintainer scripts that enable units: $enabling"
unit_dir="$root/usr/lib/systemd/user"
wrapper="$root/usr/libexec/mpki-setup/health-notify"
[ -x "$wrapper" ] && pass "health-notify is executable" || fail "health-notify is not executable"
grep -qx 'ExecStart=/usr/libexec/mpki-setup/health-notify %E/mpki-setup/health.conf' "$unit_dir/mpki-setup-health.service" \
    && pass "the service runs the packaged wrapper" \
    || fail "the service does not run /usr/libexec/mpki-setup/health-notify: $(grep ExecStart "$unit_dir/mpki-setup-health.service")"
grep -qx 'SuccessExitStatus=1' "$unit_dir/mpki-setup-health.service" \
    && pass "WARNING (1) is not a failed service" || fail "the service lacks SuccessExitStatus=1"
for setting in OnCalendar=daily Persistent=true WantedBy=timers.target; do
    grep -qx "$setting" "$unit_dir/mpki-setup-health.timer" && pass "timer: $setting" || fail "timer lacks $setting"
done
if command -v systemd-analyze >/dev/null; then
    # verify checks that ExecStart's program exists: the unpacked wrapper stands in for /usr's.
    mkdir -p "$work/units" "$work/runtime"
    chmod 700 "$work/runtime"
    cp "$unit_dir/mpki-setup-health.timer" "$work/units/"
    sed "s#^ExecStart=/usr/#ExecStart=$root/usr/#" "$unit_dir/mpki-setup-health.service" >"$work/units/mpki-setup-health.service"
    # Any output is a finding: systemd-analyze only warns (exit 0) about an unknown or misspelt key.
    if out=$(cd "$work/units" && XDG_RUNTIME_DIR="$work/runtime" timeout 60 systemd-analyze verify --user --man=no \
            ./mpki-setup-health.timer ./mpki-setup-health.service 2>&1) && [ -z "$out" ]; then
        pass "systemd-analyze verify --user"
    else
        fail "systemd-analyze verify: $out"
    fi
else
    echo "note: systemd-analyze not installed (systemd); the units are not verified"
fi

binary_type=$(file "$root/usr/bin/mpki-setup")
# Here-strings, not pipes: with pipefail, `echo | grep -q` fails when grep stops reading early.
if grep -q ', stripped' <<<"$binary_type"; then pass "binary is stripped"; else fail "binary is not stripped: $binary_type"; fi

if command -v desktop-file-validate >/dev/null; then
    if out=$(desktop-file-validate "$root/usr/share/applications/ch.mpki_setup.MpkiSetup.desktop" 2>&1) && [ -z "$out" ]; then
        pass "desktop-file-validate"
    else
        fail "desktop-file-validate: $out"
    fi
else
    echo "note: desktop-file-validate not installed (desktop-file-utils); not checked"
fi
if command -v appstreamcli >/dev/null; then
    if out=$(appstreamcli validate --no-net "$root/usr/share/metainfo/ch.mpki_setup.MpkiSetup.metainfo.xml" 2>&1); then
        pass "appstreamcli validate --no-net"
    else
        fail "appstreamcli validate: $out"
    fi
else
    echo "note: appstreamcli not installed (appstream); not checked"
fi

# The packaged binary runs, and finds its packaged translations (relative to itself, as
# /usr/bin/../share/mpki-setup/translations is where the package puts them).
if version=$(timeout 30 "$root/usr/bin/mpki-setup" --version </dev/null 2>&1); then
    pass "packaged binary: $version"
else
    fail "packaged binary does not run --version: $version"
fi
german=$(LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8 timeout 30 "$root/usr/bin/mpki-setup" --help </dev/null 2>&1 || true)
grep -q 'Aufruf:' <<<"$german" && pass "packaged binary speaks German" || fail "packaged binary --help not German: $(echo "$german" | head -2)"
english=$(LANG=C.UTF-8 LC_ALL=C.UTF-8 timeout 30 "$root/usr/bin/mpki-setup" --help </dev/null 2>&1 || true)
if [ "$(echo "$german" | sed -n 2p)" != "$(echo "$english" | sed -n 2p)" ]; then
    pass "packaged translations loaded"
else
    fail "the packaged binary does not load its own translations"
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "$(basename "$deb"): all checks passed"
