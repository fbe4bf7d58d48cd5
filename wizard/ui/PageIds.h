#pragma once

// The wizard's pages, in their order. The step pages follow the procedure's steps.
namespace PageId {
enum : int
{
    Welcome,
    Connection,
    Organization,
    Validation,
    Domains,
    Operator,
    Password,
    ApiOnly,
    Verify,
    Connector,
    Overview,
};
} // namespace PageId
