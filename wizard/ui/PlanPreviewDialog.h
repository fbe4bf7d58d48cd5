#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
struct PlanPreviewReport;

// The wizard's "Preview": what a run would do to each object (create, adopt, update, nothing), what
// a person will have to do and what would stop the run. Shown while the survey runs ("Reading…"),
// filled in when it is answered.
class PlanPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PlanPreviewDialog(QWidget *parent = nullptr);

    void showReport(const PlanPreviewReport &report);
    bool hasReport() const { return m_hasReport; }

private:
    QLabel *m_status;
    QListWidget *m_actions;
    QPlainTextEdit *m_notes;
    bool m_hasReport = false;
};
