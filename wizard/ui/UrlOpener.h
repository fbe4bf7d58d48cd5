#pragma once

#include <QUrl>

// Opens an address in the person's browser. An interface so that tests can watch what would be
// opened without ever starting a browser.
class UrlOpener
{
public:
    virtual ~UrlOpener();
    // False when nothing could open it (the page then says so and leaves the address to copy).
    virtual bool open(const QUrl &url) = 0;
};

// The desktop's browser, through QDesktopServices.
class DesktopUrlOpener final : public UrlOpener
{
public:
    bool open(const QUrl &url) override;
};
