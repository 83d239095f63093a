// Benchmark at a département's scale (the PostgreSQL issue): 1,000,000 reports across 30
// sites over ten years on the shared database, and the same million in one SQLite file.
//   - the list's first page (what the window reads when it opens)   target < 300 ms
//   - a search, first page                                          target < 50 ms
//   - stats --year of one site, stats --all-sites (whole processes) ≤ 1.5 × psql/sqlite3
//     running the same counts written by hand
//   - import of 100,000 reports into an empty site / file            target < 10 s
// Each step also prints its ratio to the raw query doing the same work.
// usage: tests/pg/with_postgres.sh build/tests/bench/vigie_bench_departement [REPORTS] [SITES]
// (the server of with_postgres.sh runs with fsync off; the SQLite file is kept in /tmp)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "app/demo.h"
#include "app/report_browser.h"
#include "app/workspace.h"
#include "bench.h"
#include "storage/store.h"

using namespace vigie;
namespace fs = std::filesystem;

namespace {

void ratioLine(const std::string& what, double ms, double raw, double maxRatio) {
    std::printf("  %-56s %10.2f ms   ratio %.2f x  target <= %.1f x %s\n", what.c_str(), raw,
                ms / raw, maxRatio, ms <= maxRatio * raw ? "OK" : "MISSED");
    std::fflush(stdout);
}

// psql's own time for the statements of `sql` (\timing), median of `runs`.
double psqlMs(const std::string& uri, const std::string& sql, int runs = 5) {
    const std::string script = "/tmp/vigie-bench-psql.sql";
    std::ofstream(script) << "\\timing on\n\\o /dev/null\n" << sql << "\n";
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        double total = 0;
        if (FILE* p = popen(("psql -X -q '" + uri + "' -f " + script + " 2>&1").c_str(), "r")) {
            char line[512];
            while (std::fgets(line, sizeof line, p)) {
                double ms = 0;
                if (std::sscanf(line, "Time: %lf ms", &ms) == 1) {
                    total += ms;
                }
            }
            pclose(p);
        }
        times.push_back(total);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// Fills the shared database on the server itself: `reports` reports spread over `sites`
// sites and ten years (2016-2025), one or two rights and institutions each, words drawn
// from the vocabulary of the field, a meeting a month per site.
std::string fillSql(int reports, int sites) {
    return fmt::format(R"sql(
INSERT INTO sites(code, name) SELECT 's' || lpad(i::text, 2, '0'), 'CCAS n° ' || i
  FROM generate_series(1, {1}) i ON CONFLICT DO NOTHING;
CREATE TEMP TABLE vocab AS SELECT ARRAY['dossier','bloque','attente','loyer','energie',
  'precarite','retraite','liquidation','surendettement','titre','sejour','rsa','apl',
  'handicap','aah','pch','complementaire','sante','css','ame','rendez-vous','internet',
  'numerique','courrier','reponse','delai','mois','semaines','famille','enfant','logement',
  'expulsion','hebergement','urgence','transport','mobilite','formation','emploi',
  'indemnites','chomage','pension','reversion','medecin','soins','facture','coupure',
  'justificatif','piece','recours','instruction'] AS w;
CREATE TEMP TABLE drawn AS
SELECT g, 's' || lpad((1 + g % {1})::text, 2, '0') AS site,
       (date '2016-01-01' + (random() * 3652)::int) AS d,
       (SELECT string_agg(w[1 + (random() * 49)::int], ' ') FROM vocab, generate_series(1, 9) k) AS descr
  FROM generate_series(1, {0}) g;
INSERT INTO reports(site, reference, ref_year, ref_seq, received_on, source_id, description,
                    categories, status, created_at, updated_at, search_words)
SELECT site, y || '-' || lpad(seq::text, greatest(3, length(seq::text)), '0'), y, seq, d::text,
       (SELECT id FROM source_groups WHERE site IS NULL ORDER BY id OFFSET (g % 8) LIMIT 1),
       descr, 1 + g % 7,
       (ARRAY['recue','suivi_en_cours','resolue','resolue','non_resolue','remontee_nationale','annulee'])[1 + g % 7],
       '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', to_tsvector('simple', descr)
  FROM (SELECT *, extract(year FROM d)::int AS y,
               row_number() OVER (PARTITION BY site, extract(year FROM d) ORDER BY d, g) AS seq
          FROM drawn) x;
CREATE TEMP TABLE shared_rights AS SELECT array_agg(id ORDER BY id) a FROM rights WHERE site IS NULL;
CREATE TEMP TABLE shared_bodies AS SELECT array_agg(id ORDER BY id) a FROM institutions WHERE site IS NULL;
INSERT INTO report_rights(site, report_id, right_id, position)
SELECT r.site, r.id, a[1 + r.id % array_length(a, 1)], 1 FROM reports r, shared_rights;
INSERT INTO report_rights(site, report_id, right_id, position)
SELECT r.site, r.id, a[1 + (r.id / 3) % array_length(a, 1)], 2 FROM reports r, shared_rights
 WHERE r.id % 2 = 0 AND a[1 + (r.id / 3) % array_length(a, 1)] <> a[1 + r.id % array_length(a, 1)];
INSERT INTO report_institutions(site, report_id, institution_id, position)
SELECT r.site, r.id, a[1 + r.id % 6], 1 FROM reports r, shared_bodies;
INSERT INTO meetings(site, date, state, created_at, updated_at)
SELECT s.code, y || '-' || lpad(m::text, 2, '0') || '-15', 'final', '2025-01-01T00:00:00Z',
       '2025-01-01T00:00:00Z'
  FROM sites s, generate_series(2016, 2025) y, generate_series(1, 12) m;
ANALYZE;
)sql",
                       reports, sites);
}

// The counts `stats --json` gives for a year, written by hand for psql; `site` empty: all.
std::string pgCountsSql(int year, const std::string& site) {
    const std::string bySite = site.empty() ? "" : " AND site = '" + site + "'";
    const std::string from = fmt::format("'{}-01-01'", year), to = fmt::format("'{}-12-31'", year);
    const std::string r = fmt::format("(SELECT id, received_on, categories, status, non_take_up, "
                                      "source_id FROM reports WHERE received_on BETWEEN {} AND "
                                      "{} AND status <> 'annulee'{})",
                                      from, to, bySite);
    std::string sql;
    sql += fmt::format("SELECT count(*), count(*) FILTER (WHERE categories & 1 <> 0), count(*) "
                       "FILTER (WHERE categories & 2 <> 0), count(*) FILTER (WHERE categories & 4 "
                       "<> 0) FROM {};\n", r);
    sql += fmt::format("SELECT x.family_code, count(DISTINCT l.report_id) FROM {} r JOIN "
                       "report_rights l ON l.report_id = r.id JOIN rights x ON x.id = l.right_id "
                       "GROUP BY 1;\n", r);
    sql += fmt::format("SELECT x.code, count(DISTINCT l.report_id) FROM {} r JOIN report_rights l "
                       "ON l.report_id = r.id JOIN rights x ON x.id = l.right_id GROUP BY 1;\n", r);
    sql += fmt::format("SELECT x.code, count(DISTINCT l.report_id) FROM {} r JOIN "
                       "report_institutions l ON l.report_id = r.id JOIN institutions x ON x.id = "
                       "l.institution_id GROUP BY 1;\n", r);
    sql += fmt::format("SELECT g.name, count(*) FROM {} r LEFT JOIN source_groups g ON g.id = "
                       "r.source_id GROUP BY 1;\n", r);
    sql += fmt::format("SELECT non_take_up, count(*) FROM {} x GROUP BY 1;\n", r);
    sql += fmt::format("SELECT status, count(*) FROM {} x GROUP BY 1;\n", r);
    sql += fmt::format("SELECT substr(received_on, 1, 7), count(*) FROM {} x GROUP BY 1;\n", r);
    sql += fmt::format("SELECT count(*) FROM meetings WHERE date BETWEEN {} AND {}{} AND (state "
                       "<> 'planned' OR date < current_date::text);\n", from, to, bySite);
    sql += fmt::format("SELECT count(*), count(answered_on) FROM solicitations WHERE sent_on "
                       "BETWEEN {} AND {}{};\n", from, to, bySite);
    return sql;
}

// The same counts for the sqlite3 shell, of the whole file.
std::string sqliteCountsSql(int year) {
    std::string sql = pgCountsSql(year, "");
    for (int bit : {1, 2, 4}) {
        sql.replace(sql.find(fmt::format("count(*) FILTER (WHERE categories & {} <> 0)", bit)),
                    std::string(fmt::format("count(*) FILTER (WHERE categories & {} <> 0)", bit)).size(),
                    fmt::format("sum((categories & {}) <> 0)", bit));
    }
    const std::string today = "current_date::text";
    sql.replace(sql.find(today), today.size(), "date('now')");
    return sql;
}

// What the list reads when the window opens: how many, every id in order, a screenful.
double firstPage(app::Workspace& workspace) {
    return bench::report(
        "the list's first page (count, ids in order, 30 rows)",
        [&] {
            app::ReportBrowser browser(workspace.store());
            ReportFilter all;
            browser.count(all);
            const auto ids = browser.ids(all, ReportOrder::ReceivedOn, false);
            browser.load(std::vector<ReportId>(ids.begin(), ids.begin() + std::min<std::size_t>(30, ids.size())));
        },
        5, 300);
}

double search(app::Workspace& workspace) {
    const char* words[] = {"precarite", "retraite liquidation", "energie", "surendet",
                           "titre sejour"};
    int w = 0;
    return bench::report(
        "a search, first page (five searches in turn)",
        [&] {
            app::ReportBrowser browser(workspace.store());
            ReportFilter f;
            f.search = words[w++ % 5];
            const auto ids = browser.ids(f, ReportOrder::ReceivedOn, false);
            browser.load(std::vector<ReportId>(ids.begin(), ids.begin() + std::min<std::size_t>(30, ids.size())));
        },
        5, 50);
}

// `where`: the --db (and --site) arguments of an empty database or site.
void importCsv(const std::string& cli, const std::string& where, const std::string& backEnd,
               const fs::path& csv) {
    const double ms = bench::wallMs(cli + " " + where + " import reports '" + csv.string() + "' >/dev/null");
    std::printf("%-58s %10.1f ms   target < 10000 ms %s\n",
                ("vigie-cli import of 100,000 reports (" + backEnd + ")").c_str(), ms,
                ms < 10000 ? "OK" : "MISSED");
    std::fflush(stdout);
}

// 100,000 demo reports as a CSV file (made once, kept beside the databases).
fs::path importFile(const fs::path& dir, const std::string& cli) {
    const fs::path csv = dir / "import-100000.csv";
    if (!fs::exists(csv)) {
        const fs::path source = dir / "import-source.sqlite";
        fs::remove(source);
        bench::wallMs(cli + " --db '" + source.string() + "' demo --reports 100000 --seed 9 >/dev/null");
        bench::wallMs(cli + " --db '" + source.string() + "' export reports '" + csv.string() +
               "' --all >/dev/null");
    }
    return csv;
}

void sharedDatabase(const std::string& uri, int reports, int sites, const std::string& cli,
                    const fs::path& csv) {
    std::printf("\nShared database (PostgreSQL): %d reports, %d sites, 2016-2025\n", reports, sites);
    {
        app::OpenRequest create;
        create.siteRequired = false;
        app::Workspace::open(uri, create); // the schema
    }
    std::ofstream("/tmp/vigie-bench-fill.sql") << fillSql(reports, sites);
    bench::report(
        "filling the server (SQL run by psql, not by Vigie)",
        [&] {
            bench::wallMs("psql -X -q -v ON_ERROR_STOP=1 '" + uri +
                   "' -f /tmp/vigie-bench-fill.sql >/dev/null");
        },
        1);
    app::OpenRequest s01;
    s01.site = "s01";
    auto workspace = app::Workspace::open(uri, s01);
    const double page = firstPage(*workspace);
    ratioLine("psql, the same count, ids and rows", page,
              psqlMs(uri, "SELECT count(*) FROM reports WHERE site = 's01' AND status <> 'annulee';\n"
                          "SELECT id, ref_year, ref_seq, source_id, status, categories FROM reports "
                          "WHERE site = 's01' AND status <> 'annulee' ORDER BY received_on DESC, "
                          "ref_year DESC, ref_seq DESC;\n"
                          "SELECT r.*, (SELECT string_agg(x.code, ',') FROM report_rights l JOIN "
                          "rights x ON x.id = l.right_id WHERE l.report_id = r.id) FROM reports r "
                          "WHERE site = 's01' AND status <> 'annulee' ORDER BY received_on DESC "
                          "LIMIT 30;"),
              3);
    const double found = search(*workspace);
    ratioLine("psql, the same word search", found,
              psqlMs(uri, "SELECT id FROM reports WHERE site = 's01' AND status <> 'annulee' AND "
                          "search_words @@ to_tsquery('simple', 'precarite:*') ORDER BY "
                          "received_on DESC;"),
              3);
    const std::string quiet = " >/dev/null 2>&1";
    const std::string one = cli + " --db '" + uri + "' --site s01 stats --year 2024 --json" + quiet;
    bench::wallMs(one);
    const double oneMs = bench::medianOf(one, 7);
    std::printf("%-58s %10.1f ms\n", "vigie-cli stats --year 2024 --site s01 (median of 7)", oneMs);
    std::ofstream("/tmp/vigie-bench-one.sql") << pgCountsSql(2024, "s01") << pgCountsSql(2023, "s01");
    ratioLine("psql, the same counts by hand (whole process)", oneMs,
              bench::medianOf("psql -X -q '" + uri + "' -f /tmp/vigie-bench-one.sql" + quiet, 7), 1.5);
    const std::string all = cli + " --db '" + uri + "' stats --all-sites --year 2024 --json" + quiet;
    bench::wallMs(all);
    const double allMs = bench::medianOf(all, 5);
    std::printf("%-58s %10.1f ms\n", "vigie-cli stats --all-sites --year 2024 (median of 5)", allMs);
    std::ofstream("/tmp/vigie-bench-all.sql") << pgCountsSql(2024, "") << pgCountsSql(2023, "");
    ratioLine("psql, the same counts over every site (whole process)", allMs,
              bench::medianOf("psql -X -q '" + uri + "' -f /tmp/vigie-bench-all.sql" + quiet, 5), 1.5);
    bench::wallMs(cli + " --db '" + uri + "' site add vide 'Site vide'" + quiet);
    importCsv(cli, "--db '" + uri + "' --site vide", "PostgreSQL, an empty site", csv);
}

// The same million reports' scale in one SQLite file (Vigie's demo, made once and kept).
void databaseFile(const fs::path& dir, int reports, const std::string& cli, const fs::path& csv) {
    const fs::path db = dir / fmt::format("one-file-{}.sqlite", reports);
    std::printf("\nDatabase file (SQLite): %d reports, ten years\n", reports);
    if (!fs::exists(db)) {
        bench::report(
            "generating the demo reports (once; the file is kept)",
            [&] {
                auto store = storage::openSqliteStore(db);
                app::DemoOptions demo;
                demo.reports = reports;
                demo.years = 10;
                demo.today = Date(2025, 12, 31);
                demo.seed = 3;
                app::fillWithDemoData(*store, app::Actor::current(), demo);
            },
            1);
    }
    auto workspace = app::Workspace::open(db);
    const double page = firstPage(*workspace);
    bench::ratio("the same count, ids and rows", page,
                 bench::shellMs(db.string(),
                                "SELECT count(*) FROM reports WHERE status <> 'annulee';\n"
                                "SELECT id, ref_year, ref_seq, source_id, status, categories FROM "
                                "reports WHERE status <> 'annulee' ORDER BY received_on DESC, "
                                "ref_year DESC, ref_seq DESC;\n"
                                "SELECT r.*, (SELECT group_concat(x.code) FROM report_rights l JOIN "
                                "rights x ON x.id = l.right_id WHERE l.report_id = r.id) FROM "
                                "reports r WHERE status <> 'annulee' ORDER BY received_on DESC "
                                "LIMIT 30;"));
    const double found = search(*workspace);
    bench::ratio("the same word search", found,
                 bench::shellMs(db.string(), "SELECT r.id FROM reports r JOIN report_fts f ON "
                                             "f.rowid = r.id WHERE report_fts MATCH 'energie*' "
                                             "AND r.status <> 'annulee' ORDER BY "
                                             "r.received_on DESC;"));
    workspace.reset();
    const std::string quiet = " >/dev/null 2>&1";
    const std::string stats = cli + " --db '" + db.string() + "' stats --year 2024 --json" + quiet;
    bench::wallMs(stats);
    const double statsMs = bench::medianOf(stats, 7);
    std::printf("%-58s %10.1f ms\n", "vigie-cli stats --year 2024 (median of 7)", statsMs);
    const fs::path counts = dir / "counts-file.sql";
    std::ofstream(counts) << sqliteCountsSql(2024) << sqliteCountsSql(2023);
    ratioLine("sqlite3 shell, the same counts by hand (whole process)", statsMs,
              bench::medianOf("sqlite3 '" + db.string() + "' < '" + counts.string() + "'" + quiet, 7), 1.5);
    const fs::path empty = dir / "import-target.sqlite";
    fs::remove(empty);
    importCsv(cli, "--db '" + empty.string() + "'", "SQLite, a new file", csv);
    fs::remove(empty);
}

} // namespace

int main(int argc, char** argv) {
    const int reports = argc > 1 ? std::atoi(argv[1]) : 1000000;
    const int sites = argc > 2 ? std::atoi(argv[2]) : 30;
    const char* server = std::getenv("VIGIE_TEST_PG");
    const std::string cli = VIGIE_CLI;
    const fs::path dir = fs::temp_directory_path() / "vigie-bench-departement";
    fs::create_directories(dir);
    const fs::path csv = importFile(dir, cli);
    databaseFile(dir, reports, cli, csv);
    if (server) {
        sharedDatabase(server, reports, sites, cli, csv);
    } else {
        std::printf("VIGIE_TEST_PG is not set: the shared database is skipped (run through "
                    "tests/pg/with_postgres.sh)\n");
    }
    return 0;
}
