#include "Confirmer.h"

#include <QMessageBox>
#include <QPushButton>

Confirmer windowModalConfirmer()
{
    return [](QWidget *parent, const ConfirmationRequest &request, std::function<void(bool)> answer) {
        auto *box = new QMessageBox(QMessageBox::Question, request.title, request.question,
                                    QMessageBox::NoButton, parent);
        box->setObjectName(request.objectName.isEmpty() ? QStringLiteral("confirmationBox")
                                                        : request.objectName);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        QPushButton *accept = box->addButton(request.acceptText, QMessageBox::AcceptRole);
        accept->setObjectName(QStringLiteral("confirmationAccept"));
        QPushButton *cancel = box->addButton(QMessageBox::Cancel);
        cancel->setObjectName(QStringLiteral("confirmationCancel"));
        box->setDefaultButton(cancel); // Enter never goes ahead with a remote change
        box->setEscapeButton(cancel);
        QObject::connect(box, &QMessageBox::finished, box,
                         [box, accept, answer](int) { answer(box->clickedButton() == accept); });
        box->open();
    };
}
