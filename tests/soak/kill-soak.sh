#!/usr/bin/env bash
# Kill soak (issue 15; outside ctest, see docs/reliability.md): runs log,
# import, backup and restore on one database and SIGKILLs each at a random
# moment, until KILLS commands died that way. After every command it checks:
#   - the database is sound (`check`);
#   - every entry a `log` acknowledged (exit 0) is there;
#   - an import is all or nothing: none of its 200 entries, or all of them;
#   - the newest backup under a backup name is sound;
#   - a restore left the old state or the backup's, nothing in between.
# At the end no work file (.part-*, .rodedraad-work) outlives the next backup
# and commit.
# On a failure the work folder, with trace.txt (each command and how it ended),
# is kept in $SOAK_KEEP (default /tmp/kill-soak-failed).
#
#   tests/soak/kill-soak.sh [KILLS] [EXE]     (default 1000 and build/app/rodedraad)
set -uo pipefail
kills_wanted=${1:-1000}
exe=$(realpath "${2:-build/app/rodedraad}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/team.sqlite
export LANG=C.UTF-8
unset RODEDRAAD_DB
rd() { "$exe" --db "$db" "$@"; }
fail() {
    echo "FAILED after $kills kills (iteration $n, $op): $*" >&2
    rm -rf "${SOAK_KEEP:-/tmp/kill-soak-failed}"
    cp -a "$work" "${SOAK_KEEP:-/tmp/kill-soak-failed}" # the files and trace.txt, to look at
    echo "kept in ${SOAK_KEEP:-/tmp/kill-soak-failed}" >&2
    exit 1
}

# The entries of the database now: one line per logged or imported text.
state() {
    rd export --json "$work/state.json" >/dev/null 2>&1 || fail "export failed"
    grep -o '"\(log\|imp\)-[0-9-]*"' "$work/state.json" | tr -d '"' | sort
}

import_file() { # 200 initiatives, "imp-<n>-<k>"
    local file=$work/imp-$1.json
    {
        printf '{"format":"rodedraad","version":1,"people":[{"id":"anna","name":"Anna"}],"initiatives":['
        for k in $(seq 1 200); do
            [ "$k" -gt 1 ] && printf ','
            printf '{"person":"anna","date":"2026-01-01","description":"imp-%s-%s","kind":"initiative","outcome":"worked","recognisedOn":null,"recognition":null}' "$1" "$k"
        done
        printf ']}'
    } >"$file"
    echo "$file"
}

rd person add Anna >/dev/null || { echo "cannot create $db" >&2; exit 1; }
for k in 1 2 3 4 5; do rd log initiative --person anna --text "log-0-$k" >/dev/null; done
rd backup --to "$work/base.sqlite" >/dev/null || { echo "cannot take the base backup" >&2; exit 1; }
state >"$work/base.txt"
cp "$work/base.txt" "$work/acked.txt"

kills=0 n=0 finished=0
declare -A per_op_kills=()
start=$(date +%s)
while [ "$kills" -lt "$kills_wanted" ]; do
    n=$((n + 1))
    ops=(log log import backup restore)
    op=${ops[RANDOM % ${#ops[@]}]}
    state >"$work/before.txt"
    case $op in
    log) args=(log initiative --person anna --text "log-$n") ;;
    import) args=(import "$(import_file "$n")") ;;
    backup) args=(backup) ;;
    restore) args=(restore "$work/base.sqlite") ;;
    esac
    # The executable itself in the background, not the rd function: $! must be
    # the process that gets the kill, not a subshell that would leave it running.
    "$exe" --db "$db" "${args[@]}" >/dev/null 2>"$work/err.txt" &
    pid=$!
    # Up to about as long as the command takes here, so kills land all along it.
    case $op in log) most=70 ;; import) most=160 ;; backup) most=120 ;; *) most=220 ;; esac
    sleep "0.$(printf '%03d' $((RANDOM % most)))"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    rc=$?
    if [ "$rc" -eq 137 ]; then
        kills=$((kills + 1))
        per_op_kills[$op]=$((${per_op_kills[$op]:-0} + 1))
    elif [ "$rc" -eq 0 ]; then
        finished=$((finished + 1))
    else
        fail "exit $rc: $(cat "$work/err.txt")"
    fi

    echo "$n $op exit $rc" >>"$work/trace.txt"
    rd check >/dev/null 2>"$work/err.txt" || fail "check: $(cat "$work/err.txt")"
    state >"$work/after.txt"
    case $op in
    log)
        [ "$rc" -eq 0 ] && { echo "log-$n" >>"$work/acked.txt"; sort -o "$work/acked.txt" "$work/acked.txt"; }
        ;;
    import)
        got=$(grep -c "^imp-$n-" "$work/after.txt")
        [ "$got" -eq 0 ] || [ "$got" -eq 200 ] || fail "import left $got of 200 entries"
        [ "$rc" -ne 0 ] || [ "$got" -eq 200 ] || fail "an acknowledged import left $got entries"
        [ "$got" -eq 200 ] && { grep "^imp-$n-" "$work/after.txt" >>"$work/acked.txt"; sort -o "$work/acked.txt" "$work/acked.txt"; }
        ;;
    restore)
        if cmp -s "$work/after.txt" "$work/base.txt"; then
            cp "$work/base.txt" "$work/acked.txt" # the restore took: what it gave back is what counts
        elif ! cmp -s "$work/after.txt" "$work/before.txt"; then
            fail "restore left a state that is neither the old one nor the backup's"
        fi
        [ "$rc" -ne 0 ] || cmp -s "$work/after.txt" "$work/base.txt" || fail "an acknowledged restore did not take"
        ;;
    backup)
        newest=$(ls -t "$work"/backups/*.sqlite 2>/dev/null | head -1)
        if [ -n "$newest" ]; then
            "$exe" --db "$newest" check >/dev/null 2>&1 || fail "the newest backup $newest is not sound"
        fi
        ;;
    esac
    missing=$(comm -23 "$work/acked.txt" "$work/after.txt" | head -3)
    [ -z "$missing" ] || fail "acknowledged entries are missing: $missing"
    [ $((n % 100)) -eq 0 ] && echo "$n commands, $kills kills, $(($(date +%s) - start)) s" >&2
done

# The next backup and the next commit sweep what the killed ones left.
rd backup >/dev/null || fail "the last backup failed"
rd log initiative --person anna --text "log-final" >/dev/null || fail "the last log failed"
leftovers=$(find "$work" -name '*.part-*' -o -name '.rodedraad-work' | wc -l)
seconds=$(($(date +%s) - start))
echo "kill soak: $kills kills in $n commands ($finished finished first) in $seconds s;" \
    "log ${per_op_kills[log]:-0}, import ${per_op_kills[import]:-0}," \
    "backup ${per_op_kills[backup]:-0}, restore ${per_op_kills[restore]:-0};" \
    "acknowledged entries kept: $(wc -l <"$work/acked.txt"); work files left: $leftovers"
[ "$leftovers" -eq 0 ] || { find "$work" -name '*.part-*' -o -name '.rodedraad-work' >&2; exit 1; }
