#pragma once

// Small helpers shared by the benchmark programs: a wall clock, percentiles, the process's
// memory, and the one output format that scripts/bench reads.

#include <QString>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace leadbox::bench {

// Milliseconds since construction, from the monotonic clock.
class Stopwatch
{
public:
    Stopwatch()
        : m_start(std::chrono::steady_clock::now())
    {
    }

    double elapsedMs() const
    {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_start).count();
    }

private:
    std::chrono::steady_clock::time_point m_start;
};

// The nearest-rank percentile (p in 0..100) of the samples; 0 for none.
inline double percentile(std::vector<double> samples, double p)
{
    if (samples.empty()) {
        return 0.0;
    }
    std::sort(samples.begin(), samples.end());
    const double rank = std::ceil(p / 100.0 * static_cast<double>(samples.size()));
    const auto index = static_cast<std::size_t>(std::clamp(rank, 1.0, static_cast<double>(samples.size())));
    return samples[index - 1];
}

inline double median(const std::vector<double>& samples)
{
    return percentile(samples, 50.0);
}

// A field of /proc/self/status such as VmRSS or VmHWM, in MiB; -1 when it cannot be read.
// Read with stdio: /proc files report size 0, which QFile and QTextStream take for an empty file.
inline double procStatusMiB(const char* field)
{
    std::FILE* status = std::fopen("/proc/self/status", "r");
    if (!status) {
        return -1.0;
    }
    const std::size_t fieldLength = std::strlen(field);
    char line[256];
    double mib = -1.0;
    for (int i = 0; i < 200 && std::fgets(line, sizeof line, status); ++i) {
        // "VmRSS:\t  123456 kB"
        if (std::strncmp(line, field, fieldLength) == 0 && line[fieldLength] == ':') {
            mib = std::strtod(line + fieldLength + 1, nullptr) / 1024.0;
            break;
        }
    }
    std::fclose(status);
    return mib;
}

// One figure for scripts/bench: "RESULT name value unit". Everything else a program prints goes to
// stderr, so stdout stays machine-readable.
inline void result(const char* name, double value, const char* unit)
{
    std::printf("RESULT %s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

// A remark scripts/bench shows under its table: "NOTE text".
inline void note(const QString& text)
{
    std::printf("NOTE %s\n", qPrintable(text));
    std::fflush(stdout);
}

} // namespace leadbox::bench
