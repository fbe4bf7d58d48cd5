#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

// Median, min and max of a set of runs: every figure and every absolute time beside it is reported
// this way, because one run on a shared machine proves nothing.
struct Summary
{
    double median = 0;
    double min = 0;
    double max = 0;
    int runs = 0;

    static Summary of(QList<double> samples);
    QJsonObject toJson() const; // {median, min, max, runs}
};

// One of the benchmark's figures: the value of each run, the target it must meet, and the absolute
// measurements reported beside it (they vary with the machine; the value is the ratio or count).
class Figure
{
public:
    enum class Direction
    {
        AtMost, // the value must be <= the limit
        AtLeast // the value must be >= the limit
    };

    Figure(const QString &name, const QString &unit, Direction direction, double limit);

    QString name() const { return m_name; }
    QString unit() const { return m_unit; }
    QString target() const; // e.g. "<= 1.3"

    void addRun(double value) { m_values << value; }
    QList<double> values() const { return m_values; }
    Summary summary() const { return Summary::of(m_values); }
    // Met when the median meets the limit (and there was at least one run); for a figure judged by
    // its worst run (a bound that must hold every time), when every run does, and value is the worst.
    bool met() const;
    void setJudgedByWorst(bool worst) { m_judgedByWorst = worst; }
    double value() const;

    // An absolute measurement beside the value, summarised over the runs (e.g. wall_ms).
    void addBeside(const QString &key, double value) { m_beside[key] << value; }
    QMap<QString, Summary> beside() const;
    // Anything else worth recording (counts per step, the budget used, notes).
    void setDetail(const QString &key, const QJsonValue &value) { m_details.insert(key, value); }
    // Why the figure could not be measured; an unmeasured figure is never met.
    void setError(const QString &error) { m_error = error; }
    QString error() const { return m_error; }

    QJsonObject toJson() const;

private:
    QString m_name;
    QString m_unit;
    Direction m_direction;
    double m_limit;
    QList<double> m_values;
    QMap<QString, QList<double>> m_beside;
    QJsonObject m_details;
    QString m_error;
    bool m_judgedByWorst = false;
};
