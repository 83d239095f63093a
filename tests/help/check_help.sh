#!/usr/bin/env bash
# Checks the French user guide shown by the window (assets/help/*.html, wxHtmlWindow):
# every page the program links to exists, is UTF-8 and says so, has a title and a way back
# to the table of contents; every local link leads to an existing page (and anchor); every
# page can be reached from index.html; no leftover ("TODO", "Lorem", "FIXME"), nothing
# wxHtmlWindow does not render (<kbd>, CSS, JavaScript), and French spacing before : ; ? !
# usage: check_help.sh SOURCE_DIR
set -euo pipefail
# The typography checks match characters (« » ·), not bytes: whatever the caller's locale.
export LC_ALL=C.UTF-8

if [ $# -ne 1 ]; then
    echo "usage: $0 SOURCE_DIR" >&2
    exit 2
fi
help_dir="$1/assets/help"
if [ ! -d "$help_dir" ]; then
    echo "$help_dir: no such directory"
    exit 1
fi
cd "$help_dir"

# The pages the program links to, by these exact names.
pages=(index.html fiches.html confidentialite.html seances.html sollicitations.html
       statistiques.html import-export.html sauvegardes.html parametres.html clavier.html
       a-propos.html aller-vers.html aides.html historique.html faq.html)

status=0
problem() { # FILE MESSAGE
    echo "$help_dir/$1: $2"
    status=1
}

# The local links of a page, one a line, as written (anchors kept).
links_of() {
    grep -oiE 'href="[^"]*"' "$1" | sed -E 's/^[hH][rR][eE][fF]="//; s/"$//' |
        grep -viE '^[a-z][a-z0-9+.-]*:' || true
}

# Does PAGE define ANCHOR (<a name="ANCHOR"> or id="ANCHOR")?
has_anchor() {
    grep -qiE "(name|id)=\"$2\"" "$1"
}

for page in "${pages[@]}"; do
    if [ ! -f "$page" ]; then
        problem "$page" "missing"
    fi
done

shopt -s nullglob
all_pages=(*.html)
shopt -u nullglob

for page in "${all_pages[@]}"; do
    if ! iconv -f UTF-8 -t UTF-8 "$page" >/dev/null 2>&1; then
        problem "$page" "not valid UTF-8"
    fi
    if ! grep -qiE '<meta[^>]*http-equiv="Content-Type"[^>]*charset=utf-8' "$page"; then
        problem "$page" 'no <meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
    fi
    if ! grep -qiE '<h1[ >]' "$page"; then
        problem "$page" "no <h1> title"
    fi
    if [ "$page" != index.html ] && ! links_of "$page" | grep -qE '^index\.html(#|$)'; then
        problem "$page" "no link back to index.html"
    fi
    while IFS= read -r link; do
        [ -n "$link" ] || continue
        target="${link%%#*}"
        anchor=""
        if [[ "$link" == *"#"* ]]; then
            anchor="${link#*#}"
        fi
        [ -n "$target" ] || target="$page"
        if [ ! -f "$target" ]; then
            problem "$page" "link to $link: no page $target"
        elif [ -n "$anchor" ] && ! has_anchor "$target" "$anchor"; then
            problem "$page" "link to $link: no anchor \"$anchor\" in $target"
        fi
    done < <(links_of "$page")
    leftovers=$(grep -nwiE 'TODO|FIXME|Lorem' "$page" || true)
    if [ -n "$leftovers" ]; then
        problem "$page" "leftover text:"$'\n'"$leftovers"
    fi
    unsupported=$(grep -niE '<(kbd|script|style)[ >]|[[:space:]]style=|<link[ >]|<img[^>]*src="?[a-z]+://' \
        "$page" || true)
    if [ -n "$unsupported" ]; then
        problem "$page" "markup wxHtmlWindow does not handle (<kbd>, CSS, JavaScript, remote images):"$'\n'"$unsupported"
    fi
    # French typography: a no-break space (&nbsp; or U+00A0), not a plain space, before
    # : ; ? ! », before % after a number, and after «. Tags are left out first.
    spacing=$(sed -E 's/<[^>]*>//g' "$page" | grep -nE ' [:;?!»]|[0-9] %|« ' || true)
    if [ -n "$spacing" ]; then
        problem "$page" "plain space where French typography wants &nbsp; (line numbers of the page):"$'\n'"$spacing"
    fi
done

# Every page reachable from index.html by following links.
if [ -f index.html ]; then
    declare -A seen=([index.html]=1)
    queue=(index.html)
    while [ ${#queue[@]} -gt 0 ]; do
        current="${queue[0]}"
        queue=("${queue[@]:1}")
        while IFS= read -r link; do
            target="${link%%#*}"
            if [ -n "$target" ] && [ -f "$target" ] && [[ "$target" == *.html ]] &&
                [ -z "${seen[$target]:-}" ]; then
                seen[$target]=1
                queue+=("$target")
            fi
        done < <(links_of "$current")
    done
    for page in "${all_pages[@]}"; do
        if [ -z "${seen[$page]:-}" ]; then
            problem "$page" "not reachable from index.html"
        fi
    done
fi

if [ "$status" -ne 0 ]; then
    echo "help pages: problems found"
    exit 1
fi
echo "help pages: ${#all_pages[@]} pages checked in $help_dir, all fine"
