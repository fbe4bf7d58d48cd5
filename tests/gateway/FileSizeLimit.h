#pragma once

#include <csignal>
#include <sys/resource.h>

// Makes every write of this process beyond `bytes` into a regular file fail (EFBIG) while it lives:
// a full disk that also fails for root, who ignores permissions — and CI runs as root. SIGXFSZ,
// which would kill the process, is ignored meanwhile.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        m_active = ::getrlimit(RLIMIT_FSIZE, &m_previous) == 0;
        if (m_active) {
            struct rlimit limited = m_previous;
            limited.rlim_cur = bytes;
            m_active = ::setrlimit(RLIMIT_FSIZE, &limited) == 0;
        }
    }
    ~FileSizeLimit()
    {
        if (m_active)
            ::setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    bool isActive() const { return m_active; }

private:
    struct rlimit m_previous = {};
    void (*m_previousHandler)(int) = nullptr;
    bool m_active = false;
};
