#pragma once

#include <QString>

#include <functional>

class QWidget;

// Asks the person to confirm something that changes the remote side (re-running a step that creates
// or edits objects in SCM). Asynchronous: the answer comes through `answer`, never from a nested
// event loop. Tests inject a function that answers at once.
struct ConfirmationRequest
{
    QString title;
    QString question;
    QString acceptText; // the button that goes ahead, e.g. "Re-run the step"
    QString objectName; // of the question box, for tests that find it; empty: "confirmationBox"
};

using Confirmer = std::function<void(QWidget *parent, const ConfirmationRequest &request,
                                     std::function<void(bool accepted)> answer)>;

// The desktop's way: a window-modal question box opened with open(), answering when it closes.
Confirmer windowModalConfirmer();
