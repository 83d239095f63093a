// Figures typed in for the years before Vigie: one row per year, its counts, and its
// solicitations per addressee set. Kept apart from the counted data.
#include "domain/text.h"
#include "sqlite_store.h"

namespace vigie::storage {

namespace {

std::string categoryKey(Category c) {
    return std::string(code(c));
}

} // namespace

std::optional<EnteredFigures> SqliteEnteredFigures::find(int year) {
    return guarded(statements_, [&]() -> std::optional<EnteredFigures> {
        auto& y = statements_.get("SELECT meetings, reports, entered_at, entered_by FROM "
                                  "entered_years WHERE year = ?");
        y.bind(1, year);
        if (!y.executeStep()) {
            return std::nullopt;
        }
        EnteredFigures e;
        e.year = year;
        e.meetings = y.getColumn(0).getInt64();
        e.reports = y.getColumn(1).getInt64();
        e.enteredAt = y.getColumn(2).getString();
        e.enteredBy = y.getColumn(3).getString();
        y.reset();
        auto& counts = statements_.get("SELECT kind, code, count FROM entered_counts WHERE year = ? "
                                       "ORDER BY kind, code");
        counts.bind(1, year);
        while (counts.executeStep()) {
            const std::string kind = counts.getColumn(0).getString();
            const std::string c = counts.getColumn(1).getString();
            const long long n = counts.getColumn(2).getInt64();
            if (kind == "category") {
                if (auto category = parseCategory(c)) {
                    e.categories[*category] = n;
                }
            } else {
                e.rightFamilies[c] = n;
            }
        }
        auto& sol = statements_.get("SELECT addressees, count, answered, subjects FROM "
                                    "entered_solicitations WHERE year = ? ORDER BY position");
        sol.bind(1, year);
        while (sol.executeStep()) {
            EnteredFigures::Solicitations row;
            row.addressees = text::splitList(sol.getColumn(0).getString(), '|');
            row.count = sol.getColumn(1).getInt64();
            row.answered = sol.getColumn(2).getInt64();
            row.subjects = text::splitList(sol.getColumn(3).getString(), '\n');
            e.solicitations.push_back(std::move(row));
        }
        return e;
    });
}

std::vector<int> SqliteEnteredFigures::years() {
    return guarded(statements_, [&] {
        auto& s = statements_.get("SELECT year FROM entered_years ORDER BY year");
        std::vector<int> out;
        while (s.executeStep()) {
            out.push_back(s.getColumn(0).getInt());
        }
        return out;
    });
}

void SqliteEnteredFigures::remove(int year) {
    guarded(statements_, [&] {
        auto& s = statements_.get("DELETE FROM entered_years WHERE year = ?");
        s.bind(1, year);
        s.exec();
    });
}

void SqliteEnteredFigures::save(const EnteredFigures& e) {
    remove(e.year);
    guarded(statements_, [&] {
        auto& y = statements_.get("INSERT INTO entered_years(year, meetings, reports, entered_at, "
                                  "entered_by) VALUES (?, ?, ?, ?, ?)");
        y.bind(1, e.year);
        y.bind(2, static_cast<std::int64_t>(e.meetings));
        y.bind(3, static_cast<std::int64_t>(e.reports));
        y.bind(4, e.enteredAt);
        y.bind(5, e.enteredBy);
        y.exec();
        auto& c = statements_.get(
            "INSERT INTO entered_counts(year, kind, code, count) VALUES (?, ?, ?, ?)");
        auto count = [&](const char* kind, const std::string& code, long long n) {
            c.bind(1, e.year);
            c.bind(2, kind);
            c.bind(3, code);
            c.bind(4, static_cast<std::int64_t>(n));
            c.exec();
            c.reset();
        };
        for (const auto& [category, n] : e.categories) {
            count("category", categoryKey(category), n);
        }
        for (const auto& [family, n] : e.rightFamilies) {
            count("right_family", family, n);
        }
        auto& s = statements_.get("INSERT INTO entered_solicitations(year, position, addressees, "
                                  "count, answered, subjects) VALUES (?, ?, ?, ?, ?, ?)");
        int position = 0;
        for (const auto& row : e.solicitations) {
            s.bind(1, e.year);
            s.bind(2, ++position);
            s.bind(3, text::join(row.addressees, "|"));
            s.bind(4, static_cast<std::int64_t>(row.count));
            s.bind(5, static_cast<std::int64_t>(row.answered));
            s.bind(6, text::join(row.subjects, "\n"));
            s.exec();
            s.reset();
        }
    });
}

} // namespace vigie::storage
