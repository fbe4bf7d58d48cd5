#pragma once

#include "StepId.h"

// The wizard's pages, in their order: the welcome page, the connection page (the connect step's),
// one page per other step in the steps' order (StepId.cpp's table), then the overview.
namespace PageId {
enum : int
{
    Welcome,
    Connection,
    Overview = Connection + Steps::count
};

// The page of a step (the connection page is the connect step's).
constexpr int of(StepId step)
{
    return Connection + Steps::index(step);
}

// The step of a page; false for the welcome page and the overview.
inline bool stepOf(int pageId, StepId *step)
{
    if (pageId < Connection || pageId >= Overview)
        return false;
    *step = Steps::all().at(pageId - Connection);
    return true;
}
} // namespace PageId
