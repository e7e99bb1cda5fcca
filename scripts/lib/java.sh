# Sourced by scripts/services.sh and scripts/verapdf.sh: a JDK and Maven from Debian when missing.
# The sourcing script defines apt_install, log and die.

ensure_java() {  # java >= 17 to run; with 1, javac and mvn to build too
  local need_build=$1 major=0 packages=()
  if command -v java >/dev/null; then
    major=$(java -version 2>&1 | awk -F'"' '/version/ {print $2; exit}' | cut -d. -f1)
  fi
  [ "${major:-0}" -ge 17 ] 2>/dev/null || packages+=(openjdk-17-jre-headless)
  if [ "$need_build" = 1 ]; then
    command -v javac >/dev/null || packages+=(openjdk-17-jdk-headless)
    command -v mvn >/dev/null || packages+=(maven)
  fi
  [ ${#packages[@]} = 0 ] || apt_install "${packages[@]}"
}
