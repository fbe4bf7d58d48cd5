#include "Figure.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace {
// Rounded so that results.json stays readable; the figures do not carry more precision than this.
double rounded(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}
} // namespace

Summary Summary::of(QList<double> samples)
{
    Summary summary;
    summary.runs = int(samples.size());
    if (samples.isEmpty())
        return summary;
    std::sort(samples.begin(), samples.end());
    const qsizetype middle = samples.size() / 2;
    summary.median =
        samples.size() % 2 ? samples.at(middle) : (samples.at(middle - 1) + samples.at(middle)) / 2.0;
    summary.min = samples.first();
    summary.max = samples.last();
    return summary;
}

QJsonObject Summary::toJson() const
{
    return QJsonObject{{QStringLiteral("median"), rounded(median)},
                       {QStringLiteral("min"), rounded(min)},
                       {QStringLiteral("max"), rounded(max)},
                       {QStringLiteral("runs"), runs}};
}

Figure::Figure(const QString &name, const QString &unit, Direction direction, double limit)
    : m_name(name)
    , m_unit(unit)
    , m_direction(direction)
    , m_limit(limit)
{}

QString Figure::target() const
{
    return (m_direction == Direction::AtMost ? QStringLiteral("<= ") : QStringLiteral(">= ")) +
           QString::number(m_limit);
}

double Figure::value() const
{
    const Summary s = summary();
    if (!m_judgedByWorst)
        return s.median;
    return m_direction == Direction::AtMost ? s.max : s.min;
}

bool Figure::met() const
{
    if (m_values.isEmpty() || !m_error.isEmpty())
        return false;
    return m_direction == Direction::AtMost ? value() <= m_limit : value() >= m_limit;
}

QMap<QString, Summary> Figure::beside() const
{
    QMap<QString, Summary> summaries;
    for (auto it = m_beside.cbegin(); it != m_beside.cend(); ++it)
        summaries.insert(it.key(), Summary::of(it.value()));
    return summaries;
}

QJsonObject Figure::toJson() const
{
    const Summary s = summary();
    QJsonObject json{{QStringLiteral("name"), m_name},
                     {QStringLiteral("value"), rounded(value())},
                     {QStringLiteral("target"), target()},
                     {QStringLiteral("met"), met()},
                     {QStringLiteral("median"), rounded(s.median)},
                     {QStringLiteral("min"), rounded(s.min)},
                     {QStringLiteral("max"), rounded(s.max)},
                     {QStringLiteral("runs"), s.runs},
                     {QStringLiteral("unit"), m_unit}};
    if (m_judgedByWorst)
        json.insert(QStringLiteral("judged"), QStringLiteral("worst run"));
    QJsonArray values;
    for (double value : m_values)
        values << rounded(value);
    json.insert(QStringLiteral("values"), values);
    QJsonObject beside;
    for (auto it = m_beside.cbegin(); it != m_beside.cend(); ++it)
        beside.insert(it.key(), Summary::of(it.value()).toJson());
    if (!beside.isEmpty())
        json.insert(QStringLiteral("beside"), beside);
    for (auto it = m_details.constBegin(); it != m_details.constEnd(); ++it)
        json.insert(it.key(), it.value());
    if (!m_error.isEmpty())
        json.insert(QStringLiteral("error"), m_error);
    return json;
}
