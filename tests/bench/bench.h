// A tiny timing harness for the benchmark programs: runs a step several times and
// reports the median, so one slow run does not decide.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

namespace vigie::bench {

inline double seconds(const std::function<void()>& step) {
    const auto start = std::chrono::steady_clock::now();
    step();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Prints "name  median ms  (target)" and returns the median in milliseconds.
inline double report(const std::string& name, const std::function<void()>& step, int runs = 5,
                     double targetMs = 0) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        times.push_back(seconds(step) * 1000.0);
    }
    std::sort(times.begin(), times.end());
    const double median = times[times.size() / 2];
    if (targetMs > 0) {
        std::printf("%-58s %10.2f ms   target < %.0f ms %s\n", name.c_str(), median, targetMs,
                    median < targetMs ? "OK" : "MISSED");
    } else {
        std::printf("%-58s %10.2f ms\n", name.c_str(), median);
    }
    std::fflush(stdout);
    return median;
}

// A whole process's wall time, as a user or a script runs it; a command that fails ends
// the benchmark (its figures would lie).
inline double wallMs(const std::string& command) {
    const auto start = std::chrono::steady_clock::now();
    if (std::system(command.c_str()) != 0) {
        std::printf("FAILED: %s\n", command.c_str());
        std::exit(1);
    }
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

inline double medianOf(const std::string& command, int runs) {
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        t.push_back(wallMs(command));
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

// The sqlite3 shell's own time for `sql` on `database` (its `.timer`, output thrown
// away), median of `runs`: the raw query doing the same work as a step, so that a
// figure can be read as a ratio whatever the machine.
inline double shellMs(const std::string& database, const std::string& sql, int runs = 5) {
    const std::string script = "/tmp/vigie-bench-shell.sql";
    if (FILE* f = std::fopen(script.c_str(), "w")) {
        std::fprintf(f, ".output /dev/null\n.timer on\n%s\n", sql.c_str());
        std::fclose(f);
    }
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        double total = 0;
        const std::string command = "sqlite3 '" + database + "' < " + script + " 2>&1";
        if (FILE* p = popen(command.c_str(), "r")) {
            char line[512];
            while (std::fgets(line, sizeof line, p)) {
                double real = 0;
                if (std::sscanf(line, "Run Time: real %lf", &real) == 1) {
                    total += real * 1000.0;
                }
            }
            pclose(p);
        }
        times.push_back(total);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// Prints the raw query's time and the ratio of a step to it, against `maxRatio`.
inline void ratio(const std::string& name, double stepMs, double shell, double maxRatio = 3) {
    const double r = shell > 0 ? stepMs / shell : 0;
    std::printf("  %-56s %10.2f ms   ratio %.2f x  target <= %.0f x %s\n",
                ("sqlite3 shell, " + name).c_str(), shell, r, maxRatio,
                r <= maxRatio ? "OK" : "MISSED");
    std::fflush(stdout);
}

} // namespace vigie::bench
