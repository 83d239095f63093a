// A tiny timing harness for the benchmark programs: runs a step several times and
// reports the median, so one slow run does not decide.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdio>
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

} // namespace vigie::bench
