#include "HealthDialog.h"

#include "ConnectorPage.h"
#include "CopyableField.h"
#include "HealthController.h"
#include "HealthReport.h"
#include "UiIcons.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QString levelIconName(HealthFinding::Level level)
{
    switch (level) {
    case HealthFinding::Level::Ok:
        return QStringLiteral("step-done");
    case HealthFinding::Level::Warning:
        return QStringLiteral("step-waiting");
    case HealthFinding::Level::Critical:
        return QStringLiteral("step-failed");
    case HealthFinding::Level::Unknown:
        break;
    }
    return QStringLiteral("info");
}

enum Column
{
    LevelColumn,
    TitleColumn,
    FoundColumn,
    DateColumn,
    ActionColumn,
    ColumnCount
};
} // namespace

HealthDialog::HealthDialog(HealthController *health, QWidget *parent)
    : QDialog(parent)
    , m_health(health)
    , m_target(new QLabel(this))
    , m_unavailable(new QLabel(this))
    , m_busy(new QWidget(this))
    , m_busyText(new QLabel(m_busy))
    , m_busyBar(new QProgressBar(m_busy))
    , m_overall(new QLabel(this))
    , m_findings(new QTableWidget(0, ColumnCount, this))
    , m_checkAgain(new QPushButton(UiIcons::icon(QStringLiteral("rerun")), tr("Check &again"), this))
    , m_rotate(new QPushButton(tr("&Rotate the operator password…"), this))
    , m_reset(new QPushButton(tr("Reset it as the &MRAO admin…"), this))
    , m_rotation(new QGroupBox(tr("New operator password"), this))
    , m_rotationMessage(new QLabel(m_rotation))
    , m_password(
          new CopyableField(QStringLiteral("rotatedPassword"), tr("New operator password"), m_rotation))
    , m_rotationDates(new QLabel(m_rotation))
    , m_export(new QWidget(m_rotation))
    , m_passphrase(new QLineEdit(m_export))
    , m_passphraseAgain(new QLineEdit(m_export))
    , m_passphraseMessage(new QLabel(m_export))
    , m_exportButton(
          new QPushButton(UiIcons::icon(QStringLiteral("save")), tr("Save a new connector &file…"), m_export))
    , m_exportResult(new QLabel(m_export))
{
    setObjectName(QStringLiteral("healthView"));
    setWindowTitle(tr("Health of the SCM connection"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(1000, 780);

    m_target->setObjectName(QStringLiteral("healthTarget"));
    m_target->setWordWrap(true);
    m_unavailable->setObjectName(QStringLiteral("healthUnavailable"));
    m_unavailable->setWordWrap(true);
    m_busy->setObjectName(QStringLiteral("healthBusy"));
    m_busyText->setObjectName(QStringLiteral("healthBusyText"));
    m_busyBar->setRange(0, 0); // a busy indicator: how long SCM takes is unknown
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(160);
    m_busyBar->setAccessibleName(tr("Busy"));
    auto *busyLayout = new QHBoxLayout(m_busy);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(m_busyBar);
    busyLayout->addWidget(m_busyText, 1);
    m_overall->setObjectName(QStringLiteral("healthOverall"));
    m_overall->setWordWrap(true);

    m_findings->setObjectName(QStringLiteral("healthFindings"));
    m_findings->setAccessibleName(tr("Findings of the health check"));
    m_findings->setHorizontalHeaderLabels(
        {tr("Status"), tr("Check"), tr("Found"), tr("Date"), tr("What to do")});
    m_findings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findings->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findings->setWordWrap(true);
    m_findings->setTabKeyNavigation(false);
    m_findings->verticalHeader()->setVisible(false);
    QHeaderView *header = m_findings->horizontalHeader();
    header->setSectionResizeMode(LevelColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TitleColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(FoundColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActionColumn, QHeaderView::Stretch);
    header->resizeSection(TitleColumn, 220);
    m_findings->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_checkAgain->setObjectName(QStringLiteral("healthCheckAgainButton"));
    m_rotate->setObjectName(QStringLiteral("rotatePasswordButton"));
    m_rotate->setAccessibleName(tr("Rotate the operator password"));
    m_rotate->setToolTip(tr("Gives the operator a new generated password. The gateway's configured password "
                            "stops working at once and must be replaced on its MPKI page."));
    m_reset->setObjectName(QStringLiteral("resetOperatorPasswordButton"));
    m_reset->setAccessibleName(tr("Reset the operator's password as the MRAO admin"));
    m_reset->setVisible(false);

    m_rotation->setObjectName(QStringLiteral("rotationResult"));
    m_rotation->setVisible(false);
    m_rotationMessage->setObjectName(QStringLiteral("rotationMessage"));
    m_rotationMessage->setWordWrap(true);
    m_password->setSecret(true);
    m_rotationDates->setObjectName(QStringLiteral("rotationDates"));
    m_rotationDates->setWordWrap(true);
    m_rotationDates->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The connector page's export, for the new password: a passphrase, twice, then the file.
    m_export->setObjectName(QStringLiteral("rotationExport"));
    m_passphrase->setObjectName(QStringLiteral("rotationPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase of the connector file"));
    m_passphraseAgain->setObjectName(QStringLiteral("rotationPassphraseAgain"));
    m_passphraseAgain->setEchoMode(QLineEdit::Password);
    m_passphraseAgain->setAccessibleName(tr("Passphrase of the connector file, again"));
    m_passphraseMessage->setObjectName(QStringLiteral("rotationPassphraseMessage"));
    m_passphraseMessage->setWordWrap(true);
    m_exportButton->setObjectName(QStringLiteral("rotationExportButton"));
    m_exportResult->setObjectName(QStringLiteral("rotationExportResult"));
    m_exportResult->setWordWrap(true);
    m_exportResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *exportForm = new QFormLayout;
    exportForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *passLabel = new QLabel(tr("&Passphrase:"), m_export);
    passLabel->setBuddy(m_passphrase);
    exportForm->addRow(passLabel, m_passphrase);
    auto *againLabel = new QLabel(tr("Passphrase a&gain:"), m_export);
    againLabel->setBuddy(m_passphraseAgain);
    exportForm->addRow(againLabel, m_passphraseAgain);
    exportForm->addRow(QString(), m_passphraseMessage);
    auto *exportLayout = new QVBoxLayout(m_export);
    exportLayout->setContentsMargins(0, 0, 0, 0);
    auto *exportNote = new QLabel(tr("Or save a new connector file for the gateway: it carries the new "
                                     "password encrypted with a passphrase."),
                                  m_export);
    exportNote->setWordWrap(true);
    exportLayout->addWidget(exportNote);
    exportLayout->addLayout(exportForm);
    exportLayout->addWidget(m_exportButton, 0, Qt::AlignLeft);
    exportLayout->addWidget(m_exportResult);

    auto *rotationLayout = new QVBoxLayout(m_rotation);
    rotationLayout->addWidget(m_rotationMessage);
    rotationLayout->addWidget(m_password);
    rotationLayout->addWidget(m_rotationDates);
    rotationLayout->addWidget(m_export);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_checkAgain);
    actions->addWidget(m_rotate);
    actions->addWidget(m_reset);
    actions->addStretch(1);
    auto *closeButtons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    closeButtons->setObjectName(QStringLiteral("healthButtons"));
    connect(closeButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_target);
    layout->addWidget(m_unavailable);
    layout->addWidget(m_busy);
    layout->addWidget(m_overall);
    layout->addWidget(m_findings, 1);
    layout->addLayout(actions);
    layout->addWidget(m_rotation);
    layout->addWidget(closeButtons);

    connect(m_checkAgain, &QPushButton::clicked, this, &HealthDialog::checkAgain);
    connect(m_rotate, &QPushButton::clicked, this, [this] { m_health->rotateOperatorPassword(this); });
    connect(m_reset, &QPushButton::clicked, this, [this] { m_health->resetOperatorPassword(this); });
    connect(m_passphrase, &QLineEdit::textChanged, this, &HealthDialog::checkPassphrases);
    connect(m_passphraseAgain, &QLineEdit::textChanged, this, &HealthDialog::checkPassphrases);
    connect(m_exportButton, &QPushButton::clicked, this, &HealthDialog::exportConnectorFile);
    connect(health, &HealthController::checkStarted, this, &HealthDialog::showChecking);
    connect(health, &HealthController::checked, this, &HealthDialog::showReport);
    connect(health, &HealthController::rotationStarted, this, &HealthDialog::showRotating);
    connect(health, &HealthController::rotated, this, &HealthDialog::showRotation);
    connect(health, &HealthController::exported, this, &HealthDialog::showExported);

    m_busy->setVisible(false);
    m_overall->setVisible(false);
    checkPassphrases();
    updateButtons();
}

void HealthDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    // Checked each time the view opens: it is made anew each time (WA_DeleteOnClose).
    checkAgain();
    if (m_health->isRotating())
        showRotating();
}

void HealthDialog::checkAgain()
{
    const QString reason = m_health->unavailableReason();
    m_target->setText(m_health->targetDescription());
    m_target->setVisible(reason.isEmpty());
    m_unavailable->setText(reason);
    m_unavailable->setVisible(!reason.isEmpty());
    m_findings->setVisible(reason.isEmpty());
    if (reason.isEmpty())
        m_health->check();
    updateButtons();
}

void HealthDialog::showChecking()
{
    m_busyText->setText(tr("Checking the connection as the gateway does…"));
    m_busy->setVisible(true);
    updateButtons();
}

void HealthDialog::showReport(const HealthReport &report)
{
    m_busy->setVisible(m_health->isRotating());
    const HealthFinding::Level overall = report.overall();
    m_overall->setText(tr("<b>Overall: %1</b> — checked %2")
                           .arg(HealthReport::levelDisplayName(overall).toHtmlEscaped(),
                                QLocale().toString(report.checked, QLocale::ShortFormat).toHtmlEscaped()));
    m_overall->setVisible(true);
    m_findings->setRowCount(int(report.findings.size()));
    int row = 0;
    for (const HealthFinding &finding : report.findings) {
        const auto set = [this, row, &finding](int column, QTableWidgetItem *item) {
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            item->setToolTip(item->text());
            item->setData(FindingIdRole, finding.id);
            item->setData(FindingLevelRole, HealthReport::levelName(finding.level));
            m_findings->setItem(row, column, item);
        };
        set(LevelColumn, new QTableWidgetItem(UiIcons::icon(levelIconName(finding.level)),
                                              HealthReport::levelDisplayName(finding.level)));
        set(TitleColumn, new QTableWidgetItem(finding.title));
        set(FoundColumn, new QTableWidgetItem(finding.detail));
        set(DateColumn, new QTableWidgetItem(finding.date.isValid()
                                                 ? QLocale().toString(finding.date, QLocale::ShortFormat)
                                                 : QString()));
        set(ActionColumn, new QTableWidgetItem(finding.action));
        ++row;
    }
    updateButtons();
}

void HealthDialog::showRotating()
{
    m_busyText->setText(tr("Giving the operator a new password…"));
    m_busy->setVisible(true);
    m_rotation->setVisible(false);
    updateButtons();
}

void HealthDialog::showRotation(const RotationResult &result)
{
    m_busy->setVisible(m_health->isChecking());
    m_rotation->setVisible(true);
    m_rotationMessage->setText(result.message);
    m_password->setVisible(result.ok());
    m_rotationDates->setVisible(result.ok());
    m_export->setVisible(result.ok());
    m_exportResult->clear();
    if (result.ok()) {
        m_password->setValue(result.password);
        const QString expires = result.expires.isValid()
                                    ? QLocale().toString(result.expires, QLocale::LongFormat)
                                    : tr("an unknown date (SCM gives none)");
        m_rotationDates->setText(
            tr("The old password stopped working at %1. The new one expires on %2. Enter the new password "
               "on the gateway's MPKI page now.")
                .arg(QLocale().toString(result.changedAt, QLocale::ShortFormat), expires));
    } else {
        m_password->setValue(QString());
    }
    updateButtons();
}

void HealthDialog::updateButtons()
{
    const bool available = m_health->unavailableReason().isEmpty();
    const bool busy = m_health->isChecking() || m_health->isRotating();
    m_checkAgain->setEnabled(available && !busy);
    m_rotate->setEnabled(available && !busy);
    m_reset->setVisible(m_health->canResetWithAdmin());
    m_reset->setEnabled(available && !busy);
}

void HealthDialog::checkPassphrases()
{
    const QString message = ConnectorPage::passphraseProblem(m_passphrase->text(), m_passphraseAgain->text());
    m_passphraseMessage->setText(message);
    m_exportButton->setEnabled(message.isEmpty());
}

void HealthDialog::exportConnectorFile()
{
    // Opened, not exec()'d: the view stays live, and a test finds the dialog by its objectName.
    auto *dialog = new QFileDialog(this, tr("Save a new connector file"),
                                   QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                       .filePath(QStringLiteral("mpki-connector.json")),
                                   tr("Connector files (*.json)"));
    dialog->setObjectName(QStringLiteral("rotationExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_exportButton->setEnabled(false);
        m_exportResult->setText(tr("Encrypting and writing…"));
        m_health->exportConnectorFile(path, m_passphrase->text());
    });
    dialog->open();
}

void HealthDialog::showExported(const SaveResult &result)
{
    checkPassphrases();
    m_exportResult->setText(result.message);
}
