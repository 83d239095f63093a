// Helpers shared by the unit tests: temporary folders, files, a fixed actor.
#pragma once

#include <array>
#include <cstdlib>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include <doctest/doctest.h>

#include "app/actor.h"

namespace vigie::test {

// A fresh folder under the system's temporary directory, removed with its content.
class TempDir {
public:
    TempDir() {
        std::random_device rd;
        path_ = std::filesystem::temp_directory_path() /
                ("vigie-test-" + std::to_string(rd()) + std::to_string(rd()));
        std::filesystem::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

inline void writeFile(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << bytes;
}

inline std::string readFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// What a command prints on its standard output (pdftotext, unzip: the tools a user's
// reader would be).
inline std::string run(const std::string& command) {
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe);
    std::array<char, 4096> buffer{};
    while (std::size_t n = fread(buffer.data(), 1, buffer.size(), pipe)) {
        out.append(buffer.data(), n);
    }
    pclose(pipe);
    return out;
}

// An actor with a clock that ticks one second per call, so audit rows are ordered.
inline app::Actor testActor(const std::string& user = "testeur") {
    auto counter = std::make_shared<int>(0);
    return app::Actor{user, [counter] {
                          const int s = (*counter)++;
                          char buf[32];
                          std::snprintf(buf, sizeof buf, "2026-01-01T00:%02d:%02dZ", (s / 60) % 60,
                                        s % 60);
                          return std::string(buf);
                      }};
}

// The computer's time zone, for one test: Paris by its POSIX rule (no tzdata needed).
class ParisTime {
public:
    ParisTime() {
        if (const char* tz = std::getenv("TZ")) {
            saved_ = tz;
            had_ = true;
        }
        setenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3", 1);
        tzset();
    }
    ~ParisTime() {
        if (had_) {
            setenv("TZ", saved_.c_str(), 1);
        } else {
            unsetenv("TZ");
        }
        tzset();
    }
    ParisTime(const ParisTime&) = delete;
    ParisTime& operator=(const ParisTime&) = delete;

private:
    std::string saved_;
    bool had_ = false;
};

} // namespace vigie::test
