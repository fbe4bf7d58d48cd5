#include "ScmConcurrencyLimit.h"

#include <algorithm>

ScmConcurrencyLimit::ScmConcurrencyLimit(int maximum)
    : m_maximum(std::max(1, maximum))
    , m_bound(m_maximum)
{}

void ScmConcurrencyLimit::setMaximum(int maximum)
{
    // A new configuration starts afresh: the caller knows the server's limits better than our guess.
    m_maximum = std::max(1, maximum);
    m_bound = m_maximum;
    m_successesInARow = 0;
}

void ScmConcurrencyLimit::release()
{
    if (m_inFlight > 0)
        --m_inFlight;
}

void ScmConcurrencyLimit::recordSuccess()
{
    if (m_bound >= m_maximum)
        return;
    if (++m_successesInARow >= successesPerStep) {
        ++m_bound;
        m_successesInARow = 0;
    }
}

void ScmConcurrencyLimit::recordRateLimited()
{
    m_bound = std::max(1, m_bound / 2);
    m_successesInARow = 0;
}
