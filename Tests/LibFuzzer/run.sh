#!/usr/bin/env bash
# Fuzzes the CSV reader and the date and amount parsers with libFuzzer and AddressSanitizer, for
# SECONDS (default 60). The package does not build this: swiftc compiles the entry point with the
# reader's and the parsers' own source files. Usage: Tests/LibFuzzer/run.sh [SECONDS]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
sources="$here/../../Sources"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name CSVFuzz \
  "$here/CSVFuzzEntry.swift" "$sources/CobroStore/CSV/CSVReader.swift" \
  "$sources/CobroDomain/CivilDate.swift" "$sources/CobroDomain/Money.swift" "$sources/CobroDomain/AmountParsing.swift" \
  "$sources/CobroDomain/Currency.swift" "$sources/CobroDomain/Language.swift" \
  -o "$work/csv-fuzzer" 2>&1 | grep -v "Cannot export local symbol" || true

# A few well-formed files to start from.
mkdir -p "$work/corpus"
printf 'code,name,email\nC1,"Ibáñez; Hijos ""y"" Cía",a@example.com\n' >"$work/corpus/customers.csv"
printf 'number;customer_code;issue_date;due_date;amount;currency\r\nF1;C1;2026-01-01;2026-01-31;1.234,56;EUR\r\n' >"$work/corpus/invoices.csv"
printf '\xef\xbb\xbfcustomer_code\tdate\tamount\tcurrency\nC1\t2026-02-01\t92233720368547758.07\tEUR\n' >"$work/corpus/payments.csv"

"$work/csv-fuzzer" -max_total_time="${1:-60}" -max_len=4096 -print_final_stats=1 "$work/corpus"
