#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

namespace Soudan::Bench {

// Resident and peak resident memory of this process, in MiB (from /proc/self/status).
double residentMiB();
double peakResidentMiB();

// Median and minimum of a set of durations in milliseconds.
struct Timing
{
    double median = 0;
    double min = 0;
};
Timing summarize(QList<double> samples);

double elapsedMs(const QElapsedTimer &timer);

// A line of the benchmark's report on standard output, flushed at once.
void print(const QString &line);

} // namespace Soudan::Bench
